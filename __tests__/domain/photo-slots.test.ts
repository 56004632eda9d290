/**
 * Photo slots and presence in domain/materials.ts: the one definition the checklist, the photos
 * page, the filing page and pre-flight read (issue 11, finding 5).
 */
import fc from 'fast-check';
import { ENTITY_TYPES, ID_DOCUMENT_TYPES, MINI_PROGRAM_PRINCIPAL_ROLES, type FilingProfile } from '@/domain/filing';
import {
  PHOTO_SLOT_IDS,
  deriveMaterials,
  photoFindings,
  photoPresenceOf,
  photoSlotOfMaterial,
  photoSlotsFor,
  type PhotoPresence,
  type PhotoSlotId,
} from '@/domain/materials';
import { IDS, TODAY, enterpriseProfile, person, personalProfile } from '../support/profiles';

const REF = { file: 'ph-a.jpg', problems: [] as string[] };

/** Profiles across every entity type, role, legal-person answer and document. */
const profiles: fc.Arbitrary<FilingProfile> = fc
  .record({
    entityType: fc.constantFrom('' as const, ...ENTITY_TYPES),
    role: fc.constantFrom(...MINI_PROGRAM_PRINCIPAL_ROLES),
    legalPerson: fc.boolean(),
    principalDoc: fc.constantFrom(...ID_DOCUMENT_TYPES),
    otherDoc: fc.constantFrom(...ID_DOCUMENT_TYPES),
    otherNumber: fc.constantFrom(IDS.hangzhou1, IDS.hangzhou2, ''),
    province: fc.constantFrom('33', '44', '64', ''),
    residesInFilingProvince: fc.constantFrom('yes' as const, 'no' as const, '' as const),
  })
  .map(({ entityType, role, legalPerson, principalDoc, otherDoc, otherNumber, province, residesInFilingProvince }) => {
    const other = person({ name: '王五', idType: otherDoc, idNumber: otherNumber });
    return enterpriseProfile({
      entityType,
      miniProgramPrincipalRole: role,
      entityPrincipalIsLegalPerson: legalPerson,
      entityPrincipal: person({ idType: principalDoc }),
      administrator: other,
      miniProgramPrincipal: other,
      province,
      residesInFilingProvince,
    });
  });

describe('photoSlotsFor', () => {
  test('is exactly the slots of the checklist items that keep a photo, for every profile', () => {
    fc.assert(
      fc.property(profiles, fc.boolean(), (profile, published) => {
        const p = { ...profile, publishedBeforeSept2023: published };
        const fromChecklist = new Set(
          deriveMaterials(p, {}, {}, TODAY)
            .map((item) => photoSlotOfMaterial(item.id))
            .filter((slot): slot is PhotoSlotId => slot !== null),
        );
        expect(photoSlotsFor(p)).toEqual(PHOTO_SLOT_IDS.filter((slot) => fromChecklist.has(slot)));
      }),
    );
  });

  test.each<[string, FilingProfile, PhotoSlotId[]]>([
    [
      'an individual: own ID and the commitment letter',
      personalProfile(),
      ['legal-rep-id-front', 'legal-rep-id-back', 'commitment-letter'],
    ],
    [
      'an enterprise whose legal representative runs the mini program',
      enterpriseProfile({ miniProgramPrincipalRole: 'entity-principal' }),
      ['business-license', 'legal-rep-id-front', 'legal-rep-id-back', 'commitment-letter'],
    ],
    [
      'the administrator as a separate mini program principal: their ID and the authorization letter',
      enterpriseProfile(),
      [...PHOTO_SLOT_IDS],
    ],
    [
      'an entity principal who is not the legal representative: the authorization letter, no second ID',
      enterpriseProfile({ miniProgramPrincipalRole: 'entity-principal', entityPrincipalIsLegalPerson: false }),
      ['business-license', 'legal-rep-id-front', 'legal-rep-id-back', 'commitment-letter', 'authorization-letter'],
    ],
    [
      'an administrator carrying the entity principal’s own ID number is the same person',
      enterpriseProfile({ administrator: person({ name: '张三' }) }),
      ['business-license', 'legal-rep-id-front', 'legal-rep-id-back', 'commitment-letter'],
    ],
  ])('%s', (_name, profile, slots) => {
    expect(photoSlotsFor(profile)).toEqual(slots);
  });
});

describe('photoPresenceOf', () => {
  test('a reference counts as present only while its file is', () => {
    const presence = photoPresenceOf(
      {
        'business-license': { file: 'ph-kept.jpg', problems: [] },
        'legal-rep-id-front': { file: 'ph-blurry.jpg', problems: ['blurry'] },
        'legal-rep-id-back': { file: 'ph-gone.jpg', problems: [] },
        'commitment-letter': { file: 'ph-gone-flagged.jpg', problems: ['dark'] },
      },
      new Set(['ph-gone.jpg', 'ph-gone-flagged.jpg', 'ph-unrelated.jpg']),
    );
    expect(presence).toEqual({
      'business-license': 'ok',
      'legal-rep-id-front': 'flagged',
      'legal-rep-id-back': 'missing-file',
      // A gone file is gone, whatever the check once said about it.
      'commitment-letter': 'missing-file',
    });
  });

  test('no references, no presence', () => {
    expect(photoPresenceOf({}, new Set(['ph-a.jpg']))).toEqual({});
  });

  test('a gone file makes its checklist item need attention, not ready', () => {
    const profile = enterpriseProfile({ miniProgramPrincipalRole: 'entity-principal' });
    const presence = photoPresenceOf({ 'legal-rep-id-front': REF }, new Set([REF.file]));
    const item = deriveMaterials(profile, {}, presence, TODAY).find((i) => i.id === 'legal-rep-id-front');
    expect(item).toMatchObject({ status: 'attention', problems: ['photo-file-missing'] });
  });
});

describe('photoFindings', () => {
  const profile = enterpriseProfile({ miniProgramPrincipalRole: 'entity-principal', commitmentLetterDate: TODAY });

  test('a gone file blocks, a flagged photo warns, a photo never taken is the checklist’s business', () => {
    const presence: PhotoPresence = {
      'business-license': 'ok',
      'legal-rep-id-front': 'missing-file',
      'legal-rep-id-back': 'flagged',
      'commitment-letter': 'missing-file',
    };
    expect(photoFindings(deriveMaterials(profile, {}, presence, TODAY))).toEqual([
      { material: 'legal-rep-id-front', slot: 'legal-rep-id-front', severity: 'blocking', code: 'photo-file-missing' },
      { material: 'legal-rep-id-back', slot: 'legal-rep-id-back', severity: 'warning', code: 'photo-flagged' },
      { material: 'commitment-letter', slot: 'commitment-letter', severity: 'blocking', code: 'photo-file-missing' },
    ]);
    expect(photoFindings(deriveMaterials(profile, {}, {}, TODAY))).toEqual([]);
  });

  test('the licence finding names its material and its slot', () => {
    const items = deriveMaterials(profile, {}, { 'business-license': 'missing-file' }, TODAY);
    expect(photoFindings(items)).toEqual([
      {
        material: 'business-license-photo',
        slot: 'business-license',
        severity: 'blocking',
        code: 'photo-file-missing',
      },
    ]);
  });

  test('photoSlotOfMaterial maps the items that keep a photo, and only those', () => {
    expect(photoSlotOfMaterial('business-license-photo')).toBe('business-license');
    expect(photoSlotOfMaterial('person-in-charge-id-back')).toBe('person-in-charge-id-back');
    expect(photoSlotOfMaterial('authorization-letter')).toBe('authorization-letter');
    expect(photoSlotOfMaterial('email')).toBeNull();
    expect(photoSlotOfMaterial('entity-principal-authorization-letter')).toBeNull();
  });
});
