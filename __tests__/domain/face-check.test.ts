import fc from 'fast-check';
import {
  FACE_CHECK_NOTICE_MS,
  FACE_CHECK_TASK_MS,
  emptyFaceCheck,
  faceCheckState,
  faceCheckSubmittedAt,
  passFaceCheck,
  startFaceCheck,
} from '@/domain/face-check';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 10, 1, 0, 0);

describe('face check: notice valid 24 h, task 3 days (WeChat createIcpVerifyTask)', () => {
  test('the limits', () => {
    expect(FACE_CHECK_NOTICE_MS).toBe(24 * HOUR);
    expect(FACE_CHECK_TASK_MS).toBe(72 * HOUR);
  });

  test('not started until the notice arrives', () => {
    expect(faceCheckState(emptyFaceCheck(), null, T0)).toEqual({
      state: 'not-started',
      deadline: null,
      remainingMs: 0,
    });
  });

  test('the notice counts down 24 hours, then expires', () => {
    const check = startFaceCheck(T0, T0)!;
    expect(faceCheckState(check, null, T0 + HOUR)).toEqual({
      state: 'notice-open',
      deadline: T0 + 24 * HOUR,
      remainingMs: 23 * HOUR,
    });
    expect(faceCheckState(check, null, T0 + 24 * HOUR).state).toBe('notice-expired');
  });

  test('passed: the 3-day task counts down until the filing is submitted', () => {
    const passed = passFaceCheck(startFaceCheck(T0, T0)!, T0 + 2 * HOUR)!;
    expect(faceCheckState(passed, null, T0 + 3 * HOUR)).toEqual({
      state: 'passed',
      deadline: T0 + 72 * HOUR,
      remainingMs: 69 * HOUR,
    });
    expect(faceCheckState(passed, T0 + 50 * HOUR, T0 + 80 * HOUR).state).toBe('submitted');
    expect(faceCheckState(passed, null, T0 + 72 * HOUR).state).toBe('task-expired');
    // Submitted after the task ran out does not count.
    expect(faceCheckState(passed, T0 + 73 * HOUR, T0 + 74 * HOUR).state).toBe('task-expired');
  });

  test('passing is refused outside the notice; a future notice is refused', () => {
    const check = startFaceCheck(T0, T0)!;
    expect(passFaceCheck(check, T0 + 25 * HOUR)).toBeNull();
    expect(passFaceCheck(check, T0 - 1)).toBeNull();
    expect(passFaceCheck(emptyFaceCheck(), T0)).toBeNull();
    expect(startFaceCheck(T0 + HOUR, T0)).toBeNull();
    expect(startFaceCheck(Number.NaN, T0)).toBeNull();
  });

  test('property: remaining time is never negative nor longer than its window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 * HOUR }),
        fc.option(fc.integer({ min: 0, max: 24 * HOUR })),
        (dt, pass) => {
          let check = startFaceCheck(T0, T0)!;
          if (pass !== null) check = passFaceCheck(check, T0 + pass) ?? check;
          const state = faceCheckState(check, null, T0 + dt);
          expect(state.remainingMs).toBeGreaterThanOrEqual(0);
          expect(state.remainingMs).toBeLessThanOrEqual(FACE_CHECK_TASK_MS);
        },
      ),
    );
  });
});

describe('faceCheckSubmittedAt: when the filing went in, from the platform review step', () => {
  const passed = { noticeAt: T0, passedAt: T0 + HOUR };

  test('not yet while the review has not started', () => {
    expect(faceCheckSubmittedAt(passed, undefined)).toBeNull();
    expect(faceCheckSubmittedAt(passed, { status: 'todo', changedAt: T0 + 2 * HOUR })).toBeNull();
  });

  test('the review’s start while it runs, which settles the task when within its 3 days', () => {
    const submittedAt = faceCheckSubmittedAt(passed, { status: 'in-progress', changedAt: T0 + 2 * HOUR });
    expect(submittedAt).toBe(T0 + 2 * HOUR);
    expect(faceCheckState(passed, submittedAt, T0 + 80 * HOUR).state).toBe('submitted');
  });

  test('a review with a result went in while the task was valid: the pass (else the notice) stands in', () => {
    expect(faceCheckSubmittedAt(passed, { status: 'done', changedAt: T0 + 90 * HOUR })).toBe(T0 + HOUR);
    expect(faceCheckSubmittedAt({ noticeAt: T0, passedAt: null }, { status: 'rejected', changedAt: null })).toBe(T0);
  });
});
