import { emptyProfile, type FilingProfile } from '@/domain/filing';
import {
  PREFLIGHT_CODES,
  PROFILE_FIELDS,
  codePointLength,
  fieldProblem,
  isPreflightClear,
  miniProgramCap,
  preflight,
  validateProfileField,
  type PreflightProblem,
  type ProfileFieldPath,
} from '@/domain/preflight';

const TODAY = '2026-03-15';

// Check characters computed with GB 32100-2015 / GB 11643-1999.
const BEIJING_CREDIT_CODE = '91110108MA01ABCD0B';
const GUANGDONG_CREDIT_CODE = '91440300MA5DABCD1K';
const BEIJING_ID = '110105198001010016';
const BEIJING_ID_2 = '110105198001010024';
const SICHUAN_ID = '510107199002020023';
/** A 15-digit registration number whose MOD 11,10 check digit is right. */
const REGISTRATION_NUMBER = '110000000000009';

/** A complete Beijing enterprise whose legal representative is also the person in charge. */
function validProfile(): FilingProfile {
  return {
    ...emptyProfile(),
    entityType: 'enterprise',
    companyName: '北京示例科技有限公司',
    creditCode: BEIJING_CREDIT_CODE,
    province: '11',
    city: '北京市',
    miniProgramName: '示例预约',
    serviceDescription: '为门店顾客提供在线预约、排队叫号与到店提醒服务的工具',
    serviceTypes: ['生活服务'],
    priorApproval: 'none',
    adminName: '张三',
    adminMobile: '13800138000',
    adminEmail: 'admin@example.com',
    emergencyMobile: '13900139000',
    legalRepresentative: {
      name: '李四',
      idNumber: BEIJING_ID,
      idValidFrom: '2020-01-01',
      idValidTo: '2040-01-01',
      idLongTerm: false,
    },
    legalRepIsPersonInCharge: true,
    commitmentLetterDate: '2026-03-10',
  };
}

/** The same profile with a separate person in charge, also complete. */
function validWithPersonInCharge(): FilingProfile {
  return {
    ...validProfile(),
    legalRepIsPersonInCharge: false,
    personInCharge: {
      name: '王五',
      idNumber: BEIJING_ID_2,
      idValidFrom: '2019-05-01',
      idValidTo: '',
      idLongTerm: true,
      mobile: '13700137000',
    },
    authorizationLetterDate: '2026-03-01',
  };
}

const pick = (problems: PreflightProblem[]) => problems.map(({ severity, code, field }) => ({ severity, code, field }));

describe('preflight: complete profiles', () => {
  test('a complete enterprise profile has no problems at all', () => {
    expect(preflight(validProfile(), TODAY, {})).toEqual([]);
  });

  test('a complete profile with a separate person in charge has no problems', () => {
    expect(preflight(validWithPersonInCharge(), TODAY, { existingMiniProgramsForEntity: 3 })).toEqual([]);
  });

  test('a 15-digit registration number is accepted in place of a credit code', () => {
    expect(preflight({ ...validProfile(), creditCode: REGISTRATION_NUMBER }, TODAY, {})).toEqual([]);
  });

  test('a personal entity needs no company name or credit code, but is warned', () => {
    const personal: FilingProfile = { ...validProfile(), entityType: 'personal', companyName: '', creditCode: '' };
    const problems = preflight(personal, TODAY, {});
    expect(isPreflightClear(problems)).toBe(true);
    expect(pick(problems)).toEqual([{ severity: 'warning', code: 'personal-cannot-verify', field: 'entityType' }]);
  });

  test('the empty profile is blocked on every required field', () => {
    const problems = preflight(emptyProfile(), TODAY, {});
    expect(isPreflightClear(problems)).toBe(false);
    const required = problems.filter((p) => p.code === 'required').map((p) => p.field);
    expect(required).toEqual([
      'entityType',
      'companyName',
      'creditCode',
      'province',
      'city',
      'miniProgramName',
      'serviceDescription',
      'serviceTypes',
      'priorApproval',
      'adminName',
      'adminMobile',
      'adminEmail',
      'emergencyMobile',
      'legalRepresentative.name',
      'legalRepresentative.idNumber',
      'legalRepresentative.idValidFrom',
      'legalRepresentative.idValidTo',
      'commitmentLetterDate',
    ]);
    expect(problems.every((p) => p.severity === 'blocking')).toBe(true);
  });
});

interface Rule {
  name: string;
  change: (p: FilingProfile) => FilingProfile;
  expected: { severity: PreflightProblem['severity']; code: PreflightProblem['code']; field: ProfileFieldPath };
  context?: { existingMiniProgramsForEntity?: number };
}

const RULES: Rule[] = [
  {
    name: 'credit code with a forbidden letter',
    change: (p) => ({ ...p, creditCode: '91110108MA01ABCDOB' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'creditCode' },
  },
  {
    name: 'credit code whose check character misses (early pilot codes exist)',
    change: (p) => ({ ...p, creditCode: '91110108MA01ABCD0C' }),
    expected: { severity: 'warning', code: 'checksum-warning', field: 'creditCode' },
  },
  {
    name: 'registration number whose check digit misses',
    change: (p) => ({ ...p, creditCode: '110000000000001' }),
    expected: { severity: 'warning', code: 'checksum-warning', field: 'creditCode' },
  },
  {
    name: 'company name blank',
    change: (p) => ({ ...p, companyName: '   ' }),
    expected: { severity: 'blocking', code: 'required', field: 'companyName' },
  },
  {
    name: 'province not a GB/T 2260 province',
    change: (p) => ({ ...p, province: '99' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'province' },
  },
  {
    name: 'mini program name over 30 characters',
    change: (p) => ({ ...p, miniProgramName: '名'.repeat(31) }),
    expected: { severity: 'blocking', code: 'too-long', field: 'miniProgramName' },
  },
  {
    name: 'service description of 19 characters',
    change: (p) => ({ ...p, serviceDescription: '字'.repeat(19) }),
    expected: { severity: 'blocking', code: 'too-short', field: 'serviceDescription' },
  },
  {
    name: 'service description of 201 characters',
    change: (p) => ({ ...p, serviceDescription: '字'.repeat(201) }),
    expected: { severity: 'blocking', code: 'too-long', field: 'serviceDescription' },
  },
  {
    name: 'six service types',
    change: (p) => ({ ...p, serviceTypes: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    expected: { severity: 'blocking', code: 'too-many', field: 'serviceTypes' },
  },
  {
    name: 'no service type (blank entries do not count)',
    change: (p) => ({ ...p, serviceTypes: ['', ' '] }),
    expected: { severity: 'blocking', code: 'required', field: 'serviceTypes' },
  },
  {
    name: 'prior approval not chosen',
    change: (p) => ({ ...p, priorApproval: '' }),
    expected: { severity: 'blocking', code: 'required', field: 'priorApproval' },
  },
  {
    name: 'prior approval required without items',
    change: (p) => ({ ...p, priorApproval: 'required', priorApprovalItems: [] }),
    expected: { severity: 'blocking', code: 'required', field: 'priorApprovalItems' },
  },
  {
    name: 'admin mobile malformed',
    change: (p) => ({ ...p, adminMobile: '12800138000' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'adminMobile' },
  },
  {
    name: 'emergency mobile malformed',
    change: (p) => ({ ...p, emergencyMobile: '1390013900' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'emergencyMobile' },
  },
  {
    name: 'email malformed',
    change: (p) => ({ ...p, adminEmail: 'admin@example' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'adminEmail' },
  },
  {
    name: 'emergency mobile equals the admin mobile (compared normalized)',
    change: (p) => ({ ...p, emergencyMobile: '+86 138 0013 8000' }),
    expected: { severity: 'blocking', code: 'emergency-same-as-admin', field: 'emergencyMobile' },
  },
  {
    name: 'emergency mobile equals the person in charge mobile',
    change: () => ({ ...validWithPersonInCharge(), emergencyMobile: '137-0013-7000' }),
    expected: { severity: 'blocking', code: 'emergency-same-as-person-in-charge', field: 'emergencyMobile' },
  },
  {
    name: 'legal representative ID with a wrong check character',
    change: (p) => ({ ...p, legalRepresentative: { ...p.legalRepresentative, idNumber: '110105198001010017' } }),
    expected: { severity: 'blocking', code: 'invalid', field: 'legalRepresentative.idNumber' },
  },
  {
    name: 'person in charge ID malformed',
    change: () => {
      const p = validWithPersonInCharge();
      return { ...p, personInCharge: { ...p.personInCharge, idNumber: '11010519800101' } };
    },
    expected: { severity: 'blocking', code: 'invalid', field: 'personInCharge.idNumber' },
  },
  {
    name: 'person in charge mobile missing',
    change: () => {
      const p = validWithPersonInCharge();
      return { ...p, personInCharge: { ...p.personInCharge, mobile: '' } };
    },
    expected: { severity: 'blocking', code: 'required', field: 'personInCharge.mobile' },
  },
  {
    name: 'person in charge name missing',
    change: () => {
      const p = validWithPersonInCharge();
      return { ...p, personInCharge: { ...p.personInCharge, name: '' } };
    },
    expected: { severity: 'blocking', code: 'required', field: 'personInCharge.name' },
  },
  {
    name: 'ID valid for exactly 3 more months',
    change: (p) => ({ ...p, legalRepresentative: { ...p.legalRepresentative, idValidTo: '2026-06-15' } }),
    expected: { severity: 'blocking', code: 'id-expires-too-soon', field: 'legalRepresentative.idValidTo' },
  },
  {
    name: 'Ningxia: ID valid for 5 more months',
    change: (p) => ({
      ...p,
      province: '64',
      creditCode: REGISTRATION_NUMBER,
      legalRepresentative: { ...p.legalRepresentative, idValidTo: '2026-08-15' },
    }),
    expected: { severity: 'blocking', code: 'id-expires-too-soon', field: 'legalRepresentative.idValidTo' },
  },
  {
    name: 'ID already expired',
    change: (p) => ({ ...p, legalRepresentative: { ...p.legalRepresentative, idValidTo: '2026-01-01' } }),
    expected: { severity: 'blocking', code: 'id-expired', field: 'legalRepresentative.idValidTo' },
  },
  {
    name: 'ID validity starting after today',
    change: (p) => ({ ...p, legalRepresentative: { ...p.legalRepresentative, idValidFrom: '2026-03-16' } }),
    expected: { severity: 'blocking', code: 'id-valid-from-in-future', field: 'legalRepresentative.idValidFrom' },
  },
  {
    name: 'ID validity end before its start',
    change: (p) => ({
      ...p,
      legalRepresentative: { ...p.legalRepresentative, idValidFrom: '2026-01-01', idValidTo: '2025-12-31' },
    }),
    expected: { severity: 'blocking', code: 'id-valid-to-before-from', field: 'legalRepresentative.idValidTo' },
  },
  {
    name: 'ID validity start not a real date',
    change: (p) => ({ ...p, legalRepresentative: { ...p.legalRepresentative, idValidFrom: '2020-02-30' } }),
    expected: { severity: 'blocking', code: 'id-valid-from-malformed', field: 'legalRepresentative.idValidFrom' },
  },
  {
    name: 'ID validity end missing (not long-term)',
    change: (p) => ({ ...p, legalRepresentative: { ...p.legalRepresentative, idValidTo: '' } }),
    expected: { severity: 'blocking', code: 'required', field: 'legalRepresentative.idValidTo' },
  },
  {
    name: 'commitment letter dated over a month ago',
    change: (p) => ({ ...p, commitmentLetterDate: '2026-02-03' }),
    expected: { severity: 'blocking', code: 'letter-too-old', field: 'commitmentLetterDate' },
  },
  {
    name: 'commitment letter dated in the future',
    change: (p) => ({ ...p, commitmentLetterDate: '2026-03-20' }),
    expected: { severity: 'blocking', code: 'letter-dated-in-future', field: 'commitmentLetterDate' },
  },
  {
    name: 'authorization letter missing for a separate person in charge',
    change: () => ({ ...validWithPersonInCharge(), authorizationLetterDate: '' }),
    expected: { severity: 'blocking', code: 'required', field: 'authorizationLetterDate' },
  },
  {
    name: 'enterprise already at its cap of 50',
    change: (p) => p,
    context: { existingMiniProgramsForEntity: 50 },
    expected: { severity: 'blocking', code: 'entity-cap-exceeded', field: 'entityType' },
  },
  {
    name: 'enterprise filing its 50th mini program',
    change: (p) => p,
    context: { existingMiniProgramsForEntity: 49 },
    expected: { severity: 'warning', code: 'entity-cap-last', field: 'entityType' },
  },
  {
    name: 'individual business with 5 mini programs already',
    change: (p) => ({ ...p, entityType: 'individual-business' }),
    context: { existingMiniProgramsForEntity: 5 },
    expected: { severity: 'blocking', code: 'entity-cap-exceeded', field: 'entityType' },
  },
  {
    name: 'credit code issued in another province',
    change: (p) => ({ ...p, creditCode: GUANGDONG_CREDIT_CODE }),
    expected: { severity: 'warning', code: 'province-certificate-mismatch', field: 'province' },
  },
  {
    name: 'personal entity filing outside its home province',
    change: (p) => ({
      ...p,
      entityType: 'personal',
      legalRepresentative: { ...p.legalRepresentative, idNumber: SICHUAN_ID },
    }),
    expected: { severity: 'warning', code: 'cross-province', field: 'province' },
  },
  {
    name: 'published before 2023-09',
    change: (p) => ({ ...p, publishedBeforeSept2023: true }),
    expected: { severity: 'warning', code: 'published-before-2023-09', field: 'publishedBeforeSept2023' },
  },
];

describe('preflight: each rule triggers', () => {
  test.each(RULES)('$name', ({ change, expected, context }) => {
    const problems = preflight(change(validProfile()), TODAY, context ?? {});
    expect(pick(problems)).toContainEqual(expected);
    // Nothing else blocks: the crafted change breaks only the rule under test.
    for (const p of problems.filter((x) => x.severity === 'blocking')) expect(p.field).toBe(expected.field);
  });

  test('validator reasons travel in detail', () => {
    const problems = preflight({ ...validProfile(), creditCode: '91110108MA01ABCD0C' }, TODAY, {});
    expect(problems).toEqual([
      { severity: 'warning', code: 'checksum-warning', field: 'creditCode', detail: 'checksum' },
    ]);
  });

  test('a lowercase x in an ID is accepted', () => {
    const p = validProfile();
    const withX: FilingProfile = {
      ...p,
      legalRepresentative: { ...p.legalRepresentative, idNumber: '11010519750505005x' },
    };
    expect(preflight(withX, TODAY, {})).toEqual([]);
  });

  test('lengths count Unicode code points, after trimming', () => {
    // 19 astral characters are 38 UTF-16 units but only 19 characters.
    const astral = '𠀀'.repeat(19);
    expect(astral.length).toBe(38);
    expect(codePointLength(astral)).toBe(19);
    expect(validateProfileField('serviceDescription', { ...validProfile(), serviceDescription: astral }, TODAY)).toBe(
      'too-short',
    );
    expect(
      validateProfileField(
        'serviceDescription',
        { ...validProfile(), serviceDescription: `  ${'字'.repeat(20)}  ` },
        TODAY,
      ),
    ).toBeNull();
    expect(
      validateProfileField('serviceDescription', { ...validProfile(), serviceDescription: '字'.repeat(200) }, TODAY),
    ).toBeNull();
    expect(
      validateProfileField('miniProgramName', { ...validProfile(), miniProgramName: '名'.repeat(30) }, TODAY),
    ).toBeNull();
  });

  test('five service types are fine, and duplicates count once', () => {
    const five = { ...validProfile(), serviceTypes: ['a', 'b', 'c', 'd', 'e', 'e'] };
    expect(validateProfileField('serviceTypes', five, TODAY)).toBeNull();
  });

  test('ID validity: long-term ends never expire; a day past 3 months is fine', () => {
    const p = validProfile();
    const longTerm = { ...p, legalRepresentative: { ...p.legalRepresentative, idValidTo: '', idLongTerm: true } };
    expect(preflight(longTerm, TODAY, {})).toEqual([]);
    const justEnough = { ...p, legalRepresentative: { ...p.legalRepresentative, idValidTo: '2026-06-16' } };
    expect(preflight(justEnough, TODAY, {})).toEqual([]);
  });

  test('the person in charge is not checked when the legal representative is the person in charge', () => {
    const p = {
      ...validProfile(),
      personInCharge: { ...validProfile().personInCharge, idNumber: 'junk', mobile: '13900139000' },
    };
    expect(preflight(p, TODAY, {})).toEqual([]);
  });

  test('caps: personal and individual business 5, enterprise-like 50, unknown type none', () => {
    expect(miniProgramCap('personal')).toBe(5);
    expect(miniProgramCap('individual-business')).toBe(5);
    expect(miniProgramCap('enterprise')).toBe(50);
    expect(miniProgramCap('public-institution')).toBe(50);
    expect(miniProgramCap('')).toBeNull();
    expect(preflight(validProfile(), TODAY, { existingMiniProgramsForEntity: 48 })).toEqual([]);
  });
});

describe('validateProfileField', () => {
  test('returns null for every field of a complete profile', () => {
    for (const field of PROFILE_FIELDS) expect(validateProfileField(field, validProfile(), TODAY)).toBeNull();
  });

  test('returns the field’s own code, blocking before warning', () => {
    const p = { ...validProfile(), emergencyMobile: '13800138000', adminMobile: '' };
    expect(validateProfileField('adminMobile', p, TODAY)).toBe('required');
    expect(validateProfileField('emergencyMobile', p, TODAY)).toBeNull();
    const personal = { ...validProfile(), entityType: 'personal' as const };
    expect(validateProfileField('entityType', personal, TODAY)).toBe('personal-cannot-verify');
    expect(fieldProblem('entityType', personal, TODAY)?.severity).toBe('warning');
  });
});

describe('PROFILE_FIELDS and PREFLIGHT_CODES', () => {
  /** Every leaf path of an object, dotted. */
  function leafPaths(value: Record<string, unknown>, prefix = ''): string[] {
    return Object.entries(value).flatMap(([key, v]) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? leafPaths(v as Record<string, unknown>, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    );
  }

  test('PROFILE_FIELDS lists exactly the leaves of FilingProfile', () => {
    expect([...PROFILE_FIELDS].sort()).toEqual(leafPaths(emptyProfile() as unknown as Record<string, unknown>).sort());
  });

  test('codes are unique and every produced code is listed', () => {
    expect(new Set(PREFLIGHT_CODES).size).toBe(PREFLIGHT_CODES.length);
    const all = [
      ...preflight(emptyProfile(), TODAY, { existingMiniProgramsForEntity: 100 }),
      ...RULES.flatMap((r) => preflight(r.change(validProfile()), TODAY, r.context ?? {})),
    ];
    for (const p of all) {
      expect(PREFLIGHT_CODES).toContain(p.code);
      expect(PROFILE_FIELDS).toContain(p.field);
    }
  });
});
