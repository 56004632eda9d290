/**
 * Complete, valid filing profiles for tests: one per entity type, built on the same base so a
 * test changes only what it is about. Check characters computed with GB 32100-2015 /
 * GB 11643-1999; dates are valid as of TODAY.
 */
import { emptyPerson, emptyProfile, type EntityType, type FilingProfile, type PersonInCharge } from '@/domain/filing';

export const TODAY = '2026-03-15';

export const CODES = {
  /** 91: enterprise (工商 / 企业), Hangzhou. */
  enterprise: '91330106MA2ABCDE1G',
  /** 92: individual business (工商 / 个体工商户), Hangzhou. */
  individualBusiness: '92330106MA2ABCDE1D',
  /** 12: public institution (机构编制 / 事业单位), Zhejiang. */
  publicInstitution: '123300004700001236',
  /** 11: government body (机构编制 / 机关), Zhejiang. */
  government: '11330000002482061Q',
  /** 51: social organisation (民政 / 社会团体), Zhejiang. */
  otherOrganization: '51330000MJ88001233',
  /** 91, Shenzhen (Guangdong). */
  guangdongEnterprise: '91440300MA5DABCD1K',
} as const;

export const IDS = {
  hangzhou1: '330106198505050027',
  hangzhou2: '330106199001010034',
  shenzhen: '440305198808080047',
  sichuan: '510107199002020023',
  beijing: '110105198001010016',
} as const;

export function person(overrides: Partial<PersonInCharge> = {}): PersonInCharge {
  return {
    ...emptyPerson(),
    name: '张三',
    idNumber: IDS.hangzhou1,
    idValidFrom: '2020-01-01',
    idValidTo: '2040-01-01',
    mobile: '13800138000',
    email: 'zhangsan@example.com',
    ...overrides,
  };
}

/**
 * A Hangzhou enterprise whose mini program principal is the administrator 王五, a different
 * person from the legal representative 张三 (the WeChat default).
 */
export function enterpriseProfile(overrides: Partial<FilingProfile> = {}): FilingProfile {
  return {
    ...emptyProfile(),
    entityType: 'enterprise',
    entityName: '杭州示例科技有限公司',
    certificateType: 'business-licence',
    certificateNumber: CODES.enterprise,
    certificateValidFrom: '2018-06-01',
    certificateLongTerm: true,
    certificateAddress: '浙江省杭州市西湖区文三路 100 号',
    province: '33',
    city: '杭州市',
    district: '西湖区',
    address: '文三路 100 号 5 楼',
    entityPrincipal: person(),
    registrationEmail: 'admin@example.com',
    administrator: person({
      name: '王五',
      idNumber: IDS.hangzhou2,
      idValidFrom: '2019-05-01',
      idValidTo: '',
      idLongTerm: true,
      mobile: '13700137000',
      email: 'wangwu@example.com',
    }),
    miniProgramPrincipalRole: 'administrator',
    emergencyMobile: '13900139000',
    miniProgramName: '示例预约',
    serviceDescription: '为门店顾客提供在线预约、排队叫号与到店提醒服务的工具',
    serviceTypes: ['生活服务'],
    priorApproval: 'none',
    bankReady: true,
    commitmentLetterDate: '2026-03-10',
    authorizationLetterDate: '2026-03-01',
    ...overrides,
  };
}

/** An individual living in Zhejiang and filing there: 本人 is entity, administrator and mini program principal. */
export function personalProfile(overrides: Partial<FilingProfile> = {}): FilingProfile {
  return {
    ...emptyProfile(),
    entityType: 'personal',
    province: '33',
    city: '杭州市',
    district: '西湖区',
    address: '文三路 100 号 2 单元 301 室',
    residesInFilingProvince: 'yes',
    entityPrincipal: person({ name: '李雷' }),
    registrationEmail: 'lilei@example.com',
    emergencyMobile: '13900139000',
    miniProgramName: '李雷的读书笔记',
    serviceDescription: '记录个人读书笔记与书单，供自己整理和回顾阅读内容的工具',
    serviceTypes: ['工具'],
    priorApproval: 'none',
    commitmentLetterDate: '2026-03-10',
    ...overrides,
  };
}

/** A complete profile of each entity type. */
export const PROFILES_BY_TYPE: Record<EntityType, () => FilingProfile> = {
  enterprise: () => enterpriseProfile(),
  'individual-business': () =>
    enterpriseProfile({
      entityType: 'individual-business',
      entityName: '杭州西湖区示例小吃店',
      certificateNumber: CODES.individualBusiness,
    }),
  'public-institution': () =>
    enterpriseProfile({
      entityType: 'public-institution',
      entityName: '浙江省示例研究院',
      certificateType: 'public-institution-certificate',
      certificateNumber: CODES.publicInstitution,
      bankReady: true,
    }),
  government: () =>
    enterpriseProfile({
      entityType: 'government',
      entityName: '浙江省示例管理局',
      certificateType: 'unified-credit-code-certificate',
      certificateNumber: CODES.government,
    }),
  'other-organization': () =>
    enterpriseProfile({
      entityType: 'other-organization',
      entityName: '浙江省示例协会',
      certificateType: 'social-organization-certificate',
      certificateNumber: CODES.otherOrganization,
    }),
  personal: () => personalProfile(),
};
