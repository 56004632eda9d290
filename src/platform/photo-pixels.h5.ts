/**
 * Browser build of photo-pixels.ts: createImageBitmap (EXIF orientation applied) and a canvas;
 * JPEG through canvas.toBlob. Same exports.
 */
import type { PhotoData } from './photo-files';
import { drawWatermark, type Watermark2d } from './canvas-watermark';

import {
  fitLongSide,
  MAX_DECODE_LONG_SIDE,
  type DecodedPhoto,
  type EncodedJpeg,
  type WatermarkDrawing,
} from './photo-pixels-types';

export { MAX_DECODE_LONG_SIDE, type DecodedPhoto, type EncodedJpeg, type WatermarkDrawing };

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('JPEG encode failed'))), 'image/jpeg', quality);
  });
}

export async function decodePhoto(data: PhotoData): Promise<DecodedPhoto> {
  if (typeof data === 'string') throw new Error('browser photos are Blobs');
  let bitmap: ImageBitmap | null = await createImageBitmap(data);
  const { width, height } = fitLongSide(bitmap.width, bitmap.height, MAX_DECODE_LONG_SIDE);
  const canvas = document.createElement('canvas');
  let drawnFor = '';

  const draw = (w: number, h: number) => {
    if (!bitmap) throw new Error('photo released');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(bitmap, 0, 0, w, h);
    return ctx;
  };

  return {
    width,
    height,
    async pixels(maxLongSide = MAX_DECODE_LONG_SIDE) {
      if (!bitmap) throw new Error('photo released');
      const size = fitLongSide(width, height, maxLongSide);
      // One scaled drawImage (mipmapped at 'medium') is far cheaper than reading all 12 MP.
      const reader = document.createElement('canvas');
      reader.width = size.width;
      reader.height = size.height;
      const ctx = reader.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'medium';
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, size.width, size.height);
      ctx.drawImage(bitmap, 0, 0, size.width, size.height);
      const imageData = ctx.getImageData(0, 0, size.width, size.height);
      reader.width = 1;
      reader.height = 1;
      return { width: size.width, height: size.height, data: imageData.data };
    },
    async thumbnail(longSide) {
      if (!bitmap) throw new Error('photo released');
      const size = fitLongSide(width, height, longSide);
      // A resized bitmap decode is both faster and smoother than one big drawImage step.
      const small = await createImageBitmap(bitmap, {
        resizeWidth: size.width,
        resizeHeight: size.height,
        resizeQuality: 'high',
      });
      const thumb = document.createElement('canvas');
      thumb.width = size.width;
      thumb.height = size.height;
      const ctx = thumb.getContext('2d') as CanvasRenderingContext2D;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, size.width, size.height);
      ctx.drawImage(small, 0, 0);
      small.close();
      return toBlob(thumb, 0.85);
    },
    async encodeJpeg(w, h, quality, watermark) {
      const key = `${w}x${h}:${watermark ? watermark.text : ''}`;
      if (drawnFor !== key) {
        const ctx = draw(w, h);
        if (watermark) drawWatermark(ctx as unknown as Watermark2d, watermark.layout, watermark.text);
        drawnFor = key;
      }
      const blob = await toBlob(canvas, quality);
      return { bytes: blob.size, width: w, height: h, quality, data: blob };
    },
    release() {
      bitmap?.close();
      bitmap = null;
      canvas.width = 1;
      canvas.height = 1;
    },
  };
}
