import type { FilingRecord } from '@/domain/filing-record';
import type { PreflightContext } from '@/domain/preflight';
import { validateLicenseNumber } from '@/domain/validation';
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

/**
 * What pre-flight needs beyond the profile: how many other filings in this app belong to the
 * same entity (same credit code), for the per-entity caps (5 per individual or individual
 * business, 50 per enterprise). Mini programs the entity made outside the app are unknown to us.
 */
export function preflightContextOf(filing: FilingRecord, all: Record<string, FilingRecord>): PreflightContext {
  const code = validateLicenseNumber(filing.profile.creditCode);
  if (code.status === 'invalid') return {};
  const sameEntity = Object.values(all).filter(
    (other) => other.id !== filing.id && validateLicenseNumber(other.profile.creditCode).normalized === code.normalized,
  );
  return { existingMiniProgramsForEntity: sameEntity.length };
}
