import { common } from './messages/common';
import { journey } from './messages/journey';
import { countdowns } from './messages/countdowns';
import { photos } from './messages/photos';
import { share } from './messages/share';
import { LOCALES, type Locale } from './define';

export { LOCALES, type Locale };

/** Every feature's table merged; add a feature's module here. */
const tables = [common, journey, countdowns, photos, share] as const;

type Merge<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? (H extends { 'zh-CN': infer Z } ? Z : never) & Merge<R>
  : unknown;

export type MessageKey = keyof Merge<typeof tables> & string;

export const messages: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': Object.assign({}, ...tables.map((t) => t['zh-CN'])),
  en: Object.assign({}, ...tables.map((t) => t.en)),
};

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template = messages[locale][key] ?? messages['zh-CN'][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Maps a phone language tag (wx: 'zh_CN', 'en'; browser: 'zh-CN', 'en-US') to a supported locale. */
export function localeFromSystem(language: string | undefined): Locale {
  return /^zh/i.test(language ?? '') ? 'zh-CN' : language ? 'en' : 'zh-CN';
}
