/**
 * Countdown text for the SMS window and other clocks.
 */

const SECOND_MS = 1000;

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * Returns `ms` as 'HH:MM:SS'. Partial seconds round up, so the text reads 00:00:00 only once
 * the time is really up (a whole-second ticker would otherwise show zero a second early) and a
 * fresh 24 h window reads 24:00:00. Negative, NaN or infinite input gives '00:00:00'; hours
 * exceed 24 only when `ms` does.
 */
export function formatHms(ms: number): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return '00:00:00';
  const totalSeconds = Math.ceil(ms / SECOND_MS);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}`;
}
