import type { FilingRecord } from '@/domain/filing-record';
import type { StepId } from '@/domain/journey-steps';

/** Scaffold: the working-day clock of a review step (platform, WeChat verification, bureau). */
export function ReviewClockCard(_props: { filing: FilingRecord; step: StepId }) {
  return null;
}
