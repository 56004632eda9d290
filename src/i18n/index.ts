import { common } from './messages/common';
import { journey } from './messages/journey';
import { countdowns } from './messages/countdowns';
import { storage } from './messages/storage';
import type { photos } from './messages/photos';
import type { share } from './messages/share';
import type { filingRules } from './messages/filing-rules';
import type { filingPage } from './messages/filing-page';
import type { help } from './messages/help';
import type { sms } from './messages/sms';
import type { countdownCards } from './messages/countdown-cards';
import type { formAssistant } from './messages/form-assistant';
import { LOCALES, type Locale } from './define';
import { formatMessage, type MessageParams } from './format';

export { LOCALES, type Locale };

/**
 * Tables the tab pages need are loaded here, in the main package. Features that live only in
 * subpackages (photos, share card, filing rules, the filing, help and SMS pages, the review-clock
 * and calendar cards, the form assistant) register theirs when their page loads
 * (registerMessages), so their text does not weigh on the 512 KB main package. Keys stay typed
 * across all of them.
 */
const mainTables = [common, journey, countdowns, storage] as const;
type AllTables = readonly [
  typeof common,
  typeof journey,
  typeof countdowns,
  typeof storage,
  typeof photos,
  typeof share,
  typeof filingRules,
  typeof filingPage,
  typeof help,
  typeof sms,
  typeof countdownCards,
  typeof formAssistant,
];

type Merge<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? (H extends { 'zh-CN': infer Z } ? Z : never) & Merge<R>
  : unknown;

export type MessageKey = keyof Merge<AllTables> & string;

type Table = { 'zh-CN': Record<string, string>; en: Record<string, string> };

/** Every registered message, by locale. */
export const messages: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': Object.assign({}, ...mainTables.map((t) => t['zh-CN'])),
  en: Object.assign({}, ...mainTables.map((t) => t.en)),
};

/** Adds a feature's table (called once by the feature's page module). */
export function registerMessages(table: Table): void {
  Object.assign(messages['zh-CN'], table['zh-CN']);
  Object.assign(messages.en, table.en);
}

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from `params` and plural
 * blocks (`{count, plural, one {…} other {…}}`, English only) chosen by their number.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(locale, messages[locale][key] ?? messages['zh-CN'][key] ?? key, params);
}

/** Maps a phone language tag (wx: 'zh_CN', 'en'; browser: 'zh-CN', 'en-US') to a supported locale. */
export function localeFromSystem(language: string | undefined): Locale {
  return /^zh/i.test(language ?? '') ? 'zh-CN' : language ? 'en' : 'zh-CN';
}
