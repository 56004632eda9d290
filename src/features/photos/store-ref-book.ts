/**
 * The photo vault's reference book over an app store: where the photos feature reads and
 * records which file each slot names. Kept apart from photo-service.ts (which binds the app's
 * one store and the platform) so store and fault tests can run the real book over their store.
 */
import type { PhotoRef } from '@/domain/filing-record';
import { hasOwnKey, ownValue } from '@/domain/own';
import type { AppStore } from '@/store/create-store';
import type { PhotoRefBook } from './photo-vault';

/** The reference could not be saved; the photo files are left as they were. */
export class PhotoRefNotSaved extends Error {
  constructor(readonly reason: string) {
    super(`photo reference not saved (${reason})`);
    this.name = 'PhotoRefNotSaved';
  }
}

export function createStoreRefBook(store: AppStore): PhotoRefBook {
  return {
    getRef: (filingId, slot) => ownValue(store.getState().filings, filingId)?.photos[slot],
    setRef: (filingId, slot, ref) => {
      const state = store.getState();
      if (ref && !hasOwnKey(state.filings, filingId)) throw new Error('filing is gone');
      // The vault deletes the old file only after this returns: it must throw unless saved.
      const saved = state.setPhoto(filingId, slot, ref, Date.now());
      if (!saved.ok) throw new PhotoRefNotSaved(saved.failures[0]?.reason ?? 'failed');
    },
    referencedFiles: () => {
      const state = store.getState();
      const files = Object.values(state.filings).flatMap((f) =>
        Object.values(f.photos).map((p) => (p as PhotoRef).file),
      );
      // Whatever any stored text named at launch stays too, readable or not.
      return [...files, ...store.launchPhotoNames()];
    },
    // Only after a clean launch: with anything unreadable, the references we see are not all of them.
    canSweep: () => store.sweepAllowed(),
  };
}
