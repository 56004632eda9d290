import { taroStorage } from '@/platform/storage';
import { useAppStore } from '@/store';

/**
 * Erases every stored key and every file the app wrote. Photos (issue 4) register their own
 * cleanup here once they exist; today only key-value storage holds data.
 */
export async function eraseEverything(): Promise<void> {
  taroStorage.clear();
  // Reset in-memory state to defaults without writing it back: storage stays empty until the
  // user does something new.
  useAppStore.persist.clearStorage();
  useAppStore.setState({ localePreference: 'system', recovery: null, writeFailure: null });
  taroStorage.clear();
}
