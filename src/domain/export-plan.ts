/**
 * Planning the JPEG export of a document photo to the upload spec, independent of any canvas:
 * the caller passes an `encode(w, h, quality)` that re-encodes (through a canvas, since iOS
 * `takePhoto` yields PNG and `compressImage` only compresses JPG) and reports the byte size.
 */
import type { PhotoKind } from '@/domain/photo-quality';

/** 200 KB: the upper bound of the WeChat materials page (100–200 KB), the safe export target. */
export const MAX_UPLOAD_BYTES = 204_800;

/** JPEG quality range searched: below 0.5 text edges ring visibly; above 0.92 size grows for nothing. */
export const MIN_JPEG_QUALITY = 0.5;
export const MAX_JPEG_QUALITY = 0.92;

/** Hard bound on encodes per export (each is a full canvas encode on the phone). */
export const MAX_ENCODE_ATTEMPTS = 12;

/** Shrink factor per step when quality alone cannot meet the byte limit. */
export const SHRINK_STEP = 0.85;

export interface ExportTarget {
  maxBytes: number;
  /** Long side the export must keep (the spec minimum). */
  minLongSide: number;
  /** Short side the export should keep when the photo has it. */
  minShortSide: number;
  /** Long side an export is reduced to; larger photos only cost quality at 200 KB. */
  capLongSide: number;
}

const TARGETS: Record<PhotoKind, ExportTarget> = {
  // Entity certificate: at least 1500×1100 px (WeChat materials page).
  license: { maxBytes: MAX_UPLOAD_BYTES, minLongSide: 1500, minShortSide: 1100, capLongSide: 2000 },
  // Person certificate: at least 720×1280 px (WeChat materials page).
  'id-front': { maxBytes: MAX_UPLOAD_BYTES, minLongSide: 1280, minShortSide: 720, capLongSide: 1600 },
  'id-back': { maxBytes: MAX_UPLOAD_BYTES, minLongSide: 1280, minShortSide: 720, capLongSide: 1600 },
  // Letters: no published size; the safe export target (long side ≥ 1500) applies.
  letter: { maxBytes: MAX_UPLOAD_BYTES, minLongSide: 1500, minShortSide: 0, capLongSide: 2000 },
};

/** Returns the upload spec for a kind of document. */
export function exportTargetFor(kind: PhotoKind): ExportTarget {
  return TARGETS[kind];
}

export interface InitialExportSize {
  width: number;
  height: number;
  /** The original is smaller than the spec minimum; it is kept as is (never upscaled). */
  belowMinimum: boolean;
  minLongSide: number;
}

/**
 * Returns the dimensions to export first: the original scaled down (never up) so the long side
 * is the kind's cap, or more when needed to keep the spec's short side on an elongated photo.
 * An original below the minimum is kept at its size and flagged `belowMinimum`; an invalid size
 * gives 0×0, flagged.
 */
export function initialExportSize(width: number, height: number, kind: PhotoKind): InitialExportSize {
  const target = exportTargetFor(kind);
  const base = { minLongSide: target.minLongSide };
  if (!Number.isFinite(width) || !Number.isFinite(height) || width < 1 || height < 1) {
    return { ...base, width: 0, height: 0, belowMinimum: true };
  }
  const w = Math.round(width);
  const h = Math.round(height);
  const long = Math.max(w, h);
  const short = Math.min(w, h);
  const belowMinimum = long < target.minLongSide || short < target.minShortSide;
  const keepShort = Math.ceil((target.minShortSide * long) / short);
  const wantedLong = Math.min(long, Math.max(target.capLongSide, keepShort));
  if (belowMinimum || wantedLong >= long) return { ...base, width: w, height: h, belowMinimum };
  return { ...base, ...scaleToLongSide(w, h, wantedLong), belowMinimum };
}

/** Returns w×h scaled so its long side is `longSide`, aspect kept, each side at least 1 px. */
export function scaleToLongSide(w: number, h: number, longSide: number): { width: number; height: number } {
  const scale = longSide / Math.max(w, h);
  return w >= h
    ? { width: longSide, height: Math.max(1, Math.round(h * scale)) }
    : { width: Math.max(1, Math.round(w * scale)), height: longSide };
}

export interface JpegSearchResult {
  width: number;
  height: number;
  quality: number;
  bytes: number;
  metSpec: boolean;
  reason?: 'too-large-at-min-quality' | 'below-min-size';
  attempts: number;
}

interface Encoded {
  width: number;
  height: number;
  quality: number;
  bytes: number;
}

/**
 * Returns the best JPEG export under the byte limit, by driving `encode` (which returns the byte
 * size of an encode at w×h and quality 0–1):
 * 1. at the planned size, quality 0.92; if too big, 0.5; if that fits, bisect quality for the
 *    highest that fits (at most 6 encodes at this size);
 * 2. if 0.5 is still too big, shrink by ≤ 0.85 a step (sooner when the byte ratio says so), not
 *    below `minLongSide` (nor below the input when the input is already smaller), re-encoding at
 *    0.5 and bisecting when it fits;
 * 3. otherwise return the smallest encode seen, `metSpec: false`, reason 'too-large-at-min-quality'.
 * An input below `minLongSide` is exported at its own size (never shrunk further) with reason
 * 'below-min-size', which then takes precedence over 'too-large-at-min-quality'.
 * Never more than 12 encodes; never NaN. An encoder result that is not a finite non-negative
 * number counts as a failed attempt. Encoder exceptions propagate to the caller.
 */
export async function searchJpegQuality(
  encode: (w: number, h: number, quality: number) => Promise<number>,
  plan: { width: number; height: number; minLongSide: number; maxBytes: number },
): Promise<JpegSearchResult> {
  let attempts = 0;
  const width = finiteOr(Math.round(plan.width), 0);
  const height = finiteOr(Math.round(plan.height), 0);
  const maxBytes = finiteOr(plan.maxBytes, 0);
  const minLongSide = finiteOr(plan.minLongSide, 0);
  if (width < 1 || height < 1) {
    return { width: 0, height: 0, quality: 0, bytes: 0, metSpec: false, reason: 'below-min-size', attempts };
  }
  const belowMin = Math.max(width, height) < minLongSide;
  const floorLong = Math.min(Math.max(width, height), minLongSide);

  let smallest: Encoded | undefined; // closest miss overall
  const tryEncode = async (w: number, h: number, q: number): Promise<Encoded | undefined> => {
    if (attempts >= MAX_ENCODE_ATTEMPTS) return undefined;
    attempts++;
    const raw = await encode(w, h, q);
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) return undefined;
    const result = { width: w, height: h, quality: q, bytes: raw };
    if (!smallest || raw < smallest.bytes) smallest = result;
    return result;
  };
  const finish = (r: Encoded): JpegSearchResult => {
    const fits = r.bytes <= maxBytes;
    const metSpec = fits && !belowMin;
    const reason = belowMin ? 'below-min-size' : fits ? undefined : 'too-large-at-min-quality';
    return { ...r, metSpec, ...(reason ? { reason } : {}), attempts };
  };

  // Highest quality in (lo, hi) that fits, given that `fitting` (at lo) fits.
  const bisect = async (w: number, h: number, fitting: Encoded, steps: number): Promise<Encoded> => {
    let lo = fitting.quality;
    let hi = MAX_JPEG_QUALITY;
    let found = fitting;
    for (let i = 0; i < steps; i++) {
      const q = roundQuality((lo + hi) / 2);
      if (q <= lo || q >= hi) break;
      const r = await tryEncode(w, h, q);
      if (!r) break;
      if (r.bytes <= maxBytes) {
        found = r;
        lo = q;
      } else {
        hi = q;
      }
    }
    return found;
  };

  // Step 1: the planned size.
  const top = await tryEncode(width, height, MAX_JPEG_QUALITY);
  if (top && top.bytes <= maxBytes) return finish(top);
  const low = await tryEncode(width, height, MIN_JPEG_QUALITY);
  if (low && low.bytes <= maxBytes) {
    return finish(await bisect(width, height, low, 4));
  }

  // Step 2: shrink.
  let long = Math.max(width, height);
  let lastBytes = low?.bytes ?? top?.bytes;
  while (attempts < MAX_ENCODE_ATTEMPTS && long > floorLong) {
    // Bytes scale roughly with pixel count, so √(limit / bytes) is the linear factor needed;
    // shrink at least one 0.85 step, with a 5 % margin on the estimate.
    const estimate = lastBytes && lastBytes > 0 ? Math.sqrt(maxBytes / lastBytes) * 0.95 : SHRINK_STEP;
    const factor = Math.min(SHRINK_STEP, estimate);
    const nextLong = Math.max(floorLong, Math.floor(long * factor));
    if (nextLong >= long) break;
    long = nextLong;
    const size = scaleToLongSide(width, height, long);
    const r = await tryEncode(size.width, size.height, MIN_JPEG_QUALITY);
    if (!r) continue;
    lastBytes = r.bytes;
    if (r.bytes <= maxBytes) {
      return finish(await bisect(size.width, size.height, r, 3));
    }
  }

  // Step 3: nothing fits; report the closest.
  if (smallest) return finish(smallest);
  return {
    width,
    height,
    quality: 0,
    bytes: 0,
    metSpec: false,
    reason: belowMin ? 'below-min-size' : 'too-large-at-min-quality',
    attempts,
  };
}

function finiteOr(n: number, fallback: number): number {
  return Number.isFinite(n) ? n : fallback;
}

/** Qualities are kept to two decimals so logs and retries are reproducible. */
function roundQuality(q: number): number {
  return Math.round(q * 100) / 100;
}
