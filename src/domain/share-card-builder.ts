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
import { linkSpans, containsForbiddenCharacters, namesOfficialBody } from './card-text';
import { chinaClock, chinaDateTimeParams, chinaDateTimeText } from './china-time';
import type { FilingRecord } from './filing-record';
import { journeyStepsFor, stepsProgress } from './journey-steps';
import { containsPersonalIdentifier, longestDigitRun, personalDataSpans, removeSpans } from './personal-data';
import { truncateUtf8 } from './share-bytes';
import { CARD_TEXT_LIMITS, type CardData, type SmsTask, type Verifier } from './share-card';
import { SMS_WINDOW_MS, trackState, type SmsCycle, type SmsTrack } from './sms-window';

export { chinaClock, chinaDateTimeParams, chinaDateTimeText };

// ---------------------------------------------------------------------------------------
// Text hygiene
// ---------------------------------------------------------------------------------------

/** C0/C1 controls, DEL and line/paragraph separators become spaces (format characters are dropped by the guard). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Returns `text` with the spans `find` reports cut out, repeated until nothing is found (a cut can join two pieces). */
function cutRepeatedly(text: string, find: (text: string) => ReadonlyArray<readonly [number, number]>): string {
  let current = text;
  for (let round = 0; round < 8; round += 1) {
    const spans = find(current);
    if (spans.length === 0) break;
    current = removeSpans(Array.from(current), spans);
  }
  return current;
}

/**
 * Returns `text` with anything that looks like a personal identifier removed (personal-data.ts:
 * digit runs of 6 or more however they are separated, with the rest of a credit code or an ID's
 * X, and emails), format characters dropped, controls turned into spaces and whitespace
 * collapsed. Removal repeats until nothing is found, since a cut can bring two short runs
 * together.
 */
export function scrubIdentifiers(text: string): string {
  const flat = String(text ?? '').replace(CONTROLS, ' ');
  return cutRepeatedly(flat, personalDataSpans).replace(/\s+/g, ' ').trim();
}

/**
 * Returns `text` as it may appear on a card: identifiers and links (a URL or bare domain has no
 * place in a company or mini program name, and on a card it could pose as the official site)
 * removed, cut to `maxBytes` UTF-8 bytes; '' when nothing safe is left.
 */
export function cardText(text: string, maxBytes: number): string {
  const withoutLinks = cutRepeatedly(scrubIdentifiers(text), linkSpans);
  const cut = truncateUtf8(scrubIdentifiers(withoutLinks), maxBytes).trim();
  if (!cut || containsForbiddenCharacters(cut) || containsPersonalIdentifier(cut)) return '';
  return cut;
}

/** Longest display name the sender may type, in characters (fits CARD_TEXT_LIMITS.sender). */
export const SENDER_NAME_MAX_CHARS = 16;

/** A display name holding this many digits in a row (separators ignored) reads as a number, not a name. */
const SENDER_NAME_MAX_DIGITS = 4;

/**
 * Returns why a typed sender display name cannot go on the card: 'personal-identifier' when it
 * holds a phone-, ID- or email-like piece (5 or more digits in a row however they are separated,
 * or an email), 'too-long' past SENDER_NAME_MAX_CHARS; else null.
 */
export function senderNameProblem(name: string): 'personal-identifier' | 'too-long' | null {
  const trimmed = String(name ?? '').trim();
  if ([...trimmed].length > SENDER_NAME_MAX_CHARS) return 'too-long';
  if (containsPersonalIdentifier(trimmed) || longestDigitRun(trimmed) > SENDER_NAME_MAX_DIGITS) {
    return 'personal-identifier';
  }
  return null;
}

/**
 * Returns true when a typed sender name would pose as someone else: the name of an official
 * body ("工信部备案中心", "12381", WeChat's team) or a link. The card never carries such a name.
 */
export function senderNameImpersonates(name: string): boolean {
  const text = String(name ?? '');
  return namesOfficialBody(text) || linkSpans(text).length > 0;
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

/**
 * The SMS round a card for `filing` is made for: its latest cycle, whatever its outcome (a card
 * about a finished round says so, and replies to it change nothing), or null before any round.
 */
export function cardRound(filing: FilingRecord): SmsCycle | null {
  return filing.smsCycles[filing.smsCycles.length - 1] ?? null;
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
  const deadline = track.deadline ?? (track.receivedAt !== null ? track.receivedAt + SMS_WINDOW_MS : null);
  // A phone clock moved back before the SMS arrival would put the deadline more than a window
  // ahead, which no card may say (cardProblem); like trackState, show a full window at most.
  const smsDeadline = Math.floor(Math.min(deadline ?? now, now + SMS_WINDOW_MS));
  // 6 wrong entries return the filing just like a missed deadline does: a new SMS will come.
  return { sms: state === 'counting' ? 'counting' : 'expired', smsDeadline };
}

/**
 * Returns the card for `filing` made at `now`, sent by `senderName` (a display name the
 * administrator typed; '' lets the card page say "the administrator"). The card names the
 * filing's latest SMS round; a filing with no round yet needs `pendingRoundId`, the id the round
 * will have once the card is shared (the caller records that round when it shares, see
 * openRoundForCard in share-reply.ts). The company falls back to the filing's own name when the profile has none
 * yet. ID photos count as provided when both sides are stored as photos or ticked off in the
 * materials list. A sender name with a personal identifier or posing as an official body is left
 * out. Throws a RangeError when there is no round and no pending id.
 */
export function buildCardData(
  filing: FilingRecord,
  senderName: string,
  now: number,
  verifier: Verifier = 'legal-representative',
  pendingRoundId?: string,
): CardData {
  const roundId = cardRound(filing)?.id ?? pendingRoundId;
  if (!roundId) throw new RangeError('buildCardData: the filing has no SMS round yet');
  const company =
    // An individual's entity name is their own name: never on a card.
    cardText(filing.profile.entityType === 'personal' ? '' : filing.profile.entityName, CARD_TEXT_LIMITS.company) ||
    cardText(filing.name, CARD_TEXT_LIMITS.company) ||
    '-';
  const [front, back] = ID_PHOTO_SLOTS[verifier];
  const hasSide = (slot: typeof front | typeof back) =>
    Boolean(filing.photos[slot]) || filing.marks[slot]?.done === true;
  const { sms, smsDeadline } = smsTaskOf(filing, verifier, now);
  const senderAllowed = senderNameProblem(senderName) === null && !senderNameImpersonates(senderName);
  return {
    filingId: filing.id,
    roundId,
    company,
    miniProgram: cardText(filing.profile.miniProgramName, CARD_TEXT_LIMITS.miniProgram),
    sender: senderAllowed ? cardText(senderName, CARD_TEXT_LIMITS.sender) : '',
    createdAt: Math.floor(now),
    tasks: { idPhotos: hasSide(front) && hasSide(back) ? 'done' : 'todo', sms, smsDeadline },
    progress: stepsProgress(filing.steps, journeyStepsFor(filing.profile, filing.verificationMethod)),
    verifier,
  };
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
  | 'share.time.dateTime'
  | 'share.time.dateTimeYear';

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
      text: tr('share.card.deadline', { dateTime: chinaDateTimeText(smsDeadline, tr, now) }),
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
      dateTime: chinaDateTimeText(card.createdAt, tr, now),
    }),
  });
  return lines;
}
