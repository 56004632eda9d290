/**
 * The entity's person in charge (主体负责人) need not be the legal representative (法人): the ICP
 * filing form then asks for the legal person's name and number and an authorization letter
 * (WeChat applyIcpFiling: legal_person_info "非个人备案，且主体负责人不是法人时，必填";
 * authorization_letter "当主体负责人不是法人时需要主体负责人授权书"). Shanghai wants the legal
 * representative himself (JD Cloud Shanghai rules); see docs/rules.md.
 */
import { emptyProfile } from '@/domain/filing';
import { readFilingRecord } from '@/domain/filing-record';
import { principalTitleOf } from '@/domain/entity-types';
import { deriveMaterials } from '@/domain/materials';
import { preflight } from '@/domain/preflight';
import { needsMiniProgramAuthorization, principalIsNotLegalPerson } from '@/domain/principals';
import { TODAY, enterpriseProfile, personalProfile } from '../support/profiles';

const notLegal = (overrides = {}) =>
  enterpriseProfile({
    miniProgramPrincipalRole: 'entity-principal',
    entityPrincipalIsLegalPerson: false,
    legalPerson: { name: '钱七', idNumber: '330106197001010011' },
    ...overrides,
  });
const codes = (profile = notLegal()) => preflight(profile, TODAY).map((p) => `${p.severity}:${p.code}:${p.field}`);
const materialIds = (profile = notLegal()) => deriveMaterials(profile, {}, {}, TODAY).map((i) => i.id);

describe('entity principal who is not the legal representative', () => {
  test('new and old profiles assume the person in charge is the legal representative', () => {
    expect(emptyProfile().entityPrincipalIsLegalPerson).toBe(true);
    const old = readFilingRecord({ id: 'a', name: 'x', profile: { entityType: 'enterprise' } });
    expect(old?.profile.entityPrincipalIsLegalPerson).toBe(true);
    expect(old?.profile.legalPerson).toEqual({ name: '', idNumber: '' });
    const kept = readFilingRecord({ id: 'b', name: 'x', profile: notLegal() });
    expect(kept?.profile.entityPrincipalIsLegalPerson).toBe(false);
    expect(kept?.profile.legalPerson.name).toBe('钱七');
  });

  test('the default enterprise needs no legal-person facts and no principal authorization letter', () => {
    const profile = enterpriseProfile({ miniProgramPrincipalRole: 'entity-principal' });
    expect(principalIsNotLegalPerson(profile)).toBe(false);
    expect(needsMiniProgramAuthorization(profile)).toBe(false);
    expect(materialIds(profile)).not.toContain('entity-principal-authorization-letter');
    expect(materialIds(profile)).not.toContain('authorization-letter');
    expect(codes(profile).filter((c) => c.includes('legalPerson'))).toEqual([]);
  });

  test('not the legal representative: both authorization letters are on the list', () => {
    const items = deriveMaterials(notLegal(), {}, {}, TODAY);
    expect(items.map((i) => i.id)).toEqual(
      expect.arrayContaining(['authorization-letter', 'entity-principal-authorization-letter']),
    );
    expect(items.find((i) => i.id === 'authorization-letter')?.reason).toBe('principal-not-legal-person');
    expect(items.find((i) => i.id === 'entity-principal-authorization-letter')?.reason).toBe(
      'principal-not-legal-person',
    );
  });

  test("the legal representative's name and number are required", () => {
    const profile = notLegal({ legalPerson: { name: '', idNumber: '' } });
    expect(codes(profile)).toEqual(
      expect.arrayContaining(['blocking:required:legalPerson.name', 'blocking:required:legalPerson.idNumber']),
    );
    expect(codes().filter((c) => c.includes('legalPerson'))).toEqual([]);
  });

  test('Shanghai warns, other provinces do not', () => {
    expect(codes()).not.toContain('warning:shanghai-principal-legal-person:entityPrincipalIsLegalPerson');
    expect(codes(notLegal({ province: '31', city: '上海市', district: '徐汇区' }))).toContain(
      'warning:shanghai-principal-legal-person:entityPrincipalIsLegalPerson',
    );
  });

  test('the person in charge is then called 主体负责人, not 法定代表人', () => {
    expect(principalTitleOf(enterpriseProfile())).toBe('legal-representative');
    expect(principalTitleOf(notLegal())).toBe('entity-principal');
    expect(principalTitleOf(notLegal({ entityType: 'individual-business' }))).toBe('operator');
  });

  test('individuals file for themselves: the flag is ignored', () => {
    const profile = personalProfile({ entityPrincipalIsLegalPerson: false });
    expect(principalIsNotLegalPerson(profile)).toBe(false);
    expect(materialIds(profile)).not.toContain('entity-principal-authorization-letter');
    expect(codes(profile).filter((c) => c.includes('legalPerson'))).toEqual([]);
  });
});
