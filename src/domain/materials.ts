/**
 * The materials checklist derived from the user's situation (FilingProfile), plus the
 * situation-level warnings. Sources: the seed guide's "Required Materials" list and the filing
 * rules collected in docs/domain.md. Everything returns machine-readable codes; the UI
 * translates them.
 */
import type { FilingProfile, PersonIdentity } from '@/domain/filing';
import { NINGXIA, GUANGDONG, provinceByCode } from '@/domain/provinces';
import {
  validateEmail,
  validateMobile,
  validateResidentId,
  validateUnifiedSocialCreditCode,
  idRegionCode,
} from '@/domain/validation';
import type { ProfileFieldPath } from '@/domain/preflight';

// ---------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------

export const MATERIAL_IDS = [
  'email',
  'business-license-photo',
  'legal-rep-id-front',
  'legal-rep-id-back',
  'admin-mobile',
  'emergency-contact',
  'bank-info',
  'commitment-letter',
  'authorization-letter',
  'person-in-charge-id-front',
  'person-in-charge-id-back',
  'residence-proof',
  'guangdong-signed-documents',
  'prior-approval-documents',
] as const;
/** One item of the materials checklist. */
export type MaterialId = (typeof MATERIAL_IDS)[number];

export const PHOTO_SLOT_IDS = [
  'business-license',
  'legal-rep-id-front',
  'legal-rep-id-back',
  'person-in-charge-id-front',
  'person-in-charge-id-back',
  'commitment-letter',
  'authorization-letter',
] as const;
/** A place where the user keeps one photo of a document. */
export type PhotoSlotId = (typeof PHOTO_SLOT_IDS)[number];

/** Why an item is on the list. */
export const MATERIAL_REASON_CODES = [
  'registration-email',
  'entity-certificate',
  'legal-rep-identity',
  'admin-contact',
  'emergency-contact',
  'wechat-pay',
  'filing-commitment',
  'person-in-charge-differs',
  'personal-outside-home-province',
  'guangdong-signed-documents',
  'prior-approval-required',
] as const;
export type MaterialReasonCode = (typeof MATERIAL_REASON_CODES)[number];

/** Date problems of an identity document (validity window), shared with preflight. */
export const ID_VALIDITY_PROBLEMS = [
  'id-valid-from-malformed',
  'id-valid-to-malformed',
  'id-valid-from-in-future',
  'id-valid-to-before-from',
  'id-expired',
  'id-expires-too-soon',
] as const;
export type IdValidityProblem = (typeof ID_VALIDITY_PROBLEMS)[number];

/** Date problems of a signed letter, shared with preflight. */
export const LETTER_DATE_PROBLEMS = [
  'letter-date-missing',
  'letter-date-malformed',
  'letter-dated-in-future',
  'letter-too-old',
] as const;
export type LetterDateProblem = (typeof LETTER_DATE_PROBLEMS)[number];

/** What is wrong with an item that is present but not ready. */
export const MATERIAL_PROBLEM_CODES = [
  'invalid-format',
  'needs-confirmation',
  'mobile-duplicate',
  'photo-flagged',
  'photo-file-missing',
  ...ID_VALIDITY_PROBLEMS,
  ...LETTER_DATE_PROBLEMS,
] as const;
export type MaterialProblemCode = (typeof MATERIAL_PROBLEM_CODES)[number];

export const WARNING_CODES = [
  'personal-cannot-verify',
  'cross-province',
  'province-certificate-mismatch',
  'published-before-2023-09',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

/** What the user has ticked off in the checklist. `confirmed` is used by 'email' only. */
export type MaterialMarks = Partial<Record<MaterialId, { done: boolean; confirmed?: boolean; at: number }>>;

/** Per slot: a usable photo, a photo the quality check flagged, or a record whose file is gone. */
export type PhotoPresence = Partial<Record<PhotoSlotId, 'ok' | 'flagged' | 'missing-file'>>;

export type MaterialLink =
  { kind: 'field'; field: ProfileFieldPath } | { kind: 'photo'; slot: PhotoSlotId } | { kind: 'confirm' };

export type MaterialStatus = 'missing' | 'ready' | 'attention';

export interface MaterialItem {
  id: MaterialId;
  status: MaterialStatus;
  reason: MaterialReasonCode;
  /** 'guide' = listed in the seed guide; 'rule' = a filing rule from docs/domain.md. */
  source: 'guide' | 'rule';
  link: MaterialLink;
  problems: MaterialProblemCode[];
}

export interface Warning {
  code: WarningCode;
  field: ProfileFieldPath;
  /** For 'published-before-2023-09': whether today is past the 2024-03-31 deadline. */
  overdue?: boolean;
}

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

/** Months an ID must remain valid after submission: 6 in Ningxia, 3 elsewhere (docs/domain.md). */
export function requiredValidityMonths(province: string): number {
  return province === NINGXIA ? 6 : 3;
}

/**
 * The date problems of a person's ID validity window as of `today`, in the filing `province`.
 * Empty dates are not reported here (they are "required" problems for preflight); only dates
 * that are entered and fail a rule are. The end must be strictly later than today + 3 months
 * ("more than 3 months after submission"; 6 in Ningxia); a long-term ID has no end.
 */
export function idValidityProblems(person: PersonIdentity, province: string, today: string): IdValidityProblem[] {
  const problems: IdValidityProblem[] = [];
  const from = person.idValidFrom.trim();
  const to = person.idLongTerm ? '' : person.idValidTo.trim();
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

// ---------------------------------------------------------------------------------------------
// Situation
// ---------------------------------------------------------------------------------------------

/** True when the legal representative and the person in charge are different people. */
export function hasSeparatePersonInCharge(profile: FilingProfile): boolean {
  return !profile.legalRepIsPersonInCharge;
}

/**
 * The home province (GB/T 2260 two digits) read from the legal representative's ID number,
 * or null when the number is unusable or its region is not a known province. For personal
 * entities the legal representative is the individual.
 */
export function legalRepHomeProvince(profile: FilingProfile, today: string): string | null {
  const id = validateResidentId(profile.legalRepresentative.idNumber, today);
  if (id.status === 'invalid') return null;
  const region = idRegionCode(id.normalized);
  return region !== undefined && provinceByCode(region) ? region : null;
}

/** True when a personal entity files in a province other than the one its ID was issued in. */
export function isPersonalCrossProvince(profile: FilingProfile, today: string): boolean {
  if (profile.entityType !== 'personal' || profile.province === '') return false;
  const home = legalRepHomeProvince(profile, today);
  return home !== null && home !== profile.province;
}

/**
 * The province encoded in a valid unified social credit code (characters 3–4: the start of the
 * GB/T 2260 region code in characters 3–8, GB 32100-2015), or null when the code is not valid
 * or the region is not a province (e.g. '100000' for centrally registered organisations).
 */
export function creditCodeProvince(creditCode: string): string | null {
  const result = validateUnifiedSocialCreditCode(creditCode);
  if (result.status !== 'valid') return null;
  const region = result.normalized.slice(2, 4);
  return provinceByCode(region) ? region : null;
}

/** The last day existing mini programs had to complete filing (seed: "by March 31, 2024"). */
export const LEGACY_FILING_DEADLINE = '2024-03-31';

/**
 * The situation-level warnings for this profile as of `today`: personal entities cannot be
 * verified; personal cross-province filing is not recommended; the credit code's region must
 * match the filing province; mini programs published before 2023-09 missed the deadline.
 */
export function deriveWarnings(profile: FilingProfile, today: string): Warning[] {
  const warnings: Warning[] = [];
  if (profile.entityType === 'personal') {
    warnings.push({ code: 'personal-cannot-verify', field: 'entityType' });
    if (isPersonalCrossProvince(profile, today)) warnings.push({ code: 'cross-province', field: 'province' });
  } else if (profile.entityType !== '' && profile.province !== '') {
    const certificateProvince = creditCodeProvince(profile.creditCode);
    if (certificateProvince !== null && certificateProvince !== profile.province) {
      warnings.push({ code: 'province-certificate-mismatch', field: 'province' });
    }
  }
  if (profile.publishedBeforeSept2023) {
    warnings.push({
      code: 'published-before-2023-09',
      field: 'publishedBeforeSept2023',
      overdue: today > LEGACY_FILING_DEADLINE,
    });
  }
  return warnings;
}

// ---------------------------------------------------------------------------------------------
// Checklist
// ---------------------------------------------------------------------------------------------

function photoProblems(state: PhotoPresence[PhotoSlotId]): MaterialProblemCode[] {
  if (state === 'flagged') return ['photo-flagged'];
  if (state === 'missing-file') return ['photo-file-missing'];
  return [];
}

/** Status from "is the thing there at all" and its problems. */
function statusOf(present: boolean, problems: readonly MaterialProblemCode[]): MaterialStatus {
  if (!present) return 'missing';
  return problems.length > 0 ? 'attention' : 'ready';
}

function normalizedMobile(input: string): string | null {
  const r = validateMobile(input);
  return r.status === 'invalid' ? null : r.normalized;
}

function photoItem(
  id: MaterialId,
  slot: PhotoSlotId,
  reason: MaterialReasonCode,
  source: MaterialItem['source'],
  photos: PhotoPresence,
  extraProblems: readonly MaterialProblemCode[],
): MaterialItem {
  const problems = [...photoProblems(photos[slot]), ...extraProblems];
  return {
    id,
    status: statusOf(photos[slot] !== undefined, problems),
    reason,
    source,
    link: { kind: 'photo', slot },
    problems,
  };
}

function mobileItem(
  id: MaterialId,
  field: 'adminMobile' | 'emergencyMobile',
  reason: MaterialReasonCode,
  input: string,
  duplicate: boolean,
): MaterialItem {
  const problems: MaterialProblemCode[] = [];
  if (input.trim() !== '' && validateMobile(input).status !== 'valid') problems.push('invalid-format');
  if (duplicate) problems.push('mobile-duplicate');
  return {
    id,
    status: statusOf(input.trim() !== '', problems),
    reason,
    source: 'guide',
    link: { kind: 'field', field },
    problems,
  };
}

function letterItem(
  id: 'commitment-letter' | 'authorization-letter',
  field: 'commitmentLetterDate' | 'authorizationLetterDate',
  reason: MaterialReasonCode,
  date: string,
  marks: MaterialMarks,
  photos: PhotoPresence,
  today: string,
): MaterialItem {
  const problems: MaterialProblemCode[] = [...photoProblems(photos[id])];
  const dateProblem = letterDateProblem(date, today);
  if (dateProblem) problems.push(dateProblem);
  return {
    id,
    status: statusOf(marks[id]?.done === true, problems),
    reason,
    source: 'rule',
    link: { kind: 'field', field },
    problems,
  };
}

function confirmItem(
  id: MaterialId,
  reason: MaterialReasonCode,
  source: MaterialItem['source'],
  marks: MaterialMarks,
): MaterialItem {
  return {
    id,
    status: marks[id]?.done === true ? 'ready' : 'missing',
    reason,
    source,
    link: { kind: 'confirm' },
    problems: [],
  };
}

/**
 * The checklist of materials this situation needs, in display order (the seed's six first, then
 * what the filing rules add), each with its status as of `today`:
 * - 'missing': not provided; 'attention': provided but a check fails (see `problems`); 'ready'.
 * - email: a valid address AND the user's confirmation (marks.email.confirmed) that it is unused
 *   on the Official/Open Platform and not bound to a personal WeChat (seed, material 1).
 * - photos: from `photos`; ID photos also carry the ID validity checks (3 months, 6 in Ningxia).
 * - letters: marked done, and dated within the last month.
 * - personal entities have no business license and cannot use WeChat Pay, so those two are
 *   left out; they need residence proof when filing outside their ID's home province.
 */
export function deriveMaterials(
  profile: FilingProfile,
  marks: MaterialMarks,
  photos: PhotoPresence,
  today: string,
): MaterialItem[] {
  const personal = profile.entityType === 'personal';
  const separatePic = hasSeparatePersonInCharge(profile);
  const items: MaterialItem[] = [];

  // Seed material 1: the registration email.
  const emailInput = profile.adminEmail.trim();
  const emailProblems: MaterialProblemCode[] = [];
  if (emailInput !== '' && validateEmail(profile.adminEmail).status !== 'valid') emailProblems.push('invalid-format');
  if (marks.email?.confirmed !== true) emailProblems.push('needs-confirmation');
  items.push({
    id: 'email',
    status: statusOf(emailInput !== '', emailProblems),
    reason: 'registration-email',
    source: 'guide',
    link: { kind: 'field', field: 'adminEmail' },
    problems: emailProblems,
  });

  // Seed material 2: business license (not for personal entities, which register with an ID).
  if (!personal) {
    items.push(photoItem('business-license-photo', 'business-license', 'entity-certificate', 'guide', photos, []));
  }

  // Seed material 3: legal representative's ID, both sides, valid long enough.
  const legalRepDates = idValidityProblems(profile.legalRepresentative, profile.province, today);
  items.push(
    photoItem('legal-rep-id-front', 'legal-rep-id-front', 'legal-rep-identity', 'guide', photos, legalRepDates),
  );
  items.push(photoItem('legal-rep-id-back', 'legal-rep-id-back', 'legal-rep-identity', 'guide', photos, legalRepDates));

  // Seed materials 4 and 5: administrator and emergency mobiles, which must differ (filing rule).
  const emergency = normalizedMobile(profile.emergencyMobile);
  const admin = normalizedMobile(profile.adminMobile);
  const pic = separatePic ? normalizedMobile(profile.personInCharge.mobile) : null;
  const adminClash = emergency !== null && admin === emergency;
  const picClash = emergency !== null && pic === emergency;
  items.push(mobileItem('admin-mobile', 'adminMobile', 'admin-contact', profile.adminMobile, adminClash));
  items.push(
    mobileItem(
      'emergency-contact',
      'emergencyMobile',
      'emergency-contact',
      profile.emergencyMobile,
      adminClash || picClash,
    ),
  );

  // Seed material 6: bank information, for WeChat Pay (a commercial service personal entities lack).
  if (!personal) {
    items.push({
      id: 'bank-info',
      status: profile.bankReady ? 'ready' : 'missing',
      reason: 'wechat-pay',
      source: 'guide',
      link: { kind: 'field', field: 'bankReady' },
      problems: [],
    });
  }

  // Filing rule: every filing carries a commitment letter (承诺书).
  items.push(
    letterItem(
      'commitment-letter',
      'commitmentLetterDate',
      'filing-commitment',
      profile.commitmentLetterDate,
      marks,
      photos,
      today,
    ),
  );

  // Filing rule: a separate person in charge needs an authorization letter and their own ID.
  if (separatePic) {
    items.push(
      letterItem(
        'authorization-letter',
        'authorizationLetterDate',
        'person-in-charge-differs',
        profile.authorizationLetterDate,
        marks,
        photos,
        today,
      ),
    );
    const picDates = idValidityProblems(profile.personInCharge, profile.province, today);
    items.push(
      photoItem(
        'person-in-charge-id-front',
        'person-in-charge-id-front',
        'person-in-charge-differs',
        'rule',
        photos,
        picDates,
      ),
    );
    items.push(
      photoItem(
        'person-in-charge-id-back',
        'person-in-charge-id-back',
        'person-in-charge-differs',
        'rule',
        photos,
        picDates,
      ),
    );
  }

  // Seed FAQ Q2: individuals filing outside their home province need residence proof.
  if (isPersonalCrossProvince(profile, today)) {
    items.push(confirmItem('residence-proof', 'personal-outside-home-province', 'guide', marks));
  }

  // Seed: "For Guangdong-based companies, signed and stamped documents must be uploaded."
  if (profile.province === GUANGDONG) {
    items.push(confirmItem('guangdong-signed-documents', 'guangdong-signed-documents', 'guide', marks));
  }

  // Filing rule: special industries upload their prior-approval documents.
  if (profile.priorApproval === 'required') {
    items.push(confirmItem('prior-approval-documents', 'prior-approval-required', 'rule', marks));
  }

  return items;
}

/** How many checklist items are ready, out of how many. */
export function materialsProgress(items: readonly MaterialItem[]): { done: number; total: number } {
  return { done: items.filter((i) => i.status === 'ready').length, total: items.length };
}
