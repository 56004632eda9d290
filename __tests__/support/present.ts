/**
 * `value`, or a failed test naming what was missing. For reads a test relies on (the first track
 * of a round, a stored filing): with noUncheckedIndexedAccess they may be undefined, and a clear
 * failure here beats a TypeError further on.
 */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`test expected ${what} to be present`);
  return value;
}
