import type { PhotoData } from './photo-files.h5';

/** Browser build: "save" downloads the JPEG. Same exports as album.ts. */

export type SendResult = { ok: true } | { ok: false; reason: 'denied' | 'cancelled' | 'failed' };

export const canShareFile = false;

function download(data: PhotoData, fileName: string): SendResult {
  try {
    const url = typeof data === 'string' ? data : URL.createObjectURL(data);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}

export async function saveToAlbum(data: PhotoData, fileName: string): Promise<SendResult> {
  return download(data, fileName);
}

export async function shareAsFile(data: PhotoData, fileName: string): Promise<SendResult> {
  return download(data, fileName);
}
