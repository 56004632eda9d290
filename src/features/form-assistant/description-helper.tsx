import { useState } from 'react';
import { View, Text, Textarea } from '@tarojs/components';
import type { FilingProfile } from '@/domain/filing';
import { entityNameOf } from '@/domain/principals';
import { SERVICE_DESCRIPTION_LENGTH, codePointLength, type PreflightProblem } from '@/domain/preflight';
import { DESCRIPTION_TEMPLATES, templateFor, type DescriptionTemplateId } from '@/domain/service-description';
import { translate, type Locale } from '@/i18n';
import type { Translate } from '@/features/journey';
import type { DescribeProblem } from './words';

/** The problems the pre-flight finds in the description (length, template blanks, approval, name). */
const DESCRIPTION_FIELDS = new Set(['serviceDescription']);

interface DescriptionHelperProps {
  profile: FilingProfile;
  problems: readonly PreflightProblem[];
  locale: Locale;
  t: Translate;
  describe: DescribeProblem;
  /** Saves a new description to the profile (typed, or a template). */
  onChange: (text: string) => void;
}

/** A template filled from the profile, in `locale`; what the profile lacks stays a 〔…〕 blank. */
function filledTemplate(id: DescriptionTemplateId, profile: FilingProfile, locale: Locale): string {
  const services = profile.serviceTypes
    .map((s) => s.trim())
    .filter(Boolean)
    .join('、');
  return translate(locale, `fa.template.${id}`, {
    name: profile.miniProgramName.trim() || translate(locale, 'fa.slot.name'),
    entity: entityNameOf(profile).trim() || translate(locale, 'fa.slot.entity'),
    services: services || translate(locale, 'fa.slot.services'),
  });
}

/**
 * Help with the service description (备注): its length, the pre-flight's warnings on it, and
 * fill-in templates per service type, completed from the profile. The description is edited here
 * and saved to the profile as typed; using a template keeps the previous text for one undo.
 */
export function DescriptionHelper({ profile, problems, locale, t, describe, onChange }: DescriptionHelperProps) {
  const suggested = templateFor(profile);
  const [chosen, setChosen] = useState<DescriptionTemplateId>(suggested);
  const [previous, setPrevious] = useState<string | null>(null);
  const text = profile.serviceDescription;
  const length = codePointLength(text.trim());
  const outOfRange = length > 0 && (length < SERVICE_DESCRIPTION_LENGTH.min || length > SERVICE_DESCRIPTION_LENGTH.max);
  const own = problems.filter((p) => DESCRIPTION_FIELDS.has(p.field) && !(p.code === 'required' && length === 0));
  const template = filledTemplate(chosen, profile, 'zh-CN');

  const useTemplate = () => {
    setPrevious(text);
    onChange(template);
  };

  return (
    <View className='fa-desc' data-testid='description-helper'>
      <Text className='fa-desc__title'>{t('fa.desc.title')}</Text>
      <Text className='fa-desc__rule'>
        {t('fa.desc.rule', { min: SERVICE_DESCRIPTION_LENGTH.min, max: SERVICE_DESCRIPTION_LENGTH.max })}
      </Text>
      <Textarea
        className='fa-desc__input'
        data-testid='description-input'
        value={text}
        maxlength={400}
        autoHeight
        placeholder={t('fa.desc.placeholder')}
        placeholderClass='fa-desc__placeholder'
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text className={`fa-desc__count${outOfRange ? ' danger-text' : ''}`} data-testid='description-count'>
        {t('fa.desc.count', { count: length })}
      </Text>
      {own.length > 0 ? (
        own.map((problem) => (
          <Text
            key={`${problem.code}-${problem.industry ?? problem.detail ?? ''}`}
            className={`fa-desc__problem ${problem.severity === 'blocking' ? 'danger-text' : 'warn-text'}`}
            data-testid={`description-problem-${problem.code}`}
          >
            {describe(t, problem, profile)}
          </Text>
        ))
      ) : length > 0 ? (
        <Text className='fa-desc__clear ok-text' data-testid='description-clear'>
          {t('fa.desc.clear')}
        </Text>
      ) : null}

      <Text className='fa-desc__subtitle'>{t('fa.desc.templates')}</Text>
      <View className='fa-chips'>
        {DESCRIPTION_TEMPLATES.map((id) => (
          <Text
            key={id}
            className={`fa-chip${id === chosen ? ' fa-chip--on' : ''}`}
            data-testid={`template-${id}`}
            onClick={() => setChosen(id)}
          >
            {t(`fa.template.name.${id}`)}
            {id === suggested ? ` · ${t('fa.desc.suggested')}` : ''}
          </Text>
        ))}
      </View>
      <Text className='fa-desc__preview' data-testid='template-preview'>
        {template}
      </Text>
      {locale === 'en' ? (
        <>
          <Text className='fa-desc__gloss'>{filledTemplate(chosen, profile, 'en')}</Text>
          <Text className='fa-desc__gloss'>{t('fa.desc.chinese')}</Text>
        </>
      ) : null}
      <View className='fa-desc__actions'>
        <Text className='fa-button' data-testid='template-use' onClick={useTemplate}>
          {text.trim() ? t('fa.desc.replace') : t('fa.desc.use')}
        </Text>
        {previous !== null ? (
          <Text
            className='fa-button fa-button--plain'
            data-testid='template-undo'
            onClick={() => {
              onChange(previous);
              setPrevious(null);
            }}
          >
            {t('fa.desc.undo')}
          </Text>
        ) : null}
      </View>
    </View>
  );
}
