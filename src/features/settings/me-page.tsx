import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { translate, type MessageKey, type Locale } from '@/i18n';
import { useAppStore } from '@/store';
import type { LocalePreference } from '@/store/settings-slice';
import { useT, useLocale } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { canOpenPrivacyContract, openPrivacyContract } from '@/platform/privacy';
import { confirmModal, showToast } from '@/platform/system';
import { reportSave, sizeText } from '@/components/save-feedback';
import type { CalendarEntry } from '@/store/schema';
import { eraseEverything } from './erase-everything';
import './me-page.scss';

const LANGUAGE_OPTIONS: ReadonlyArray<{ value: LocalePreference; key: MessageKey }> = [
  { value: 'system', key: 'me.language.system' },
  { value: 'zh-CN', key: 'me.language.zh' },
  { value: 'en', key: 'me.language.en' },
];

function dateTimeText(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

interface MePageProps {
  /** Lets the page re-label the tab bar right after a language switch. */
  onLocaleChanged?: (t: (key: MessageKey) => string) => void;
}

export function MePage({ onLocaleChanged }: MePageProps) {
  const t = useT();
  const locale = useLocale();
  const preference = useAppStore((s) => s.localePreference);
  const setPreference = useAppStore((s) => s.setLocalePreference);
  const use = useAppStore((s) => s.storageUse);
  // After erasing: the calendar reminders that stay in the phone calendar.
  const [calendarLeft, setCalendarLeft] = useState<CalendarEntry[] | null>(null);

  const choose = (value: LocalePreference) => {
    const saved = setPreference(value);
    const next: Locale = value === 'system' ? locale : value;
    onLocaleChanged?.((key) => translate(next, key));
    reportSave((key, params) => translate(next, key, params), saved);
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
    const result = await eraseEverything();
    if (!result.erased) {
      showToast(t('me.erase.failed'));
      return;
    }
    setCalendarLeft(result.calendar);
    showToast(t(result.filesErased ? 'me.erase.done' : 'me.erase.partial'), result.filesErased ? 'success' : 'none');
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

      <View className='section-title'>{t('me.storage.title')}</View>
      <View className='group'>
        <View className='cell' data-testid='storage-use'>
          <Text className='cell__label'>
            {use
              ? t('me.storage.use', { used: sizeText(t, use.usedKB * 1024), limit: sizeText(t, use.limitKB * 1024) })
              : t('me.storage.unknown')}
          </Text>
        </View>
        {use ? (
          <View className='me-page__meter'>
            <View
              className='me-page__meter-fill'
              style={{ width: `${Math.min(100, Math.round((use.usedKB / use.limitKB) * 100))}%` }}
            />
          </View>
        ) : null}
        <View className='cell'>
          <Text className='muted small'>{t('me.storage.hint')}</Text>
        </View>
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
      {calendarLeft ? (
        <View className='card me-page__calendar' data-testid='erase-calendar-left'>
          {calendarLeft.length > 0 ? (
            <>
              <Text className='me-page__local-title'>{t('me.erase.calendar.title')}</Text>
              <Text className='muted'>{t('me.erase.calendar.body')}</Text>
              {calendarLeft.map((entry) => (
                <Text className='me-page__calendar-item' key={`${entry.title}-${entry.start}`}>
                  {t('me.erase.calendar.item', { title: entry.title, time: dateTimeText(entry.start) })}
                </Text>
              ))}
            </>
          ) : (
            <Text className='muted'>{t('me.erase.calendar.none')}</Text>
          )}
        </View>
      ) : null}
      <PrivacySheet />
    </View>
  );
}
