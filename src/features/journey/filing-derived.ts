import type { FilingRecord } from '@/domain/filing-record';
import type { PreflightContext } from '@/domain/preflight';
import { validateLicenseNumber } from '@/domain/validation';
import { validateIdDocument } from '@/domain/id-documents';
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
 * Who the entity is, for counting its mini programs: the credit code of an organisation, the
 * identity document of an individual; null while it is not entered or not usable.
 */
function entityKeyOf(filing: FilingRecord): string | null {
  const p = filing.profile;
  if (p.entityType === 'personal') {
    const id = validateIdDocument(p.entityPrincipal.idType, p.entityPrincipal.idNumber);
    return id.status === 'invalid' ? null : `person:${p.entityPrincipal.idType}:${id.normalized}`;
  }
  const code = validateLicenseNumber(p.certificateNumber);
  return code.status === 'invalid' ? null : `entity:${code.normalized}`;
}

/**
 * What pre-flight needs beyond the profile: how many other filings in this app belong to the
 * same entity (same credit code; for individuals the same ID document), for the per-entity caps
 * (5 per individual or individual business, 50 per enterprise). Mini programs the entity made
 * outside the app are unknown to us.
 */
export function preflightContextOf(filing: FilingRecord, all: Record<string, FilingRecord>): PreflightContext {
  const key = entityKeyOf(filing);
  if (key === null) return {};
  const sameEntity = Object.values(all).filter((other) => other.id !== filing.id && entityKeyOf(other) === key);
  return { existingMiniProgramsForEntity: sameEntity.length };
}
