import Taro from '@tarojs/taro';
import type { PhotoData } from './photo-files';
import { drawWatermark, type Watermark2d } from './canvas-watermark';

/**
 * Decoding photos into pixels and re-encoding them as JPEG, through a 2D canvas. weapp: an
 * offscreen canvas (type 2d) and its createImage; the browser build has photo-pixels.h5.ts.
 */

import {
  fitLongSide,
  MAX_DECODE_LONG_SIDE,
  type DecodedPhoto,
  type EncodedJpeg,
  type WatermarkDrawing,
} from './photo-pixels-types';

export { MAX_DECODE_LONG_SIDE, type DecodedPhoto, type EncodedJpeg, type WatermarkDrawing };

interface WxImage {
  width: number;
  height: number;
  src: string;
  onload: (() => void) | null;
  onerror: ((e: unknown) => void) | null;
}

interface WxCanvas {
  width: number;
  height: number;
  createImage(): WxImage;
  getContext(type: '2d'): Watermark2d & {
    drawImage(img: WxImage, x: number, y: number, w: number, h: number): void;
    getImageData(
      x: number,
      y: number,
      w: number,
      h: number,
    ): { data: Uint8ClampedArray; width: number; height: number };
    fillRect(x: number, y: number, w: number, h: number): void;
    clearRect(x: number, y: number, w: number, h: number): void;
    imageSmoothingQuality?: string;
  };
}

function fileSize(filePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const fs = Taro.getFileSystemManager() as unknown as { getFileInfo(o: object): void };
    fs.getFileInfo({
      filePath,
      success: (res: { size: number }) => resolve(res.size),
      fail: (err: { errMsg?: string }) => reject(new Error(err?.errMsg || 'getFileInfo failed')),
    });
  });
}

async function toTempJpeg(canvas: WxCanvas, w: number, h: number, quality: number): Promise<string> {
  const res = await Taro.canvasToTempFilePath({
    canvas: canvas as never,
    fileType: 'jpg',
    quality,
    x: 0,
    y: 0,
    width: w,
    height: h,
    destWidth: w,
    destHeight: h,
  } as never);
  return (res as { tempFilePath: string }).tempFilePath;
}

/**
 * No warm-up file on weapp: making one costs a canvas export to a temp file, more than the
 * decoder start-up it would save (photo-pixels.h5.ts has the browser's).
 */
export async function warmUpPhotoFile(_width: number, _height: number): Promise<PhotoData | null> {
  return null;
}

export async function decodePhoto(data: PhotoData): Promise<DecodedPhoto> {
  if (typeof data !== 'string') throw new Error('weapp photos are file paths');
  const create = (Taro as unknown as { createOffscreenCanvas(o: object): WxCanvas }).createOffscreenCanvas;
  const canvas = create({ type: '2d', width: 1, height: 1 });
  const image = canvas.createImage();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = (e) => reject(new Error(`image decode failed: ${String((e as { errMsg?: string })?.errMsg ?? e)}`));
    image.src = data;
  });
  const { width, height } = fitLongSide(image.width, image.height, MAX_DECODE_LONG_SIDE);

  /** Draws the photo at w×h on white (a PNG may carry transparency, JPEG cannot). */
  const draw = (w: number, h: number) => {
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingQuality = 'high';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(image, 0, 0, w, h);
    return ctx;
  };
  let drawnFor = '';

  return {
    width,
    height,
    async analysisPixels(longSide) {
      // One drawImage step of unknown filter (it differs between iOS and Android) could alias a
      // 12 MP photo straight down to 1024 px, and aliasing reads as sharpness. Reading at twice
      // the size leaves the last halving to assessPhoto's area average.
      const size = fitLongSide(width, height, 2 * longSide);
      const ctx = draw(size.width, size.height);
      drawnFor = '';
      const imageData = ctx.getImageData(0, 0, size.width, size.height);
      return { width: size.width, height: size.height, data: new Uint8ClampedArray(imageData.data.buffer) };
    },
    async thumbnail(longSide) {
      const size = fitLongSide(width, height, longSide);
      draw(size.width, size.height);
      drawnFor = '';
      return toTempJpeg(canvas, size.width, size.height, 0.85);
    },
    async encodeJpeg(w, h, quality, watermark) {
      const key = `${w}x${h}:${watermark ? watermark.text : ''}`;
      if (drawnFor !== key) {
        const ctx = draw(w, h);
        if (watermark) drawWatermark(ctx, watermark.layout, watermark.text);
        drawnFor = key;
      }
      const path = await toTempJpeg(canvas, w, h, quality);
      return { bytes: await fileSize(path), width: w, height: h, quality, data: path };
    },
    release() {
      canvas.width = 1;
      canvas.height = 1;
      image.src = '';
    },
  };
}
