/**
 * China's statutory working days (weekends off, public holidays off, make-up weekend days on).
 *
 * Dates are China calendar dates as `YYYY-MM-DD` strings. All arithmetic is done on integer
 * day numbers (days since 1970-01-01, computed with `Date.UTC`), so results never depend on
 * the phone's time zone.
 *
 * The holiday and make-up data is the `chinese-days` package's own generated table. We read
 * the prebuilt table instead of calling the package's `isWorkday`/`getDayDetail`: in 1.5.7 those
 * parse `YYYY-MM-DD` as UTC midnight but format in local time, and the package builds its own
 * lookup tables with local-time dates when it loads. Under a negative UTC offset (e.g.
 * America/Los_Angeles) `getDayDetail('2026-02-14')` reports 2026-02-13, and even
 * `isWorkday(new Date(2026, 1, 14))` says the make-up Saturday is a holiday. A test compares this
 * module with the package's API (run on China time) day by day over the whole covered range,
 * so a package update that changes the data is noticed.
 */
import chineseDaysTable from 'chinese-days/dist/chinese-days.json';

/** Why an input was refused. */
export type WorkingDaysErrorCode = 'bad-date' | 'bad-count';

/** Thrown for malformed dates or counts; never a NaN date. */
export class WorkingDaysError extends Error {
  readonly code: WorkingDaysErrorCode;

  constructor(code: WorkingDaysErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'WorkingDaysError';
    this.code = code;
    // Keeps `instanceof` working when compiled down to ES5 class emulation.
    Object.setPrototypeOf(this, WorkingDaysError.prototype);
  }
}

/** A working-day answer plus whether it rests on days outside the published calendars. */
export interface EstimatedDate {
  date: string;
  estimated: boolean;
}

/** Statutory holidays, as named by the State Council notices. */
export type HolidayKey =
  | 'new-year'
  | 'spring-festival'
  | 'tomb-sweeping'
  | 'labour-day'
  | 'dragon-boat'
  | 'mid-autumn'
  | 'national-day'
  | 'anti-fascist-70th';

export type DayKindName = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

export interface DayKind {
  kind: DayKindName;
  estimated: boolean;
  /** Official Chinese name (domain data, e.g. 春节); on a make-up day, the holiday it makes up for. */
  holidayName?: string;
  /** Stable key of that holiday, for i18n lookups. */
  holiday?: HolidayKey;
}

/** Largest working-day count accepted; review clocks need at most a few dozen. */
export const MAX_WORKING_DAY_COUNT = 1000;

const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai is UTC+8 all year: China has not observed DST since 1991. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

interface ChineseDaysTable {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const table = chineseDaysTable as ChineseDaysTable;

/** Package values look like "Spring Festival,春节,4" (English name, Chinese name, statutory days). */
const HOLIDAY_KEYS: Record<string, HolidayKey> = {
  "New Year's Day": 'new-year',
  'Spring Festival': 'spring-festival',
  'Tomb-sweeping Day': 'tomb-sweeping',
  'Labour Day': 'labour-day',
  'Dragon Boat Festival': 'dragon-boat',
  'Mid-autumn Festival': 'mid-autumn',
  'National Day': 'national-day',
  'Anti-Fascist 70th Day': 'anti-fascist-70th',
};

/**
 * The calendar years the package has published arrangements for, derived from its table so an
 * update of `chinese-days` extends coverage with no code change. Every covered year has at
 * least 元旦 (1 January) in `holidays`.
 */
const COVERED_YEARS: ReadonlySet<number> = new Set(Object.keys(table.holidays).map((date) => Number(date.slice(0, 4))));

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the day number (days since 1970-01-01) of a strict `YYYY-MM-DD` date, or throws 'bad-date'. */
function toDayNumber(date: string): number {
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  if (!match) throw new WorkingDaysError('bad-date', String(date));
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const back = new Date(0);
  back.setUTCFullYear(year, month - 1, day);
  // Impossible dates such as 2025-02-30 roll over to March; the round trip catches them.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new WorkingDaysError('bad-date', date);
  }
  return Math.round(back.getTime() / MS_PER_DAY);
}

/** Returns the `YYYY-MM-DD` date of a day number; throws 'bad-date' past year 9999. */
function fromDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
  // toISOString writes years beyond 0000–9999 with a sign and six digits.
  if (!DATE_PATTERN.test(date)) throw new WorkingDaysError('bad-date', `day ${dayNumber}`);
  return date;
}

/** Returns 0 (Sunday) … 6 (Saturday) for a day number; 1970-01-01 was a Thursday. */
function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function assertCount(n: number): void {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAY_COUNT) {
    throw new WorkingDaysError('bad-count', String(n));
  }
}

/** Returns true when `date` (already validated) lies in a year with published holiday data. */
function isCovered(date: string): boolean {
  return COVERED_YEARS.has(Number(date.slice(0, 4)));
}

/** Returns the kind of a validated day number. */
function kindOfDay(dayNumber: number): DayKind {
  const date = fromDayNumber(dayNumber);
  const estimated = !isCovered(date);
  const holidayEntry = table.holidays[date];
  const makeupEntry = table.workdays[date];
  const entry = holidayEntry ?? makeupEntry;
  const named = entry ? describeHoliday(entry) : {};
  if (holidayEntry) return { kind: 'holiday', estimated, ...named };
  if (makeupEntry) return { kind: 'makeup-workday', estimated, ...named };
  const weekday = weekdayOf(dayNumber);
  return { kind: weekday === 0 || weekday === 6 ? 'weekend' : 'workday', estimated };
}

function describeHoliday(entry: string): { holidayName?: string; holiday?: HolidayKey } {
  const [english = '', chinese] = entry.split(',');
  const holiday = HOLIDAY_KEYS[english];
  return holiday ? { holidayName: chinese, holiday } : { holidayName: chinese };
}

function isWorkingKind(kind: DayKindName): boolean {
  return kind === 'workday' || kind === 'makeup-workday';
}

/** Returns the first and last calendar years with published holiday data (e.g. 2004 and 2026). */
export function coveredYears(): { first: number; last: number } {
  const years = [...COVERED_YEARS];
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** Returns nothing; throws a 'bad-date' WorkingDaysError unless `date` is a strict, real `YYYY-MM-DD` date. */
export function assertChinaDate(date: string): void {
  toDayNumber(date);
}

/** Returns true when `date` is a strict, real `YYYY-MM-DD` calendar date. */
export function isValidChinaDate(date: string): boolean {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns whether `date` is a China working day. Outside the covered years the answer is the
 * plain Mon–Fri rule with `estimated: true`, because that year's holidays are not published yet.
 */
export function isWorkingDay(date: string): { working: boolean; estimated: boolean } {
  const { kind, estimated } = kindOfDay(toDayNumber(date));
  return { working: isWorkingKind(kind), estimated };
}

/** Returns the calendar-strip kind of `date`: workday, weekend, holiday or make-up workday. */
export function dayKind(date: string): DayKind {
  return kindOfDay(toDayNumber(date));
}

/** Returns the date `n` calendar days after `date` (negative `n` goes back). */
export function addCalendarDays(date: string, n: number): string {
  if (typeof n !== 'number' || !Number.isInteger(n) || Math.abs(n) > 1_000_000) {
    throw new WorkingDaysError('bad-count', String(n));
  }
  return fromDayNumber(toDayNumber(date) + n);
}

/** Returns a negative number, 0 or a positive number as `a` is before, equal to or after `b`. */
export function compareDates(a: string, b: string): number {
  return toDayNumber(a) - toDayNumber(b);
}

/**
 * Returns the `n`th working day after `start` (the start day itself never counts), e.g.
 * `addWorkingDays('2025-09-30', 1)` is 2025-10-09 after the National Day break.
 * `n = 0` returns `start`, estimated if `start` lies outside the covered years.
 * Estimated when any day walked over lies outside the covered years.
 */
export function addWorkingDays(start: string, n: number): EstimatedDate {
  let dayNumber = toDayNumber(start);
  assertCount(n);
  if (n === 0) return { date: start, estimated: !isCovered(start) };
  let estimated = false;
  let remaining = n;
  while (remaining > 0) {
    dayNumber += 1;
    const kind = kindOfDay(dayNumber);
    estimated = estimated || kind.estimated;
    if (isWorkingKind(kind.kind)) remaining -= 1;
  }
  return { date: fromDayNumber(dayNumber), estimated };
}

/**
 * Returns how many working days lie after `start` up to and including `end` (0 when `end` is on
 * or before `start`). Estimated when any day counted over lies outside the covered years.
 */
export function workingDaysBetween(start: string, end: string): { days: number; estimated: boolean } {
  const first = toDayNumber(start);
  const last = toDayNumber(end);
  let days = 0;
  let estimated = false;
  for (let dayNumber = first + 1; dayNumber <= last; dayNumber += 1) {
    const kind = kindOfDay(dayNumber);
    estimated = estimated || kind.estimated;
    if (isWorkingKind(kind.kind)) days += 1;
  }
  return { days, estimated };
}

/** Returns the Asia/Shanghai (UTC+8) calendar date of an instant given in epoch ms. */
export function chinaDateOf(epochMs: number): string {
  if (typeof epochMs !== 'number' || !Number.isFinite(epochMs)) {
    throw new WorkingDaysError('bad-date', String(epochMs));
  }
  const shifted = new Date(epochMs + CHINA_OFFSET_MS);
  // Beyond ±8.64e15 ms a Date is invalid and toISOString would throw a RangeError.
  if (Number.isNaN(shifted.getTime())) throw new WorkingDaysError('bad-date', String(epochMs));
  return fromDayNumber(Math.floor(shifted.getTime() / MS_PER_DAY));
}

/** Returns the epoch ms of 00:00 China time (UTC+8) on `date`. */
export function chinaMidnight(date: string): number {
  return toDayNumber(date) * MS_PER_DAY - CHINA_OFFSET_MS;
}
