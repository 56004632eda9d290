/**
 * Message tables are split by feature so they stay small; each module pairs a zh-CN table with
 * an en table that must have exactly the same keys (the type makes a missing key a compile error,
 * and __tests__/guards/i18n.test.ts catches empty strings at run time).
 *
 * English messages that count a noun use ICU's plural form, `{count, plural, one {# problem} other
 * {# problems}}` (format.ts); Chinese has no grammatical plural and keeps `{count} 个问题`.
 * __tests__/guards/i18n-plurals.test.ts checks that every counted English message has both forms.
 */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export function defineMessages<const Z extends Record<string, string>>(tables: {
  'zh-CN': Z;
  en: { [K in keyof Z]: string };
}) {
  return tables;
}

/**
 * A table written as `key: [zh-CN, en]` pairs, so a message's two wordings sit side by side and
 * cannot drift apart in key order; split into the two tables defineMessages pairs up.
 */
export function defineMessagePairs<const P extends Record<string, readonly [string, string]>>(pairs: P) {
  type Key = keyof P & string;
  const zh = {} as Record<Key, string>;
  const en = {} as Record<Key, string>;
  for (const [key, [zhText, enText]] of Object.entries(pairs) as [Key, readonly [string, string]][]) {
    zh[key] = zhText;
    en[key] = enText;
  }
  return defineMessages({ 'zh-CN': zh, en });
}
