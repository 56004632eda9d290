/**
 * Public API of the photos feature for other features.
 * - deleteFilingPhotos(filing): deletes a filing's photo files; call it before deleteFiling.
 * - usePhotoPresence(filing): per-slot 'ok' | 'flagged' | 'missing-file' for deriveMaterials,
 *   with the files checked (domain photoPresenceOf); read it through journey's useFilingMaterials.
 * - PhotoThumb + usePhotoFiles(filing): a slot's thumbnail (220-px JPEG, never the original).
 * - photosPagePath(id, slot): the photos page, optionally on one slot (which slots a filing needs
 *   is domain/materials.ts photoSlotsFor).
 * - sweepPhotoFilesOnce(): removes files no reference names (safe to call at app start).
 * - eraseAllPhotoFiles(): every photo file the app wrote (erase everything).
 */
export { deleteFilingPhotos, eraseAllPhotoFiles, sweepPhotoFilesOnce } from './photo-service';
export { frameAspectOf } from './slots';
export { usePhotoFiles, usePhotoPresence } from './use-photo-files';
export { PhotoThumb } from './photo-thumb';

/** Route of the photo slots page, optionally focused on one slot. */
export function photosPagePath(filingId: string, slot?: string): string {
  const base = `/pages/photos/index?id=${encodeURIComponent(filingId)}`;
  return slot ? `${base}&slot=${encodeURIComponent(slot)}` : base;
}
