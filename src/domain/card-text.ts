/**
 * What free text on a share card may look like, and what on it needs a caution (issue 13,
 * finding 3). Anyone can craft a card, so the card page shows the three free-text fields
 * (company, mini program, sender) as quoted user text, never as the app's own guidance, and
 * warns when they hold links, phone-like numbers or the name of an official body. The official
 * guidance itself comes only from OFFICIAL_GUIDANCE below.
 */
import {
  digitRunSpans,
  isFormatCodePoint,
  normaliseForGuard,
  patternSpans,
  type GuardText,
  type Span,
} from './personal-data';

/**
 * The only official channel of the MIIT SMS verification: the SMS comes from 12381 and is verified
 * on https://beian.miit.gov.cn (seed guide, "MIIT SMS Verification").
 */
export const OFFICIAL_GUIDANCE = {
  smsSender: '12381',
  site: 'beian.miit.gov.cn',
  siteUrl: 'https://beian.miit.gov.cn',
} as const;

/**
 * Returns true when `text` holds a code point that would break or spoof the card's layout:
 * C0/C1 controls, DEL, line/paragraph separators, and every format or default-ignorable code
 * point (zero-width spaces and joiners, bidi embeddings, overrides and isolates, which can make a
 * company name render reversed, soft hyphens, variation selectors, tags).
 */
export function containsForbiddenCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) return true;
  for (const ch of text) if (isFormatCodePoint(ch.codePointAt(0) as number)) return true;
  return false;
}

/**
 * Top-level domains a link on a card would use: generic ones, China's and its neighbours', and
 * the cheap ones phishing favours. 'ltd', 'inc' and 'co' are left out: they end company names.
 */
const TLDS =
  'com|cn|net|org|gov|edu|info|biz|top|xyz|vip|site|online|shop|store|club|app|link|io|cc|tv|hk|mo|tw|us|uk|jp|kr|ru|de|fr|ly|tk|ml|ga|cf|gq|work|tech|icu|fun|ink|wang|pub|live|cloud|space|website|asia|mobi|pro|name|so|la|gd|me';

/** A scheme or 'www.', or host labels ending in a known TLD, with any path after it. */
const LINK = new RegExp(
  `(?:[A-Za-z][A-Za-z0-9+.-]*://|www\\.)\\S*|(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+(?:${TLDS})(?![A-Za-z0-9])(?:[:/?#]\\S*)?`,
  'gi',
);

/** The guard's normalised text with ideographic full stops read as dots ('beian。miit。gov。cn'). */
function forLinks(text: string): GuardText {
  const g = normaliseForGuard(text);
  return { ...g, chars: g.chars.map((ch) => (ch === '\u3002' ? '.' : ch)) };
}

/** Returns the spans of `text` (code point indices) that look like a link or a bare domain. */
export function linkSpans(text: string): Span[] {
  return patternSpans(forLinks(text), LINK);
}

/** Digits in a row (separators ignored) from which card text reads as a phone or service number. */
export const PHONE_LIKE_DIGITS = 5;

/**
 * Names of official bodies a crafted card could pose as: MIIT and its filing system, the
 * provincial communications administrations (管局) that review filings, the 12381 SMS number and
 * WeChat itself. Matched on the normalised text with separators and case removed.
 */
const OFFICIAL_NAMES = [
  '工信部',
  '工业和信息化部',
  '信息产业部',
  '通信管理局',
  '管局',
  '备案中心',
  '备案管理',
  '备案系统',
  '12381',
  'miit',
  'beian',
  '微信团队',
  '微信官方',
  '微信支付官方',
  'wechatteam',
  '腾讯客服',
  '网信办',
];

/** Returns true when `text` names an official body (see OFFICIAL_NAMES), however it is spaced. */
export function namesOfficialBody(text: string): boolean {
  const compact = normaliseForGuard(text)
    .chars.filter((ch) => /[0-9A-Za-z]/.test(ch) || ch.charCodeAt(0) > 0x2fff)
    .join('')
    .toLowerCase();
  return OFFICIAL_NAMES.some((name) => compact.includes(name));
}

export type CardCaution = 'link' | 'phone-like' | 'official-name';

/**
 * Returns what the card page must warn about in these free texts, in a fixed order: a link or
 * bare domain, a phone-like number (5 or more digits), the name of an official body.
 */
export function textCautions(texts: readonly string[]): CardCaution[] {
  const out: CardCaution[] = [];
  if (texts.some((text) => linkSpans(text).length > 0)) out.push('link');
  if (texts.some((text) => digitRunSpans(text, PHONE_LIKE_DIGITS).length > 0)) out.push('phone-like');
  if (texts.some(namesOfficialBody)) out.push('official-name');
  return out;
}
