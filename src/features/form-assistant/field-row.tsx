import { View, Text } from '@tarojs/components';
import type { FilingProfile } from '@/domain/filing';
import { isCopyable, type FormField, type FormSection } from '@/domain/filing-forms';
import { maskCreditCode, maskIdNumber, maskMobile } from '@/domain/mask';
import type { Locale } from '@/i18n';
import type { Translate } from '@/features/journey';
import { formLabel, formWord, labelKey, type DescribeProblem } from './words';

/** What the screen shows for a value: ID numbers, mobiles and credit codes masked (copied whole). */
function shownValue(field: FormField, t: Translate, locale: Locale): string {
  const terms = field.terms.map((key) => (locale === 'en' ? `${t(key)} · ${formWord(key)}` : t(key)));
  const text =
    field.text === null
      ? []
      : [
          field.kind === 'id-number'
            ? maskIdNumber(field.text)
            : field.kind === 'mobile'
              ? maskMobile(field.text)
              : field.kind === 'credit-code'
                ? maskCreditCode(field.text)
                : field.text,
        ];
  return [...terms, ...text].join('、');
}

interface FieldRowProps {
  section: FormSection;
  field: FormField;
  profile: FilingProfile;
  locale: Locale;
  t: Translate;
  describe: DescribeProblem;
  copied: boolean;
  onCopy: () => void;
  onFix: () => void;
}

/**
 * One field of a form: the form's label, the value (masked where it is an identifier) with its
 * copy button, or why there is nothing to copy with a link to where it is fixed.
 */
export function FieldRow({ section, field, profile, locale, t, describe, copied, onCopy, onFix }: FieldRowProps) {
  const testId = `${section.id}.${field.id}`;
  const copyable = isCopyable(field);
  const missing = field.missing;
  const reason =
    missing === null
      ? null
      : missing.reason === 'problem'
        ? describe(t, missing.problem, profile)
        : t(`fa.missing.${missing.reason}`);
  const fixText =
    field.fixAt === null || missing?.reason === 'not-kept'
      ? null
      : field.fixAt === 'verification-method'
        ? t('fa.fix.route')
        : field.fixAt === 'photos'
          ? t('fa.fix.photos')
          : missing
            ? t('fa.fix.profile')
            : null;
  return (
    <View className={`fa-field${copied ? ' fa-field--copied' : ''}`} data-testid={`field-${testId}`}>
      <View className='fa-field__head'>
        <Text className='fa-field__label'>{t(labelKey(field.id))}</Text>
        {section.order === 'partly' && !field.orderConfirmed ? (
          <Text className='fa-tag' data-testid={`unconfirmed-${testId}`}>
            {t('fa.order.field')}
          </Text>
        ) : null}
      </View>
      {locale === 'en' ? (
        <Text className='fa-field__form-word'>{t('fa.formWords', { label: formLabel(field.id) })}</Text>
      ) : null}
      <View className='fa-field__body'>
        {copyable ? (
          <Text className='fa-field__value' data-testid={`value-${testId}`}>
            {shownValue(field, t, locale)}
          </Text>
        ) : (
          <Text
            className={`fa-field__missing${missing?.reason === 'not-kept' || !missing ? '' : ' warn-text'}`}
            data-testid={`missing-${testId}`}
          >
            {reason ?? ''}
          </Text>
        )}
        {copyable ? (
          <Text className={`fa-copy${copied ? ' fa-copy--done' : ''}`} data-testid={`copy-${testId}`} onClick={onCopy}>
            {copied ? t('fa.copied') : t('fa.copy')}
          </Text>
        ) : fixText ? (
          <Text className='fa-fix' data-testid={`fix-${testId}`} onClick={onFix}>
            {fixText}
          </Text>
        ) : null}
      </View>
      {field.warning ? (
        <Text className='fa-field__warning warn-text' data-testid={`warning-${testId}`}>
          {describe(t, field.warning, profile)}
        </Text>
      ) : null}
      {field.note ? (
        <Text className='fa-field__note'>{t(`fa.note.${field.note}`, { last4: field.noteValue ?? '' })}</Text>
      ) : null}
    </View>
  );
}
