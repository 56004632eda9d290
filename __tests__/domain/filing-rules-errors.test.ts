/**
 * Issue 12, "Errors to fix": one test per reported error, written against the domain before the
 * fix so each could be seen failing first (see the closing note), then moved to the reshaped
 * profile (legalRepresentative → entityPrincipal, free-text approvals → industries) with the
 * same intent. Pages-level errors (1, 4's help
 * text, 7, 8's timeline) are in __tests__/pages/filing-rules-errors.test.tsx.
 */
import { emptyPerson, emptyProfile, type FilingProfile } from '@/domain/filing';
import { validateFilingNumber } from '@/domain/filing-number';
import { deriveMaterials, deriveWarnings } from '@/domain/materials';
import { preflight } from '@/domain/preflight';

const TODAY = '2026-03-15';

function personal(overrides: Partial<FilingProfile> = {}): FilingProfile {
  return { ...emptyProfile(), entityType: 'personal', ...overrides };
}

describe('error 2: Sichuan and Gansu filing numbers', () => {
  test.each([
    ['蜀ICP备19026949号-1X', '51'],
    ['川ICP备09150084号-2X', '51'],
    ['陇ICP备2021003158号-1X', '62'],
    ['甘ICP备14018586号-3X', '62'],
  ])('%s is accepted with province code %s', (number, code) => {
    expect(validateFilingNumber(number)).toMatchObject({ status: 'valid', provinceCode: code });
  });
});

describe('error 3: individuals', () => {
  test('an individual in Guangdong gets no company-stamp or bank item', () => {
    const ids = deriveMaterials(personal({ province: '44' }), {}, {}, TODAY).map((i) => i.id);
    expect(ids).not.toContain('guangdong-signed-documents');
    expect(ids).not.toContain('bank-info');
  });
});

describe('error 4: each prior-approval industry adds its certificate', () => {
  test('two industries give two certificate items', () => {
    const profile = { ...emptyProfile(), entityType: 'enterprise' as const, priorApproval: 'required' as const };
    const withIndustries: FilingProfile = {
      ...profile,
      priorApprovals: [
        { industry: 'drugs-medical-devices', approvalNumber: '' },
        { industry: 'news', approvalNumber: '' },
      ],
    };
    const items = deriveMaterials(withIndustries, {}, {}, TODAY).filter((i) => i.reason === 'prior-approval-required');
    expect(items).toHaveLength(2);
  });
});

describe('error 5: mini program names', () => {
  const nameProblems = (name: string) =>
    preflight({ ...emptyProfile(), miniProgramName: name }, TODAY).filter((p) => p.field === 'miniProgramName');
  test('a 2-character Latin name is too short (4–30, a Chinese character counts 2)', () => {
    expect(nameProblems('AB').map((p) => p.code)).toContain('name-too-short');
  });
  test('16 Chinese characters count 32 and are too long', () => {
    expect(nameProblems('一二三四五六七八九十一二三四五六').map((p) => p.code)).toContain('name-too-long');
  });
});

describe('error 6: non-mainland identity documents', () => {
  test('a Hong Kong permit number does not block the legal representative', () => {
    const profile: FilingProfile = {
      ...emptyProfile(),
      entityPrincipal: { ...emptyPerson(), idType: 'hk-macau-travel-permit', idNumber: 'H12345678' },
    };
    const blocking = preflight(profile, TODAY).filter(
      (p) => p.field === 'entityPrincipal.idNumber' && p.severity === 'blocking',
    );
    expect(blocking).toEqual([]);
  });
});

describe('error 8: mini programs published before 2023-09-01', () => {
  test('they are not asked to confirm a fresh registration email', () => {
    const profile = { ...emptyProfile(), entityType: 'enterprise' as const, publishedBeforeSept2023: true };
    expect(deriveMaterials(profile, {}, {}, TODAY).map((i) => i.id)).not.toContain('email');
  });
});

describe('error 9: cross-province is asked, not guessed from the ID number', () => {
  test('a Sichuan-born individual filing in Beijing is not warned from the ID digits alone', () => {
    const profile = personal({
      province: '11',
      entityPrincipal: { ...emptyPerson(), idNumber: '510107199002020023' },
    });
    expect(deriveWarnings(profile, TODAY).map((w) => w.code)).not.toContain('cross-province');
  });
});
