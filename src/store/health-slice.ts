import type { StateCreator } from 'zustand';
import type { AppState, SavePort } from './app-state';
import type { SaveFailure, SaveOutcome } from './key-writer';
import type { HeldAll, PendingKeep } from './loader';
import type { CalendarEntry, KeptValue } from './schema';

/** What the user must be told about saved data that could not be used; null when all is well. */
export interface Recovery {
  /** Nothing may be written this session, and why. */
  heldAll: HeldAll | null;
  /** Unreadable values kept aside (persisted: shown at every launch until resolved). */
  kept: KeptValue[];
  /** Unreadable values that could not be kept aside for lack of room (their keys are held). */
  pending: PendingKeep[];
}

/** Storage use as WeChat reports it (getStorageInfo), in KB. */
export interface StorageUse {
  usedKB: number;
  limitKB: number;
}

export interface HealthSlice {
  recovery: Recovery | null;
  /** The latest save failure's message while anything is unsaved, else null. */
  writeFailure: string | null;
  /** Keys whose latest write failed (kept dirty and retried). */
  unsaved: SaveFailure[];
  storageUse: StorageUse | null;
  /** Reminders the app added to the phone calendar (erase everything lists them). */
  calendarReminders: CalendarEntry[];
  recordCalendarReminder(entry: CalendarEntry): SaveOutcome;
}

export const createHealthSlice =
  (port: SavePort, limit: number): StateCreator<AppState, [], [], HealthSlice> =>
  (set) => ({
    recovery: null,
    writeFailure: null,
    unsaved: [],
    storageUse: null,
    calendarReminders: [],
    recordCalendarReminder: (entry) => {
      set((s) => ({ calendarReminders: [...s.calendarReminders, entry].slice(-limit) }));
      return port.commit();
    },
  });

/** Fraction of WeChat's storage in use from which the app warns that saving may soon fail. */
export const STORAGE_WARN_FRACTION = 0.8;

/** True when storage is close enough to full that the next writes could be refused. */
export function storageNearlyFull(use: StorageUse | null): boolean {
  return use !== null && use.limitKB > 0 && use.usedKB >= use.limitKB * STORAGE_WARN_FRACTION;
}
