import Taro from '@tarojs/taro';
import type { PhotoData } from './photo-files.h5';

/**
 * Browser build: Taro's chooseMedia opens a hidden file input; the File it returns is the photo.
 * No in-page camera. Same exports as photo-picker.ts.
 */

export type PickFailure = 'cancelled' | 'denied' | 'failed';
export type PickResult = { ok: true; data: PhotoData } | { ok: false; reason: PickFailure };

export const inPageCameraAvailable = false;

export function pickFailureOf(error: unknown): PickFailure {
  const msg = String((error as { errMsg?: string })?.errMsg ?? (error as Error)?.message ?? error);
  if (/cancel|abort/i.test(msg)) return 'cancelled';
  if (/permission|denied|NotAllowed/i.test(msg)) return 'denied';
  return 'failed';
}

export async function pickPhoto(_source: 'album' | 'camera'): Promise<PickResult> {
  try {
    // One source only: with two, Taro shows its own action sheet on phones before the chooser.
    const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album'] } as never);
    const file = (res as { tempFiles?: Array<{ tempFilePath?: string; originalFileObj?: Blob }> }).tempFiles?.[0];
    if (file?.tempFilePath?.startsWith('blob:')) URL.revokeObjectURL(file.tempFilePath);
    if (!file?.originalFileObj) return { ok: false, reason: 'cancelled' };
    return { ok: true, data: file.originalFileObj };
  } catch (error) {
    return { ok: false, reason: pickFailureOf(error) };
  }
}

export async function takeCameraPhoto(): Promise<PickResult> {
  return pickPhoto('camera');
}
