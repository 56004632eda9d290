/**
 * Watermark layout for ID copies (PIPL Art. 28 treats ID photos as sensitive; a purpose-and-date
 * watermark is the common safeguard, see docs/domain.md "Privacy"). Pure geometry: the canvas code
 * draws `text` at every position after `translate(x, y); rotate(angleRad)` with
 * `textAlign = 'center'`, `textBaseline = 'middle'`, `globalAlpha = alpha`, font size `fontPx`.
 */

/** Default purpose line: "only for WeChat mini program verification and filing". Domain data. */
export const DEFAULT_WATERMARK_PURPOSE = '仅用于微信小程序认证及备案';

/** Longest purpose kept, in characters (code points). */
export const MAX_WATERMARK_PURPOSE_CHARS = 40;

export const watermarkStyle = {
  /** −30°: diagonal, so the text crosses both horizontal lines of print and vertical edits. */
  angleRad: -Math.PI / 6,
  /** Font size as a share of the image's short side, and its floor. */
  fontShareOfShortSide: 0.032,
  minFontPx: 14,
  /** Legible but never opaque enough to hide the document's own text. */
  alpha: 0.3,
  /** Target share of the image the text boxes cover; the layout stays at or below it. */
  targetCoverage: 0.2,
} as const;

export interface WatermarkLayout {
  angleRad: number;
  fontPx: number;
  /** Blank band between adjacent rows, measured perpendicular to the text; row pitch = fontPx + lineGapPx. */
  lineGapPx: number;
  alpha: number;
  /** Centres of each copy of the text, in image pixels. */
  positions: Array<{ x: number; y: number }>;
}

/**
 * Returns the estimated drawn width of `text` in px: 0.6 em per ASCII character and one em for
 * every other character. CJK ideographs and full-width forms are one em; other non-ASCII marks
 * (e.g. "·", which CJK fonts often draw wide) are counted as one em too, since overestimating
 * only spreads the copies a little further apart.
 */
export function estimateTextWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    ems += cp < 0x80 ? 0.6 : 1;
  }
  return ems * fontPx;
}

/**
 * Returns the purpose cleaned for a one-line watermark: control characters and line breaks
 * become spaces, runs of whitespace collapse, ends are trimmed, at most 40 characters are kept,
 * and an empty result falls back to the default purpose.
 */
export function normalizeWatermarkPurpose(purpose: string): string {
  const cleaned = String(purpose ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return DEFAULT_WATERMARK_PURPOSE;
  return Array.from(cleaned).slice(0, MAX_WATERMARK_PURPOSE_CHARS).join('').trim();
}

/**
 * Returns the watermark line `${purpose} · ${date}` (the date as given, e.g. `YYYY-MM-DD`; the
 * caller supplies today's China date). Without a date it returns the purpose alone.
 */
export function defaultWatermarkText(purpose: string, date: string): string {
  const p = normalizeWatermarkPurpose(purpose);
  const d = String(date ?? '').trim();
  return d === '' ? p : `${p} · ${d}`;
}

/** Returns the default font size for an image: 3.2 % of the short side, at least 14 px. */
export function watermarkFontPx(width: number, height: number): number {
  const short = Math.min(width, height);
  return Math.max(watermarkStyle.minFontPx, Math.round(short * watermarkStyle.fontShareOfShortSide));
}

/**
 * Returns the spacing of the staggered grid in the rotated frame: `columnPitch` between copies
 * along a row and `rowPitch` between rows. The gap along a row is the larger of three ems and a
 * quarter of the text; the row pitch is then chosen so that one text box (width × fontPx) per
 * cell covers at most `targetCoverage` of the cell, with a blank band of at least half an em.
 */
export function watermarkPitch(textWidth: number, fontPx: number): { columnPitch: number; rowPitch: number } {
  const columnPitch = textWidth + Math.max(3 * fontPx, 0.25 * textWidth);
  const coverageRowPitch = (textWidth * fontPx) / (watermarkStyle.targetCoverage * columnPitch);
  return { columnPitch, rowPitch: Math.max(1.5 * fontPx, coverageRowPitch) };
}

/**
 * Returns the watermark layout for a width×height image: −30° text repeated on a staggered grid
 * (odd rows shifted by half a pitch) that extends past every edge, so any region, corners
 * included, has a copy crossing near it, while the text boxes cover at most ~20 % of the area.
 * Invalid sizes or empty text give no positions.
 */
export function watermarkLayout(input: {
  width: number;
  height: number;
  text: string;
  fontPx?: number;
}): WatermarkLayout {
  const { width, height, text } = input;
  const valid = Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0;
  const fontPx =
    input.fontPx !== undefined && Number.isFinite(input.fontPx) && input.fontPx > 0
      ? input.fontPx
      : valid
        ? watermarkFontPx(width, height)
        : watermarkStyle.minFontPx;
  const angleRad = watermarkStyle.angleRad;
  const textWidth = estimateTextWidth(text ?? '', fontPx);
  const { columnPitch, rowPitch } = watermarkPitch(textWidth, fontPx);
  const base = { angleRad, fontPx, lineGapPx: round2(rowPitch - fontPx), alpha: watermarkStyle.alpha };
  if (!valid || textWidth === 0) return { ...base, positions: [] };

  // Rotated frame: u runs along the text, v across it. Project the image corners to find the
  // rows and columns needed, then pad by one pitch so edges and corners are covered too.
  const cos = Math.cos(angleRad);
  const sin = Math.sin(angleRad);
  const cx = width / 2;
  const cy = height / 2;
  const halfU = (Math.abs(cos) * width + Math.abs(sin) * height) / 2;
  const halfV = (Math.abs(sin) * width + Math.abs(cos) * height) / 2;
  const rows = Math.ceil(halfV / rowPitch) + 1;
  const cols = Math.ceil((halfU + textWidth / 2) / columnPitch) + 1;
  // A copy is kept when its box (textWidth × fontPx, rotated) can touch the image.
  const reach = textWidth / 2 + fontPx;
  const positions: Array<{ x: number; y: number }> = [];
  for (let r = -rows; r <= rows; r++) {
    const v = r * rowPitch;
    const shift = Math.abs(r) % 2 === 1 ? columnPitch / 2 : 0;
    for (let c = -cols; c <= cols; c++) {
      const u = c * columnPitch + shift;
      const x = cx + u * cos - v * sin;
      const y = cy + u * sin + v * cos;
      if (x < -reach || x > width + reach || y < -reach || y > height + reach) continue;
      positions.push({ x: round2(x), y: round2(y) });
    }
  }
  return { ...base, positions };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
