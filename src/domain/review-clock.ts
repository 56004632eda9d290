/**
 * Review clocks counted in China working days.
 *
 * Limits, from the seed guide unless noted:
 * - platform initial review: 1–2 working days ("WeChat will conduct a preliminary review within 1–2 working days");
 * - WeChat verification: 1–5 business days; other sources say up to 15 working days, so the
 *   extended bound is exposed too and the UI shows the range (domain.md: show disagreements);
 * - provincial telecom bureau review: 1–20 working days (MIIT Order No. 33, Art. 12);
 * - WeChat verification of individuals and individual businesses: 1–3 working days per newer
 *   third-party guides (entity-types.ts, INDIVIDUAL-30), up to 15 per WeChat's verification FAQ.
 */
import {
  addCalendarDays,
  addWorkingDays,
  assertChinaDate,
  compareDates,
  dayKind,
  workingDaysBetween,
  type DayKindName,
  type EstimatedDate,
} from '@/domain/working-days';

export type ReviewKind = 'platform-initial' | 'wechat-verification' | 'wechat-verification-individual' | 'bureau';

export interface ReviewLimits {
  minDays: number;
  maxDays: number;
  /** A longer bound quoted by other sources, when they disagree with the guide. */
  extendedMaxDays?: number;
}

export const REVIEW_LIMITS: Readonly<Record<ReviewKind, ReviewLimits>> = {
  'platform-initial': { minDays: 1, maxDays: 2 },
  'wechat-verification': { minDays: 1, maxDays: 5, extendedMaxDays: 15 },
  'wechat-verification-individual': { minDays: 1, maxDays: 3, extendedMaxDays: 15 },
  bureau: { minDays: 1, maxDays: 20 },
};

export interface ReviewClock {
  /** Working days elapsed after the start day up to and including today (0 on the start day). */
  workingDayN: number;
  minDays: number;
  maxDays: number;
  earliest: EstimatedDate;
  latest: EstimatedDate;
  /** Today is after the latest date of the guide's range. */
  overdue: boolean;
  /** Any of the figures rests on a year without published holiday data. */
  estimated: boolean;
  sourceNote?: 'other-sources-up-to-15';
  extendedMaxDays?: number;
  /** Latest date under the extended bound. */
  extendedLatest?: EstimatedDate;
}

export interface ReviewStripDay {
  date: string;
  kind: DayKindName;
  estimated: boolean;
  isToday: boolean;
  /** After the start day and no later than the latest date. */
  inWindow: boolean;
}

/** Returns the review clock of `kind` started on `startedAt`, as seen on `today` (both `YYYY-MM-DD`). */
export function reviewClock(kind: ReviewKind, startedAt: string, today: string): ReviewClock {
  const limits = REVIEW_LIMITS[kind];
  const elapsed = workingDaysBetween(startedAt, today);
  const earliest = addWorkingDays(startedAt, limits.minDays);
  const latest = addWorkingDays(startedAt, limits.maxDays);
  const clock: ReviewClock = {
    workingDayN: elapsed.days,
    minDays: limits.minDays,
    maxDays: limits.maxDays,
    earliest,
    latest,
    overdue: compareDates(today, latest.date) > 0,
    estimated: elapsed.estimated || earliest.estimated || latest.estimated,
  };
  if (limits.extendedMaxDays !== undefined) {
    clock.sourceNote = 'other-sources-up-to-15';
    clock.extendedMaxDays = limits.extendedMaxDays;
    clock.extendedLatest = addWorkingDays(startedAt, limits.extendedMaxDays);
  }
  return clock;
}

/**
 * Returns every calendar day from `startedAt` to the `maxDays`th working day after it, each with
 * its kind, whether it is estimated, whether it is `today`, and whether it lies in the review window.
 */
export function reviewStrip(startedAt: string, today: string, maxDays: number): ReviewStripDay[] {
  const latest = addWorkingDays(startedAt, maxDays).date;
  assertChinaDate(today);
  const days: ReviewStripDay[] = [];
  for (let date = startedAt; compareDates(date, latest) <= 0; date = addCalendarDays(date, 1)) {
    const { kind, estimated } = dayKind(date);
    days.push({
      date,
      kind,
      estimated,
      isToday: date === today,
      inWindow: compareDates(date, startedAt) > 0,
    });
  }
  return days;
}
