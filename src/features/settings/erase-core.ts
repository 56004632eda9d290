/**
 * Erasing everything, in the vault's order: the references first (all of storage), the files
 * second. A crash in between leaves only unnamed files, which the next clean sweep removes; a
 * storage that refuses to clear leaves everything as it was, files included.
 */
import type { AppStore } from '@/store/create-store';
import type { CalendarEntry } from '@/store/schema';

export interface EraseResult {
  /** Storage was cleared. When false nothing was erased. */
  erased: boolean;
  /** Every file went too (photos, share-card images, export files). */
  filesErased: boolean;
  /** Reminders the app added to the phone calendar: they stay there; the user is told which. */
  calendar: CalendarEntry[];
}

export interface EraseFiles {
  /** Every photo file; rejects on failure. */
  photos(): Promise<void>;
  /** Every other file of ours (share cards, exports); false when some remained. */
  others(): Promise<boolean>;
}

export async function eraseEverythingIn(store: AppStore, files: EraseFiles): Promise<EraseResult> {
  const calendar = store.getState().calendarReminders;
  if (!store.eraseAll()) return { erased: false, filesErased: false, calendar };
  let filesErased = true;
  try {
    await files.photos();
  } catch {
    filesErased = false;
  }
  try {
    if (!(await files.others())) filesErased = false;
  } catch {
    filesErased = false;
  }
  return { erased: true, filesErased, calendar };
}
