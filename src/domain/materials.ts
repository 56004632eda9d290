/**
 * The materials checklist derived from the user's situation (FilingProfile), plus the
 * situation-level warnings. Sources: the seed guide's "Required Materials" list, the filing
 * rules collected in docs/domain.md, WeChat's applyIcpFiling form, and the per-entity-type rules
 * of entity-types.ts. Everything returns machine-readable codes; the UI translates them.
 */
import type { FilingProfile } from '@/domain/filing';
import { GUANGDONG, provinceByCode } from '@/domain/provinces';
import { validateEmail, validateMobile, validateUnifiedSocialCreditCode } from '@/domain/validation';
import { entityRulesOf } from '@/domain/entity-types';
import { PRIOR_APPROVAL_INDUSTRIES, type PriorApprovalIndustry } from '@/domain/prior-approval';
import {
  administratorOf,
  entityPrincipalOf,
  hasSeparateMiniProgramPrincipal,
  isPersonal,
  miniProgramPrincipalOf,
  needsMiniProgramAuthorization,
  principalIsNotLegalPerson,
} from '@/domain/principals';
import type { ProfileFieldPath } from '@/domain/profile-fields';
import {
  ID_VALIDITY_PROBLEMS,
  LETTER_DATE_PROBLEMS,
  certificateValidity,
  idValidityProblems,
  letterDateProblem,
} from '@/domain/document-dates';
import { compareDates } from '@/domain/working-days';

// ---------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------

/** The material id of one prior-approval industry's certificate. */
export type PriorApprovalMaterialId = `prior-approval-${PriorApprovalIndustry}`;
const PRIOR_APPROVAL_MATERIAL_IDS = PRIOR_APPROVAL_INDUSTRIES.map(
  (industry) => `prior-approval-${industry}` as PriorApprovalMaterialId,
);

/**
 * Checklist items. The ids are stored (marks, photo slots), so they keep their historic names:
 * 'legal-rep-id-*' is the entity principal's document (主体负责人), 'person-in-charge-id-*' the
 * mini program principal's (小程序负责人), 'business-license-photo' the entity certificate,
 * 'admin-mobile' the administrator's (an individual's own) mobile, 'prior-approval-documents'
 * the approvals named as free text.
 */
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
  'entity-principal-authorization-letter',
  'person-in-charge-id-front',
  'person-in-charge-id-back',
  'residence-proof',
  'guangdong-signed-documents',
  ...PRIOR_APPROVAL_MATERIAL_IDS,
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
/**
 * A place where the user keeps one photo of a document. Stored ids; 'legal-rep-id-*' is the
 * entity principal's document and 'person-in-charge-id-*' the mini program principal's.
 */
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
  'principal-not-legal-person',
  'personal-outside-home-province',
  'guangdong-signed-documents',
  'prior-approval-required',
] as const;
export type MaterialReasonCode = (typeof MATERIAL_REASON_CODES)[number];

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
  'personal-verification-optional',
  'cross-province',
  'province-certificate-mismatch',
  'legacy-deadline-passed',
  'legacy-deadline-ahead',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

/** What the user has ticked off in the checklist. `confirmed` is used by 'email' only. */
export type MaterialMarks = Partial<Record<MaterialId, { done: boolean; confirmed?: boolean; at: number }>>;

/** Per slot: a usable photo, a photo the quality check flagged, or a record whose file is gone. */
export type PhotoPresence = Partial<Record<PhotoSlotId, 'ok' | 'flagged' | 'missing-file'>>;

/** What presence needs of a kept photo's reference (filing-record.ts PhotoRef). */
export interface PhotoFileRef {
  file: string;
  /** Problems the quality check found and the user kept anyway. */
  problems: readonly string[];
}

export type MaterialLink =
  { kind: 'field'; field: ProfileFieldPath } | { kind: 'photo'; slot: PhotoSlotId } | { kind: 'confirm' };

export type MaterialStatus = 'missing' | 'ready' | 'attention';

export interface MaterialItem {
  id: MaterialId;
  status: MaterialStatus;
  reason: MaterialReasonCode;
  /** 'guide' = listed in the seed guide; 'rule' = a filing rule from docs/domain.md or WeChat's form. */
  source: 'guide' | 'rule';
  link: MaterialLink;
  problems: MaterialProblemCode[];
}

export interface Warning {
  code: WarningCode;
  field: ProfileFieldPath;
}

// ---------------------------------------------------------------------------------------------
// Situation
// ---------------------------------------------------------------------------------------------

/**
 * True when an individual files outside the province they live in: they told us so. The ID
 * number's first digits say where the person was first registered, not where they live, so they
 * are never used for this (issue 12, error 9).
 */
export function isPersonalCrossProvince(profile: FilingProfile): boolean {
  return isPersonal(profile) && profile.residesInFilingProvince === 'no';
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

/** Whole days from the legacy deadline to `today` (positive once past). */
export function daysPastLegacyDeadline(today: string): number {
  return compareDates(today, LEGACY_FILING_DEADLINE);
}

/**
 * The situation-level warnings for this profile as of `today`:
 * - individuals: verification is optional for filing (the seed says impossible, newer sources RMB 30);
 * - individuals who live outside the filing province: cross-province filing is not recommended;
 * - organisations: the credit code's region must match the filing province;
 * - mini programs published before 2023-09: the 2024-03-31 deadline, passed or ahead.
 */
export function deriveWarnings(profile: FilingProfile, today: string): Warning[] {
  const warnings: Warning[] = [];
  if (isPersonal(profile)) {
    warnings.push({ code: 'personal-verification-optional', field: 'entityType' });
    if (isPersonalCrossProvince(profile)) warnings.push({ code: 'cross-province', field: 'residesInFilingProvince' });
  } else if (profile.entityType !== '' && profile.province !== '') {
    const certificateProvince = creditCodeProvince(profile.certificateNumber);
    if (certificateProvince !== null && certificateProvince !== profile.province) {
      warnings.push({ code: 'province-certificate-mismatch', field: 'province' });
    }
  }
  if (profile.publishedBeforeSept2023) {
    warnings.push({
      code: today > LEGACY_FILING_DEADLINE ? 'legacy-deadline-passed' : 'legacy-deadline-ahead',
      field: 'publishedBeforeSept2023',
    });
  }
  return warnings;
}

// ---------------------------------------------------------------------------------------------
// Photo slots and presence: the one definition the checklist, the photos page, the filing page
// and pre-flight all read.
// ---------------------------------------------------------------------------------------------

/**
 * The photo slots this profile needs, in PHOTO_SLOT_IDS order; the checklist's photo items and
 * letters are built from this list, so the photos page offers exactly what the checklist asks:
 * - the entity certificate: not for individuals, who register with their own ID (seed 4.1);
 * - the entity principal's ID, both sides, and the commitment letter: always (seed material 3;
 *   applyIcpFiling commitment_letter);
 * - the mini program principal's ID, both sides: when that is a separate person (principals.ts);
 * - the authorization letter: when the mini program principal is not the legal representative
 *   (applyIcpFiling authorization_letter "当小程序负责人不是法人时"; needsMiniProgramAuthorization).
 */
export function photoSlotsFor(profile: FilingProfile): PhotoSlotId[] {
  const separate = hasSeparateMiniProgramPrincipal(profile);
  const needs: Record<PhotoSlotId, boolean> = {
    'business-license': !isPersonal(profile),
    'legal-rep-id-front': true,
    'legal-rep-id-back': true,
    'person-in-charge-id-front': separate,
    'person-in-charge-id-back': separate,
    'commitment-letter': true,
    'authorization-letter': needsMiniProgramAuthorization(profile),
  };
  return PHOTO_SLOT_IDS.filter((slot) => needs[slot]);
}

/** The photo slot a checklist item keeps its photo in, or null for items without one. */
export function photoSlotOfMaterial(id: MaterialId): PhotoSlotId | null {
  if (id === 'business-license-photo') return 'business-license';
  return (PHOTO_SLOT_IDS as readonly string[]).includes(id) ? (id as PhotoSlotId) : null;
}

/**
 * Per-slot presence from a filing's photo references and the files known to be gone:
 * 'missing-file' when the reference's file is in `missingFiles`, 'flagged' when the user kept a
 * photo the quality check flagged, else 'ok'. Slots without a reference are absent. A reference
 * counts as present only while its file is; callers pass what the photo store reported.
 */
export function photoPresenceOf(
  photos: Partial<Record<PhotoSlotId, PhotoFileRef>>,
  missingFiles: ReadonlySet<string>,
): PhotoPresence {
  const presence: PhotoPresence = {};
  for (const slot of PHOTO_SLOT_IDS) {
    const ref = photos[slot];
    if (!ref) continue;
    presence[slot] = missingFiles.has(ref.file) ? 'missing-file' : ref.problems.length > 0 ? 'flagged' : 'ok';
  }
  return presence;
}

/** A problem with a photo the user has, for pre-flight. */
export interface PhotoFinding {
  material: MaterialId;
  slot: PhotoSlotId;
  severity: 'blocking' | 'warning';
  code: 'photo-file-missing' | 'photo-flagged';
}

/**
 * The checklist's photo problems as pre-flight findings: a kept photo whose file is gone blocks
 * (the user believes it is ready; it must be retaken), a flagged one warns (an unclear document
 * is a common rejection: docs/domain.md). Photos never taken are the checklist's "missing"
 * items, not pre-flight problems: they may be uploaded from elsewhere.
 */
export function photoFindings(items: readonly MaterialItem[]): PhotoFinding[] {
  const findings: PhotoFinding[] = [];
  for (const item of items) {
    const slot = photoSlotOfMaterial(item.id);
    if (slot === null) continue;
    if (item.problems.includes('photo-file-missing')) {
      findings.push({ material: item.id, slot, severity: 'blocking', code: 'photo-file-missing' });
    } else if (item.problems.includes('photo-flagged')) {
      findings.push({ material: item.id, slot, severity: 'warning', code: 'photo-flagged' });
    }
  }
  return findings;
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
  field: ProfileFieldPath,
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
 * Whether any two of the persons in charge and the emergency contact share a mobile number
 * (docs/domain.md: "Persons in charge and the emergency contact must use different mobile
 * numbers"): the emergency number against the administrator's and the persons in charge's.
 */
export function emergencyClashes(profile: FilingProfile): { administrator: boolean; principal: boolean } {
  const emergency = normalizedMobile(profile.emergencyMobile);
  if (emergency === null) return { administrator: false, principal: false };
  const admin = normalizedMobile(administratorOf(profile).mobile);
  const principals = [entityPrincipalOf(profile), miniProgramPrincipalOf(profile)].map((p) =>
    normalizedMobile(p.mobile),
  );
  return { administrator: admin === emergency, principal: principals.includes(emergency) };
}

/**
 * The checklist of materials this situation needs, in display order (the seed's six first, then
 * what the filing rules add), each with its status as of `today`:
 * - 'missing': not provided; 'attention': provided but a check fails (see `problems`); 'ready'.
 * - email: a valid address AND the user's confirmation (marks.email.confirmed) that it is unused
 *   on the Official/Open Platform and not bound to a personal WeChat (seed, material 1); not for
 *   a mini program published before 2023-09, which is registered already.
 * - the entity certificate: not for individuals, who register with their own ID (seed 4.1);
 *   its validity window must last more than 3 months (6 in Ningxia) like an ID's.
 * - ID photos carry the ID validity checks; the mini program principal's only when that is a
 *   separate person, who then also needs an authorization letter (applyIcpFiling:
 *   authorization_letter "当小程序负责人不是法人时").
 * - bank information and Guangdong's signed-and-stamped documents: organisations only (seed:
 *   "For Guangdong-based companies"; an individual has no public account or company stamp).
 * - residence proof: an individual who said they live outside the filing province.
 * - prior approval: one certificate per chosen industry, plus one for approvals named as text.
 */
export function deriveMaterials(
  profile: FilingProfile,
  marks: MaterialMarks,
  photos: PhotoPresence,
  today: string,
): MaterialItem[] {
  const personal = isPersonal(profile);
  const organisation = entityRulesOf(profile.entityType)?.isOrganisation ?? !personal;
  // Which photo-bearing items appear is photoSlotsFor's rule, and nowhere else.
  const slots = new Set(photoSlotsFor(profile));
  const items: MaterialItem[] = [];

  // Seed material 1: the registration email (a registered mini program has its account already).
  if (!profile.publishedBeforeSept2023) {
    const emailInput = profile.registrationEmail.trim();
    const emailProblems: MaterialProblemCode[] = [];
    if (emailInput !== '' && validateEmail(profile.registrationEmail).status !== 'valid') {
      emailProblems.push('invalid-format');
    }
    if (marks.email?.confirmed !== true) emailProblems.push('needs-confirmation');
    items.push({
      id: 'email',
      status: statusOf(emailInput !== '', emailProblems),
      reason: 'registration-email',
      source: 'guide',
      link: { kind: 'field', field: 'registrationEmail' },
      problems: emailProblems,
    });
  }

  // Seed material 2: the entity certificate (business licence or the organisation's certificate).
  if (slots.has('business-license')) {
    const certificateDates = idValidityProblems(certificateValidity(profile), profile.province, today);
    items.push(
      photoItem('business-license-photo', 'business-license', 'entity-certificate', 'guide', photos, certificateDates),
    );
  }

  // Seed material 3: the entity principal's ID, both sides, valid long enough.
  const principal = profile.entityPrincipal;
  const principalDates = idValidityProblems(principal, profile.province, today);
  items.push(
    photoItem('legal-rep-id-front', 'legal-rep-id-front', 'legal-rep-identity', 'guide', photos, principalDates),
  );
  items.push(
    photoItem('legal-rep-id-back', 'legal-rep-id-back', 'legal-rep-identity', 'guide', photos, principalDates),
  );

  // Seed materials 4 and 5: administrator (an individual's own) and emergency mobiles, which must differ.
  const clash = emergencyClashes(profile);
  const adminField: ProfileFieldPath = personal ? 'entityPrincipal.mobile' : 'administrator.mobile';
  items.push(
    mobileItem('admin-mobile', adminField, 'admin-contact', administratorOf(profile).mobile, clash.administrator),
  );
  items.push(
    mobileItem(
      'emergency-contact',
      'emergencyMobile',
      'emergency-contact',
      profile.emergencyMobile,
      clash.administrator || clash.principal,
    ),
  );

  // Seed material 6: bank information, for WeChat Pay: organisations with a public account only.
  if (organisation) {
    items.push({
      id: 'bank-info',
      status: profile.bankReady ? 'ready' : 'missing',
      reason: 'wechat-pay',
      source: 'guide',
      link: { kind: 'field', field: 'bankReady' },
      problems: [],
    });
  }

  // Filing rule: every filing carries a commitment letter (承诺书; applyIcpFiling commitment_letter).
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

  // Filing rule: a mini program principal who is not the legal representative needs an
  // authorization letter; a separate person also their own ID.
  if (slots.has('authorization-letter')) {
    items.push(
      letterItem(
        'authorization-letter',
        'authorizationLetterDate',
        slots.has('person-in-charge-id-front') ? 'person-in-charge-differs' : 'principal-not-legal-person',
        profile.authorizationLetterDate,
        marks,
        photos,
        today,
      ),
    );
  }
  // applyIcpFiling: "当主体负责人不是法人时需要主体负责人授权书".
  if (principalIsNotLegalPerson(profile)) {
    items.push(confirmItem('entity-principal-authorization-letter', 'principal-not-legal-person', 'rule', marks));
  }
  if (slots.has('person-in-charge-id-front')) {
    const mpDates = idValidityProblems(miniProgramPrincipalOf(profile), profile.province, today);
    items.push(
      photoItem(
        'person-in-charge-id-front',
        'person-in-charge-id-front',
        'person-in-charge-differs',
        'rule',
        photos,
        mpDates,
      ),
    );
    items.push(
      photoItem(
        'person-in-charge-id-back',
        'person-in-charge-id-back',
        'person-in-charge-differs',
        'rule',
        photos,
        mpDates,
      ),
    );
  }

  // Seed FAQ Q2 / applyIcpFiling personal_info: individuals living outside the filing province.
  if (isPersonalCrossProvince(profile)) {
    items.push(confirmItem('residence-proof', 'personal-outside-home-province', 'guide', marks));
  }

  // Seed: "For Guangdong-based companies, signed and stamped documents must be uploaded."
  if (profile.province === GUANGDONG && organisation) {
    items.push(confirmItem('guangdong-signed-documents', 'guangdong-signed-documents', 'guide', marks));
  }

  // Prior approval (Order No. 292 Art. 5; prior-approval.ts): each industry's certificate.
  if (profile.priorApproval === 'required') {
    const chosen = new Set(profile.priorApprovals.map((a) => a.industry));
    for (const industry of PRIOR_APPROVAL_INDUSTRIES) {
      if (chosen.has(industry)) {
        items.push(confirmItem(`prior-approval-${industry}`, 'prior-approval-required', 'rule', marks));
      }
    }
    if (profile.otherPriorApprovals.some((text) => text.trim() !== '')) {
      items.push(confirmItem('prior-approval-documents', 'prior-approval-required', 'rule', marks));
    }
  }

  return items;
}

/** How many checklist items are ready, out of how many. */
export function materialsProgress(items: readonly MaterialItem[]): { done: number; total: number } {
  return { done: items.filter((i) => i.status === 'ready').length, total: items.length };
}
