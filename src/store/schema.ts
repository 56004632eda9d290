import { readFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { hasOwnKey } from '@/domain/own';
import type { PersistedState } from './app-state';

/**
 * Version of the persisted shape. Bump it and add a step to `migrations` when the shape changes.
 * 1: settings only (foundation). 2: filings.
 */
export const STORE_VERSION = 2;

const LOCALE_PREFERENCES = ['system', 'zh-CN', 'en'];

/**
 * Whether `state`, stored at `version` (≤ STORE_VERSION), can be loaded at all. Only the frame is
 * checked here; single damaged filings are repaired or kept aside by `readPersistedState`.
 */
export function isValidPersistedState(state: unknown, version: number): boolean {
  if (typeof state !== 'object' || state === null) return false;
  const s = state as Record<string, unknown>;
  if (version >= 1 && !LOCALE_PREFERENCES.includes(s.localePreference as string)) return false;
  if (version >= 2) {
    if (typeof s.filings !== 'object' || s.filings === null || Array.isArray(s.filings)) return false;
    if (!Array.isArray(s.filingOrder)) return false;
  }
  return true;
}

/** Steps from version N to N+1. */
const migrations: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 stands for data without a version; it gets defaults.
  0: (state) => ({ localePreference: 'system', ...state }),
  // Version 1 (foundation) had no filings.
  1: (state) => ({ ...state, filings: {}, filingOrder: [], unreadableFilings: [] }),
};

/** Brings a persisted state from `version` up to STORE_VERSION. */
export function migratePersistedState(persisted: unknown, version: number): PersistedState {
  let state = { ...(persisted as Record<string, unknown>) };
  for (let v = version; v < STORE_VERSION; v += 1) {
    const step = migrations[v];
    if (step) state = step(state);
  }
  return state as unknown as PersistedState;
}

/**
 * Checks each stored filing field by field. A record that cannot be recognised at all is kept
 * verbatim in `unreadableFilings` (the user can copy it out) instead of being dropped.
 */
export function readPersistedState(persisted: Partial<PersistedState>): PersistedState {
  const filings: Record<string, FilingRecord> = {};
  const unreadable: string[] = Array.isArray(persisted.unreadableFilings)
    ? persisted.unreadableFilings.filter((x): x is string => typeof x === 'string')
    : [];
  const rawFilings = (persisted.filings ?? {}) as Record<string, unknown>;
  for (const [key, raw] of Object.entries(rawFilings)) {
    const record = readFilingRecord(raw);
    if (record && record.id === key) filings[key] = record;
    else unreadable.push(safeStringify(raw));
  }
  const order = (Array.isArray(persisted.filingOrder) ? persisted.filingOrder : []).filter(
    (id, index, all): id is string => typeof id === 'string' && hasOwnKey(filings, id) && all.indexOf(id) === index,
  );
  // Filings missing from the order still show, at the end.
  for (const id of Object.keys(filings)) if (!order.includes(id)) order.push(id);
  return {
    localePreference: persisted.localePreference ?? 'system',
    filings,
    filingOrder: order,
    unreadableFilings: unreadable,
  };
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
