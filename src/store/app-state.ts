import type { SettingsSlice } from './settings-slice';
import type { HealthSlice } from './health-slice';
import type { FilingsSlice } from './filings-slice';

/** The whole store: every slice's state and actions. */
export type AppState = SettingsSlice & HealthSlice & FilingsSlice;

/** The persisted part: state only, no actions, no health flags. */
export interface PersistedState {
  localePreference: SettingsSlice['localePreference'];
  filings: FilingsSlice['filings'];
  filingOrder: FilingsSlice['filingOrder'];
  unreadableFilings: FilingsSlice['unreadableFilings'];
}
