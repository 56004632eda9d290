/**
 * The filing number a mini program receives when its ICP filing is approved, e.g.
 * `粤B2-20090059-1626X` or `京ICP备2023000001号-3X`: the entity's filing number (province
 * abbreviation + `ICP备` digits `号`, or a `B2-` licence number) followed by the service number,
 * which for a mini program ends in "X" (WeChat filing guide, step 5 "approved").
 */

import { FILING_ABBREVIATIONS } from '@/domain/provinces';
import { foldFullWidth } from '@/domain/validation';

/** Why a filing number is not valid. Stable machine codes for the UI's message table. */
export type FilingNumberReason =
  /** Nothing was entered (or the value was not a string). */
  | 'empty'
  /** The first character is not a province abbreviation (current or older) from PROVINCES. */
  | 'province'
  /** The part after the abbreviation is neither `ICP备<digits>号` nor `B2-<8 digits>`. */
  | 'format'
  /** The entity part is fine but the mini-program service suffix `-<digits>X` is missing. */
  | 'service-suffix';

/** Every filing-number reason code, so a message table can be checked for completeness. */
export const FILING_NUMBER_REASONS: readonly FilingNumberReason[] = ['empty', 'province', 'format', 'service-suffix'];

export interface FilingNumberResult {
  status: 'valid' | 'invalid';
  /** Canonical form when valid (ICP numbers always carry 号); otherwise the cleaned input. */
  normalized: string;
  reason?: FilingNumberReason;
  /**
   * GB/T 2260 code of the province whose abbreviation starts the number, when recognised; older
   * abbreviations map to the same province (蜀 and 川 → '51', 陇 and 甘 → '62').
   */
  provinceCode?: string;
}

/**
 * Entity part after the abbreviation: `ICP备` + 8 digits (older two-digit-year numbers, e.g.
 * 京ICP备05087018号) or 10 digits (four-digit year + serial, e.g. 粤ICP备2023012345号) + optional
 * 号; or a value-added telecom licence `B2-` + 8 digits. Then the optional service suffix.
 */
const FILING_BODY = /^(?:ICP备(\d{8}|\d{10})号?|B2-(\d{8}))(?:-(\d+)(X?))?$/;

/** The input without whitespace, with dash variants as '-', full-width ASCII folded, upper-case. */
function cleanFilingNumber(input: unknown): string {
  if (typeof input !== 'string') return '';
  return foldFullWidth(input)
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63]/g, '-')
    .toUpperCase();
}

/**
 * Validates a mini program's filing number. Returns 'valid' with the canonical number and the
 * province code, or 'invalid' with the first failing rule: 'empty', 'province', 'format',
 * 'service-suffix' (a website-style number without the trailing X, or no service number).
 */
export function validateFilingNumber(input: string): FilingNumberResult {
  const text = cleanFilingNumber(input);
  if (text === '') return { status: 'invalid', normalized: text, reason: 'empty' };
  // The number is kept with the abbreviation it was issued with: an older 川 number stays 川.
  const prefix = FILING_ABBREVIATIONS.find((entry) => text.startsWith(entry.abbr));
  if (!prefix) return { status: 'invalid', normalized: text, reason: 'province' };
  const provinceCode = prefix.province.code;
  const match = FILING_BODY.exec(text.slice(prefix.abbr.length));
  if (!match) return { status: 'invalid', normalized: text, reason: 'format', provinceCode };
  const [, icpDigits, b2Digits, serviceNumber, serviceX] = match;
  if (serviceNumber === undefined || serviceX !== 'X') {
    return { status: 'invalid', normalized: text, reason: 'service-suffix', provinceCode };
  }
  const entityPart = icpDigits !== undefined ? `ICP备${icpDigits}号` : `B2-${b2Digits}`;
  return {
    status: 'valid',
    normalized: `${prefix.abbr}${entityPart}-${serviceNumber}X`,
    provinceCode,
  };
}
