/**
 * Base-library versions: when each wx API the app touches appeared (the "基础库 X 开始支持" line
 * of its page on developers.weixin.qq.com/miniprogram/dev/api/…), and the minimum base library
 * this project declares in project.config.json (`libVersion`). The fake's canIUse answers from
 * this table, and an API newer than the profile's SDKVersion is simply absent from `wx`, as on
 * an old WeChat.
 */
import fs from 'fs';
import path from 'path';

/** First base library with the API (1.0.0 where the page names none). */
export const API_SINCE: Readonly<Record<string, string>> = {
  // Storage, UI, navigation: base library 1.x (each page names no version).
  getStorageSync: '1.0.0',
  setStorageSync: '1.0.0',
  removeStorageSync: '1.0.0',
  clearStorageSync: '1.0.0',
  getStorageInfoSync: '1.0.0',
  getSystemInfoSync: '1.0.0',
  showToast: '1.0.0',
  showModal: '1.0.0',
  navigateTo: '1.0.0',
  redirectTo: '1.0.0',
  navigateBack: '1.0.0',
  switchTab: '1.0.0',
  reLaunch: '1.1.0',
  setNavigationBarTitle: '1.0.0',
  canvasToTempFilePath: '1.0.0',
  getImageInfo: '1.0.0',
  // wx.setClipboardData / getClipboardData: 1.1.0.
  setClipboardData: '1.1.0',
  getClipboardData: '1.1.0',
  // wx.openSetting 1.1.0; wx.getSetting 1.2.0.
  openSetting: '1.1.0',
  getSetting: '1.2.0',
  showShareMenu: '1.1.0',
  // wx.saveImageToPhotosAlbum 1.2.0.
  saveImageToPhotosAlbum: '1.2.0',
  // wx.pageScrollTo 1.4.0 (its selector option 2.7.3).
  pageScrollTo: '1.4.0',
  'pageScrollTo.object.selector': '2.7.3',
  // wx.createCameraContext 1.6.0.
  createCameraContext: '1.6.0',
  // wx.setTabBarItem 1.9.0.
  setTabBarItem: '1.9.0',
  // wx.getFileSystemManager 1.9.9.
  getFileSystemManager: '1.9.9',
  // wx.compressImage 2.4.0; compressedWidth / compressedHeight 2.26.0.
  compressImage: '2.4.0',
  'compressImage.object.compressedWidth': '2.26.0',
  'compressImage.object.compressedHeight': '2.26.0',
  // wx.chooseMedia 2.10.0.
  chooseMedia: '2.10.0',
  // Canvas.toDataURL 2.11.0.
  'Canvas.toDataURL': '2.11.0',
  // wx.addPhoneCalendar 2.15.0.
  addPhoneCalendar: '2.15.0',
  // wx.createOffscreenCanvas({ type: '2d' }) and wx.shareFileMessage: 2.16.1.
  createOffscreenCanvas: '2.16.1',
  shareFileMessage: '2.16.1',
  // wx.getDeviceInfo and wx.getWindowInfo 2.20.1 (both on Windows and Mac WeChat).
  getDeviceInfo: '2.20.1',
  getWindowInfo: '2.20.1',
  // wx.getAppBaseInfo 2.25.3.
  getAppBaseInfo: '2.25.3',
  // Privacy: wx.onNeedPrivacyAuthorization, wx.openPrivacyContract, wx.getPrivacySetting and
  // <button open-type="agreePrivacyAuthorization">: 2.32.3.
  onNeedPrivacyAuthorization: '2.32.3',
  openPrivacyContract: '2.32.3',
  getPrivacySetting: '2.32.3',
  'button.open-type.agreePrivacyAuthorization': '2.32.3',
};

/** -1, 0 or 1 as `a` is older than, equal to or newer than `b` ('2.16.1' style). */
export function compareVersion(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** canIUse against the table: unknown names answer false, as wx.canIUse does for a typo. */
export function canIUseAt(sdkVersion: string, schema: string): boolean {
  const since = API_SINCE[schema];
  return since !== undefined && compareVersion(sdkVersion, since) >= 0;
}

/** The minimum base library the project declares (project.config.json `libVersion`). */
export function minimumBaseLibrary(): string {
  const config = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../project.config.json'), 'utf8')) as {
    libVersion?: string;
  };
  if (!config.libVersion) throw new Error('project.config.json declares no libVersion');
  return config.libVersion;
}
