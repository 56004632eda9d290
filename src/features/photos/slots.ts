/**
 * How each photo slot is checked and framed. Which slots a filing needs, and whether each photo
 * is present, is domain/materials.ts's (photoSlotsFor, photoPresenceOf), shared with the checklist.
 */
import { PHOTO_SLOT_IDS, type PhotoSlotId } from '@/domain/materials';
import type { PhotoKind } from '@/domain/photo-quality';
import { resolutionSpecFor } from '@/domain/photo-quality';

/**
 * Thumbnails are drawn at this long side: the slot box is 240 design px wide (about 115 CSS px
 * inside its border on a 375–390-pt phone), so 220 px stays within twice the display size. The
 * original is never bound to an Image.
 */
export const THUMB_LONG_SIDE = 220;

export function isPhotoSlot(value: string): value is PhotoSlotId {
  return (PHOTO_SLOT_IDS as readonly string[]).includes(value);
}

/** The quality-check and export kind of a slot. */
export function kindOfSlot(slot: PhotoSlotId): PhotoKind {
  if (slot === 'business-license') return 'license';
  if (slot.endsWith('id-front')) return 'id-front';
  if (slot.endsWith('id-back')) return 'id-back';
  return 'letter';
}

/**
 * The capture frame's width:height. License: landscape A4/A3 sheet (√2); ID cards: 85.6 × 54 mm
 * (ISO/IEC 7810 ID-1, which GB 16989 resident ID cards use); letters: portrait A4.
 */
export function frameAspectOf(slot: PhotoSlotId): number {
  const kind = kindOfSlot(slot);
  if (kind === 'license') return Math.SQRT2;
  if (kind === 'letter') return 1 / Math.SQRT2;
  return 85.6 / 54;
}

/** The minimum size to name in a 'too-small' verdict (0 = no requirement on that side). */
export function minimumSizeOf(slot: PhotoSlotId): { long: number; short: number } {
  const spec = resolutionSpecFor(kindOfSlot(slot));
  return { long: spec.minLongSide, short: spec.minShortSide };
}
