import { taroStorage } from '@/platform/storage';
import { useAppStore } from '@/store';
import { eraseAllPhotoFiles } from '@/features/photos';

/**
 * Erases every stored key and every file the app wrote: the photo files (weapp: the photos
 * folder under USER_DATA_PATH, the only place we write files; browser: the IndexedDB database),
 * then key-value storage, then the in-memory state. Resolves false when the photo files could
 * not all be deleted (everything else is erased regardless).
 */
export async function eraseEverything(): Promise<boolean> {
  let photosErased = true;
  try {
    await eraseAllPhotoFiles();
  } catch {
    // Still erase the rest; the result tells the caller that photo files may remain.
    photosErased = false;
  }
  taroStorage.clear();
  // Reset in-memory state to defaults without writing it back: storage stays empty until the
  // user does something new.
  useAppStore.persist.clearStorage();
  useAppStore.setState({
    localePreference: 'system',
    recovery: null,
    writeFailure: null,
    filings: {},
    filingOrder: [],
    unreadableFilings: [],
  });
  taroStorage.clear();
  return photosErased;
}
