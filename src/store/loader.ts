/**
 * The launch: reads every key the app owns, migrates the v2 single key when it finds one, and
 * decides what is safe to use. Nothing that cannot be read is ever overwritten:
 * - a filing key that cannot be read stays where it is, untouched, and the filing is listed as
 *   unreadable (its raw text can be exported);
 * - an index, settings, health or calendar value that cannot be read is first copied, verbatim,
 *   to a fc.q.<n> key (one copy per distinct value, bounded by STORAGE_LOG_LIMITS) and only then
 *   may be replaced; when the copy cannot be made, its key is held (never written this session);
 * - a read that throws holds that key; when even the list of keys cannot be read, every write is
 *   held for the session.
 * The list of kept values is persisted (fc.health), so the recovery notice shows at every launch
 * until the user resolves it; kept copies are also found again by their key prefix.
 *
 * Migration from v2 (LEGACY_KEY): write every new key, read each back to verify, then write the
 * index, which commits it. The old key stays as a backup until the next clean launch. A crash
 * before the index leaves no index, so the next launch migrates again from the untouched old
 * key; a refused write rolls back the keys written so far and runs the session read-only.
 */
import { readFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { clampToLimits, STORAGE_LOG_LIMITS } from '@/domain/record-limits';
import { photoFileNamesIn } from '@/domain/photo-file-names';
import type { RawStorage } from '@/platform/storage';
import {
  CALENDAR_KEY,
  FILING_PREFIX,
  HEALTH_KEY,
  INDEX_KEY,
  KEPT_PREFIX,
  LEGACY_BACKUP_KEY,
  LEGACY_KEY,
  SETTINGS_KEY,
  filingIdOf,
  filingKey,
  fingerprint,
  storedBytes,
} from './storage-keys';
import {
  readCalendar,
  readFilingValue,
  readHealth,
  readIndex,
  readLegacy,
  readSettings,
  writeFilingValue,
  writeHealth,
  writeIndex,
  writeSettings,
  type CalendarEntry,
  type KeptValue,
  type RecoveryReason,
  type StoredIndex,
} from './schema';
import type { LocalePreference } from './settings-slice';

/** A filing whose key could not be read as a filing: listed, never dropped. */
export interface UnreadableFiling {
  id: string;
  key: string;
  reason: RecoveryReason;
  bytes: number;
}

/** An unreadable value that could not be copied aside (no room): its key is held instead. */
export interface PendingKeep {
  source: string;
  reason: RecoveryReason;
  bytes: number;
  fingerprint: string;
}

/** Why no write at all is allowed this session. */
export type HeldAll = 'read-failed' | 'future-version' | 'migration-failed';

export interface LoadResult {
  localePreference: LocalePreference;
  filings: Record<string, FilingRecord>;
  order: string[];
  unreadable: UnreadableFiling[];
  kept: KeptValue[];
  pending: PendingKeep[];
  /** Keys that must not be written this session. */
  held: Set<string>;
  heldAll: HeldAll | null;
  calendar: CalendarEntry[];
  index: StoredIndex;
  /** Nothing kept aside, nothing unreadable, nothing held: the photo sweep may run. */
  clean: boolean;
  migrated: boolean;
  /** Photo file names found in any text read at this launch (kept by the sweep whatever happens). */
  photoNames: Set<string>;
  /** Size of each app key as read (bytes, WeChat's count). */
  keyBytes: Map<string, number>;
}

type ReadResult = { ok: true; text: string | null } | { ok: false };

/**
 * Filing ids the app makes (newFilingId) and earlier versions stored. '__proto__' would set the
 * map's prototype instead of an entry; other prototype names are looked up as own keys.
 */
const SAFE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const SAFE_ID = { test: (id: string) => SAFE_ID_PATTERN.test(id) && id !== '__proto__' };

class Launch {
  readonly result: LoadResult = {
    localePreference: 'system',
    filings: {},
    order: [],
    unreadable: [],
    kept: [],
    pending: [],
    held: new Set(),
    heldAll: null,
    calendar: [],
    index: { order: [], migrated: null },
    clean: false,
    migrated: false,
    photoNames: new Set(),
    keyBytes: new Map(),
  };
  private keptChanged = false;

  constructor(
    readonly raw: RawStorage,
    readonly now: number,
  ) {}

  read(key: string): ReadResult {
    try {
      const text = this.raw.get(key);
      if (text !== null) {
        this.result.keyBytes.set(key, storedBytes(key, text));
        for (const name of photoFileNamesIn(text)) this.result.photoNames.add(name);
      }
      return { ok: true, text };
    } catch {
      return { ok: false };
    }
  }

  private keptBytes(): number {
    return this.result.kept.reduce((sum, k) => sum + k.bytes, 0);
  }

  private hasKept(print: string): boolean {
    return this.result.kept.some((k) => k.fingerprint === print);
  }

  /** Lists a value that stays where it is (a key the app never writes again). */
  keepInPlace(key: string, text: string, reason: RecoveryReason): void {
    const print = fingerprint(text);
    if (this.hasKept(print)) return;
    this.result.held.add(key);
    this.result.kept.push({
      key,
      source: key,
      reason,
      at: this.now,
      bytes: storedBytes(key, text),
      fingerprint: print,
    });
    this.keptChanged = true;
  }

  /**
   * Copies an unreadable value aside so its key may be reused. Returns false (and holds the
   * source key) when there is no room within the limits or the copy was refused.
   */
  keepCopy(source: string, text: string, reason: RecoveryReason): boolean {
    const print = fingerprint(text);
    if (this.hasKept(print)) return true;
    const bytes = storedBytes(source, text);
    const full =
      this.result.kept.length >= STORAGE_LOG_LIMITS.unreadableGenerations ||
      this.keptBytes() + bytes > STORAGE_LOG_LIMITS.unreadableBytes;
    const key = this.nextKeptKey();
    if (!full) {
      try {
        this.raw.set(key, text);
        this.result.kept.push({ key, source, reason, at: this.now, bytes, fingerprint: print });
        this.keptChanged = true;
        return true;
      } catch {
        // No room in storage: hold the source instead (below).
      }
    }
    this.result.held.add(source);
    if (!this.result.pending.some((p) => p.fingerprint === print)) {
      this.result.pending.push({ source, reason, bytes, fingerprint: print });
    }
    return false;
  }

  private nextKeptKey(): string {
    let n = 0;
    for (const k of this.result.kept) {
      if (k.key.startsWith(KEPT_PREFIX)) n = Math.max(n, Number(k.key.slice(KEPT_PREFIX.length)) || 0);
    }
    return `${KEPT_PREFIX}${n + 1}`;
  }

  saveKeptList(): void {
    if (!this.keptChanged || this.result.held.has(HEALTH_KEY)) return;
    try {
      this.raw.set(HEALTH_KEY, writeHealth(this.result.kept));
      this.keptChanged = false;
    } catch {
      // The copies are found again by their prefix at the next launch.
    }
  }
}

function keysOf(raw: RawStorage): string[] | null {
  try {
    return raw.keys();
  } catch {
    return null;
  }
}

/** Reads the health key and every kept copy, dropping entries whose key is gone. */
function loadKept(l: Launch, keys: Set<string>): void {
  const r = l.result;
  if (keys.has(HEALTH_KEY)) {
    const res = l.read(HEALTH_KEY);
    if (!res.ok) r.held.add(HEALTH_KEY);
    else if (res.text !== null) {
      const health = readHealth(res.text);
      if (health.ok) r.kept = health.value.kept.filter((k) => keys.has(k.key));
      else l.keepCopy(HEALTH_KEY, res.text, health.reason);
    }
  }
  for (const key of keys) {
    if (!key.startsWith(KEPT_PREFIX) || r.kept.some((k) => k.key === key)) continue;
    const res = l.read(key);
    const text = res.ok ? (res.text ?? '') : '';
    r.kept.push({
      key,
      source: 'unknown',
      reason: res.ok ? 'corrupt' : 'read-failed',
      at: 0,
      bytes: storedBytes(key, text),
      fingerprint: res.ok ? fingerprint(text) : `unread:${key}`,
    });
  }
}

/** Whether reading `value` as a filing lost something: a photo it names, or text past a limit. */
function lossy(value: unknown, text: string, record: FilingRecord): boolean {
  const files = new Set(Object.values(record.photos).map((p) => p?.file));
  if (photoFileNamesIn(text).some((name) => !files.has(name))) return true;
  return clampToLimits(value).changed;
}

/**
 * Migrates the v2 single key. Returns 'done' when the new keys are written and committed,
 * 'unreadable' when the old value cannot be read (it is then kept where it is), or 'failed'
 * (rolled back; the caller runs read-only from `fallback`).
 */
function migrateLegacy(
  l: Launch,
  text: string,
  keys: Set<string>,
): { outcome: 'done' | 'unreadable' } | { outcome: 'failed'; fallback: LoadResult } {
  const raw = l.raw;
  const legacy = readLegacy(text);
  if (!legacy.ok) {
    l.keepInPlace(LEGACY_KEY, text, legacy.reason);
    return { outcome: 'unreadable' };
  }
  const state = legacy.value;
  const writes = new Map<string, string>();
  const filings: Record<string, FilingRecord> = {};
  let lost = false;
  for (const [id, value] of Object.entries(state.filings)) {
    const record = readFilingRecord(value);
    const valueText = JSON.stringify(value) ?? 'null';
    if (record && record.id === id && SAFE_ID.test(id)) {
      filings[id] = record;
      writes.set(filingKey(id), writeFilingValue(record));
      if (lossy(value, valueText, record)) lost = true;
    } else {
      // Kept verbatim under its own key: listed as unreadable at every launch until resolved.
      const safeId = SAFE_ID.test(id) ? id : `x${fingerprint(id).replace(/[^a-z0-9]/g, '')}`;
      writes.set(filingKey(safeId), valueText);
      lost = true;
    }
  }
  writes.set(SETTINGS_KEY, writeSettings({ localePreference: state.localePreference }));
  const order = state.filingOrder.filter((id, i, all) => id in filings && all.indexOf(id) === i);
  for (const id of Object.keys(filings)) if (!order.includes(id)) order.push(id);

  const written: string[] = [];
  try {
    // Leftovers of an attempt that was cut short are rewritten or removed.
    for (const key of keys) if (key.startsWith(FILING_PREFIX) && !writes.has(key)) raw.remove(key);
    for (const [key, value] of writes) {
      raw.set(key, value);
      written.push(key);
    }
    for (const [key, value] of writes) if (raw.get(key) !== value) throw new Error(`verify ${key}`);
    for (const rawText of state.unreadableFilings) {
      if (!l.keepCopy(LEGACY_KEY, rawText, 'wrong-shape')) throw new Error('no room to keep');
    }
    raw.set(INDEX_KEY, writeIndex({ order, migrated: { fingerprint: fingerprint(text), at: l.now } }));
  } catch {
    for (const key of written) {
      try {
        raw.remove(key);
      } catch {
        // Without an index these are rewritten by the next attempt.
      }
    }
    const fallback = l.result;
    fallback.localePreference = state.localePreference;
    fallback.filings = filings;
    fallback.order = order;
    fallback.heldAll = 'migration-failed';
    return { outcome: 'failed', fallback };
  }
  // The old value is also listed while the migration had to leave something behind.
  if (lost) l.keepInPlace(LEGACY_KEY, text, 'repaired');
  return { outcome: 'done' };
}

export function loadFromStorage(raw: RawStorage, now: number): LoadResult {
  const l = new Launch(raw, now);
  const r = l.result;
  let list = keysOf(raw);
  if (list === null) {
    r.heldAll = 'read-failed';
    return r;
  }
  let keys = new Set(list);
  loadKept(l, keys);

  // The index decides the layout: none yet (fresh, or still on v2), v3, or a newer one.
  let indexText: ReadResult = keys.has(INDEX_KEY) ? l.read(INDEX_KEY) : { ok: true, text: null };
  if (indexText.ok && indexText.text === null && keys.has(LEGACY_KEY)) {
    const legacy = l.read(LEGACY_KEY);
    if (!legacy.ok) {
      // v2 data we cannot read yet: nothing may be written over or beside it.
      r.heldAll = 'read-failed';
      return r;
    }
    if (legacy.text !== null) {
      const migration = migrateLegacy(l, legacy.text, keys);
      if (migration.outcome === 'failed') return migration.fallback;
      r.migrated = migration.outcome === 'done';
      list = keysOf(raw) ?? list;
      keys = new Set(list);
      indexText = keys.has(INDEX_KEY) ? l.read(INDEX_KEY) : { ok: true, text: null };
    }
  }

  let legacyIsBackup = false;
  if (!indexText.ok) r.held.add(INDEX_KEY);
  else if (indexText.text !== null) {
    const index = readIndex(indexText.text);
    if (index.ok) r.index = index.value;
    else if (index.reason === 'future-version') {
      r.heldAll = 'future-version';
      return r;
    } else l.keepCopy(INDEX_KEY, indexText.text, index.reason);
  }

  if (keys.has(LEGACY_KEY)) {
    const legacy = l.read(LEGACY_KEY);
    if (!legacy.ok) r.held.add(LEGACY_KEY);
    else if (legacy.text !== null) {
      if (r.index.migrated && r.index.migrated.fingerprint === fingerprint(legacy.text)) legacyIsBackup = true;
      else if (!r.migrated) l.keepInPlace(LEGACY_KEY, legacy.text, 'left-behind');
    }
  }
  if (keys.has(LEGACY_BACKUP_KEY)) {
    const backup = l.read(LEGACY_BACKUP_KEY);
    if (!backup.ok) r.held.add(LEGACY_BACKUP_KEY);
    else if (backup.text !== null) l.keepInPlace(LEGACY_BACKUP_KEY, backup.text, 'corrupt');
  }

  if (keys.has(SETTINGS_KEY)) {
    const res = l.read(SETTINGS_KEY);
    if (!res.ok) r.held.add(SETTINGS_KEY);
    else if (res.text !== null) {
      const settings = readSettings(res.text);
      if (settings.ok) r.localePreference = settings.value.localePreference;
      else l.keepCopy(SETTINGS_KEY, res.text, settings.reason);
    }
  }

  if (keys.has(CALENDAR_KEY)) {
    const res = l.read(CALENDAR_KEY);
    if (!res.ok) r.held.add(CALENDAR_KEY);
    else if (res.text !== null) {
      const calendar = readCalendar(res.text);
      if (calendar.ok) r.calendar = calendar.value;
      else l.keepCopy(CALENDAR_KEY, res.text, calendar.reason);
    }
  }

  for (const key of list) {
    const id = filingIdOf(key);
    if (id === null) continue;
    if (!SAFE_ID.test(id)) {
      // Not an id this app makes ('__proto__', …): listed as unreadable, never used as a map key.
      r.held.add(key);
      r.unreadable.push({ id: `x${fingerprint(id).replace(/[^a-z0-9]/g, '')}`, key, reason: 'wrong-shape', bytes: 0 });
      continue;
    }
    const res = l.read(key);
    if (!res.ok) {
      r.held.add(key);
      r.unreadable.push({ id, key, reason: 'read-failed', bytes: 0 });
      continue;
    }
    if (res.text === null) continue;
    const bytes = storedBytes(key, res.text);
    const filing = readFilingValue(res.text, id);
    if (!filing.ok) {
      r.held.add(key);
      r.unreadable.push({ id, key, reason: filing.reason, bytes });
      continue;
    }
    r.filings[id] = filing.value;
    let stored: unknown = null;
    try {
      stored = (JSON.parse(res.text) as { filing?: unknown }).filing;
    } catch {
      stored = null;
    }
    if (lossy(stored, res.text, filing.value)) l.keepCopy(key, res.text, 'repaired');
  }

  const order = r.index.order.filter((id, i, all) => id in r.filings && all.indexOf(id) === i);
  const rest = Object.entries(r.filings)
    .filter(([id]) => !order.includes(id))
    .sort(([, a], [, b]) => b.createdAt - a.createdAt)
    .map(([id]) => id);
  r.order = [...order, ...rest];

  l.saveKeptList();
  r.clean = r.kept.length === 0 && r.unreadable.length === 0 && r.held.size === 0 && r.pending.length === 0;

  // The old key was the backup of a migration; at the first clean launch after it, it goes.
  if (legacyIsBackup && r.clean && !r.migrated) {
    try {
      raw.remove(LEGACY_KEY);
      r.index = { ...r.index, migrated: null };
      raw.set(INDEX_KEY, writeIndex(r.index));
    } catch {
      // Tried again at the next launch.
    }
  }
  // A launch with a backup still in place is not clean for the sweep: it may name other photos.
  if (legacyIsBackup && keysOf(raw)?.includes(LEGACY_KEY)) r.clean = false;
  return r;
}
