/**
 * What differs between entity types: the certificate, what the entity's person in charge is
 * called, which verification routes exist, what verification costs and takes, whether filing
 * waits for it, and how many mini programs one entity may hold. Where sources disagree, both
 * figures are kept and the UI shows the range (docs/domain.md).
 *
 * Sources, cited per rule below:
 * - SEED: shared/seed/wechat-mini-program-filing-guide.txt.
 * - DOMAIN: shared/docs/domain.md.
 * - WX-AUTH: WeChat "小程序认证" API (customer_type 企业 1, 个体工商户 12, 个人 15; individuals choose
 *   an identity to verify): https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/weapp-wxverify/api_secwxaapi_wxaauth
 * - WX-FAQ: WeChat verification FAQ as republished at http://www.nbyuyuan.net/information/information/44
 *   (企业/媒体/政府及事业单位/其他组织; free for 政府 and some organisations such as foundations,
 *   RMB 300 for the rest; review "within 15 working days"; 3 chances to resubmit; 个体工商户 5
 *   mini programs, others 50).
 * - ROUTES: http://guitukeji.com/news/157.html (enterprises may verify by a small transfer instead
 *   of WeChat verification; 政府、媒体、其他组织 must use WeChat verification).
 * - INDIVIDUAL-30: newer third-party guides and a WeChat community thread: individuals RMB 30,
 *   enterprises 300 (https://github.com/Misaka-1314/MisakaStudy-MIniProgram/discussions/8);
 *   个体工商户 30 ("30大洋变300", https://developers.weixin.qq.com/community/develop/doc/0004a0f4148c18146ad0f67fe66800);
 *   1–3 working days (https://haixingjob.cn/57425.html). Personal mini programs registered from
 *   2023-12-25 start unverified and need verification to be searched and shared
 *   (https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/product/Register_Mini_Programs/fastregisterpersonalmp).
 */
import type { EntityCertificateType, EntityType } from '@/domain/filing';
import type { VerificationMethod } from '@/domain/verification';

/** What the entity's person in charge is called on labels. */
export type PrincipalTitle = 'legal-representative' | 'operator' | 'self' | 'head' | 'entity-principal';

/**
 * What the entity's person in charge is called in this profile: the entity type's title, or the
 * plain 主体负责人 when the profile says the person in charge is not the legal representative.
 */
export function principalTitleOf(profile: {
  entityType: EntityType | '';
  entityPrincipalIsLegalPerson?: boolean;
}): PrincipalTitle {
  const title = entityRulesOf(profile.entityType)?.principalTitle ?? 'legal-representative';
  return title === 'legal-representative' && profile.entityPrincipalIsLegalPerson === false
    ? 'entity-principal'
    : title;
}

/** A fee, with the seed's figure and other sources' where they differ. RMB; null = none stated. */
export interface VerificationFee {
  /** The figure the seed implies for this entity type, or null when the seed says it is impossible. */
  seedRmb: number | null;
  /** The figure newer sources give, when it differs from the seed's. */
  otherSourcesRmb?: number;
  /** Not refunded when verification fails (SEED: "non-refundable"). */
  refundable: false;
}

export interface EntityRules {
  /** Certificates this entity type registers with; the first is the usual one. Empty for individuals. */
  certificates: readonly EntityCertificateType[];
  principalTitle: PrincipalTitle;
  /** Verification routes at registration step 4.4; empty when there is none (individuals). */
  verificationRoutes: readonly VerificationMethod[];
  /** Whether filing waits for verification (SEED: "Verification must be completed before filing"). */
  verificationRequiredForFiling: boolean;
  /** WeChat verification's fee for this entity type. */
  fee: VerificationFee;
  /**
   * Review time of WeChat verification in working days, the guide's range and the longer bound
   * other sources give (see review-clock.ts for the clock itself).
   */
  reviewDays: { min: number; max: number; otherSourcesMax?: number };
  /** Whether the entity has a bank account and a company stamp (WeChat Pay, signed-and-stamped documents). */
  isOrganisation: boolean;
  /** Mini programs one entity may hold (DOMAIN: 5 per individual, 5 per individual business, 50 per enterprise). */
  miniProgramCap: number;
}

const ORGANISATION_REVIEW = { min: 1, max: 5, otherSourcesMax: 15 } as const;

export const ENTITY_RULES: Readonly<Record<EntityType, EntityRules>> = {
  enterprise: {
    certificates: ['business-licence'],
    principalTitle: 'legal-representative',
    // SEED 4.4: bank transfer from the public account, or WeChat verification for RMB 300.
    verificationRoutes: ['bank-transfer', 'wechat-verification'],
    verificationRequiredForFiling: true,
    fee: { seedRmb: 300, refundable: false },
    // SEED: 1–5 business days; WX-FAQ: within 15 working days.
    reviewDays: ORGANISATION_REVIEW,
    isOrganisation: true,
    miniProgramCap: 50,
  },
  'individual-business': {
    certificates: ['business-licence'],
    // 个体工商户 are run by an operator (经营者), not a legal representative.
    principalTitle: 'operator',
    // WeChat registers them as 企业 (WX-AUTH customer_type 12 is a kind of enterprise), so both routes exist.
    verificationRoutes: ['bank-transfer', 'wechat-verification'],
    verificationRequiredForFiling: true,
    // SEED: RMB 300 for non-personal entities; INDIVIDUAL-30: RMB 30 for 个体工商户.
    fee: { seedRmb: 300, otherSourcesRmb: 30, refundable: false },
    // INDIVIDUAL-30: 1–3 working days; the seed's 1–5 and WX-FAQ's 15 remain the outer bounds.
    reviewDays: { min: 1, max: 3, otherSourcesMax: 15 },
    isOrganisation: true,
    miniProgramCap: 5,
  },
  'public-institution': {
    certificates: ['public-institution-certificate'],
    principalTitle: 'legal-representative',
    // ROUTES: organisations other than enterprises verify through WeChat verification only.
    verificationRoutes: ['wechat-verification'],
    verificationRequiredForFiling: true,
    // WX-FAQ names 政府及事业单位 as one type but only 政府 as free: RMB 300 unless WeChat waives it.
    fee: { seedRmb: 300, otherSourcesRmb: 0, refundable: false },
    reviewDays: ORGANISATION_REVIEW,
    isOrganisation: true,
    // DOMAIN / WX-FAQ: every type but individual businesses (and individuals) may hold 50.
    miniProgramCap: 50,
  },
  government: {
    certificates: ['unified-credit-code-certificate'],
    principalTitle: 'head',
    verificationRoutes: ['wechat-verification'],
    verificationRequiredForFiling: true,
    // WX-FAQ: government verification is free.
    fee: { seedRmb: 300, otherSourcesRmb: 0, refundable: false },
    reviewDays: ORGANISATION_REVIEW,
    isOrganisation: true,
    miniProgramCap: 50,
  },
  'other-organization': {
    certificates: [
      'social-organization-certificate',
      'private-non-enterprise-certificate',
      'foundation-certificate',
      'other-certificate',
    ],
    principalTitle: 'legal-representative',
    verificationRoutes: ['wechat-verification'],
    verificationRequiredForFiling: true,
    // WX-FAQ: free for some organisations (foundations, foreign government offices), RMB 300 otherwise.
    fee: { seedRmb: 300, otherSourcesRmb: 0, refundable: false },
    reviewDays: ORGANISATION_REVIEW,
    isOrganisation: true,
    miniProgramCap: 50,
  },
  personal: {
    certificates: [],
    principalTitle: 'self',
    // No entity to verify at registration: the administrator is the individual, identified by WeChat.
    verificationRoutes: [],
    // SEED: "Mini Programs under personal entities cannot … be verified", yet individuals file:
    // filing cannot wait for a verification the seed says does not exist.
    verificationRequiredForFiling: false,
    // SEED: impossible; INDIVIDUAL-30 and WX-AUTH: possible now, RMB 30.
    fee: { seedRmb: null, otherSourcesRmb: 30, refundable: false },
    reviewDays: { min: 1, max: 3, otherSourcesMax: 15 },
    isOrganisation: false,
    miniProgramCap: 5,
  },
};

/** The rules of an entity type, or null while none is chosen. */
export function entityRulesOf(entityType: EntityType | ''): EntityRules | null {
  return entityType === '' ? null : ENTITY_RULES[entityType];
}

/** The certificate a profile files with: the chosen one, else the entity type's usual one. */
export function certificateTypeOf(
  entityType: EntityType | '',
  chosen: EntityCertificateType | '',
): EntityCertificateType | null {
  const rules = entityRulesOf(entityType);
  if (!rules) return null;
  return chosen !== '' && rules.certificates.includes(chosen) ? chosen : (rules.certificates[0] ?? null);
}
