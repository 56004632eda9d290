/**
 * The pre-flight check: every blocking problem and warning in a FilingProfile, found before the
 * user goes to the WeChat platform, each tied to the profile field that fixes it. Sources: the
 * seed guide and the filing rules in docs/domain.md.
 */
import type { FilingProfile, PersonIdentity } from '@/domain/filing';
import { provinceByCode } from '@/domain/provinces';
import {
  validateEmail,
  validateLicenseNumber,
  validateMobile,
  validateResidentId,
  type ValidationResult,
} from '@/domain/validation';
import {
  ID_VALIDITY_PROBLEMS,
  LETTER_DATE_PROBLEMS,
  WARNING_CODES,
  deriveWarnings,
  hasSeparatePersonInCharge,
  idValidityProblems,
  letterDateProblem,
} from '@/domain/materials';

/** Every leaf of FilingProfile as a dotted path, so the UI can link a problem to its input. */
export const PROFILE_FIELDS = [
  'entityType',
  'companyName',
  'creditCode',
  'province',
  'city',
  'miniProgramName',
  'serviceDescription',
  'serviceTypes',
  'priorApproval',
  'priorApprovalItems',
  'adminName',
  'adminMobile',
  'adminEmail',
  'emergencyMobile',
  'legalRepresentative.name',
  'legalRepresentative.idNumber',
  'legalRepresentative.idValidFrom',
  'legalRepresentative.idValidTo',
  'legalRepresentative.idLongTerm',
  'legalRepIsPersonInCharge',
  'personInCharge.name',
  'personInCharge.idNumber',
  'personInCharge.idValidFrom',
  'personInCharge.idValidTo',
  'personInCharge.idLongTerm',
  'personInCharge.mobile',
  'bankReady',
  'bankLast4',
  'publishedBeforeSept2023',
  'commitmentLetterDate',
  'authorizationLetterDate',
] as const;
export type ProfileFieldPath = (typeof PROFILE_FIELDS)[number];

export const PREFLIGHT_CODES = [
  /** Nothing entered where the filing needs a value. */
  'required',
  /** The validator rejects the value (detail carries its reason code). */
  'invalid',
  /** Well-formed but the check character misses (early pilot credit codes): warn only. */
  'checksum-warning',
  'too-short',
  'too-long',
  'too-many',
  'emergency-same-as-admin',
  'emergency-same-as-person-in-charge',
  'entity-cap-exceeded',
  'entity-cap-last',
  ...ID_VALIDITY_PROBLEMS,
  ...LETTER_DATE_PROBLEMS,
  ...WARNING_CODES,
] as const;
export type PreflightCode = (typeof PREFLIGHT_CODES)[number];

export interface PreflightProblem {
  severity: 'blocking' | 'warning';
  code: PreflightCode;
  field: ProfileFieldPath;
  /** For 'invalid' / 'checksum-warning': the validator's reason code (see VALIDATION_REASONS). */
  detail?: string;
}

export interface PreflightContext {
  /** Mini programs this entity already has on the platform, when the user told us. */
  existingMiniProgramsForEntity?: number;
}

/** Service description length in Unicode code points (docs/domain.md: 20–200 characters). */
export const SERVICE_DESCRIPTION_LENGTH = { min: 20, max: 200 } as const;
/** At most 5 service types (docs/domain.md). */
export const MAX_SERVICE_TYPES = 5;
/**
 * Mini program name length in code points. The brief's working assumption (1–30); WeChat's own
 * naming rules are stricter and are checked by the platform itself.
 */
export const MINI_PROGRAM_NAME_LENGTH = { min: 1, max: 30 } as const;

/**
 * Mini programs one entity may hold (docs/domain.md: 5 per individual, 5 per individual business,
 * 50 per enterprise). Public institutions and other organisations are assumed to share the
 * enterprise cap of 50.
 */
export function miniProgramCap(entityType: FilingProfile['entityType']): number | null {
  switch (entityType) {
    case 'personal':
    case 'individual-business':
      return 5;
    case 'enterprise':
    case 'public-institution':
    case 'other-organization':
      return 50;
    default:
      return null;
  }
}

/** Number of Unicode code points, so an emoji or a rare CJK character counts once. */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

type Collector = (
  severity: PreflightProblem['severity'],
  code: PreflightCode,
  field: ProfileFieldPath,
  detail?: string,
) => void;

/** Adds 'required', 'invalid' or 'checksum-warning' for one validated field. */
function checkValidated(add: Collector, field: ProfileFieldPath, input: string, result: ValidationResult): void {
  if (input.trim() === '') add('blocking', 'required', field);
  else if (result.status === 'invalid') add('blocking', 'invalid', field, result.reason);
  else if (result.status === 'warning') add('warning', 'checksum-warning', field, result.reason);
}

function checkRequired(add: Collector, field: ProfileFieldPath, input: string): void {
  if (input.trim() === '') add('blocking', 'required', field);
}

/** Name, ID number and validity window of one person (the legal representative or the person in charge). */
function checkPerson(
  add: Collector,
  prefix: 'legalRepresentative' | 'personInCharge',
  person: PersonIdentity,
  province: string,
  today: string,
): void {
  checkRequired(add, `${prefix}.name`, person.name);
  checkValidated(add, `${prefix}.idNumber`, person.idNumber, validateResidentId(person.idNumber, today));
  checkRequired(add, `${prefix}.idValidFrom`, person.idValidFrom);
  if (!person.idLongTerm) checkRequired(add, `${prefix}.idValidTo`, person.idValidTo);
  for (const problem of idValidityProblems(person, province, today)) {
    // 'id-valid-from-*' problems are fixed at the start date; every other one at the end date.
    add('blocking', problem, problem.startsWith('id-valid-from') ? `${prefix}.idValidFrom` : `${prefix}.idValidTo`);
  }
}

/** Letters must be dated within the last month; an empty date is 'required'. */
function checkLetter(
  add: Collector,
  field: 'commitmentLetterDate' | 'authorizationLetterDate',
  date: string,
  today: string,
): void {
  const problem = letterDateProblem(date, today);
  if (problem === 'letter-date-missing') add('blocking', 'required', field);
  else if (problem) add('blocking', problem, field);
}

/**
 * Every blocking problem and warning of `profile` as of `today` (`YYYY-MM-DD`), in form order.
 * Blocking: missing required fields, invalid identifiers, lengths, clashing mobiles, ID validity
 * windows, letter dates, the per-entity cap. Warnings: checksum misses, the entity's last
 * allowed mini program, and the situation warnings of `deriveWarnings`.
 */
export function preflight(profile: FilingProfile, today: string, context: PreflightContext = {}): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  const add: Collector = (severity, code, field, detail) => {
    problems.push(detail === undefined ? { severity, code, field } : { severity, code, field, detail });
  };
  const personal = profile.entityType === 'personal';
  const separatePic = hasSeparatePersonInCharge(profile);

  // Entity.
  if (profile.entityType === '') add('blocking', 'required', 'entityType');
  if (!personal) {
    checkRequired(add, 'companyName', profile.companyName);
    checkValidated(add, 'creditCode', profile.creditCode, validateLicenseNumber(profile.creditCode));
  }
  if (profile.province === '') add('blocking', 'required', 'province');
  else if (!provinceByCode(profile.province)) add('blocking', 'invalid', 'province');
  checkRequired(add, 'city', profile.city);

  // Mini program.
  const nameLength = codePointLength(profile.miniProgramName.trim());
  if (nameLength === 0) add('blocking', 'required', 'miniProgramName');
  else if (nameLength > MINI_PROGRAM_NAME_LENGTH.max) add('blocking', 'too-long', 'miniProgramName');
  const descriptionLength = codePointLength(profile.serviceDescription.trim());
  if (descriptionLength === 0) add('blocking', 'required', 'serviceDescription');
  else if (descriptionLength < SERVICE_DESCRIPTION_LENGTH.min) add('blocking', 'too-short', 'serviceDescription');
  else if (descriptionLength > SERVICE_DESCRIPTION_LENGTH.max) add('blocking', 'too-long', 'serviceDescription');
  const serviceTypes = new Set(profile.serviceTypes.map((t) => t.trim()).filter((t) => t !== ''));
  if (serviceTypes.size === 0) add('blocking', 'required', 'serviceTypes');
  else if (serviceTypes.size > MAX_SERVICE_TYPES) add('blocking', 'too-many', 'serviceTypes');
  if (profile.priorApproval === '') add('blocking', 'required', 'priorApproval');
  else if (profile.priorApproval === 'required' && profile.priorApprovalItems.every((i) => i.trim() === '')) {
    add('blocking', 'required', 'priorApprovalItems');
  }

  // Administrator and contacts.
  checkRequired(add, 'adminName', profile.adminName);
  const adminMobile = validateMobile(profile.adminMobile);
  checkValidated(add, 'adminMobile', profile.adminMobile, adminMobile);
  checkValidated(add, 'adminEmail', profile.adminEmail, validateEmail(profile.adminEmail));
  const emergencyMobile = validateMobile(profile.emergencyMobile);
  checkValidated(add, 'emergencyMobile', profile.emergencyMobile, emergencyMobile);

  // People.
  checkPerson(add, 'legalRepresentative', profile.legalRepresentative, profile.province, today);
  let picMobile: ValidationResult | null = null;
  if (separatePic) {
    checkPerson(add, 'personInCharge', profile.personInCharge, profile.province, today);
    picMobile = validateMobile(profile.personInCharge.mobile);
    checkValidated(add, 'personInCharge.mobile', profile.personInCharge.mobile, picMobile);
  }

  // Persons in charge and the emergency contact must use different numbers (docs/domain.md).
  if (emergencyMobile.status === 'valid') {
    if (adminMobile.status === 'valid' && adminMobile.normalized === emergencyMobile.normalized) {
      add('blocking', 'emergency-same-as-admin', 'emergencyMobile');
    }
    if (picMobile?.status === 'valid' && picMobile.normalized === emergencyMobile.normalized) {
      add('blocking', 'emergency-same-as-person-in-charge', 'emergencyMobile');
    }
  }

  // Letters.
  checkLetter(add, 'commitmentLetterDate', profile.commitmentLetterDate, today);
  if (separatePic) checkLetter(add, 'authorizationLetterDate', profile.authorizationLetterDate, today);

  // Per-entity cap: the new mini program must fit under it.
  const cap = miniProgramCap(profile.entityType);
  const existing = context.existingMiniProgramsForEntity;
  if (cap !== null && existing !== undefined) {
    if (existing + 1 > cap) add('blocking', 'entity-cap-exceeded', 'entityType');
    else if (existing + 1 === cap) add('warning', 'entity-cap-last', 'entityType');
  }

  // Situation warnings (personal entity, province consistency, missed 2024-03-31 deadline).
  for (const warning of deriveWarnings(profile, today)) add('warning', warning.code, warning.field);

  return problems;
}

/** True when nothing blocks the user from going to the platform. */
export function isPreflightClear(problems: readonly PreflightProblem[]): boolean {
  return problems.every((p) => p.severity !== 'blocking');
}

/**
 * The most important problem on one field (blocking before warning), or null when the field is
 * fine. For live validation: the form shows it next to the input as the user types.
 */
export function fieldProblem(path: ProfileFieldPath, profile: FilingProfile, today: string): PreflightProblem | null {
  const onField = preflight(profile, today).filter((p) => p.field === path);
  return onField.find((p) => p.severity === 'blocking') ?? onField[0] ?? null;
}

/** The message code for one field (see `fieldProblem`), or null when the field is fine. */
export function validateProfileField(
  path: ProfileFieldPath,
  profile: FilingProfile,
  today: string,
): PreflightCode | null {
  return fieldProblem(path, profile, today)?.code ?? null;
}
