/**
 * The phones the fake can be: an iPhone, an Android phone, or WeChat DevTools on a desktop. They
 * differ where WeChat does (rules.ts says where): exporting an offscreen canvas, the canvas area
 * limit, and how much decoded image memory there is.
 */
import { CANVAS_MAX_AREA_IOS, CANVAS_MAX_SIDE, PHONE_IMAGE_MEMORY_BYTES } from './rules';

export type ProfileName = 'ios' | 'android' | 'devtools';

export interface WxProfile {
  name: ProfileName;
  /** getSystemInfo().platform */
  platform: 'ios' | 'android' | 'devtools';
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
        sdkVersion,
        offscreenExport: true,
        canvasMaxSide: CANVAS_MAX_SIDE,
        canvasMaxArea: CANVAS_MAX_SIDE * CANVAS_MAX_SIDE,
        // No published figure; the iPhone one is used for Android too.
        imageMemoryBytes: PHONE_IMAGE_MEMORY_BYTES,
        compressesJpegOnly: false,
      };
    case 'devtools':
      return {
        name,
        platform: 'devtools',
        system: 'DevTools',
        sdkVersion,
        offscreenExport: true,
        canvasMaxSide: CANVAS_MAX_SIDE,
        canvasMaxArea: CANVAS_MAX_SIDE * CANVAS_MAX_SIDE,
        imageMemoryBytes: 4 * 1024 * 1024 * 1024,
        compressesJpegOnly: false,
      };
  }
}
