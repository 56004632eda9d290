/**
 * The photo vault's reference book over an app store: where the photos feature reads and
 * records which file each slot names. Kept apart from photo-service.ts (which binds the app's
 * one store and the platform) so store and fault tests can run the real book over their store.
 */
import type { PhotoRef } from '@/domain/filing-record';
import { hasOwnKey, ownValue } from '@/domain/own';
import type { AppStore } from '@/store/create-store';
import { photoKeysIn, type PhotoRefBook } from './photo-vault';

export function createStoreRefBook(store: AppStore): PhotoRefBook {
  return {
    getRef: (filingId, slot) => ownValue(store.getState().filings, filingId)?.photos[slot],
    setRef: (filingId, slot, ref) => {
      const state = store.getState();
      if (ref && !hasOwnKey(state.filings, filingId)) throw new Error('filing is gone');
      state.setPhoto(filingId, slot, ref, Date.now());
    },
    referencedFiles: () => {
      const state = store.getState();
      const files = Object.values(state.filings).flatMap((f) =>
        Object.values(f.photos).map((p) => (p as PhotoRef).file),
      );
      // Records the store could not read are kept verbatim; their photos are kept too.
      return [...files, ...state.unreadableFilings.flatMap(photoKeysIn)];
    },
    // Started blank after unreadable storage: the references we see are not the real ones.
    canSweep: () => store.getState().recovery === null,
  };
}
