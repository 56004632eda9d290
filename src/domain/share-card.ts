/**
 * Share-card codec: the link the administrator sends to the legal representative (or the
 * person in charge) inside WeChat.
 *
 * WeChat storage is per user, so the other phone sees only what the card itself carries
 * (domain.md, "Sharing"). The card therefore holds a small snapshot, and by construction no
 * field can hold an ID number, credit code, phone, email, bank details or photos: only the
 * company name, the mini program name and the sender's display name are free text, and
 * those three are also screened by `containsPersonalIdentifier`.
 *
 * Wire format (version 1), bytes then base64url without padding:
 *
 *   card:  0x11 | flags | len filingId | createdAt varint | [smsDeadline varint]
 *          | done varint | total varint | len company | len miniProgram | len sender | CRC-32
 *   reply: 0x21 | flags | len filingId | at varint | CRC-32
 *
 * Every version of every kind must keep this framing: a first tag byte, and a big-endian
 * CRC-32 (IEEE 802.3) of all preceding bytes at the end. The decoder checks the CRC before
 * the tag, so garbage reads as 'checksum' and only an intact frame of another kind or
 * version reads as 'version'. Text is UTF-8, lengths and numbers are unsigned LEB128
 * varints, all in canonical (shortest) form so one card has exactly one code.
 *
 * TextEncoder, atob/btoa and Buffer are not used: they are missing from some WeChat JS
 * runtimes, and UTF-8 plus base64url are a few dozen lines.
 */

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
  /** Entity name, 1..CARD_TEXT_LIMITS.company UTF-8 bytes. */
  company: string;
  /** Mini program name, 0..CARD_TEXT_LIMITS.miniProgram UTF-8 bytes ('' if not named yet). */
  miniProgram: string;
  /** Sender's display name, 0..CARD_TEXT_LIMITS.sender UTF-8 bytes. */
  sender: string;
  /** When the card was made, epoch ms (integer, stored exactly). */
  createdAt: number;
  tasks: {
    idPhotos: IdPhotosTask;
    sms: SmsTask;
    /** End of the 24-hour MIIT SMS window, epoch ms; set exactly when sms is 'counting' or 'expired'. */
    smsDeadline: number | null;
  };
  /** Journey steps done out of total; 0 ≤ done ≤ total, 1 ≤ total ≤ MAX_PROGRESS_TOTAL. */
  progress: { done: number; total: number };
  /** Who is asked to act on the card. */
  verifier: Verifier;
}

/** What the legal representative sends back. */
export interface ReplyData {
  filingId: string;
  verifier: Verifier;
  action: ReplyAction;
  /** When the action was done, epoch ms (integer). */
  at: number;
}

export type DecodeFailure = 'empty' | 'too-long' | 'version' | 'checksum' | 'format';
export type DecodeResult<T> = { ok: true; card: T } | { ok: false; reason: DecodeFailure };

/**
 * Why a card or reply cannot be encoded (also the reason a decoded payload is 'format').
 * Machine-readable so the UI can say which field to shorten or fix.
 */
export type ShareDataProblem =
  | 'not-an-object'
  | 'filing-id'
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
 * UTF-8 byte budgets of the free-text fields. With them the largest possible card is 331
 * bytes = 442 characters, so any card path (462 bytes) stays within MAX_PATH_BYTES. 90 bytes hold
 * 30 Chinese characters, WeChat's own cap on a mini program name; 150 hold a 50-character
 * company name.
 */
export const CARD_TEXT_LIMITS = { company: 150, miniProgram: 90, sender: 48 } as const;

/** Codes longer than this are rejected before any decoding work ('too-long'). */
export const MAX_CODE_LENGTH = 1024;

/** domain.md "Sharing": no official limit on a share path is published; keep it ≤ 512 bytes. */
export const MAX_PATH_BYTES = 512;

/** Upper bound of progress.total; a journey has a few dozen steps at most. */
export const MAX_PROGRESS_TOTAL = 999;

/** Accepted timestamps: 2020-01-01T00:00:00Z ≤ t < 2100-01-01T00:00:00Z (keeps varints ≤ 6 bytes). */
export const MIN_EPOCH_MS = 1577836800000;
export const MAX_EPOCH_MS = 4102444800000;

const DAY_MS = 24 * 60 * 60 * 1000;

const CARD_TAG_V1 = 0x11;
const REPLY_TAG_V1 = 0x21;
const CRC_BYTES = 4;

const SMS_STATES: readonly SmsTask[] = ['waiting', 'counting', 'verified', 'expired'];
const VERIFIERS: readonly Verifier[] = ['legal-representative', 'person-in-charge'];
const ACTIONS: readonly ReplyAction[] = ['sms-verified', 'id-photos-sent'];
const FILING_ID_PATTERN = /^[A-Za-z0-9_-]{10,16}$/;

// ---------------------------------------------------------------------------------------
// UTF-8, base64url, CRC-32, varints
// ---------------------------------------------------------------------------------------

/**
 * Returns the UTF-8 bytes of `text`, or null when it holds a lone surrogate (which has no
 * UTF-8 form).
 */
export function utf8Encode(text: string): Uint8Array | null {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (cp > 0xdbff || next < 0xdc00 || next > 0xdfff) return null;
      cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** Returns the number of UTF-8 bytes of `text`, or -1 when it holds a lone surrogate. */
export function utf8ByteLength(text: string): number {
  const bytes = utf8Encode(text);
  return bytes === null ? -1 : bytes.length;
}

/**
 * Returns the text of `bytes[start, end)` as strict UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequences), or null when invalid.
 */
export function utf8Decode(bytes: Uint8Array, start = 0, end = bytes.length): string | null {
  let out = '';
  let i = start;
  while (i < end) {
    const b0 = bytes[i];
    let cp: number;
    let need: number;
    let min: number;
    if (b0 < 0x80) {
      out += String.fromCharCode(b0);
      i++;
      continue;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      cp = b0 & 0x1f;
      need = 1;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      cp = b0 & 0x0f;
      need = 2;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      cp = b0 & 0x07;
      need = 3;
      min = 0x10000;
    } else {
      return null;
    }
    if (i + need >= end) return null;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      if ((b & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/**
 * Returns the longest prefix of `text` that fits in `maxBytes` UTF-8 bytes, cut on a code
 * point boundary (a ZWJ emoji sequence may lose its tail). Lone surrogates are dropped.
 * The UI uses it to fit a long company name into a card.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (used + size > maxBytes) break;
    out += ch;
    used += size;
  }
  return out;
}

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_VALUES: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) table[BASE64URL_ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Returns `bytes` as base64url (RFC 4648 §5) without padding. */
export function base64UrlEncode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out +=
      BASE64URL_ALPHABET[n >> 18] +
      BASE64URL_ALPHABET[(n >> 12) & 63] +
      BASE64URL_ALPHABET[(n >> 6) & 63] +
      BASE64URL_ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += BASE64URL_ALPHABET[n >> 18] + BASE64URL_ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += BASE64URL_ALPHABET[n >> 18] + BASE64URL_ALPHABET[(n >> 12) & 63] + BASE64URL_ALPHABET[(n >> 6) & 63];
  }
  return out;
}

/**
 * Returns the bytes of unpadded base64url `text`, or null unless it is canonical: only
 * [A-Za-z0-9_-], no '=' padding, length not ≡ 1 (mod 4), and zero unused trailing bits
 * (so no two strings decode to the same bytes).
 */
export function base64UrlDecode(text: string): Uint8Array | null {
  const len = text.length;
  if (len % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? BASE64URL_VALUES[c] : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

const CRC32_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * Returns the CRC-32 (IEEE 802.3, as in zlib/PNG) of `bytes[start, end)` as an unsigned
 * integer. It catches every error burst of ≤ 32 bits, so any single changed base64
 * character (6 bits) is always detected.
 */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC32_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Appends `value` (a non-negative safe integer) as an unsigned LEB128 varint. */
function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Reads canonical varints, strings and bytes from a payload; any fault yields null. */
class PayloadReader {
  private pos = 0;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly end: number,
  ) {}

  byte(): number | null {
    return this.pos < this.end ? this.bytes[this.pos++] : null;
  }

  /** At most 7 bytes (49 bits, exact in a double); a final 0x00 byte is an overlong form. */
  varint(): number | null {
    let value = 0;
    let scale = 1;
    for (let k = 0; k < 7; k++) {
      const b = this.byte();
      if (b === null) return null;
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return k > 0 && b === 0 ? null : value;
      scale *= 0x80;
    }
    return null;
  }

  /** A varint byte length, then that many bytes of strict UTF-8. */
  text(maxBytes: number): string | null {
    const len = this.varint();
    if (len === null || len > maxBytes || this.pos + len > this.end) return null;
    const text = utf8Decode(this.bytes, this.pos, this.pos + len);
    this.pos += len;
    return text;
  }

  atEnd(): boolean {
    return this.pos === this.end;
  }
}

// ---------------------------------------------------------------------------------------
// Field rules
// ---------------------------------------------------------------------------------------

/**
 * Returns true when `text` holds a code point that would break or spoof the card's layout:
 * C0/C1 controls, DEL, line/paragraph separators, and bidi embedding/override/isolate
 * controls (U+202A–202E, U+2066–2069), which can make a company name render reversed.
 */
export function containsForbiddenCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(text);
}

/**
 * Returns true when `text` looks like it carries personal identifiers the card must never
 * carry (domain.md "Sharing"): a run of ≥ 11 digits once spaces, dots and dashes are
 * removed (mobile numbers, resident IDs, bank cards, old 15-digit licence numbers), an
 * alphanumeric run of ≥ 15 with ≥ 6 digits (unified social credit codes such as
 * 91350100M000100Y43), or an email address. Full-width forms count as their ASCII twins.
 * A heuristic guard on top of the schema, which has no field for such data.
 */
export function containsPersonalIdentifier(text: string): boolean {
  // Every pattern below needs a digit or an '@'; most names have neither, so skip the work.
  if (!/[0-9@\uff10-\uff19\uff20]/.test(text)) return false;
  const ascii = text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (/\d{11,}/.test(ascii.replace(/[\s.\-\u3000]/g, ''))) return true;
  const runs = ascii.match(/[0-9A-Za-z]{15,}/g) ?? [];
  if (runs.some((run) => (run.match(/\d/g) ?? []).length >= 6)) return true;
  return /[^\s@]+@[^\s@]+\.[^\s@]+/.test(ascii);
}

function isEpochMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_EPOCH_MS && value < MAX_EPOCH_MS;
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
 * Returns the first reason `card` is not a valid CardData, or null when it is. encodeCard
 * throws on exactly these, and decodeCard reports them as 'format'.
 */
export function cardProblem(card: unknown): ShareDataProblem | null {
  if (!isRecord(card)) return 'not-an-object';
  if (typeof card.filingId !== 'string' || !FILING_ID_PATTERN.test(card.filingId)) return 'filing-id';
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
  // A deadline exists only while the 24-hour window runs or after it ran out.
  const needsDeadline = tasks.sms === 'counting' || tasks.sms === 'expired';
  if (needsDeadline ? !isEpochMs(tasks.smsDeadline) : tasks.smsDeadline !== null) return 'sms-deadline';
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
  if (typeof reply.filingId !== 'string' || !FILING_ID_PATTERN.test(reply.filingId)) return 'filing-id';
  if (!VERIFIERS.includes(reply.verifier as Verifier)) return 'verifier';
  if (!ACTIONS.includes(reply.action as ReplyAction)) return 'action';
  if (!isEpochMs(reply.at)) return 'at';
  return null;
}

// ---------------------------------------------------------------------------------------
// Framing
// ---------------------------------------------------------------------------------------

function pushText(out: number[], text: string): void {
  const bytes = utf8Encode(text) as Uint8Array; // validated before: no lone surrogates
  pushVarint(out, bytes.length);
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i]);
}

function seal(out: number[]): string {
  const bytes = Uint8Array.from(out);
  const crc = crc32(bytes);
  const framed = new Uint8Array(bytes.length + CRC_BYTES);
  framed.set(bytes);
  framed[bytes.length] = crc >>> 24;
  framed[bytes.length + 1] = (crc >>> 16) & 0xff;
  framed[bytes.length + 2] = (crc >>> 8) & 0xff;
  framed[bytes.length + 3] = crc & 0xff;
  return base64UrlEncode(framed);
}

/**
 * Returns the frame's bytes after the shared checks (input type, length, URI decoding,
 * base64url, CRC, tag), or the failure. Accepts the code raw or URI-encoded once or twice.
 * Our alphabet has no '+', ' ' or '=', so a '+'→space or padding mutation can only add a
 * foreign character, which is rejected as 'format' rather than guessed back.
 */
function openFrame(code: unknown, tag: number): { ok: true; bytes: Uint8Array } | { ok: false; reason: DecodeFailure } {
  if (code === undefined || code === null || code === '') return { ok: false, reason: 'empty' };
  if (typeof code !== 'string') return { ok: false, reason: 'format' };
  if (code.length > MAX_CODE_LENGTH) return { ok: false, reason: 'too-long' };
  let text = code;
  for (let round = 0; round < 2 && text.indexOf('%') >= 0; round++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return { ok: false, reason: 'format' };
    }
  }
  if (text === '') return { ok: false, reason: 'empty' };
  const bytes = base64UrlDecode(text);
  if (bytes === null || bytes.length < 1 + CRC_BYTES) return { ok: false, reason: 'format' };
  const body = bytes.length - CRC_BYTES;
  const stored = ((bytes[body] << 24) | (bytes[body + 1] << 16) | (bytes[body + 2] << 8) | bytes[body + 3]) >>> 0;
  if (stored !== crc32(bytes, 0, body)) return { ok: false, reason: 'checksum' };
  if (bytes[0] !== tag) return { ok: false, reason: 'version' };
  return { ok: true, bytes };
}

// ---------------------------------------------------------------------------------------
// Public codec
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
  const out: number[] = [CARD_TAG_V1, flags];
  pushText(out, card.filingId);
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
  const frame = openFrame(code, CARD_TAG_V1);
  if (!frame.ok) return frame;
  const bytes = frame.bytes;
  const reader = new PayloadReader(bytes, bytes.length - CRC_BYTES);
  reader.byte(); // tag, checked by openFrame
  const flags = reader.byte();
  if (flags === null || flags > 0x0f) return { ok: false, reason: 'format' };
  const sms = SMS_STATES[(flags >> 1) & 3];
  const filingId = reader.text(16);
  const createdAt = reader.varint();
  const smsDeadline = sms === 'counting' || sms === 'expired' ? reader.varint() : null;
  const done = reader.varint();
  const total = reader.varint();
  const company = reader.text(CARD_TEXT_LIMITS.company);
  const miniProgram = reader.text(CARD_TEXT_LIMITS.miniProgram);
  const sender = reader.text(CARD_TEXT_LIMITS.sender);
  if (
    filingId === null ||
    createdAt === null ||
    (smsDeadline === null && (sms === 'counting' || sms === 'expired')) ||
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
    company,
    miniProgram,
    sender,
    createdAt,
    tasks: { idPhotos: flags & 1 ? 'done' : 'todo', sms, smsDeadline },
    progress: { done, total },
    verifier: VERIFIERS[(flags >> 3) & 1],
  };
  return cardProblem(card) === null ? { ok: true, card } : { ok: false, reason: 'format' };
}

/** Returns the URL-safe code of `reply`; throws a RangeError naming the problem when invalid. */
export function encodeReply(reply: ReplyData): string {
  const problem = replyProblem(reply);
  if (problem) throw new RangeError(`encodeReply: invalid reply (${problem})`);
  const flags = VERIFIERS.indexOf(reply.verifier) | (ACTIONS.indexOf(reply.action) << 1);
  const out: number[] = [REPLY_TAG_V1, flags];
  pushText(out, reply.filingId);
  pushVarint(out, reply.at);
  return seal(out);
}

/** Returns the reply in `code`, or why there is none; same reasons as decodeCard, never throws. */
export function decodeReply(code: unknown): DecodeResult<ReplyData> {
  const frame = openFrame(code, REPLY_TAG_V1);
  if (!frame.ok) return frame;
  const bytes = frame.bytes;
  const reader = new PayloadReader(bytes, bytes.length - CRC_BYTES);
  reader.byte();
  const flags = reader.byte();
  if (flags === null || flags > 0x03) return { ok: false, reason: 'format' };
  const filingId = reader.text(16);
  const at = reader.varint();
  if (filingId === null || at === null || !reader.atEnd()) return { ok: false, reason: 'format' };
  const reply: ReplyData = { filingId, verifier: VERIFIERS[flags & 1], action: ACTIONS[(flags >> 1) & 1], at };
  return replyProblem(reply) === null ? { ok: true, card: reply } : { ok: false, reason: 'format' };
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
 * Returns true when the snapshot can no longer be trusted to act on: it is a day old, or
 * it shows a running SMS countdown whose deadline has passed. The MIIT SMS window is
 * 24 hours (domain.md, step 3), so a day-old card's SMS state is out of date either way.
 */
export function isStale(card: CardData, now: number): boolean {
  if (cardAgeNote(card, now) === 'older-than-a-day') return true;
  return card.tasks.sms === 'counting' && card.tasks.smsDeadline !== null && now >= card.tasks.smsDeadline;
}
