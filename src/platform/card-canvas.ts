import Taro from '@tarojs/taro';

/**
 * The card image (5:4) on weapp: an offscreen 2D canvas (base library ≥ 2.16.1), exported to a
 * PNG file for onShareAppMessage's imageUrl and for the poster. The painting itself is the
 * caller's (features/share-card), through the standard 2D context calls both platforms share.
 *
 * Export: wx.canvasToTempFilePath does not reliably accept an offscreen canvas (older docs say
 * "暂不支持离屏 canvas", and iOS fails), so the canvas is read with toDataURL and written to a
 * file under USER_DATA_PATH; canvasToTempFilePath({ canvas }) is only the fallback.
 */

import type { CardPaintContext, CardPainter } from './card-paint-types';

export type { CardPaintContext, CardPainter };

interface WxOffscreenCanvas {
  getContext(type: '2d'): CardPaintContext | null;
  toDataURL?: (type?: string) => string;
}

let lastFile: string | null = null;

/** A fresh file name each time, so WeChat does not show a cached earlier image for the same path. */
function nextFilePath(): string | null {
  const root = (Taro as unknown as { env?: { USER_DATA_PATH?: string } }).env?.USER_DATA_PATH;
  return root ? `${root}/share-card-${Date.now()}.png` : null;
}

interface FileSystem {
  writeFile(o: {
    filePath: string;
    data: string;
    encoding: 'base64';
    success: () => void;
    fail: (e: unknown) => void;
  }): void;
  unlink(o: { filePath: string; success?: () => void; fail?: () => void }): void;
}

async function writePng(dataUrl: string): Promise<string | null> {
  const base64 = /^data:image\/png;base64,(.+)$/.exec(dataUrl)?.[1];
  const filePath = nextFilePath();
  if (base64 === undefined || !filePath) return null;
  const fs = Taro.getFileSystemManager() as unknown as FileSystem;
  await new Promise<void>((resolve, reject) =>
    fs.writeFile({ filePath, data: base64, encoding: 'base64', success: resolve, fail: reject }),
  );
  const previous = lastFile;
  lastFile = filePath;
  // The previous image is no longer shared; an already missing file is fine.
  if (previous && previous !== filePath) fs.unlink({ filePath: previous, fail: () => undefined });
  return filePath;
}

/**
 * Paints a `width`×`height` image with `paint` and resolves with a local file path, or null
 * when this WeChat cannot draw offscreen (then the share falls back to WeChat's page snapshot).
 */
export async function renderCardImage(width: number, height: number, paint: CardPainter): Promise<string | null> {
  let canvas: WxOffscreenCanvas;
  try {
    const create = (Taro as unknown as { createOffscreenCanvas?: (o: object) => WxOffscreenCanvas })
      .createOffscreenCanvas;
    if (typeof create !== 'function') return null;
    canvas = create({ type: '2d', width, height });
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    paint(ctx, width, height);
  } catch {
    return null;
  }
  try {
    if (typeof canvas.toDataURL === 'function') {
      const path = await writePng(canvas.toDataURL('image/png'));
      if (path) return path;
    }
  } catch {
    // Fall through to canvasToTempFilePath.
  }
  try {
    const result = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png' } as never);
    return (result as { tempFilePath?: string }).tempFilePath ?? null;
  } catch {
    return null;
  }
}

export type PosterResult = 'saved' | 'denied' | 'cancelled' | 'failed';

/**
 * Saves the card image to the phone's album. 'denied' when the album permission was refused
 * (WeChat then no longer asks: the user must turn it on in the settings, see openSettings).
 */
export async function savePoster(image: string): Promise<PosterResult> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: image });
    return 'saved';
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error);
    // Declining WeChat's privacy sheet is a choice made just now, not a setting to change.
    if (/privacy/i.test(message)) return 'cancelled';
    // devtools "auth deny", Android "auth denied", iOS "authorize no response".
    if (/auth/i.test(message)) return 'denied';
    if (/cancel/i.test(message)) return 'cancelled';
    return 'failed';
  }
}

/** weapp saves into the album (it may need permission); the browser downloads a file instead. */
export const POSTER_SAVES_TO_ALBUM = true;
