/**
 * Builds the share card the administrator sends to the legal representative, the share title
 * and the texts drawn on the card image, and works out what a reply changes on the
 * administrator's phone. Pure: time comes in as `now`, texts come back as message keys (or
 * through an injected `translate`), so the UI decides the language.
 *
 * What the card never carries (issue 6, domain.md "Sharing"): ID numbers, the credit code,
 * phone numbers, emails, bank details, photos or file paths, and no person's name except the
 * sender's display name. The schema has no field for any of them; the three free-text fields
 * are scrubbed here as well, because an administrator can type anything into a company name.
 */
import {
  CARD_TEXT_LIMITS,
  containsForbiddenCharacters,
  containsPersonalIdentifier,
  truncateUtf8,
  type CardData,
  type ReplyData,
  type SmsTask,
  type Verifier,
} from './share-card';
import type { FilingRecord } from './filing-record';
import { stepsProgress } from './journey-steps';
import {
  emptyTrack,
  markVerified,
  newCycle,
  trackState,
  verifiersFor,
  type SmsCycle,
  type SmsTrack,
  type SmsTrackRefusal,
  type SmsTrackStateName,
} from './sms-window';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------
// Text hygiene
// ---------------------------------------------------------------------------------------

/** Full-width ASCII forms (U+FF01–FF5E) as their ASCII twins, so '１３８' counts as digits. */
function toAscii(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Returns `text` with anything that looks like a personal identifier removed: emails, every
 * letters-and-digits token holding 5 or more digits (credit codes, IDs ending in X), and
 * every run of digits (spaces, dots and dashes between them included) holding 5 or more
 * digits. What is left has at most 4 digits in a row, so no 6-digit piece of an ID number,
 * credit code, phone or bank account can survive. Full-width digits count as digits.
 * Control and bidi characters are dropped and whitespace is collapsed.
 */
export function scrubIdentifiers(text: string): string {
  const withoutEmails = String(text ?? '').replace(/[^\s@\uff20]+[@\uff20][^\s@\uff20]+[.\uff0e][^\s@\uff20]+/g, ' ');
  const digitCount = (run: string) => (run.match(/[0-9\uff10-\uff19]/g) ?? []).length;
  // Whole codes first (a credit code leaves no letters behind), then digit runs split by spaces.
  const withoutCodes = withoutEmails.replace(CODE_TOKEN, (token) => (digitCount(token) >= 5 ? ' ' : token));
  const withoutDigits = withoutCodes.replace(DIGIT_RUN, (run) => (digitCount(run) >= 5 ? ' ' : run));
  // eslint-disable-next-line no-control-regex
  const clean = withoutDigits.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ');
  return clean.replace(/\s+/g, ' ').trim();
}

/** A letters-and-digits token (ASCII or full-width), dots and dashes inside it included. */
const CODE_TOKEN =
  /[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a](?:[.\-\uff0d\uff0e]?[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])*/g;

/** Digits (ASCII or full-width) with spaces, dots and dashes between them. */
const DIGIT_RUN = /[0-9\uff10-\uff19](?:[\s.\-\u3000\uff0d\uff0e]*[0-9\uff10-\uff19])*/g;

/** Returns `text` scrubbed and cut to `maxBytes` UTF-8 bytes; '' when nothing safe is left. */
export function cardText(text: string, maxBytes: number): string {
  const cut = truncateUtf8(scrubIdentifiers(text), maxBytes).trim();
  if (!cut || containsForbiddenCharacters(cut) || containsPersonalIdentifier(cut)) return '';
  return cut;
}

/** Longest display name the sender may type, in characters (fits CARD_TEXT_LIMITS.sender). */
export const SENDER_NAME_MAX_CHARS = 16;

/**
 * Returns why a typed sender display name cannot go on the card: 'personal-identifier' when it
 * holds a phone-, ID- or email-like piece, 'too-long' past SENDER_NAME_MAX_CHARS; else null.
 */
export function senderNameProblem(name: string): 'personal-identifier' | 'too-long' | null {
  const trimmed = String(name ?? '').trim();
  if ([...trimmed].length > SENDER_NAME_MAX_CHARS) return 'too-long';
  if (containsPersonalIdentifier(trimmed) || /\d(?:[\s.\-\u3000]*\d){4,}/.test(toAscii(trimmed))) {
    return 'personal-identifier';
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Building the card
// ---------------------------------------------------------------------------------------

const ID_PHOTO_SLOTS: Record<
  Verifier,
  readonly ['legal-rep-id-front' | 'person-in-charge-id-front', 'legal-rep-id-back' | 'person-in-charge-id-back']
> = {
  'legal-representative': ['legal-rep-id-front', 'legal-rep-id-back'],
  'person-in-charge': ['person-in-charge-id-front', 'person-in-charge-id-back'],
};

/** The open SMS cycle of a filing (the last one, while its outcome is 'open'), or null. */
export function openSmsCycle(filing: FilingRecord): SmsCycle | null {
  const last = filing.smsCycles[filing.smsCycles.length - 1];
  return last && last.outcome === 'open' ? last : null;
}

/** The verifier's track in the filing's latest SMS cycle, or null. */
function latestTrack(filing: FilingRecord, verifier: Verifier): SmsTrack | null {
  const last = filing.smsCycles[filing.smsCycles.length - 1];
  return last?.tracks.find((track) => track.verifier === verifier) ?? null;
}

/** The card's SMS task and deadline for one verifier at `now`. A locked track reads as 'expired'. */
export function smsTaskOf(
  filing: FilingRecord,
  verifier: Verifier,
  now: number,
): { sms: SmsTask; smsDeadline: number | null } {
  const track = latestTrack(filing, verifier);
  if (!track) return { sms: 'waiting', smsDeadline: null };
  const state = trackState(track, now).state;
  if (state === 'verified') return { sms: 'verified', smsDeadline: null };
  if (state === 'waiting') return { sms: 'waiting', smsDeadline: null };
  const deadline = track.deadline ?? (track.receivedAt !== null ? track.receivedAt + 24 * 3_600_000 : null);
  const smsDeadline = Math.floor(deadline ?? now);
  // 6 wrong entries return the filing just like a missed deadline does: a new SMS will come.
  return { sms: state === 'counting' ? 'counting' : 'expired', smsDeadline };
}

/**
 * Returns the card for `filing` made at `now`, sent by `senderName` (a display name the
 * administrator typed; '' lets the card page say "the administrator"). The company falls back
 * to the filing's own name when the profile has none yet. ID photos count as provided when
 * both sides are stored as photos or ticked off in the materials list.
 */
export function buildCardData(
  filing: FilingRecord,
  senderName: string,
  now: number,
  verifier: Verifier = 'legal-representative',
): CardData {
  const company =
    cardText(filing.profile.companyName, CARD_TEXT_LIMITS.company) ||
    cardText(filing.name, CARD_TEXT_LIMITS.company) ||
    '-';
  const [front, back] = ID_PHOTO_SLOTS[verifier];
  const hasSide = (slot: typeof front | typeof back) =>
    Boolean(filing.photos[slot]) || filing.marks[slot]?.done === true;
  const { sms, smsDeadline } = smsTaskOf(filing, verifier, now);
  return {
    filingId: filing.id,
    company,
    miniProgram: cardText(filing.profile.miniProgramName, CARD_TEXT_LIMITS.miniProgram),
    sender: senderNameProblem(senderName) === null ? cardText(senderName, CARD_TEXT_LIMITS.sender) : '',
    createdAt: Math.floor(now),
    tasks: { idPhotos: hasSide(front) && hasSide(back) ? 'done' : 'todo', sms, smsDeadline },
    progress: stepsProgress(filing.steps),
    verifier,
  };
}

// ---------------------------------------------------------------------------------------
// China time
// ---------------------------------------------------------------------------------------

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Returns the China-time (UTC+8, no DST) wall clock of `ms` as 'HH:MM'. */
export function chinaClock(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/** Returns the China-time month and day (two digits each) and clock of `ms`, as date-time message parameters. */
export function chinaDateTimeParams(ms: number): { month: string; day: string; time: string } {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return { month: pad2(d.getUTCMonth() + 1), day: pad2(d.getUTCDate()), time: chinaClock(ms) };
}

// ---------------------------------------------------------------------------------------
// Title and image texts
// ---------------------------------------------------------------------------------------

/** Message keys the builder hands to the UI; every one is in src/i18n/messages/share.ts. */
export type CardTextKey =
  | 'share.title.smsDeadline'
  | 'share.title.smsExpired'
  | 'share.title.idPhotos'
  | 'share.title.smsSoon'
  | 'share.title.allDone'
  | 'share.card.brand'
  | 'share.card.miniProgram'
  | 'share.card.deadline'
  | 'share.card.task.idPhotos.todo'
  | 'share.card.task.idPhotos.done'
  | 'share.card.task.sms.waiting'
  | 'share.card.task.sms.counting'
  | 'share.card.task.sms.verified'
  | 'share.card.task.sms.expired'
  | 'share.card.progress'
  | 'share.card.footer'
  | 'share.sender.default'
  | 'share.time.dateTime';

export interface CardText {
  key: CardTextKey;
  params?: Record<string, string | number>;
}

export type Translate = (key: CardTextKey, params?: Record<string, string | number>) => string;

/**
 * Returns the share title for the moment at `now`, as a message key and parameters:
 * while the SMS window counts, "verify before HH:MM" (China time); after it ran out, that it
 * must be resubmitted; otherwise the next task (ID photos, then "watch for the 12381 SMS"),
 * or "all done" when both tasks are.
 */
export function shareTitle(card: CardData, now: number): CardText {
  const { sms, smsDeadline, idPhotos } = card.tasks;
  if (sms === 'counting' && smsDeadline !== null && now < smsDeadline) {
    return { key: 'share.title.smsDeadline', params: { time: chinaClock(smsDeadline) } };
  }
  if (sms === 'counting' || sms === 'expired') return { key: 'share.title.smsExpired' };
  if (idPhotos === 'todo') return { key: 'share.title.idPhotos' };
  if (sms === 'waiting') return { key: 'share.title.smsSoon' };
  return { key: 'share.title.allDone' };
}

export type CardLineRole =
  'brand' | 'company' | 'mini-program' | 'headline' | 'deadline' | 'task' | 'progress' | 'footer';

/** One line of the card image. `tone` colours task lines and the headline. */
export interface CardLine {
  role: CardLineRole;
  text: string;
  tone?: 'ok' | 'warn' | 'danger' | 'neutral';
}

/** Returns "MM月DD日 HH:MM"-style text of `ms` (China time) through `tr`. */
export function chinaDateTimeText(ms: number, tr: Translate): string {
  return tr('share.time.dateTime', chinaDateTimeParams(ms));
}

/**
 * Returns the texts drawn on the 5:4 card image, top to bottom: brand, company, mini program
 * (when named), the headline (same as the share title), the SMS deadline (while counting or
 * after it ran out), the two task lines, overall progress, and who sent it when.
 */
export function cardLines(card: CardData, now: number, tr: Translate): CardLine[] {
  const title = shareTitle(card, now);
  const { sms, smsDeadline, idPhotos } = card.tasks;
  const headlineTone: CardLine['tone'] =
    title.key === 'share.title.smsDeadline'
      ? 'warn'
      : title.key === 'share.title.smsExpired'
        ? 'danger'
        : title.key === 'share.title.allDone'
          ? 'ok'
          : 'neutral';
  const lines: CardLine[] = [
    { role: 'brand', text: tr('share.card.brand') },
    { role: 'company', text: card.company },
  ];
  if (card.miniProgram)
    lines.push({ role: 'mini-program', text: tr('share.card.miniProgram', { name: card.miniProgram }) });
  lines.push({ role: 'headline', text: tr(title.key, title.params), tone: headlineTone });
  if ((sms === 'counting' || sms === 'expired') && smsDeadline !== null) {
    lines.push({
      role: 'deadline',
      text: tr('share.card.deadline', { dateTime: chinaDateTimeText(smsDeadline, tr) }),
      tone: headlineTone,
    });
  }
  lines.push({
    role: 'task',
    text: tr(idPhotos === 'done' ? 'share.card.task.idPhotos.done' : 'share.card.task.idPhotos.todo'),
    tone: idPhotos === 'done' ? 'ok' : 'warn',
  });
  const smsTone: Record<SmsTask, CardLine['tone']> = {
    waiting: 'neutral',
    counting: 'warn',
    verified: 'ok',
    expired: 'danger',
  };
  lines.push({ role: 'task', text: tr(`share.card.task.sms.${sms}`), tone: smsTone[sms] });
  lines.push({
    role: 'progress',
    text: tr('share.card.progress', { done: card.progress.done, total: card.progress.total }),
  });
  lines.push({
    role: 'footer',
    text: tr('share.card.footer', {
      sender: card.sender || tr('share.sender.default'),
      dateTime: chinaDateTimeText(card.createdAt, tr),
    }),
  });
  return lines;
}

// ---------------------------------------------------------------------------------------
// Replies on the administrator's phone
// ---------------------------------------------------------------------------------------

export type ReplyPlan =
  | { kind: 'unknown-filing' }
  | {
      kind: 'verify-sms';
      verifier: Verifier;
      /** The track's state now; 'not-started' when no open SMS cycle exists in the app. */
      before: SmsTrackStateName | 'not-started';
      verifiedAt: number;
      /** The cycles after the change (a new cycle is started when none was open). */
      cycles: SmsCycle[];
    }
  | { kind: 'already-verified'; verifier: Verifier; verifiedAt: number }
  | { kind: 'refused'; verifier: Verifier; reason: SmsTrackRefusal; deadline: number | null }
  | { kind: 'id-photos-sent'; verifier: Verifier; at: number };

/**
 * Returns what applying `reply` to the filing's SMS cycles would do. For 'sms-verified':
 * marks the verifier's track in the open (last) cycle verified at the reply's time with
 * markVerified; when no cycle is open, a new one is started at the reply time (the UI says so
 * before the user confirms). Already verified → nothing to do; a refusal (locked, or verified
 * after the deadline) → nothing changes. 'id-photos-sent' changes no SMS data.
 */
export function planReply(filing: FilingRecord | undefined | null, reply: ReplyData, now: number): ReplyPlan {
  if (!filing) return { kind: 'unknown-filing' };
  if (reply.action === 'id-photos-sent') return { kind: 'id-photos-sent', verifier: reply.verifier, at: reply.at };
  const open = openSmsCycle(filing);
  let cycles = filing.smsCycles;
  let cycle: SmsCycle;
  let before: SmsTrackStateName | 'not-started';
  if (open) {
    cycle = open;
    const existing = open.tracks.find((t) => t.verifier === reply.verifier);
    before = existing ? trackState(existing, now).state : 'waiting';
  } else {
    cycle = newCycle(verifiersFor(filing.profile.legalRepIsPersonInCharge), reply.at);
    cycles = [...cycles, cycle];
    before = 'not-started';
  }
  const track = cycle.tracks.find((t) => t.verifier === reply.verifier) ?? emptyTrack(reply.verifier);
  const result = markVerified(track, reply.at);
  if (!result.ok) return { kind: 'refused', verifier: reply.verifier, reason: result.reason, deadline: track.deadline };
  if (track.verifiedAt !== null)
    return { kind: 'already-verified', verifier: reply.verifier, verifiedAt: track.verifiedAt };
  const hasTrack = cycle.tracks.some((t) => t.verifier === reply.verifier);
  const nextCycle: SmsCycle = {
    ...cycle,
    tracks: hasTrack
      ? cycle.tracks.map((t) => (t.verifier === reply.verifier ? result.track : t))
      : [...cycle.tracks, result.track],
  };
  return {
    kind: 'verify-sms',
    verifier: reply.verifier,
    before,
    verifiedAt: reply.at,
    cycles: cycles.map((c) => (c === cycle ? nextCycle : c)),
  };
}
