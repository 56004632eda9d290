/**
 * Names of photo files as the app gives them (features/photos/photo-vault newPhotoKey):
 * `ph-<filing id>-<slot>-<time base 36>.<ext>`. Kept in the domain so the store can find the
 * photos a stored text names even when the text cannot be read as a filing.
 */
const PHOTO_FILE_NAME = /ph-[A-Za-z0-9]+-[a-z-]+-[a-z0-9]+\.[a-z0-9]{1,5}/g;

/** Photo file names found anywhere in `text`. */
export function photoFileNamesIn(text: string): string[] {
  return text.match(PHOTO_FILE_NAME) ?? [];
}

/** When the file was named (epoch ms), from its name; null for a name not of this form. */
export function photoFileTime(name: string): number | null {
  const match = /^ph-[A-Za-z0-9]+-[a-z-]+-([a-z0-9]+)\.[a-z0-9]{1,5}(?:\.thumb\.jpg)?$/.exec(name);
  const digits = match?.[1];
  if (digits === undefined) return null;
  const time = parseInt(digits, 36);
  return Number.isFinite(time) ? time : null;
}
