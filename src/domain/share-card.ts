/**
 * The share card and its reply: what they hold, the rules every field obeys, and their wire
 * format. The card is the link the administrator sends to the legal representative (or the
 * person in charge) inside WeChat; the reply is the link that comes back.
 *
 * WeChat storage is per user, so the other phone sees only what the card itself carries
 * (domain.md, "Sharing"). The card therefore holds a small snapshot, and by construction no
 * field can hold an ID number, credit code, phone, email, bank details or photos: only the
 * company name, the mini program name and the sender's display name are free text, and those
 * three are also screened by the personal-data guard (personal-data.ts) and may hold no
 * invisible or layout-breaking characters (card-text.ts).
 *
 * Every card names the SMS round it was made for (a random round id) and carries its own issue
 * time; a reply brings both back, so the administrator's app applies a reply only to that round
 * (share-reply.ts, issue 13).
 *
 * Wire format, version 2, sealed by share-bytes.ts (tag first, CRC-32 last, base64url):
 *
 *   card:  0x12 | flags | len filingId | len roundId | createdAt varint | [smsDeadline varint]
 *          | done varint | total varint | len company | len miniProgram | len sender
 *   reply: 0x22 | flags | len filingId | len roundId | cardCreatedAt varint | at varint
 *
 * Version 1 (0x11 / 0x21, without the round) reads as 'version': such a card cannot be replied
 * to safely, so the sender is asked to share it again.
 */
import { containsForbiddenCharacters } from './card-text';
import { containsPersonalIdentifier } from './personal-data';
import { SHARE_ID_PATTERN } from './random-id';
import { openFrame, payloadOf, pushText, pushVarint, seal, utf8ByteLength, type DecodeFailure } from './share-bytes';
import { SMS_CLOCK_SKEW_MS, SMS_WINDOW_MS } from './sms-window';

export { MAX_CODE_LENGTH, type DecodeFailure } from './share-bytes';

// ---------------------------------------------------------------------------------------
// Types and limits
// ---------------------------------------------------------------------------------------

export type Verifier = 'legal-representative' | 'person-in-charge';
export type IdPhotosTask = 'todo' | 'done';
export type SmsTask = 'waiting' | 'counting' | 'verified' | 'expired';
export type ReplyAction = 'sms-verified' | 'id-photos-sent';

/** What the other phone shows. Everything else stays on the administrator's phone. */
export interface CardData {
  /** Random id of the filing, 10–16 characters of [A-Za-z0-9_-]; matches replies to cards. */
  filingId: string;
  /** Random id of the SMS round the card was made for (SmsCycle.id), same alphabet. */
  roundId: string;
  /** Entity name, 1..CARD_TEXT_LIMITS.company UTF-8 bytes. */
  company: string;
  /** Mini program name, 0..CARD_TEXT_LIMITS.miniProgram UTF-8 bytes ('' if not named yet). */
  miniProgram: string;
  /** Sender's display name, 0..CARD_TEXT_LIMITS.sender UTF-8 bytes. */
  sender: string;
  /** When the card was made (its issue time, on the administrator's clock), epoch ms. */
  createdAt: number;
  tasks: {
    idPhotos: IdPhotosTask;
    sms: SmsTask;
    /**
     * End of the 24-hour MIIT SMS window, epoch ms; set exactly when sms is 'counting' or
     * 'expired', and never later than the card's time + 24 h + SMS_CLOCK_SKEW_MS.
     */
    smsDeadline: number | null;
  };
  /** Journey steps done out of total; 0 ≤ done ≤ total, 1 ≤ total ≤ MAX_PROGRESS_TOTAL. */
  progress: { done: number; total: number };
  /** Who is asked to act on the card. */
  verifier: Verifier;
}

/** What the legal representative sends back: what they did, when, and for which card. */
export interface ReplyData {
  filingId: string;
  /** The roundId of the card replied to. */
  roundId: string;
  /** The createdAt of the card replied to. */
  cardCreatedAt: number;
  verifier: Verifier;
  action: ReplyAction;
  /** When the action was done, epoch ms (integer), on the replying phone's clock. */
  at: number;
}

export type DecodeResult<T> = { ok: true; card: T } | { ok: false; reason: DecodeFailure };

/**
 * Why a card or reply cannot be encoded (also the reason a decoded payload is 'format').
 * Machine-readable so the UI can say which field to shorten or fix.
 */
export type ShareDataProblem =
  | 'not-an-object'
  | 'filing-id'
  | 'round-id'
  | 'company'
  | 'mini-program'
  | 'sender'
  | 'text-characters'
  | 'personal-identifier'
  | 'created-at'
  | 'tasks'
  | 'sms-deadline'
  | 'progress'
  | 'verifier'
  | 'action'
  | 'at';

/**
 * UTF-8 byte budgets of the free-text fields. With them the largest possible card is 348 bytes
 * = 464 characters, so any card path (484 bytes) stays within MAX_PATH_BYTES. 90 bytes hold 30
 * Chinese characters, WeChat's own cap on a mini program name; 150 hold a 50-character company
 * name.
 */
export const CARD_TEXT_LIMITS = { company: 150, miniProgram: 90, sender: 48 } as const;

/** domain.md "Sharing": no official limit on a share path is published; keep it ≤ 512 bytes. */
export const MAX_PATH_BYTES = 512;

/** Upper bound of progress.total; a journey has a few dozen steps at most. */
export const MAX_PROGRESS_TOTAL = 999;

/** Accepted timestamps: 2020-01-01T00:00:00Z ≤ t < 2100-01-01T00:00:00Z (keeps varints ≤ 6 bytes). */
export const MIN_EPOCH_MS = 1577836800000;
export const MAX_EPOCH_MS = 4102444800000;

/**
 * How far ahead of the reading phone's clock a card may have been made before the card is
 * treated as invalid: phones set by hand can be hours off, a card "made" years ahead is crafted.
 */
export const CARD_FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

const CARD_TAG = 0x12;
const REPLY_TAG = 0x22;

const SMS_STATES: readonly SmsTask[] = ['waiting', 'counting', 'verified', 'expired'];
const VERIFIERS: readonly Verifier[] = ['legal-representative', 'person-in-charge'];
const ACTIONS: readonly ReplyAction[] = ['sms-verified', 'id-photos-sent'];

// ---------------------------------------------------------------------------------------
// Field rules
// ---------------------------------------------------------------------------------------

function isEpochMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_EPOCH_MS && value < MAX_EPOCH_MS;
}

function isShareId(value: unknown): value is string {
  return typeof value === 'string' && SHARE_ID_PATTERN.test(value);
}

function textProblem(
  value: unknown,
  minBytes: number,
  maxBytes: number,
  field: 'company' | 'mini-program' | 'sender',
): ShareDataProblem | null {
  if (typeof value !== 'string') return field;
  const size = utf8ByteLength(value);
  if (size < minBytes || size > maxBytes) return field;
  if (containsForbiddenCharacters(value)) return 'text-characters';
  if (containsPersonalIdentifier(value)) return 'personal-identifier';
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Returns why the SMS deadline of a card made at `createdAt` is impossible, or null. A deadline
 * is the SMS arrival + 24 h, and the arrival was recorded no later than the card's time + the
 * clock skew (startTrack), so the deadline can be no later than that + 24 h; a running countdown
 * ends after the card was made. A deadline in 2099 on a card from 2026 is a crafted card.
 */
function deadlineProblem(sms: SmsTask, deadline: unknown, createdAt: number): ShareDataProblem | null {
  const needsDeadline = sms === 'counting' || sms === 'expired';
  if (!needsDeadline) return deadline === null ? null : 'sms-deadline';
  if (!isEpochMs(deadline)) return 'sms-deadline';
  if (deadline > createdAt + SMS_WINDOW_MS + SMS_CLOCK_SKEW_MS) return 'sms-deadline';
  if (sms === 'counting' && deadline <= createdAt) return 'sms-deadline';
  return null;
}

/**
 * Returns the first reason `card` is not a valid CardData, or null when it is. encodeCard
 * throws on exactly these, and decodeCard reports them as 'format'.
 */
export function cardProblem(card: unknown): ShareDataProblem | null {
  if (!isRecord(card)) return 'not-an-object';
  if (!isShareId(card.filingId)) return 'filing-id';
  if (!isShareId(card.roundId)) return 'round-id';
  const text =
    textProblem(card.company, 1, CARD_TEXT_LIMITS.company, 'company') ??
    textProblem(card.miniProgram, 0, CARD_TEXT_LIMITS.miniProgram, 'mini-program') ??
    textProblem(card.sender, 0, CARD_TEXT_LIMITS.sender, 'sender');
  if (text) return text;
  if (!isEpochMs(card.createdAt)) return 'created-at';
  const tasks = card.tasks;
  if (!isRecord(tasks)) return 'tasks';
  if (tasks.idPhotos !== 'todo' && tasks.idPhotos !== 'done') return 'tasks';
  if (!SMS_STATES.includes(tasks.sms as SmsTask)) return 'tasks';
  const deadline = deadlineProblem(tasks.sms as SmsTask, tasks.smsDeadline, card.createdAt);
  if (deadline) return deadline;
  const progress = card.progress;
  if (!isRecord(progress)) return 'progress';
  const { done, total } = progress;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 1 || total > MAX_PROGRESS_TOTAL) {
    return 'progress';
  }
  if (typeof done !== 'number' || !Number.isInteger(done) || done < 0 || done > total) return 'progress';
  if (!VERIFIERS.includes(card.verifier as Verifier)) return 'verifier';
  return null;
}

/** Returns the first reason `reply` is not a valid ReplyData, or null when it is. */
export function replyProblem(reply: unknown): ShareDataProblem | null {
  if (!isRecord(reply)) return 'not-an-object';
  if (!isShareId(reply.filingId)) return 'filing-id';
  if (!isShareId(reply.roundId)) return 'round-id';
  if (!isEpochMs(reply.cardCreatedAt)) return 'created-at';
  if (!VERIFIERS.includes(reply.verifier as Verifier)) return 'verifier';
  if (!ACTIONS.includes(reply.action as ReplyAction)) return 'action';
  if (!isEpochMs(reply.at)) return 'at';
  return null;
}

// ---------------------------------------------------------------------------------------
// Codec
// ---------------------------------------------------------------------------------------

/**
 * Returns the URL-safe code ([A-Za-z0-9_-] only) of `card`. Only the CardData fields are
 * read; anything else on the object is dropped. Throws a RangeError naming the
 * ShareDataProblem when the card breaks a rule (check with `cardProblem` first).
 */
export function encodeCard(card: CardData): string {
  const problem = cardProblem(card);
  if (problem) throw new RangeError(`encodeCard: invalid card (${problem})`);
  const smsIndex = SMS_STATES.indexOf(card.tasks.sms);
  const flags = (card.tasks.idPhotos === 'done' ? 1 : 0) | (smsIndex << 1) | (VERIFIERS.indexOf(card.verifier) << 3);
  const out: number[] = [CARD_TAG, flags];
  pushText(out, card.filingId);
  pushText(out, card.roundId);
  pushVarint(out, card.createdAt);
  if (card.tasks.smsDeadline !== null) pushVarint(out, card.tasks.smsDeadline);
  pushVarint(out, card.progress.done);
  pushVarint(out, card.progress.total);
  pushText(out, card.company);
  pushText(out, card.miniProgram);
  pushText(out, card.sender);
  return seal(out);
}

/**
 * Returns the card in `code`, or why there is none. Never throws, whatever `code` is.
 * Reasons: 'empty' (missing), 'too-long' (> MAX_CODE_LENGTH characters, checked first),
 * 'checksum' (damaged or not a code), 'version' (an intact code of another version, or a
 * reply), 'format' (anything else, including a payload that breaks a field rule).
 */
export function decodeCard(code: unknown): DecodeResult<CardData> {
  const frame = openFrame(code, CARD_TAG);
  if (!frame.ok) return frame;
  const reader = payloadOf(frame.bytes);
  const flags = reader.byte();
  if (flags === null || flags > 0x0f) return { ok: false, reason: 'format' };
  const sms = SMS_STATES[(flags >> 1) & 3];
  const hasDeadline = sms === 'counting' || sms === 'expired';
  const filingId = reader.text(16);
  const roundId = reader.text(16);
  const createdAt = reader.varint();
  const smsDeadline = hasDeadline ? reader.varint() : null;
  const done = reader.varint();
  const total = reader.varint();
  const company = reader.text(CARD_TEXT_LIMITS.company);
  const miniProgram = reader.text(CARD_TEXT_LIMITS.miniProgram);
  const sender = reader.text(CARD_TEXT_LIMITS.sender);
  // The masks keep both indices inside their tables; a missing entry would still be a format error.
  const verifier = VERIFIERS[(flags >> 3) & 1];
  if (
    sms === undefined ||
    verifier === undefined ||
    filingId === null ||
    roundId === null ||
    createdAt === null ||
    (smsDeadline === null && hasDeadline) ||
    done === null ||
    total === null ||
    company === null ||
    miniProgram === null ||
    sender === null ||
    !reader.atEnd()
  ) {
    return { ok: false, reason: 'format' };
  }
  const card: CardData = {
    filingId,
    roundId,
    company,
    miniProgram,
    sender,
    createdAt,
    tasks: { idPhotos: flags & 1 ? 'done' : 'todo', sms, smsDeadline },
    progress: { done, total },
    verifier,
  };
  return cardProblem(card) === null ? { ok: true, card } : { ok: false, reason: 'format' };
}

/** Returns the URL-safe code of `reply`; throws a RangeError naming the problem when invalid. */
export function encodeReply(reply: ReplyData): string {
  const problem = replyProblem(reply);
  if (problem) throw new RangeError(`encodeReply: invalid reply (${problem})`);
  const flags = VERIFIERS.indexOf(reply.verifier) | (ACTIONS.indexOf(reply.action) << 1);
  const out: number[] = [REPLY_TAG, flags];
  pushText(out, reply.filingId);
  pushText(out, reply.roundId);
  pushVarint(out, reply.cardCreatedAt);
  pushVarint(out, reply.at);
  return seal(out);
}

/** Returns the reply in `code`, or why there is none; same reasons as decodeCard, never throws. */
export function decodeReply(code: unknown): DecodeResult<ReplyData> {
  const frame = openFrame(code, REPLY_TAG);
  if (!frame.ok) return frame;
  const reader = payloadOf(frame.bytes);
  const flags = reader.byte();
  if (flags === null || flags > 0x03) return { ok: false, reason: 'format' };
  const filingId = reader.text(16);
  const roundId = reader.text(16);
  const cardCreatedAt = reader.varint();
  const at = reader.varint();
  const verifier = VERIFIERS[flags & 1];
  const action = ACTIONS[(flags >> 1) & 1];
  if (
    verifier === undefined ||
    action === undefined ||
    filingId === null ||
    roundId === null ||
    cardCreatedAt === null ||
    at === null ||
    !reader.atEnd()
  ) {
    return { ok: false, reason: 'format' };
  }
  const reply: ReplyData = { filingId, roundId, cardCreatedAt, verifier, action, at };
  return replyProblem(reply) === null ? { ok: true, card: reply } : { ok: false, reason: 'format' };
}

/** The reply to `card` for `action` done at `at`: the card's filing, round and issue time come back. */
export function replyTo(card: CardData, action: ReplyAction, at: number): ReplyData {
  return {
    filingId: card.filingId,
    roundId: card.roundId,
    cardCreatedAt: card.createdAt,
    verifier: card.verifier,
    action,
    at: Math.floor(at),
  };
}

// ---------------------------------------------------------------------------------------
// Paths and age
// ---------------------------------------------------------------------------------------

/** Returns the share path that opens a card: `/pages/card/index?c=<code>`. */
export function cardPath(code: string): string {
  return `/pages/card/index?c=${encodeURIComponent(code)}`;
}

/** Returns the share path that opens a reply: `/pages/card/index?r=<code>`. */
export function replyPath(code: string): string {
  return `/pages/card/index?r=${encodeURIComponent(code)}`;
}

/**
 * Returns 'older-than-a-day' when at least 24 hours passed since the card was made, else
 * 'fresh'. A card from the future (clock skew between phones) counts as fresh.
 */
export function cardAgeNote(card: CardData, now: number): 'fresh' | 'older-than-a-day' {
  return now - card.createdAt >= DAY_MS ? 'older-than-a-day' : 'fresh';
}

/**
 * Returns 'made-in-the-future' when the card says it was made more than
 * CARD_FUTURE_TOLERANCE_MS after `now` (the reading phone's clock), else null. Such a card's
 * times (and so its deadline) cannot be trusted, and the card page shows it as invalid.
 */
export function cardTimeProblem(card: CardData, now: number): 'made-in-the-future' | null {
  return card.createdAt > now + CARD_FUTURE_TOLERANCE_MS ? 'made-in-the-future' : null;
}

/**
 * Returns true when the snapshot can no longer be trusted to act on: it is a day old, or
 * it shows a running SMS countdown whose deadline has passed. The MIIT SMS window is
 * 24 hours (domain.md, step 3), so a day-old card's SMS state is out of date either way.
 */
export function isStale(card: CardData, now: number): boolean {
  if (cardAgeNote(card, now) === 'older-than-a-day') return true;
  return card.tasks.sms === 'counting' && card.tasks.smsDeadline !== null && now >= card.tasks.smsDeadline;
}
