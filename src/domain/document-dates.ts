/**
 * The date rules a filing document must meet, shared by the materials checklist and the
 * pre-flight check: an ID's or a certificate's validity window (more than 3 months left after
 * submission, 6 in Ningxia; docs/domain.md) and a signed letter's date (within 1 month;
 * docs/domain.md). Dates are `YYYY-MM-DD` strings compared as text, so the device time zone never
 * matters.
 */
import type { FilingProfile } from '@/domain/filing';
import { NINGXIA } from '@/domain/provinces';

/** Date problems of a document's validity window (ID or certificate). */
export const ID_VALIDITY_PROBLEMS = [
  'id-valid-from-malformed',
  'id-valid-to-malformed',
  'id-valid-from-in-future',
  'id-valid-to-before-from',
  'id-expired',
  'id-expires-too-soon',
] as const;
export type IdValidityProblem = (typeof ID_VALIDITY_PROBLEMS)[number];

/** Date problems of a signed letter. */
export const LETTER_DATE_PROBLEMS = [
  'letter-date-missing',
  'letter-date-malformed',
  'letter-dated-in-future',
  'letter-too-old',
] as const;
export type LetterDateProblem = (typeof LETTER_DATE_PROBLEMS)[number];

// ---------------------------------------------------------------------------------------------
// Calendar-date helpers (pure string arithmetic in UTC, so the device time zone never matters)
// ---------------------------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * The date `months` calendar months after (or before, if negative) `date`, as `YYYY-MM-DD`.
 * The day is clamped to the target month's end (2026-01-31 + 1 month = 2026-02-28), like dayjs.
 */
export function addMonthsIso(date: string, months: number): string {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const y = Math.floor(total / 12);
  const mo = total - y * 12;
  const lastDay = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  const d = Math.min(Number(m[3]), lastDay);
  return `${String(y).padStart(4, '0')}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Date rules
// ---------------------------------------------------------------------------------------------

/** Months a document must remain valid after submission: 6 in Ningxia, 3 elsewhere (docs/domain.md). */
export function requiredValidityMonths(province: string): number {
  return province === NINGXIA ? 6 : 3;
}

/**
 * Months the review may still take after submission: the bureau alone takes up to 20 working
 * days (MIIT Order No. 33, Art. 12), about a month, after 1–2 for the platform.
 */
export const REVIEW_MARGIN_MONTHS = 1;

/** A validity window: an ID's or a certificate's. */
export interface ValidityWindow {
  idValidFrom: string;
  idValidTo: string;
  idLongTerm: boolean;
}

/**
 * The date problems of a validity window as of `today`, in the filing `province`. Empty dates
 * are not reported here (they are "required" problems for preflight); only dates that are
 * entered and fail a rule are. The end must be strictly later than today + 3 months ("more than
 * 3 months after submission"; 6 in Ningxia); a long-term document has no end.
 */
export function idValidityProblems(window: ValidityWindow, province: string, today: string): IdValidityProblem[] {
  const problems: IdValidityProblem[] = [];
  const from = window.idValidFrom.trim();
  const to = window.idLongTerm ? '' : window.idValidTo.trim();
  const fromOk = from !== '' && isIsoDate(from);
  const toOk = to !== '' && isIsoDate(to);
  if (from !== '' && !fromOk) problems.push('id-valid-from-malformed');
  if (to !== '' && !toOk) problems.push('id-valid-to-malformed');
  if (fromOk && from > today) problems.push('id-valid-from-in-future');
  if (fromOk && toOk && to <= from) problems.push('id-valid-to-before-from');
  if (toOk) {
    if (to < today) problems.push('id-expired');
    else if (to <= addMonthsIso(today, requiredValidityMonths(province))) problems.push('id-expires-too-soon');
  }
  return problems;
}

/**
 * True when a document passes the validity rule today but may fail it before the review ends
 * (within the required months plus the review margin): a common rejection, "a document about to
 * expire". A reminder, not a block.
 */
export function expiresDuringReview(window: ValidityWindow, province: string, today: string): boolean {
  if (window.idLongTerm) return false;
  const to = window.idValidTo.trim();
  if (!isIsoDate(to) || to <= addMonthsIso(today, requiredValidityMonths(province))) return false;
  return to <= addMonthsIso(today, requiredValidityMonths(province) + REVIEW_MARGIN_MONTHS);
}

/** The entity certificate's validity as a window. */
export function certificateValidity(profile: FilingProfile): ValidityWindow {
  return {
    idValidFrom: profile.certificateValidFrom,
    idValidTo: profile.certificateValidTo,
    idLongTerm: profile.certificateLongTerm,
  };
}

/**
 * The problem with a letter's date as of `today`, or null when it is dated within the last
 * month (docs/domain.md: "Letters must be dated within 1 month"), today included.
 */
export function letterDateProblem(date: string, today: string): LetterDateProblem | null {
  const d = date.trim();
  if (d === '') return 'letter-date-missing';
  if (!isIsoDate(d)) return 'letter-date-malformed';
  if (d > today) return 'letter-dated-in-future';
  if (d < addMonthsIso(today, -1)) return 'letter-too-old';
  return null;
}
