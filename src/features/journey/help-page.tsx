import { useEffect } from 'react';
import { View, Text } from '@tarojs/components';
import { useT } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { setNavigationTitle } from '@/platform/system';
import type { MessageKey } from '@/i18n';
import { PRIOR_APPROVAL_INDUSTRIES } from '@/domain/prior-approval';
import './help-page.scss';

/** The guide's notes and FAQ, every sentence, in the order the user meets them. */
const SECTIONS: ReadonlyArray<{ title: MessageKey; items: readonly MessageKey[] }> = [
  {
    title: 'help.materials.title',
    items: [
      'help.materials.1',
      'help.materials.2',
      'help.materials.3',
      'help.materials.4',
      'help.materials.5',
      'help.materials.6',
    ],
  },
  {
    title: 'help.register.title',
    items: ['help.register.email', 'help.register.spam', 'help.register.personal', 'help.register.admin'],
  },
  {
    title: 'help.verify.title',
    items: [
      'help.verify.methods',
      'help.verify.entities',
      'help.verify.fee',
      'help.verify.fees',
      'help.verify.time',
      'help.verify.required',
      'help.verify.renewal',
    ],
  },
  {
    title: 'help.filing.title',
    items: [
      'help.filing.law',
      'help.filing.guangdong',
      'help.filing.special',
      'help.filing.phone',
      'help.filing.face',
      'help.filing.sms',
      'help.filing.bureau',
      'help.filing.moreInfo',
    ],
  },
  { title: 'help.deadlines.title', items: ['help.deadlines.new', 'help.deadlines.existing'] },
];

const FAQ: ReadonlyArray<{ q: MessageKey; a: MessageKey }> = [
  { q: 'help.faq.q1', a: 'help.faq.a1' },
  { q: 'help.faq.q2', a: 'help.faq.a2' },
  { q: 'help.faq.q3', a: 'help.faq.a3' },
];

/** The help page; the filing id is accepted for the route but the guide is the same for all. */
export function HelpPage(_props: { id?: string }) {
  const t = useT();
  useEffect(() => setNavigationTitle(t('help.title')), [t]);
  return (
    <View className='page help'>
      <View className='help__intro'>
        <Text>{t('help.intro')}</Text>
      </View>
      {SECTIONS.map((section) => (
        <View key={section.title}>
          <View className='section-title'>{t(section.title)}</View>
          <View className='group help__group'>
            {section.items.map((key) => (
              <View key={key} className='help__item'>
                <View className='help__bullet' />
                <Text className='help__text'>{t(key)}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
      <View className='section-title'>{t('help.faq.title')}</View>
      <View className='group help__group'>
        {FAQ.map((entry, index) => (
          <View key={entry.q} className='help__faq'>
            <Text className='help__q'>{`Q${index + 1}  ${t(entry.q)}`}</Text>
            <Text className='help__a'>{t(entry.a)}</Text>
            {entry.a === 'help.faq.a3' ? <Text className='help__a help__a--note'>{t('help.faq.a3.note')}</Text> : null}
          </View>
        ))}
      </View>
      <View className='section-title'>{t('help.industries.title')}</View>
      <View className='group help__group' data-testid='help-industries'>
        <View className='help__item'>
          <Text className='help__text'>{t('help.industries.intro')}</Text>
        </View>
        {PRIOR_APPROVAL_INDUSTRIES.map((industry) => (
          <View key={industry} className='help__item'>
            <View className='help__bullet' />
            <Text className='help__text'>
              {t('help.industries.item', {
                industry: t(`industry.${industry}`),
                certificate: t(`material.prior-approval-${industry}`),
              })}
            </Text>
          </View>
        ))}
      </View>
      <PrivacySheet />
    </View>
  );
}
