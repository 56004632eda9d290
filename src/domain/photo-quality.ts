/**
 * Photo quality checks for document photos (business license, ID sides, letters), run on the
 * phone before a photo is accepted. Pure maths on an RGBA buffer: no canvas, no platform calls.
 *
 * Pipeline: one pass over the full-resolution pixels builds a grayscale copy whose long side is
 * min(1024, original long side) by exact area averaging (box filter with fractional edge weights,
 * separable, tables precomputed per column), then every metric is measured on that copy. Using a
 * fixed analysis size is what keeps the sharpness threshold meaningful: the variance of the
 * Laplacian grows with the resolution it is measured at, so two photos of the same document taken
 * at 12 MP and 3 MP must be compared at the same scale.
 */

export type PhotoKind = 'license' | 'id-front' | 'id-back' | 'letter';
export type PhotoProblem = 'too-small' | 'blurry' | 'too-dark' | 'glare';

/** Pixels as a canvas `ImageData` carries them: row-major RGBA, 4 bytes a pixel. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export interface PhotoAssessment {
  ok: boolean;
  /** Variance of the 4-neighbour Laplacian on the analysis copy (grey levels squared). */
  sharpness: number;
  problems: PhotoProblem[];
}

/** Minimum pixel size of an upload, orientation-independent. */
export interface ResolutionSpec {
  minLongSide: number;
  minShortSide: number;
}

/**
 * The decision constants. The exposure and sharpness values were chosen from the generated
 * fixtures in __tests__/support/photo-fixtures.ts (a calibration seed set, then checked on a
 * held-out seed set in __tests__/domain/photo-accuracy.test.ts); each sits roughly in the middle
 * of the gap between the worst acceptable and the best rejected fixture, on a log scale for
 * sharpness.
 */
export const assessmentThresholds = {
  /** Long side of the grayscale analysis copy (smaller photos are analysed as they are). */
  analysisLongSide: 1024,
  resolution: {
    // WeChat materials page: entity certificate at least 1500×1100 px.
    license: { minLongSide: 1500, minShortSide: 1100 },
    // WeChat materials page: person certificate at least 720×1280 px; the check here is the
    // short edge only, as the brief for the capture screen asks (ID cards are 85.6×54 mm, so a
    // photo filling the frame is rarely 1280 px long without also being 720 px high).
    'id-front': { minLongSide: 0, minShortSide: 720 },
    'id-back': { minLongSide: 0, minShortSide: 720 },
    // No published figure for letters (authorization letter, commitment letter); we apply the
    // "safe export target" of domain.md, at least 1500 px on the long side, which keeps A4 body
    // text (≈ 10 pt) above ~8 px x-height.
    letter: { minLongSide: 1500, minShortSide: 0 },
  } as Record<PhotoKind, ResolutionSpec>,
  /** Below this Laplacian variance the photo is 'blurry'. */
  minSharpness: 40,
  /**
   * 'too-dark' needs both: a low mean luma AND a low 95th percentile. The percentile is what
   * spares a well-lit document lying on a black table (low mean, but the paper is bright).
   */
  darkMeanLuma: 125,
  darkP95Luma: 140,
  /**
   * A pixel counts as clipped when its (rounded) luma on the analysis copy is at least this.
   * 253, not 250: bright white paper under good light reaches 250 (a good held-out fixture had
   * 4.9 % of its pixels at ≥ 250 against the 5 % limit, 5.0 % once saved as JPEG), while blown
   * highlights sit at 253–255 even after JPEG and the area average. At ≥ 253 the good fixtures
   * of both seed sets stay ≤ 1.7 % and the glare ones ≥ 10.4 %, raw or as JPEG.
   */
  clippedLuma: 253,
  /**
   * 'glare' when more than this share of the analysis copy is clipped: about the geometric
   * middle (4.2 %) of that 1.7–10.4 % gap, rounded up to spare bright paper.
   */
  maxClippedShare: 0.05,
} as const;

/** Returns the minimum photo size for a kind of document (see `assessmentThresholds`). */
export function resolutionSpecFor(kind: PhotoKind): ResolutionSpec {
  return assessmentThresholds.resolution[kind];
}

/** Returns true when width×height meets the kind's minimum in either orientation. */
export function meetsResolution(width: number, height: number, kind: PhotoKind): boolean {
  const spec = resolutionSpecFor(kind);
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  return long >= spec.minLongSide && short >= spec.minShortSide;
}

/** Returns the analysis size: the image scaled so its long side is min(1024, long side). */
export function analysisSize(width: number, height: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= assessmentThresholds.analysisLongSide) return { width, height };
  const scale = assessmentThresholds.analysisLongSide / long;
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Returns true when the buffer really is width×height RGBA pixels. */
function isValidImage(image: RgbaImage): boolean {
  if (!image || !(image.data instanceof Uint8ClampedArray)) return false;
  const { width, height } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) return false;
  return image.data.length === width * height * 4;
}

/**
 * Per-source-column (or row) mapping for an exact area-average resize by factor `scale` ≤ 1:
 * a source cell spans [i·scale, (i+1)·scale) in destination units, so it touches at most two
 * destination cells. `index` is the first one, `weight` the share it gets; `scale − weight`
 * goes to `index + 1`.
 */
function boxTable(sourceLength: number, scale: number): { index: Int32Array; weight: Float64Array } {
  const index = new Int32Array(sourceLength);
  const weight = new Float64Array(sourceLength);
  for (let i = 0; i < sourceLength; i++) {
    const start = i * scale;
    const cell = Math.floor(start);
    const end = start + scale;
    index[i] = cell;
    weight[i] = end > cell + 1 ? cell + 1 - start : scale;
  }
  return { index, weight };
}

/**
 * Returns the Rec. 601 luma (0–255) of the image shrunk by an integer factor `k` with a plain
 * k×k box average (integer arithmetic, one read per source byte; the last < k columns and rows
 * are dropped). Luma weights 77/150/29 ÷ 256 are the usual fixed-point form of 0.299/0.587/0.114.
 * Alpha is ignored (camera and canvas exports are opaque).
 */
export function integerBoxLuma(image: RgbaImage, k: number): { width: number; height: number; luma: Float32Array } {
  const { width: sw, data } = image;
  if (data.length < sw * image.height * 4) throw new RangeError('integerBoxLuma: data shorter than width×height×4');
  // With that, every read below is in range: p stays inside the first mh·k rows of mw·k pixels,
  // and bx below mw indexes blockSums.
  const mw = Math.floor(sw / k);
  const mh = Math.floor(image.height / k);
  const luma = new Float32Array(mw * mh);
  const blockSums = new Int32Array(mw);
  const norm = 1 / (256 * k * k);
  for (let by = 0; by < mh; by++) {
    blockSums.fill(0);
    for (let dy = 0; dy < k; dy++) {
      let p = (by * k + dy) * sw * 4;
      for (let bx = 0; bx < mw; bx++) {
        let s = 0;
        for (let i = 0; i < k; i++, p += 4) s += data[p]! * 77 + data[p + 1]! * 150 + data[p + 2]! * 29;
        blockSums[bx]! += s;
      }
    }
    const row = by * mw;
    for (let bx = 0; bx < mw; bx++) luma[row + bx] = blockSums[bx]! * norm;
  }
  return { width: mw, height: mh, luma };
}

/**
 * Returns `source` resized to dw×dh (each ≤ the source size) by exact area averaging: separable,
 * one pass over the source. The accumulators carry a spare column and row so the fractional
 * spill past the last cell, which only ever holds rounding dust, needs no branch.
 */
export function areaResize(source: Float32Array, sw: number, sh: number, dw: number, dh: number): Float32Array {
  if (sw === dw && sh === dh) return source;
  if (source.length < sw * sh) throw new RangeError('areaResize: source shorter than sw×sh');
  // With that, every read below is in range: p counts the sw·sh source cells, x and y stay under
  // sw / sh (the box tables' length), and the tables' cells plus one fit the (dw+1)×(dh+1) sums.
  const sx = dw / sw;
  const sy = dh / sh;
  const cols = boxTable(sw, sx);
  const rows = boxTable(sh, sy);
  const colIndex = cols.index;
  const colWeight = cols.weight;
  const stride = dw + 1;
  const row = new Float64Array(stride);
  const acc = new Float64Array(stride * (dh + 1));
  let p = 0;
  for (let y = 0; y < sh; y++) {
    row.fill(0);
    for (let x = 0; x < sw; x++, p++) {
      const l = source[p]!;
      const d = colIndex[x]!;
      const w = colWeight[x]!;
      row[d]! += l * w;
      row[d + 1]! += l * (sx - w);
    }
    const rw = rows.weight[y]!;
    const rest = sy - rw;
    const top = rows.index[y]! * stride;
    const bottom = top + stride;
    for (let x = 0; x < dw; x++) {
      const v = row[x]!;
      acc[top + x]! += v * rw;
      acc[bottom + x]! += v * rest;
    }
  }
  const out = new Float32Array(dw * dh);
  for (let y = 0; y < dh; y++) {
    const from = y * stride;
    const to = y * dw;
    for (let x = 0; x < dw; x++) out[to + x] = acc[from + x]!;
  }
  return out;
}

/**
 * Returns the grayscale analysis copy: long side min(1024, original long side). Two stages keep
 * a 12 MP photo fast: an integer k×k box (k = ⌊long / 1024⌋) does the bulk of the reduction with
 * integer sums, then an exact fractional area average brings the long side to 1024. Both stages
 * are box filters, so the result is an area average up to the dropped edge pixels (< k).
 */
export function analysisLuma(image: RgbaImage): { width: number; height: number; luma: Float32Array } {
  const long = Math.max(image.width, image.height);
  const target = assessmentThresholds.analysisLongSide;
  const k = long > target ? Math.floor(long / target) : 1;
  const mid = integerBoxLuma(image, k);
  const size = analysisSize(mid.width, mid.height);
  return { ...size, luma: areaResize(mid.luma, mid.width, mid.height, size.width, size.height) };
}

/**
 * Returns the variance of the 4-neighbour Laplacian (4c − n − s − e − w) over the interior
 * pixels of a grayscale buffer, or 0 when there is no interior.
 */
export function laplacianVariance(luma: Float32Array, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  if (luma.length < width * height) throw new RangeError('laplacianVariance: luma shorter than width×height');
  // With that, every neighbour read of an interior pixel is in range.
  let sum = 0;
  let sumSquares = 0;
  for (let y = 1; y < height - 1; y++) {
    let i = y * width + 1;
    const end = y * width + width - 1;
    for (; i < end; i++) {
      const v = 4 * luma[i]! - luma[i - 1]! - luma[i + 1]! - luma[i - width]! - luma[i + width]!;
      sum += v;
      sumSquares += v * v;
    }
  }
  const n = (width - 2) * (height - 2);
  const mean = sum / n;
  return Math.max(0, sumSquares / n - mean * mean);
}

export interface ExposureStats {
  meanLuma: number;
  /** 95th percentile of luma (integer grey level). */
  p95Luma: number;
  /** Share (0–1) of pixels with rounded luma ≥ `assessmentThresholds.clippedLuma`. */
  clippedShare: number;
}

/** Returns mean luma, 95th-percentile luma and the clipped share of a grayscale buffer. */
export function exposureStats(luma: Float32Array): ExposureStats {
  const n = luma.length;
  if (n === 0) return { meanLuma: 0, p95Luma: 0, clippedShare: 0 };
  const histogram = new Uint32Array(256);
  let sum = 0;
  // i is below luma.length, and every bin (and b below) is one of the histogram's 256.
  for (let i = 0; i < n; i++) {
    const v = luma[i]!;
    sum += v;
    const bin = v <= 0 ? 0 : v >= 254.5 ? 255 : (v + 0.5) | 0;
    histogram[bin]!++;
  }
  const rank = Math.ceil(0.95 * n);
  let seen = 0;
  let p95 = 255;
  for (let b = 0; b < 256; b++) {
    seen += histogram[b]!;
    if (seen >= rank) {
      p95 = b;
      break;
    }
  }
  let clipped = 0;
  for (let b = assessmentThresholds.clippedLuma; b < 256; b++) clipped += histogram[b]!;
  return { meanLuma: sum / n, p95Luma: p95, clippedShare: clipped / n };
}

/**
 * Returns the full measurement set for one photo (resolution verdict, sharpness, exposure);
 * `assessPhoto` turns it into problems. Exposed so calibration and diagnostics can see the numbers.
 * Returns null for an invalid buffer.
 */
export function measurePhoto(
  image: RgbaImage,
  kind: PhotoKind,
): ({ meetsResolution: boolean; sharpness: number } & ExposureStats) | null {
  if (!isValidImage(image)) return null;
  const { width, height, luma } = analysisLuma(image);
  return {
    meetsResolution: meetsResolution(image.width, image.height, kind),
    sharpness: laplacianVariance(luma, width, height),
    ...exposureStats(luma),
  };
}

/**
 * Returns whether a document photo is acceptable and, if not, why, as stable problem codes in a
 * fixed order: 'too-small', 'too-dark', 'glare', 'blurry'. Never throws: an invalid buffer
 * (zero size, data length not width×height×4) is `{ ok: false, sharpness: 0, problems: ['too-small'] }`.
 *
 * 'blurry' is not reported for a photo that is already 'too-dark': the Laplacian variance scales
 * with the square of contrast, so an underexposed sharp photo reads as blurred, and the advice
 * "add light" is the one that fixes it. The retaken photo is judged again.
 */
export function assessPhoto(image: RgbaImage, kind: PhotoKind): PhotoAssessment {
  const m = measurePhoto(image, kind);
  if (!m) return { ok: false, sharpness: 0, problems: ['too-small'] };
  const t = assessmentThresholds;
  const problems: PhotoProblem[] = [];
  if (!m.meetsResolution) problems.push('too-small');
  const tooDark = m.meanLuma < t.darkMeanLuma && m.p95Luma < t.darkP95Luma;
  if (tooDark) problems.push('too-dark');
  if (m.clippedShare > t.maxClippedShare) problems.push('glare');
  if (!tooDark && m.sharpness < t.minSharpness) problems.push('blurry');
  return { ok: problems.length === 0, sharpness: m.sharpness, problems };
}

/**
 * `assessPhoto` for pixels read scaled down from a photo of `width`×`height` (the platform reads
 * about 1 MP of a 12 MP photo, since the check measures at 1024 px anyway): the resolution
 * verdict comes from the real size, everything else from the pixels. An unreadable buffer stays
 * a failed check, whatever the size says.
 */
export function assessScaledPhoto(image: RgbaImage, width: number, height: number, kind: PhotoKind): PhotoAssessment {
  const measured = assessPhoto(image, kind);
  if (!isValidImage(image)) return measured;
  const problems: PhotoProblem[] = measured.problems.filter((p) => p !== 'too-small');
  if (!meetsResolution(width, height, kind)) problems.unshift('too-small');
  return { ok: problems.length === 0, sharpness: measured.sharpness, problems };
}
