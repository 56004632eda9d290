/**
 * iCalendar (RFC 5545) text for one reminder event, e.g. the SMS deadline, to hand to a
 * calendar app. Times are written in UTC ("Z" form, RFC 5545 §3.3.5 form #2) so no VTIMEZONE
 * is needed.
 */

export interface IcsEventInput {
  /** Globally unique, stable id: re-exporting the same deadline updates rather than duplicates it. */
  uid: string;
  title: string;
  description: string;
  /** Epoch ms. */
  start: number;
  /** Epoch ms, not before `start`. */
  end: number;
  /** Whole minutes before `start` for the display alarm (0 = at start). */
  alarmMinutesBefore: number;
  /** Epoch ms, written as DTSTAMP. */
  now: number;
}

export type IcsErrorCode = 'bad-time' | 'bad-alarm' | 'bad-uid';

/** Thrown for input that cannot become a valid calendar. */
export class IcsError extends Error {
  readonly code: IcsErrorCode;

  constructor(code: IcsErrorCode) {
    super(code);
    this.name = 'IcsError';
    this.code = code;
    Object.setPrototypeOf(this, IcsError.prototype);
  }
}

/** RFC 5545 §3.1: lines are delimited by CRLF. */
const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;
/** A week of minutes is plenty for a reminder; anything beyond is a caller mistake. */
const MAX_ALARM_MINUTES = 7 * 24 * 60;
const PRODID = '-//Filing Companion//Countdowns//EN';

/** Returns the UTF-8 length in octets of one code point. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // Lone surrogates are encoded as U+FFFD, which is 3 octets.
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Returns the UTF-8 length in octets of a string (no TextEncoder: older WeChat base libraries lack it). */
export function utf8Length(text: string): number {
  let octets = 0;
  for (const char of text) octets += utf8Octets(char.codePointAt(0) ?? 0);
  return octets;
}

/**
 * Returns a TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon and comma are
 * backslash-escaped and any line break becomes `\n`. Other control characters are dropped,
 * since TEXT may not contain them.
 */
export function escapeIcsText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // RFC 5545 forbids control characters (other than HTAB) in TEXT values.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/**
 * Returns one content line folded per RFC 5545 §3.1: no physical line exceeds 75 octets, each
 * continuation starts with a single space (which counts toward its 75), and a multi-octet
 * UTF-8 character is never split.
 */
export function foldIcsLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const char of line) {
    const octets = utf8Octets(char.codePointAt(0) ?? 0);
    if (currentOctets + octets > MAX_LINE_OCTETS) {
      physical.push(current);
      current = ' ';
      currentOctets = 1;
    }
    current += char;
    currentOctets += octets;
  }
  physical.push(current);
  return physical.join(CRLF);
}

/** Returns an instant as an RFC 5545 UTC DATE-TIME, e.g. 20260214T080000Z. */
export function formatIcsUtc(epochMs: number): string {
  if (typeof epochMs !== 'number' || !Number.isFinite(epochMs)) throw new IcsError('bad-time');
  const date = new Date(Math.floor(epochMs / 1000) * 1000);
  if (Number.isNaN(date.getTime())) throw new IcsError('bad-time');
  const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  if (!/^\d{4}-/.test(iso)) throw new IcsError('bad-time');
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** Returns the alarm TRIGGER value, a negative duration before the start (RFC 5545 §3.8.6.3). */
function alarmTrigger(minutesBefore: number): string {
  return minutesBefore === 0 ? 'PT0M' : `-PT${minutesBefore}M`;
}

/**
 * Returns a complete VCALENDAR with one VEVENT and one DISPLAY VALARM: UTC times, escaped text,
 * folded lines, CRLF line endings including after the last line.
 */
export function buildIcsEvent(input: IcsEventInput): string {
  const { uid, title, description, start, end, alarmMinutesBefore, now } = input;
  if (typeof uid !== 'string' || uid.trim() === '') throw new IcsError('bad-uid');
  if (!Number.isInteger(alarmMinutesBefore) || alarmMinutesBefore < 0 || alarmMinutesBefore > MAX_ALARM_MINUTES) {
    throw new IcsError('bad-alarm');
  }
  const dtStart = formatIcsUtc(start);
  const dtEnd = formatIcsUtc(end);
  const dtStamp = formatIcsUtc(now);
  if (end < start) throw new IcsError('bad-time');
  const summary = escapeIcsText(title);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(uid)}`,
    `DTSTAMP:${dtStamp}`,
    `DTSTART:${dtStart}`,
    `DTEND:${dtEnd}`,
    `SUMMARY:${summary}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    // RFC 5545 §3.6.6: a DISPLAY alarm must carry a DESCRIPTION.
    `DESCRIPTION:${summary}`,
    `TRIGGER:${alarmTrigger(alarmMinutesBefore)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
