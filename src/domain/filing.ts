/**
 * The shape of one filing as the user describes it: every fact WeChat's registration,
 * verification and ICP-filing forms ask for, named as the forms name them. Every field is kept
 * exactly as typed (a draft), so leaving a page half-way loses nothing; validation happens on
 * read. Dates are China calendar dates as `YYYY-MM-DD`; '' means "not entered yet".
 *
 * The ICP-filing form's parts follow WeChat's applyIcpFiling request (備案主体信息 icp_subject:
 * base_info, organize_info, principal_info; 微信小程序信息 icp_applets: base_info, principal_info):
 * https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling.html
 */
import type { PriorApprovalIndustry } from '@/domain/prior-approval';

/**
 * The entity (主体) that owns the mini program. WeChat registers enterprises (企业, including
 * 个体工商户), governments (政府), public institutions (事业单位), other organisations and
 * individuals (个人); each has its own certificate, verification routes and cap (entity-types.ts).
 */
export type EntityType =
  'enterprise' | 'individual-business' | 'public-institution' | 'government' | 'other-organization' | 'personal';

export const ENTITY_TYPES: readonly EntityType[] = [
  'enterprise',
  'individual-business',
  'public-institution',
  'government',
  'other-organization',
  'personal',
];

/**
 * The identity document a natural person files with (负责人证件类型). The filing form offers the
 * mainland resident ID and the documents of Hong Kong, Macau and Taiwan residents and of
 * foreigners (WeChat queryIcpCertificateTypes: "个人的证件类型有居民身份证、护照…"); formats are
 * checked in id-documents.ts, blocking only where the format is standard.
 */
export type IdDocumentType =
  /** 居民身份证 (GB 11643-1999). */
  | 'resident-id'
  /** 港澳居民居住证: 18 digits, address code 810000 / 820000. */
  | 'hk-macau-residence-permit'
  /** 台湾居民居住证: 18 digits, address code 830000. */
  | 'taiwan-residence-permit'
  /** 港澳居民来往内地通行证 ("回乡证"): H or M and 8 (or 10) digits. */
  | 'hk-macau-travel-permit'
  /** 台湾居民来往大陆通行证 ("台胞证"): 8 digits since 2008. */
  | 'taiwan-travel-permit'
  /** 外国人永久居留身份证: 18 characters from 2023 (first digit 9), 15 before. */
  | 'foreign-permanent-residence'
  /** 护照: no single standard format. */
  | 'passport';

export const ID_DOCUMENT_TYPES: readonly IdDocumentType[] = [
  'resident-id',
  'hk-macau-residence-permit',
  'taiwan-residence-permit',
  'hk-macau-travel-permit',
  'taiwan-travel-permit',
  'foreign-permanent-residence',
  'passport',
];

/**
 * The entity's certificate (主体证件类型). Which ones an entity type can use is in entity-types.ts;
 * a personal entity registers with the individual's identity document instead.
 */
export type EntityCertificateType =
  /** 营业执照: enterprises and individual businesses. */
  | 'business-licence'
  /** 事业单位法人证书. */
  | 'public-institution-certificate'
  /** 统一社会信用代码证书: government bodies (机关). */
  | 'unified-credit-code-certificate'
  /** 社会团体法人登记证书. */
  | 'social-organization-certificate'
  /** 民办非企业单位登记证书. */
  | 'private-non-enterprise-certificate'
  /** 基金会法人登记证书. */
  | 'foundation-certificate'
  /** Any other registration certificate (律师事务所执业许可证, 宗教活动场所登记证 …). */
  | 'other-certificate';

export const ENTITY_CERTIFICATE_TYPES: readonly EntityCertificateType[] = [
  'business-licence',
  'public-institution-certificate',
  'unified-credit-code-certificate',
  'social-organization-certificate',
  'private-non-enterprise-certificate',
  'foundation-certificate',
  'other-certificate',
];

/**
 * One natural person the forms name: the entity's person in charge (主体负责人), the mini
 * program's person in charge (小程序负责人) or the administrator (管理员). The filing form asks
 * each person in charge for all of these (principal_info: name, mobile, email, emergency_contact,
 * certificate_type/number, certificate_validity_date_start/end with "长期").
 */
export interface PersonInCharge {
  name: string;
  idType: IdDocumentType;
  /** The document number, as typed. */
  idNumber: string;
  /** First day of validity, `YYYY-MM-DD` or ''. */
  idValidFrom: string;
  /** Last day of validity, `YYYY-MM-DD` or ''; ignored when `idLongTerm`. */
  idValidTo: string;
  /** "长期": the document never expires. */
  idLongTerm: boolean;
  /** Mainland mobile (负责人联系方式). */
  mobile: string;
  /** 负责人电子邮件. */
  email: string;
  /**
   * 应急联系方式 for this person; '' means the profile's shared `emergencyMobile` is used
   * (principals.ts resolves it).
   */
  emergencyMobile: string;
}

/**
 * Who the mini program's person in charge (小程序负责人) is. WeChat defaults it to the
 * administrator; it may also be the entity's person in charge, or someone else. Whenever the
 * two persons in charge are different people, each gets the MIIT SMS (seed, "MIIT SMS
 * Verification"; docs/domain.md), and only the mini program's person in charge does the face
 * check (applyIcpFiling: "仅小程序负责人需要扫脸").
 */
export type MiniProgramPrincipalRole = 'administrator' | 'entity-principal' | 'someone-else';
export const MINI_PROGRAM_PRINCIPAL_ROLES: readonly MiniProgramPrincipalRole[] = [
  'administrator',
  'entity-principal',
  'someone-else',
];

/**
 * The legal representative (法人) when the entity's person in charge is someone else: the filing
 * form then asks for the legal person's name and document number (applyIcpFiling
 * legal_person_info: "非个人备案，且主体负责人不是法人时，必填").
 */
export interface LegalPerson {
  name: string;
  /** The legal representative's document number, as typed. */
  idNumber: string;
}

/** A prior approval (前置审批) the mini program's content needs, with its approval number if known. */
export interface PriorApproval {
  industry: PriorApprovalIndustry;
  /** 前置审批号 as printed on the certificate, or ''. */
  approvalNumber: string;
}

export interface FilingProfile {
  // --- Entity (主体) --------------------------------------------------------------------------
  entityType: EntityType | '';
  /**
   * 主体名称 / 主办单位名称, exactly as on the certificate. A personal entity's name is the
   * individual's, so for 'personal' the entity principal's name is used (principals.ts).
   */
  entityName: string;
  /** 主体证件类型; '' = the entity type's usual certificate (entity-types.ts). */
  certificateType: EntityCertificateType | '';
  /** 主体证件号码: unified social credit code (18) or an old licence's registration number (15). */
  certificateNumber: string;
  /** Certificate validity (营业期限): first day, `YYYY-MM-DD` or ''. */
  certificateValidFrom: string;
  /** Certificate validity: last day, `YYYY-MM-DD` or ''; ignored when `certificateLongTerm`. */
  certificateValidTo: string;
  /** "长期": the certificate has no end date. */
  certificateLongTerm: boolean;
  /** 证件住所: the address printed on the certificate. */
  certificateAddress: string;
  /** GB/T 2260 two-digit code of the filing province (备案省份), or ''. */
  province: string;
  /** 备案城市, e.g. 杭州市. */
  city: string;
  /** 备案县区, e.g. 西湖区. */
  district: string;
  /**
   * 通讯地址 below the district: street, number, building, room. WeChat: "必须属于备案省市区，
   * 地址开头的省市区不用填入" (applyIcpFiling, base_info.address).
   */
  address: string;
  /**
   * Individuals only: whether they live in the filing province. Someone filing elsewhere needs
   * a residence permit, temporary residence permit, social-security or property proof
   * (applyIcpFiling personal_info.residence_permit: "个人备案且非本省人员"). Asked, never guessed
   * from the ID number, whose first digits only say where the person was first registered.
   */
  residesInFilingProvince: 'yes' | 'no' | '';
  /**
   * 主体负责人: for an enterprise (and public institutions, other organisations) the legal
   * representative; for an individual business the operator (经营者); for an individual the
   * person themself (本人); for a government body its head.
   */
  entityPrincipal: PersonInCharge;
  /**
   * Whether the entity's person in charge is its legal representative (the usual case, and a
   * must in some provinces such as Shanghai). When not, `legalPerson` is filled and the person in
   * charge needs an authorization letter (applyIcpFiling authorization_letter "当主体负责人不是法人时").
   */
  entityPrincipalIsLegalPerson: boolean;
  /** 法人信息 when the entity's person in charge is not the legal representative. */
  legalPerson: LegalPerson;

  // --- Account and people -----------------------------------------------------------------------
  /** The account's login email: unused on every WeChat platform (seed, material 1). */
  registrationEmail: string;
  /**
   * 管理员 (registration step 4.5): name, identity document and mobile; it cannot be changed
   * after submission (seed). Validity, email and emergency contact are asked when the
   * administrator is also the mini program's person in charge.
   */
  administrator: PersonInCharge;
  /** Who the mini program's person in charge is (default: the administrator). */
  miniProgramPrincipalRole: MiniProgramPrincipalRole;
  /** 小程序负责人 when `miniProgramPrincipalRole` is 'someone-else'; otherwise unused. */
  miniProgramPrincipal: PersonInCharge;
  /** The filing's emergency contact number (seed, material 5); each person's own may override it. */
  emergencyMobile: string;

  // --- Mini program ---------------------------------------------------------------------------
  /** 小程序名称: 4–30 characters, a Chinese character counting 2 (mini-program-name.ts). */
  miniProgramName: string;
  /** 小程序服务内容描述 (备注): 20–200 characters. */
  serviceDescription: string;
  /** 服务内容类型: at most 5. */
  serviceTypes: string[];
  /** 'none' = "以上都不涉及"; 'required' = the industries in `priorApprovals`. */
  priorApproval: 'none' | 'required' | '';
  /** One entry per industry whose prior approval (前置审批) the content needs. */
  priorApprovals: PriorApproval[];
  /** Other approvals the user named that are not on the list (kept as typed). */
  otherPriorApprovals: string[];

  // --- Verification, WeChat Pay and renewal ------------------------------------------------------
  /** Bank information: only readiness and at most the last 4 digits, never the account number. */
  bankReady: boolean;
  bankLast4: string;
  /**
   * The day WeChat verification was approved, `YYYY-MM-DD` or ''. Verification is valid for one
   * year and renewed yearly (docs/domain.md); renewal reminders count from here.
   */
  verificationApprovedOn: string;

  // --- Situation and letters --------------------------------------------------------------------
  /** The mini program was already published before 2023-09-01 and is still unfiled. */
  publishedBeforeSept2023: boolean;
  /** Date printed on the commitment letter (承诺书), `YYYY-MM-DD` or ''. */
  commitmentLetterDate: string;
  /** Date printed on the authorization letter (授权书), `YYYY-MM-DD` or ''. */
  authorizationLetterDate: string;
}

/** A person with nothing entered, holding a mainland resident ID. */
export function emptyPerson(): PersonInCharge {
  return {
    name: '',
    idType: 'resident-id',
    idNumber: '',
    idValidFrom: '',
    idValidTo: '',
    idLongTerm: false,
    mobile: '',
    email: '',
    emergencyMobile: '',
  };
}

export function emptyProfile(): FilingProfile {
  return {
    entityType: '',
    entityName: '',
    certificateType: '',
    certificateNumber: '',
    certificateValidFrom: '',
    certificateValidTo: '',
    certificateLongTerm: false,
    certificateAddress: '',
    province: '',
    city: '',
    district: '',
    address: '',
    residesInFilingProvince: '',
    entityPrincipal: emptyPerson(),
    entityPrincipalIsLegalPerson: true,
    legalPerson: { name: '', idNumber: '' },
    registrationEmail: '',
    administrator: emptyPerson(),
    miniProgramPrincipalRole: 'administrator',
    miniProgramPrincipal: emptyPerson(),
    emergencyMobile: '',
    miniProgramName: '',
    serviceDescription: '',
    serviceTypes: [],
    priorApproval: '',
    priorApprovals: [],
    otherPriorApprovals: [],
    bankReady: false,
    bankLast4: '',
    verificationApprovedOn: '',
    publishedBeforeSept2023: false,
    commitmentLetterDate: '',
    authorizationLetterDate: '',
  };
}
