/**
 * The people of a filing and the roles they hold. The ICP-filing form names two persons in
 * charge (applyIcpFiling: icp_subject.principal_info and icp_applets.principal_info):
 * - 主体负责人, the entity's person in charge: the legal representative of an enterprise, the
 *   operator (经营者) of an individual business, the individual themself (本人);
 * - 小程序负责人, the mini program's person in charge: by default the administrator, or the
 *   entity's person in charge, or someone else.
 * When they are different people each gets the MIIT SMS (seed: "Both the legal representative
 * and administrator must verify via SMS"; docs/domain.md), and only the mini program's person in
 * charge does the face check (applyIcpFiling: "仅小程序负责人需要扫脸").
 */
import type { FilingProfile, PersonInCharge } from '@/domain/filing';
import type { SmsVerifier } from '@/domain/sms-window';
import { validateIdDocument } from '@/domain/id-documents';

/** Whether the profile is an individual's (本人 is entity, administrator and mini program principal at once). */
export function isPersonal(profile: FilingProfile): boolean {
  return profile.entityType === 'personal';
}

/** The person with an empty own emergency number given the profile's shared one. */
function withEmergency(person: PersonInCharge, profile: FilingProfile): PersonInCharge {
  return person.emergencyMobile.trim() !== '' ? person : { ...person, emergencyMobile: profile.emergencyMobile };
}

/** 主体负责人, with the shared emergency contact filled in where their own is empty. */
export function entityPrincipalOf(profile: FilingProfile): PersonInCharge {
  return withEmergency(profile.entityPrincipal, profile);
}

/** 管理员: for an individual, the individual themself (a personal account is registered in their name). */
export function administratorOf(profile: FilingProfile): PersonInCharge {
  return isPersonal(profile) ? profile.entityPrincipal : profile.administrator;
}

/** Who holds the mini program's person-in-charge role; an individual always holds it themself. */
export function miniProgramPrincipalRoleOf(profile: FilingProfile): FilingProfile['miniProgramPrincipalRole'] {
  return isPersonal(profile) ? 'entity-principal' : profile.miniProgramPrincipalRole;
}

/** 小程序负责人 as the form needs them, with the shared emergency contact filled in. */
export function miniProgramPrincipalOf(profile: FilingProfile): PersonInCharge {
  switch (miniProgramPrincipalRoleOf(profile)) {
    case 'entity-principal':
      return entityPrincipalOf(profile);
    case 'administrator':
      return withEmergency(profile.administrator, profile);
    default:
      return withEmergency(profile.miniProgramPrincipal, profile);
  }
}

/** The entity's name as filed: an individual's is their own name (applyIcpFiling example "张三"). */
export function entityNameOf(profile: FilingProfile): string {
  return isPersonal(profile) ? profile.entityPrincipal.name : profile.entityName;
}

/** The same valid document number on both people means one person, whatever the role choice says. */
function sameDocument(a: PersonInCharge, b: PersonInCharge): boolean {
  if (a.idType !== b.idType) return false;
  const first = validateIdDocument(a.idType, a.idNumber);
  const second = validateIdDocument(b.idType, b.idNumber);
  return first.status !== 'invalid' && second.status !== 'invalid' && first.normalized === second.normalized;
}

/**
 * True when the mini program's person in charge is someone other than the entity's: then both
 * verify the SMS, the mini program's needs its own ID photos, and an authorization letter is due.
 * An administrator (or "someone else") carrying the entity principal's own document number is
 * the same person.
 */
export function hasSeparateMiniProgramPrincipal(profile: FilingProfile): boolean {
  const role = miniProgramPrincipalRoleOf(profile);
  if (role === 'entity-principal') return false;
  const other = role === 'administrator' ? profile.administrator : profile.miniProgramPrincipal;
  return !sameDocument(other, profile.entityPrincipal);
}

/**
 * True when the mini program's person in charge is not the legal representative, so an
 * authorization letter is due for them (applyIcpFiling authorization_letter "当小程序负责人不是法人时"):
 * a separate person, or the entity's person in charge when that is not the legal representative.
 * Individuals file for themselves.
 */
export function needsMiniProgramAuthorization(profile: FilingProfile): boolean {
  if (isPersonal(profile)) return false;
  return hasSeparateMiniProgramPrincipal(profile) || principalIsNotLegalPerson(profile);
}

/** True when the entity's person in charge is not the legal representative (organisations only). */
export function principalIsNotLegalPerson(profile: FilingProfile): boolean {
  return !isPersonal(profile) && profile.entityType !== '' && !profile.entityPrincipalIsLegalPerson;
}

/**
 * The SMS tracks of this filing. The ids are stored and travel in share cards, so they keep
 * their historic names: 'legal-representative' is the entity principal's track (主体负责人),
 * 'person-in-charge' the mini program principal's (小程序负责人), present whenever that is a
 * different person.
 */
export function smsVerifiersFor(profile: FilingProfile): SmsVerifier[] {
  return hasSeparateMiniProgramPrincipal(profile)
    ? ['legal-representative', 'person-in-charge']
    : ['legal-representative'];
}
