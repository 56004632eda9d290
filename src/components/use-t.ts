import { useCallback } from 'react';
import { useAppStore } from '@/store';
import { localeFromSystem, translate, type Locale, type MessageKey } from '@/i18n';
import { systemLanguage } from '@/platform/system';

let cachedSystemLocale: Locale | null = null;

/** The phone's locale, read once per launch. */
function systemLocale(): Locale {
  if (!cachedSystemLocale) cachedSystemLocale = localeFromSystem(systemLanguage());
  return cachedSystemLocale;
}

/** The locale in force: the user's choice under 我的, else the phone's language. */
export function useLocale(): Locale {
  const preference = useAppStore((s) => s.localePreference);
  return preference === 'system' ? systemLocale() : preference;
}

/** `t(key, params)` bound to the current locale. */
export function useT() {
  const locale = useLocale();
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params),
    [locale],
  );
}
