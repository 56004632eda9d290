/**
 * The pre-flight check: every blocking problem and warning in a FilingProfile, found before the
 * user goes to the WeChat platform, each tied to the profile field that fixes it. Sources: the
 * seed guide, the filing rules in docs/domain.md, WeChat's applyIcpFiling form, and the modules
 * each rule lives in (entity-types, id-documents, mini-program-name, entity-address, principals).
 */
import type { FilingProfile, PersonInCharge } from '@/domain/filing';
import { ENTITY_CERTIFICATE_TYPES, ID_DOCUMENT_TYPES } from '@/domain/filing';
import { provinceByCode } from '@/domain/provinces';
import {
  validateEmail,
  validateLicenseNumber,
  validateMobile,
  type ValidationReason,
  type ValidationResult,
} from '@/domain/validation';
import { validateIdDocument } from '@/domain/id-documents';
import { entityRulesOf, type EntityRules } from '@/domain/entity-types';
import { miniProgramNameProblems, MINI_PROGRAM_NAME_LIMITS } from '@/domain/mini-program-name';
import { addressProblems } from '@/domain/entity-address';
import { approvalIndustriesNamed, hasUnfilledSlot, nameSharesBusiness } from '@/domain/service-description';
import type { PriorApprovalIndustry } from '@/domain/prior-approval';
import {
  isPersonal,
  miniProgramPrincipalRoleOf,
  needsMiniProgramAuthorization,
  principalIsNotLegalPerson,
} from '@/domain/principals';
import { WARNING_CODES, deriveWarnings, emergencyClashes } from '@/domain/materials';
import {
  ID_VALIDITY_PROBLEMS,
  LETTER_DATE_PROBLEMS,
  certificateValidity,
  expiresDuringReview,
  idValidityProblems,
  letterDateProblem,
  type ValidityWindow,
} from '@/domain/document-dates';
import { PERSON_KEYS, type ProfileFieldPath, type ProfilePerson } from '@/domain/profile-fields';

/** GB/T 2260 code of Shanghai. */
const SHANGHAI = '31';

export const PREFLIGHT_CODES = [
  /** Nothing entered where the filing needs a value. */
  'required',
  /** The validator rejects the value (detail carries its reason code). */
  'invalid',
  /** Well-formed but the check character misses (early pilot credit codes): warn only. */
  'checksum-warning',
  /** A credit code whose region prefix is no province GB/T 2260 knows: warn only. */
  'region-warning',
  /** A passport number of an unusual shape: warn only (no single standard). */
  'format-warning',
  'too-short',
  'too-long',
  'too-many',
  'name-too-short',
  'name-too-long',
  'name-reserved-word',
  'name-unusual-characters',
  'district-unusual',
  'address-repeats-region',
  'address-without-number',
  'certificate-address-mismatch',
  'certificate-entity-mismatch',
  'certificate-type-mismatch',
  'expires-during-review',
  'emergency-same-as-admin',
  'emergency-same-as-person-in-charge',
  'emergency-same-as-own-mobile',
  /** Shanghai wants the entity's person in charge to be the legal representative: warn only. */
  'shanghai-principal-legal-person',
  'entity-cap-exceeded',
  'entity-cap-last',
  /** The description names a prior-approval industry while "以上都不涉及" is chosen: warn (detail: the industry). */
  'description-names-approval-industry',
  /** The description and the mini program name share no business word: warn. */
  'description-unrelated-to-name',
  /** A template's 〔…〕 blank is still in the description. */
  'description-template-unfilled',
  ...ID_VALIDITY_PROBLEMS,
  ...LETTER_DATE_PROBLEMS,
  ...WARNING_CODES,
] as const;
export type PreflightCode = (typeof PREFLIGHT_CODES)[number];

export interface PreflightProblem {
  severity: 'blocking' | 'warning';
  code: PreflightCode;
  field: ProfileFieldPath;
  /** For 'invalid' / '*-warning': the validator's reason code (see VALIDATION_REASONS). */
  detail?: ValidationReason;
  /** For 'description-names-approval-industry': the industry the description names. */
  industry?: PriorApprovalIndustry;
  /** Numbers the message shows (the per-entity cap: `existing`, `cap`). */
  numbers?: Record<string, number>;
}

export interface PreflightContext {
  /**
   * Other mini programs of the same entity this app knows of (filings with the same credit code,
   * or for individuals the same ID number), when counted.
   */
  existingMiniProgramsForEntity?: number;
}

/** Service description length in Unicode code points (docs/domain.md: 20–200 characters). */
export const SERVICE_DESCRIPTION_LENGTH = { min: 20, max: 200 } as const;
/** At most 5 service types (docs/domain.md; applyIcpFiling service_content_types "最多5个"). */
export const MAX_SERVICE_TYPES = 5;
/** Mini program name length, weighted (a Chinese character counts 2): mini-program-name.ts. */
export const MINI_PROGRAM_NAME_LENGTH = MINI_PROGRAM_NAME_LIMITS;

/**
 * Mini programs one entity may hold (docs/domain.md: 5 per individual, 5 per individual business,
 * 50 per enterprise; WeChat's verification FAQ: 50 for every other type). Null while no type is chosen.
 */
export function miniProgramCap(entityType: FilingProfile['entityType']): number | null {
  return entityRulesOf(entityType)?.miniProgramCap ?? null;
}

/** Number of Unicode code points, so an emoji or a rare CJK character counts once. */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

type Collector = (
  severity: PreflightProblem['severity'],
  code: PreflightCode,
  field: ProfileFieldPath,
  detail?: ValidationReason,
  numbers?: Record<string, number>,
) => void;

/** Adds 'required', 'invalid' or a warning code for one validated field. */
function checkValidated(add: Collector, field: ProfileFieldPath, input: string, result: ValidationResult): void {
  if (input.trim() === '') add('blocking', 'required', field);
  else if (result.status === 'invalid') add('blocking', 'invalid', field, result.reason);
  else if (result.status === 'warning') {
    const code: PreflightCode =
      result.reason === 'region'
        ? 'region-warning'
        : result.reason === 'format'
          ? 'format-warning'
          : 'checksum-warning';
    add('warning', code, field, result.reason);
  }
}

/** Like checkValidated, for a field that may stay empty. */
function checkOptional(add: Collector, field: ProfileFieldPath, input: string, result: ValidationResult): void {
  if (input.trim() !== '') checkValidated(add, field, input, result);
}

function checkRequired(add: Collector, field: ProfileFieldPath, input: string): void {
  if (input.trim() === '') add('blocking', 'required', field);
}

/**
 * A validity window's dates: start required, end required unless long-term, the date rules of
 * idValidityProblems, and the "expires during the review" reminder.
 */
function checkValidity(
  add: Collector,
  window: ValidityWindow,
  fromField: ProfileFieldPath,
  toField: ProfileFieldPath,
  province: string,
  today: string,
): void {
  checkRequired(add, fromField, window.idValidFrom);
  if (!window.idLongTerm) checkRequired(add, toField, window.idValidTo);
  for (const problem of idValidityProblems(window, province, today)) {
    // 'id-valid-from-*' problems are fixed at the start date; every other one at the end date.
    add('blocking', problem, problem.startsWith('id-valid-from') ? fromField : toField);
  }
  if (expiresDuringReview(window, province, today)) add('warning', 'expires-during-review', toField);
}

/** What a person in charge must give: the filing form's principal_info, or registration's 管理员. */
type PersonNeeds = 'principal' | 'administrator';

/**
 * One person's fields: name and document always; mobile for both; the validity window, email and
 * own emergency number for a person in charge (applyIcpFiling principal_info), not for an
 * administrator who holds no filing role (registration step 4.5 asks name, ID and mobile only).
 */
function checkPerson(
  add: Collector,
  prefix: ProfilePerson,
  person: PersonInCharge,
  needs: PersonNeeds,
  province: string,
  today: string,
): void {
  const f = (key: (typeof PERSON_KEYS)[number]): ProfileFieldPath => `${prefix}.${key}`;
  checkRequired(add, f('name'), person.name);
  if (!ID_DOCUMENT_TYPES.includes(person.idType)) add('blocking', 'invalid', f('idType'));
  else checkValidated(add, f('idNumber'), person.idNumber, validateIdDocument(person.idType, person.idNumber, today));
  const mobile = validateMobile(person.mobile);
  checkValidated(add, f('mobile'), person.mobile, mobile);
  if (needs === 'administrator') return;
  checkValidity(add, person, f('idValidFrom'), f('idValidTo'), province, today);
  checkValidated(add, f('email'), person.email, validateEmail(person.email));
  const emergency = validateMobile(person.emergencyMobile);
  checkOptional(add, f('emergencyMobile'), person.emergencyMobile, emergency);
  if (emergency.status === 'valid' && mobile.status === 'valid' && emergency.normalized === mobile.normalized) {
    add('blocking', 'emergency-same-as-own-mobile', f('emergencyMobile'));
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
 * The entity type a valid credit code's first two characters name (GB 32100-2015 table 1:
 * 9 工商 → 1 企业, 2 个体工商户, 3 农民专业合作社; 1 机构编制 → 1 机关, 2 事业单位; 5 民政 → 社会组织),
 * or null when the code says nothing this app can compare.
 */
export function entityTypeOfCreditCode(code: string): FilingProfile['entityType'] | null {
  const c = code.trim().toUpperCase();
  if (/^9[13]/.test(c)) return 'enterprise';
  if (c.startsWith('92')) return 'individual-business';
  if (c.startsWith('11')) return 'government';
  if (c.startsWith('12')) return 'public-institution';
  if (c.startsWith('5')) return 'other-organization';
  return null;
}

/** The entity's certificate: name, type, number, validity and the certificate's address. */
function checkEntity(add: Collector, profile: FilingProfile, rules: EntityRules, today: string): void {
  checkRequired(add, 'entityName', profile.entityName);
  if (profile.certificateType !== '') {
    if (!ENTITY_CERTIFICATE_TYPES.includes(profile.certificateType)) add('blocking', 'invalid', 'certificateType');
    else if (!rules.certificates.includes(profile.certificateType)) {
      add('warning', 'certificate-type-mismatch', 'certificateType');
    }
  }
  const number = validateLicenseNumber(profile.certificateNumber);
  checkValidated(add, 'certificateNumber', profile.certificateNumber, number);
  if (number.status === 'valid' && number.normalized.length === 18) {
    const named = entityTypeOfCreditCode(number.normalized);
    if (named !== null && named !== profile.entityType)
      add('warning', 'certificate-entity-mismatch', 'certificateNumber');
  }
  checkValidity(
    add,
    certificateValidity(profile),
    'certificateValidFrom',
    'certificateValidTo',
    profile.province,
    today,
  );
  checkRequired(add, 'certificateAddress', profile.certificateAddress);
}

/**
 * Every blocking problem and warning of `profile` as of `today` (`YYYY-MM-DD`), in form order.
 * Blocking: missing required fields, invalid identifiers, lengths and name rules, clashing
 * mobiles, validity windows, letter dates, the per-entity cap. Warnings: checksum and region
 * misses, unusual passports and names, address shapes and mismatches, documents that would
 * expire during the review, the entity's last allowed mini program, and the situation warnings
 * of `deriveWarnings`.
 */
export function preflight(profile: FilingProfile, today: string, context: PreflightContext = {}): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  const add: Collector = (severity, code, field, detail, numbers) => {
    const problem: PreflightProblem = { severity, code, field };
    if (detail !== undefined) problem.detail = detail;
    if (numbers !== undefined) problem.numbers = numbers;
    problems.push(problem);
  };
  const personal = isPersonal(profile);
  const rules = entityRulesOf(profile.entityType);
  const province = profile.province;

  // Entity.
  if (profile.entityType === '') add('blocking', 'required', 'entityType');
  if (rules && !personal) checkEntity(add, profile, rules, today);
  if (province === '') add('blocking', 'required', 'province');
  else if (!provinceByCode(province)) add('blocking', 'invalid', 'province');
  checkRequired(add, 'city', profile.city);
  checkRequired(add, 'district', profile.district);
  checkRequired(add, 'address', profile.address);
  for (const problem of addressProblems(profile)) {
    const field: ProfileFieldPath =
      problem === 'district-unusual'
        ? 'district'
        : problem === 'certificate-address-mismatch'
          ? 'certificateAddress'
          : 'address';
    add('warning', problem, field);
  }
  // Individuals: asked where they live; the ID number's region is where they were first registered.
  if (personal && profile.residesInFilingProvince === '') add('blocking', 'required', 'residesInFilingProvince');

  // Mini program.
  const name = profile.miniProgramName.trim();
  if (name === '') add('blocking', 'required', 'miniProgramName');
  for (const problem of miniProgramNameProblems(name)) {
    add(problem === 'name-unusual-characters' ? 'warning' : 'blocking', problem, 'miniProgramName');
  }
  const descriptionLength = codePointLength(profile.serviceDescription.trim());
  if (descriptionLength === 0) add('blocking', 'required', 'serviceDescription');
  else if (descriptionLength < SERVICE_DESCRIPTION_LENGTH.min) add('blocking', 'too-short', 'serviceDescription');
  else if (descriptionLength > SERVICE_DESCRIPTION_LENGTH.max) add('blocking', 'too-long', 'serviceDescription');
  // What the description says against the rest of the profile (service-description.ts, issue 14).
  if (descriptionLength > 0) {
    const description = profile.serviceDescription;
    if (hasUnfilledSlot(description)) add('blocking', 'description-template-unfilled', 'serviceDescription');
    if (profile.priorApproval === 'none') {
      for (const industry of approvalIndustriesNamed(description)) {
        problems.push({
          severity: 'warning',
          code: 'description-names-approval-industry',
          field: 'serviceDescription',
          industry,
        });
      }
    }
    if (nameSharesBusiness(name, description) === false) {
      add('warning', 'description-unrelated-to-name', 'serviceDescription');
    }
  }
  const serviceTypes = new Set(profile.serviceTypes.map((t) => t.trim()).filter((t) => t !== ''));
  if (serviceTypes.size === 0) add('blocking', 'required', 'serviceTypes');
  else if (serviceTypes.size > MAX_SERVICE_TYPES) add('blocking', 'too-many', 'serviceTypes');
  if (profile.priorApproval === '') add('blocking', 'required', 'priorApproval');
  else if (
    profile.priorApproval === 'required' &&
    profile.priorApprovals.length === 0 &&
    profile.otherPriorApprovals.every((i) => i.trim() === '')
  ) {
    add('blocking', 'required', 'priorApprovals');
  }

  // Account and people.
  if (!profile.publishedBeforeSept2023) {
    checkValidated(add, 'registrationEmail', profile.registrationEmail, validateEmail(profile.registrationEmail));
  }
  const emergencyMobile = validateMobile(profile.emergencyMobile);
  checkValidated(add, 'emergencyMobile', profile.emergencyMobile, emergencyMobile);
  checkPerson(add, 'entityPrincipal', profile.entityPrincipal, 'principal', province, today);
  // Someone other than the legal representative in charge: the legal person's name and number
  // (applyIcpFiling legal_person_info). Shanghai asks for the legal representative himself
  // (JD Cloud's Shanghai rules: "主体负责人和网站负责人需填写法人",
  // https://github.com/zhangkai263/cn/blob/HEAD/documentation/Domain-Name-&-License/ICP-License-Service/Getting-Started/Management-specification/Shanghai.md).
  if (principalIsNotLegalPerson(profile)) {
    checkRequired(add, 'legalPerson.name', profile.legalPerson.name);
    checkRequired(add, 'legalPerson.idNumber', profile.legalPerson.idNumber);
    if (province === SHANGHAI) add('warning', 'shanghai-principal-legal-person', 'entityPrincipalIsLegalPerson');
  }
  const role = miniProgramPrincipalRoleOf(profile);
  if (!personal) {
    checkPerson(
      add,
      'administrator',
      profile.administrator,
      role === 'administrator' ? 'principal' : 'administrator',
      province,
      today,
    );
    if (role === 'someone-else')
      checkPerson(add, 'miniProgramPrincipal', profile.miniProgramPrincipal, 'principal', province, today);
  }

  // Persons in charge and the emergency contact must use different numbers (docs/domain.md).
  const clash = emergencyClashes(profile);
  if (clash.administrator) add('blocking', 'emergency-same-as-admin', 'emergencyMobile');
  if (clash.principal) add('blocking', 'emergency-same-as-person-in-charge', 'emergencyMobile');

  // Letters: the commitment letter always; the authorization letter for a separate mini program principal.
  checkLetter(add, 'commitmentLetterDate', profile.commitmentLetterDate, today);
  if (needsMiniProgramAuthorization(profile)) {
    checkLetter(add, 'authorizationLetterDate', profile.authorizationLetterDate, today);
  }

  // Per-entity cap: the new mini program must fit under it.
  const cap = miniProgramCap(profile.entityType);
  const existing = context.existingMiniProgramsForEntity;
  if (cap !== null && existing !== undefined) {
    const numbers = { existing, cap };
    if (existing + 1 > cap) add('blocking', 'entity-cap-exceeded', 'entityType', undefined, numbers);
    else if (existing + 1 === cap) add('warning', 'entity-cap-last', 'entityType', undefined, numbers);
  }

  // Situation warnings (individual's verification, province consistency, the 2024-03-31 deadline).
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

// ---------------------------------------------------------------------------------------------
// Common rejection reasons, as reminders
// ---------------------------------------------------------------------------------------------

/**
 * Reasons reviewers commonly give, shown before submission (issue 12; each is also a rule above
 * where the app can check it):
 * - 'name-scope': the mini program name has nothing to do with the entity's business scope
 *   (WeChat verification audits "naming compliance": seed, "Verification Fee"); only the user can tell;
 * - 'address': the address does not match the certificate or lacks detail (docs/domain.md;
 *   applyIcpFiling base_info.address);
 * - 'expiring-document': an ID or certificate that will be valid for less than 3 months (6 in
 *   Ningxia) while the review is still running (docs/domain.md);
 * - 'prior-approval': content of a prior-approval industry declared as "none" (Order No. 292 Art. 5);
 *   flagged when the description names such content (service-description.ts).
 */
export const REJECTION_REMINDERS = ['name-scope', 'address', 'expiring-document', 'prior-approval'] as const;
export type RejectionReminder = (typeof REJECTION_REMINDERS)[number];

/** Each reminder with whether this profile shows signs of it now (the problems found above). */
export function rejectionReminders(
  problems: readonly PreflightProblem[],
): Array<{ reminder: RejectionReminder; flagged: boolean }> {
  const has = (codes: readonly PreflightCode[]) => problems.some((p) => codes.includes(p.code));
  return REJECTION_REMINDERS.map((reminder) => ({
    reminder,
    flagged:
      reminder === 'address'
        ? has(['address-repeats-region', 'address-without-number', 'certificate-address-mismatch', 'district-unusual'])
        : reminder === 'expiring-document'
          ? has(['expires-during-review', 'id-expires-too-soon', 'id-expired'])
          : reminder === 'name-scope'
            ? has(['name-unusual-characters', 'name-reserved-word', 'description-unrelated-to-name'])
            : has(['description-names-approval-industry']),
  }));
}
