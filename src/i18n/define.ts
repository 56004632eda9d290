/**
 * Message tables are split by feature so they stay small; each module pairs a zh-CN table with
 * an en table that must have exactly the same keys (the type makes a missing key a compile error,
 * and __tests__/domain/i18n.test.ts catches empty strings at run time).
 */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export function defineMessages<const Z extends Record<string, string>>(tables: {
  'zh-CN': Z;
  en: { [K in keyof Z]: string };
}) {
  return tables;
}
