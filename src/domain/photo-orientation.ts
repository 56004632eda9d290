/**
 * EXIF orientation, as wx.getImageInfo reports it ("拍照时设备方向", values up … left for EXIF
 * 1–8; its width/height are the stored size, "不考虑旋转"):
 * https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.getImageInfo.html
 */

export type Orientation =
  'up' | 'up-mirrored' | 'down' | 'down-mirrored' | 'left-mirrored' | 'right' | 'right-mirrored' | 'left';

/** Returns whether the photo is shown a quarter turn from how it is stored (EXIF 5–8). */
export function isQuarterTurn(orientation: Orientation): boolean {
  return (
    orientation === 'left-mirrored' ||
    orientation === 'right' ||
    orientation === 'right-mirrored' ||
    orientation === 'left'
  );
}

/** Returns the upright size of a photo stored at width×height. */
export function uprightSize(
  width: number,
  height: number,
  orientation: Orientation,
): { width: number; height: number } {
  return isQuarterTurn(orientation) ? { width: height, height: width } : { width, height };
}

/** Reads an orientation string from WeChat; anything unknown (or missing) is 'up'. */
export function orientationOf(value: unknown): Orientation {
  const all: Orientation[] = [
    'up',
    'up-mirrored',
    'down',
    'down-mirrored',
    'left-mirrored',
    'right',
    'right-mirrored',
    'left',
  ];
  return all.includes(value as Orientation) ? (value as Orientation) : 'up';
}

/**
 * Returns the orientation to apply to a resampled copy (compressImage's output) of a photo.
 * The copy may keep the EXIF tag, drop it with the pixels still as stored, or have the turn baked
 * into its pixels; the copy's own tag and its aspect tell which. A half turn or a mirror without
 * a tag cannot be told from baked pixels and is assumed dropped (applied again from the original).
 */
export function orientationAfterResample(
  original: { width: number; height: number; orientation: Orientation },
  copy: { width: number; height: number; orientation: Orientation },
): Orientation {
  if (copy.orientation !== 'up' || original.orientation === 'up') return copy.orientation;
  if (!isQuarterTurn(original.orientation)) return original.orientation;
  const sameAspect = original.width >= original.height === copy.width >= copy.height;
  return sameAspect ? original.orientation : 'up';
}

/**
 * Returns the canvas transform [a, b, c, d, e, f] (as in setTransform) that draws an image stored
 * at sw×sh (drawn at 0,0 with that size) upright into a canvas of the upright size.
 */
export function uprightTransform(
  orientation: Orientation,
  sw: number,
  sh: number,
): [number, number, number, number, number, number] {
  switch (orientation) {
    case 'up':
      return [1, 0, 0, 1, 0, 0];
    case 'up-mirrored':
      return [-1, 0, 0, 1, sw, 0];
    case 'down':
      return [-1, 0, 0, -1, sw, sh];
    case 'down-mirrored':
      return [1, 0, 0, -1, 0, sh];
    case 'left-mirrored':
      return [0, 1, 1, 0, 0, 0];
    case 'right':
      return [0, 1, -1, 0, sh, 0];
    case 'right-mirrored':
      return [0, -1, -1, 0, sh, sw];
    case 'left':
      return [0, -1, 1, 0, 0, sw];
  }
}
