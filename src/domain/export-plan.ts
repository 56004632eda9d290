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

/** The search ends within 0.03 of the best quality that fits: invisible on a document. */
const QUALITY_TOLERANCE_STEPS = 3;

/**
 * How fast ln(bytes) typically rises per quality step, for the first guess before two encodes at a
 * size give a measured slope: 0.015 on the measured Chromium licence (101,847 B at 0.5 to 188,513 B
 * at 0.92), 0.024 on a + b·q² document bytes; 0.02 lies between.
 */
const TYPICAL_LN_SLOPE = 0.02;

/**
 * Steps kept for the bend a straight line cannot see: a line extended past its encodes (from one
 * encode with a guessed slope, or down from two misses) aims this far under its crossing, and a
 * single chord ends the search only this far inside the 0.03.
 */
const BEND_STEPS = 1;

/** Long side a light export may grow to: larger canvases fail on phones (WeChat's 4096 px canvas cap). */
const MAX_GROW_LONG_SIDE = 4096;

/** Grow steps at most: each is a full encode, and the lower byte bound is only a preference. */
const MAX_GROW_STEPS = 2;

/** The plan with every number made finite (a bad plan must not produce NaN). */
interface CleanPlan {
  width: number;
  height: number;
  maxBytes: number;
  minLongSide: number;
  minBytes: number | undefined;
  growTo: { width: number; height: number } | undefined;
}

function cleanPlan(plan: JpegSearchPlan): CleanPlan {
  const growW = finiteOr(Math.round(plan.growTo?.width ?? 0), 0);
  const growH = finiteOr(Math.round(plan.growTo?.height ?? 0), 0);
  return {
    width: finiteOr(Math.round(plan.width), 0),
    height: finiteOr(Math.round(plan.height), 0),
    maxBytes: finiteOr(plan.maxBytes, 0),
    minLongSide: finiteOr(plan.minLongSide, 0),
    minBytes: plan.minBytes !== undefined && Number.isFinite(plan.minBytes) ? plan.minBytes : undefined,
    growTo: growW >= 1 && growH >= 1 ? { width: growW, height: growH } : undefined,
  };
}

/**
 * The encoder as the search uses it: at most MAX_ENCODE_ATTEMPTS calls, never the same size and
 * quality twice, a failed encode (not a finite non-negative number) remembered as undefined.
 */
class Encodes {
  attempts = 0;
  /** The encode with the fewest bytes (the closest miss when nothing fits). */
  smallest: Encoded | undefined;
  /** Shortest long side seen over the limit: growing to it cannot fit at 0.92. */
  tooBigLong = Infinity;
  private readonly done = new Map<string, Encoded | undefined>();

  constructor(
    private readonly encode: (w: number, h: number, quality: number) => Promise<number>,
    private readonly maxBytes: number,
  ) {}

  get exhausted(): boolean {
    return this.attempts >= MAX_ENCODE_ATTEMPTS;
  }

  async at(w: number, h: number, step: number): Promise<Encoded | undefined> {
    const key = `${w}x${h}@${step}`;
    if (this.done.has(key)) return this.done.get(key);
    if (this.exhausted) return undefined;
    this.attempts++;
    const raw = await this.encode(w, h, step / 100);
    const ok = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0;
    const result = ok ? { width: w, height: h, quality: step / 100, bytes: raw } : undefined;
    this.done.set(key, result);
    if (result && (!this.smallest || raw < this.smallest.bytes)) this.smallest = result;
    if (result && raw > this.maxBytes) this.tooBigLong = Math.min(this.tooBigLong, Math.max(w, h));
    return result;
  }

  /** The encodes made at w×h, lowest quality first. */
  madeAt(w: number, h: number): Encoded[] {
    return [...this.done.values()]
      .filter((e): e is Encoded => !!e && e.width === w && e.height === h)
      .sort((a, b) => a.quality - b.quality);
  }
}

/**
 * Returns the best JPEG export under the byte limit, by driving `encode` (which returns the byte
 * size of an encode at w×h and quality 0–1; each costs a phone 40–80 ms). In three steps:
 * 1. At the planned size, quality 0.92 when it fits (one encode); otherwise the highest quality
 *    that fits, found by `highestFit` (within 0.03 of the best, 2–4 encodes on smooth curves).
 * 2. When even 0.5 is too large: shrink (`shrinkToFit`), not below `minLongSide` (nor below the
 *    input when it is already smaller), then raise the quality at the size that fits.
 * 3. When nothing fits: the smallest encode seen, `metSpec: false`, reason
 *    'too-large-at-min-quality' ('below-min-size' takes precedence for an input under the minimum).
 * An export that fits at 0.92 but is below the soft `minBytes` grows toward the original (`grow`).
 * Never more than 12 encodes, never the same size and quality twice; never NaN. An encoder result
 * that is not a finite non-negative number counts as a failed attempt and ends the quality search
 * at that size. Encoder exceptions propagate to the caller.
 */
export async function searchJpegQuality(
  encode: (w: number, h: number, quality: number) => Promise<number>,
  plan: JpegSearchPlan,
): Promise<JpegSearchResult> {
  const p = cleanPlan(plan);
  const encodes = new Encodes(encode, p.maxBytes);
  if (p.width < 1 || p.height < 1) return emptyResult(p, 'below-min-size', 0);

  const settle = async (r: Encoded) => {
    const light = stepOf(r) === MAX_STEP && r.bytes <= p.maxBytes && isBelow(p.minBytes, r.bytes);
    return finish(light ? await grow(encodes, p, r) : r, p, encodes.attempts);
  };

  const top = await encodes.at(p.width, p.height, MAX_STEP);
  if (top && top.bytes <= p.maxBytes) return settle(top);
  if (top) {
    const found = await highestFit(encodes, p.width, p.height, p.maxBytes, TYPICAL_LN_SLOPE);
    if (found) return settle(found);
  }
  const shrunk = await shrinkToFit(encodes, p);
  if (shrunk) return settle(shrunk);
  if (encodes.smallest) return finish(encodes.smallest, p, encodes.attempts);
  const belowMin = Math.max(p.width, p.height) < p.minLongSide;
  return {
    ...emptyResult(p, belowMin ? 'below-min-size' : 'too-large-at-min-quality', encodes.attempts),
    width: p.width,
    height: p.height,
  };
}

/**
 * The highest quality that fits at w×h, given the encodes already made there (at least one).
 * ln(bytes) is close to linear in quality, so each guess is where a line in ln(bytes) crosses the
 * limit: the line through the fit and the miss that bracket the limit, else down through the two
 * lowest misses, else through the one encode with `slope` (measured at another size, or the
 * typical one); the last two extend a line past its encodes, so they aim BEND_STEPS under it.
 * It ends at the highest fit once the best is at most 0.03 above it (`closeEnough`).
 */
async function highestFit(
  encodes: Encodes,
  w: number,
  h: number,
  maxBytes: number,
  slope: number,
): Promise<Encoded | undefined> {
  for (;;) {
    const made = encodes.madeAt(w, h);
    const fits = made.filter((e) => e.bytes <= maxBytes);
    const [miss, nextMiss] = made.filter((e) => e.bytes > maxBytes);
    const fit = fits[fits.length - 1];
    const [lo, hi] = bracket(fit, miss);
    if (hi - lo <= 1 || (fit && closeEnough(fit, fits[fits.length - 2], miss, maxBytes))) return fit;
    const only = fit ?? miss;
    let line = NaN;
    if (fit && miss) line = crossing(fit, miss, maxBytes);
    else if (miss && nextMiss) line = crossing(miss, nextMiss, maxBytes) - BEND_STEPS;
    else if (only) line = crossingAt(only, slope, maxBytes) - BEND_STEPS;
    const r = await encodes.at(w, h, nextStep(line, fit, miss));
    if (!r) return fit;
  }
}

/** The steps of the highest fit and the lowest miss, 0.49 and 0.93 while either is missing. */
function bracket(fit: Encoded | undefined, miss: Encoded | undefined): [number, number] {
  return [fit ? stepOf(fit) : MIN_STEP - 1, miss ? stepOf(miss) : MAX_STEP + 1];
}

/**
 * The step to encode next: the line's crossing rounded down (so that it likely fits), inside the
 * bracket (else its midpoint). In a bracket narrow enough it is moved to where either outcome ends
 * the search: a fit with the miss at most 0.04 above, or a miss with the fit at most 0.04 below
 * (or at 0.5).
 */
function nextStep(line: number, fit: Encoded | undefined, miss: Encoded | undefined): number {
  const [lo, hi] = bracket(fit, miss);
  const fitEnds = miss ? hi - QUALITY_TOLERANCE_STEPS - 1 : hi - 1;
  const missEnds = fit ? lo + QUALITY_TOLERANCE_STEPS + 1 : lo + 1;
  const [low, high] = fitEnds <= missEnds ? [fitEnds, missEnds] : [lo + 1, hi - 1];
  const guess = Number.isFinite(line) ? Math.floor(line) : Math.floor((lo + hi) / 2);
  return Math.min(hi - 1, high, Math.max(lo + 1, low, guess));
}

/**
 * The best quality is at most 0.03 above `fit`: the lowest miss is within 0.04, or the lines
 * through `fit` and its neighbours below and above both cross the limit within 0.03. On a curve
 * that bends one way only, one of the two lines runs under it past `fit` and so crosses at or past
 * the best (on a convex curve the line from below, on a concave one the chord up to the miss):
 * the later of the two crossings bounds the best. With no encode below, the one chord up to the miss must cross BEND_STEPS further inside.
 */
function closeEnough(fit: Encoded, below: Encoded | undefined, miss: Encoded | undefined, maxBytes: number): boolean {
  if (!miss) return false;
  const limit = stepOf(fit) + QUALITY_TOLERANCE_STEPS;
  if (stepOf(miss) <= limit + 1) return true;
  const upper = crossing(fit, miss, maxBytes);
  if (!below) return upper <= limit - BEND_STEPS;
  return Math.max(crossing(below, fit, maxBytes), upper) <= limit;
}

/** The quality step where ln(bytes), drawn as a line through a and b, reaches the limit. */
function crossing(a: Encoded, b: Encoded, maxBytes: number): number {
  return crossingAt(a, (lnBytes(b) - lnBytes(a)) / (stepOf(b) - stepOf(a)), maxBytes);
}

/** The quality step where ln(bytes), drawn as a line through a with `slope` a step, reaches the limit. */
function crossingAt(a: Encoded, slope: number, maxBytes: number): number {
  if (!(slope > 0) || !Number.isFinite(slope)) return NaN;
  return stepOf(a) + (Math.log(maxBytes) - lnBytes(a)) / slope;
}

/**
 * Shrinks until quality 0.5 fits, then raises the quality there: bytes scale roughly with the
 * pixel count, so √(limit / bytes) (less 5 %) is the linear factor, but at least a 0.85 step;
 * the slope of ln(bytes) measured at the planned size guides the first guess at the new size.
 */
async function shrinkToFit(encodes: Encodes, p: CleanPlan): Promise<Encoded | undefined> {
  const floorLong = Math.min(Math.max(p.width, p.height), p.minLongSide);
  let long = Math.max(p.width, p.height);
  const planned = encodes.madeAt(p.width, p.height);
  const [lowest, highest] = [planned[0], planned[planned.length - 1]];
  let lastBytes = lowest?.bytes;
  // The slope measured at the planned size holds at any size (bytes scale with pixels).
  const measured = lowest && highest ? (lnBytes(highest) - lnBytes(lowest)) / (stepOf(highest) - stepOf(lowest)) : NaN;
  const slope = measured > 0 && Number.isFinite(measured) ? measured : TYPICAL_LN_SLOPE;
  while (!encodes.exhausted && long > floorLong) {
    const estimate = lastBytes && lastBytes > 0 ? Math.sqrt(p.maxBytes / lastBytes) * 0.95 : SHRINK_STEP;
    const nextLong = Math.max(floorLong, Math.floor(long * Math.min(SHRINK_STEP, estimate)));
    if (nextLong >= long) break;
    long = nextLong;
    const size = scaleToLongSide(p.width, p.height, long);
    const r = await encodes.at(size.width, size.height, MIN_STEP);
    if (!r) continue;
    lastBytes = r.bytes;
    if (r.bytes <= p.maxBytes) {
      return (await highestFit(encodes, size.width, size.height, p.maxBytes, slope)) ?? r;
    }
  }
  return undefined;
}

/**
 * Grows a light export (fits at 0.92, under the soft minBytes) toward the middle of the byte
 * window: √ of the byte ratio on the long side, aspect kept, within growTo and 4096 px, re-encoding
 * at 0.92, at most 2 steps; keeps the last grown encode that fits.
 */
async function grow(encodes: Encodes, p: CleanPlan, from: Encoded): Promise<Encoded> {
  if (p.minBytes === undefined || !p.growTo) return from;
  const { growTo, minBytes } = p;
  const long = Math.max(p.width, p.height);
  let capLong = Math.min(
    MAX_GROW_LONG_SIDE,
    encodes.tooBigLong - 1,
    Math.floor(long * Math.min(growTo.width / p.width, growTo.height / p.height)),
  );
  const within = (s: { width: number; height: number }) => s.width <= growTo.width && s.height <= growTo.height;
  while (capLong > long && !within(scaleToLongSide(p.width, p.height, capLong))) capLong--;
  const aimBytes = (Math.min(minBytes, p.maxBytes) + p.maxBytes) / 2;
  let best = from;
  for (let i = 0; i < MAX_GROW_STEPS && isBelow(minBytes, best.bytes); i++) {
    const bestLong = Math.max(best.width, best.height);
    const nextLong = Math.min(capLong, Math.floor(bestLong * Math.sqrt(aimBytes / Math.max(best.bytes, 1))));
    if (!(nextLong > bestLong)) break;
    const size = scaleToLongSide(p.width, p.height, nextLong);
    const r = await encodes.at(size.width, size.height, MAX_STEP);
    if (!r || r.bytes > p.maxBytes) break;
    best = r;
  }
  return best;
}

function finish(r: Encoded, p: CleanPlan, attempts: number): JpegSearchResult {
  const fits = r.bytes <= p.maxBytes;
  const belowMin = Math.max(r.width, r.height) < p.minLongSide;
  const metSpec = fits && !belowMin;
  const reason = belowMin ? 'below-min-size' : fits ? undefined : 'too-large-at-min-quality';
  return { ...r, metSpec, belowMinBytes: isBelow(p.minBytes, r.bytes), ...(reason ? { reason } : {}), attempts };
}

function emptyResult(p: CleanPlan, reason: JpegSearchResult['reason'], attempts: number): JpegSearchResult {
  return {
    width: 0,
    height: 0,
    quality: 0,
    bytes: 0,
    metSpec: false,
    belowMinBytes: isBelow(p.minBytes, 0),
    reason,
    attempts,
  };
}

function isBelow(minBytes: number | undefined, bytes: number): boolean {
  return minBytes !== undefined && bytes < minBytes;
}

function finiteOr(n: number, fallback: number): number {
  return Number.isFinite(n) ? n : fallback;
}

/** Quality of an encode in whole hundredths. */
function stepOf(e: Encoded): number {
  return Math.round(e.quality * 100);
}

/** ln(bytes), with 0 bytes read as 1 so that a degenerate encoder gives no infinities. */
function lnBytes(e: Encoded): number {
  return Math.log(Math.max(e.bytes, 1));
}
