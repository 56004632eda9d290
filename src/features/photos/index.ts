/**
 * Public API of the photos feature for other features.
 * - deleteFilingPhotos(filing): deletes a filing's photo files; call it before deleteFiling.
 * - photoPresence(filing, missing?) / usePhotoPresence(filing): per-slot 'ok' | 'flagged' |
 *   'missing-file' for deriveMaterials (the hook also detects files that are gone).
 * - PhotoThumb + usePhotoFiles(filing): a slot's thumbnail (220-px JPEG, never the original).
 * - photoSlotsFor(profile), photosPagePath(id, slot): which slots a filing needs, and the link.
 * - sweepPhotoFilesOnce(): removes files no reference names (safe to call at app start).
 * - eraseAllPhotoFiles(): every photo file the app wrote (erase everything).
 */
export { deleteFilingPhotos, eraseAllPhotoFiles, sweepPhotoFilesOnce } from './photo-service';
export { photoPresence, photoSlotsFor, frameAspectOf } from './slots';
export { usePhotoFiles, usePhotoPresence } from './use-photo-files';
export { PhotoThumb } from './photo-thumb';

/** Route of the photo slots page, optionally focused on one slot. */
export function photosPagePath(filingId: string, slot?: string): string {
  const base = `/pages/photos/index?id=${encodeURIComponent(filingId)}`;
  return slot ? `${base}&slot=${encodeURIComponent(slot)}` : base;
}
