/**
 * Validators for the identifiers a filing profile carries: the unified social credit code, an
 * old license's registration number, the resident ID, the mainland mobile and the email.
 *
 * Contract (other code relies on it):
 * - every validator is total: it never throws, whatever it is handed at run time;
 * - input is trimmed; codes (credit code, registration number, ID, mobile) lose inner whitespace;
 *   full-width ASCII typed through a Chinese IME (e.g. `１２３`, `Ｘ`) is folded to half-width;
 * - `normalized` is the cleaned value to store or compare, even when the status is not 'valid';
 * - `reason` is a stable machine code; the UI turns it into words.
 */

import { PROVINCES } from '@/domain/provinces';
import { foldFullWidth } from '@/domain/text-fold';

/** Why a value is not plainly valid. Stable machine codes for the UI's message table. */
export type ValidationReason =
  /** Nothing was entered (or the value was not a string at all). */
  | 'empty'
  /** Wrong number of characters. */
  | 'length'
  /** A character outside the identifier's alphabet (e.g. I/O/Z/S/V in a credit code). */
  | 'charset'
  /** The check character does not match. */
  | 'checksum'
  /** Credit code: the registration-authority character (1st) is not one GB 32100 assigns. */
  | 'authority'
  /** The region part is not a known province (ID) or not a plausible division (credit code). */
  | 'region'
  /** ID: digits 7–14 are not a real calendar date between 1900-01-01 and 2100-12-31. */
  | 'birth-date'
  /** ID: the birth date is after the `today` that was passed in. */
  | 'future-birth-date'
  /** The value does not have the expected shape (mobile prefix, email pattern). */
  | 'format';

/** Every reason code, so a message table can be checked for completeness. */
export const VALIDATION_REASONS: readonly ValidationReason[] = [
  'empty',
  'length',
  'charset',
  'checksum',
  'authority',
  'region',
  'birth-date',
  'future-birth-date',
  'format',
];

export interface ValidationResult {
  /** 'warning': well-formed but suspicious (e.g. a credit-code checksum miss); do not block. */
  status: 'valid' | 'warning' | 'invalid';
  normalized: string;
  reason?: ValidationReason;
}

const VALID = (normalized: string): ValidationResult => ({ status: 'valid', normalized });
const invalid = (normalized: string, reason: ValidationReason): ValidationResult => ({
  status: 'invalid',
  normalized,
  reason,
});
const warning = (normalized: string, reason: ValidationReason): ValidationResult => ({
  status: 'warning',
  normalized,
  reason,
});

// The domain's one full-width folding lives in text-fold.ts; re-exported for existing callers.
export { foldFullWidth };

/** The input folded and trimmed, or '' when it is not a string. */
function cleanText(input: unknown): string {
  return typeof input === 'string' ? foldFullWidth(input).trim() : '';
}

/** The input folded with every whitespace character removed, or '' when it is not a string. */
function cleanCode(input: unknown): string {
  return cleanText(input).replace(/\s+/g, '');
}

// ---------------------------------------------------------------------------------------------
// Unified social credit code, GB 32100-2015
// ---------------------------------------------------------------------------------------------

/** GB 32100-2015 code alphabet: digits and upper-case letters without I, O, Z, S, V. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 weights for positions 1–17 (3^(i−1) mod 31). */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Registration-authority codes of GB 32100-2015 table 1 (1 机构编制 … 9 工商, A 中央军委改革和编制办公室,
 * N 农业, Y 其他). Other characters are only warned about: the table has been extended before.
 */
const CREDIT_CODE_AUTHORITIES = '123456789ANY';

/**
 * Two-digit prefixes accepted for the credit code's 6-digit region part (GB/T 2260 provinces,
 * plus 10 for central-level registrations such as 100000).
 */
const CREDIT_CODE_REGION_PREFIXES = new Set<string>(['10', ...PROVINCES.map((p) => p.code)]);

/**
 * The GB 32100-2015 check character for the first 17 characters of a credit code, or undefined
 * when the body is not 17 characters of the code alphabet.
 */
export function creditCodeCheckChar(body17: string): string | undefined {
  if (typeof body17 !== 'string' || body17.length !== 17) return undefined;
  let sum = 0;
  for (const [i, weight] of CREDIT_CODE_WEIGHTS.entries()) {
    const value = CREDIT_CODE_ALPHABET.indexOf(body17.charAt(i));
    if (value < 0) return undefined;
    sum += value * weight;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * Validates a unified social credit code (统一社会信用代码, GB 32100-2015).
 * Returns 'invalid' for a wrong alphabet, length or a non-digit region part; 'warning' for a
 * checksum miss (early pilot codes exist that fail it), an unknown registration authority or an
 * unknown province prefix; 'valid' otherwise. `normalized` is upper-cased without whitespace.
 */
export function validateUnifiedSocialCreditCode(input: string): ValidationResult {
  const code = cleanCode(input).toUpperCase();
  if (code === '') return invalid(code, 'empty');
  for (const ch of code) {
    if (!CREDIT_CODE_ALPHABET.includes(ch)) return invalid(code, 'charset');
  }
  if (code.length !== 18) return invalid(code, 'length');
  // Characters 3–8 are the registering authority's GB/T 2260 division code: always six digits.
  const region = code.slice(2, 8);
  if (!/^\d{6}$/.test(region)) return invalid(code, 'region');
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return warning(code, 'checksum');
  if (!CREDIT_CODE_AUTHORITIES.includes(code.charAt(0))) return warning(code, 'authority');
  if (!CREDIT_CODE_REGION_PREFIXES.has(region.slice(0, 2))) return warning(code, 'region');
  return VALID(code);
}

// ---------------------------------------------------------------------------------------------
// Registration number (工商注册号) of pre-2015 licenses, GS 15-2006
// ---------------------------------------------------------------------------------------------

/**
 * The ISO 7064 MOD 11,10 (GB/T 17710) check digit for the first 14 digits of a registration
 * number, or undefined when the body is not 14 digits. GS 15-2006 uses this hybrid system.
 */
export function registrationNumberCheckDigit(body14: string): string | undefined {
  if (typeof body14 !== 'string' || !/^\d{14}$/.test(body14)) return undefined;
  let product = 10;
  for (const ch of body14) {
    const sum = (product + Number(ch)) % 10;
    product = ((sum === 0 ? 10 : sum) * 2) % 11;
  }
  return String((11 - product) % 10);
}

/**
 * Validates an old license's 15-digit registration number (工商注册号).
 * Returns 'invalid' unless it is 15 digits; 'warning' when the MOD 11,10 check digit misses
 * (numbers issued before GS 15-2006 do not carry it); 'valid' otherwise.
 */
export function validateRegistrationNumber(input: string): ValidationResult {
  const number = cleanCode(input);
  if (number === '') return invalid(number, 'empty');
  if (!/^\d+$/.test(number)) return invalid(number, 'charset');
  if (number.length !== 15) return invalid(number, 'length');
  if (registrationNumberCheckDigit(number.slice(0, 14)) !== number[14]) {
    return warning(number, 'checksum');
  }
  return VALID(number);
}

/**
 * Validates the license number field of a profile, which holds either an 18-character credit
 * code or a 15-digit registration number: 15 digits go to the registration-number rules,
 * everything else to the credit-code rules.
 */
export function validateLicenseNumber(input: string): ValidationResult {
  const number = cleanCode(input);
  return /^\d{15}$/.test(number) ? validateRegistrationNumber(number) : validateUnifiedSocialCreditCode(number);
}

// ---------------------------------------------------------------------------------------------
// Resident ID, GB 11643-1999
// ---------------------------------------------------------------------------------------------

/** GB 11643-1999 weights for digits 1–17 (2^(18−i) mod 11). */
export const RESIDENT_ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643-1999: Σ mod 11 indexes this string to give the check character. */
const RESIDENT_ID_CHECK_CHARS = '10X98765432';

/**
 * Address-code prefixes that are not mainland provinces but do appear in 18-digit numbers:
 * 71/81/82 are GB/T 2260's Taiwan/Hong Kong/Macau, and residence permits for Hong Kong, Macau
 * and Taiwan residents (港澳台居民居住证, 2018) use 810000, 820000 and 830000.
 */
const RESIDENT_ID_EXTRA_REGIONS = ['71', '81', '82', '83'];

const RESIDENT_ID_REGIONS = new Set<string>([...PROVINCES.map((p) => p.code), ...RESIDENT_ID_EXTRA_REGIONS]);

/** The input as a resident ID is stored: folded, without whitespace, lowercase x upper-cased. */
function cleanResidentId(input: unknown): string {
  return cleanCode(input).replace(/x/g, 'X');
}

/**
 * The GB 11643-1999 check character ('0'–'9' or 'X') for the first 17 digits of an ID, or
 * undefined when the body is not 17 digits.
 */
export function residentIdCheckChar(body17: string): string | undefined {
  if (typeof body17 !== 'string' || !/^\d{17}$/.test(body17)) return undefined;
  let sum = 0;
  for (const [i, weight] of RESIDENT_ID_WEIGHTS.entries()) sum += Number(body17.charAt(i)) * weight;
  return RESIDENT_ID_CHECK_CHARS[sum % 11];
}

/** Whether year-month-day is a real Gregorian calendar date (pure arithmetic, no Date, no TZ). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  // A fractional month has no entry: not a date.
  return day <= (monthDays[month - 1] ?? 0);
}

/**
 * The birth date encoded in digits 7–14 of an ID as `YYYY-MM-DD`, or undefined when those
 * digits are missing or not a real calendar date. The input is cleaned like the validator does.
 */
export function idBirthDate(id: string): string | undefined {
  const cleaned = cleanResidentId(id);
  const digits = cleaned.slice(6, 14);
  if (!/^\d{8}$/.test(digits)) return undefined;
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (!isCalendarDate(year, month, day)) return undefined;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

/**
 * The GB/T 2260 province code (first two digits) of an ID, e.g. '44' for Guangdong, or
 * undefined when the ID does not start with two digits. It is not checked against a list.
 */
export function idRegionCode(id: string): string | undefined {
  const prefix = cleanResidentId(id).slice(0, 2);
  return /^\d{2}$/.test(prefix) ? prefix : undefined;
}

/** `today` when it is a well-formed real `YYYY-MM-DD` date, else undefined. */
function parseToday(today: unknown): string | undefined {
  if (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return undefined;
  // The pattern above guarantees three parts; a missing one (NaN) would not be a calendar date.
  const [y = NaN, m = NaN, d = NaN] = today.split('-').map(Number);
  return isCalendarDate(y, m, d) ? today : undefined;
}

/**
 * Validates an 18-character resident ID (公民身份号码, GB 11643-1999).
 * `today` (`YYYY-MM-DD`, China calendar date) enables the "not born in the future" rule; without
 * it the birth date must only be real and within 1900-01-01..2100-12-31. Checks, in order:
 * 'empty', 'charset', 'length', 'region', 'birth-date', 'future-birth-date', 'checksum'.
 * Every failure is 'invalid'; `normalized` has no whitespace and an upper-case X.
 */
export function validateResidentId(input: string, today?: string): ValidationResult {
  const id = cleanResidentId(input);
  if (id === '') return invalid(id, 'empty');
  // Only the 18th character may be X; anything else outside 0-9 is never part of an ID.
  if (!/^\d*X?$/.test(id)) return invalid(id, 'charset');
  if (id.length !== 18) return invalid(id, 'length');
  if (!RESIDENT_ID_REGIONS.has(id.slice(0, 2))) return invalid(id, 'region');
  const birth = idBirthDate(id);
  if (birth === undefined || birth < '1900-01-01' || birth > '2100-12-31') {
    return invalid(id, 'birth-date');
  }
  const todayDate = parseToday(today);
  if (todayDate !== undefined && birth > todayDate) return invalid(id, 'future-birth-date');
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return invalid(id, 'checksum');
  return VALID(id);
}

// ---------------------------------------------------------------------------------------------
// Mainland mobile and email
// ---------------------------------------------------------------------------------------------

/**
 * Validates a mainland mobile number: `^1[3-9]\d{9}$` once spaces, dashes and a leading
 * +86 / 0086 / 86 are removed. Deliberately loose, since new number ranges keep appearing.
 * `normalized` is the 11-digit national number when a prefix was stripped.
 */
export function validateMobile(input: string): ValidationResult {
  const compact = cleanCode(input).replace(/[-\u2010-\u2015\u2212]/g, '');
  if (compact === '') return invalid(compact, 'empty');
  const withoutPrefix = compact.match(/^(?:\+86|0086|86)(1\d{10})$/);
  const mobile = withoutPrefix?.[1] ?? compact;
  if (!/^\d+$/.test(mobile)) return invalid(mobile, 'charset');
  if (mobile.length !== 11) return invalid(mobile, 'length');
  if (!/^1[3-9]\d{9}$/.test(mobile)) return invalid(mobile, 'format');
  return VALID(mobile);
}

/** RFC 5321 limits: a path of at most 254 characters, a local part of at most 64. */
const EMAIL_MAX_LENGTH = 254;
const EMAIL_LOCAL_MAX_LENGTH = 64;

/**
 * One lower-cased domain label: ASCII letters and digits or non-ASCII (IDN) characters, with
 * hyphens only inside. No lookbehind or \p{…}: older WeChat JS engines lack them.
 */
const DOMAIN_LABEL = /^[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?$/;

/**
 * Validates an email address with a practical pattern: local@domain.tld, exactly one @, no
 * whitespace, a domain of at least two non-empty labels whose last one is not all digits,
 * at most 254 characters in total. `normalized` is trimmed with the domain lower-cased.
 */
export function validateEmail(input: string): ValidationResult {
  const text = cleanText(input);
  if (text === '') return invalid(text, 'empty');
  const at = text.lastIndexOf('@');
  const normalized = at < 0 ? text : `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`;
  if (normalized.length > EMAIL_MAX_LENGTH) return invalid(normalized, 'length');
  if (/\s/.test(normalized) || at !== text.indexOf('@') || at < 0) {
    return invalid(normalized, 'format');
  }
  const local = normalized.slice(0, at);
  const domain = normalized.slice(at + 1);
  if (local.length === 0 || local.length > EMAIL_LOCAL_MAX_LENGTH) {
    return invalid(normalized, 'format');
  }
  // No quoting support: the practical local part is printable ASCII minus a few specials.
  if (!/^[^\s@"(),:;<>[\\\]]+$/.test(local) || /^\.|\.\.|\.$/.test(local)) {
    return invalid(normalized, 'format');
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) {
    return invalid(normalized, 'format');
  }
  if (/^\d+$/.test(domain.slice(domain.lastIndexOf('.') + 1))) return invalid(normalized, 'format');
  return VALID(normalized);
}
