import type { FilingRecord } from '@/domain/filing-record';
import { journeyStepsFor, type StepId } from '@/domain/journey-steps';
import type { ReviewKind } from '@/domain/review-clock';
import { BUREAU_STEP, lastVerifiedCompletion } from './sms-actions';

/** The review steps, in journey order. */
export const REVIEW_STEPS: readonly StepId[] = ['verify-review', 'filing-platform-review', 'filing-bureau-review'];

/**
 * When the review clock of `step` started (epoch ms), or null when it is not running:
 * - platform initial review and WeChat verification: when the step went in progress (submission);
 * - bureau review: when the last verifier verified the SMS (the bureau receives the filing then),
 *   else when the step was marked in progress.
 * A finished or rejected step has no running clock, and neither has a step this filing's
 * timeline gives no clock (the bank-transfer route has no review; journeyStepsFor).
 */
export function reviewStart(filing: FilingRecord, step: StepId): { kind: ReviewKind; startedAt: number } | null {
  const kind: ReviewKind | undefined = journeyStepsFor(filing.profile, filing.verificationMethod).find(
    (def) => def.id === step,
  )?.hasReviewClock;
  if (!kind) return null;
  const state = filing.steps[step];
  if (!state || state.status === 'done' || state.status === 'rejected') return null;
  if (step === BUREAU_STEP) {
    const verifiedAt = lastVerifiedCompletion(filing);
    if (verifiedAt !== null) return { kind, startedAt: verifiedAt };
  }
  if (state.status === 'in-progress' && state.changedAt !== null) return { kind, startedAt: state.changedAt };
  return null;
}
