/**
 * The WeChats the fake can be: an iPhone, an Android phone, WeChat DevTools, or WeChat on a
 * Windows or macOS computer. They differ where WeChat does (rules.ts says where): exporting an
 * offscreen canvas, the canvas area limit, how much decoded image memory there is, and the
 * platform getDeviceInfo reports ('windows' = "Windows微信", 'mac' = "macOS微信":
 * https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getDeviceInfo.html).
 */
import { CANVAS_MAX_AREA_IOS, CANVAS_MAX_SIDE, PHONE_IMAGE_MEMORY_BYTES } from './rules';

export type ProfileName = 'ios' | 'android' | 'devtools' | 'windows' | 'mac';

export interface WxProfile {
  name: ProfileName;
  /** getDeviceInfo().platform / getSystemInfo().platform */
  platform: 'ios' | 'android' | 'devtools' | 'windows' | 'mac';
  /** The window the page gets, in px (a phone's screen; a computer's resizable window, here widened). */
  windowWidth: number;
  windowHeight: number;
  system: string;
  /** The base library this WeChat runs (getAppBaseInfo().SDKVersion). */
  sdkVersion: string;
  /** wx.canvasToTempFilePath accepts an offscreen canvas (rule offscreen-export-ios). */
  offscreenExport: boolean;
  canvasMaxSide: number;
  canvasMaxArea: number;
  /** Live decoded-image + canvas bytes before a decode fails (rule decode-memory). */
  imageMemoryBytes: number;
  /** compressImage leaves PNG files alone (iOS only compresses JPG). */
  compressesJpegOnly: boolean;
}

/** A current WeChat: base library 3.8.0 (what the harness reported before the fake). */
export const CURRENT_SDK = '3.8.0';

export function profileOf(name: ProfileName, sdkVersion = CURRENT_SDK): WxProfile {
  switch (name) {
    case 'ios':
      return {
        name,
        platform: 'ios',
        system: 'iOS 17.5',
        windowWidth: 375,
        windowHeight: 812,
        sdkVersion,
        offscreenExport: false,
        canvasMaxSide: CANVAS_MAX_SIDE,
        canvasMaxArea: CANVAS_MAX_AREA_IOS,
        imageMemoryBytes: PHONE_IMAGE_MEMORY_BYTES,
        compressesJpegOnly: true,
      };
    case 'android':
      return {
        name,
        platform: 'android',
        system: 'Android 13',
        windowWidth: 393,
        windowHeight: 851,
        sdkVersion,
        offscreenExport: true,
        canvasMaxSide: CANVAS_MAX_SIDE,
        canvasMaxArea: CANVAS_MAX_SIDE * CANVAS_MAX_SIDE,
        // No published figure; the iPhone one is used for Android too.
        imageMemoryBytes: PHONE_IMAGE_MEMORY_BYTES,
        compressesJpegOnly: false,
      };
    case 'windows':
    case 'mac':
      // WeChat on a computer: the same framework (developers.weixin.qq.com/miniprogram/dev/framework/pc/),
      // no published canvas or memory limits, so the desktop figures of DevTools are used.
      return {
        name,
        platform: name,
        system: name === 'windows' ? 'Windows 11' : 'macOS 14.5',
        windowWidth: 1280,
        windowHeight: 800,
        sdkVersion,
        offscreenExport: true,
        canvasMaxSide: CANVAS_MAX_SIDE,
        canvasMaxArea: CANVAS_MAX_SIDE * CANVAS_MAX_SIDE,
        imageMemoryBytes: 4 * 1024 * 1024 * 1024,
        compressesJpegOnly: false,
      };
    case 'devtools':
      return {
        name,
        platform: 'devtools',
        system: 'DevTools',
        windowWidth: 375,
        windowHeight: 812,
        sdkVersion,
        offscreenExport: true,
        canvasMaxSide: CANVAS_MAX_SIDE,
        canvasMaxArea: CANVAS_MAX_SIDE * CANVAS_MAX_SIDE,
        imageMemoryBytes: 4 * 1024 * 1024 * 1024,
        compressesJpegOnly: false,
      };
  }
}
