/**
 * The shape of one filing as the user describes it. Every field is kept exactly as typed
 * (a draft), so leaving a page half-way loses nothing; validation happens on read.
 * Dates are China calendar dates as `YYYY-MM-DD`; '' means "not entered yet".
 */
export type EntityType =
  'enterprise' | 'individual-business' | 'public-institution' | 'other-organization' | 'personal';

export const ENTITY_TYPES: readonly EntityType[] = [
  'enterprise',
  'individual-business',
  'public-institution',
  'other-organization',
  'personal',
];

/** Identity document details of one natural person (legal representative or person in charge). */
export interface PersonIdentity {
  name: string;
  /** Resident ID number, as typed. */
  idNumber: string;
  /** First day of validity, `YYYY-MM-DD` or ''. */
  idValidFrom: string;
  /** Last day of validity, `YYYY-MM-DD` or '' ; ignored when `idLongTerm`. */
  idValidTo: string;
  /** "长期": the ID never expires. */
  idLongTerm: boolean;
}

export interface FilingProfile {
  entityType: EntityType | '';
  companyName: string;
  /** Unified social credit code (18) or an old license's registration number (15 digits). */
  creditCode: string;
  /** GB/T 2260 two-digit code of the filing province, or ''. */
  province: string;
  city: string;
  miniProgramName: string;
  serviceDescription: string;
  serviceTypes: string[];
  /** 'none' declares that no prior approval is needed; 'required' lists them in priorApprovalItems. */
  priorApproval: 'none' | 'required' | '';
  priorApprovalItems: string[];
  adminName: string;
  adminMobile: string;
  adminEmail: string;
  emergencyMobile: string;
  legalRepresentative: PersonIdentity;
  /** Whether the legal representative is also the person in charge of the mini program. */
  legalRepIsPersonInCharge: boolean;
  personInCharge: PersonIdentity & { mobile: string };
  /** Bank information: only readiness and at most the last 4 digits, never the account number. */
  bankReady: boolean;
  bankLast4: string;
  /** The mini program was already published before 2023-09-01 and is still unfiled. */
  publishedBeforeSept2023: boolean;
  /** Date printed on the commitment letter (承诺书), `YYYY-MM-DD` or ''. */
  commitmentLetterDate: string;
  /** Date printed on the authorization letter, `YYYY-MM-DD` or ''. */
  authorizationLetterDate: string;
}

export function emptyPerson(): PersonIdentity {
  return { name: '', idNumber: '', idValidFrom: '', idValidTo: '', idLongTerm: false };
}

export function emptyProfile(): FilingProfile {
  return {
    entityType: '',
    companyName: '',
    creditCode: '',
    province: '',
    city: '',
    miniProgramName: '',
    serviceDescription: '',
    serviceTypes: [],
    priorApproval: '',
    priorApprovalItems: [],
    adminName: '',
    adminMobile: '',
    adminEmail: '',
    emergencyMobile: '',
    legalRepresentative: emptyPerson(),
    legalRepIsPersonInCharge: true,
    personInCharge: { ...emptyPerson(), mobile: '' },
    bankReady: false,
    bankLast4: '',
    publishedBeforeSept2023: false,
    commitmentLetterDate: '',
    authorizationLetterDate: '',
  };
}
