import Taro from '@tarojs/taro';

/**
 * Synchronous key-value storage as the mini program sees it (wx storage on weapp,
 * localStorage behind Taro on H5). Raw strings only; the store layer owns the format.
 */
export interface RawStorage {
  /** The stored string, or null when the key is missing (wx returns '' for a missing key). */
  get(key: string): string | null;
  /** Throws when the write fails (e.g. the 10 MB quota); callers must surface that. */
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
  clear(): void;
  /** Space used and allowed, in KB, as wx.getStorageInfoSync reports it; null if unknown. */
  info?(): { usedKB: number; limitKB: number } | null;
}

export const taroStorage: RawStorage = {
  get(key) {
    const value: unknown = Taro.getStorageSync(key);
    // Stack notes trap 9: a missing key comes back as '' — that means "no data", not an error.
    if (value === '' || value === undefined || value === null) return null;
    return typeof value === 'string' ? value : JSON.stringify(value);
  },
  set(key, value) {
    Taro.setStorageSync(key, value);
  },
  remove(key) {
    Taro.removeStorageSync(key);
  },
  keys() {
    return Taro.getStorageInfoSync().keys;
  },
  clear() {
    Taro.clearStorageSync();
  },
  info() {
    // currentSize / limitSize are in KB (https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.getStorageInfo.html).
    // The browser build reports NaN for both (Taro H5 cannot measure localStorage): unknown.
    const res = Taro.getStorageInfoSync();
    if (!Number.isFinite(res?.currentSize) || !Number.isFinite(res?.limitSize) || res.limitSize <= 0) return null;
    return { usedKB: res.currentSize, limitKB: res.limitSize };
  },
};
