import { create, type StoreApi } from 'zustand';
import { STORAGE_LOG_LIMITS } from '@/domain/record-limits';
import { ownValue } from '@/domain/own';
import type { RawStorage } from '@/platform/storage';
import type { AppState, SavePort } from './app-state';
import { createSettingsSlice } from './settings-slice';
import { createHealthSlice, type Recovery } from './health-slice';
import { createFilingsSlice } from './filings-slice';
import { KeyWriter, type SaveOutcome, type WriterTimers } from './key-writer';
import { loadFromStorage, type LoadResult } from './loader';
import {
  CALENDAR_KEY,
  HEALTH_KEY,
  INDEX_KEY,
  KEPT_PREFIX,
  SETTINGS_KEY,
  filingKey,
  fingerprint,
  storedBytes,
} from './storage-keys';
import {
  writeCalendar,
  writeFilingValue,
  writeHealth,
  writeIndex,
  writeSettings,
  type KeptValue,
  type RecoveryReason,
  type StoredIndex,
} from './schema';

export { LEGACY_KEY as STORE_KEY } from './storage-keys';

/** Typing reaches storage at most once per key per this many ms (flushed on hide and navigation). */
export const COALESCE_MS = 500;

export interface AppStoreOptions {
  now?: () => number;
  timers?: WriterTimers;
  coalesceMs?: number;
}

/** One unreadable value as the user can export it. */
export interface RawExportItem {
  /** Where it was read from: a storage key (fc.f.<id> for a filing). */
  source: string;
  reason: RecoveryReason;
  /** When it was found (epoch ms; 0 when unknown). */
  at: number;
  /** The raw text, or null when even reading it failed. */
  raw: string | null;
}

const defaultTimers: WriterTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function recoveryOf(loaded: Pick<LoadResult, 'heldAll' | 'kept' | 'pending'>): Recovery | null {
  if (!loaded.heldAll && loaded.kept.length === 0 && loaded.pending.length === 0) return null;
  return { heldAll: loaded.heldAll, kept: loaded.kept, pending: loaded.pending };
}

/**
 * Builds the app store over `raw` storage. Production passes Taro storage (src/store/index.ts);
 * tests pass the WeChat storage fake or an in-memory storage. Persistence sits here, at the
 * root, and only here: one key per filing plus small index, settings, health and calendar keys
 * (storage-keys.ts), read by loader.ts and written by key-writer.ts.
 */
export function createAppStore(raw: RawStorage, options: AppStoreOptions = {}) {
  const now = options.now ?? (() => Date.now());
  let loaded = loadFromStorage(raw, now());
  let indexMigrated: StoredIndex['migrated'] = loaded.index.migrated;
  let useStore: StoreApi<AppState> | null = null;

  let lastUseCheck = -Infinity;
  const refreshHealth = (force = false) => {
    if (!useStore) return;
    const state = useStore.getState();
    const unsaved = [...writer.failures.values()];
    const message = unsaved[0]?.message ?? null;
    const patch: Partial<AppState> = {};
    const same =
      unsaved.length === state.unsaved.length &&
      unsaved.every((f, i) => f.key === state.unsaved[i]?.key && f.reason === state.unsaved[i]?.reason);
    if (!same) {
      patch.unsaved = unsaved;
      patch.writeFailure = message;
    }
    // Storage use: at most every 2 s, and whenever something failed.
    const t = now();
    if (force || unsaved.length > 0 || t - lastUseCheck >= 2000) {
      lastUseCheck = t;
      const use = readUse();
      if (use && (use.usedKB !== state.storageUse?.usedKB || use.limitKB !== state.storageUse?.limitKB)) {
        patch.storageUse = use;
      }
    }
    if (Object.keys(patch).length > 0) useStore.setState(patch);
  };
  const readUse = () => {
    try {
      return raw.info?.() ?? null;
    } catch {
      return null;
    }
  };

  const writer = new KeyWriter(raw, {
    coalesceMs: options.coalesceMs ?? COALESCE_MS,
    now,
    timers: options.timers ?? defaultTimers,
    onChange: () => refreshHealth(),
  });
  const applyHolds = (result: LoadResult) => {
    writer.held.clear();
    result.held.forEach((key) => writer.held.add(key));
    writer.heldAll = result.heldAll;
    for (const [key, bytes] of result.keyBytes) writer.sizes.set(key, bytes);
  };
  applyHolds(loaded);

  const port: SavePort = {
    commit: () => writer.flush(),
    isDirty: (key) => writer.isDirty(key),
    forget: (key) => writer.forget(key),
  };

  const store = create<AppState>()((...a) => ({
    ...createSettingsSlice(port)(...a),
    ...createHealthSlice(port, STORAGE_LOG_LIMITS.calendarReminders)(...a),
    ...createFilingsSlice(port)(...a),
  }));
  useStore = store;

  const stateFrom = (result: LoadResult): Partial<AppState> => ({
    localePreference: result.localePreference,
    filings: result.filings,
    filingOrder: result.order,
    unreadableFilings: result.unreadable,
    calendarReminders: result.calendar,
    recovery: recoveryOf(result),
  });
  store.setState(stateFrom(loaded));

  // Every change to persisted state is staged for its own key; nothing else is written.
  let suppressed = false;
  store.subscribe((state, prev) => {
    if (suppressed) return;
    if (state.localePreference !== prev.localePreference) {
      writer.stage(SETTINGS_KEY, () => writeSettings({ localePreference: store.getState().localePreference }));
    }
    if (state.filingOrder !== prev.filingOrder) {
      writer.stage(INDEX_KEY, () => writeIndex({ order: store.getState().filingOrder, migrated: indexMigrated }));
    }
    if (state.calendarReminders !== prev.calendarReminders) {
      writer.stage(CALENDAR_KEY, () => writeCalendar(store.getState().calendarReminders));
    }
    if (state.filings !== prev.filings) {
      const ids = new Set([...Object.keys(state.filings), ...Object.keys(prev.filings)]);
      for (const id of ids) {
        if (ownValue(state.filings, id) === ownValue(prev.filings, id)) continue;
        writer.stage(filingKey(id), () => {
          const filing = ownValue(store.getState().filings, id);
          return filing ? writeFilingValue(filing) : null;
        });
      }
    }
  });
  refreshHealth(true);

  /** The kept list changed: save it (its copies are found again by prefix if this fails). */
  const saveKept = (kept: KeptValue[], pending = store.getState().recovery?.pending ?? []) => {
    const recovery = store.getState().recovery;
    store.setState({ recovery: recoveryOf({ heldAll: recovery?.heldAll ?? null, kept, pending }) });
    if (writer.held.has(HEALTH_KEY) || writer.heldAll) return;
    try {
      raw.set(HEALTH_KEY, writeHealth(kept));
    } catch {
      // Rebuilt from the fc.q.* keys at the next launch.
    }
  };

  /** Values that could not be kept aside for lack of room: try again (after the user made room). */
  const keepPending = () => {
    const recovery = store.getState().recovery;
    if (!recovery || recovery.pending.length === 0) return;
    let kept = [...recovery.kept];
    const stillPending = [];
    for (const item of recovery.pending) {
      let text: string | null = null;
      try {
        text = raw.get(item.source);
      } catch {
        text = null;
      }
      const used = kept.reduce((sum, k) => sum + k.bytes, 0);
      const room =
        kept.length < STORAGE_LOG_LIMITS.unreadableGenerations &&
        used + item.bytes <= STORAGE_LOG_LIMITS.unreadableBytes;
      if (text === null || fingerprint(text) !== item.fingerprint || !room) {
        stillPending.push(item);
        continue;
      }
      const n = kept.reduce((max, k) => Math.max(max, Number(k.key.slice(KEPT_PREFIX.length)) || 0), 0) + 1;
      const key = `${KEPT_PREFIX}${n}`;
      try {
        raw.set(key, text);
      } catch {
        stillPending.push(item);
        continue;
      }
      kept = [
        ...kept,
        { key, source: item.source, reason: item.reason, at: now(), bytes: item.bytes, fingerprint: item.fingerprint },
      ];
      // Kept aside: its key may be written again with what the app holds now.
      writer.held.delete(item.source);
      restage(item.source);
    }
    saveKept(kept, stillPending);
  };

  /** Stages the current value of a key the app owns (after it stopped being held). */
  const restage = (key: string) => {
    if (key === INDEX_KEY)
      writer.stage(key, () => writeIndex({ order: store.getState().filingOrder, migrated: indexMigrated }));
    else if (key === SETTINGS_KEY)
      writer.stage(key, () => writeSettings({ localePreference: store.getState().localePreference }));
    else if (key === CALENDAR_KEY) writer.stage(key, () => writeCalendar(store.getState().calendarReminders));
    else {
      const id = key.startsWith('fc.f.') ? key.slice(5) : null;
      const filing = id ? ownValue(store.getState().filings, id) : undefined;
      if (filing) writer.stage(key, () => writeFilingValue(ownValue(store.getState().filings, filing.id) ?? filing));
    }
  };

  const readRaw = (key: string): string | null => {
    try {
      return raw.get(key);
    } catch {
      return null;
    }
  };

  return Object.assign(store, {
    /** Writes everything pending now (hide, unload, navigation); says what is still unsaved. */
    flush: (): SaveOutcome => writer.flush(),
    /** Tries every unsaved write again, and keeps aside what waited for room. */
    retrySave: (): SaveOutcome => {
      keepPending();
      const outcome = writer.flush();
      refreshHealth(true);
      return outcome;
    },
    /** Everything unreadable, raw, for the user's export file. */
    rawExport: (): RawExportItem[] => {
      const state = store.getState();
      const kept = (state.recovery?.kept ?? []).map((k) => ({
        source: k.source,
        reason: k.reason,
        at: k.at,
        raw: readRaw(k.key),
      }));
      const filings = state.unreadableFilings.map((u) => ({
        source: u.key,
        reason: u.reason,
        at: 0,
        raw: readRaw(u.key),
      }));
      return [...kept, ...filings];
    },
    /**
     * Deletes one kept-aside unreadable value (the user's choice, after export was offered).
     * Only that copy goes: intact data is never touched. Then values waiting for room are kept.
     */
    discardKept: (key: string): boolean => {
      const recovery = store.getState().recovery;
      const entry = recovery?.kept.find((k) => k.key === key);
      if (!entry) return false;
      try {
        raw.remove(key);
      } catch {
        return false;
      }
      writer.held.delete(key);
      saveKept(recovery!.kept.filter((k) => k.key !== key));
      keepPending();
      refreshHealth(true);
      return true;
    },
    /** Deletes the stored record of a filing that cannot be read (the user's choice). */
    discardUnreadableFiling: (id: string): boolean => {
      const entry = store.getState().unreadableFilings.find((u) => u.id === id);
      if (!entry) return false;
      try {
        raw.remove(entry.key);
      } catch {
        return false;
      }
      writer.held.delete(entry.key);
      store.setState((s) => ({ unreadableFilings: s.unreadableFilings.filter((u) => u.id !== id) }));
      refreshHealth(true);
      return true;
    },
    /**
     * Reads storage again when this session could not (read failure, failed migration). Changes
     * made meanwhile were reported as not saved and are dropped. True when storage is usable now.
     */
    reload: (): boolean => {
      const next = loadFromStorage(raw, now());
      if (next.heldAll) {
        store.setState({ recovery: recoveryOf(next) });
        return false;
      }
      writer.reset();
      loaded = next;
      indexMigrated = next.index.migrated;
      applyHolds(next);
      suppressed = true;
      store.setState(stateFrom(next));
      suppressed = false;
      refreshHealth(true);
      return true;
    },
    /** Erases every key (erase everything); false when storage refused. Memory goes back to defaults. */
    eraseAll: (): boolean => {
      try {
        raw.clear();
      } catch {
        return false;
      }
      writer.reset();
      writer.held.clear();
      writer.heldAll = null;
      indexMigrated = null;
      loaded = { ...loaded, clean: true, photoNames: new Set() };
      suppressed = true;
      store.setState({
        localePreference: 'system',
        filings: {},
        filingOrder: [],
        unreadableFilings: [],
        calendarReminders: [],
        recovery: null,
        unsaved: [],
        writeFailure: null,
      });
      suppressed = false;
      refreshHealth(true);
      return true;
    },
    /**
     * Whether the photo sweep may run: only after a clean launch (nothing kept aside, every
     * record read, nothing held) and while it stays so.
     */
    sweepAllowed: (): boolean => {
      const state = store.getState();
      return loaded.clean && state.recovery === null && state.unreadableFilings.length === 0;
    },
    /** Photo file names any stored text named at launch (the sweep never takes these). */
    launchPhotoNames: (): ReadonlySet<string> => loaded.photoNames,
    /** Bytes of each key as last read or written (WeChat's count), for the figures. */
    keySizes: (): Map<string, number> => new Map(writer.sizes),
    /** Writes and bytes so far, for the figures. */
    writeStats: () => ({ ...writer.stats }),
    /** Size of a text under a key, as WeChat counts it. */
    sizeOf: storedBytes,
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
