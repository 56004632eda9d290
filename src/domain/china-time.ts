/**
 * China wall-clock text for the share card and replies. China keeps UTC+8 all year (no daylight
 * saving), so a fixed offset is exact; the phone's own time zone plays no part.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Returns the China-time (UTC+8, no DST) wall clock of `ms` as 'HH:MM'. */
export function chinaClock(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/** Returns the China-time year of `ms`. */
export function chinaYear(ms: number): number {
  return new Date(ms + CHINA_OFFSET_MS).getUTCFullYear();
}

/** Returns the China-time year, month and day (two digits each) and clock of `ms`, as message parameters. */
export function chinaDateTimeParams(ms: number): { year: number; month: string; day: string; time: string } {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: pad2(d.getUTCMonth() + 1),
    day: pad2(d.getUTCDate()),
    time: chinaClock(ms),
  };
}

export type DateTimeKey = 'share.time.dateTime' | 'share.time.dateTimeYear';

/**
 * Returns the full date and time of `ms` in China time through `tr`: "MM月DD日 HH:MM", with the
 * year in front when it is not the year of `now` (a date in another year never reads as this
 * year's). Without `now` the year is always shown.
 */
export function chinaDateTimeText(
  ms: number,
  tr: (key: DateTimeKey, params: Record<string, string | number>) => string,
  now?: number,
): string {
  const params = chinaDateTimeParams(ms);
  const sameYear = now !== undefined && chinaYear(now) === params.year;
  return tr(sameYear ? 'share.time.dateTime' : 'share.time.dateTimeYear', params);
}
