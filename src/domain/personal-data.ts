/**
 * The personal-data guard of the share card: what may never travel in a card, whatever the
 * administrator typed and however it was spaced (domain.md "Sharing"; issue 13, finding 2).
 *
 * Text is normalised before anything is looked for:
 * 1. NFKC, so full-width, circled, superscript and mathematical digits read as 0–9 (where the
 *    runtime lacks `String.prototype.normalize`, the domain's full-width folding stands in);
 * 2. decimal digits of every script (Unicode Nd) read as 0–9;
 * 3. zero-width and other format characters (Unicode Cf and Default_Ignorable_Code_Point) are
 *    dropped, so they cannot split a number;
 * 4. every character that is not a letter counts as a separator, so '138–0013–8000',
 *    '138/0013/8000', '138·0013·8000' and '138 0013 8000' are all one run of 11 digits.
 *
 * Then a run of 6 or more digits is an identifier: mobile (11), landline (7–8 plus area code),
 * resident ID (17 + check), bank card (16–19), old licence number (15), and the unified social
 * credit code, whose characters 3–8 are always a 6-digit administrative division (GB 32100-2015).
 * Removal takes the run together with the up to 10 letters or digits that follow it, which
 * covers the rest of a credit code (its 9-character organisation code and check character) and
 * the X of an ID number; what can be left before the run is at most the 2 leading characters of
 * a credit code. So no 6-character piece of any of them survives. Emails go whole.
 * Ordinary names with a few digits ('2046 工作室', 'ACME 2024 Co., Ltd.') pass untouched.
 */
import { foldFullWidth } from './text-fold';

/** A run of this many digits (separators between them ignored) is a personal identifier. */
export const IDENTIFIER_DIGITS = 6;

/** After an identifier's digit run, this many letters or digits go with it (rest of a credit code). */
const IDENTIFIER_TAIL = 10;

/**
 * Zero points of every Unicode 17 decimal-digit run (general category Nd): the code point
 * `zero + k` is the digit k. Checked against the runtime's \p{Nd} in the tests.
 */
const DIGIT_ZEROS: readonly number[] = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0,
  0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0, 0x116da, 0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50,
  0x11da0, 0x11de0, 0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
  0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];

/**
 * Format and default-ignorable code points (Unicode 17 Cf ∪ Default_Ignorable_Code_Point): zero-
 * width spaces and joiners, bidi controls, soft hyphen, variation selectors, tags. Invisible, so
 * they are dropped before looking and never allowed on a card. Checked against \p{Cf} in the tests.
 */
const FORMAT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x600, 0x605],
  [0x61c, 0x61c],
  [0x6dd, 0x6dd],
  [0x70f, 0x70f],
  [0x890, 0x891],
  [0x8e2, 0x8e2],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfffb],
  [0x110bd, 0x110bd],
  [0x110cd, 0x110cd],
  [0x13430, 0x1343f],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];

/**
 * Letters that end a digit run: ASCII, Latin-1 and Latin Extended letters, basic Greek and
 * Cyrillic, CJK ideographs, kana and Hangul syllables (each range lies inside Unicode's \p{L},
 * checked in the tests). Every other character separates; a rarer script's letter between
 * digits therefore joins them, which errs on the side of removing too much.
 */
const LETTER =
  /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0391-\u03a1\u03a3-\u03a9\u03b1-\u03c9\u0410-\u044f\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\uac00-\ud7a3]/;

/** True for a format or default-ignorable code point. */
export function isFormatCodePoint(cp: number): boolean {
  // Fast exits for ASCII and for U+3165–U+FDFF (CJK, kana, Hangul), where none lies.
  if (cp < 0xad || (cp > 0x3164 && cp < 0xfe00)) return false;
  for (const [from, to] of FORMAT_RANGES) if (cp >= from && cp <= to) return true;
  return false;
}

/** The ASCII digit of a Unicode decimal digit code point, or null. */
function digitValue(cp: number): string | null {
  if (cp < 0x660) return cp >= 0x30 && cp <= 0x39 ? String.fromCharCode(cp) : null;
  // No decimal digits between U+1C5A and U+A61F (CJK, kana, Hangul jamo and more).
  if (cp > 0x1c59 && cp < 0xa620) return null;
  for (const zero of DIGIT_ZEROS) {
    if (cp < zero) return null;
    if (cp < zero + 10) return String(cp - zero);
  }
  return null;
}

/** NFKC of one code point where the runtime has it; the full-width folding otherwise. */
function compatibilityForm(ch: string): string {
  if (typeof ch.normalize === 'function') {
    try {
      return foldFullWidth(ch.normalize('NFKC'));
    } catch {
      // A runtime without ICU data throws here; the folding below still applies.
    }
  }
  return foldFullWidth(ch);
}

/**
 * `text` normalised for looking (see the module comment), one entry per resulting character:
 * `chars[j]` is an ASCII digit, a letter or any other character, and `origin[j]` the index of the
 * code point of `text` it came from. Format characters leave no entry.
 */
export interface GuardText {
  source: string[];
  chars: string[];
  origin: number[];
}

/** True when NFKC leaves `text` as it is (then no code point needs its own NFKC). */
function alreadyCompatible(text: string): boolean {
  if (typeof text.normalize !== 'function') return false;
  try {
    return text.normalize('NFKC') === text;
  } catch {
    return false;
  }
}

/** Returns `text` normalised for the guard, with the origin of every character. */
export function normaliseForGuard(text: string): GuardText {
  const whole = typeof text === 'string' ? text : '';
  const source = Array.from(whole);
  const chars: string[] = [];
  const origin: number[] = [];
  // Most names are NFKC already (CJK, ASCII): one whole-string check spares a call per character.
  const stable = alreadyCompatible(whole);
  source.forEach((ch, index) => {
    const cp = ch.codePointAt(0) as number;
    if (isFormatCodePoint(cp)) return;
    for (const part of Array.from(cp < 0x80 || stable ? ch : compatibilityForm(ch))) {
      const partCp = part.codePointAt(0) as number;
      if (isFormatCodePoint(partCp)) continue;
      chars.push(digitValue(partCp) ?? part);
      origin.push(index);
    }
  });
  return { source, chars, origin };
}

const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const isAsciiAlnum = (ch: string) => /^[0-9A-Za-z]$/.test(ch);

/** A span of code points of the original text, [start, end). */
export type Span = readonly [number, number];

/**
 * Returns the spans of `text` (code point indices) holding digit runs of at least `minDigits`
 * digits, separators between them ignored, each with the up to `tail` letters or digits that
 * follow it (again across separators, never across another letter).
 */
export function digitRunSpans(text: string | GuardText, minDigits: number, tail = 0): Span[] {
  const g = typeof text === 'string' ? normaliseForGuard(text) : text;
  const spans: Span[] = [];
  // Every index below is under g.chars.length, and g.origin runs parallel to g.chars
  // (normaliseForGuard pushes both together), so the `!` reads are in range.
  let j = 0;
  while (j < g.chars.length) {
    if (!isDigit(g.chars[j]!)) {
      j += 1;
      continue;
    }
    // A run: digits with only separators (non-letters, non-digits) between them.
    let digits = 0;
    let last = j;
    let k = j;
    for (; k < g.chars.length; k += 1) {
      const ch = g.chars[k]!;
      if (isDigit(ch)) {
        digits += 1;
        last = k;
      } else if (LETTER.test(ch)) break;
    }
    if (digits >= minDigits) {
      let end = last;
      let taken = 0;
      for (let m = last + 1; m < g.chars.length && taken < tail; m += 1) {
        const ch = g.chars[m]!;
        if (isAsciiAlnum(ch)) {
          taken += 1;
          end = m;
        } else if (LETTER.test(ch)) break;
      }
      spans.push([g.origin[j]!, g.origin[end]! + 1]);
      j = end + 1;
    } else {
      j = k;
    }
  }
  return spans;
}

/** Local part, '@', domain with a dot: RFC 5321's common shape, after normalisation. */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Returns the spans of `text` matched by `pattern` (which must have the 'g' flag) on its normalised form. */
export function patternSpans(text: string | GuardText, pattern: RegExp): Span[] {
  const g = typeof text === 'string' ? normaliseForGuard(text) : text;
  const joined = g.chars.join('');
  // Map UTF-16 offsets of `joined` back to entries of g.chars.
  const entryAt: number[] = [];
  g.chars.forEach((ch, index) => {
    for (let u = 0; u < ch.length; u += 1) entryAt.push(index);
  });
  const spans: Span[] = [];
  const re = pattern;
  re.lastIndex = 0;
  for (let m = re.exec(joined); m !== null; m = re.exec(joined)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    // A non-empty match lies inside `joined`, whose every UTF-16 offset has its entry in entryAt,
    // and g.origin runs parallel to g.chars: both reads are in range.
    const first = entryAt[m.index]!;
    const last = entryAt[m.index + m[0].length - 1]!;
    spans.push([g.origin[first]!, g.origin[last]! + 1]);
  }
  return spans;
}

/**
 * True when every character of `text` is a CJK ideograph, CJK or full-width punctuation, or
 * printable ASCII other than a digit or '@': such text holds no digit of any script and no '@' after normalisation, so
 * the guard has nothing to find. Most names pass this quick look.
 */
function plainlyFree(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const plain =
      (c >= 0x20 && c < 0x7f && (c < 0x30 || c > 0x39) && c !== 0x40) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x3001 && c <= 0x3006) ||
      (c >= 0x3008 && c <= 0x3011) ||
      c === 0xff08 || // full-width brackets, comma, colon, semicolon (common in company names)
      c === 0xff09 ||
      c === 0xff0c ||
      c === 0xff1a ||
      c === 0xff1b;
    if (!plain) return false;
  }
  return true;
}

/** Returns the spans of `text` that hold personal identifiers: identifier digit runs and emails. */
export function personalDataSpans(text: string): Span[] {
  if (typeof text !== 'string' || plainlyFree(text)) return [];
  const g = normaliseForGuard(text);
  return [...digitRunSpans(g, IDENTIFIER_DIGITS, IDENTIFIER_TAIL), ...patternSpans(g, EMAIL)];
}

/**
 * Returns true when `text` holds what the card must never carry: a run of 6 or more digits once
 * normalised (whatever separates them), or an email address.
 */
export function containsPersonalIdentifier(text: string): boolean {
  return personalDataSpans(text).length > 0;
}

/** Returns the number of digits in the longest run of `text` (separators between digits ignored). */
export function longestDigitRun(text: string): number {
  const g = normaliseForGuard(text);
  let longest = 0;
  let run = 0;
  for (const ch of g.chars) {
    if (isDigit(ch)) run += 1;
    else if (LETTER.test(ch)) run = 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Returns `source` (code points) with every span removed and each removal replaced by one space,
 * and with format characters dropped.
 */
export function removeSpans(source: readonly string[], spans: readonly Span[]): string {
  const cut = new Array<boolean>(source.length).fill(false);
  for (const [start, end] of spans) for (let i = start; i < end; i += 1) cut[i] = true;
  let out = '';
  source.forEach((ch, i) => {
    if (cut[i]) {
      if (i === 0 || !cut[i - 1]) out += ' ';
    } else if (!isFormatCodePoint(ch.codePointAt(0) as number)) {
      out += ch;
    }
  });
  return out;
}

/**
 * Returns `text` without personal identifiers (see containsPersonalIdentifier) and without
 * format characters; what the guard finds is cut from the text as typed, so the rest keeps its
 * own characters (full-width brackets of a company name stay full-width).
 */
export function scrubPersonalData(text: string): string {
  const source = Array.from(typeof text === 'string' ? text : '');
  return removeSpans(source, personalDataSpans(source.join('')));
}
