import fc from 'fast-check';
import { emptyProfile, type FilingProfile } from '@/domain/filing';
import {
  MATERIAL_IDS,
  MATERIAL_PROBLEM_CODES,
  MATERIAL_REASON_CODES,
  PHOTO_SLOT_IDS,
  WARNING_CODES,
  addMonthsIso,
  creditCodeProvince,
  deriveMaterials,
  deriveWarnings,
  idValidityProblems,
  isIsoDate,
  letterDateProblem,
  materialsProgress,
  requiredValidityMonths,
  type MaterialId,
  type MaterialItem,
  type MaterialMarks,
  type MaterialStatus,
  type PhotoPresence,
} from '@/domain/materials';

const TODAY = '2026-03-15';

// Check characters computed with GB 32100-2015 / GB 11643-1999.
const BEIJING_CREDIT_CODE = '91110108MA01ABCD0B';
const GUANGDONG_CREDIT_CODE = '91440300MA5DABCD1K';
const NINGXIA_CREDIT_CODE = '91640100MA76ABCD24';
const CENTRAL_CREDIT_CODE = '93100000MA01ABCD08';
const BEIJING_ID = '110105198001010016';
const BEIJING_ID_2 = '110105198001010024';
const SICHUAN_ID = '510107199002020023';

/** A complete Beijing enterprise whose legal representative is also the person in charge. */
function beijingEnterprise(): FilingProfile {
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
    bankReady: true,
    commitmentLetterDate: '2026-03-10',
  };
}

/** Every mark done and confirmed, every photo slot fine: what is left is down to the profile. */
const ALL_MARKS: MaterialMarks = Object.fromEntries(
  MATERIAL_IDS.map((id) => [id, { done: true, confirmed: true, at: 1 }]),
);
const ALL_PHOTOS: PhotoPresence = Object.fromEntries(PHOTO_SLOT_IDS.map((slot) => [slot, 'ok']));

function byId(items: MaterialItem[]): Partial<Record<MaterialId, MaterialItem>> {
  return Object.fromEntries(items.map((i) => [i.id, i]));
}

const SEED_ENTERPRISE: MaterialId[] = [
  'email',
  'business-license-photo',
  'legal-rep-id-front',
  'legal-rep-id-back',
  'admin-mobile',
  'emergency-contact',
  'bank-info',
  'commitment-letter',
];

interface Situation {
  name: string;
  profile: FilingProfile;
  ids: MaterialId[];
  statuses?: Partial<Record<MaterialId, MaterialStatus>>;
  problems?: Partial<Record<MaterialId, string[]>>;
}

const SITUATIONS: Situation[] = [
  {
    name: 'enterprise in Beijing',
    profile: beijingEnterprise(),
    ids: SEED_ENTERPRISE,
  },
  {
    name: 'personal entity filing outside its home province',
    profile: {
      ...beijingEnterprise(),
      entityType: 'personal',
      companyName: '',
      creditCode: '',
      legalRepresentative: { ...beijingEnterprise().legalRepresentative, idNumber: SICHUAN_ID },
    },
    ids: [
      'email',
      'legal-rep-id-front',
      'legal-rep-id-back',
      'admin-mobile',
      'emergency-contact',
      'commitment-letter',
      'residence-proof',
    ],
  },
  {
    name: 'personal entity in its home province',
    profile: { ...beijingEnterprise(), entityType: 'personal', companyName: '', creditCode: '' },
    ids: ['email', 'legal-rep-id-front', 'legal-rep-id-back', 'admin-mobile', 'emergency-contact', 'commitment-letter'],
  },
  {
    name: 'Guangdong enterprise',
    profile: { ...beijingEnterprise(), province: '44', city: '深圳市', creditCode: GUANGDONG_CREDIT_CODE },
    ids: [...SEED_ENTERPRISE, 'guangdong-signed-documents'],
  },
  {
    name: 'legal representative is not the person in charge',
    profile: {
      ...beijingEnterprise(),
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
    },
    ids: [...SEED_ENTERPRISE, 'authorization-letter', 'person-in-charge-id-front', 'person-in-charge-id-back'],
  },
  {
    name: 'prior approval required',
    profile: { ...beijingEnterprise(), priorApproval: 'required', priorApprovalItems: ['新闻'] },
    ids: [...SEED_ENTERPRISE, 'prior-approval-documents'],
  },
  {
    name: 'Ningxia with an ID expiring in 4 months',
    profile: {
      ...beijingEnterprise(),
      province: '64',
      city: '银川市',
      creditCode: NINGXIA_CREDIT_CODE,
      legalRepresentative: { ...beijingEnterprise().legalRepresentative, idValidTo: '2026-07-15' },
    },
    ids: SEED_ENTERPRISE,
    statuses: { 'legal-rep-id-front': 'attention', 'legal-rep-id-back': 'attention' },
    problems: { 'legal-rep-id-front': ['id-expires-too-soon'], 'legal-rep-id-back': ['id-expires-too-soon'] },
  },
  {
    name: 'Beijing with an ID expiring in 4 months',
    profile: {
      ...beijingEnterprise(),
      legalRepresentative: { ...beijingEnterprise().legalRepresentative, idValidTo: '2026-07-15' },
    },
    ids: SEED_ENTERPRISE,
  },
  {
    name: 'letters dated 40 days ago',
    profile: {
      ...beijingEnterprise(),
      commitmentLetterDate: '2026-02-03',
      legalRepIsPersonInCharge: false,
      personInCharge: {
        name: '王五',
        idNumber: BEIJING_ID_2,
        idValidFrom: '2019-05-01',
        idValidTo: '2039-05-01',
        idLongTerm: false,
        mobile: '13700137000',
      },
      authorizationLetterDate: '2026-02-03',
    },
    ids: [...SEED_ENTERPRISE, 'authorization-letter', 'person-in-charge-id-front', 'person-in-charge-id-back'],
    statuses: { 'commitment-letter': 'attention', 'authorization-letter': 'attention' },
    problems: { 'commitment-letter': ['letter-too-old'], 'authorization-letter': ['letter-too-old'] },
  },
];

describe('deriveMaterials: situations table', () => {
  test.each(SITUATIONS)('$name', ({ profile, ids, statuses = {}, problems = {} }) => {
    const items = deriveMaterials(profile, ALL_MARKS, ALL_PHOTOS, TODAY);
    expect(items.map((i) => i.id).sort()).toEqual([...ids].sort());
    for (const item of items) {
      expect({ id: item.id, status: item.status }).toEqual({ id: item.id, status: statuses[item.id] ?? 'ready' });
      expect({ id: item.id, problems: item.problems }).toEqual({ id: item.id, problems: problems[item.id] ?? [] });
    }
  });

  test('with nothing marked and no photos, everything provided only by the user is missing', () => {
    const items = byId(deriveMaterials(beijingEnterprise(), {}, {}, TODAY));
    expect(items['business-license-photo']?.status).toBe('missing');
    expect(items['legal-rep-id-front']?.status).toBe('missing');
    expect(items['commitment-letter']?.status).toBe('missing');
    // Fields come from the profile: the mobiles are there and valid.
    expect(items['admin-mobile']?.status).toBe('ready');
    expect(items['emergency-contact']?.status).toBe('ready');
    // A valid email still needs the "unused on other WeChat platforms" confirmation.
    expect(items.email?.status).toBe('attention');
    expect(items.email?.problems).toEqual(['needs-confirmation']);
  });

  test('the seed six come first, in the seed order', () => {
    const ids = deriveMaterials(beijingEnterprise(), {}, {}, TODAY).map((i) => i.id);
    expect(ids.slice(0, 7)).toEqual([
      'email',
      'business-license-photo',
      'legal-rep-id-front',
      'legal-rep-id-back',
      'admin-mobile',
      'emergency-contact',
      'bank-info',
    ]);
  });

  test('sources: seed items are "guide", filing-rule items are "rule"', () => {
    const profile: FilingProfile = {
      ...beijingEnterprise(),
      province: '44',
      legalRepIsPersonInCharge: false,
      priorApproval: 'required',
    };
    const items = byId(deriveMaterials(profile, {}, {}, TODAY));
    expect(items.email?.source).toBe('guide');
    expect(items['bank-info']?.source).toBe('guide');
    expect(items['guangdong-signed-documents']?.source).toBe('guide');
    expect(items['commitment-letter']?.source).toBe('rule');
    expect(items['authorization-letter']?.source).toBe('rule');
    expect(items['person-in-charge-id-front']?.source).toBe('rule');
    expect(items['prior-approval-documents']?.source).toBe('rule');
  });

  test('links: fields, photo slots and confirmations', () => {
    const profile: FilingProfile = { ...beijingEnterprise(), province: '44' };
    const items = byId(deriveMaterials(profile, {}, {}, TODAY));
    expect(items.email?.link).toEqual({ kind: 'field', field: 'adminEmail' });
    expect(items['business-license-photo']?.link).toEqual({ kind: 'photo', slot: 'business-license' });
    expect(items['legal-rep-id-back']?.link).toEqual({ kind: 'photo', slot: 'legal-rep-id-back' });
    expect(items['admin-mobile']?.link).toEqual({ kind: 'field', field: 'adminMobile' });
    expect(items['commitment-letter']?.link).toEqual({ kind: 'field', field: 'commitmentLetterDate' });
    expect(items['guangdong-signed-documents']?.link).toEqual({ kind: 'confirm' });
  });

  test('every returned reason and problem code is in the exported lists', () => {
    const profile: FilingProfile = {
      ...beijingEnterprise(),
      entityType: 'personal',
      province: '44',
      legalRepIsPersonInCharge: false,
      priorApproval: 'required',
      adminEmail: 'bad',
      adminMobile: '123',
      commitmentLetterDate: '2030-01-01',
      legalRepresentative: {
        ...beijingEnterprise().legalRepresentative,
        idValidFrom: '2030-01-01',
        idValidTo: '2026-01-01',
      },
    };
    const items = deriveMaterials(
      profile,
      {},
      { 'legal-rep-id-front': 'flagged', 'legal-rep-id-back': 'missing-file' },
      TODAY,
    );
    for (const item of items) {
      expect(MATERIAL_IDS).toContain(item.id);
      expect(MATERIAL_REASON_CODES).toContain(item.reason);
      for (const p of item.problems) expect(MATERIAL_PROBLEM_CODES).toContain(p);
    }
  });
});

describe('deriveMaterials: edge cases per item', () => {
  const materialOf = (profile: FilingProfile, id: MaterialId, marks = ALL_MARKS, photos = ALL_PHOTOS) =>
    byId(deriveMaterials(profile, marks, photos, TODAY))[id];

  test('email: empty is missing, malformed is attention, unconfirmed is attention', () => {
    expect(materialOf({ ...beijingEnterprise(), adminEmail: '' }, 'email')?.status).toBe('missing');
    const malformed = materialOf({ ...beijingEnterprise(), adminEmail: 'admin@' }, 'email');
    expect(malformed?.status).toBe('attention');
    expect(malformed?.problems).toEqual(['invalid-format']);
    const unconfirmed = materialOf(beijingEnterprise(), 'email', { email: { done: true, confirmed: false, at: 1 } });
    expect(unconfirmed?.status).toBe('attention');
    expect(unconfirmed?.problems).toEqual(['needs-confirmation']);
  });

  test('photos: ok is ready, flagged and missing-file need attention, absent is missing', () => {
    const profile = beijingEnterprise();
    expect(materialOf(profile, 'business-license-photo', ALL_MARKS, { 'business-license': 'ok' })?.status).toBe(
      'ready',
    );
    const flagged = materialOf(profile, 'business-license-photo', ALL_MARKS, { 'business-license': 'flagged' });
    expect(flagged).toMatchObject({ status: 'attention', problems: ['photo-flagged'] });
    const gone = materialOf(profile, 'business-license-photo', ALL_MARKS, { 'business-license': 'missing-file' });
    expect(gone).toMatchObject({ status: 'attention', problems: ['photo-file-missing'] });
    expect(materialOf(profile, 'business-license-photo', ALL_MARKS, {})?.status).toBe('missing');
  });

  test('ID validity: exactly 3 months is not "more than 3 months"; a day more is', () => {
    const withEnd = (idValidTo: string) => ({
      ...beijingEnterprise(),
      legalRepresentative: { ...beijingEnterprise().legalRepresentative, idValidTo },
    });
    expect(materialOf(withEnd('2026-06-15'), 'legal-rep-id-front')?.problems).toEqual(['id-expires-too-soon']);
    expect(materialOf(withEnd('2026-06-16'), 'legal-rep-id-front')?.status).toBe('ready');
    expect(materialOf(withEnd('2026-03-14'), 'legal-rep-id-front')?.problems).toEqual(['id-expired']);
  });

  test('ID validity: a long-term ID ignores the end date', () => {
    const profile = {
      ...beijingEnterprise(),
      legalRepresentative: { ...beijingEnterprise().legalRepresentative, idValidTo: '2026-04-01', idLongTerm: true },
    };
    expect(materialOf(profile, 'legal-rep-id-back')?.status).toBe('ready');
  });

  test('ID validity problems show on an absent photo too, which stays missing', () => {
    const profile = {
      ...beijingEnterprise(),
      legalRepresentative: { ...beijingEnterprise().legalRepresentative, idValidTo: '2026-04-01' },
    };
    expect(materialOf(profile, 'legal-rep-id-front', ALL_MARKS, {})).toMatchObject({
      status: 'missing',
      problems: ['id-expires-too-soon'],
    });
  });

  test('mobiles: a malformed number or the emergency number equal to another needs attention', () => {
    const malformed = materialOf({ ...beijingEnterprise(), adminMobile: '12345' }, 'admin-mobile');
    expect(malformed).toMatchObject({ status: 'attention', problems: ['invalid-format'] });
    const same = deriveMaterials(
      { ...beijingEnterprise(), emergencyMobile: '+86 138-0013-8000' },
      ALL_MARKS,
      ALL_PHOTOS,
      TODAY,
    );
    expect(byId(same)['admin-mobile']?.problems).toEqual(['mobile-duplicate']);
    expect(byId(same)['emergency-contact']?.problems).toEqual(['mobile-duplicate']);
    const picSame: FilingProfile = {
      ...beijingEnterprise(),
      legalRepIsPersonInCharge: false,
      personInCharge: { ...beijingEnterprise().personInCharge, mobile: '13900139000' },
    };
    expect(materialOf(picSame, 'emergency-contact')?.problems).toEqual(['mobile-duplicate']);
    expect(materialOf(picSame, 'admin-mobile')?.problems).toEqual([]);
    expect(materialOf({ ...beijingEnterprise(), emergencyMobile: '' }, 'emergency-contact')?.status).toBe('missing');
  });

  test('letters: dated today or exactly a month ago is ready; older, future or undated is attention; unmarked is missing', () => {
    const letter = (commitmentLetterDate: string, marks = ALL_MARKS) =>
      materialOf({ ...beijingEnterprise(), commitmentLetterDate }, 'commitment-letter', marks);
    expect(letter(TODAY)?.status).toBe('ready');
    expect(letter('2026-02-15')?.status).toBe('ready');
    expect(letter('2026-02-14')?.problems).toEqual(['letter-too-old']);
    expect(letter('2026-03-16')?.problems).toEqual(['letter-dated-in-future']);
    expect(letter('')?.problems).toEqual(['letter-date-missing']);
    expect(letter('2026-02-30')?.problems).toEqual(['letter-date-malformed']);
    expect(letter(TODAY, {})?.status).toBe('missing');
  });

  test('a flagged letter scan needs attention even with a good date', () => {
    const item = materialOf(beijingEnterprise(), 'commitment-letter', ALL_MARKS, {
      ...ALL_PHOTOS,
      'commitment-letter': 'flagged',
    });
    expect(item).toMatchObject({ status: 'attention', problems: ['photo-flagged'] });
  });

  test('confirm items and bank info follow the marks and bankReady', () => {
    const gd: FilingProfile = { ...beijingEnterprise(), province: '44', bankReady: false };
    const items = byId(deriveMaterials(gd, {}, {}, TODAY));
    expect(items['guangdong-signed-documents']?.status).toBe('missing');
    expect(items['bank-info']?.status).toBe('missing');
    const marked = byId(deriveMaterials(gd, { 'guangdong-signed-documents': { done: true, at: 5 } }, {}, TODAY));
    expect(marked['guangdong-signed-documents']?.status).toBe('ready');
  });

  test('an unusable ID number gives no residence-proof item (its home province is unknown)', () => {
    const profile: FilingProfile = {
      ...beijingEnterprise(),
      entityType: 'personal',
      legalRepresentative: { ...beijingEnterprise().legalRepresentative, idNumber: '5101071990' },
    };
    expect(byId(deriveMaterials(profile, {}, {}, TODAY))['residence-proof']).toBeUndefined();
  });
});

describe('materialsProgress', () => {
  test('counts ready items', () => {
    const items = deriveMaterials(beijingEnterprise(), {}, {}, TODAY);
    const progress = materialsProgress(items);
    expect(progress.total).toBe(SEED_ENTERPRISE.length);
    expect(progress.done).toBe(items.filter((i) => i.status === 'ready').length);
    expect(progress.done).toBe(3); // the two mobiles and bank info
    expect(materialsProgress([])).toEqual({ done: 0, total: 0 });
  });
});

describe('deriveWarnings', () => {
  test('a complete Beijing enterprise has none', () => {
    expect(deriveWarnings(beijingEnterprise(), TODAY)).toEqual([]);
  });

  test('personal entity: cannot verify, and cross-province when its ID is from elsewhere', () => {
    const home: FilingProfile = { ...beijingEnterprise(), entityType: 'personal' };
    expect(deriveWarnings(home, TODAY).map((w) => w.code)).toEqual(['personal-cannot-verify']);
    const away: FilingProfile = {
      ...home,
      legalRepresentative: { ...home.legalRepresentative, idNumber: SICHUAN_ID },
    };
    expect(deriveWarnings(away, TODAY)).toEqual([
      { code: 'personal-cannot-verify', field: 'entityType' },
      { code: 'cross-province', field: 'province' },
    ]);
  });

  test('credit code region must match the filing province, only for a valid code of a real province', () => {
    const mismatch: FilingProfile = { ...beijingEnterprise(), creditCode: GUANGDONG_CREDIT_CODE };
    expect(deriveWarnings(mismatch, TODAY)).toEqual([{ code: 'province-certificate-mismatch', field: 'province' }]);
    // A checksum miss ('warning' from the validator) is not trusted for the region.
    const badChecksum: FilingProfile = { ...beijingEnterprise(), creditCode: '91440300MA5DABCD1A' };
    expect(deriveWarnings(badChecksum, TODAY)).toEqual([]);
    // Centrally registered organisations carry region 100000, which is no province.
    expect(deriveWarnings({ ...beijingEnterprise(), creditCode: CENTRAL_CREDIT_CODE }, TODAY)).toEqual([]);
    // No province chosen yet: nothing to compare.
    expect(deriveWarnings({ ...mismatch, province: '' }, TODAY)).toEqual([]);
  });

  test('published before 2023-09: overdue after 2024-03-31', () => {
    const profile: FilingProfile = { ...beijingEnterprise(), publishedBeforeSept2023: true };
    expect(deriveWarnings(profile, TODAY)).toEqual([
      { code: 'published-before-2023-09', field: 'publishedBeforeSept2023', overdue: true },
    ]);
    expect(deriveWarnings(profile, '2024-03-31')[0].overdue).toBe(false);
  });

  test('every code is in WARNING_CODES', () => {
    const profile: FilingProfile = {
      ...beijingEnterprise(),
      entityType: 'personal',
      publishedBeforeSept2023: true,
      legalRepresentative: { ...beijingEnterprise().legalRepresentative, idNumber: SICHUAN_ID },
    };
    for (const w of deriveWarnings(profile, TODAY)) expect(WARNING_CODES).toContain(w.code);
  });
});

describe('date rules', () => {
  test('requiredValidityMonths: 6 in Ningxia, 3 elsewhere', () => {
    expect(requiredValidityMonths('64')).toBe(6);
    expect(requiredValidityMonths('11')).toBe(3);
    expect(requiredValidityMonths('')).toBe(3);
  });

  test('idValidityProblems reports start/end order, future start and malformed dates', () => {
    const person = (idValidFrom: string, idValidTo: string) => ({
      name: 'x',
      idNumber: '',
      idValidFrom,
      idValidTo,
      idLongTerm: false,
    });
    expect(idValidityProblems(person('2026-04-01', '2046-04-01'), '11', TODAY)).toEqual(['id-valid-from-in-future']);
    expect(idValidityProblems(person('2020-01-01', '2020-01-01'), '11', TODAY)).toEqual([
      'id-valid-to-before-from',
      'id-expired',
    ]);
    expect(idValidityProblems(person('2020/01/01', '2040-13-01'), '11', TODAY)).toEqual([
      'id-valid-from-malformed',
      'id-valid-to-malformed',
    ]);
    expect(idValidityProblems(person('', ''), '11', TODAY)).toEqual([]);
    expect(idValidityProblems(person('2020-01-01', '2026-09-15'), '64', TODAY)).toEqual(['id-expires-too-soon']);
    expect(idValidityProblems(person('2020-01-01', '2026-09-16'), '64', TODAY)).toEqual([]);
  });

  test('letterDateProblem at month ends clamps like the calendar', () => {
    // One month before 2026-03-31 is 2026-02-28.
    expect(letterDateProblem('2026-02-28', '2026-03-31')).toBeNull();
    expect(letterDateProblem('2026-02-27', '2026-03-31')).toBe('letter-too-old');
  });

  test('addMonthsIso clamps to month ends and crosses years', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsIso('2026-12-15', 3)).toBe('2027-03-15');
    expect(addMonthsIso('2026-01-10', -1)).toBe('2025-12-10');
    expect(() => addMonthsIso('2026-1-10', 1)).toThrow(RangeError);
  });

  test('isIsoDate accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  test('property: addMonthsIso returns a real date in the right month, never past the original day', () => {
    const date = fc
      .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const r = addMonthsIso(d, n);
        expect(isIsoDate(r)).toBe(true);
        const monthIndex = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
        expect(monthIndex(r) - monthIndex(d)).toBe(n);
        expect(Number(r.slice(8))).toBeLessThanOrEqual(Number(d.slice(8)));
      }),
    );
  });

  test('creditCodeProvince reads characters 3–4 of a valid code', () => {
    expect(creditCodeProvince(BEIJING_CREDIT_CODE)).toBe('11');
    expect(creditCodeProvince(GUANGDONG_CREDIT_CODE.toLowerCase())).toBe('44');
    expect(creditCodeProvince(CENTRAL_CREDIT_CODE)).toBeNull();
    expect(creditCodeProvince('')).toBeNull();
  });
});

describe('code lists', () => {
  test.each([
    ['MATERIAL_IDS', MATERIAL_IDS],
    ['MATERIAL_REASON_CODES', MATERIAL_REASON_CODES],
    ['MATERIAL_PROBLEM_CODES', MATERIAL_PROBLEM_CODES],
    ['WARNING_CODES', WARNING_CODES],
    ['PHOTO_SLOT_IDS', PHOTO_SLOT_IDS],
  ])('%s has no duplicates', (_name, list) => {
    expect(new Set(list).size).toBe(list.length);
  });
});
