/**
 * WeChat's forms as the user meets them, filled from the filing profile: registration (注册),
 * entity verification (主体验证), WeChat verification (微信认证) and the ICP filing (备案) in its
 * four parts. Each section lists the form's fields in the form's order, with the form's own
 * label (message `fa.label.<id>`), the value to copy or why there is none, and whether the field
 * holds personal data. The form-filling assistant (issue 14) shows these one tap from the
 * clipboard.
 *
 * Sources (docs/rules.md, "The assistant's field order", lists each with its confidence):
 * - REG-ACCOUNT: registration's account page, 邮箱 → 密码 → 确认密码 → 验证码: the seed (steps
 *   4.1–4.2) and https://www.xiangfeiyue.com/front/tutorial/detail/id/ar202404166f5c76.html.
 * - REG-ADMIN: 管理员信息登记 — 管理员身份证姓名 → 管理员身份证号码 → 管理员手机号码 → 短信验证码:
 *   https://kf.qq.com/faq/120911VrYVrA1510137JRRZr.html (labels) and a copy of the form's text.
 * - REG-ENTITY: 主体信息登记 for enterprises — 企业类型 → 企业名称 → 营业执照注册号 → 注册方式:
 *   the same copy of the (older) form; the 2024 form's order is not confirmed.
 * - VERIFY: 对公打款's 开户名称 → 开户银行 → 账号 (2024 tutorial above); order not confirmed.
 * - WXAUTH: 微信认证's fields from WeChat's verification API (secwxaapi_wxaauth: customer_type,
 *   contact_info name/mobile/email, account_name, invoice_info):
 *   https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/weapp-wxverify/api_secwxaapi_wxaauth
 *   — the form's order is not confirmed; the API's is used.
 * - ICP-PARTS: 主体信息 → 主体负责人 → 小程序信息 → 小程序负责人, and ①选择地区 ②主体性质 ③证件类型
 *   ④上传证件 ⑤主办单位名称: WeChat community tutorial "手把手教你备案微信小程序（非个人主体备案）",
 *   https://developers.weixin.qq.com/community/develop/article/doc/000aca82d841f035b351e114f6b013
 * - ICP-API: every other filing field in the order of applyIcpFiling (icp_subject.base_info,
 *   organize_info, principal_info, legal_person_info; icp_applets.base_info, principal_info):
 *   https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling.html
 *   — not confirmed as the form's order.
 */
import type { EntityCertificateType, EntityType, FilingProfile, IdDocumentType, PersonInCharge } from '@/domain/filing';
import type { VerificationMethod } from '@/domain/verification';
import type { PriorApprovalIndustry } from '@/domain/prior-approval';
import { preflight, type PreflightProblem } from '@/domain/preflight';
import type { ProfileFieldPath, ProfilePerson } from '@/domain/profile-fields';
import { certificateTypeOf } from '@/domain/entity-types';
import {
  administratorOf,
  entityNameOf,
  entityPrincipalOf,
  hasSeparateMiniProgramPrincipal,
  isPersonal,
  miniProgramPrincipalOf,
  miniProgramPrincipalRoleOf,
  principalIsNotLegalPerson,
} from '@/domain/principals';
import { provinceByCode } from '@/domain/provinces';
import { validateEmail, validateLicenseNumber, validateMobile } from '@/domain/validation';
import { validateIdDocument } from '@/domain/id-documents';

export const FORM_SECTIONS = [
  'registration',
  'entity-verification',
  'wechat-verification',
  'icp-entity',
  'icp-entity-principal',
  'icp-mini-program',
  'icp-mini-program-principal',
] as const;
export type FormSectionId = (typeof FORM_SECTIONS)[number];

/**
 * How sure the order is: 'confirmed' (a source shows the form's order), 'partly' (the first
 * fields are confirmed, the rest follow WeChat's API), 'unconfirmed' (the API's order only).
 */
export type OrderEvidence = 'confirmed' | 'partly' | 'unconfirmed';

/** Every field the assistant lists; its label is the message `fa.label.<id>`. */
export const FORM_FIELD_IDS = [
  'reg.email',
  'reg.entity-type',
  'reg.business-kind',
  'reg.entity-name',
  'reg.licence-number',
  'reg.org-name',
  'reg.org-code',
  'reg.verification-route',
  'reg.admin-name',
  'reg.admin-id-number',
  'reg.self-name',
  'reg.self-id-number',
  'reg.admin-mobile',
  'verify.account-name',
  'verify.bank',
  'verify.account-number',
  'verify.legal-name',
  'verify.legal-id-number',
  'wxv.customer-type',
  'wxv.contact-name',
  'wxv.contact-mobile',
  'wxv.contact-email',
  'wxv.account-name',
  'wxv.invoice-title',
  'icp.region',
  'icp.entity-nature',
  'icp.certificate-type',
  'icp.certificate-photo',
  'icp.entity-name',
  'icp.certificate-number',
  'icp.certificate-address',
  'icp.address',
  'icp.residence-proof',
  'icp.ep.name',
  'icp.ep.mobile',
  'icp.ep.email',
  'icp.ep.emergency',
  'icp.ep.id-type',
  'icp.ep.id-number',
  'icp.ep.valid-from',
  'icp.ep.valid-to',
  'icp.legal.name',
  'icp.legal.id-number',
  'icp.mp.name',
  'icp.mp.service-types',
  'icp.mp.prior-approval',
  'icp.mp.comment',
  'icp.mpp.name',
  'icp.mpp.mobile',
  'icp.mpp.email',
  'icp.mpp.emergency',
  'icp.mpp.id-type',
  'icp.mpp.id-number',
  'icp.mpp.valid-from',
  'icp.mpp.valid-to',
] as const;
export type FormFieldId = (typeof FORM_FIELD_IDS)[number];

/** Options the forms offer, named in the form's words by the message `fa.term.<term>`. */
export const FORM_TERMS = [
  'reg-personal',
  'reg-enterprise',
  'reg-government',
  'reg-other-organization',
  'reg-public-institution',
  'kind-enterprise',
  'kind-individual-business',
  'route-bank-transfer',
  'route-wechat-verification',
  'nature-enterprise',
  'nature-personal',
  'nature-public-institution',
  'nature-government',
  'nature-social-organization',
  'nature-private-non-enterprise',
  'nature-foundation',
  'nature-other',
  'wxv-enterprise',
  'wxv-individual-business',
  'wxv-personal',
  'wxv-public-institution',
  'wxv-government',
  'wxv-other-organization',
  'long-term',
  'no-prior-approval',
] as const;
export type FormTerm = (typeof FORM_TERMS)[number];

/** A value named by the form's own option list: copied in the form's words. */
export type FormTermKey =
  | `fa.term.${FormTerm}`
  | `iddoc.${IdDocumentType}`
  | `cert.${EntityCertificateType}`
  | `industry.${PriorApprovalIndustry}`;

/**
 * What a field holds, which decides how it is shown: ID numbers, mobiles and credit codes are
 * masked on screen (copied whole); choices are picked on the form; uploads are photos.
 */
export type FieldKind = 'text' | 'email' | 'mobile' | 'id-number' | 'credit-code' | 'date' | 'choice' | 'upload';

/** Why a field has nothing to copy. */
export type MissingReason =
  /** The pre-flight's blocking problem on the profile field (not entered, or not valid). */
  | { reason: 'problem'; problem: PreflightProblem }
  /** Nothing entered, and nothing required it yet. */
  | { reason: 'not-entered' }
  /** The app never keeps this (the bank account number, the address printed on an ID card). */
  | { reason: 'not-kept' }
  /** The verification route is not chosen yet (the filing's step 4.4). */
  | { reason: 'route-not-chosen' };

/** Where the user fixes a field: a profile field, the filing's verification step, or the photos page. */
export type FixTarget = ProfileFieldPath | 'verification-method' | 'photos';

/** A hint shown with one field. */
export const FORM_NOTES = [
  'auto-filled',
  'reuses-entity-principal',
  'invoice-matches-entity',
  'contact-is-administrator',
  'address-below-district',
  'address-as-printed',
  'bank-last4',
  'legal-person-face-check',
  'id-card-address',
  'upload-on-form',
] as const;
export type FormNote = (typeof FORM_NOTES)[number];

export interface FormField {
  id: FormFieldId;
  kind: FieldKind;
  /** The typed value to copy (normalised: spaces dropped, X upper-cased), or null. */
  text: string | null;
  /** Options of the form's own lists this value names (copied in the form's words, before `text`). */
  terms: FormTermKey[];
  /** Why there is nothing to copy; null when there is. */
  missing: MissingReason | null;
  /** A warning on a value that can still be copied (e.g. a document that expires during the review). */
  warning: PreflightProblem | null;
  /** Where the user fixes or changes it. */
  fixAt: FixTarget | null;
  /** Holds a natural person's data (name, document number, mobile, email). */
  personal: boolean;
  /** A source shows this field at this place in the form. */
  orderConfirmed: boolean;
  note: FormNote | null;
  /** Extra words the note shows (the bank card's last 4 digits). */
  noteValue?: string;
}

/** Why a whole section does not apply to this filing. */
export type SectionSkip =
  /** Individuals have no entity to verify at registration (entity-types.ts: no routes). */
  | 'personal'
  /** The filing takes WeChat verification instead (the next section). */
  | 'wechat-verification-route'
  /** Published before 2023-09-01: the account exists, registration is behind the user. */
  | 'already-registered';

export interface FormSection {
  id: FormSectionId;
  order: OrderEvidence;
  skipped: SectionSkip | null;
  fields: FormField[];
}

/** The problems of a profile by field: the blocking one first, else the first warning. */
function problemsByField(problems: readonly PreflightProblem[]) {
  const blocking = new Map<ProfileFieldPath, PreflightProblem>();
  const warning = new Map<ProfileFieldPath, PreflightProblem>();
  for (const p of problems) {
    const map = p.severity === 'blocking' ? blocking : warning;
    if (!map.has(p.field)) map.set(p.field, p);
  }
  return { blocking, warning };
}

type Problems = ReturnType<typeof problemsByField>;

interface FieldSpec {
  id: FormFieldId;
  kind: FieldKind;
  personal?: boolean;
  confirmed: boolean;
  note?: FormNote | null;
  noteValue?: string;
}

/** Builds the fields of one filing; every value goes through the pre-flight's verdict on its field. */
class FieldMaker {
  constructor(private readonly problems: Problems) {}

  /** True when the pre-flight blocks the profile field `path`. */
  blocked(path: ProfileFieldPath): boolean {
    return this.problems.blocking.has(path);
  }

  private base(spec: FieldSpec): FormField {
    const field: FormField = {
      id: spec.id,
      kind: spec.kind,
      text: null,
      terms: [],
      missing: null,
      warning: null,
      fixAt: null,
      personal: spec.personal ?? false,
      orderConfirmed: spec.confirmed,
      note: spec.note ?? null,
    };
    if (spec.noteValue !== undefined) field.noteValue = spec.noteValue;
    return field;
  }

  /**
   * A typed value from the profile field `path`: copyable unless empty or blocked by the
   * pre-flight; `normalize` gives the form's spelling (digits only, upper-case X).
   */
  typed(spec: FieldSpec, path: ProfileFieldPath, raw: string, normalize: (v: string) => string = (v) => v.trim()) {
    const field = this.base(spec);
    field.fixAt = path;
    const blocking = this.problems.blocking.get(path);
    if (blocking) field.missing = { reason: 'problem', problem: blocking };
    else if (raw.trim() === '') field.missing = { reason: 'not-entered' };
    else {
      field.text = normalize(raw);
      field.warning = this.problems.warning.get(path) ?? null;
    }
    return field;
  }

  /** A choice: the form's option, or why it is not known yet. */
  chosen(spec: FieldSpec, fixAt: FixTarget, term: FormTermKey | null, missing?: MissingReason) {
    const field = this.base(spec);
    field.fixAt = fixAt;
    const blocking =
      fixAt === 'verification-method' || fixAt === 'photos' ? undefined : this.problems.blocking.get(fixAt);
    if (blocking) field.missing = { reason: 'problem', problem: blocking };
    else if (term === null) field.missing = missing ?? { reason: 'not-entered' };
    else field.terms = [term];
    return field;
  }

  /** Something the app does not keep: shown so the user sees where it goes, never copied. */
  notKept(spec: FieldSpec, fixAt: FixTarget | null = null) {
    const field = this.base(spec);
    field.fixAt = fixAt;
    field.missing = { reason: 'not-kept' };
    return field;
  }

  /** A photo the form asks to upload (the photos page has it). */
  upload(spec: FieldSpec) {
    const field = this.base({ ...spec, note: spec.note ?? 'upload-on-form' });
    field.fixAt = 'photos';
    return field;
  }
}

const normalizedMobile = (v: string) => validateMobile(v).normalized;
const normalizedEmail = (v: string) => validateEmail(v).normalized;
const normalizedCode = (v: string) => validateLicenseNumber(v).normalized;

/** The profile path prefix a person's fields live under. */
function personPath(profile: FilingProfile, role: 'entity' | 'administrator' | 'mini-program'): ProfilePerson {
  if (role === 'entity' || isPersonal(profile)) return 'entityPrincipal';
  if (role === 'administrator') return 'administrator';
  const mpRole = miniProgramPrincipalRoleOf(profile);
  return mpRole === 'entity-principal'
    ? 'entityPrincipal'
    : mpRole === 'administrator'
      ? 'administrator'
      : 'miniProgramPrincipal';
}

/** What the registration form's 主体类型 calls this entity type. */
const REGISTRATION_TYPE: Readonly<Record<EntityType, FormTerm>> = {
  personal: 'reg-personal',
  enterprise: 'reg-enterprise',
  'individual-business': 'reg-enterprise',
  government: 'reg-government',
  // Not confirmed: the form's own descriptions of 政府 and 其他组织 decide for a public institution.
  'public-institution': 'reg-public-institution',
  'other-organization': 'reg-other-organization',
};

/** 主体性质 on the filing form (queryIcpSubjectTypes: 企业, 个人, 事业单位, 政府机关, 社会团体 …). */
function entityNature(profile: FilingProfile): FormTerm | null {
  switch (profile.entityType) {
    case '':
      return null;
    case 'enterprise':
    case 'individual-business':
      // A 个体工商户 files as 企业 with its 营业执照 (queryIcpSubjectTypes has no separate nature).
      return 'nature-enterprise';
    case 'personal':
      return 'nature-personal';
    case 'public-institution':
      return 'nature-public-institution';
    case 'government':
      return 'nature-government';
    case 'other-organization': {
      const certificate = certificateTypeOf(profile.entityType, profile.certificateType);
      return certificate === 'social-organization-certificate'
        ? 'nature-social-organization'
        : certificate === 'private-non-enterprise-certificate'
          ? 'nature-private-non-enterprise'
          : certificate === 'foundation-certificate'
            ? 'nature-foundation'
            : 'nature-other';
    }
  }
}

/** 认证类型 on the verification form (secwxaapi_wxaauth customer_type: 企业, 个体工商户, 个人 …). */
const VERIFICATION_TYPE: Readonly<Record<EntityType, FormTerm>> = {
  enterprise: 'wxv-enterprise',
  'individual-business': 'wxv-individual-business',
  personal: 'wxv-personal',
  'public-institution': 'wxv-public-institution',
  government: 'wxv-government',
  'other-organization': 'wxv-other-organization',
};

function registration(profile: FilingProfile, method: VerificationMethod | null, make: FieldMaker): FormSection {
  const fields: FormField[] = [];
  const personal = isPersonal(profile);
  fields.push(
    make.typed(
      { id: 'reg.email', kind: 'email', personal: true, confirmed: true },
      'registrationEmail',
      profile.registrationEmail,
      normalizedEmail,
    ),
  );
  fields.push(
    make.chosen(
      { id: 'reg.entity-type', kind: 'choice', confirmed: true },
      'entityType',
      profile.entityType === '' ? null : (`fa.term.${REGISTRATION_TYPE[profile.entityType]}` as const),
    ),
  );
  if (!personal && profile.entityType !== '') {
    const business = profile.entityType === 'enterprise' || profile.entityType === 'individual-business';
    if (business) {
      fields.push(
        make.chosen(
          { id: 'reg.business-kind', kind: 'choice', confirmed: false },
          'entityType',
          profile.entityType === 'individual-business' ? 'fa.term.kind-individual-business' : 'fa.term.kind-enterprise',
        ),
      );
    }
    fields.push(
      make.typed(
        { id: business ? 'reg.entity-name' : 'reg.org-name', kind: 'text', confirmed: false },
        'entityName',
        profile.entityName,
      ),
      make.typed(
        { id: business ? 'reg.licence-number' : 'reg.org-code', kind: 'credit-code', confirmed: false },
        'certificateNumber',
        profile.certificateNumber,
        normalizedCode,
      ),
      make.chosen(
        { id: 'reg.verification-route', kind: 'choice', confirmed: false },
        'verification-method',
        method ? (`fa.term.route-${method}` as const) : null,
        { reason: 'route-not-chosen' },
      ),
    );
  }
  const admin = personPath(profile, 'administrator');
  const person = administratorOf(profile);
  fields.push(
    make.typed(
      { id: personal ? 'reg.self-name' : 'reg.admin-name', kind: 'text', personal: true, confirmed: true },
      `${admin}.name`,
      person.name,
    ),
    make.typed(
      {
        id: personal ? 'reg.self-id-number' : 'reg.admin-id-number',
        kind: 'id-number',
        personal: true,
        confirmed: true,
      },
      `${admin}.idNumber`,
      person.idNumber,
      (v) => validateIdDocument(person.idType, v).normalized,
    ),
    make.typed(
      { id: 'reg.admin-mobile', kind: 'mobile', personal: true, confirmed: true },
      `${admin}.mobile`,
      person.mobile,
      normalizedMobile,
    ),
  );
  return {
    id: 'registration',
    // The account page and the administrator block are confirmed; 主体信息登记 only for the older form.
    order: personal ? 'confirmed' : 'partly',
    skipped: profile.publishedBeforeSept2023 ? 'already-registered' : null,
    fields,
  };
}

/** The legal representative: the entity's person in charge, or the one named in 法人信息. */
function legalPersonOf(profile: FilingProfile): {
  name: string;
  idNumber: string;
  paths: [ProfileFieldPath, ProfileFieldPath];
} {
  return profile.entityPrincipalIsLegalPerson
    ? {
        name: profile.entityPrincipal.name,
        idNumber: profile.entityPrincipal.idNumber,
        paths: ['entityPrincipal.name', 'entityPrincipal.idNumber'],
      }
    : {
        name: profile.legalPerson.name,
        idNumber: profile.legalPerson.idNumber,
        paths: ['legalPerson.name', 'legalPerson.idNumber'],
      };
}

function entityVerification(profile: FilingProfile, method: VerificationMethod | null, make: FieldMaker): FormSection {
  const personal = isPersonal(profile);
  const legal = legalPersonOf(profile);
  const last4 = profile.bankLast4.trim();
  const fields: FormField[] = personal
    ? []
    : [
        make.typed({ id: 'verify.account-name', kind: 'text', confirmed: false }, 'entityName', profile.entityName),
        make.notKept({ id: 'verify.bank', kind: 'text', confirmed: false }),
        make.notKept(
          {
            id: 'verify.account-number',
            kind: 'text',
            confirmed: false,
            note: last4 ? 'bank-last4' : null,
            ...(last4 ? { noteValue: last4 } : {}),
          },
          'bankLast4',
        ),
        make.typed(
          { id: 'verify.legal-name', kind: 'text', personal: true, confirmed: false, note: 'legal-person-face-check' },
          legal.paths[0],
          legal.name,
        ),
        make.typed(
          { id: 'verify.legal-id-number', kind: 'id-number', personal: true, confirmed: false },
          legal.paths[1],
          legal.idNumber,
          (v) => validateIdDocument('resident-id', v).normalized,
        ),
      ];
  return {
    id: 'entity-verification',
    order: 'unconfirmed',
    skipped: personal ? 'personal' : method === 'wechat-verification' ? 'wechat-verification-route' : null,
    fields,
  };
}

function wechatVerification(profile: FilingProfile, make: FieldMaker): FormSection {
  const admin = personPath(profile, 'administrator');
  const person = administratorOf(profile);
  // The contact's email: the administrator's own when given, else the account's login email.
  const ownEmail = person.email.trim() !== '';
  const fields: FormField[] = [
    make.chosen(
      { id: 'wxv.customer-type', kind: 'choice', confirmed: false },
      'entityType',
      profile.entityType === '' ? null : (`fa.term.${VERIFICATION_TYPE[profile.entityType]}` as const),
    ),
    make.typed(
      { id: 'wxv.contact-name', kind: 'text', personal: true, confirmed: false, note: 'contact-is-administrator' },
      `${admin}.name`,
      person.name,
    ),
    make.typed(
      { id: 'wxv.contact-mobile', kind: 'mobile', personal: true, confirmed: false },
      `${admin}.mobile`,
      person.mobile,
      normalizedMobile,
    ),
    make.typed(
      { id: 'wxv.contact-email', kind: 'email', personal: true, confirmed: false },
      ownEmail ? `${admin}.email` : 'registrationEmail',
      ownEmail ? person.email : profile.registrationEmail,
      normalizedEmail,
    ),
    make.typed({ id: 'wxv.account-name', kind: 'text', confirmed: false }, 'miniProgramName', profile.miniProgramName),
    make.typed(
      {
        id: 'wxv.invoice-title',
        kind: 'text',
        personal: isPersonal(profile),
        confirmed: false,
        note: 'invoice-matches-entity',
      },
      isPersonal(profile) ? 'entityPrincipal.name' : 'entityName',
      entityNameOf(profile),
    ),
  ];
  return { id: 'wechat-verification', order: 'unconfirmed', skipped: null, fields };
}

/** The region as the form's three pickers show it: 省 / 市 / 区. */
function regionText(profile: FilingProfile): string {
  const province = provinceByCode(profile.province)?.zh ?? '';
  return [province, profile.city.trim(), profile.district.trim()].join(' / ');
}

function icpEntity(profile: FilingProfile, make: FieldMaker): FormSection {
  const personal = isPersonal(profile);
  const person = profile.entityPrincipal;
  // One field on the form (three pickers): fixed at the first part that is empty or refused.
  const parts = ['province', 'city', 'district'] as const;
  const regionPath = parts.find((p) => make.blocked(p) || profile[p].trim() === '') ?? 'district';
  const complete = parts.every((p) => profile[p].trim() !== '');
  const region = make.typed(
    { id: 'icp.region', kind: 'text', confirmed: true },
    regionPath,
    complete ? regionText(profile) : '',
  );
  const certificate = certificateTypeOf(profile.entityType, profile.certificateType);
  const nature = entityNature(profile);
  const fields: FormField[] = [
    region,
    make.chosen(
      { id: 'icp.entity-nature', kind: 'choice', confirmed: true },
      'entityType',
      nature ? (`fa.term.${nature}` as const) : null,
    ),
    personal
      ? make.chosen(
          { id: 'icp.certificate-type', kind: 'choice', confirmed: true },
          'entityPrincipal.idType',
          `iddoc.${person.idType}`,
        )
      : make.chosen(
          { id: 'icp.certificate-type', kind: 'choice', confirmed: true },
          'certificateType',
          certificate ? (`cert.${certificate}` as const) : null,
        ),
  ];
  if (!personal) fields.push(make.upload({ id: 'icp.certificate-photo', kind: 'upload', confirmed: true }));
  fields.push(
    make.typed(
      { id: 'icp.entity-name', kind: 'text', personal, confirmed: true },
      personal ? 'entityPrincipal.name' : 'entityName',
      entityNameOf(profile),
    ),
    personal
      ? make.typed(
          { id: 'icp.certificate-number', kind: 'id-number', personal: true, confirmed: false },
          'entityPrincipal.idNumber',
          person.idNumber,
          (v) => validateIdDocument(person.idType, v).normalized,
        )
      : make.typed(
          { id: 'icp.certificate-number', kind: 'credit-code', confirmed: false },
          'certificateNumber',
          profile.certificateNumber,
          normalizedCode,
        ),
    personal
      ? make.notKept({
          id: 'icp.certificate-address',
          kind: 'text',
          personal: true,
          confirmed: false,
          note: 'id-card-address',
        })
      : make.typed(
          { id: 'icp.certificate-address', kind: 'text', confirmed: false, note: 'address-as-printed' },
          'certificateAddress',
          profile.certificateAddress,
        ),
    make.typed(
      { id: 'icp.address', kind: 'text', personal, confirmed: false, note: 'address-below-district' },
      'address',
      profile.address,
    ),
  );
  if (personal && profile.residesInFilingProvince === 'no') {
    fields.push(make.upload({ id: 'icp.residence-proof', kind: 'upload', confirmed: false }));
  }
  // ①–⑤ are confirmed (ICP-PARTS); the rest follow the API.
  return { id: 'icp-entity', order: 'partly', skipped: null, fields };
}

type PrincipalIds = {
  name: FormFieldId;
  mobile: FormFieldId;
  email: FormFieldId;
  emergency: FormFieldId;
  idType: FormFieldId;
  idNumber: FormFieldId;
  validFrom: FormFieldId;
  validTo: FormFieldId;
};

/**
 * A person in charge's fields in applyIcpFiling's principal_info order: name, mobile, email,
 * emergency contact, document type and number, validity start and end ("长期").
 */
function principalFields(
  make: FieldMaker,
  ids: PrincipalIds,
  prefix: ProfilePerson,
  own: PersonInCharge,
  resolved: PersonInCharge,
): FormField[] {
  const p = (key: keyof PersonInCharge) => `${prefix}.${key}` as ProfileFieldPath;
  const emergencyOwn = own.emergencyMobile.trim() !== '';
  const validTo = own.idLongTerm
    ? make.chosen(
        { id: ids.validTo, kind: 'choice', personal: true, confirmed: false },
        p('idValidTo'),
        'fa.term.long-term',
      )
    : make.typed({ id: ids.validTo, kind: 'date', personal: true, confirmed: false }, p('idValidTo'), own.idValidTo);
  return [
    make.typed({ id: ids.name, kind: 'text', personal: true, confirmed: false }, p('name'), own.name),
    make.typed(
      { id: ids.mobile, kind: 'mobile', personal: true, confirmed: false },
      p('mobile'),
      own.mobile,
      normalizedMobile,
    ),
    make.typed(
      { id: ids.email, kind: 'email', personal: true, confirmed: false },
      p('email'),
      own.email,
      normalizedEmail,
    ),
    make.typed(
      { id: ids.emergency, kind: 'mobile', personal: true, confirmed: false },
      emergencyOwn ? p('emergencyMobile') : 'emergencyMobile',
      resolved.emergencyMobile,
      normalizedMobile,
    ),
    make.chosen(
      { id: ids.idType, kind: 'choice', personal: true, confirmed: false },
      p('idType'),
      `iddoc.${own.idType}`,
    ),
    make.typed(
      { id: ids.idNumber, kind: 'id-number', personal: true, confirmed: false },
      p('idNumber'),
      own.idNumber,
      (v) => validateIdDocument(own.idType, v).normalized,
    ),
    make.typed(
      { id: ids.validFrom, kind: 'date', personal: true, confirmed: false },
      p('idValidFrom'),
      own.idValidFrom,
    ),
    validTo,
  ];
}

function icpEntityPrincipal(profile: FilingProfile, make: FieldMaker): FormSection {
  const fields = principalFields(
    make,
    {
      name: 'icp.ep.name',
      mobile: 'icp.ep.mobile',
      email: 'icp.ep.email',
      emergency: 'icp.ep.emergency',
      idType: 'icp.ep.id-type',
      idNumber: 'icp.ep.id-number',
      validFrom: 'icp.ep.valid-from',
      validTo: 'icp.ep.valid-to',
    },
    'entityPrincipal',
    profile.entityPrincipal,
    entityPrincipalOf(profile),
  );
  // 法人信息 when the entity's person in charge is not the legal representative (applyIcpFiling
  // legal_person_info: "非个人备案，且主体负责人不是法人时，必填").
  if (principalIsNotLegalPerson(profile)) {
    fields.push(
      make.typed(
        { id: 'icp.legal.name', kind: 'text', personal: true, confirmed: false },
        'legalPerson.name',
        profile.legalPerson.name,
      ),
      make.typed(
        { id: 'icp.legal.id-number', kind: 'id-number', personal: true, confirmed: false },
        'legalPerson.idNumber',
        profile.legalPerson.idNumber,
        (v) => validateIdDocument('resident-id', v).normalized,
      ),
    );
  }
  return { id: 'icp-entity-principal', order: 'unconfirmed', skipped: null, fields };
}

function icpMiniProgram(profile: FilingProfile, make: FieldMaker): FormSection {
  const types = profile.serviceTypes.map((t) => t.trim()).filter((t) => t !== '');
  let approval: FormField;
  if (profile.priorApproval === 'required') {
    // The industries in the form's words, then any approval the user named that is not on the list.
    const others = profile.otherPriorApprovals.map((a) => a.trim()).filter((a) => a !== '');
    approval = make.typed(
      { id: 'icp.mp.prior-approval', kind: 'text', confirmed: true },
      'priorApprovals',
      profile.priorApprovals.length + others.length > 0 ? 'listed' : '',
    );
    if (approval.missing === null) {
      approval.terms = profile.priorApprovals.map((a) => `industry.${a.industry}` as const);
      approval.text = others.length ? others.join('、') : null;
    }
  } else {
    approval = make.chosen(
      { id: 'icp.mp.prior-approval', kind: 'choice', confirmed: true },
      'priorApproval',
      profile.priorApproval === 'none' ? 'fa.term.no-prior-approval' : null,
    );
  }
  const fields: FormField[] = [
    make.typed(
      { id: 'icp.mp.name', kind: 'text', confirmed: true, note: 'auto-filled' },
      'miniProgramName',
      profile.miniProgramName,
    ),
    make.typed({ id: 'icp.mp.service-types', kind: 'text', confirmed: true }, 'serviceTypes', types.join('、')),
    approval,
    make.typed(
      { id: 'icp.mp.comment', kind: 'text', confirmed: false },
      'serviceDescription',
      profile.serviceDescription,
    ),
  ];
  // Name, 服务内容, 前置审批 are in the 2023 write-up's order; 备注's place is not confirmed.
  return { id: 'icp-mini-program', order: 'partly', skipped: null, fields };
}

function icpMiniProgramPrincipal(profile: FilingProfile, make: FieldMaker): FormSection {
  const prefix = personPath(profile, 'mini-program');
  const fields = principalFields(
    make,
    {
      name: 'icp.mpp.name',
      mobile: 'icp.mpp.mobile',
      email: 'icp.mpp.email',
      emergency: 'icp.mpp.emergency',
      idType: 'icp.mpp.id-type',
      idNumber: 'icp.mpp.id-number',
      validFrom: 'icp.mpp.valid-from',
      validTo: 'icp.mpp.valid-to',
    },
    prefix,
    profile[prefix],
    miniProgramPrincipalOf(profile),
  );
  // The form offers to reuse the entity principal's information ("默认复用主体负责人信息",
  // WeChat's 2023 filing notice) when they are one person.
  const first = fields[0];
  if (first && !hasSeparateMiniProgramPrincipal(profile)) first.note = 'reuses-entity-principal';
  return { id: 'icp-mini-program-principal', order: 'unconfirmed', skipped: null, fields };
}

/**
 * Every section of WeChat's forms for this filing, in the order the user meets them, each with
 * its fields in the form's order (see the module comment for how sure each order is).
 * `method` is the verification route chosen on the filing (null = not yet); `today`
 * (`YYYY-MM-DD`, China) dates the pre-flight's checks.
 */
export function filingForms(profile: FilingProfile, method: VerificationMethod | null, today: string): FormSection[] {
  const make = new FieldMaker(problemsByField(preflight(profile, today)));
  return [
    registration(profile, method, make),
    entityVerification(profile, method, make),
    wechatVerification(profile, make),
    icpEntity(profile, make),
    icpEntityPrincipal(profile, make),
    icpMiniProgram(profile, make),
    icpMiniProgramPrincipal(profile, make),
  ];
}

/** True for fields whose value is an ID-document number: never in a whole-section copy unless asked. */
export function isIdNumber(field: Pick<FormField, 'kind'>): boolean {
  return field.kind === 'id-number';
}

/** True for fields that announce the clipboard on their first copy of a launch (ID numbers, mobiles). */
export function announcesClipboard(field: Pick<FormField, 'kind'>): boolean {
  return field.kind === 'id-number' || field.kind === 'mobile';
}

/** Whether a field has something to copy (a typed value or a named option). */
export function isCopyable(field: Pick<FormField, 'text' | 'terms' | 'missing' | 'kind'>): boolean {
  return field.missing === null && field.kind !== 'upload' && (field.text !== null || field.terms.length > 0);
}

/**
 * What a tap copies: the options in `word`s (the caller passes the form's language), then the
 * typed value, joined with 、; null when there is nothing to copy.
 */
export function fieldValue(
  field: Pick<FormField, 'text' | 'terms' | 'missing' | 'kind'>,
  word: (key: FormTermKey) => string,
): string | null {
  if (!isCopyable(field)) return null;
  return [...field.terms.map(word), ...(field.text !== null ? [field.text] : [])].join('、');
}

/**
 * A section as plain "字段：值" lines for a note or a chat. `label` and `term` give the words
 * (the caller passes the form's language); a field with nothing to copy says `missingText`;
 * uploads are left out; ID numbers are left out (as `omittedText`) unless `includeIdNumbers`.
 */
export function sectionAsText(
  section: FormSection,
  words: {
    title: string;
    label: (id: FormFieldId) => string;
    term: (key: FormTermKey) => string;
    missingText: string;
    omittedText: string;
  },
  includeIdNumbers: boolean,
): string {
  const lines = [words.title];
  for (const field of section.fields) {
    if (field.kind === 'upload') continue;
    const copyable = fieldValue(field, words.term);
    const value =
      copyable === null ? words.missingText : isIdNumber(field) && !includeIdNumbers ? words.omittedText : copyable;
    lines.push(`${words.label(field.id)}：${value}`);
  }
  return lines.join('\n');
}
