import { useAppStore } from '@/store';
import { eraseAllPhotoFiles } from '@/features/photos';
import { eraseUserFiles } from '@/platform/user-files';
import { removeExportFiles } from '@/platform/export-file';
import { eraseEverythingIn, type EraseResult } from './erase-core';

/**
 * Erases every stored key and every file the app wrote: all of key-value storage first (so no
 * reference outlives its file), then the photo files (weapp: the photos folder; browser: the
 * IndexedDB database), the share-card images and export files under USER_DATA_PATH. Calendar
 * reminders cannot be removed from the phone calendar by the app; the result lists them.
 */
export function eraseEverything(): Promise<EraseResult> {
  return eraseEverythingIn(useAppStore, {
    photos: eraseAllPhotoFiles,
    others: async () => {
      await removeExportFiles();
      return eraseUserFiles();
    },
  });
}
