/**
 * What the fake knows about image files: their stored size, EXIF orientation, and a sampler for
 * their stored pixels. A test photo is a "scene" (an upright RGBA picture, e.g. a generated
 * document) saved at any nominal size and orientation, so a 108 MP and a 12 MP photo of the same
 * scene read the same wherever the app samples them at the same scale.
 */
import type { RgbaImage } from '@/domain/photo-quality';

export type Orientation =
  'up' | 'up-mirrored' | 'down' | 'down-mirrored' | 'left-mirrored' | 'right' | 'right-mirrored' | 'left';

export interface StoredImage {
  /** Stored size, "不考虑旋转" (getImageInfo's width/height). */
  width: number;
  height: number;
  orientation: Orientation;
  type: 'jpeg' | 'png';
  /** RGBA of the stored pixel at normalized stored coordinates (0..1). */
  sample(ru: number, rv: number, out: Uint8ClampedArray | number[], at: number): void;
  /** JPEG bytes per pixel at quality q (0..1) for content like this. */
  bytesPerPixel(quality: number): number;
}

/** Orientations whose stored size is the upright size turned a quarter. */
export const QUARTER_TURNS: ReadonlySet<Orientation> = new Set(['left-mirrored', 'right', 'right-mirrored', 'left']);

/** Upright normalized coordinates of stored (ru, rv) under an EXIF orientation (getImageInfo's table). */
export function uprightOf(o: Orientation, ru: number, rv: number): [number, number] {
  switch (o) {
    case 'up':
      return [ru, rv];
    case 'up-mirrored': // EXIF 2
      return [1 - ru, rv];
    case 'down': // EXIF 3
      return [1 - ru, 1 - rv];
    case 'down-mirrored': // EXIF 4
      return [ru, 1 - rv];
    case 'left-mirrored': // EXIF 5
      return [rv, ru];
    case 'right': // EXIF 6: shown turned 90° clockwise
      return [1 - rv, ru];
    case 'right-mirrored': // EXIF 7
      return [1 - rv, 1 - ru];
    case 'left': // EXIF 8: shown turned 90° counter-clockwise
      return [rv, 1 - ru];
  }
}

/** A document's JPEG weight: about 0.1 byte a pixel at q 0.5 (photos-support.ts uses the same curve). */
export const documentBytesPerPixel = (q: number) => 0.02 + 0.15 * q;

/**
 * A photo of `scene` (upright pixels) stored at `width`×`height` (the stored size: for a quarter
 * turn, the upright size swapped) with EXIF `orientation`.
 */
export function photoOf(
  scene: RgbaImage,
  width: number,
  height: number,
  orientation: Orientation = 'up',
  type: 'jpeg' | 'png' = 'jpeg',
  bytesPerPixel: (q: number) => number = documentBytesPerPixel,
): StoredImage {
  const { data, width: sw, height: sh } = scene;
  return {
    width,
    height,
    orientation,
    type,
    bytesPerPixel,
    sample(ru, rv, out, at) {
      const [u, v] = uprightOf(orientation, ru, rv);
      const x = Math.min(sw - 1, Math.max(0, Math.floor(u * sw)));
      const y = Math.min(sh - 1, Math.max(0, Math.floor(v * sh)));
      // x and y are clamped into the sw×sh pixels: p..p+3 is one of them.
      const p = (y * sw + x) * 4;
      out[at] = data[p]!;
      out[at + 1] = data[p + 1]!;
      out[at + 2] = data[p + 2]!;
      out[at + 3] = data[p + 3]!;
    },
  };
}

/** The same stored pixels at another stored size (compressImage's output), orientation kept. */
export function resized(image: StoredImage, width: number, height: number): StoredImage {
  return { ...image, width, height, type: 'jpeg' };
}
