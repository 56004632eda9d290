import fc from 'fast-check';
import {
  buildIcsEvent,
  escapeIcsText,
  foldIcsLine,
  formatIcsUtc,
  IcsError,
  utf8Length,
  type IcsEventInput,
} from '@/domain/ics';

const START = Date.UTC(2026, 2, 11, 2, 0, 0); // 2026-03-11 10:00 China time
const BASE: IcsEventInput = {
  uid: 'sms-deadline-legal-representative-1741658400000@filing-companion',
  title: 'SMS verification deadline',
  description: 'Verify at https://beian.miit.gov.cn',
  start: START,
  end: START + 15 * 60_000,
  alarmMinutesBefore: 60,
  now: Date.UTC(2026, 2, 10, 2, 0, 30, 700),
};

/** RFC 5545 §3.1 unfolding: remove every CRLF followed by one space or tab. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function errorCodeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof IcsError ? error.code : 'other';
  }
  return undefined;
}

describe('buildIcsEvent structure', () => {
  const ics = buildIcsEvent(BASE);

  it('is one VCALENDAR with one VEVENT containing one VALARM, in order', () => {
    expect(unfold(ics)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Filing Companion//Countdowns//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:sms-deadline-legal-representative-1741658400000@filing-companion',
      'DTSTAMP:20260310T020030Z',
      'DTSTART:20260311T020000Z',
      'DTEND:20260311T021500Z',
      'SUMMARY:SMS verification deadline',
      'DESCRIPTION:Verify at https://beian.miit.gov.cn',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:SMS verification deadline',
      'TRIGGER:-PT60M',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('uses CRLF only, ending with one', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes an alarm at the start as PT0M', () => {
    expect(buildIcsEvent({ ...BASE, alarmMinutesBefore: 0 })).toContain('\r\nTRIGGER:PT0M\r\n');
  });

  it('does not depend on the device clock or zone (fake timers)', () => {
    jest.useFakeTimers();
    try {
      jest.setSystemTime(Date.UTC(2040, 0, 1));
      expect(buildIcsEvent(BASE)).toBe(ics);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('escaping', () => {
  it('escapes backslash, semicolon, comma and newlines (RFC 5545 §3.3.11)', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeIcsText('colon: stays')).toBe('colon: stays');
    expect(escapeIcsText('tab\tstays, bell\u0007 goes')).toBe('tab\tstays\\, bell goes');
  });

  it('escapes the title in SUMMARY and the alarm text, and the description', () => {
    const ics = buildIcsEvent({
      ...BASE,
      title: '短信核验截止，请尽快; 谢谢',
      description: '第一行\n第二行, C:\\path',
    });
    const lines = unfold(ics);
    expect(lines).toContain('SUMMARY:短信核验截止，请尽快\\; 谢谢');
    expect(lines).toContain('DESCRIPTION:第一行\\n第二行\\, C:\\\\path');
    expect(lines.filter((line) => line === 'DESCRIPTION:短信核验截止，请尽快\\; 谢谢')).toHaveLength(1);
  });
});

describe('folding', () => {
  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    const exactly75 = `SUMMARY:${'a'.repeat(67)}`;
    expect(foldIcsLine(exactly75)).toBe(exactly75);
    const seventySix = `${exactly75}b`;
    expect(foldIcsLine(seventySix)).toBe(`${exactly75}\r\n b`);
  });

  it('folds Chinese text by octets without splitting a character', () => {
    const line = `SUMMARY:${'备案'.repeat(40)}`; // 8 + 240 octets
    const folded = foldIcsLine(line);
    const physical = folded.split('\r\n');
    for (const part of physical) expect(utf8Length(part)).toBeLessThanOrEqual(75);
    // 8 ASCII octets + 22 characters × 3 = 74; a 23rd would make 77.
    expect(physical[0]).toBe(`SUMMARY:${'备案'.repeat(11)}`);
    expect(physical.slice(1).every((part) => part.startsWith(' ') && !part.startsWith('  '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    // Octet-level view: the fold's CRLF sits between whole 3-octet characters.
    const octets = Buffer.from(folded, 'utf8');
    const firstBreak = octets.indexOf('\r\n');
    expect(firstBreak).toBe(74);
    expect(octets.subarray(8, firstBreak).toString('utf8')).toBe('备案'.repeat(11));
  });

  it('keeps surrogate pairs (4-octet emoji) whole', () => {
    const line = `SUMMARY:${'📮'.repeat(30)}`;
    const physical = foldIcsLine(line).split('\r\n');
    for (const part of physical) {
      expect(utf8Length(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });

  it('folds long descriptions inside the full calendar', () => {
    const description = `请法定代表人在24小时内登录 https://beian.miit.gov.cn 完成短信核验，${'否则备案将被自动驳回；'.repeat(10)}`;
    const ics = buildIcsEvent({ ...BASE, description });
    for (const line of ics.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(`DESCRIPTION:${escapeIcsText(description)}`);
  });

  it('property: folding any text keeps lines ≤ 75 octets and unfolds back to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const line = `DESCRIPTION:${escapeIcsText(text)}`;
        const folded = foldIcsLine(line);
        for (const part of folded.split('\r\n')) expect(utf8Length(part)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});

describe('utf8Length and formatIcsUtc', () => {
  it('counts octets like Buffer does', () => {
    for (const text of ['', 'abc', 'é', '备案', '📮', 'a备📮é'])
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('formats UTC instants and drops milliseconds', () => {
    expect(formatIcsUtc(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toBe('20261231T235959Z');
    expect(formatIcsUtc(0)).toBe('19700101T000000Z');
  });
});

describe('edge cases', () => {
  it('rejects bad times, alarms and uids', () => {
    expect(errorCodeOf(() => buildIcsEvent({ ...BASE, start: Number.NaN }))).toBe('bad-time');
    expect(errorCodeOf(() => buildIcsEvent({ ...BASE, end: BASE.start - 1 }))).toBe('bad-time');
    expect(errorCodeOf(() => buildIcsEvent({ ...BASE, now: Number.POSITIVE_INFINITY }))).toBe('bad-time');
    expect(errorCodeOf(() => buildIcsEvent({ ...BASE, start: 9e15, end: 9e15 }))).toBe('bad-time');
    expect(errorCodeOf(() => buildIcsEvent({ ...BASE, alarmMinutesBefore: -5 }))).toBe('bad-alarm');
    expect(errorCodeOf(() => buildIcsEvent({ ...BASE, alarmMinutesBefore: 1.5 }))).toBe('bad-alarm');
    expect(errorCodeOf(() => buildIcsEvent({ ...BASE, alarmMinutesBefore: 7 * 24 * 60 + 1 }))).toBe('bad-alarm');
    expect(errorCodeOf(() => buildIcsEvent({ ...BASE, uid: '  ' }))).toBe('bad-uid');
  });

  it('accepts a zero-length event and empty text', () => {
    const ics = buildIcsEvent({ ...BASE, end: BASE.start, title: '', description: '' });
    expect(unfold(ics)).toEqual(expect.arrayContaining(['SUMMARY:', 'DESCRIPTION:', 'DTEND:20260311T020000Z']));
  });
});
