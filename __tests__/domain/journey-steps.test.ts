import fc from 'fast-check';
import {
  JOURNEY_STEPS,
  STEP_IDS,
  STEP_STATUSES,
  VERIFICATION_MAX_RESUBMISSIONS,
  WECHAT_VERIFICATION,
  approveFiling,
  initialStepState,
  initialSteps,
  isIrreversible,
  nextAction,
  recordRejection,
  resubmissionCount,
  resubmit,
  setStepStatus,
  stepDef,
  stepsProgress,
  verificationResubmissionsLeft,
  type StepId,
  type StepState,
} from '@/domain/journey-steps';

const NOW = Date.UTC(2026, 2, 15, 2, 0, 0);

describe('JOURNEY_STEPS', () => {
  test('is the seed registration steps, then verification, then the five filing steps and the face check', () => {
    expect(JOURNEY_STEPS.map((s) => s.id)).toEqual([
      'reg-1.1',
      'reg-1.2',
      'reg-2.1',
      'reg-2.2',
      'reg-3',
      'reg-4.1',
      'reg-4.2',
      'reg-4.3',
      'reg-4.4',
      'reg-4.5',
      'verify-method',
      'verify-review',
      'filing-enter-info',
      'filing-face-check',
      'filing-platform-review',
      'filing-sms',
      'filing-bureau-review',
      'filing-approved',
    ]);
    expect(JOURNEY_STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
  });

  test('phases never go backwards', () => {
    const order = ['registration', 'verification', 'filing'];
    const phases = JOURNEY_STEPS.map((s) => order.indexOf(s.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(JOURNEY_STEPS.filter((s) => s.phase === 'filing')).toHaveLength(6);
  });

  test('registration steps carry their seed guide number', () => {
    expect(stepDef('reg-4.5').guideRef).toBe('4.5');
    expect(stepDef('reg-3').guideRef).toBe('3');
    expect(JOURNEY_STEPS.filter((s) => s.phase === 'registration').every((s) => s.id === `reg-${s.guideRef}`)).toBe(
      true,
    );
  });

  test('review clocks sit on the three review steps', () => {
    const clocks = JOURNEY_STEPS.filter((s) => s.hasReviewClock).map((s) => [s.id, s.hasReviewClock]);
    expect(clocks).toEqual([
      ['verify-review', 'wechat-verification'],
      ['filing-platform-review', 'platform-initial'],
      ['filing-bureau-review', 'bureau'],
    ]);
  });

  test('the verification method is a choice between bank transfer and WeChat verification (RMB 300, not refunded)', () => {
    expect(stepDef('verify-method').choices).toEqual(['bank-transfer', 'wechat-verification']);
    expect(WECHAT_VERIFICATION).toEqual({ feeRmb: 300, refundable: false });
  });

  test('stepDef throws on an unknown id', () => {
    expect(() => stepDef('reg-9' as StepId)).toThrow(RangeError);
  });
});

describe('transitions', () => {
  test('a fresh step is todo, untouched', () => {
    expect(initialStepState()).toEqual({ status: 'todo', changedAt: null, note: '', rejections: [] });
  });

  test('setStepStatus stamps the time, keeps the note unless given, and does not mutate', () => {
    const before = initialStepState();
    const started = setStepStatus(before, 'in-progress', NOW, 'waiting for the mail');
    expect(started).toEqual({ status: 'in-progress', changedAt: NOW, note: 'waiting for the mail', rejections: [] });
    expect(before.status).toBe('todo');
    const done = setStepStatus(started, 'done', NOW + 1);
    expect(done.note).toBe('waiting for the mail');
    expect(done.changedAt).toBe(NOW + 1);
    expect(setStepStatus(done, 'done', NOW + 2, '').note).toBe('');
  });

  test('recordRejection marks rejected and appends; each rejection counts as a resubmission', () => {
    const first = recordRejection(
      initialStepState(),
      { field: 'serviceDescription', reason: 'too vague', fix: 'describe the service' },
      NOW,
    );
    expect(first.status).toBe('rejected');
    expect(first.changedAt).toBe(NOW);
    expect(first.rejections).toEqual([
      { at: NOW, field: 'serviceDescription', reason: 'too vague', fix: 'describe the service' },
    ]);
    const second = recordRejection(resubmit(first, NOW + 10), { field: 'x', reason: 'y', fix: 'z' }, NOW + 20);
    expect(second.rejections.map((r) => r.at)).toEqual([NOW, NOW + 20]);
    expect(resubmissionCount(second)).toBe(2);
    expect(first.rejections).toHaveLength(1);
  });

  test('verification allows 3 resubmissions, never fewer than 0 left', () => {
    expect(VERIFICATION_MAX_RESUBMISSIONS).toBe(3);
    let state = initialStepState();
    expect(verificationResubmissionsLeft(state)).toBe(3);
    for (let i = 0; i < 4; i += 1) state = recordRejection(state, { field: 'f', reason: 'r', fix: 'x' }, NOW + i);
    expect(verificationResubmissionsLeft(state)).toBe(0);
  });

  test('resubmit moves a rejected step back in progress and leaves other steps unchanged', () => {
    const rejected = recordRejection(initialStepState(), { field: 'f', reason: 'r', fix: 'x' }, NOW);
    expect(resubmit(rejected, NOW + 5)).toMatchObject({ status: 'in-progress', changedAt: NOW + 5 });
    const done = setStepStatus(initialStepState(), 'done', NOW);
    expect(resubmit(done, NOW + 5)).toBe(done);
  });

  test('property: transitions never lose rejections and always stamp the time', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom(...STEP_STATUSES) }),
      fc.record({ kind: fc.constant('reject' as const), field: fc.string() }),
      fc.record({ kind: fc.constant('resubmit' as const) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let state: StepState = initialStepState();
        let rejections = 0;
        actions.forEach((a, i) => {
          const at = NOW + i;
          if (a.kind === 'status') {
            state = setStepStatus(state, a.status, at);
            expect(state.changedAt).toBe(at);
          } else if (a.kind === 'reject') {
            state = recordRejection(state, { field: a.field, reason: '', fix: '' }, at);
            rejections += 1;
            expect(state.status).toBe('rejected');
          } else {
            const wasRejected = state.status === 'rejected';
            state = resubmit(state, at);
            if (wasRejected) expect(state.status).toBe('in-progress');
          }
          expect(resubmissionCount(state)).toBe(rejections);
        });
      }),
    );
  });
});

describe('nextAction and stepsProgress', () => {
  test('all todo: the first registration step; nothing done', () => {
    const steps = initialSteps();
    expect(nextAction(steps)).toBe('reg-1.1');
    expect(stepsProgress(steps)).toEqual({ done: 0, total: 18 });
  });

  test('the first step not done, in journey order, even when later ones are done', () => {
    const steps = initialSteps();
    for (const id of STEP_IDS.slice(0, 10)) steps[id] = setStepStatus(steps[id], 'done', NOW);
    steps['filing-enter-info'] = setStepStatus(steps['filing-enter-info'], 'done', NOW);
    expect(nextAction(steps)).toBe('verify-method');
    expect(stepsProgress(steps)).toEqual({ done: 11, total: 18 });
  });

  test('a rejected step is the next action', () => {
    const steps = initialSteps();
    for (const id of STEP_IDS.slice(0, 12)) steps[id] = setStepStatus(steps[id], 'done', NOW);
    steps['filing-enter-info'] = recordRejection(
      steps['filing-enter-info'],
      { field: 'f', reason: 'r', fix: 'x' },
      NOW,
    );
    expect(nextAction(steps)).toBe('filing-enter-info');
  });

  test('all done: null', () => {
    const steps = initialSteps();
    for (const id of STEP_IDS) steps[id] = setStepStatus(steps[id], 'done', NOW);
    expect(nextAction(steps)).toBeNull();
    expect(stepsProgress(steps)).toEqual({ done: 18, total: 18 });
  });

  test('a step missing from an older persisted record counts as not done', () => {
    const steps = initialSteps();
    for (const id of STEP_IDS) steps[id] = setStepStatus(steps[id], 'done', NOW);
    const partial = { ...steps } as Partial<Record<StepId, StepState>>;
    delete partial['filing-sms'];
    expect(nextAction(partial as Record<StepId, StepState>)).toBe('filing-sms');
  });
});

describe('approveFiling', () => {
  const pending = setStepStatus(initialStepState(), 'in-progress', NOW - 1000, 'bureau done');

  test('a valid mini program filing number marks the step done and returns it normalized', () => {
    const result = approveFiling(pending, ' 粤B2-20090059-1626x ', NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.filingNumber).toBe('粤B2-20090059-1626X');
    expect(result.state).toEqual({ ...pending, status: 'done', changedAt: NOW });
  });

  test.each([
    ['', 'empty'],
    ['B2-20090059-1626X', 'province'],
    ['粤B2-20090059', 'service-suffix'],
    ['粤ICP备abc号-1X', 'format'],
  ])('%j is refused with %s and nothing changes', (input, reason) => {
    const result = approveFiling(pending, input, NOW);
    expect(result).toEqual({ ok: false, reason, state: pending });
    expect(result.state).toBe(pending);
  });
});

describe('isIrreversible', () => {
  test('only the administrator step (seed 4.5) cannot be undone', () => {
    expect(isIrreversible('reg-4.5')).toBe(true);
    expect(STEP_IDS.filter((id) => isIrreversible(id))).toEqual(['reg-4.5']);
  });
});
