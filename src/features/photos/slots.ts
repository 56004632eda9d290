/**
 * Which photo slots a filing needs and how each is checked and framed. The rules mirror the
 * materials checklist (domain/materials.ts): no entity certificate for individuals; the mini
 * program principal's ID and the authorization letter only when that is a separate person.
 */
import type { FilingProfile } from '@/domain/filing';
import type { FilingRecord } from '@/domain/filing-record';
import { PHOTO_SLOT_IDS, type PhotoPresence, type PhotoSlotId } from '@/domain/materials';
import { hasSeparateMiniProgramPrincipal } from '@/domain/principals';
import type { PhotoKind } from '@/domain/photo-quality';
import { resolutionSpecFor } from '@/domain/photo-quality';

/**
 * Thumbnails are drawn at this long side: the slot box is 240 design px wide (about 115 CSS px
 * inside its border on a 375–390-pt phone), so 220 px stays within twice the display size. The
 * original is never bound to an Image.
 */
export const THUMB_LONG_SIDE = 220;

/** The slots this profile needs, in checklist order. */
export function photoSlotsFor(profile: FilingProfile): PhotoSlotId[] {
  const separate = hasSeparateMiniProgramPrincipal(profile);
  return PHOTO_SLOT_IDS.filter((slot) => {
    if (slot === 'business-license') return profile.entityType !== 'personal';
    if (slot === 'person-in-charge-id-front' || slot === 'person-in-charge-id-back' || slot === 'authorization-letter')
      return separate;
    return true;
  });
}

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

/**
 * Per-slot presence for the materials checklist: 'missing-file' when the reference's file is
 * known to be gone, 'flagged' when the user kept a photo the quality check flagged, else 'ok'.
 * Slots without a photo are absent.
 */
export function photoPresence(filing: FilingRecord, missingFiles: ReadonlySet<string> = new Set()): PhotoPresence {
  const presence: PhotoPresence = {};
  for (const slot of PHOTO_SLOT_IDS) {
    const ref = filing.photos[slot];
    if (!ref) continue;
    presence[slot] = missingFiles.has(ref.file) ? 'missing-file' : ref.problems.length > 0 ? 'flagged' : 'ok';
  }
  return presence;
}
