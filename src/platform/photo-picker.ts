import Taro from '@tarojs/taro';
import type { PhotoData } from './photo-files';

/**
 * Getting a photo: the Camera component's takePhoto, or chooseMedia (album / system camera).
 * weapp; the browser build (photo-picker.h5.ts) only has the file chooser.
 */

export type PickFailure = 'cancelled' | 'denied' | 'failed';
export type PickResult = { ok: true; data: PhotoData } | { ok: false; reason: PickFailure };

/** True where the in-page Camera component exists (weapp). */
export const inPageCameraAvailable = true;

/** Maps a WeChat errMsg to what happened. */
export function pickFailureOf(error: unknown): PickFailure {
  const msg = String((error as { errMsg?: string })?.errMsg ?? (error as Error)?.message ?? error);
  if (/cancel/i.test(msg)) return 'cancelled';
  if (/auth|deny|denied|permission|privacy|scope/i.test(msg)) return 'denied';
  return 'failed';
}

/** Opens WeChat's chooser: 'album', or 'camera' (the system camera). */
export async function pickPhoto(source: 'album' | 'camera'): Promise<PickResult> {
  try {
    const res = await Taro.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sourceType: [source],
      sizeType: ['original'],
      camera: 'back',
    } as never);
    const file = (res as { tempFiles?: Array<{ tempFilePath?: string }> }).tempFiles?.[0];
    if (!file?.tempFilePath) return { ok: false, reason: 'cancelled' };
    return { ok: true, data: file.tempFilePath };
  } catch (error) {
    return { ok: false, reason: pickFailureOf(error) };
  }
}

/** Takes a photo with the page's Camera component (quality high: the full sensor size). */
export async function takeCameraPhoto(): Promise<PickResult> {
  try {
    const context = Taro.createCameraContext();
    const res = await new Promise<{ tempImagePath: string }>((resolve, reject) => {
      context.takePhoto({
        quality: 'high',
        success: (r: { tempImagePath: string }) => resolve(r),
        fail: (e: unknown) => reject(e),
      } as never);
    });
    if (!res?.tempImagePath) return { ok: false, reason: 'failed' };
    return { ok: true, data: res.tempImagePath };
  } catch (error) {
    return { ok: false, reason: pickFailureOf(error) };
  }
}
