/**
 * Deterministic synthetic document photos for the photo-quality tests. No binaries: every image is
 * drawn from a seed, so a failing fixture can be regenerated exactly.
 *
 * A "document" is light paper (slightly warm, with a lighting gradient) covered by lines of
 * glyph-like strokes, a few coloured ones and a red stamp ring, optionally lying on a table, with
 * mild sensor noise. Bad variants are derived from good ones: box-blurred (three passes ≈ Gaussian),
 * underexposed (scaled down, plus high-ISO noise), or with a clipped elliptical highlight.
 */
import type { PhotoKind, PhotoProblem, RgbaImage } from '@/domain/photo-quality';

/** mulberry32: small, fast, good enough for test pictures. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function blank(width: number, height: number): RgbaImage {
  return { width, height, data: new Uint8ClampedArray(width * height * 4) };
}

type Rgb = readonly [number, number, number];

function fillRect(img: RgbaImage, x0: number, y0: number, w: number, h: number, rgb: Rgb): void {
  const xa = Math.max(0, Math.floor(x0));
  const ya = Math.max(0, Math.floor(y0));
  const xb = Math.min(img.width, Math.floor(x0 + w));
  const yb = Math.min(img.height, Math.floor(y0 + h));
  const d = img.data;
  for (let y = ya; y < yb; y++) {
    let p = (y * img.width + xa) * 4;
    for (let x = xa; x < xb; x++, p += 4) {
      d[p] = rgb[0];
      d[p + 1] = rgb[1];
      d[p + 2] = rgb[2];
      d[p + 3] = 255;
    }
  }
}

/**
 * Adds zero-mean noise of standard deviation ≈ sigma to RGB. Draws from a table of 4096
 * approximately normal values (sum of three uniforms) indexed by an xorshift stream, which is
 * much cheaper than three PRNG calls per channel and still deterministic.
 */
function addNoise(img: RgbaImage, sigma: number, rand: () => number): void {
  if (sigma <= 0) return;
  const table = new Float32Array(4096);
  const k = sigma * 2; // three U(-0.5, 0.5) summed have σ = 0.5
  for (let i = 0; i < table.length; i++) table[i] = (rand() + rand() + rand() - 1.5) * k;
  let state = (Math.floor(rand() * 0xffffffff) | 1) >>> 0;
  const d = img.data;
  for (let p = 0; p < d.length; p += 4) {
    for (let c = 0; c < 3; c++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      // p + c is a colour byte of the image; a 12-bit index is one of the table's 4096.
      d[p + c]! += table[(state >>> 20) & 4095]!;
    }
  }
}

export interface DocumentOptions {
  width: number;
  height: number;
  seed: number;
  /** Paper grey level before lighting (default 228). */
  paper?: number;
  /** Share of glyph cells that carry a glyph (default 0.85); lines are also skipped at 1 − density/2. */
  density?: number;
  /** Glyph cell size in px (default 2% of the short side, at least 12). */
  glyphPx?: number;
  /** Where the document lies: 'none' fills the frame, otherwise it leaves a margin of table. */
  table?: 'none' | 'wood' | 'black';
  /** Share of each dimension the paper covers when on a table (default 0.9). */
  paperFraction?: number;
  /** Noise σ in grey levels (default 2). */
  noise?: number;
  /** Amplitude of the lighting gradient across the paper (default 0.06 = ±6 %). */
  lighting?: number;
}

/** Returns a sharp, well-exposed text-like document photo. */
export function textDocument(o: DocumentOptions): RgbaImage {
  const rand = seededRandom(o.seed);
  const { width, height } = o;
  const img = blank(width, height);
  const paper = o.paper ?? 228;
  const density = o.density ?? 0.85;
  const table = o.table ?? 'none';
  const fraction = table === 'none' ? 1 : (o.paperFraction ?? 0.9);
  const tableRgb: Rgb = table === 'black' ? [14, 14, 17] : [118, 92, 66];
  fillRect(img, 0, 0, width, height, tableRgb);

  const pw = Math.round(width * fraction);
  const ph = Math.round(height * fraction);
  const px0 = Math.round((width - pw) / 2 + (rand() - 0.5) * (width - pw) * 0.5);
  const py0 = Math.round((height - ph) / 2 + (rand() - 0.5) * (height - ph) * 0.5);

  // Paper with a soft lighting gradient in a random direction.
  const lighting = o.lighting ?? 0.06;
  const gx = (rand() - 0.5) * 2 * lighting;
  const gy = (rand() - 0.5) * 2 * lighting;
  const d = img.data;
  for (let y = py0; y < py0 + ph; y++) {
    const fy = (y - py0) / ph - 0.5;
    let p = (y * width + px0) * 4;
    for (let x = px0; x < px0 + pw; x++, p += 4) {
      const light = 1 + gx * ((x - px0) / pw - 0.5) * 2 + gy * fy * 2;
      const v = paper * light;
      d[p] = v + 3;
      d[p + 1] = v + 1;
      d[p + 2] = v - 4;
    }
  }

  const g = o.glyphPx ?? Math.max(12, Math.round(Math.min(width, height) * 0.02));
  const stroke = Math.max(2, Math.round(g / 9));
  const margin = Math.round(Math.min(pw, ph) * 0.07);
  const lineHeight = Math.round(g * 1.7);
  const ink: Rgb = [38, 36, 40];
  const blue: Rgb = [40, 60, 140];

  // A title in larger glyphs, then body lines.
  let y = py0 + margin;
  const titleG = Math.round(g * 1.8);
  const titleStroke = Math.round(stroke * 1.6);
  for (let x = px0 + pw * 0.3; x < px0 + pw * 0.7 - titleG; x += titleG * 1.2) {
    drawGlyph(img, x, y, titleG, titleStroke, ink, rand);
  }
  y += titleG * 2;
  while (y + g < py0 + ph - margin) {
    if (rand() < 1 - density / 2) {
      y += lineHeight;
      continue;
    }
    const lineEnd = px0 + pw - margin - rand() * pw * 0.25;
    const colour = rand() < 0.12 ? blue : ink;
    for (let x = px0 + margin; x + g < lineEnd; x += g * 1.1) {
      if (rand() < density) drawGlyph(img, x, y, g, stroke, colour, rand);
    }
    y += lineHeight;
  }

  // Red stamp ring near the lower right, as on licenses and letters.
  const r = Math.round(Math.min(pw, ph) * 0.09);
  const cx = px0 + pw - margin - r * 1.5;
  const cy = py0 + ph - margin - r * 1.3;
  ring(img, cx, cy, r, Math.max(3, stroke * 1.5), [200, 40, 40]);

  addNoise(img, o.noise ?? 2, rand);
  return img;
}

/** One glyph: 2–5 horizontal/vertical strokes inside a g×g cell, like a Han character. */
function drawGlyph(img: RgbaImage, x: number, y: number, g: number, s: number, rgb: Rgb, rand: () => number): void {
  const strokes = 2 + Math.floor(rand() * 4);
  for (let i = 0; i < strokes; i++) {
    if (rand() < 0.5) {
      const w = g * (0.4 + rand() * 0.6);
      fillRect(img, x + rand() * (g - w), y + rand() * (g - s), w, s, rgb);
    } else {
      const h = g * (0.4 + rand() * 0.6);
      fillRect(img, x + rand() * (g - s), y + rand() * (g - h), s, h, rgb);
    }
  }
}

function ring(img: RgbaImage, cx: number, cy: number, r: number, thickness: number, rgb: Rgb): void {
  const d = img.data;
  const outer = r * r;
  const inner = (r - thickness) * (r - thickness);
  for (let y = Math.max(0, Math.floor(cy - r)); y < Math.min(img.height, Math.ceil(cy + r)); y++) {
    for (let x = Math.max(0, Math.floor(cx - r)); x < Math.min(img.width, Math.ceil(cx + r)); x++) {
      const q = (x - cx) * (x - cx) + (y - cy) * (y - cy);
      if (q <= outer && q >= inner) {
        const p = (y * img.width + x) * 4;
        d[p] = rgb[0];
        d[p + 1] = rgb[1];
        d[p + 2] = rgb[2];
      }
    }
  }
}

/**
 * Returns a copy blurred by `passes` box blurs of radius `radius` in each direction. Three passes
 * approximate a Gaussian of σ = √(passes·((2r+1)² − 1)/12), e.g. r=3 → σ≈3.5 px.
 */
export function blurred(src: RgbaImage, radius: number, passes = 3, noise = 2, seed = 1): RgbaImage {
  const { width, height } = src;
  const a = new Float32Array(width * height * 4);
  a.set(src.data);
  const b = new Float32Array(a.length);
  for (let k = 0; k < passes; k++) {
    boxPass(a, b, radius, 4, width * 4, width, height); // along rows
    boxPass(b, a, radius, width * 4, 4, height, width); // along columns
  }
  const out = blank(width, height);
  out.data.set(a);
  for (let p = 3; p < out.data.length; p += 4) out.data[p] = 255;
  // Sensor noise is added after the optics blur it, so a blurred photo is not unnaturally smooth.
  addNoise(out, noise, seededRandom(seed));
  return out;
}

/**
 * One 1-D box blur over every line of RGB: `step` moves along a line, `lineStep` between lines;
 * edges are clamped.
 */
function boxPass(
  from: Float32Array,
  to: Float32Array,
  r: number,
  step: number,
  lineStep: number,
  length: number,
  lines: number,
): void {
  const n = 2 * r + 1;
  const last = length - 1;
  for (let line = 0; line < lines; line++) {
    for (let c = 0; c < 3; c++) {
      const base = line * lineStep + c;
      let sum = 0;
      // Every position is clamped to 0..last of the line: the reads are in range.
      for (let i = -r; i <= r; i++) sum += from[base + Math.min(last, Math.max(0, i)) * step]!;
      for (let i = 0; i < length; i++) {
        to[base + i * step] = sum / n;
        const add = i + r + 1 > last ? last : i + r + 1;
        const drop = i - r < 0 ? 0 : i - r;
        sum += from[base + add * step]! - from[base + drop * step]!;
      }
    }
  }
}

/** Returns a copy with brightness scaled by `factor` and high-ISO noise added. */
export function darkened(src: RgbaImage, factor: number, seed: number, noise = 5): RgbaImage {
  const out = blank(src.width, src.height);
  const s = src.data;
  const d = out.data;
  // Same size: p..p+3 are one pixel of both.
  for (let p = 0; p < s.length; p += 4) {
    d[p] = s[p]! * factor;
    d[p + 1] = s[p + 1]! * factor;
    d[p + 2] = s[p + 2]! * factor;
    d[p + 3] = 255;
  }
  addNoise(out, noise, seededRandom(seed));
  return out;
}

/**
 * Returns a copy with a clipped (255) elliptical highlight covering about `share` of the frame and
 * a soft halo around it, like a flash or a window reflected on a laminated license.
 */
export function withGlare(src: RgbaImage, share: number, seed: number): RgbaImage {
  const rand = seededRandom(seed);
  const { width, height } = src;
  const out = blank(width, height);
  out.data.set(src.data);
  const aspect = 0.6 + rand() * 0.8;
  // π·a·b = share·W·H with b = a·aspect
  const a = Math.sqrt((share * width * height) / (Math.PI * aspect));
  const b = a * aspect;
  const cx = Math.min(width - a * 0.8, Math.max(a * 0.8, width * (0.3 + rand() * 0.4)));
  const cy = Math.min(height - b * 0.8, Math.max(b * 0.8, height * (0.3 + rand() * 0.4)));
  const d = out.data;
  const x0 = Math.max(0, Math.floor(cx - a * 1.25));
  const x1 = Math.min(width, Math.ceil(cx + a * 1.25));
  for (let y = Math.max(0, Math.floor(cy - b * 1.25)); y < Math.min(height, Math.ceil(cy + b * 1.25)); y++) {
    for (let x = x0; x < x1; x++) {
      const q = Math.sqrt(((x - cx) / a) ** 2 + ((y - cy) / b) ** 2);
      if (q > 1.25) continue;
      const p = (y * width + x) * 4;
      // Inside: clipped. Halo (1 < q ≤ 1.25): blend towards white.
      const t = q <= 1 ? 1 : 1 - (q - 1) / 0.25;
      d[p] = d[p]! + (255 - d[p]!) * t;
      d[p + 1] = d[p + 1]! + (255 - d[p + 1]!) * t;
      d[p + 2] = d[p + 2]! + (255 - d[p + 2]!) * t;
    }
  }
  return out;
}

export type FixtureClass = 'good' | PhotoProblem;

export interface PhotoFixture {
  name: string;
  kind: PhotoKind;
  expected: FixtureClass;
  make: () => RgbaImage;
}

/**
 * The fixture set. `seedBase` shifts every seed, so one base can calibrate thresholds and another
 * can test them (held out). Images are built lazily by `make` to keep memory low.
 */
export function photoFixtures(seedBase: number): PhotoFixture[] {
  const s = (n: number) => seedBase * 1000 + n;
  const list: PhotoFixture[] = [];
  const good = (name: string, kind: PhotoKind, make: () => RgbaImage) =>
    list.push({ name, kind, expected: 'good', make });
  const bad = (name: string, kind: PhotoKind, expected: FixtureClass, make: () => RgbaImage) =>
    list.push({ name, kind, expected, make });
  const lic = (n: number, extra: Partial<DocumentOptions> = {}) =>
    textDocument({ width: 1600, height: 1200, seed: s(n), ...extra });
  const id = (n: number, extra: Partial<DocumentOptions> = {}) =>
    textDocument({ width: 1280, height: 800, seed: s(n), glyphPx: 22, density: 0.6, ...extra });
  const letter = (n: number, extra: Partial<DocumentOptions> = {}) =>
    textDocument({ width: 1200, height: 1600, seed: s(n), glyphPx: 18, ...extra });

  // --- good (24) ---
  for (const [i, paper] of [
    [1, 228],
    [2, 215],
    [3, 232],
    [4, 205],
  ] as const) {
    good(`license dense paper=${paper}`, 'license', () => lic(i, { paper }));
  }
  good('license on wood table', 'license', () => lic(5, { table: 'wood', paperFraction: 0.85 }));
  good('license on wood table, portrait', 'license', () =>
    textDocument({ width: 1200, height: 1600, seed: s(6), table: 'wood', paperFraction: 0.9 }),
  );
  good('license on black table (dark surround)', 'license', () => lic(7, { table: 'black', paperFraction: 0.6 }));
  good('letter on black table (dark surround)', 'letter', () => letter(8, { table: 'black', paperFraction: 0.7 }));
  for (let i = 0; i < 3; i++)
    good(`id-front #${i}`, 'id-front', () => id(10 + i, { table: i === 0 ? 'wood' : 'none' }));
  for (let i = 0; i < 2; i++) good(`id-back #${i}`, 'id-back', () => id(13 + i, { paper: 210 }));
  for (let i = 0; i < 3; i++) good(`letter #${i}`, 'letter', () => letter(15 + i));
  for (let i = 0; i < 3; i++) {
    good(`bright white paper, sparse text #${i}`, 'letter', () =>
      letter(20 + i, { paper: 240, density: 0.25, noise: 2.5, lighting: 0.02 }),
    );
  }
  good('slightly soft license (blur r=1, 1 pass)', 'license', () => blurred(lic(24), 1, 1, 2, s(124)));
  good('slightly soft letter (blur r=1, 1 pass)', 'letter', () => blurred(letter(25), 1, 1, 2, s(125)));
  good('slightly soft sparse white paper (blur r=1, 1 pass)', 'letter', () =>
    blurred(letter(23, { paper: 240, density: 0.25, lighting: 0.02 }), 1, 1, 2, s(123)),
  );
  good('dim but readable license (×0.72)', 'license', () => darkened(lic(26), 0.72, s(126), 3));
  good('dim but readable id (×0.72)', 'id-front', () => darkened(id(27), 0.72, s(127), 3));

  // --- blurry (8) ---
  for (const [i, r] of [
    [30, 3],
    [31, 4],
    [32, 5],
    [33, 7],
  ] as const) {
    bad(`license blurred r=${r}`, 'license', 'blurry', () => blurred(lic(i), r, 3, 2, s(100 + i)));
  }
  bad('id blurred r=3', 'id-front', 'blurry', () => blurred(id(34), 3, 3, 2, s(134)));
  bad('id blurred r=5', 'id-back', 'blurry', () => blurred(id(35), 5, 3, 2, s(135)));
  bad('letter blurred r=3', 'letter', 'blurry', () => blurred(letter(36), 3, 3, 2, s(136)));
  bad('sparse white paper blurred r=4', 'letter', 'blurry', () =>
    blurred(letter(37, { paper: 240, density: 0.25, lighting: 0.02 }), 4, 3, 2, s(137)),
  );

  // --- too dark (7) ---
  for (const [i, f] of [
    [40, 0.2],
    [41, 0.3],
    [42, 0.4],
  ] as const) {
    bad(`license dark ×${f}`, 'license', 'too-dark', () => darkened(lic(i), f, s(140 + i), 5));
  }
  bad('id dark ×0.35', 'id-front', 'too-dark', () => darkened(id(43), 0.35, s(143), 6));
  bad('letter dark ×0.45', 'letter', 'too-dark', () => darkened(letter(44), 0.45, s(144), 5));
  bad('license on wood, dark ×0.4', 'license', 'too-dark', () => darkened(lic(45, { table: 'wood' }), 0.4, s(145), 5));
  bad('bright white paper dark ×0.35', 'letter', 'too-dark', () =>
    darkened(letter(46, { paper: 240, density: 0.25, lighting: 0.02 }), 0.35, s(146), 5),
  );

  // --- glare (7) ---
  for (const [i, share] of [
    [50, 0.1],
    [51, 0.2],
    [52, 0.3],
    [53, 0.4],
  ] as const) {
    bad(`license glare ${share * 100}%`, 'license', 'glare', () => withGlare(lic(i), share, s(150 + i)));
  }
  bad('id glare 15%', 'id-front', 'glare', () => withGlare(id(54), 0.15, s(154)));
  bad('bright white paper glare 12%', 'letter', 'glare', () =>
    withGlare(letter(55, { paper: 240, density: 0.25, lighting: 0.02 }), 0.12, s(155)),
  );
  bad('letter glare 25%', 'letter', 'glare', () => withGlare(letter(56), 0.25, s(156)));

  // --- too small (4) ---
  bad('license 800×600', 'license', 'too-small', () => textDocument({ width: 800, height: 600, seed: s(60) }));
  bad('license 1400×1050', 'license', 'too-small', () => textDocument({ width: 1400, height: 1050, seed: s(61) }));
  bad('id 1000×700', 'id-front', 'too-small', () =>
    textDocument({ width: 1000, height: 700, seed: s(62), glyphPx: 18 }),
  );
  bad('letter 900×1200', 'letter', 'too-small', () => textDocument({ width: 900, height: 1200, seed: s(63) }));
  return list;
}
