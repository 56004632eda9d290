import fc from 'fast-check';
import { REVIEW_LIMITS, reviewClock, reviewStrip, type ReviewKind } from '@/domain/review-clock';
import { addCalendarDays, isWorkingDay, WorkingDaysError } from '@/domain/working-days';

describe('limits', () => {
  it('follow the guide: 1–2, 1–5 (15 elsewhere) and 1–20 working days', () => {
    expect(REVIEW_LIMITS['platform-initial']).toEqual({ minDays: 1, maxDays: 2 });
    expect(REVIEW_LIMITS['wechat-verification']).toEqual({ minDays: 1, maxDays: 5, extendedMaxDays: 15 });
    expect(REVIEW_LIMITS.bureau).toEqual({ minDays: 1, maxDays: 20 });
  });
});

describe('reviewClock', () => {
  it('platform initial review submitted the Friday before Spring Festival 2026', () => {
    // Sat 02-14 is a make-up working day, then 02-15..23 are off.
    expect(reviewClock('platform-initial', '2026-02-13', '2026-02-16')).toEqual({
      workingDayN: 1,
      minDays: 1,
      maxDays: 2,
      earliest: { date: '2026-02-14', estimated: false },
      latest: { date: '2026-02-24', estimated: false },
      overdue: false,
      estimated: false,
    });
    expect(reviewClock('platform-initial', '2026-02-13', '2026-02-24')).toMatchObject({
      workingDayN: 2,
      overdue: false,
    });
    expect(reviewClock('platform-initial', '2026-02-13', '2026-02-25')).toMatchObject({
      workingDayN: 3,
      overdue: true,
    });
  });

  it('bureau review across National Day 2026 lasts until 2026-10-30', () => {
    // Counted by hand: 09-29, 09-30, [10-01..07 off], 10-08, 10-09, 10-10 (Sat make-up), then weekdays to 10-30.
    const clock = reviewClock('bureau', '2026-09-28', '2026-10-12');
    expect(clock).toMatchObject({
      workingDayN: 6,
      minDays: 1,
      maxDays: 20,
      earliest: { date: '2026-09-29', estimated: false },
      latest: { date: '2026-10-30', estimated: false },
      overdue: false,
      estimated: false,
    });
    expect(clock.sourceNote).toBeUndefined();
  });

  it('WeChat verification shows the guide range and the longer range other sources quote', () => {
    const clock = reviewClock('wechat-verification', '2026-03-02', '2026-03-02');
    expect(clock).toMatchObject({
      workingDayN: 0,
      maxDays: 5,
      latest: { date: '2026-03-09', estimated: false },
      sourceNote: 'other-sources-up-to-15',
      extendedMaxDays: 15,
      extendedLatest: { date: '2026-03-23', estimated: false },
    });
  });

  it('is estimated when the window runs past the bundled calendar', () => {
    const clock = reviewClock('wechat-verification', '2026-12-28', '2026-12-29');
    expect(clock.earliest).toEqual({ date: '2026-12-29', estimated: false });
    expect(clock.latest).toEqual({ date: '2027-01-04', estimated: true });
    expect(clock.estimated).toBe(true);
    expect(clock.workingDayN).toBe(1);
  });

  it('today before the start counts as day 0 and not overdue', () => {
    expect(reviewClock('bureau', '2026-05-11', '2026-05-01')).toMatchObject({ workingDayN: 0, overdue: false });
  });

  it('rejects malformed dates', () => {
    expect(() => reviewClock('bureau', '2026-5-11', '2026-05-12')).toThrow(WorkingDaysError);
    expect(() => reviewClock('bureau', '2026-05-11', 'today')).toThrow(WorkingDaysError);
  });

  it('property: earliest ≤ latest, both working days, overdue exactly after latest', () => {
    const kinds: ReviewKind[] = ['platform-initial', 'wechat-verification', 'bureau'];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.integer({ min: 0, max: 8000 }),
        fc.integer({ min: 0, max: 60 }),
        (kind, startOffset, todayOffset) => {
          const start = addCalendarDays('2004-03-01', startOffset);
          const clock = reviewClock(kind, start, addCalendarDays(start, todayOffset));
          expect(clock.earliest.date <= clock.latest.date).toBe(true);
          expect(isWorkingDay(clock.earliest.date).working).toBe(true);
          expect(isWorkingDay(clock.latest.date).working).toBe(true);
          const today = addCalendarDays(start, todayOffset);
          expect(clock.overdue).toBe(today > clock.latest.date);
          if (clock.overdue) expect(clock.workingDayN).toBeGreaterThanOrEqual(clock.maxDays);
          else expect(clock.workingDayN).toBeLessThanOrEqual(clock.maxDays);
        },
      ),
    );
  });
});

describe('reviewStrip', () => {
  it('lists each day from the start to the latest date', () => {
    const strip = reviewStrip('2026-02-13', '2026-02-16', 2);
    expect(strip.map((day) => day.date)).toEqual([
      '2026-02-13',
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
      '2026-02-24',
    ]);
    expect(strip[0]).toEqual({
      date: '2026-02-13',
      kind: 'workday',
      estimated: false,
      isToday: false,
      inWindow: false,
    });
    expect(strip[1]).toEqual({
      date: '2026-02-14',
      kind: 'makeup-workday',
      estimated: false,
      isToday: false,
      inWindow: true,
    });
    expect(strip[3]).toEqual({ date: '2026-02-16', kind: 'holiday', estimated: false, isToday: true, inWindow: true });
    expect(strip.filter((day) => day.isToday)).toHaveLength(1);
    expect(strip[11]).toMatchObject({ kind: 'workday', inWindow: true });
  });

  it('marks estimated days past the bundled data', () => {
    const strip = reviewStrip('2026-12-30', '2026-12-30', 3);
    expect(strip.map((day) => [day.date, day.kind, day.estimated])).toEqual([
      ['2026-12-30', 'workday', false],
      ['2026-12-31', 'workday', false],
      ['2027-01-01', 'workday', true],
      ['2027-01-02', 'weekend', true],
      ['2027-01-03', 'weekend', true],
      ['2027-01-04', 'workday', true],
    ]);
  });

  it('has just the start day when maxDays is 0, and no today when today is outside', () => {
    expect(reviewStrip('2026-06-01', '2026-07-01', 0)).toEqual([
      { date: '2026-06-01', kind: 'workday', estimated: false, isToday: false, inWindow: false },
    ]);
  });

  it('rejects a bad count or date', () => {
    expect(() => reviewStrip('2026-06-01', '2026-06-01', -1)).toThrow(WorkingDaysError);
    expect(() => reviewStrip('2026-06-01', '2026/06/01', 2)).toThrow(WorkingDaysError);
  });
});
