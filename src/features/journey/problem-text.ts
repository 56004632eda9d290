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
import { validateEmail, validateLicenseNumber, validateMobile, type ValidationReason } from '@/domain/validation';
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

/**
 * The validator reasons each kind of field has its own sentence for (`{count}`: the characters
 * entered); any other reason reads "<field> is not valid".
 */
const INVALID_TEXT: { [K in ValidatedKind]: { readonly [R in ValidationReason]?: MessageKey } } = {
  id: {
    charset: 'invalid.id.charset',
    length: 'invalid.id.length',
    region: 'invalid.id.region',
    'birth-date': 'invalid.id.birth-date',
    'future-birth-date': 'invalid.id.future-birth-date',
    checksum: 'invalid.id.checksum',
  },
  credit: {
    charset: 'invalid.credit.charset',
    length: 'invalid.credit.length',
    region: 'invalid.credit.region',
    checksum: 'invalid.credit.checksum',
    authority: 'invalid.credit.authority',
  },
  mobile: { charset: 'invalid.mobile.charset', length: 'invalid.mobile.length', format: 'invalid.mobile.format' },
  email: { length: 'invalid.email.length', format: 'invalid.email.format' },
};

/** The validator's own sentence for a refused value, or null when it has none for this reason. */
function invalidText(t: Translate, kind: ValidatedKind, detail: ValidationReason, count: number): string | null {
  const key = INVALID_TEXT[kind][detail];
  return key ? t(key, { count }) : null;
}

/** The format sentence of each identity document other than the resident ID (passports never block). */
const DOCUMENT_FORMAT_TEXT: { [T in Exclude<IdDocumentType, 'resident-id'>]: MessageKey | null } = {
  'hk-macau-residence-permit': 'invalid.iddoc.hk-macau-residence-permit',
  'taiwan-residence-permit': 'invalid.iddoc.taiwan-residence-permit',
  'hk-macau-travel-permit': 'invalid.iddoc.hk-macau-travel-permit',
  'taiwan-travel-permit': 'invalid.iddoc.taiwan-travel-permit',
  'foreign-permanent-residence': 'invalid.iddoc.foreign-permanent-residence',
  passport: null,
};

/**
 * The sentence for an identity document the validator refused: the resident ID's own sentences,
 * which the 18-digit permits share for the check digit and the birth date (GB 11643); else the
 * document's format sentence; null when there is none.
 */
function documentText(t: Translate, type: IdDocumentType, detail: ValidationReason, count: number): string | null {
  const residentText = INVALID_TEXT.id[detail];
  const sharedReason = detail === 'checksum' || detail === 'birth-date' || detail === 'future-birth-date';
  if (residentText && (type === 'resident-id' || sharedReason)) return t(residentText, { count });
  const formatText = type === 'resident-id' ? null : DOCUMENT_FORMAT_TEXT[type];
  return formatText ? t(formatText) : null;
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
        const text =
          kind === 'id'
            ? documentText(t, documentType, problem.detail, count)
            : invalidText(t, kind, problem.detail, count);
        if (text !== null) return text;
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
    case 'description-names-approval-industry':
      return t('problem.description-names-approval-industry', {
        industry: problem.industry ? t(`industry.${problem.industry}`) : '',
      });
    case 'entity-cap-exceeded':
    case 'entity-cap-last':
      return t(`problem.${problem.code}`, { existing: problem.numbers?.existing ?? 0, cap: problem.numbers?.cap ?? 0 });
    default:
      return t(`problem.${problem.code}`);
  }
}
