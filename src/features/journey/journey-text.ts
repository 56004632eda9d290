/**
 * Turns the domain's machine codes (steps, fields, preflight problems, validator reasons) into
 * message keys and text in the current language.
 */
import type { MessageKey } from '@/i18n';
import type { FilingProfile } from '@/domain/filing';
import type { StepId, StepStatus } from '@/domain/journey-steps';
import type { FilingNumberReason } from '@/domain/filing-number';
import { requiredValidityMonths } from '@/domain/materials';
import {
  MAX_SERVICE_TYPES,
  MINI_PROGRAM_NAME_LENGTH,
  SERVICE_DESCRIPTION_LENGTH,
  codePointLength,
  type PreflightProblem,
  type ProfileFieldPath,
} from '@/domain/preflight';
import { validateEmail, validateLicenseNumber, validateMobile, validateResidentId } from '@/domain/validation';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const stepTitleKey = (id: StepId) => `step.${id}.title` as MessageKey;
export const stepBodyKey = (id: StepId) => `step.${id}.body` as MessageKey;
export const statusKey = (status: StepStatus) => `status.${status}` as MessageKey;
export const fieldLabelKey = (path: ProfileFieldPath) => `field.${path}` as MessageKey;
export const filingNumberErrorKey = (reason: FilingNumberReason) => `filingNumber.${reason}` as MessageKey;

/** Which validator's messages apply to a field. */
type ValidatedKind = 'id' | 'credit' | 'mobile' | 'email';

function validatedKind(path: ProfileFieldPath): ValidatedKind | null {
  switch (path) {
    case 'legalRepresentative.idNumber':
    case 'personInCharge.idNumber':
      return 'id';
    case 'creditCode':
      return 'credit';
    case 'adminMobile':
    case 'emergencyMobile':
    case 'personInCharge.mobile':
      return 'mobile';
    case 'adminEmail':
      return 'email';
    default:
      return null;
  }
}

/** The value of a string field at `path`, or '' for non-string leaves. */
export function fieldText(profile: FilingProfile, path: ProfileFieldPath): string {
  const [head, tail] = path.split('.') as [string, string | undefined];
  const top = (profile as unknown as Record<string, unknown>)[head];
  const value = tail && top && typeof top === 'object' ? (top as Record<string, unknown>)[tail] : top;
  return typeof value === 'string' ? value : '';
}

/** Normalized length of the value a validator looked at, for "now N characters" messages. */
function normalizedLength(kind: ValidatedKind, input: string): number {
  const result =
    kind === 'id'
      ? validateResidentId(input)
      : kind === 'credit'
        ? validateLicenseNumber(input)
        : kind === 'mobile'
          ? validateMobile(input)
          : validateEmail(input);
  return codePointLength(result.normalized);
}

const CHOSEN_FIELDS: ReadonlySet<ProfileFieldPath> = new Set<ProfileFieldPath>([
  'entityType',
  'province',
  'priorApproval',
  'legalRepresentative.idValidFrom',
  'legalRepresentative.idValidTo',
  'personInCharge.idValidFrom',
  'personInCharge.idValidTo',
  'commitmentLetterDate',
  'authorizationLetterDate',
]);

/** One specific sentence for a preflight problem on its field, in the current language. */
export function problemText(t: Translate, problem: PreflightProblem, profile: FilingProfile): string {
  const field = t(fieldLabelKey(problem.field));
  const kind = validatedKind(problem.field);
  switch (problem.code) {
    case 'required':
      return t(CHOSEN_FIELDS.has(problem.field) ? 'problem.required.choose' : 'problem.required', { field });
    case 'invalid':
    case 'checksum-warning': {
      if (kind && problem.detail) {
        // The credit-code checksum miss is a warning with its own message.
        if (problem.code === 'checksum-warning' && problem.detail === 'checksum' && kind === 'credit') {
          const input = fieldText(profile, problem.field);
          if (validateLicenseNumber(input).normalized.length === 18) return t('problem.checksum-warning');
        }
        const key = `invalid.${kind}.${problem.detail}` as MessageKey;
        const text = t(key, { count: normalizedLength(kind, fieldText(profile, problem.field)) });
        if (text !== key) return text;
      }
      return problem.code === 'checksum-warning' ? t('problem.checksum-warning') : t('problem.invalid', { field });
    }
    case 'too-short':
      return t('problem.too-short', {
        min: SERVICE_DESCRIPTION_LENGTH.min,
        count: codePointLength(fieldText(profile, problem.field).trim()),
      });
    case 'too-long':
      return t('problem.too-long', {
        max: problem.field === 'miniProgramName' ? MINI_PROGRAM_NAME_LENGTH.max : SERVICE_DESCRIPTION_LENGTH.max,
        count: codePointLength(fieldText(profile, problem.field).trim()),
      });
    case 'too-many':
      return t('problem.too-many', { max: MAX_SERVICE_TYPES });
    case 'id-expires-too-soon':
      return t('problem.id-expires-too-soon', { months: requiredValidityMonths(profile.province) });
    default:
      return t(`problem.${problem.code}` as MessageKey);
  }
}
