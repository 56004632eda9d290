import Taro from '@tarojs/taro';

/**
 * Which WeChat the mini program runs in. getDeviceInfo().platform (base library 2.20.1, also on
 * Windows and Mac WeChat) says 'ios', 'android', 'ohos' (HarmonyOS phone), 'ohos_pc' (HarmonyOS
 * PC), 'windows' ("Windows微信"), 'mac' ("macOS微信") or 'devtools':
 * https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getDeviceInfo.html
 * (getSystemInfoSync().platform names the same values and stands in on an older base library).
 */
export function hostPlatform(): string {
  try {
    if (typeof Taro.getDeviceInfo === 'function') {
      const platform = Taro.getDeviceInfo()?.platform;
      if (platform) return platform;
    }
  } catch {
    // Fall through to the older API.
  }
  try {
    return Taro.getSystemInfoSync().platform ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** WeChat on a computer (Windows, macOS, HarmonyOS PC): no camera, a keyboard and a wide window. */
export function isDesktopWeChat(): boolean {
  return ['windows', 'mac', 'ohos_pc'].includes(hostPlatform());
}
