import { taroStorage } from '@/platform/storage';
import { onBeforeLeave } from '@/platform/system';
import { createAppStore } from './create-store';
import { filingKey } from './storage-keys';
import type { AppState } from './app-state';

/** The app's single store, persisted to WeChat storage (localStorage in the browser build). */
export const useAppStore = createAppStore(taroStorage);

/** Writes every pending change now: on hide, unload and navigation. */
export function flushSaves() {
  return useAppStore.flush();
}

onBeforeLeave(flushSaves);

/** Whether the filing's latest changes failed to save (its key is unsaved). */
export function filingUnsaved(state: AppState, id: string): boolean {
  return state.unsaved.some((f) => f.key === filingKey(id));
}

export type { AppState } from './app-state';
export type { SaveOutcome, SaveFailure } from './key-writer';
