import Taro from '@tarojs/taro';
import { copyText } from './clipboard';

/** The phone's UI language tag ('zh_CN', 'en', …), or undefined if it cannot be read. */
export function systemLanguage(): string | undefined {
  try {
    if (typeof Taro.getAppBaseInfo === 'function') {
      const info = Taro.getAppBaseInfo();
      if (info?.language) return info.language;
    }
  } catch {
    // Older base libraries lack getAppBaseInfo; fall through.
  }
  try {
    return Taro.getSystemInfoSync().language;
  } catch {
    return undefined;
  }
}

export function showToast(title: string, icon: 'success' | 'none' | 'error' = 'none'): void {
  void Taro.showToast({ title, icon, duration: 2000 }).catch(() => undefined);
}

/** Resolves true when the user confirms. */
export async function confirmModal(options: {
  title: string;
  content: string;
  confirmText: string;
  cancelText: string;
  danger?: boolean;
}): Promise<boolean> {
  try {
    const result = await Taro.showModal({
      title: options.title,
      content: options.content,
      confirmText: options.confirmText,
      cancelText: options.cancelText,
      confirmColor: options.danger ? '#fa5151' : '#07c160',
    });
    return Boolean(result.confirm);
  } catch {
    return false;
  }
}

/** Copies `data` from a tap (clipboard.ts: one clipboard path for weapp and the browser). */
export function copyToClipboard(data: string): Promise<boolean> {
  return copyText(data);
}

let beforeLeave: (() => unknown) | null = null;

/** Runs before every navigation below (the store registers: pending writes go out first). */
export function onBeforeLeave(fn: () => unknown): void {
  beforeLeave = fn;
}

function leaving(): void {
  try {
    beforeLeave?.();
  } catch {
    // Saving reports its own failures; navigation goes on.
  }
}

export function navigateTo(url: string): void {
  leaving();
  void Taro.navigateTo({ url }).catch(() => undefined);
}

export function redirectTo(url: string): void {
  leaving();
  void Taro.redirectTo({ url }).catch(() => undefined);
}

export function navigateBack(): void {
  leaving();
  void Taro.navigateBack().catch(() => undefined);
}

export function switchTab(url: string): void {
  leaving();
  void Taro.switchTab({ url }).catch(() => undefined);
}

/** Tab bar texts cannot come from the i18n tables in app.config, so they are set at run time. */
export function setTabBarTexts(texts: readonly string[]): void {
  texts.forEach((text, index) => {
    void Taro.setTabBarItem({ index, text }).catch(() => undefined);
  });
}

export function setNavigationTitle(title: string): void {
  void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
}

/** Opens WeChat's settings page for this mini program. Call it straight from a tap handler. */
export function openSettings(): void {
  void Taro.openSetting().catch(() => undefined);
}

/**
 * Asks whether to open the settings page, and opens it from the confirm tap. WeChat opens the
 * settings only inside a user tap: inside showModal's success callback the confirm tap counts,
 * after `await showModal()` it no longer does (wx.openSetting page; the fake's rules tap-only and
 * tap-modal-callback).
 */
export function offerSettings(options: {
  title: string;
  content: string;
  confirmText: string;
  cancelText: string;
}): void {
  void Taro.showModal({
    title: options.title,
    content: options.content,
    confirmText: options.confirmText,
    cancelText: options.cancelText,
    confirmColor: '#07c160',
    success: (result) => {
      if (result.confirm) openSettings();
    },
  }).catch(() => undefined);
}
