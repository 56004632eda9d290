import fc from 'fast-check';
import { type FilingProfile } from '@/domain/filing';
import { enterpriseProfile, person, personalProfile } from '../support/profiles';
import {
  MATERIAL_IDS,
  MATERIAL_PROBLEM_CODES,
  MATERIAL_REASON_CODES,
  PHOTO_SLOT_IDS,
  WARNING_CODES,
  creditCodeProvince,
  daysPastLegacyDeadline,
  deriveMaterials,
  deriveWarnings,
  materialsProgress,
  type MaterialId,
  type MaterialItem,
  type MaterialMarks,
  type MaterialStatus,
  type PhotoPresence,
} from '@/domain/materials';
import {
  addMonthsIso,
  expiresDuringReview,
  idValidityProblems,
  isIsoDate,
  letterDateProblem,
  requiredValidityMonths,
} from '@/domain/document-dates';

const TODAY = '2026-03-15';

// Check characters computed with GB 32100-2015 / GB 11643-1999.
const BEIJING_CREDIT_CODE = '91110108MA01ABCD0B';
const GUANGDONG_CREDIT_CODE = '91440300MA5DABCD1K';
const NINGXIA_CREDIT_CODE = '91640100MA76ABCD24';
const CENTRAL_CREDIT_CODE = '93100000MA01ABCD08';
const BEIJING_ID = '110105198001010016';
const BEIJING_ID_2 = '110105198001010024';
const SICHUAN_ID = '510107199002020023';

/** A complete Beijing enterprise whose legal representative is also the mini program principal. */
function beijingEnterprise(): FilingProfile {
  return enterpriseProfile({
    entityName: '北京示例科技有限公司',
    certificateNumber: BEIJING_CREDIT_CODE,
    certificateAddress: '北京市海淀区中关村大街 1 号',
    province: '11',
    city: '北京市',
    district: '海淀区',
    address: '中关村大街 1 号',
    entityPrincipal: person({
      name: '李四',
      idNumber: BEIJING_ID,
      idValidFrom: '2020-01-01',
      idValidTo: '2040-01-01',
      mobile: '13800138000',
    }),
    administrator: person({ name: '李四', idNumber: BEIJING_ID, mobile: '13800138000' }),
    miniProgramPrincipalRole: 'entity-principal',
    authorizationLetterDate: '',
  });
}

/** The same enterprise with 王五 as a separate mini program principal. */
const WANG_WU = person({
  name: '王五',
  idNumber: BEIJING_ID_2,
  idValidFrom: '2019-05-01',
  idValidTo: '',
  idLongTerm: true,
  mobile: '13700137000',
});

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
    name: 'individual living outside the filing province (they said so)',
    profile: personalProfile({ province: '11', residesInFilingProvince: 'no' }),
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
    name: 'individual living in the filing province, born elsewhere (the ID region is not used)',
    profile: personalProfile({ entityPrincipal: person({ name: '李雷', idNumber: SICHUAN_ID }) }),
    ids: ['email', 'legal-rep-id-front', 'legal-rep-id-back', 'admin-mobile', 'emergency-contact', 'commitment-letter'],
  },
  {
    name: 'individual in Guangdong: no bank, no signed-and-stamped documents',
    profile: personalProfile({ province: '44', city: '深圳市', district: '南山区' }),
    ids: ['email', 'legal-rep-id-front', 'legal-rep-id-back', 'admin-mobile', 'emergency-contact', 'commitment-letter'],
  },
  {
    name: 'mini program published before 2023-09: no registration email',
    profile: { ...beijingEnterprise(), publishedBeforeSept2023: true },
    ids: SEED_ENTERPRISE.filter((id) => id !== 'email'),
  },
  {
    name: 'government body',
    profile: {
      ...beijingEnterprise(),
      entityType: 'government',
      certificateType: 'unified-credit-code-certificate',
    },
    ids: SEED_ENTERPRISE,
  },
  {
    name: 'Guangdong enterprise',
    profile: { ...beijingEnterprise(), province: '44', city: '深圳市', certificateNumber: GUANGDONG_CREDIT_CODE },
    ids: [...SEED_ENTERPRISE, 'guangdong-signed-documents'],
  },
  {
    name: 'the administrator 王五 is the mini program principal (WeChat default)',
    profile: {
      ...beijingEnterprise(),
      administrator: WANG_WU,
      miniProgramPrincipalRole: 'administrator',
      authorizationLetterDate: '2026-03-01',
    },
    ids: [...SEED_ENTERPRISE, 'authorization-letter', 'person-in-charge-id-front', 'person-in-charge-id-back'],
  },
  {
    name: 'prior approval: each industry adds its certificate, text approvals one more item',
    profile: {
      ...beijingEnterprise(),
      priorApproval: 'required',
      priorApprovals: [
        { industry: 'news', approvalNumber: '' },
        { industry: 'drugs-medical-devices', approvalNumber: '(京)-非经营性-2024-0001' },
      ],
      otherPriorApprovals: ['某项地方许可'],
    },
    ids: [
      ...SEED_ENTERPRISE,
      'prior-approval-news',
      'prior-approval-drugs-medical-devices',
      'prior-approval-documents',
    ],
  },
  {
    name: 'prior approval declared none: no certificate items, whatever was chosen before',
    profile: { ...beijingEnterprise(), priorApprovals: [{ industry: 'news', approvalNumber: '' }] },
    ids: SEED_ENTERPRISE,
  },
  {
    name: 'licence valid for 3 more months only',
    profile: { ...beijingEnterprise(), certificateLongTerm: false, certificateValidTo: '2026-06-15' },
    ids: SEED_ENTERPRISE,
    statuses: { 'business-license-photo': 'attention' },
    problems: { 'business-license-photo': ['id-expires-too-soon'] },
  },
  {
    name: 'Ningxia with an ID expiring in 4 months',
    profile: {
      ...beijingEnterprise(),
      province: '64',
      city: '银川市',
      certificateNumber: NINGXIA_CREDIT_CODE,
      entityPrincipal: { ...beijingEnterprise().entityPrincipal, idValidTo: '2026-07-15' },
    },
    ids: SEED_ENTERPRISE,
    statuses: { 'legal-rep-id-front': 'attention', 'legal-rep-id-back': 'attention' },
    problems: { 'legal-rep-id-front': ['id-expires-too-soon'], 'legal-rep-id-back': ['id-expires-too-soon'] },
  },
  {
    name: 'Beijing with an ID expiring in 4 months',
    profile: {
      ...beijingEnterprise(),
      entityPrincipal: { ...beijingEnterprise().entityPrincipal, idValidTo: '2026-07-15' },
    },
    ids: SEED_ENTERPRISE,
  },
  {
    name: 'letters dated 40 days ago',
    profile: {
      ...beijingEnterprise(),
      commitmentLetterDate: '2026-02-03',
      administrator: { ...WANG_WU, idValidTo: '2039-05-01', idLongTerm: false },
      miniProgramPrincipalRole: 'administrator',
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
      administrator: WANG_WU,
      miniProgramPrincipalRole: 'administrator',
      priorApproval: 'required',
      otherPriorApprovals: ['某项许可'],
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
    expect(items.email?.link).toEqual({ kind: 'field', field: 'registrationEmail' });
    expect(items['business-license-photo']?.link).toEqual({ kind: 'photo', slot: 'business-license' });
    expect(items['legal-rep-id-back']?.link).toEqual({ kind: 'photo', slot: 'legal-rep-id-back' });
    expect(items['admin-mobile']?.link).toEqual({ kind: 'field', field: 'administrator.mobile' });
    expect(byId(deriveMaterials(personalProfile(), {}, {}, TODAY))['admin-mobile']?.link).toEqual({
      kind: 'field',
      field: 'entityPrincipal.mobile',
    });
    expect(items['commitment-letter']?.link).toEqual({ kind: 'field', field: 'commitmentLetterDate' });
    expect(items['guangdong-signed-documents']?.link).toEqual({ kind: 'confirm' });
  });

  test('every returned reason and problem code is in the exported lists', () => {
    const profile: FilingProfile = {
      ...beijingEnterprise(),
      province: '44',
      administrator: { ...WANG_WU, mobile: '123' },
      miniProgramPrincipalRole: 'administrator',
      priorApproval: 'required',
      priorApprovals: [{ industry: 'religion', approvalNumber: '' }],
      otherPriorApprovals: ['x'],
      registrationEmail: 'bad',
      commitmentLetterDate: '2030-01-01',
      certificateLongTerm: false,
      certificateValidTo: '2025-01-01',
      entityPrincipal: {
        ...beijingEnterprise().entityPrincipal,
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
    expect(materialOf({ ...beijingEnterprise(), registrationEmail: '' }, 'email')?.status).toBe('missing');
    const malformed = materialOf({ ...beijingEnterprise(), registrationEmail: 'admin@' }, 'email');
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
      entityPrincipal: { ...beijingEnterprise().entityPrincipal, idValidTo },
    });
    expect(materialOf(withEnd('2026-06-15'), 'legal-rep-id-front')?.problems).toEqual(['id-expires-too-soon']);
    expect(materialOf(withEnd('2026-06-16'), 'legal-rep-id-front')?.status).toBe('ready');
    expect(materialOf(withEnd('2026-03-14'), 'legal-rep-id-front')?.problems).toEqual(['id-expired']);
  });

  test('ID validity: a long-term ID ignores the end date', () => {
    const profile = {
      ...beijingEnterprise(),
      entityPrincipal: { ...beijingEnterprise().entityPrincipal, idValidTo: '2026-04-01', idLongTerm: true },
    };
    expect(materialOf(profile, 'legal-rep-id-back')?.status).toBe('ready');
  });

  test('ID validity problems show on an absent photo too, which stays missing', () => {
    const profile = {
      ...beijingEnterprise(),
      entityPrincipal: { ...beijingEnterprise().entityPrincipal, idValidTo: '2026-04-01' },
    };
    expect(materialOf(profile, 'legal-rep-id-front', ALL_MARKS, {})).toMatchObject({
      status: 'missing',
      problems: ['id-expires-too-soon'],
    });
  });

  test('mobiles: a malformed number or the emergency number equal to another needs attention', () => {
    const malformed = materialOf(
      { ...beijingEnterprise(), administrator: { ...beijingEnterprise().administrator, mobile: '12345' } },
      'admin-mobile',
    );
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
      administrator: { ...WANG_WU, mobile: '13700137000' },
      miniProgramPrincipalRole: 'someone-else',
      miniProgramPrincipal: { ...WANG_WU, name: '赵六', mobile: '13900139000' },
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

  test('residence proof only when the individual says they live elsewhere, not from the ID digits', () => {
    const born = (residesInFilingProvince: FilingProfile['residesInFilingProvince']) =>
      personalProfile({ residesInFilingProvince, entityPrincipal: person({ idNumber: SICHUAN_ID }) });
    expect(byId(deriveMaterials(born('yes'), {}, {}, TODAY))['residence-proof']).toBeUndefined();
    expect(byId(deriveMaterials(born(''), {}, {}, TODAY))['residence-proof']).toBeUndefined();
    expect(byId(deriveMaterials(born('no'), {}, {}, TODAY))['residence-proof']?.status).toBe('missing');
  });

  test('an administrator with the entity principal’s own ID is one person: no second ID or letter', () => {
    const profile: FilingProfile = { ...beijingEnterprise(), miniProgramPrincipalRole: 'administrator' };
    const ids = deriveMaterials(profile, {}, {}, TODAY).map((i) => i.id);
    expect(ids).not.toContain('authorization-letter');
    expect(ids).not.toContain('person-in-charge-id-front');
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

  test('individual: verification optional; cross-province only when they live elsewhere', () => {
    const home = personalProfile({ entityPrincipal: person({ idNumber: SICHUAN_ID }) });
    expect(deriveWarnings(home, TODAY).map((w) => w.code)).toEqual(['personal-verification-optional']);
    const away: FilingProfile = { ...home, residesInFilingProvince: 'no' };
    expect(deriveWarnings(away, TODAY)).toEqual([
      { code: 'personal-verification-optional', field: 'entityType' },
      { code: 'cross-province', field: 'residesInFilingProvince' },
    ]);
  });

  test('credit code region must match the filing province, only for a valid code of a real province', () => {
    const mismatch: FilingProfile = { ...beijingEnterprise(), certificateNumber: GUANGDONG_CREDIT_CODE };
    expect(deriveWarnings(mismatch, TODAY)).toEqual([{ code: 'province-certificate-mismatch', field: 'province' }]);
    // A checksum miss ('warning' from the validator) is not trusted for the region.
    const badChecksum: FilingProfile = { ...beijingEnterprise(), certificateNumber: '91440300MA5DABCD1A' };
    expect(deriveWarnings(badChecksum, TODAY)).toEqual([]);
    // Centrally registered organisations carry region 100000, which is no province.
    expect(deriveWarnings({ ...beijingEnterprise(), certificateNumber: CENTRAL_CREDIT_CODE }, TODAY)).toEqual([]);
    // No province chosen yet: nothing to compare.
    expect(deriveWarnings({ ...mismatch, province: '' }, TODAY)).toEqual([]);
  });

  test('published before 2023-09: the deadline passed after 2024-03-31, ahead up to that day', () => {
    const profile: FilingProfile = { ...beijingEnterprise(), publishedBeforeSept2023: true };
    expect(deriveWarnings(profile, TODAY)).toEqual([
      { code: 'legacy-deadline-passed', field: 'publishedBeforeSept2023' },
    ]);
    expect(deriveWarnings(profile, '2024-03-31')[0]?.code).toBe('legacy-deadline-ahead');
    expect(daysPastLegacyDeadline('2024-04-01')).toBe(1);
    expect(daysPastLegacyDeadline(TODAY)).toBe(714);
  });

  test('every code is in WARNING_CODES', () => {
    const profile: FilingProfile = {
      ...beijingEnterprise(),
      entityType: 'personal',
      publishedBeforeSept2023: true,
      residesInFilingProvince: 'no',
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
    const window = (idValidFrom: string, idValidTo: string) => ({ idValidFrom, idValidTo, idLongTerm: false });
    expect(idValidityProblems(window('2026-04-01', '2046-04-01'), '11', TODAY)).toEqual(['id-valid-from-in-future']);
    expect(idValidityProblems(window('2020-01-01', '2020-01-01'), '11', TODAY)).toEqual([
      'id-valid-to-before-from',
      'id-expired',
    ]);
    expect(idValidityProblems(window('2020/01/01', '2040-13-01'), '11', TODAY)).toEqual([
      'id-valid-from-malformed',
      'id-valid-to-malformed',
    ]);
    expect(idValidityProblems(window('', ''), '11', TODAY)).toEqual([]);
    expect(idValidityProblems(window('2020-01-01', '2026-09-15'), '64', TODAY)).toEqual(['id-expires-too-soon']);
    expect(idValidityProblems(window('2020-01-01', '2026-09-16'), '64', TODAY)).toEqual([]);
  });

  test('expiresDuringReview: after the required months, within one more month (the review)', () => {
    const window = (idValidTo: string, idLongTerm = false) => ({ idValidFrom: '2020-01-01', idValidTo, idLongTerm });
    expect(expiresDuringReview(window('2026-06-15'), '11', TODAY)).toBe(false); // already too soon
    expect(expiresDuringReview(window('2026-06-16'), '11', TODAY)).toBe(true);
    expect(expiresDuringReview(window('2026-07-15'), '11', TODAY)).toBe(true);
    expect(expiresDuringReview(window('2026-07-16'), '11', TODAY)).toBe(false);
    expect(expiresDuringReview(window('2026-10-15'), '64', TODAY)).toBe(true);
    expect(expiresDuringReview(window('2026-07-01', true), '11', TODAY)).toBe(false);
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
