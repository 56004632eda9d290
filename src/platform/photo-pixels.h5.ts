/**
 * Browser build of photo-pixels.ts: same exports, two decoding paths.
 *
 * 1. WebCodecs `ImageDecoder` (Chromium): the JPEG decoder can decode straight at 1/8…8/8 of the
 *    size (libjpeg's DCT scaling), which is what makes a 12 MP photo cheap: the quality check
 *    reads a 1000-px decode (≈ 25 ms) instead of drawing the full 12 MP bitmap down (≈ 200 ms),
 *    and an export at 2000 px decodes at 4/8. The file's header (image-size) gives the full size
 *    first, so each read asks for the smallest scale that covers it.
 * 2. `createImageBitmap` of the whole file, drawn scaled: every other browser, and any file the
 *    first path cannot take (an unreadable header, a decoder that ignored the EXIF orientation).
 *
 * Both apply the EXIF orientation: createImageBitmap by default, and Chromium's VideoFrame by
 * carrying the rotation, which createImageBitmap of the frame then applies (the photo-read e2e
 * test checks both paths on a rotated photo).
 */
import { imageSize } from 'image-size';
import type { PhotoData } from './photo-files.h5';
import { drawWatermark, type Watermark2d } from './canvas-watermark';

import {
  fitLongSide,
  MAX_DECODE_LONG_SIDE,
  type DecodedPhoto,
  type EncodedJpeg,
  type WatermarkDrawing,
} from './photo-pixels-types';

export { MAX_DECODE_LONG_SIDE, type DecodedPhoto, type EncodedJpeg, type WatermarkDrawing };

/** The browser keeps drawn JPEGs as Blobs in memory only: nothing to clear (same export as weapp). */
export async function clearDrawnPhotos(): Promise<void> {}

/**
 * The analysis read may come out a little under the requested long side (a DCT scale of
 * 4000 px gives 1000, not 1024): the variance of the Laplacian shifts by a few percent at a
 * 3 % smaller scale, far inside the gap between sharp and blurred photos (photo-accuracy test).
 */
const ANALYSIS_SIZE_TOLERANCE = 0.97;

/** Enough of the file for any JPEG or PNG header; the whole file is parsed only if this fails. */
const HEADER_BYTES = 256 * 1024;

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('JPEG encode failed'))), 'image/jpeg', quality);
  });
}

/** A decoded picture that can be drawn upright at display size width×height. */
interface Drawable {
  source: CanvasImageSource;
  width: number;
  height: number;
  close(): void;
}

/** Draws `source` into a new canvas of w×h on white (a PNG may be transparent; JPEG cannot). */
function drawOnCanvas(source: CanvasImageSource, w: number, h: number, readBack: boolean) {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: readBack }) as CanvasRenderingContext2D;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(source, 0, 0, w, h);
  return { canvas, ctx };
}

/**
 * The smallest JPEG decode scale n/8 whose result is at least `need` (coded orientation), as
 * the size to ask ImageDecoder for. Chromium picks the largest n/8 scale whose area fits the
 * desired area, so asking for exactly that scale's size gets it.
 */
function scaledDecodeSize(codedW: number, codedH: number, needW: number, needH: number) {
  for (let n = 1; n < 8; n++) {
    const w = Math.ceil((codedW * n) / 8);
    const h = Math.ceil((codedH * n) / 8);
    if (w >= needW && h >= needH) return { width: w, height: h };
  }
  return { width: codedW, height: codedH };
}

interface PhotoHeader {
  /** Size as stored (before the EXIF orientation). */
  codedWidth: number;
  codedHeight: number;
  /** Size as shown (orientations 5–8 turn the picture a quarter). */
  width: number;
  height: number;
  mime: string;
}

function readHeader(bytes: Uint8Array): PhotoHeader | null {
  const parse = (b: Uint8Array) => {
    try {
      return imageSize(b);
    } catch {
      return null;
    }
  };
  const size = parse(bytes.subarray(0, HEADER_BYTES)) ?? (bytes.length > HEADER_BYTES ? parse(bytes) : null);
  if (!size || !size.width || !size.height) return null;
  const mime =
    size.type === 'jpg' ? 'image/jpeg' : size.type === 'png' ? 'image/png' : size.type === 'webp' ? 'image/webp' : '';
  if (!mime) return null;
  const quarterTurn = (size.orientation ?? 1) >= 5;
  return {
    codedWidth: size.width,
    codedHeight: size.height,
    width: quarterTurn ? size.height : size.width,
    height: quarterTurn ? size.width : size.height,
    mime,
  };
}

/**
 * ImageDecoder reads of one photo. `frameCovering(w, h)` returns a decode at least w×h (display
 * orientation) at the cheapest scale, reusing the last one when it already covers the need.
 * Returns null when a decode came out in the wrong orientation (then the caller falls back).
 */
function webCodecsReader(bytes: Uint8Array, header: PhotoHeader) {
  let cached: { drawable: Drawable; scale: number } | null = null;
  const quarterTurn = header.width !== header.codedWidth;

  const decodeAt = async (desired: { width: number; height: number } | null): Promise<Drawable | null> => {
    const init: ImageDecoderInit = { data: bytes, type: header.mime };
    if (desired) {
      init.desiredWidth = desired.width;
      init.desiredHeight = desired.height;
    }
    const decoder = new ImageDecoder(init);
    try {
      const { image } = await decoder.decode();
      // Drawing a VideoFrame converts its YUV on every draw (≈ 30 ms at 3 MP); an ImageBitmap of
      // it converts once and then draws for free.
      const bitmap = await createImageBitmap(image).finally(() => image.close());
      const landscape = bitmap.width >= bitmap.height;
      if (header.width !== header.height && landscape !== header.width > header.height) {
        // The decoder ignored (or doubled) the EXIF rotation: drawing it would stretch the photo.
        bitmap.close();
        return null;
      }
      return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
    } finally {
      decoder.close();
    }
  };

  const read = async (needW: number, needH: number): Promise<Drawable | null> => {
    const codedNeedW = quarterTurn ? needH : needW;
    const codedNeedH = quarterTurn ? needW : needH;
    const want = scaledDecodeSize(header.codedWidth, header.codedHeight, codedNeedW, codedNeedH);
    const scale = want.width / header.codedWidth;
    if (cached && cached.scale >= scale) return cached.drawable;
    let drawable = await decodeAt(want.width < header.codedWidth ? want : null);
    if (drawable && (drawable.width < needW || drawable.height < needH) && want.width < header.codedWidth) {
      // A decoder that scaled more than asked: decode whole.
      drawable.close();
      drawable = await decodeAt(null);
    }
    if (!drawable) return null;
    cached?.drawable.close();
    cached = { drawable, scale };
    return drawable;
  };
  const close = () => {
    cached?.drawable.close();
    cached = null;
  };
  return { read, close };
}

/**
 * A small JPEG drawn on the spot, for the capture page to decode once while the user frames the
 * shot: the first ImageDecoder use in a page pays ≈ 70 ms of start-up that the user's photo then
 * does not.
 */
export async function warmUpPhotoFile(width: number, height: number): Promise<PhotoData | null> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#f4efe4';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#222222';
  for (let y = 16; y < height - 16; y += 14) ctx.fillRect(16, y, width - 32 - ((y * 7) % 60), 6);
  return toBlob(canvas, 0.9);
}

export async function decodePhoto(data: PhotoData): Promise<DecodedPhoto> {
  if (typeof data === 'string') throw new Error('browser photos are Blobs');
  const bytes = new Uint8Array(await data.arrayBuffer());
  const header = readHeader(bytes);
  const canUseWebCodecs =
    header !== null &&
    typeof ImageDecoder === 'function' &&
    (await ImageDecoder.isTypeSupported(header.mime).catch(() => false));

  let scaledReader = canUseWebCodecs ? webCodecsReader(bytes, header) : null;
  let bitmap: ImageBitmap | null = null;
  let released = false;

  // The fallback: the whole file as one bitmap, drawn scaled for every read.
  const wholeBitmap = async (): Promise<Drawable> => {
    if (!bitmap) bitmap = await createImageBitmap(new Blob([bytes], { type: data.type }));
    const b = bitmap;
    return { source: b, width: b.width, height: b.height, close: () => undefined };
  };
  if (!header || !scaledReader) await wholeBitmap();

  /** The photo at display orientation, decoded at no less than w×h where the decoder can scale. */
  const covering = async (w: number, h: number): Promise<Drawable> => {
    if (released) throw new Error('photo released');
    if (scaledReader) {
      // A decoder that fails (or ignored the orientation) hands over to the whole-file decode,
      // which reads the file or refuses it with an error the capture page turns into words.
      const scaled = await scaledReader.read(w, h).catch(() => null);
      if (scaled) return scaled;
      scaledReader.close();
      scaledReader = null;
    }
    return wholeBitmap();
  };

  const full = header ?? { width: bitmap!.width, height: bitmap!.height };
  const { width, height } = fitLongSide(full.width, full.height, MAX_DECODE_LONG_SIDE);
  const encodeCanvas = { canvas: null as HTMLCanvasElement | null, drawnFor: '' };

  return {
    width,
    height,
    async analysisPixels(longSide) {
      const target = fitLongSide(width, height, longSide);
      const floor = {
        width: Math.min(target.width, Math.ceil(target.width * ANALYSIS_SIZE_TOLERANCE)),
        height: Math.min(target.height, Math.ceil(target.height * ANALYSIS_SIZE_TOLERANCE)),
      };
      const source = await covering(floor.width, floor.height);
      // A DCT-scaled decode within [tolerance, 2×] of the target is read as is (assessPhoto
      // area-averages it to its 1024-px copy); anything bigger is drawn down to 2× first.
      const size =
        Math.max(source.width, source.height) <= 2 * longSide
          ? { width: source.width, height: source.height }
          : fitLongSide(width, height, 2 * longSide);
      const { canvas, ctx } = drawOnCanvas(source.source, size.width, size.height, true);
      const imageData = ctx.getImageData(0, 0, size.width, size.height);
      canvas.width = 1;
      canvas.height = 1;
      return { width: size.width, height: size.height, data: imageData.data };
    },
    async thumbnail(longSide) {
      const size = fitLongSide(width, height, longSide);
      const source = await covering(size.width, size.height);
      const { canvas } = drawOnCanvas(source.source, size.width, size.height, false);
      return toBlob(canvas, 0.85);
    },
    async encodeJpeg(w, h, quality, watermark) {
      const key = `${w}x${h}:${watermark ? watermark.text : ''}`;
      if (!encodeCanvas.canvas || encodeCanvas.drawnFor !== key) {
        const source = await covering(w, h);
        const { canvas, ctx } = drawOnCanvas(source.source, w, h, false);
        if (watermark) drawWatermark(ctx as unknown as Watermark2d, watermark.layout, watermark.text);
        if (encodeCanvas.canvas) encodeCanvas.canvas.width = 1;
        encodeCanvas.canvas = canvas;
        encodeCanvas.drawnFor = key;
      }
      const blob = await toBlob(encodeCanvas.canvas, quality);
      return { bytes: blob.size, width: w, height: h, quality, data: blob };
    },
    release() {
      released = true;
      (bitmap as ImageBitmap | null)?.close();
      bitmap = null;
      if (encodeCanvas.canvas) encodeCanvas.canvas.width = 1;
      encodeCanvas.canvas = null;
      scaledReader?.close();
      scaledReader = null;
    },
  };
}
