/**
 * The stored shapes and how each is read back. Every value is checked before use; a value that
 * cannot be used is reported with a reason and kept as it is (never overwritten).
 *
 * Versions: 1 = settings only, 2 = everything in one key (LEGACY_KEY), 3 = one key per filing
 * plus index, settings, health and calendar keys (storage-keys.ts). Each v3 value carries `v`.
 */
import { readFilingRecord, type FilingRecord } from '@/domain/filing-record';
import type { LocalePreference } from './settings-slice';

export const STORE_VERSION = 3;

/** Why a stored value was kept aside instead of used. */
export type RecoveryReason =
  /** Not JSON, or cut short. */
  | 'corrupt'
  /** JSON, but not the expected shape, or a version number that is not a small integer. */
  | 'wrong-shape'
  /** Written by a newer version of the app: its meaning is unknown here. */
  | 'future-version'
  /** Reading the key failed; its value may well be intact. */
  | 'read-failed'
  /** Readable, but loading it had to drop something (a damaged photo entry, text past its limit). */
  | 'repaired'
  /** An old single-key store found next to the new layout (not the one migrated from). */
  | 'left-behind';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: RecoveryReason };

const LOCALE_PREFERENCES: readonly LocalePreference[] = ['system', 'zh-CN', 'en'];
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parse(text: string): Read<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

/**
 * Reads the `v` of a v3 value: exactly STORE_VERSION is usable; a larger integer (up to a sane
 * bound) is the future; anything else (negative, fractional, absurd, missing) is the wrong shape.
 */
function envelope(text: string): Read<Record<string, unknown>> {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (!isObj(value)) return { ok: false, reason: 'wrong-shape' };
  const v = value.v;
  if (v === STORE_VERSION) return { ok: true, value };
  if (typeof v === 'number' && Number.isInteger(v) && v > STORE_VERSION && v <= MAX_SANE_VERSION) {
    return { ok: false, reason: 'future-version' };
  }
  return { ok: false, reason: 'wrong-shape' };
}

/** No app will reach this many schema versions; a larger number is damage, not the future. */
const MAX_SANE_VERSION = 1000;

export interface StoredIndex {
  order: string[];
  /** Set by the migration from LEGACY_KEY: that value, kept until the next clean launch. */
  migrated: { fingerprint: string; at: number } | null;
}

export function readIndex(text: string): Read<StoredIndex> {
  const env = envelope(text);
  if (!env.ok) return env;
  if (!Array.isArray(env.value.order)) return { ok: false, reason: 'wrong-shape' };
  const m = env.value.migrated;
  return {
    ok: true,
    value: {
      order: env.value.order.filter((id): id is string => typeof id === 'string'),
      migrated:
        isObj(m) && typeof m.fingerprint === 'string' && typeof m.at === 'number'
          ? { fingerprint: m.fingerprint, at: m.at }
          : null,
    },
  };
}

export function writeIndex(index: StoredIndex): string {
  return JSON.stringify({
    v: STORE_VERSION,
    order: index.order,
    ...(index.migrated ? { migrated: index.migrated } : {}),
  });
}

export interface StoredSettings {
  localePreference: LocalePreference;
}

export function readSettings(text: string): Read<StoredSettings> {
  const env = envelope(text);
  if (!env.ok) return env;
  const locale = env.value.localePreference;
  if (!LOCALE_PREFERENCES.includes(locale as LocalePreference)) return { ok: false, reason: 'wrong-shape' };
  return { ok: true, value: { localePreference: locale as LocalePreference } };
}

export function writeSettings(settings: StoredSettings): string {
  return JSON.stringify({ v: STORE_VERSION, localePreference: settings.localePreference });
}

/** One unreadable value kept aside: where its text is, where it came from, and why. */
export interface KeptValue {
  /** The key holding the raw text (a fc.q.<n> copy, or the original key left untouched). */
  key: string;
  /** The key it was read from. */
  source: string;
  reason: RecoveryReason;
  /** When it was found (epoch ms). */
  at: number;
  bytes: number;
  fingerprint: string;
}

const REASONS: readonly RecoveryReason[] = [
  'corrupt',
  'wrong-shape',
  'future-version',
  'read-failed',
  'repaired',
  'left-behind',
];

function readKept(v: unknown): KeptValue | null {
  if (!isObj(v)) return null;
  if (typeof v.key !== 'string' || typeof v.source !== 'string' || typeof v.fingerprint !== 'string') return null;
  return {
    key: v.key,
    source: v.source,
    reason: REASONS.includes(v.reason as RecoveryReason) ? (v.reason as RecoveryReason) : 'corrupt',
    at: typeof v.at === 'number' && Number.isFinite(v.at) ? v.at : 0,
    bytes: typeof v.bytes === 'number' && Number.isFinite(v.bytes) ? v.bytes : 0,
    fingerprint: v.fingerprint,
  };
}

export function readHealth(text: string): Read<{ kept: KeptValue[] }> {
  const env = envelope(text);
  if (!env.ok) return env;
  if (!Array.isArray(env.value.kept)) return { ok: false, reason: 'wrong-shape' };
  return { ok: true, value: { kept: env.value.kept.map(readKept).filter((k): k is KeptValue => k !== null) } };
}

export function writeHealth(kept: readonly KeptValue[]): string {
  return JSON.stringify({ v: STORE_VERSION, kept });
}

/** A reminder the app added to the phone calendar (so erasing can say what stays there). */
export interface CalendarEntry {
  title: string;
  /** The event's start (epoch ms). */
  start: number;
  /** When it was added. */
  at: number;
}

export function readCalendar(text: string): Read<CalendarEntry[]> {
  const env = envelope(text);
  if (!env.ok) return env;
  if (!Array.isArray(env.value.reminders)) return { ok: false, reason: 'wrong-shape' };
  return {
    ok: true,
    value: env.value.reminders.flatMap((r) =>
      isObj(r) && typeof r.title === 'string' && typeof r.start === 'number' && typeof r.at === 'number'
        ? [{ title: r.title, start: r.start, at: r.at }]
        : [],
    ),
  };
}

export function writeCalendar(reminders: readonly CalendarEntry[]): string {
  return JSON.stringify({ v: STORE_VERSION, reminders });
}

/** A filing from its own key; `id` is the id its key names (a record under another id is damage). */
export function readFilingValue(text: string, id: string): Read<FilingRecord> {
  const env = envelope(text);
  if (!env.ok) return env;
  const record = readFilingRecord(env.value.filing);
  if (!record || record.id !== id) return { ok: false, reason: 'wrong-shape' };
  return { ok: true, value: record };
}

export function writeFilingValue(record: FilingRecord): string {
  return JSON.stringify({ v: STORE_VERSION, filing: record });
}

// --- Schema v1–v2: one key ----------------------------------------------------------------------

export interface LegacyState {
  localePreference: LocalePreference;
  /** Records as stored (checked one by one by the migration). */
  filings: Record<string, unknown>;
  filingOrder: string[];
  /** v2's raw texts of records it could not read. */
  unreadableFilings: string[];
}

/** Steps from version N to N+1 of the single-key store, at index N. */
const legacyMigrations: ReadonlyArray<(state: Record<string, unknown>) => Record<string, unknown>> = [
  // Version 0 stands for data without a version; it gets defaults.
  (state) => ({ localePreference: 'system', ...state }),
  // Version 1 (foundation) had no filings.
  (state) => ({ ...state, filings: {}, filingOrder: [], unreadableFilings: [] }),
];

/**
 * Reads the single-key store `{ state, version }` of schema v0–v2. The version must be 0, 1 or 2;
 * a larger small integer is the future (kept aside), anything else — negative, fractional, huge —
 * is damage (finding 9: it used to be accepted and "upgraded" that many times at every launch).
 */
export function readLegacy(text: string): Read<LegacyState> {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (!isObj(value) || !isObj(value.state)) return { ok: false, reason: 'wrong-shape' };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'wrong-shape' };
  }
  if (version > 2) return { ok: false, reason: version <= MAX_SANE_VERSION ? 'future-version' : 'wrong-shape' };
  let state = { ...value.state };
  for (const migrate of legacyMigrations.slice(version)) state = migrate(state);
  if (!LOCALE_PREFERENCES.includes(state.localePreference as LocalePreference))
    return { ok: false, reason: 'wrong-shape' };
  if (!isObj(state.filings) || !Array.isArray(state.filingOrder)) return { ok: false, reason: 'wrong-shape' };
  return {
    ok: true,
    value: {
      localePreference: state.localePreference as LocalePreference,
      filings: state.filings,
      filingOrder: state.filingOrder.filter((id): id is string => typeof id === 'string'),
      unreadableFilings: Array.isArray(state.unreadableFilings)
        ? state.unreadableFilings.filter((x): x is string => typeof x === 'string')
        : [],
    },
  };
}
