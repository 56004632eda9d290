/**
 * One specific sentence for each preflight problem, in the current language. Used by the
 * profile and pre-flight pages (subpackages) only: it pulls in the preflight rules.
 */
import type { MessageKey } from '@/i18n';
import type { FilingProfile, IdDocumentType } from '@/domain/filing';
import { requiredValidityMonths } from '@/domain/document-dates';
import { weightedNameLength } from '@/domain/mini-program-name';
import {
  MAX_SERVICE_TYPES,
  SERVICE_DESCRIPTION_LENGTH,
  codePointLength,
  type PreflightProblem,
} from '@/domain/preflight';
import type { ProfileFieldPath } from '@/domain/profile-fields';
import { validateIdDocument } from '@/domain/id-documents';
import { validateEmail, validateLicenseNumber, validateMobile } from '@/domain/validation';
import { fieldLabel, type Translate } from './journey-text';

/** Which validator's messages apply to a field. */
type ValidatedKind = 'id' | 'credit' | 'mobile' | 'email';

function validatedKind(path: ProfileFieldPath): ValidatedKind | null {
  if (path.endsWith('.idNumber')) return 'id';
  if (path === 'certificateNumber') return 'credit';
  if (path === 'emergencyMobile' || path.endsWith('.mobile') || path.endsWith('.emergencyMobile')) return 'mobile';
  if (path === 'registrationEmail' || path.endsWith('.email')) return 'email';
  return null;
}

/** The value of a string field at `path`, or '' for non-string leaves. */
export function fieldText(profile: FilingProfile, path: ProfileFieldPath): string {
  const [head, tail] = path.split('.') as [string, string | undefined];
  const top = (profile as unknown as Record<string, unknown>)[head];
  const value = tail && top && typeof top === 'object' ? (top as Record<string, unknown>)[tail] : top;
  return typeof value === 'string' ? value : '';
}

/** The document type of the person a field belongs to ('resident-id' for other fields). */
function documentTypeOf(profile: FilingProfile, path: ProfileFieldPath): IdDocumentType {
  const [head = ''] = path.split('.');
  const person = (profile as unknown as Record<string, unknown>)[head];
  const type = person && typeof person === 'object' ? (person as { idType?: unknown }).idType : undefined;
  return typeof type === 'string' ? (type as IdDocumentType) : 'resident-id';
}

/** Normalized length of the value a validator looked at, for "now N characters" messages. */
function normalizedLength(kind: ValidatedKind, input: string, documentType: IdDocumentType): number {
  const result =
    kind === 'id'
      ? validateIdDocument(documentType, input)
      : kind === 'credit'
        ? validateLicenseNumber(input)
        : kind === 'mobile'
          ? validateMobile(input)
          : validateEmail(input);
  return codePointLength(result.normalized);
}

const CHOSEN_SUFFIXES = ['.idType', '.idValidFrom', '.idValidTo'];
const CHOSEN_FIELDS: ReadonlySet<ProfileFieldPath> = new Set<ProfileFieldPath>([
  'entityType',
  'certificateType',
  'certificateValidFrom',
  'certificateValidTo',
  'province',
  'residesInFilingProvince',
  'miniProgramPrincipalRole',
  'priorApproval',
  'priorApprovals',
  'commitmentLetterDate',
  'authorizationLetterDate',
]);

/** Whether the field is chosen (a picker) rather than typed: "请选择" instead of "请填写". */
function isChosen(path: ProfileFieldPath): boolean {
  return CHOSEN_FIELDS.has(path) || CHOSEN_SUFFIXES.some((suffix) => path.endsWith(suffix));
}

/** The sentence for an identity document the validator refused. */
function documentText(t: Translate, type: IdDocumentType, detail: string, count: number): string {
  if (type === 'resident-id' || detail === 'checksum' || detail === 'birth-date' || detail === 'future-birth-date') {
    const key = `invalid.id.${detail}` as MessageKey;
    const text = t(key, { count });
    if (text !== key) return text;
  }
  return t(`invalid.iddoc.${type}` as MessageKey);
}

/** One specific sentence for a preflight problem on its field, in the current language. */
export function problemText(t: Translate, problem: PreflightProblem, profile: FilingProfile): string {
  const field = fieldLabel(t, problem.field, profile);
  const kind = validatedKind(problem.field);
  switch (problem.code) {
    case 'required':
      return t(isChosen(problem.field) ? 'problem.required.choose' : 'problem.required', { field });
    case 'invalid':
    case 'checksum-warning': {
      if (kind && problem.detail) {
        // The credit-code checksum miss is a warning with its own message.
        if (problem.code === 'checksum-warning' && problem.detail === 'checksum' && kind === 'credit') {
          const input = fieldText(profile, problem.field);
          if (validateLicenseNumber(input).normalized.length === 18) return t('problem.checksum-warning');
        }
        const documentType = documentTypeOf(profile, problem.field);
        const count = normalizedLength(kind, fieldText(profile, problem.field), documentType);
        if (kind === 'id') return documentText(t, documentType, problem.detail, count);
        const key = `invalid.${kind}.${problem.detail}` as MessageKey;
        const text = t(key, { count });
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
        max: SERVICE_DESCRIPTION_LENGTH.max,
        count: codePointLength(fieldText(profile, problem.field).trim()),
      });
    case 'name-too-short':
    case 'name-too-long':
      return t(`problem.${problem.code}`, { count: weightedNameLength(profile.miniProgramName.trim()) });
    case 'too-many':
      return t('problem.too-many', { max: MAX_SERVICE_TYPES });
    case 'id-expires-too-soon':
    case 'expires-during-review':
      return t(`problem.${problem.code}`, { months: requiredValidityMonths(profile.province) });
    case 'entity-cap-exceeded':
    case 'entity-cap-last':
      return t(`problem.${problem.code}`, { existing: problem.numbers?.existing ?? 0, cap: problem.numbers?.cap ?? 0 });
    default:
      return t(`problem.${problem.code}` as MessageKey);
  }
}
