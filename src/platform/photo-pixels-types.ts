import type { RgbaImage } from '@/domain/photo-quality';
import type { WatermarkLayout } from '@/domain/watermark';
import type { PhotoData } from './photo-files';

/**
 * What photo-pixels.ts (weapp) and photo-pixels.h5.ts (browser) both provide: one definition,
 * so the two platform files cannot drift apart.
 */

/** Decodes are capped here; a bigger photo is read scaled down (still far above every spec minimum). */
export const MAX_DECODE_LONG_SIDE = 4096;

export interface WatermarkDrawing {
  layout: WatermarkLayout;
  text: string;
}

export interface EncodedJpeg {
  bytes: number;
  width: number;
  height: number;
  quality: number;
  /** Temp file path (weapp) or Blob (browser). */
  data: PhotoData;
}

export interface DecodedPhoto {
  /** Size of the photo as decoded (after orientation; capped at MAX_DECODE_LONG_SIDE). */
  width: number;
  height: number;
  /**
   * The photo's RGBA pixels (as getImageData gives them) for the quality check, read as cheaply
   * as the platform can at a long side of about `longSide` or more: never under 97 % of it
   * (unless the photo is smaller) and never over twice it. assessPhoto then area-averages the
   * read down to its own 1024-px copy, so the final filter is the domain's on every platform.
   */
  analysisPixels(longSide: number): Promise<RgbaImage>;
  /** A small JPEG whose long side is at most `longSide`, for thumbnails. */
  thumbnail(longSide: number): Promise<PhotoData>;
  /** The photo drawn at w×h (plus the watermark, if given) and encoded as JPEG at `quality`. */
  encodeJpeg(w: number, h: number, quality: number, watermark: WatermarkDrawing | null): Promise<EncodedJpeg>;
  release(): void;
}

/** `w`×`h` scaled down so the long side is at most `longSide` (never up). */
export function fitLongSide(w: number, h: number, longSide: number): { width: number; height: number } {
  const long = Math.max(w, h);
  if (long <= longSide) return { width: w, height: h };
  const scale = longSide / long;
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)) };
}
