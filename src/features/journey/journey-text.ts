/**
 * Turns the domain's machine codes (steps, fields, roles, materials) into message keys and text
 * in the current language. Preflight problems have their own module (problem-text.ts), so the
 * tab pages that use this one do not carry the preflight rules in the main package.
 */
import type { MessageKey } from '@/i18n';
import type { FilingProfile } from '@/domain/filing';
import { stepWording, type StepDef, type StepId, type StepStatus } from '@/domain/journey-steps';
import type { FilingNumberReason } from '@/domain/filing-number';
import type { MaterialId } from '@/domain/materials';
import type { ProfileFieldPath } from '@/domain/profile-fields';
import { principalTitleOf } from '@/domain/entity-types';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

// Key builders typed MessageKey: a code without its message is a compile error.
export const stepTitleKey = (id: StepId): MessageKey => `step.${id}.title`;
export const stepBodyKey = (id: StepId): MessageKey => `step.${id}.body`;
export const statusKey = (status: StepStatus): MessageKey => `status.${status}`;
export const fieldLabelKey = (path: ProfileFieldPath): MessageKey => `field.${path}`;
export const filingNumberErrorKey = (reason: FilingNumberReason): MessageKey => `filingNumber.${reason}`;

/** A step's title in this profile's wording (an individual's registration, the bank-transfer route…). */
export function stepTitle(t: Translate, def: Pick<StepDef, 'id' | 'variant'>): string {
  return t(`step.${stepWording(def)}.title`);
}

/** A step's body in this profile's wording. */
export function stepBody(t: Translate, def: Pick<StepDef, 'id' | 'variant'>): string {
  return t(`step.${stepWording(def)}.body`);
}

/** What names the entity's person in charge: the entity type, and whether they are the legal representative. */
type PrincipalNaming = Pick<FilingProfile, 'entityType'> & Partial<Pick<FilingProfile, 'entityPrincipalIsLegalPerson'>>;

/**
 * What the entity's person in charge is called for this profile: 法定代表人 for enterprises
 * (and while no type is chosen), 经营者 for individual businesses, 本人 for individuals, 单位负责人
 * for government bodies, 主体负责人 when not the legal representative (entity-types.ts).
 */
export function principalTitle(t: Translate, profile: PrincipalNaming): string {
  return t(`role.${principalTitleOf(profile)}`);
}

/** The entity principal's title as an owner ("Legal representative's", "Your"; zh the same word). */
export function principalOwner(t: Translate, profile: PrincipalNaming): string {
  return t(`role.${principalTitleOf(profile)}.possessive`);
}

/** A field's label, with the entity principal's title filled in ("Your name", "法定代表人姓名"). */
export function fieldLabel(t: Translate, path: ProfileFieldPath, profile: PrincipalNaming): string {
  return t(fieldLabelKey(path), { who: principalOwner(t, profile) });
}

/** A checklist item's label or reason for this profile (本人 for individuals, 经营者 for individual businesses). */
export function materialLabel(t: Translate, id: MaterialId, profile: PrincipalNaming): string {
  const who =
    id === 'admin-mobile' && profile.entityType !== 'personal'
      ? t('role.administrator.possessive')
      : principalOwner(t, profile);
  return t(`material.${id}`, { who });
}
