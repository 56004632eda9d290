import type { FilingRecord } from '@/domain/filing-record';
import {
  deriveMaterials,
  photoFindings,
  type MaterialItem,
  type PhotoFinding,
  type PhotoPresence,
} from '@/domain/materials';
import { usePhotoPresence } from '@/features/photos';

export interface FilingMaterials {
  /** The checklist as of `today`. */
  items: MaterialItem[];
  /** Per slot: a photo referenced AND its file on the phone ('ok' | 'flagged'), or 'missing-file'. */
  presence: PhotoPresence;
  /** The checklist's photo problems as pre-flight findings (domain photoFindings). */
  photoFindings: PhotoFinding[];
}

const NO_MATERIALS: Omit<FilingMaterials, 'presence'> = { items: [], photoFindings: [] };

/**
 * A filing's materials, with photo presence checked against the files: the one computation the
 * filing page, the Materials tab and pre-flight read, so they never count photos differently.
 * The file check runs when the filing's photo files change (usePhotoPresence), not per tick.
 */
export function useFilingMaterials(filing: FilingRecord | undefined, today: string): FilingMaterials {
  const presence = usePhotoPresence(filing);
  if (!filing) return { ...NO_MATERIALS, presence };
  const items = deriveMaterials(filing.profile, filing.marks, presence, today);
  return { items, presence, photoFindings: photoFindings(items) };
}
