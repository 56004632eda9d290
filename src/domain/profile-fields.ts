/**
 * The paths of a FilingProfile's leaves ('entityName', 'administrator.mobile', …): the names by
 * which a problem, a material or a warning points at the input that fixes it. Its own module so
 * that the materials checklist and the pre-flight check can both use it without importing each
 * other.
 */
import type { PersonInCharge } from '@/domain/filing';

/** The people of a profile, by the key they are stored under. */
export const PROFILE_PEOPLE = ['entityPrincipal', 'administrator', 'miniProgramPrincipal'] as const;
export type ProfilePerson = (typeof PROFILE_PEOPLE)[number];

export const PERSON_KEYS = [
  'name',
  'idType',
  'idNumber',
  'idValidFrom',
  'idValidTo',
  'idLongTerm',
  'mobile',
  'email',
  'emergencyMobile',
] as const satisfies ReadonlyArray<keyof PersonInCharge>;

const TOP_FIELDS = [
  'entityType',
  'entityPrincipalIsLegalPerson',
  'legalPerson.name',
  'legalPerson.idNumber',
  'entityName',
  'certificateType',
  'certificateNumber',
  'certificateValidFrom',
  'certificateValidTo',
  'certificateLongTerm',
  'certificateAddress',
  'province',
  'city',
  'district',
  'address',
  'residesInFilingProvince',
  'registrationEmail',
  'miniProgramPrincipalRole',
  'emergencyMobile',
  'miniProgramName',
  'serviceDescription',
  'serviceTypes',
  'priorApproval',
  'priorApprovals',
  'otherPriorApprovals',
  'bankReady',
  'bankLast4',
  'verificationApprovedOn',
  'publishedBeforeSept2023',
  'commitmentLetterDate',
  'authorizationLetterDate',
] as const;

/** Every leaf of FilingProfile as a dotted path, so the UI can link a problem to its input. */
export type ProfileFieldPath = (typeof TOP_FIELDS)[number] | `${ProfilePerson}.${(typeof PERSON_KEYS)[number]}`;

export const PROFILE_FIELDS: readonly ProfileFieldPath[] = [
  ...TOP_FIELDS,
  ...PROFILE_PEOPLE.flatMap((person) => PERSON_KEYS.map((key) => `${person}.${key}` as const)),
];
