/**
 * Format checks for every identity document a person in charge may file with. Where a format is
 * standard the check blocks ('invalid'); where it is not (passports), an unusual number is only a
 * 'warning' and never blocks the user.
 *
 * Sources:
 * - 居民身份证: GB 11643-1999 (validateResidentId).
 * - 港澳台居民居住证: the 公民身份号码 standard with address codes 810000 (Hong Kong), 820000 (Macau)
 *   and 830000 (Taiwan) (港澳台居民居住证申领发放办法, 2018; summarised at
 *   https://cidian.kuaisou.com/%E5%B1%85%E6%B0%91%E5%B1%85%E4%BD%8F%E8%AF%81%E5%8F%B7).
 * - 港澳居民来往内地通行证: "H" (Hong Kong) or "M" (Macau), then 8 digits of the holder's lifelong
 *   number and 2 digits counting renewals; the first 9 characters identify the holder (Ministry of
 *   Public Security, 港澳居民来往内地通行证号码规则, 2010: http://lhoil.com/law/law_view.asp?id=324224).
 *   Cards print either the 9-character or the 11-character form, so both are accepted.
 * - 台湾居民来往大陆通行证: 8 digits, "一人一号、终身不变" since 2008-09-25
 *   (http://www.ncdzx.com/sy/rdxw/200809/t20080912_742862.htm); older 5-year permits have all expired.
 * - 外国人永久居留身份证: from 2023-12-01, 18 characters, first digit 9, last a MOD 11-2 check like the
 *   resident ID; earlier cards (2004, 2017) carry 15 characters, 3 Latin letters and 12 digits
 *   (国家移民管理局, 新版外国人永久居留身份证机读信息规则, republished at http://www.eastcoms.com/service/pro/840.html).
 * - 护照: issuing countries differ (ICAO 9303 allows up to 9 characters in the machine-readable
 *   zone, but national formats vary), so no format blocks.
 */
import type { IdDocumentType } from '@/domain/filing';
import { foldFullWidth, residentIdCheckChar, validateResidentId, type ValidationResult } from '@/domain/validation';

/** Document types whose number follows the 18-digit 公民身份号码 standard. */
const CITIZEN_NUMBER_PREFIXES: Partial<Record<IdDocumentType, readonly string[]>> = {
  'hk-macau-residence-permit': ['810000', '820000'],
  'taiwan-residence-permit': ['830000'],
};

function clean(input: unknown): string {
  return typeof input === 'string' ? foldFullWidth(input).replace(/\s+/g, '').toUpperCase() : '';
}

const result = (status: ValidationResult['status'], normalized: string, reason?: ValidationResult['reason']) =>
  (reason ? { status, normalized, reason } : { status, normalized }) as ValidationResult;

/**
 * Validates a person's identity document number for its type, as of `today` (`YYYY-MM-DD`,
 * for the birth-date rule of 18-digit numbers). Total: never throws. `normalized` has no
 * whitespace and upper-case letters.
 */
export function validateIdDocument(type: IdDocumentType, input: string, today?: string): ValidationResult {
  const prefixes = CITIZEN_NUMBER_PREFIXES[type];
  if (type === 'resident-id') return validateResidentId(input, today);
  if (prefixes) {
    const base = validateResidentId(input, today);
    if (base.status !== 'valid') return base;
    return prefixes.includes(base.normalized.slice(0, 6)) ? base : result('invalid', base.normalized, 'region');
  }
  const number = clean(input);
  if (number === '') return result('invalid', number, 'empty');
  switch (type) {
    case 'hk-macau-travel-permit':
      if (!/^[HM]/.test(number)) return result('invalid', number, 'format');
      if (!/^[HM]\d+$/.test(number)) return result('invalid', number, 'charset');
      return /^[HM](\d{8}|\d{10})$/.test(number) ? result('valid', number) : result('invalid', number, 'length');
    case 'taiwan-travel-permit':
      if (!/^\d+$/.test(number)) return result('invalid', number, 'charset');
      return number.length === 8 ? result('valid', number) : result('invalid', number, 'length');
    case 'foreign-permanent-residence':
      if (/^[A-Z]{3}\d{12}$/.test(number)) return result('valid', number);
      if (!/^\d{17}[\dX]$/.test(number)) {
        return /^[A-Z0-9]+$/.test(number) ? result('invalid', number, 'length') : result('invalid', number, 'charset');
      }
      if (number[0] !== '9') return result('invalid', number, 'format');
      return residentIdCheckChar(number.slice(0, 17)) === number[17]
        ? result('valid', number)
        : result('invalid', number, 'checksum');
    case 'passport':
    default:
      // No single standard: letters and digits, 5–20 of them, pass; anything else is only a warning.
      return /^[A-Z0-9]{5,20}$/.test(number) ? result('valid', number) : result('warning', number, 'format');
  }
}
