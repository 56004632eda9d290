import { execFileSync } from 'child_process';
import { join } from 'path';
import fc from 'fast-check';
import {
  addCalendarDays,
  addWorkingDays,
  assertChinaDate,
  chinaDateOf,
  chinaMidnight,
  compareDates,
  coveredYears,
  dayKind,
  isValidChinaDate,
  isWorkingDay,
  workingDaysBetween,
  WorkingDaysError,
} from '@/domain/working-days';

/** Returns every date from `from` to `to` inclusive. */
function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; compareDates(date, to) <= 0; date = addCalendarDays(date, 1)) dates.push(date);
  return dates;
}

function errorCodeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof WorkingDaysError ? error.code : `not a WorkingDaysError: ${String(error)}`;
  }
  return undefined;
}

describe('contract examples', () => {
  it('addWorkingDays counts from the day after start', () => {
    expect(addWorkingDays('2025-09-30', 1)).toEqual({ date: '2025-10-09', estimated: false });
    expect(addWorkingDays('2026-02-13', 1)).toEqual({ date: '2026-02-14', estimated: false });
  });

  it('n = 0 returns the start day itself, whatever its kind', () => {
    expect(addWorkingDays('2026-02-15', 0)).toEqual({ date: '2026-02-15', estimated: false });
    expect(addWorkingDays('2027-03-01', 0)).toEqual({ date: '2027-03-01', estimated: true });
  });
});

describe('Spring Festival 2026', () => {
  it('2026-02-14 (Saturday) is a make-up working day', () => {
    expect(isWorkingDay('2026-02-14')).toEqual({ working: true, estimated: false });
    expect(dayKind('2026-02-14')).toEqual({
      kind: 'makeup-workday',
      estimated: false,
      holidayName: '春节',
      holiday: 'spring-festival',
    });
  });

  it('2026-02-15..23 are all off, 2026-02-24 is back to work', () => {
    for (const date of datesFrom('2026-02-15', '2026-02-23')) {
      expect([date, isWorkingDay(date).working]).toEqual([date, false]);
      expect(dayKind(date).kind).toBe('holiday');
      expect(dayKind(date).holiday).toBe('spring-festival');
    }
    expect(isWorkingDay('2026-02-24').working).toBe(true);
  });

  it('2026-02-28 (Saturday) is the second make-up day', () => {
    expect(dayKind('2026-02-28').kind).toBe('makeup-workday');
  });

  it('counts across the break', () => {
    // Friday 13th → Sat 14th (make-up) → nine days off → Tue 24th.
    expect(addWorkingDays('2026-02-13', 2)).toEqual({ date: '2026-02-24', estimated: false });
    expect(workingDaysBetween('2026-02-12', '2026-02-24')).toEqual({ days: 3, estimated: false });
  });
});

describe('National Day', () => {
  it('2025: 10-01..08 off, 09-28 (Sunday) and 10-11 (Saturday) working', () => {
    for (const date of datesFrom('2025-10-01', '2025-10-08'))
      expect([date, isWorkingDay(date).working]).toEqual([date, false]);
    expect(dayKind('2025-09-28').kind).toBe('makeup-workday');
    expect(dayKind('2025-10-11').kind).toBe('makeup-workday');
    expect(addWorkingDays('2025-10-08', 1).date).toBe('2025-10-09');
    expect(addWorkingDays('2025-10-09', 2).date).toBe('2025-10-11');
  });

  it('2026: 10-01..07 off, 09-20 (Sunday) and 10-10 (Saturday) working', () => {
    for (const date of datesFrom('2026-10-01', '2026-10-07')) {
      expect([date, dayKind(date).kind, dayKind(date).holiday]).toEqual([date, 'holiday', 'national-day']);
    }
    expect(isWorkingDay('2026-09-20')).toEqual({ working: true, estimated: false });
    expect(isWorkingDay('2026-10-10')).toEqual({ working: true, estimated: false });
    expect(dayKind('2026-09-20').holiday).toBe('national-day');
    // Mid-autumn 2026 (09-25..27) sits just before.
    expect(dayKind('2026-09-25').holiday).toBe('mid-autumn');
    expect(workingDaysBetween('2026-09-30', '2026-10-10')).toEqual({ days: 3, estimated: false });
  });
});

describe('ordinary weekends and weekdays', () => {
  it('classifies a plain week', () => {
    expect(dayKind('2026-03-07')).toEqual({ kind: 'weekend', estimated: false });
    expect(dayKind('2026-03-08')).toEqual({ kind: 'weekend', estimated: false });
    expect(dayKind('2026-03-09')).toEqual({ kind: 'workday', estimated: false });
    expect(addWorkingDays('2026-03-06', 1).date).toBe('2026-03-09');
  });

  it('treats 2015-09-03 (70th anniversary) as a one-off holiday', () => {
    expect(dayKind('2015-09-03')).toMatchObject({ kind: 'holiday', holiday: 'anti-fascist-70th' });
  });
});

describe('year boundaries and data coverage', () => {
  it('covers 2004–2026 as bundled in chinese-days 1.5.7', () => {
    expect(coveredYears()).toEqual({ first: 2004, last: 2026 });
  });

  it('crosses 2025-12-31 into 2026 New Year and its 01-04 make-up Sunday', () => {
    expect(isWorkingDay('2025-12-31')).toEqual({ working: true, estimated: false });
    for (const date of datesFrom('2026-01-01', '2026-01-03')) expect(dayKind(date).holiday).toBe('new-year');
    expect(addWorkingDays('2025-12-31', 1)).toEqual({ date: '2026-01-04', estimated: false });
    expect(workingDaysBetween('2025-12-30', '2026-01-05')).toEqual({ days: 3, estimated: false });
  });

  it('marks anything past the end of the data as estimated', () => {
    expect(isWorkingDay('2026-12-31')).toEqual({ working: true, estimated: false });
    expect(addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-01', estimated: true });
    expect(isWorkingDay('2027-01-01')).toEqual({ working: true, estimated: true });
    expect(dayKind('2027-01-02')).toEqual({ kind: 'weekend', estimated: true });
    expect(workingDaysBetween('2026-12-30', '2027-01-01')).toEqual({ days: 2, estimated: true });
    expect(workingDaysBetween('2026-12-20', '2026-12-31').estimated).toBe(false);
  });

  it('an estimated result stays estimated even when it lands back inside the data', () => {
    expect(addWorkingDays('2003-12-30', 3)).toEqual({ date: '2004-01-05', estimated: true });
  });

  it('before 2004 is estimated too', () => {
    expect(isWorkingDay('2003-10-01')).toEqual({ working: true, estimated: true });
  });
});

describe('agreement with the chinese-days API', () => {
  it('matches isWorkday for every day of every covered year', () => {
    const { first, last } = coveredYears();
    // The package builds its tables with local-time Dates when it loads, so under a negative UTC
    // offset its own API is a day off (2026-02-14 reads as a holiday in America/Los_Angeles).
    // Ask it in a child process running on China time to compare like with like.
    const script = `
      const { isWorkday } = require('chinese-days');
      const days = [];
      for (let d = new Date(${first}, 0, 1); d.getFullYear() <= ${last}; d.setDate(d.getDate() + 1)) {
        days.push(isWorkday(d) ? '1' : '0');
      }
      process.stdout.write(days.join(''));
    `;
    const fromPackage = execFileSync(process.execPath, ['-e', script], {
      cwd: join(__dirname, '..', '..'),
      env: { ...process.env, TZ: 'Asia/Shanghai' },
      encoding: 'utf8',
    });
    const fromModule = datesFrom(`${first}-01-01`, `${last}-12-31`)
      .map((date) => (isWorkingDay(date).working ? '1' : '0'))
      .join('');
    expect(fromModule.length).toBe(fromPackage.length);
    expect(fromModule).toBe(fromPackage);
  });
});

describe('China time', () => {
  it('chinaDateOf uses UTC+8 regardless of the device zone', () => {
    expect(chinaDateOf(Date.UTC(2026, 1, 13, 15, 59, 59, 999))).toBe('2026-02-13');
    expect(chinaDateOf(Date.UTC(2026, 1, 13, 16, 0, 0, 0))).toBe('2026-02-14');
    expect(chinaDateOf(Date.UTC(2025, 11, 31, 16))).toBe('2026-01-01');
    expect(chinaDateOf(Date.UTC(1969, 11, 31, 12))).toBe('1969-12-31');
  });

  it('chinaMidnight is 16:00 UTC the day before', () => {
    expect(chinaMidnight('2026-02-14')).toBe(Date.UTC(2026, 1, 13, 16));
    expect(chinaDateOf(chinaMidnight('2026-02-14'))).toBe('2026-02-14');
    expect(chinaDateOf(chinaMidnight('2026-02-14') - 1)).toBe('2026-02-13');
  });

  it('does not depend on the current time', () => {
    jest.useFakeTimers();
    try {
      jest.setSystemTime(Date.UTC(2031, 5, 1));
      expect(isWorkingDay('2026-02-14')).toEqual({ working: true, estimated: false });
      expect(chinaDateOf(Date.UTC(2026, 1, 13, 16))).toBe('2026-02-14');
      jest.setSystemTime(Date.UTC(2001, 0, 1));
      expect(addWorkingDays('2025-09-30', 1).date).toBe('2025-10-09');
    } finally {
      jest.useRealTimers();
    }
  });

  it('property: chinaMidnight and chinaDateOf round-trip, and the day spans 24 h', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 80000 }), (dayOffset) => {
        const date = addCalendarDays('1970-01-01', dayOffset);
        const midnight = chinaMidnight(date);
        expect(chinaDateOf(midnight)).toBe(date);
        expect(chinaDateOf(midnight + 86_399_999)).toBe(date);
        expect(chinaMidnight(addCalendarDays(date, 1)) - midnight).toBe(86_400_000);
      }),
    );
  });
});

describe('properties', () => {
  const coveredDate = fc.integer({ min: 0, max: 8400 }).map((offset) => addCalendarDays('2004-01-01', offset));

  it('addWorkingDays lands on a working day exactly n working days later', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const result = addWorkingDays(start, n);
        expect(compareDates(result.date, start)).toBeGreaterThan(0);
        expect(isWorkingDay(result.date).working).toBe(true);
        expect(workingDaysBetween(start, result.date).days).toBe(n);
        expect(workingDaysBetween(start, addCalendarDays(result.date, -1)).days).toBe(n - 1);
      }),
    );
  });

  it('workingDaysBetween is additive over an intermediate date', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (a, x, y) => {
        const b = addCalendarDays(a, x);
        const c = addCalendarDays(b, y);
        expect(workingDaysBetween(a, c).days).toBe(workingDaysBetween(a, b).days + workingDaysBetween(b, c).days);
      }),
    );
  });
});

describe('edge cases', () => {
  it('workingDaysBetween is 0 when end is on or before start', () => {
    expect(workingDaysBetween('2026-03-10', '2026-03-10')).toEqual({ days: 0, estimated: false });
    expect(workingDaysBetween('2026-03-10', '2026-03-01')).toEqual({ days: 0, estimated: false });
  });

  it('rejects malformed dates with code bad-date', () => {
    for (const bad of [
      '2025-13-01',
      '2025-2-3',
      'abc',
      '',
      '2025-02-29',
      '2024-02-30',
      '2025-02-03T00:00',
      ' 2025-02-03',
      '20250203',
    ]) {
      expect([bad, errorCodeOf(() => isWorkingDay(bad))]).toEqual([bad, 'bad-date']);
      expect([bad, errorCodeOf(() => addWorkingDays(bad, 1))]).toEqual([bad, 'bad-date']);
      expect([bad, errorCodeOf(() => workingDaysBetween('2025-01-01', bad))]).toEqual([bad, 'bad-date']);
      expect([bad, errorCodeOf(() => dayKind(bad))]).toEqual([bad, 'bad-date']);
      expect([bad, errorCodeOf(() => chinaMidnight(bad))]).toEqual([bad, 'bad-date']);
      expect(isValidChinaDate(bad)).toBe(false);
    }
    expect(errorCodeOf(() => isWorkingDay(undefined as unknown as string))).toBe('bad-date');
    expect(errorCodeOf(() => assertChinaDate('2024-02-29'))).toBeUndefined();
  });

  it('rejects bad counts with code bad-count', () => {
    for (const bad of [-1, Number.NaN, 1.5, 1001, Number.POSITIVE_INFINITY, '3' as unknown as number]) {
      expect([bad, errorCodeOf(() => addWorkingDays('2026-01-05', bad))]).toEqual([bad, 'bad-count']);
    }
    expect(addWorkingDays('2026-01-05', 1000).estimated).toBe(true);
  });

  it('rejects non-finite instants', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 9e15]) {
      expect([bad, errorCodeOf(() => chinaDateOf(bad))]).toEqual([bad, 'bad-date']);
    }
  });

  it('never produces a date past 9999-12-31', () => {
    expect(errorCodeOf(() => addWorkingDays('9999-12-31', 1))).toBe('bad-date');
  });

  it('the error is a real Error subclass', () => {
    try {
      isWorkingDay('2025-13-01');
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(WorkingDaysError);
      expect((error as WorkingDaysError).name).toBe('WorkingDaysError');
    }
  });
});
