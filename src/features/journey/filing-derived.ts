import type { FilingRecord } from '@/domain/filing-record';
import { PHOTO_SLOT_IDS, deriveMaterials, type MaterialItem, type PhotoPresence } from '@/domain/materials';

/**
 * Photo presence per slot from the filing's file references. Whether the file still exists is
 * the photos feature's check; here a reference counts as 'ok' unless the quality check flagged it.
 */
export function photoPresenceOf(filing: FilingRecord): PhotoPresence {
  const presence: PhotoPresence = {};
  for (const slot of PHOTO_SLOT_IDS) {
    const ref = filing.photos[slot];
    if (ref) presence[slot] = ref.problems.length > 0 ? 'flagged' : 'ok';
  }
  return presence;
}

/** The filing's materials checklist as of `today`. */
export function materialsOf(filing: FilingRecord, today: string): MaterialItem[] {
  return deriveMaterials(filing.profile, filing.marks, photoPresenceOf(filing), today);
}
