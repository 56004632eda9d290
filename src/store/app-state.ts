import type { SettingsSlice } from './settings-slice';
import type { HealthSlice } from './health-slice';
import type { FilingsSlice } from './filings-slice';
import type { SaveOutcome } from './key-writer';

/** The whole store: every slice's state and actions. */
export type AppState = SettingsSlice & HealthSlice & FilingsSlice;

/** What the slices need from persistence: write what changed now, and say whether it worked. */
export interface SavePort {
  commit(): SaveOutcome;
  /** Whether `key` has changes not yet written. */
  isDirty(key: string): boolean;
  /** Drops a pending write of `key` whose stored value is already what memory holds again. */
  forget(key: string): void;
}
