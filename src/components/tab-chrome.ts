import type { MessageKey } from '@/i18n';
import { setNavigationTitle, setTabBarTexts } from '@/platform/system';

const TAB_KEYS: readonly MessageKey[] = ['tab.progress', 'tab.materials', 'tab.me'];

/** Re-labels the native tab bar and the page title in the current language (call on show). */
export function applyTabChrome(t: (key: MessageKey) => string, titleKey: MessageKey): void {
  setTabBarTexts(TAB_KEYS.map((key) => t(key)));
  setNavigationTitle(t(titleKey));
}
