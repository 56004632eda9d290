import Taro from '@tarojs/taro';

/**
 * Puts `data` on the clipboard with wx.setClipboardData. Call it straight from a tap handler,
 * with no await before it: the app copies only on the user's tap (issue 14; the WeChat fake's
 * rule clipboard-from-tap). It is privacy-scoped (key Clipboard, declared in
 * docs/privacy-guide.json): before consent WeChat asks through onNeedPrivacyAuthorization and the
 * copy waits for the agree button. On success WeChat shows its own "内容已复制" toast
 * (https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html).
 * Resolves true when copied.
 */
export function copyText(data: string): Promise<boolean> {
  try {
    return Taro.setClipboardData({ data }).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}
