/**
 * Planning the JPEG export of a document photo to the upload spec, independent of any canvas:
 * the caller passes an `encode(w, h, quality)` that re-encodes (through a canvas, since iOS
 * `takePhoto` yields PNG and `compressImage` only compresses JPG) and reports the byte size.
 */
import type { PhotoKind } from '@/domain/photo-quality';

/** 200 KB: the upper bound of the WeChat materials page (100–200 KB), the safe export target. */
export const MAX_UPLOAD_BYTES = 204_800;

/**
 * 100 KB: the lower bound of the WeChat materials page (100–200 KB). Soft: the community
 * tutorial accepts up to 2 MB with no lower bound, so an export below it is reported, never
 * refused; the search only grows a light export toward it when the original has pixels to spare.
 */
export const MIN_UPLOAD_BYTES = 102_400;

/** JPEG quality range searched: below 0.5 text edges ring visibly; above 0.92 size grows for nothing. */
export const MIN_JPEG_QUALITY = 0.5;
export const MAX_JPEG_QUALITY = 0.92;

/** Hard bound on encodes per export (each is a full canvas encode on the phone). */
export const MAX_ENCODE_ATTEMPTS = 12;

/** Shrink factor per step when quality alone cannot meet the byte limit. */
export const SHRINK_STEP = 0.85;

export interface ExportTarget {
  maxBytes: number;
  /** Soft lower bound on bytes (see MIN_UPLOAD_BYTES): falling short is reported, not a failure. */
  minBytes: number;
  /** Long side the export must keep (the spec minimum). */
  minLongSide: number;
  /** Short side the export should keep when the photo has it. */
  minShortSide: number;
  /** Long side an export is reduced to; larger photos only cost quality at 200 KB. */
  capLongSide: number;
}

const TARGETS: Record<PhotoKind, ExportTarget> = {
  // Entity certificate: at least 1500×1100 px (WeChat materials page).
  license: {
    maxBytes: MAX_UPLOAD_BYTES,
    minBytes: MIN_UPLOAD_BYTES,
    minLongSide: 1500,
    minShortSide: 1100,
    capLongSide: 2000,
  },
  // Person certificate: at least 720×1280 px (WeChat materials page).
  'id-front': {
    maxBytes: MAX_UPLOAD_BYTES,
    minBytes: MIN_UPLOAD_BYTES,
    minLongSide: 1280,
    minShortSide: 720,
    capLongSide: 1600,
  },
  'id-back': {
    maxBytes: MAX_UPLOAD_BYTES,
    minBytes: MIN_UPLOAD_BYTES,
    minLongSide: 1280,
    minShortSide: 720,
    capLongSide: 1600,
  },
  // Letters: no published size; the safe export target (long side ≥ 1500) applies.
  letter: {
    maxBytes: MAX_UPLOAD_BYTES,
    minBytes: MIN_UPLOAD_BYTES,
    minLongSide: 1500,
    minShortSide: 0,
    capLongSide: 2000,
  },
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
  /** At most `maxBytes` and a long side of at least `minLongSide`; the soft `minBytes` plays no part. */
  metSpec: boolean;
  /** The bytes are below the plan's soft `minBytes` (always false when the plan gives none). */
  belowMinBytes: boolean;
  reason?: 'too-large-at-min-quality' | 'below-min-size';
  attempts: number;
}

export interface JpegSearchPlan {
  width: number;
  height: number;
  minLongSide: number;
  maxBytes: number;
  /** Soft lower bound on bytes (see MIN_UPLOAD_BYTES): only reported, and a reason to grow. */
  minBytes?: number;
  /** The original photo's size: the most a light export may grow to (never upscaled past it). */
  growTo?: { width: number; height: number };
}

interface Encoded {
  width: number;
  height: number;
  quality: number;
  bytes: number;
}

/**
 * Qualities are searched in whole hundredths: browsers hand canvas quality to libjpeg as 1–100,
 * so a finer step encodes the same bytes, and integer steps keep the bracket arithmetic exact.
 */
const MIN_STEP = Math.round(MIN_JPEG_QUALITY * 100);
const MAX_STEP = Math.round(MAX_JPEG_QUALITY * 100);

/** A quality 0.03 below the best that fits is invisible on a document; one more encode is not. */
const QUALITY_TOLERANCE_STEPS = 3;

/**
 * The measured slope may say the best that fits is less than this (0.025) above a fit before the
 * search stops there: half a step inside the tolerance, for curves that steepen past the fit.
 */
const NEAR_BEST_STEPS = 2.5;

/**
 * Slope of ln(bytes) per unit of quality assumed while only one encode is known. On a 2000×1500
 * licence in Chromium it is ≈1–1.5 over 0.5–0.74 and ≈2.1 over 0.74–0.92; the first guess starts
 * from 0.92, where 2 is about right.
 */
const DEFAULT_LN_SLOPE = 2;

/**
 * Guesses aim a little under the limit so that they likely fit (the answer is the best fit, so a
 * fit is worth more than a miss): 5 % under with the assumed slope, 3 % once it is measured, but
 * never more than 0.015 of quality under, which on a flat curve would cost whole extra encodes.
 */
const FIRST_AIM = 0.95;
const AIM = 0.97;
const MAX_AIM_MARGIN_STEPS = 1.5;

/**
 * Only chords of ln(bytes) at most 0.1 of quality wide count as the local slope: JPEG size grows
 * faster toward the top, so a chord from 0.7 up to 0.92 overstates the slope at 0.7 and would
 * promise too little headroom.
 */
const LOCAL_SLOPE_STEPS = 10;

/**
 * Interpolated guesses per size; smooth curves need at most 3 (typically 1–2), and past that the
 * bracket is bisected so that a curve far from the model still ends within log₂(43) ≈ 6 more.
 */
const MAX_INTERPOLATED_GUESSES = 4;

/** Long side a light export may grow to: larger canvases fail or exhaust memory on older phones. */
const MAX_GROW_LONG_SIDE = 4096;

/** Grow steps at most: each is a full encode, and the lower byte bound is only a preference. */
const MAX_GROW_STEPS = 2;

/**
 * Returns the best JPEG export under the byte limit, by driving `encode` (which returns the byte
 * size of an encode at w×h and quality 0–1). Each encode costs a phone 40–80 ms, and ln(bytes) is
 * close to linear in quality, so quality is interpolated rather than bisected (in hundredths, the
 * steps browsers use):
 * 1. at the planned size, quality 0.92, taken when it fits (one encode). Otherwise the search keeps
 *    a bracket (highest quality known to fit, lowest known not to) and guesses where ln(bytes),
 *    drawn as a line through the best fit (before one, the lowest miss) and the encode nearest it,
 *    crosses the limit: from 0.92 alone with an assumed slope of 2 per unit quality. A guess aims
 *    5 % under the limit (3 % once the slope is measured; never more than 0.015 of quality under);
 *    once a fit is that close, it aims at the limit itself, at most 0.03 up, so that a miss closes
 *    the bracket. Guesses stay strictly inside the bracket: its midpoint when the line leaves it
 *    past an encoded end, and from the fifth guess at one size. It stops at a fit when the bracket
 *    is 0.03 wide or less, or when the local slope (chords at most 0.1 wide, the flatter side) puts
 *    the limit less than 0.025 above the fit. On smooth curves the result is within 0.03 below the
 *    best quality that fits, after 2–3 encodes (4 on steep or flat curves; bisection took 6). When
 *    0.5 does not fit either:
 * 2. shrink by ≤ 0.85 a step (sooner when the byte ratio says so), not below `minLongSide` (nor
 *    below the input when the input is already smaller), re-encoding at 0.5 and, when that fits,
 *    raising quality the same way from 0.5 (0.92 included);
 * 3. otherwise return the smallest encode seen, `metSpec: false`, reason 'too-large-at-min-quality'.
 * An export that fits at 0.92 but is below the soft `minBytes` grows toward the middle of the
 * byte window (√ of the byte ratio on the long side, aspect kept, within `growTo` and 4096 px,
 * re-encoding at 0.92, at most 2 steps), keeping the last grown encode that fits; whatever stays
 * short is reported as `belowMinBytes`, which `metSpec` ignores.
 * An export below `minLongSide` (an input smaller than that, never shrunk further) has reason
 * 'below-min-size', which then takes precedence over 'too-large-at-min-quality'.
 * Never more than 12 encodes, never the same size and quality twice; never NaN. An encoder result
 * that is not a finite non-negative number counts as a failed attempt and ends the quality search
 * at that size. Encoder exceptions propagate to the caller.
 */
export async function searchJpegQuality(
  encode: (w: number, h: number, quality: number) => Promise<number>,
  plan: JpegSearchPlan,
): Promise<JpegSearchResult> {
  let attempts = 0;
  const width = finiteOr(Math.round(plan.width), 0);
  const height = finiteOr(Math.round(plan.height), 0);
  const maxBytes = finiteOr(plan.maxBytes, 0);
  const minLongSide = finiteOr(plan.minLongSide, 0);
  const minBytes = plan.minBytes !== undefined && Number.isFinite(plan.minBytes) ? plan.minBytes : undefined;
  const isBelowMinBytes = (bytes: number) => minBytes !== undefined && bytes < minBytes;
  if (width < 1 || height < 1) {
    return {
      width: 0,
      height: 0,
      quality: 0,
      bytes: 0,
      metSpec: false,
      belowMinBytes: isBelowMinBytes(0),
      reason: 'below-min-size',
      attempts,
    };
  }
  const floorLong = Math.min(Math.max(width, height), minLongSide);

  let smallest: Encoded | undefined; // closest miss overall
  // Every encode by size and quality (undefined when it failed), so none is ever repeated.
  const encoded = new Map<string, Encoded | undefined>();
  // Shortest long side seen too big at some quality ≤ 0.92: growing to it cannot fit at 0.92.
  let tooBigLong = Infinity;
  const tryEncode = async (w: number, h: number, step: number): Promise<Encoded | undefined> => {
    const key = `${w}x${h}@${step}`;
    if (encoded.has(key)) return encoded.get(key);
    if (attempts >= MAX_ENCODE_ATTEMPTS) return undefined;
    attempts++;
    const raw = await encode(w, h, step / 100);
    const ok = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0;
    const result = ok ? { width: w, height: h, quality: step / 100, bytes: raw } : undefined;
    encoded.set(key, result);
    if (result && (!smallest || raw < smallest.bytes)) smallest = result;
    if (result && raw > maxBytes) tooBigLong = Math.min(tooBigLong, Math.max(w, h));
    return result;
  };
  const finish = (r: Encoded): JpegSearchResult => {
    const fits = r.bytes <= maxBytes;
    const belowMin = Math.max(r.width, r.height) < minLongSide;
    const metSpec = fits && !belowMin;
    const reason = belowMin ? 'below-min-size' : fits ? undefined : 'too-large-at-min-quality';
    return { ...r, metSpec, belowMinBytes: isBelowMinBytes(r.bytes), ...(reason ? { reason } : {}), attempts };
  };

  // Slope of ln(bytes) per quality step between two encodes; undefined unless positive and finite.
  const chordSlope = (a: Encoded, b: Encoded): number | undefined => {
    const slope = (lnBytes(b) - lnBytes(a)) / (stepOf(b) - stepOf(a));
    return Number.isFinite(slope) && slope > 0 ? slope : undefined;
  };
  // The local slope of ln(bytes) puts the limit less than 0.025 above `fit`. Of the local chords on
  // either side the flatter is taken, so that a bend in the curve errs toward one more encode.
  const nothingLeftAbove = (fit: Encoded, samples: Encoded[]): boolean => {
    const slopes = [nearest(samples, fit, -1), nearest(samples, fit, 1)]
      .filter((s): s is Encoded => !!s && Math.abs(stepOf(s) - stepOf(fit)) <= LOCAL_SLOPE_STEPS)
      .map((s) => chordSlope(fit, s))
      .filter((s): s is number => s !== undefined);
    if (slopes.length === 0) return false;
    return Math.log(maxBytes / fit.bytes) / Math.min(...slopes) < NEAR_BEST_STEPS;
  };
  // Next quality step to try strictly between lo and hi (exclusive ends, in steps).
  const nextStep = (
    samples: Encoded[],
    fit: Encoded | undefined,
    miss: Encoded | undefined,
    lo: number,
    hi: number,
  ) => {
    const anchor = fit ?? miss;
    if (!anchor) return Math.floor((lo + hi) / 2);
    const partner = nearest(samples, anchor, 0);
    const slope = partner ? chordSlope(anchor, partner) : DEFAULT_LN_SLOPE / 100;
    if (!slope) return Math.floor((lo + hi) / 2);
    // Where the line through the anchor crosses the limit (in steps), and the guess a margin under.
    const root = stepOf(anchor) + (Math.log(maxBytes) - lnBytes(anchor)) / slope;
    const margin = Math.min(Math.log(1 / (partner ? AIM : FIRST_AIM)) / slope, MAX_AIM_MARGIN_STEPS);
    const raw = root - margin;
    // The fit is already as close as the aim: only closing the bracket is left. Aim at the limit
    // itself, rounded down so the guess likely fits, at most 0.03 up so that a miss closes it.
    if (fit && raw < lo + 1) {
      const top = Math.min(hi - 1, lo + QUALITY_TOLERANCE_STEPS);
      return Number.isFinite(root) ? clamp(Math.floor(root), lo + 1, top) : top;
    }
    // Leaving the bracket past an end that an encode established means the model is off: halve.
    // Past an open end (0.5 with no fit yet, 0.92 with no miss yet) the end itself is the guess.
    if (!Number.isFinite(raw) || (miss && raw >= hi)) return Math.floor((lo + hi) / 2);
    return clamp(Math.round(raw), lo + 1, hi - 1);
  };
  // Highest quality that fits at w×h, given the encodes already made there (at least one).
  const raiseQuality = async (w: number, h: number, seen: Encoded[]): Promise<Encoded | undefined> => {
    const samples = [...seen];
    for (let guesses = 0; ; guesses++) {
      const fit = highestQuality(samples.filter((s) => s.bytes <= maxBytes));
      const miss = lowestQuality(samples.filter((s) => s.bytes > maxBytes));
      const lo = fit ? stepOf(fit) : MIN_STEP - 1;
      const hi = miss ? stepOf(miss) : MAX_STEP + 1;
      if (hi - lo <= 1) return fit;
      if (fit && (hi - lo <= QUALITY_TOLERANCE_STEPS || nothingLeftAbove(fit, samples))) return fit;
      // Past a few guesses the curve is not what the interpolation assumes: bisect, which is bounded.
      const step =
        guesses < MAX_INTERPOLATED_GUESSES ? nextStep(samples, fit, miss, lo, hi) : Math.floor((lo + hi) / 2);
      const r = await tryEncode(w, h, step);
      if (!r) return fit;
      samples.push(r);
    }
  };
  // Grows a light export at 0.92 toward the middle of the byte window, within growTo and 4096 px.
  const grow = async (from: Encoded): Promise<Encoded> => {
    const growW = finiteOr(Math.round(plan.growTo?.width ?? 0), 0);
    const growH = finiteOr(Math.round(plan.growTo?.height ?? 0), 0);
    if (minBytes === undefined || growW < 1 || growH < 1) return from;
    const long = Math.max(width, height);
    let capLong = Math.min(
      MAX_GROW_LONG_SIDE,
      tooBigLong - 1,
      Math.floor(long * Math.min(growW / width, growH / height)),
    );
    const within = (s: { width: number; height: number }) => s.width <= growW && s.height <= growH;
    while (capLong > long && !within(scaleToLongSide(width, height, capLong))) capLong--;
    const aimBytes = (Math.min(minBytes, maxBytes) + maxBytes) / 2;
    let best = from;
    for (let i = 0; i < MAX_GROW_STEPS && isBelowMinBytes(best.bytes); i++) {
      const bestLong = Math.max(best.width, best.height);
      const nextLong = Math.min(capLong, Math.floor(bestLong * Math.sqrt(aimBytes / Math.max(best.bytes, 1))));
      if (!(nextLong > bestLong)) break;
      const size = scaleToLongSide(width, height, nextLong);
      const r = await tryEncode(size.width, size.height, MAX_STEP);
      if (!r || r.bytes > maxBytes) break;
      best = r;
    }
    return best;
  };
  const settle = async (r: Encoded): Promise<JpegSearchResult> =>
    finish(stepOf(r) === MAX_STEP && r.bytes <= maxBytes && isBelowMinBytes(r.bytes) ? await grow(r) : r);

  // Step 1: the planned size.
  const top = await tryEncode(width, height, MAX_STEP);
  if (top && top.bytes <= maxBytes) return settle(top);
  if (top) {
    const found = await raiseQuality(width, height, [top]);
    if (found) return settle(found);
  }

  // Step 2: shrink, from the bytes of the lowest quality tried at the planned size.
  const planned = [...encoded.values()].filter((e): e is Encoded => !!e && e.width === width && e.height === height);
  let long = Math.max(width, height);
  let lastBytes = lowestQuality(planned)?.bytes;
  while (attempts < MAX_ENCODE_ATTEMPTS && long > floorLong) {
    // Bytes scale roughly with pixel count, so √(limit / bytes) is the linear factor needed;
    // shrink at least one 0.85 step, with a 5 % margin on the estimate.
    const estimate = lastBytes && lastBytes > 0 ? Math.sqrt(maxBytes / lastBytes) * 0.95 : SHRINK_STEP;
    const factor = Math.min(SHRINK_STEP, estimate);
    const nextLong = Math.max(floorLong, Math.floor(long * factor));
    if (nextLong >= long) break;
    long = nextLong;
    const size = scaleToLongSide(width, height, long);
    const r = await tryEncode(size.width, size.height, MIN_STEP);
    if (!r) continue;
    lastBytes = r.bytes;
    if (r.bytes <= maxBytes) {
      return settle((await raiseQuality(size.width, size.height, [r])) ?? r);
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
    belowMinBytes: isBelowMinBytes(0),
    reason: Math.max(width, height) < minLongSide ? 'below-min-size' : 'too-large-at-min-quality',
    attempts,
  };
}

function finiteOr(n: number, fallback: number): number {
  return Number.isFinite(n) ? n : fallback;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** Quality of an encode in whole hundredths. */
function stepOf(e: Encoded): number {
  return Math.round(e.quality * 100);
}

/** ln(bytes), with 0 bytes read as 1 so that a degenerate encoder gives no infinities. */
function lnBytes(e: Encoded): number {
  return Math.log(Math.max(e.bytes, 1));
}

/** The encode nearest in quality to `e` below it (side −1), above it (+1) or on either side (0). */
function nearest(samples: Encoded[], e: Encoded, side: -1 | 0 | 1): Encoded | undefined {
  let found: Encoded | undefined;
  for (const s of samples) {
    const d = stepOf(s) - stepOf(e);
    if (d === 0 || (side !== 0 && Math.sign(d) !== side)) continue;
    if (!found || Math.abs(d) < Math.abs(stepOf(found) - stepOf(e))) found = s;
  }
  return found;
}

function highestQuality(items: Encoded[]): Encoded | undefined {
  return items.reduce<Encoded | undefined>((a, b) => (a && a.quality >= b.quality ? a : b), undefined);
}

function lowestQuality(items: Encoded[]): Encoded | undefined {
  return items.reduce<Encoded | undefined>((a, b) => (a && a.quality <= b.quality ? a : b), undefined);
}
