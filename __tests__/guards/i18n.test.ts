import { messages, translate, localeFromSystem, LOCALES } from '@/i18n/all';
import { placeholderNames } from '../support/icu-messages';

describe('message tables', () => {
  const zhKeys = Object.keys(messages['zh-CN']).sort();

  it('have the same keys in every locale', () => {
    for (const locale of LOCALES) expect(Object.keys(messages[locale]).sort()).toEqual(zhKeys);
  });

  it.each(LOCALES)('have no missing or empty message in %s', (locale) => {
    const empty = zhKeys.filter((key) => {
      const value = (messages[locale] as Record<string, string | undefined>)[key];
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages (a plural block counts as its argument)', () => {
    const names = (s: string) => [...placeholderNames(s)].sort();
    const mismatched = zhKeys.filter(
      (key) =>
        JSON.stringify(names(messages['zh-CN'][key as keyof (typeof messages)['zh-CN']])) !==
        JSON.stringify(names(messages.en[key as keyof (typeof messages)['en']])),
    );
    expect(mismatched).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'common.failed', { reason: 'disk full' })).toBe('Failed: disk full');
    expect(translate('en', 'common.failed')).toBe('Failed: {reason}');
  });

  it('maps phone languages to a supported locale, Chinese by default', () => {
    expect(localeFromSystem('zh_CN')).toBe('zh-CN');
    expect(localeFromSystem('zh-Hant-TW')).toBe('zh-CN');
    expect(localeFromSystem('en')).toBe('en');
    expect(localeFromSystem('en-US')).toBe('en');
    expect(localeFromSystem(undefined)).toBe('zh-CN');
    expect(localeFromSystem('')).toBe('zh-CN');
  });
});
