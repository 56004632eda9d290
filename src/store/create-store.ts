import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { RawStorage } from '@/platform/storage';
import type { AppState, PersistedState } from './app-state';
import { createSettingsSlice } from './settings-slice';
import { createHealthSlice } from './health-slice';
import { createFilingsSlice } from './filings-slice';
import { createRecoveringStorage, backupKeyFor, type StorageIssue } from './persist-storage';
import { STORE_VERSION, isValidPersistedState, migratePersistedState, readPersistedState } from './schema';

export const STORE_KEY = 'filing-companion';

/**
 * Builds the app store over `raw` storage. Production passes Taro storage (src/store/index.ts);
 * tests pass an in-memory storage. Persist sits here, at the root, and only here.
 */
export function createAppStore(raw: RawStorage) {
  const early: StorageIssue[] = [];
  let deliver: (issue: StorageIssue) => void = (issue) => early.push(issue);
  const storage = createRecoveringStorage<PersistedState>({
    raw,
    version: STORE_VERSION,
    isValidState: isValidPersistedState,
    onIssue: (issue) => deliver(issue),
  });

  const useStore = create<AppState>()(
    persist(
      (...a) => ({
        ...createSettingsSlice(...a),
        ...createHealthSlice(...a),
        ...createFilingsSlice(...a),
      }),
      {
        name: STORE_KEY,
        version: STORE_VERSION,
        storage,
        partialize: (state): PersistedState => ({
          localePreference: state.localePreference,
          filings: state.filings,
          filingOrder: state.filingOrder,
          unreadableFilings: state.unreadableFilings,
        }),
        migrate: (persisted, version) => migratePersistedState(persisted, version) as unknown as AppState,
        merge: (persisted, current) => ({
          ...current,
          ...readPersistedState((persisted ?? {}) as Partial<PersistedState>),
        }),
      },
    ),
  );

  // Hydration is synchronous over sync storage, so issues found while loading arrive before the
  // store exists; hand them over now, then route later ones (quota failures) straight in.
  deliver = (issue) => useStore.getState().applyStorageIssue(issue);
  early.forEach(deliver);

  /** Copy of the set-aside raw data, for "export" (clipboard). */
  function readBackup(): string | null {
    try {
      return raw.get(backupKeyFor(STORE_KEY));
    } catch {
      return null;
    }
  }

  /** The user chose to discard the unreadable data: drop the backup and save normally again. */
  function discardBackup(): void {
    try {
      raw.remove(backupKeyFor(STORE_KEY));
    } catch {
      // Nothing more to do; the notice is cleared either way.
    }
    storage.allowWrites();
    useStore.getState().clearRecovery();
    // Save the current state at once so a restart doesn't find the old bad data again.
    useStore.setState({});
  }

  return Object.assign(useStore, { readBackup, discardBackup, retrySave: () => storage.retry() });
}

export type AppStore = ReturnType<typeof createAppStore>;
