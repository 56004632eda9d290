import Taro from '@tarojs/taro';
import {
  isQuarterTurn,
  orientationAfterResample,
  orientationOf,
  uprightSize,
  uprightTransform,
  type Orientation,
} from '@/domain/photo-orientation';
import type { PhotoData } from './photo-files';
import { drawWatermark, type Watermark2d } from './canvas-watermark';

/**
 * Decoding photos into pixels and re-encoding them as JPEG, through a 2D canvas. weapp: an
 * offscreen canvas (type 2d) and its createImage; the browser build has photo-pixels.h5.ts.
 *
 * What WeChat allows, and so what this file does (the rules of __tests__/support/wx-fake):
 * - A phone photo can be 50–108 MP; decoding that in a canvas image takes 200–430 MB, past what a
 *   phone gives a mini program. A photo whose long side is over MAX_DECODE_LONG_SIDE is first
 *   shrunk natively by wx.compressImage (compressedWidth/compressedHeight, base library 2.26.0,
 *   below the project's minimum 2.32.3), and only the shrunk copy is decoded; if WeChat did not
 *   shrink it (iOS compresses only JPG) the photo is refused rather than decoded whole.
 * - No canvas side is over 4096 px: the decode is capped at MAX_DECODE_LONG_SIDE, and every
 *   canvas here is drawn at that size or smaller.
 * - EXIF orientation comes from wx.getImageInfo, whose size is the stored one, and is applied
 *   when drawing, so a photo taken with the phone upright is checked and exported upright.
 * - iOS refuses wx.canvasToTempFilePath for an offscreen canvas, so JPEGs are read with
 *   Canvas.toDataURL (base library 2.11.0) and written to a file; canvasToTempFilePath is only the
 *   fallback where toDataURL gives nothing.
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

type Canvas2d = Watermark2d & {
  drawImage(img: WxImage, x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray; width: number; height: number };
  fillRect(x: number, y: number, w: number, h: number): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  imageSmoothingQuality?: string;
};

interface WxCanvas {
  width: number;
  height: number;
  createImage(): WxImage;
  getContext(type: '2d'): Canvas2d;
  toDataURL?: (type?: string, quality?: number) => string;
}

interface ImageInfo {
  width: number;
  height: number;
  orientation: Orientation;
}

interface FileSystem {
  access(o: object): void;
  mkdir(o: object): void;
  writeFile(o: object): void;
  unlink(o: object): void;
  rmdir(o: object): void;
  getFileInfo(o: object): void;
}

function fsCall<T = unknown>(method: keyof FileSystem, options: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const fs = Taro.getFileSystemManager() as unknown as FileSystem;
    fs[method]({
      ...options,
      success: (res: T) => resolve(res),
      fail: (err: { errMsg?: string }) => reject(new Error(err?.errMsg || `${method} failed`)),
    });
  });
}

async function imageInfo(src: string): Promise<ImageInfo> {
  const res = (await Taro.getImageInfo({ src })) as { width: number; height: number; orientation?: string };
  return { width: res.width, height: res.height, orientation: orientationOf(res.orientation) };
}

/**
 * The photo to decode: the original when its long side is within MAX_DECODE_LONG_SIDE, else a
 * copy shrunk natively by compressImage (no JS-side decode of the full photo ever happens).
 */
async function decodableCopy(path: string): Promise<{ src: string; info: ImageInfo }> {
  const original = await imageInfo(path);
  if (Math.max(original.width, original.height) <= MAX_DECODE_LONG_SIDE) return { src: path, info: original };
  const target = fitLongSide(original.width, original.height, MAX_DECODE_LONG_SIDE);
  const res = (await Taro.compressImage({
    src: path,
    quality: 92,
    compressedWidth: target.width,
    compressedHeight: target.height,
  } as never)) as { tempFilePath: string };
  const copy = await imageInfo(res.tempFilePath);
  if (Math.max(copy.width, copy.height) > MAX_DECODE_LONG_SIDE) {
    throw new Error(`photo too large to decode on this phone: ${copy.width}x${copy.height}`);
  }
  return { src: res.tempFilePath, info: { ...copy, orientation: orientationAfterResample(original, copy) } };
}

/** Where drawn JPEGs (thumbnails, exports) are written; the newest few are kept, older ones removed. */
const OUTPUT_KEEP = 16;
const written: string[] = [];
let outputDirReady: Promise<void> | null = null;

function outputDir(): string {
  const root = (Taro as unknown as { env?: { USER_DATA_PATH?: string } }).env?.USER_DATA_PATH ?? 'wxfile://usr';
  return `${root}/drawn`;
}

async function writeJpeg(dataUrl: string): Promise<{ path: string; bytes: number }> {
  const base64 = /^data:image\/jpe?g;base64,(.+)$/.exec(dataUrl)?.[1];
  if (base64 === undefined) throw new Error('canvas gave no JPEG');
  if (!outputDirReady) {
    // A fresh folder per launch: drawn files of an earlier launch are no longer referenced.
    outputDirReady = clearDrawnPhotos()
      .then(() => fsCall('mkdir', { dirPath: outputDir(), recursive: true }))
      .catch(() => undefined)
      .then(() => undefined);
  }
  await outputDirReady;
  const path = `${outputDir()}/${Date.now()}-${written.length}-${Math.random().toString(36).slice(2, 8)}.jpg`;
  const write = () => fsCall('writeFile', { filePath: path, data: base64, encoding: 'base64' });
  try {
    await write();
  } catch (error) {
    // The folder went away under us (erased, or cleaned by WeChat): make it again, once.
    if (!/no such file or directory/i.test(String((error as Error).message))) throw error;
    await fsCall('mkdir', { dirPath: outputDir(), recursive: true }).catch(() => undefined);
    await write();
  }
  written.push(path);
  while (written.length > OUTPUT_KEEP) {
    const old = written.shift() as string;
    void fsCall('unlink', { filePath: old }).catch(() => undefined);
  }
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return { path, bytes: Math.floor((base64.length * 3) / 4) - padding };
}

/**
 * Removes every drawn JPEG (thumbnails waiting to be kept, watermarked exports): at the first
 * drawing of a launch, and when everything is erased. A missing folder is fine.
 */
export async function clearDrawnPhotos(): Promise<void> {
  written.length = 0;
  outputDirReady = null;
  await fsCall('rmdir', { dirPath: outputDir(), recursive: true }).catch(() => undefined);
}

/** The canvas as a JPEG file: toDataURL + writeFile; canvasToTempFilePath where that gives nothing. */
async function toJpegFile(
  canvas: WxCanvas,
  w: number,
  h: number,
  quality: number,
): Promise<{ path: string; bytes: number }> {
  const dataUrl = typeof canvas.toDataURL === 'function' ? canvas.toDataURL('image/jpeg', quality) : '';
  if (/^data:image\/jpe?g;base64,./.test(dataUrl)) return writeJpeg(dataUrl);
  const res = (await Taro.canvasToTempFilePath({
    canvas: canvas as never,
    fileType: 'jpg',
    quality,
    x: 0,
    y: 0,
    width: w,
    height: h,
    destWidth: w,
    destHeight: h,
  } as never)) as { tempFilePath: string };
  const info = await fsCall<{ size: number }>('getFileInfo', { filePath: res.tempFilePath });
  return { path: res.tempFilePath, bytes: info.size };
}

/**
 * No warm-up file on weapp: making one costs a canvas export to a file, more than the decoder
 * start-up it would save (photo-pixels.h5.ts has the browser's).
 */
export async function warmUpPhotoFile(_width: number, _height: number): Promise<PhotoData | null> {
  return null;
}

export async function decodePhoto(data: PhotoData): Promise<DecodedPhoto> {
  if (typeof data !== 'string') throw new Error('weapp photos are file paths');
  const { src, info } = await decodableCopy(data);
  const create = (Taro as unknown as { createOffscreenCanvas(o: object): WxCanvas | undefined }).createOffscreenCanvas;
  const canvas = create({ type: '2d', width: 1, height: 1 });
  if (!canvas) throw new Error('no offscreen canvas');
  const image = canvas.createImage();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = (e) => reject(new Error(`image decode failed: ${String((e as { errMsg?: string })?.errMsg ?? e)}`));
    image.src = src;
  });
  let orientation = info.orientation;
  // A WeChat that already turned the image for us reports it with the sides swapped.
  if (
    isQuarterTurn(orientation) &&
    image.width === info.height &&
    image.height === info.width &&
    info.width !== info.height
  )
    orientation = 'up';
  const { width, height } = uprightSize(image.width, image.height, orientation);

  /** Draws the photo upright at w×h on white (a PNG may carry transparency, JPEG cannot). */
  const draw = (w: number, h: number) => {
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingQuality = 'high';
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
    const [sw, sh] = isQuarterTurn(orientation) ? [h, w] : [w, h];
    ctx.setTransform(...uprightTransform(orientation, sw, sh));
    ctx.drawImage(image, 0, 0, sw, sh);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
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
      return (await toJpegFile(canvas, size.width, size.height, 0.85)).path;
    },
    async encodeJpeg(w, h, quality, watermark) {
      const key = `${w}x${h}:${watermark ? watermark.text : ''}`;
      if (drawnFor !== key) {
        const ctx = draw(w, h);
        if (watermark) drawWatermark(ctx, watermark.layout, watermark.text);
        drawnFor = key;
      }
      const file = await toJpegFile(canvas, w, h, quality);
      return { bytes: file.bytes, width: w, height: h, quality, data: file.path };
    },
    release() {
      canvas.width = 1;
      canvas.height = 1;
      image.src = '';
    },
  };
}
