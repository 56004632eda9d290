import type { FilingRecord } from '@/domain/filing-record';
import type { PreflightContext } from '@/domain/preflight';
import { validateLicenseNumber } from '@/domain/validation';
import { validateIdDocument } from '@/domain/id-documents';

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
