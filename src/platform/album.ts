import Taro from '@tarojs/taro';
import type { PhotoData } from './photo-files';

/**
 * Getting an exported JPEG off the phone: into the album, or out as a file in a chat (so the
 * admin can open it on a PC). weapp; the browser build (album.h5.ts) downloads the file.
 */

export type SendResult = { ok: true } | { ok: false; reason: 'denied' | 'cancelled' | 'failed' };

/** True where "send as a file" is a separate action from "save to album". */
export const canShareFile = true;

function failureOf(error: unknown): 'denied' | 'cancelled' | 'failed' {
  const msg = String((error as { errMsg?: string })?.errMsg ?? (error as Error)?.message ?? error);
  if (/cancel/i.test(msg)) return 'cancelled';
  if (/auth|deny|denied|permission|privacy|scope/i.test(msg)) return 'denied';
  return 'failed';
}

export async function saveToAlbum(data: PhotoData, _fileName: string): Promise<SendResult> {
  if (typeof data !== 'string') return { ok: false, reason: 'failed' };
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: data });
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

export async function shareAsFile(data: PhotoData, fileName: string): Promise<SendResult> {
  if (typeof data !== 'string') return { ok: false, reason: 'failed' };
  try {
    const api = Taro as unknown as { shareFileMessage(o: object): Promise<unknown> };
    await api.shareFileMessage({ filePath: data, fileName });
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}
