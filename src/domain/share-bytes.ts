/**
 * The share card's byte codec: UTF-8, base64url, CRC-32, varints and the frame every card and
 * reply is sealed in. Knows nothing of what a card says (share-card.ts does).
 *
 * Framing, for every kind and version: a first tag byte, the payload, and a big-endian CRC-32
 * (IEEE 802.3) of all preceding bytes at the end, then base64url without padding. The decoder
 * checks the CRC before the tag, so garbage reads as 'checksum' and only an intact frame of
 * another kind or version reads as 'version'. Text is UTF-8, lengths and numbers are unsigned
 * LEB128 varints, all in canonical (shortest) form so one payload has exactly one code.
 *
 * TextEncoder, atob/btoa and Buffer are not used: they are missing from some WeChat JS
 * runtimes, and UTF-8 plus base64url are a few dozen lines.
 */

export type DecodeFailure = 'empty' | 'too-long' | 'version' | 'checksum' | 'format';

/**
 * Codes longer than this are rejected before any decoding work ('too-long'). The largest card is
 * 464 characters; with every character percent-encoded once (as some link handlers do) that is
 * 1,392, which still fits.
 */
export const MAX_CODE_LENGTH = 1536;

const CRC_BYTES = 4;

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
    // `end` past the array's end is a truncated sequence, not a zero byte.
    if (b0 === undefined) return null;
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
      if (b === undefined || (b & 0xc0) !== 0x80) return null;
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
  const digit = (sextet: number) => BASE64URL_ALPHABET.charAt(sextet);
  let i = 0;
  // Every `bytes[…]!` below is below bytes.length: the loop reads i..i+2 while i + 2 < length,
  // and `rest` counts the bytes left after it.
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += digit(n >> 18) + digit((n >> 12) & 63) + digit((n >> 6) & 63) + digit(n & 63);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += digit(n >> 18) + digit((n >> 12) & 63);
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += digit(n >> 18) + digit((n >> 12) & 63) + digit((n >> 6) & 63);
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
    const v = (c < 128 ? BASE64URL_VALUES[c] : undefined) ?? -1;
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
  const range = bytes.subarray(start, end);
  // i is below range.length, and a byte masked to 0xff indexes the 256-entry table.
  for (let i = 0; i < range.length; i++) c = CRC32_TABLE[(c ^ range[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Appends `value` (a non-negative safe integer) as an unsigned LEB128 varint. */
export function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Reads canonical varints, strings and bytes from a payload; any fault yields null. */
export class PayloadReader {
  private pos = 0;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly end: number,
  ) {}

  byte(): number | null {
    return this.pos < this.end ? (this.bytes[this.pos++] ?? null) : null;
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
// Framing
// ---------------------------------------------------------------------------------------

/** Appends `text` as a varint byte length and its UTF-8 bytes (validated before: no lone surrogates). */
export function pushText(out: number[], text: string): void {
  const bytes = utf8Encode(text) as Uint8Array;
  pushVarint(out, bytes.length);
  bytes.forEach((b) => out.push(b));
}

/** Returns the base64url code of `out` followed by its CRC-32. */
export function seal(out: number[]): string {
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
 * Returns the frame's bytes (CRC included) after the shared checks (input type, length, URI decoding,
 * base64url, CRC, tag), or the failure. Accepts the code raw or URI-encoded once or twice.
 * Our alphabet has no '+', ' ' or '=', so a '+'→space or padding mutation can only add a
 * foreign character, which is rejected as 'format' rather than guessed back.
 */
export function openFrame(
  code: unknown,
  tag: number,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: DecodeFailure } {
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
  const stored = new DataView(bytes.buffer, bytes.byteOffset + body, CRC_BYTES).getUint32(0);
  if (stored !== crc32(bytes, 0, body)) return { ok: false, reason: 'checksum' };
  if (bytes[0] !== tag) return { ok: false, reason: 'version' };
  return { ok: true, bytes };
}

/** Returns a reader over the payload of an opened frame, past its tag byte. */
export function payloadOf(bytes: Uint8Array): PayloadReader {
  const reader = new PayloadReader(bytes, bytes.length - CRC_BYTES);
  reader.byte();
  return reader;
}
