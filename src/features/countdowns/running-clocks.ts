/**
 * Every clock running on one filing, most urgent first, for its Progress card: the card shows
 * the first and counts the rest, so only one text per card ticks each second (the tab's setData
 * budget, __tests__/weapp/progress-budget.test.ts).
 */
import type { FilingRecord } from '@/domain/filing-record';
import { faceCheckState, faceCheckSubmittedAt, type FaceCheck } from '@/domain/face-check';
import { reviewClock, type ReviewKind } from '@/domain/review-clock';
import { trackState, type SmsTrack } from '@/domain/sms-window';
import { chinaDateOf } from '@/domain/working-days';
import { reviewStart, REVIEW_STEPS } from './review-start';

const PLATFORM_STEP = 'filing-platform-review' as const;

/** A clock with an instant deadline, counted down to the second. */
export type TimedClock =
  /** One verifier's 24-hour SMS window. */
  | { kind: 'sms'; track: SmsTrack; deadline: number }
  /** The face check: its 24-hour notice ('notice-open') or, once passed, its 3-day task ('passed'). */
  | {
      kind: 'face-check';
      stage: 'notice-open' | 'passed';
      check: FaceCheck;
      submittedAt: number | null;
      deadline: number;
    };

/** A review counted in China working days ("working day N of up to M"). */
export interface ReviewLine {
  kind: 'review';
  review: ReviewKind;
  n: number;
  max: number;
  overdue: boolean;
}

export type RunningClock = TimedClock | ReviewLine;

function smsClocks(filing: FilingRecord, now: number): TimedClock[] {
  const cycle = filing.smsCycles[filing.smsCycles.length - 1];
  if (!cycle || cycle.outcome !== 'open') return [];
  return cycle.tracks
    .filter((track) => track.deadline !== null && trackState(track, now).state === 'counting')
    .map((track) => ({ kind: 'sms', track, deadline: track.deadline as number }));
}

function faceCheckClock(filing: FilingRecord, now: number): TimedClock[] {
  const check = filing.faceCheck;
  const submittedAt = faceCheckSubmittedAt(check, filing.steps[PLATFORM_STEP]);
  const { state, deadline } = faceCheckState(check, submittedAt, now);
  if ((state !== 'notice-open' && state !== 'passed') || deadline === null) return [];
  return [{ kind: 'face-check', stage: state, check, submittedAt, deadline }];
}

/** The clocks that count down to the second, nearest deadline first. */
export function timedClocks(filing: FilingRecord, now: number): TimedClock[] {
  return [...smsClocks(filing, now), ...faceCheckClock(filing, now)].sort((a, b) => a.deadline - b.deadline);
}

/** The running review clocks, overdue ones first, then in journey order. */
export function reviewLines(filing: FilingRecord, now: number): ReviewLine[] {
  const lines: ReviewLine[] = [];
  for (const step of REVIEW_STEPS) {
    const started = reviewStart(filing, step);
    if (!started) continue;
    try {
      const clock = reviewClock(started.kind, chinaDateOf(started.startedAt), chinaDateOf(now));
      lines.push({
        kind: 'review',
        review: started.kind,
        n: clock.workingDayN,
        max: clock.maxDays,
        overdue: clock.overdue,
      });
    } catch {
      // A date that cannot be computed is shown on the review card itself.
    }
  }
  return [...lines.filter((l) => l.overdue), ...lines.filter((l) => !l.overdue)];
}

/**
 * Every clock running on the filing at `now`, most urgent first: deadlines to the second (SMS
 * windows, the face check) nearest first, then working-day reviews. A deadline within hours
 * comes before a review, which counts in days and asks nothing of the user until it is overdue.
 */
export function runningClocks(filing: FilingRecord, now: number): RunningClock[] {
  return [...timedClocks(filing, now), ...reviewLines(filing, now)];
}

/** Time left on a timed clock at `now`, by its own rules (an SMS window never shows over 24 h). */
export function remainingMs(clock: TimedClock, now: number): number {
  if (clock.kind === 'sms') return trackState(clock.track, now).remainingMs;
  return faceCheckState(clock.check, clock.submittedAt, now).remainingMs;
}

/**
 * What changes only at a transition of the timed clocks (one starts, expires or the nearest
 * changes): a card re-renders when this does, never for the seconds.
 */
export function timedClocksKey(filing: FilingRecord, now: number): string {
  return timedClocks(filing, now)
    .map((clock) => (clock.kind === 'sms' ? `sms:${clock.track.verifier}` : `face:${clock.stage}`))
    .join(',');
}
