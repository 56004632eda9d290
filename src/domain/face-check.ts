/**
 * The face check (人脸核身) of the mini program's person in charge before the filing is submitted.
 *
 * Source: WeChat createIcpVerifyTask,
 * https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_createicpverifytask.html
 * - the notice is valid for 24 hours; a failed attempt may be retried from the same notice while
 *   it is valid, after that a new one must be started;
 * - in the filing scenario the task is valid for 3 days, so everything else should be ready before
 *   starting it, and the filing submitted before it runs out;
 * - the video needs a white or light background, no hat, earphones or mask.
 * docs/domain.md: "Before the SMS, the mini program's person in charge does a face check
 * (white background). Its notice is valid for 24 hours and its task for 3 days."
 *
 * Every instant is epoch ms and is passed in; nothing here reads the clock.
 */

const HOUR_MS = 3_600_000;

/** The notice's validity: 24 hours from when it was sent. */
export const FACE_CHECK_NOTICE_MS = 24 * HOUR_MS;
/** The task's validity in the filing scenario: 3 days from when it was started. */
export const FACE_CHECK_TASK_MS = 72 * HOUR_MS;

/** What the user recorded about the face check. Stored as is (filing-record.ts). */
export interface FaceCheck {
  /** When the notice arrived (the task started), or null. */
  noticeAt: number | null;
  /** When the face check passed, or null. */
  passedAt: number | null;
}

export function emptyFaceCheck(): FaceCheck {
  return { noticeAt: null, passedAt: null };
}

export type FaceCheckStateName =
  /** No notice yet. */
  | 'not-started'
  /** The notice is open: do the face check before `deadline` (24 h). */
  | 'notice-open'
  /** The notice ran out before the face check passed: start a new one. */
  | 'notice-expired'
  /** Passed: submit the filing before `deadline` (the 3-day task). */
  | 'passed'
  /** The task ran out before the filing was submitted: start a new face check. */
  | 'task-expired'
  /** The filing went in while the task was valid: nothing left to time. */
  | 'submitted';

export interface FaceCheckState {
  state: FaceCheckStateName;
  /** The instant the current countdown ends, or null when nothing counts down. */
  deadline: number | null;
  /** Time left until `deadline`, clamped to 0 (0 when nothing counts down). */
  remainingMs: number;
}

function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The face check's state at `now`. `submittedAt` is when the filing was submitted (the platform
 * review began), or null. A submission after the task ran out does not count as in time.
 */
export function faceCheckState(check: FaceCheck, submittedAt: number | null, now: number): FaceCheckState {
  if (!isInstant(check.noticeAt)) return { state: 'not-started', deadline: null, remainingMs: 0 };
  const noticeDeadline = check.noticeAt + FACE_CHECK_NOTICE_MS;
  const taskDeadline = check.noticeAt + FACE_CHECK_TASK_MS;
  const passed = isInstant(check.passedAt) && check.passedAt <= noticeDeadline;
  if (!passed) {
    if (now >= noticeDeadline) return { state: 'notice-expired', deadline: noticeDeadline, remainingMs: 0 };
    return { state: 'notice-open', deadline: noticeDeadline, remainingMs: Math.max(0, noticeDeadline - now) };
  }
  if (isInstant(submittedAt) && submittedAt >= check.noticeAt && submittedAt <= taskDeadline) {
    return { state: 'submitted', deadline: null, remainingMs: 0 };
  }
  if (now >= taskDeadline) return { state: 'task-expired', deadline: taskDeadline, remainingMs: 0 };
  return { state: 'passed', deadline: taskDeadline, remainingMs: Math.max(0, taskDeadline - now) };
}

/** What the face check reads of the platform review step (journey-steps.ts StepState). */
export interface PlatformReviewStep {
  status: 'todo' | 'in-progress' | 'done' | 'rejected';
  changedAt: number | null;
}

/**
 * When the filing went in, for the face-check task: the platform review's start while it runs;
 * once the review has a result the filing obviously went in while the task was valid, so the
 * pass (or notice) time stands in. Null while the review has not started.
 */
export function faceCheckSubmittedAt(check: FaceCheck, platformReview: PlatformReviewStep | undefined): number | null {
  if (!platformReview || platformReview.status === 'todo') return null;
  if (platformReview.status === 'in-progress') return platformReview.changedAt;
  return check.passedAt ?? check.noticeAt;
}

/** Records the notice's arrival at `at` (a new notice restarts both clocks); refuses a time in the future. */
export function startFaceCheck(at: number, now: number): FaceCheck | null {
  if (!isInstant(at) || !isInstant(now) || at > now + 2 * 60_000) return null;
  return { noticeAt: at, passedAt: null };
}

/** Records that the face check passed at `at`; null when there is no open notice at that time. */
export function passFaceCheck(check: FaceCheck, at: number): FaceCheck | null {
  if (!isInstant(check.noticeAt) || !isInstant(at)) return null;
  if (at < check.noticeAt || at > check.noticeAt + FACE_CHECK_NOTICE_MS) return null;
  return { ...check, passedAt: at };
}
