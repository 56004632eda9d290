/**
 * Per entity type: steps, verification routes and fees, materials, people and SMS tracks.
 * Sources for each rule are in src/domain/entity-types.ts and docs/rules.md.
 */
import { ENTITY_TYPES, emptyPerson, type EntityType } from '@/domain/filing';
import { ENTITY_RULES, certificateTypeOf, entityRulesOf } from '@/domain/entity-types';
import {
  journeyStepsFor,
  nextAction,
  initialSteps,
  stepsProgress,
  setStepStatus,
  stepWording,
} from '@/domain/journey-steps';
import { deriveMaterials } from '@/domain/materials';
import {
  administratorOf,
  entityNameOf,
  entityPrincipalOf,
  hasSeparateMiniProgramPrincipal,
  miniProgramPrincipalOf,
  smsVerifiersFor,
} from '@/domain/principals';
import { IDS, PROFILES_BY_TYPE, TODAY, enterpriseProfile, person, personalProfile } from '../support/profiles';

const ids = (type: EntityType) => deriveMaterials(PROFILES_BY_TYPE[type](), {}, {}, TODAY).map((i) => i.id);
const stepIds = (type: EntityType, method: 'bank-transfer' | 'wechat-verification' | null = null) =>
  journeyStepsFor(PROFILES_BY_TYPE[type](), method).map((s) => s.id);

describe('entity rules', () => {
  test('every entity type has rules; the unchosen type has none', () => {
    for (const type of ENTITY_TYPES) expect(entityRulesOf(type)).toBe(ENTITY_RULES[type]);
    expect(entityRulesOf('')).toBeNull();
  });

  test.each<[EntityType, number | null, number | undefined, readonly string[], boolean, number]>([
    // type, seed fee, other sources' fee, verification routes, filing waits for verification, cap
    ['enterprise', 300, undefined, ['bank-transfer', 'wechat-verification'], true, 50],
    ['individual-business', 300, 30, ['bank-transfer', 'wechat-verification'], true, 5],
    ['public-institution', 300, 0, ['wechat-verification'], true, 50],
    ['government', 300, 0, ['wechat-verification'], true, 50],
    ['other-organization', 300, 0, ['wechat-verification'], true, 50],
    ['personal', null, 30, [], false, 5],
  ])('%s: fee %s (other sources %s), routes %j, waits %s, cap %s', (type, seed, other, routes, waits, cap) => {
    const rules = ENTITY_RULES[type];
    expect(rules.fee.seedRmb).toBe(seed);
    expect(rules.fee.otherSourcesRmb).toBe(other);
    expect(rules.fee.refundable).toBe(false);
    expect(rules.verificationRoutes).toEqual(routes);
    expect(rules.verificationRequiredForFiling).toBe(waits);
    expect(rules.miniProgramCap).toBe(cap);
  });

  test('certificates: each organisation its own, the chosen one when it belongs to the type', () => {
    expect(certificateTypeOf('enterprise', '')).toBe('business-licence');
    expect(certificateTypeOf('individual-business', '')).toBe('business-licence');
    expect(certificateTypeOf('public-institution', '')).toBe('public-institution-certificate');
    expect(certificateTypeOf('government', '')).toBe('unified-credit-code-certificate');
    expect(certificateTypeOf('other-organization', 'foundation-certificate')).toBe('foundation-certificate');
    expect(certificateTypeOf('other-organization', 'business-licence')).toBe('social-organization-certificate');
    expect(certificateTypeOf('personal', '')).toBeNull();
    expect(certificateTypeOf('', '')).toBeNull();
  });

  test('who the entity principal is called', () => {
    expect(ENTITY_RULES.enterprise.principalTitle).toBe('legal-representative');
    expect(ENTITY_RULES['individual-business'].principalTitle).toBe('operator');
    expect(ENTITY_RULES.personal.principalTitle).toBe('self');
    expect(ENTITY_RULES.government.principalTitle).toBe('head');
  });
});

describe('steps per entity type', () => {
  test('an enterprise gets every step, the face check before the platform review', () => {
    const steps = stepIds('enterprise');
    expect(steps).toHaveLength(18);
    expect(steps.indexOf('filing-face-check')).toBe(steps.indexOf('filing-platform-review') - 1);
    expect(steps.indexOf('filing-face-check')).toBe(steps.indexOf('filing-enter-info') + 1);
  });

  test('an individual: personal registration wording, optional verification, never told to verify first', () => {
    const steps = journeyStepsFor(personalProfile(), null);
    const byId = Object.fromEntries(steps.map((s) => [s.id, s]));
    expect(byId['reg-4.3']?.variant).toBe('personal');
    expect(byId['reg-4.4']?.variant).toBe('personal');
    expect(byId['verify-method']).toMatchObject({
      optional: true,
      variant: 'personal',
      choices: ['wechat-verification'],
    });
    expect(byId['verify-review']).toMatchObject({ optional: true, hasReviewClock: 'wechat-verification-individual' });
    // The journey goes from registration straight on to filing.
    let state = initialSteps();
    for (const s of steps.filter((d) => d.phase === 'registration')) {
      state = { ...state, [s.id]: setStepStatus(state[s.id], 'done', 1) };
    }
    expect(nextAction(state, steps)).toBe('filing-enter-info');
    expect(stepsProgress(state, steps)).toEqual({ done: 10, total: 16 });
  });

  test.each<EntityType>(['public-institution', 'government', 'other-organization'])(
    '%s verifies only through WeChat verification, with its review clock',
    (type) => {
      const steps = journeyStepsFor(PROFILES_BY_TYPE[type](), null);
      expect(steps.find((s) => s.id === 'verify-method')?.choices).toEqual(['wechat-verification']);
      expect(steps.find((s) => s.id === 'verify-review')?.hasReviewClock).toBe('wechat-verification');
    },
  );

  test('an individual business reviews on the 1–3 day clock of newer sources', () => {
    const review = journeyStepsFor(PROFILES_BY_TYPE['individual-business'](), 'wechat-verification').find(
      (s) => s.id === 'verify-review',
    );
    expect(review?.hasReviewClock).toBe('wechat-verification-individual');
  });

  test('the bank-transfer route has no review clock (error 7)', () => {
    const review = journeyStepsFor(enterpriseProfile(), 'bank-transfer').find((s) => s.id === 'verify-review');
    expect(review?.hasReviewClock).toBeUndefined();
    expect(review?.variant).toBe('bank-transfer');
    // A route the entity type lacks is not honoured: a government body still reviews.
    const gov = journeyStepsFor(PROFILES_BY_TYPE.government(), 'bank-transfer').find((s) => s.id === 'verify-review');
    expect(gov?.hasReviewClock).toBe('wechat-verification');
  });

  test('every variant a timeline uses has its own wording (step.<id>.<variant>.*), never the plain one', () => {
    const varied = ENTITY_TYPES.flatMap((type) =>
      (['bank-transfer', 'wechat-verification', null] as const).flatMap((method) =>
        journeyStepsFor({ entityType: type, publishedBeforeSept2023: false }, method).filter((d) => d.variant),
      ),
    );
    expect(varied.length).toBeGreaterThan(0);
    for (const def of varied) expect(stepWording(def)).toBe(`${def.id}.${def.variant}`);
    expect(stepWording({ id: 'reg-4.3' })).toBe('reg-4.3');
    // A variant the step does not have falls back to the plain wording.
    expect(stepWording({ id: 'reg-1.1', variant: 'personal' })).toBe('reg-1.1');
  });

  test('a mini program published before 2023-09-01 has no registration steps (error 8)', () => {
    const steps = journeyStepsFor(enterpriseProfile({ publishedBeforeSept2023: true }), null);
    expect(steps.some((s) => s.phase === 'registration')).toBe(false);
    expect(steps[0]?.id).toBe('verify-method');
  });
});

describe('materials per entity type', () => {
  const ORGANISATION = [
    'email',
    'business-license-photo',
    'legal-rep-id-front',
    'legal-rep-id-back',
    'admin-mobile',
    'emergency-contact',
    'bank-info',
    'commitment-letter',
    'authorization-letter',
    'person-in-charge-id-front',
    'person-in-charge-id-back',
  ];
  test.each<EntityType>([
    'enterprise',
    'individual-business',
    'public-institution',
    'government',
    'other-organization',
  ])('%s: its certificate, both persons in charge, bank information', (type) => {
    expect(ids(type)).toEqual(ORGANISATION);
  });

  test('an individual: no certificate, no bank, no second person, no stamp', () => {
    expect(ids('personal')).toEqual([
      'email',
      'legal-rep-id-front',
      'legal-rep-id-back',
      'admin-mobile',
      'emergency-contact',
      'commitment-letter',
    ]);
  });
});

describe('people and SMS tracks', () => {
  test('default enterprise: the administrator 王五 is the mini program principal; both verify (error 1)', () => {
    const profile = enterpriseProfile();
    expect(miniProgramPrincipalOf(profile).name).toBe('王五');
    expect(entityPrincipalOf(profile).name).toBe('张三');
    expect(hasSeparateMiniProgramPrincipal(profile)).toBe(true);
    expect(smsVerifiersFor(profile)).toEqual(['legal-representative', 'person-in-charge']);
  });

  test('the entity principal as mini program principal: one track', () => {
    const profile = enterpriseProfile({ miniProgramPrincipalRole: 'entity-principal' });
    expect(smsVerifiersFor(profile)).toEqual(['legal-representative']);
    expect(miniProgramPrincipalOf(profile).name).toBe('张三');
  });

  test('an administrator holding the legal representative’s own ID is the same person: one track', () => {
    const profile = enterpriseProfile({ administrator: person({ name: '张三', idNumber: IDS.hangzhou1 }) });
    expect(smsVerifiersFor(profile)).toEqual(['legal-representative']);
  });

  test('someone else: their own record, two tracks', () => {
    const profile = enterpriseProfile({
      miniProgramPrincipalRole: 'someone-else',
      miniProgramPrincipal: person({ name: '赵六', idNumber: IDS.shenzhen }),
    });
    expect(miniProgramPrincipalOf(profile).name).toBe('赵六');
    expect(smsVerifiersFor(profile)).toEqual(['legal-representative', 'person-in-charge']);
  });

  test('an individual is entity, administrator and mini program principal at once: one track', () => {
    const profile = personalProfile({
      miniProgramPrincipalRole: 'someone-else',
      administrator: person({ name: '别人' }),
    });
    expect(administratorOf(profile).name).toBe('李雷');
    expect(miniProgramPrincipalOf(profile).name).toBe('李雷');
    expect(entityNameOf(profile)).toBe('李雷');
    expect(smsVerifiersFor(profile)).toEqual(['legal-representative']);
  });

  test('a person without an own emergency number takes the shared one', () => {
    const profile = enterpriseProfile({ entityPrincipal: { ...emptyPerson(), name: '张三' } });
    expect(entityPrincipalOf(profile).emergencyMobile).toBe('13900139000');
    const own = enterpriseProfile({ entityPrincipal: person({ emergencyMobile: '13500135000' }) });
    expect(entityPrincipalOf(own).emergencyMobile).toBe('13500135000');
  });
});
