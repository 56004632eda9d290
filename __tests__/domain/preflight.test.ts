import { emptyProfile, type FilingProfile, type PersonInCharge } from '@/domain/filing';
import {
  PREFLIGHT_CODES,
  codePointLength,
  entityTypeOfCreditCode,
  fieldProblem,
  isPreflightClear,
  miniProgramCap,
  preflight,
  rejectionReminders,
  validateProfileField,
  type PreflightProblem,
} from '@/domain/preflight';
import { PROFILE_FIELDS, type ProfileFieldPath } from '@/domain/profile-fields';
import { CODES, IDS, PROFILES_BY_TYPE, TODAY, enterpriseProfile, person, personalProfile } from '../support/profiles';

/** A 15-digit registration number whose MOD 11,10 check digit is right. */
const REGISTRATION_NUMBER = '110000000000009';

/** A complete Hangzhou enterprise whose legal representative is also the mini program principal. */
function validProfile(): FilingProfile {
  return enterpriseProfile({ miniProgramPrincipalRole: 'entity-principal', authorizationLetterDate: '' });
}

/** The same enterprise with the administrator 王五 as mini program principal (the WeChat default). */
function validWithPersonInCharge(): FilingProfile {
  return enterpriseProfile();
}

const withPrincipal = (p: FilingProfile, change: Partial<PersonInCharge>): FilingProfile => ({
  ...p,
  entityPrincipal: { ...p.entityPrincipal, ...change },
});
const withAdmin = (p: FilingProfile, change: Partial<PersonInCharge>): FilingProfile => ({
  ...p,
  administrator: { ...p.administrator, ...change },
});

const pick = (problems: PreflightProblem[]) => problems.map(({ severity, code, field }) => ({ severity, code, field }));

describe('preflight: complete profiles', () => {
  test('a complete enterprise profile has no problems at all', () => {
    expect(preflight(validProfile(), TODAY, {})).toEqual([]);
  });

  test('a complete profile with the administrator as mini program principal has no problems', () => {
    expect(preflight(validWithPersonInCharge(), TODAY, { existingMiniProgramsForEntity: 3 })).toEqual([]);
  });

  test.each(Object.entries(PROFILES_BY_TYPE))('a complete %s profile is clear', (type, make) => {
    const problems = preflight(make(), TODAY, {});
    expect(isPreflightClear(problems)).toBe(true);
    // Only the individual's note that verification is optional for them remains.
    expect(pick(problems)).toEqual(
      type === 'personal' ? [{ severity: 'warning', code: 'personal-verification-optional', field: 'entityType' }] : [],
    );
  });

  test('a 15-digit registration number is accepted in place of a credit code', () => {
    expect(preflight({ ...validProfile(), certificateNumber: REGISTRATION_NUMBER }, TODAY, {})).toEqual([]);
  });

  test('an individual needs no entity name, certificate or administrator', () => {
    const problems = preflight(
      personalProfile({ entityName: '', certificateNumber: '', administrator: emptyProfile().administrator }),
      TODAY,
      {},
    );
    expect(isPreflightClear(problems)).toBe(true);
  });

  test('the empty profile is blocked on every required field', () => {
    const problems = preflight(emptyProfile(), TODAY, {});
    expect(isPreflightClear(problems)).toBe(false);
    const required = problems.filter((p) => p.code === 'required').map((p) => p.field);
    expect(required).toEqual([
      'entityType',
      'province',
      'city',
      'district',
      'address',
      'miniProgramName',
      'serviceDescription',
      'serviceTypes',
      'priorApproval',
      'registrationEmail',
      'emergencyMobile',
      'entityPrincipal.name',
      'entityPrincipal.idNumber',
      'entityPrincipal.mobile',
      'entityPrincipal.idValidFrom',
      'entityPrincipal.idValidTo',
      'entityPrincipal.email',
      // Until an individual is chosen, WeChat's default applies: the administrator is the mini
      // program principal, a separate person needing their own details and an authorization letter.
      'administrator.name',
      'administrator.idNumber',
      'administrator.mobile',
      'administrator.idValidFrom',
      'administrator.idValidTo',
      'administrator.email',
      'commitmentLetterDate',
      'authorizationLetterDate',
    ]);
    expect(problems.every((p) => p.severity === 'blocking')).toBe(true);
  });

  test('an enterprise with nothing else entered is also asked for its certificate and administrator', () => {
    const problems = preflight({ ...emptyProfile(), entityType: 'enterprise' }, TODAY, {});
    const required = problems.filter((p) => p.code === 'required').map((p) => p.field);
    for (const field of [
      'entityName',
      'certificateNumber',
      'certificateValidFrom',
      'certificateValidTo',
      'certificateAddress',
      'administrator.name',
      'administrator.idNumber',
      'administrator.mobile',
      'administrator.idValidFrom',
      'administrator.email',
      'authorizationLetterDate',
    ] as ProfileFieldPath[]) {
      expect(required).toContain(field);
    }
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
    change: (p) => ({ ...p, certificateNumber: '91330106MA2ABCDE1O' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'certificateNumber' },
  },
  {
    name: 'credit code whose check character misses (early pilot codes exist)',
    change: (p) => ({ ...p, certificateNumber: '91330106MA2ABCDE1H' }),
    expected: { severity: 'warning', code: 'checksum-warning', field: 'certificateNumber' },
  },
  {
    name: 'credit code of an unknown region (its own warning)',
    change: (p) => ({ ...p, certificateNumber: '91990000MA01ABCD09' }),
    expected: { severity: 'warning', code: 'region-warning', field: 'certificateNumber' },
  },
  {
    name: 'registration number whose check digit misses',
    change: (p) => ({ ...p, certificateNumber: '110000000000001' }),
    expected: { severity: 'warning', code: 'checksum-warning', field: 'certificateNumber' },
  },
  {
    name: 'an individual business code (92) on an enterprise',
    change: (p) => ({ ...p, certificateNumber: CODES.individualBusiness }),
    expected: { severity: 'warning', code: 'certificate-entity-mismatch', field: 'certificateNumber' },
  },
  {
    name: 'a certificate type another entity type uses',
    change: (p) => ({ ...p, certificateType: 'foundation-certificate' }),
    expected: { severity: 'warning', code: 'certificate-type-mismatch', field: 'certificateType' },
  },
  {
    name: 'entity name blank',
    change: (p) => ({ ...p, entityName: '   ' }),
    expected: { severity: 'blocking', code: 'required', field: 'entityName' },
  },
  {
    name: 'licence valid for exactly 3 more months',
    change: (p) => ({ ...p, certificateLongTerm: false, certificateValidTo: '2026-06-15' }),
    expected: { severity: 'blocking', code: 'id-expires-too-soon', field: 'certificateValidTo' },
  },
  {
    name: 'licence end date missing (not long-term)',
    change: (p) => ({ ...p, certificateLongTerm: false, certificateValidTo: '' }),
    expected: { severity: 'blocking', code: 'required', field: 'certificateValidTo' },
  },
  {
    name: 'licence that would fall under 3 months during the review',
    change: (p) => ({ ...p, certificateLongTerm: false, certificateValidTo: '2026-07-10' }),
    expected: { severity: 'warning', code: 'expires-during-review', field: 'certificateValidTo' },
  },
  {
    name: 'certificate address missing',
    change: (p) => ({ ...p, certificateAddress: '' }),
    expected: { severity: 'blocking', code: 'required', field: 'certificateAddress' },
  },
  {
    name: 'certificate address in another city',
    change: (p) => ({ ...p, certificateAddress: '浙江省宁波市鄞州区中山东路 1 号' }),
    expected: { severity: 'warning', code: 'certificate-address-mismatch', field: 'certificateAddress' },
  },
  {
    name: 'province not a GB/T 2260 province',
    change: (p) => ({ ...p, province: '99' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'province' },
  },
  {
    name: 'district missing',
    change: (p) => ({ ...p, district: '' }),
    expected: { severity: 'blocking', code: 'required', field: 'district' },
  },
  {
    name: 'district not a county-level name',
    change: (p) => ({ ...p, district: '西湖' }),
    expected: { severity: 'warning', code: 'district-unusual', field: 'district' },
  },
  {
    name: 'address repeating the province',
    change: (p) => ({ ...p, address: '浙江省杭州市西湖区文三路 100 号' }),
    expected: { severity: 'warning', code: 'address-repeats-region', field: 'address' },
  },
  {
    name: 'address without a number',
    change: (p) => ({ ...p, address: '文三路附近' }),
    expected: { severity: 'warning', code: 'address-without-number', field: 'address' },
  },
  {
    name: 'mini program name over 30 weighted characters',
    change: (p) => ({ ...p, miniProgramName: '名'.repeat(16) }),
    expected: { severity: 'blocking', code: 'name-too-long', field: 'miniProgramName' },
  },
  {
    name: 'mini program name under 4 weighted characters',
    change: (p) => ({ ...p, miniProgramName: 'AB' }),
    expected: { severity: 'blocking', code: 'name-too-short', field: 'miniProgramName' },
  },
  {
    name: 'mini program name containing 小程序',
    change: (p) => ({ ...p, miniProgramName: '示例预约小程序' }),
    expected: { severity: 'blocking', code: 'name-reserved-word', field: 'miniProgramName' },
  },
  {
    name: 'mini program name with a symbol',
    change: (p) => ({ ...p, miniProgramName: '示例·预约' }),
    expected: { severity: 'warning', code: 'name-unusual-characters', field: 'miniProgramName' },
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
    name: 'prior approval required without industries',
    change: (p) => ({ ...p, priorApproval: 'required', priorApprovals: [] }),
    expected: { severity: 'blocking', code: 'required', field: 'priorApprovals' },
  },
  {
    name: 'administrator mobile malformed',
    change: (p) => withAdmin(p, { mobile: '12800138000' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'administrator.mobile' },
  },
  {
    name: 'emergency mobile malformed',
    change: (p) => ({ ...p, emergencyMobile: '1390013900' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'emergencyMobile' },
  },
  {
    name: 'registration email malformed',
    change: (p) => ({ ...p, registrationEmail: 'admin@example' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'registrationEmail' },
  },
  {
    name: 'emergency mobile equals the administrator mobile (compared normalized)',
    change: () => ({ ...validWithPersonInCharge(), emergencyMobile: '+86 137 0013 7000' }),
    expected: { severity: 'blocking', code: 'emergency-same-as-admin', field: 'emergencyMobile' },
  },
  {
    name: 'emergency mobile equals the entity principal mobile',
    change: (p) => ({ ...p, emergencyMobile: '138-0013-8000' }),
    expected: { severity: 'blocking', code: 'emergency-same-as-person-in-charge', field: 'emergencyMobile' },
  },
  {
    name: 'a person in charge whose own emergency number is their mobile',
    change: (p) => withPrincipal(p, { emergencyMobile: '13800138000' }),
    expected: { severity: 'blocking', code: 'emergency-same-as-own-mobile', field: 'entityPrincipal.emergencyMobile' },
  },
  {
    name: 'entity principal ID with a wrong check character',
    change: (p) => withPrincipal(p, { idNumber: '330106198505050028' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'entityPrincipal.idNumber' },
  },
  {
    name: 'entity principal email missing',
    change: (p) => withPrincipal(p, { email: '' }),
    expected: { severity: 'blocking', code: 'required', field: 'entityPrincipal.email' },
  },
  {
    name: 'a Hong Kong permit of the wrong shape',
    change: (p) => withPrincipal(p, { idType: 'hk-macau-travel-permit', idNumber: 'H1234' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'entityPrincipal.idNumber' },
  },
  {
    name: 'a passport of an unusual shape only warns',
    change: (p) => withPrincipal(p, { idType: 'passport', idNumber: 'AB-12' }),
    expected: { severity: 'warning', code: 'format-warning', field: 'entityPrincipal.idNumber' },
  },
  {
    name: 'administrator ID malformed (mini program principal)',
    change: () => withAdmin(validWithPersonInCharge(), { idNumber: '33010619900101' }),
    expected: { severity: 'blocking', code: 'invalid', field: 'administrator.idNumber' },
  },
  {
    name: 'administrator mobile missing',
    change: () => withAdmin(validWithPersonInCharge(), { mobile: '' }),
    expected: { severity: 'blocking', code: 'required', field: 'administrator.mobile' },
  },
  {
    name: 'someone else as mini program principal, name missing',
    change: (p) => ({
      ...p,
      miniProgramPrincipalRole: 'someone-else',
      miniProgramPrincipal: person({ name: '', idNumber: IDS.shenzhen, mobile: '13600136000' }),
      authorizationLetterDate: '2026-03-01',
    }),
    expected: { severity: 'blocking', code: 'required', field: 'miniProgramPrincipal.name' },
  },
  {
    name: 'ID valid for exactly 3 more months',
    change: (p) => withPrincipal(p, { idValidTo: '2026-06-15' }),
    expected: { severity: 'blocking', code: 'id-expires-too-soon', field: 'entityPrincipal.idValidTo' },
  },
  {
    name: 'Ningxia: ID valid for 5 more months',
    change: (p) => ({
      ...withPrincipal(p, { idValidTo: '2026-08-15' }),
      province: '64',
      certificateNumber: REGISTRATION_NUMBER,
    }),
    expected: { severity: 'blocking', code: 'id-expires-too-soon', field: 'entityPrincipal.idValidTo' },
  },
  {
    name: 'ID already expired',
    change: (p) => withPrincipal(p, { idValidTo: '2026-01-01' }),
    expected: { severity: 'blocking', code: 'id-expired', field: 'entityPrincipal.idValidTo' },
  },
  {
    name: 'ID that would fall under 3 months during the review',
    change: (p) => withPrincipal(p, { idValidTo: '2026-07-01' }),
    expected: { severity: 'warning', code: 'expires-during-review', field: 'entityPrincipal.idValidTo' },
  },
  {
    name: 'ID validity starting after today',
    change: (p) => withPrincipal(p, { idValidFrom: '2026-03-16' }),
    expected: { severity: 'blocking', code: 'id-valid-from-in-future', field: 'entityPrincipal.idValidFrom' },
  },
  {
    name: 'ID validity end before its start',
    change: (p) => withPrincipal(p, { idValidFrom: '2026-01-01', idValidTo: '2025-12-31' }),
    expected: { severity: 'blocking', code: 'id-valid-to-before-from', field: 'entityPrincipal.idValidTo' },
  },
  {
    name: 'ID validity start not a real date',
    change: (p) => withPrincipal(p, { idValidFrom: '2020-02-30' }),
    expected: { severity: 'blocking', code: 'id-valid-from-malformed', field: 'entityPrincipal.idValidFrom' },
  },
  {
    name: 'ID validity end missing (not long-term)',
    change: (p) => withPrincipal(p, { idValidTo: '' }),
    expected: { severity: 'blocking', code: 'required', field: 'entityPrincipal.idValidTo' },
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
    name: 'authorization letter missing for a separate mini program principal',
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
    change: (p) => ({ ...p, entityType: 'individual-business', certificateNumber: CODES.individualBusiness }),
    context: { existingMiniProgramsForEntity: 5 },
    expected: { severity: 'blocking', code: 'entity-cap-exceeded', field: 'entityType' },
  },
  {
    name: 'credit code issued in another province',
    change: (p) => ({ ...p, certificateNumber: CODES.guangdongEnterprise }),
    expected: { severity: 'warning', code: 'province-certificate-mismatch', field: 'province' },
  },
  {
    name: 'published before 2023-09, deadline passed',
    change: (p) => ({ ...p, publishedBeforeSept2023: true }),
    expected: { severity: 'warning', code: 'legacy-deadline-passed', field: 'publishedBeforeSept2023' },
  },
];

describe('preflight: each rule triggers', () => {
  test.each(RULES)('$name', ({ change, expected, context }) => {
    const problems = preflight(change(validProfile()), TODAY, context ?? {});
    expect(pick(problems)).toContainEqual(expected);
    // Nothing else blocks: the crafted change breaks only the rule under test.
    for (const p of problems.filter((x) => x.severity === 'blocking')) expect(p.field).toBe(expected.field);
  });

  test('validator reasons travel in detail; cap problems carry their numbers', () => {
    const problems = preflight({ ...validProfile(), certificateNumber: '91330106MA2ABCDE1H' }, TODAY, {});
    expect(problems).toEqual([
      { severity: 'warning', code: 'checksum-warning', field: 'certificateNumber', detail: 'checksum' },
    ]);
    const capped = preflight(validProfile(), TODAY, { existingMiniProgramsForEntity: 50 });
    expect(capped).toContainEqual({
      severity: 'blocking',
      code: 'entity-cap-exceeded',
      field: 'entityType',
      numbers: { existing: 50, cap: 50 },
    });
  });

  test('an individual at the cap is counted too', () => {
    const problems = preflight(personalProfile(), TODAY, { existingMiniProgramsForEntity: 5 });
    expect(pick(problems)).toContainEqual({ severity: 'blocking', code: 'entity-cap-exceeded', field: 'entityType' });
  });

  test('an individual must say where they live; living elsewhere only warns', () => {
    expect(pick(preflight(personalProfile({ residesInFilingProvince: '' }), TODAY))).toContainEqual({
      severity: 'blocking',
      code: 'required',
      field: 'residesInFilingProvince',
    });
    const elsewhere = preflight(personalProfile({ residesInFilingProvince: 'no' }), TODAY);
    expect(isPreflightClear(elsewhere)).toBe(true);
    expect(pick(elsewhere)).toContainEqual({
      severity: 'warning',
      code: 'cross-province',
      field: 'residesInFilingProvince',
    });
  });

  test('a lowercase x in an ID is accepted', () => {
    expect(preflight(withPrincipal(validProfile(), { idNumber: '11010519750505005x' }), TODAY, {})).toEqual([]);
  });

  test('lengths count Unicode code points, after trimming; names count a Chinese character as 2', () => {
    // 19 astral characters are 38 UTF-16 units but only 19 characters.
    const astral = '𠀀'.repeat(19);
    expect(astral.length).toBe(38);
    expect(codePointLength(astral)).toBe(19);
    expect(validateProfileField('serviceDescription', { ...validProfile(), serviceDescription: astral }, TODAY)).toBe(
      'too-short',
    );
    // The name '字字' shares its business with the description (issue 14's name check stays quiet).
    expect(
      validateProfileField(
        'serviceDescription',
        { ...validProfile(), miniProgramName: '字字', serviceDescription: `  ${'字'.repeat(20)}  ` },
        TODAY,
      ),
    ).toBeNull();
    expect(
      validateProfileField(
        'serviceDescription',
        { ...validProfile(), miniProgramName: '字字', serviceDescription: '字'.repeat(200) },
        TODAY,
      ),
    ).toBeNull();
    for (const name of ['名'.repeat(15), '名名', 'ABCD', 'A'.repeat(30), '示例ABC']) {
      expect(validateProfileField('miniProgramName', { ...validProfile(), miniProgramName: name }, TODAY)).toBeNull();
    }
  });

  test('five service types are fine, and duplicates count once', () => {
    const five = { ...validProfile(), serviceTypes: ['a', 'b', 'c', 'd', 'e', 'e'] };
    expect(validateProfileField('serviceTypes', five, TODAY)).toBeNull();
  });

  test('ID validity: long-term ends never expire; a day past 4 months (3 + review) is silent', () => {
    const p = validProfile();
    expect(preflight(withPrincipal(p, { idValidTo: '', idLongTerm: true }), TODAY, {})).toEqual([]);
    expect(preflight(withPrincipal(p, { idValidTo: '2026-07-16' }), TODAY, {})).toEqual([]);
    expect(pick(preflight(withPrincipal(p, { idValidTo: '2026-06-16' }), TODAY, {}))).toEqual([
      { severity: 'warning', code: 'expires-during-review', field: 'entityPrincipal.idValidTo' },
    ]);
  });

  test('the mini program principal is not checked when it is the entity principal', () => {
    const p = { ...validProfile(), miniProgramPrincipal: { ...person(), idNumber: 'junk', mobile: '13900139000' } };
    expect(preflight(p, TODAY, {})).toEqual([]);
  });

  test('an administrator with the entity principal’s own ID is the same person: no authorization letter', () => {
    const same = withAdmin(enterpriseProfile({ authorizationLetterDate: '' }), { idNumber: IDS.hangzhou1 });
    expect(preflight(same, TODAY, {}).filter((p) => p.field === 'authorizationLetterDate')).toEqual([]);
  });

  test('caps: personal and individual business 5, every organisation 50, unknown type none', () => {
    expect(miniProgramCap('personal')).toBe(5);
    expect(miniProgramCap('individual-business')).toBe(5);
    expect(miniProgramCap('enterprise')).toBe(50);
    expect(miniProgramCap('public-institution')).toBe(50);
    expect(miniProgramCap('government')).toBe(50);
    expect(miniProgramCap('other-organization')).toBe(50);
    expect(miniProgramCap('')).toBeNull();
    expect(preflight(validProfile(), TODAY, { existingMiniProgramsForEntity: 48 })).toEqual([]);
  });

  test('credit-code categories (GB 32100-2015 table 1)', () => {
    expect(entityTypeOfCreditCode(CODES.enterprise)).toBe('enterprise');
    expect(entityTypeOfCreditCode(CODES.individualBusiness)).toBe('individual-business');
    expect(entityTypeOfCreditCode(CODES.government)).toBe('government');
    expect(entityTypeOfCreditCode(CODES.publicInstitution)).toBe('public-institution');
    expect(entityTypeOfCreditCode(CODES.otherOrganization)).toBe('other-organization');
    expect(entityTypeOfCreditCode('Y1330000MJ8800123X')).toBeNull();
  });
});

describe('rejection reminders', () => {
  test('every reminder is listed; those with signs in the profile are flagged', () => {
    expect(rejectionReminders(preflight(validProfile(), TODAY)).map((r) => r.flagged)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const risky = preflight(
      { ...withPrincipal(validProfile(), { idValidTo: '2026-07-01' }), address: '文三路附近' },
      TODAY,
    );
    const flagged = rejectionReminders(risky)
      .filter((r) => r.flagged)
      .map((r) => r.reminder);
    expect(flagged).toEqual(['address', 'expiring-document']);
  });
});

describe('validateProfileField', () => {
  test('returns null for every field of a complete profile', () => {
    for (const field of PROFILE_FIELDS) expect(validateProfileField(field, validProfile(), TODAY)).toBeNull();
  });

  test('returns the field’s own code, blocking before warning', () => {
    const p = withAdmin({ ...validWithPersonInCharge(), emergencyMobile: '13800138000' }, { mobile: '' });
    expect(validateProfileField('administrator.mobile', p, TODAY)).toBe('required');
    expect(validateProfileField('emergencyMobile', p, TODAY)).toBe('emergency-same-as-person-in-charge');
    const personal = personalProfile();
    expect(validateProfileField('entityType', personal, TODAY)).toBe('personal-verification-optional');
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
