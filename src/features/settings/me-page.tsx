import { View, Text, Button } from '@tarojs/components';
import { translate, type MessageKey, type Locale } from '@/i18n';
import { useAppStore } from '@/store';
import type { LocalePreference } from '@/store/settings-slice';
import { useT, useLocale } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { canOpenPrivacyContract, openPrivacyContract } from '@/platform/privacy';
import { confirmModal, showToast } from '@/platform/system';
import { eraseEverything } from './erase-everything';
import './me-page.scss';

const LANGUAGE_OPTIONS: ReadonlyArray<{ value: LocalePreference; key: MessageKey }> = [
  { value: 'system', key: 'me.language.system' },
  { value: 'zh-CN', key: 'me.language.zh' },
  { value: 'en', key: 'me.language.en' },
];

interface MePageProps {
  /** Lets the page re-label the tab bar right after a language switch. */
  onLocaleChanged?: (t: (key: MessageKey) => string) => void;
}

export function MePage({ onLocaleChanged }: MePageProps) {
  const t = useT();
  const locale = useLocale();
  const preference = useAppStore((s) => s.localePreference);
  const setPreference = useAppStore((s) => s.setLocalePreference);

  const choose = (value: LocalePreference) => {
    setPreference(value);
    const next: Locale = value === 'system' ? locale : value;
    onLocaleChanged?.((key) => translate(next, key));
  };

  const erase = async () => {
    const ok = await confirmModal({
      title: t('me.erase.title'),
      content: t('me.erase.confirm'),
      confirmText: t('common.delete'),
      cancelText: t('common.cancel'),
      danger: true,
    });
    if (!ok) return;
    const allFilesGone = await eraseEverything();
    showToast(t(allFilesGone ? 'me.erase.done' : 'me.erase.partial'), allFilesGone ? 'success' : 'none');
  };

  return (
    <View className='page me-page'>
      <StorageBanner />
      <View className='section-title'>{t('me.language')}</View>
      <View className='group' data-testid='language-options'>
        {LANGUAGE_OPTIONS.map((option) => (
          <View
            key={option.value}
            className='cell'
            data-testid={`language-${option.value}`}
            onClick={() => choose(option.value)}
          >
            <Text className='cell__label'>{t(option.key)}</Text>
            {preference === option.value ? <Text className='ok-text'>✓</Text> : null}
          </View>
        ))}
      </View>

      <View className='card me-page__local'>
        <Text className='me-page__local-title'>{t('me.local.title')}</Text>
        <Text className='muted'>{t('me.local.body')}</Text>
        {canOpenPrivacyContract ? (
          <Text className='me-page__link' data-testid='privacy-contract' onClick={openPrivacyContract}>
            {t('me.privacy.contract')}
          </Text>
        ) : null}
      </View>

      <View className='section-title'>{t('me.erase.title')}</View>
      <View className='group'>
        <View className='cell'>
          <Text className='muted'>{t('me.erase.body')}</Text>
        </View>
      </View>
      <Button className='btn btn--danger' data-testid='erase-everything' onClick={erase}>
        {t('me.erase.title')}
      </Button>
      <PrivacySheet />
    </View>
  );
}
