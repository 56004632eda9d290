/**
 * Encodes the export search makes (src/domain/export-plan.ts) on the curves its tests use and on
 * 2,000 random rising curves: the figure issue 11 asks for when the search is simplified.
 * Usage: npx ts-node -P tsconfig.tools.json --transpile-only -O '{"module":"commonjs","moduleResolution":"node"}' scripts/count-export-encodes.ts [export-plan.ts]
 */
import path from 'path';

type Search = typeof import('../src/domain/export-plan').searchJpegQuality;
const modulePath = path.resolve(process.argv[2] ?? path.join(__dirname, '../src/domain/export-plan.ts'));
const { searchJpegQuality } = require(modulePath) as { searchJpegQuality: Search };

const MAX = 204_800;
const W = 2000;
const H = 1500;

async function count(bpp: (q: number) => number): Promise<{ encodes: number; quality: number }> {
  let encodes = 0;
  const r = await searchJpegQuality(
    async (w, h, q) => {
      encodes++;
      return Math.round(w * h * bpp(q));
    },
    { width: W, height: H, minLongSide: 1500, maxBytes: MAX },
  );
  return { encodes, quality: r.quality };
}

const crossingAt = (shape: (q: number) => number, q: number) => {
  const scale = MAX / (W * H) / shape(q);
  return (x: number) => scale * shape(x);
};
const licence = (() => {
  const k = 204_753 / 129_221;
  const pts: [[number, number], [number, number], [number, number]] = [
    [0.5, Math.log(101_847 * k)],
    [0.74, Math.log(129_221 * k)],
    [0.92, Math.log(188_513 * k)],
  ];
  return (q: number) => {
    const [[q0, l0], [q1, l1]] = q <= 0.74 ? [pts[0], pts[1]] : [pts[1], pts[2]];
    return Math.exp(l0 + ((q - q0) * (l1 - l0)) / (q1 - q0)) / (W * H);
  };
})();

/** mulberry32, so the random curves are the same for both versions. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main() {
  const named: Record<string, (q: number) => number> = {
    'licence (measured, Chromium)': licence,
    'a + b·q² (test curve 1)': (q) => 0.01 + 0.12 * q * q,
  };
  for (const c of [0.555, 0.705, 0.805, 0.905]) {
    named[`steep e^(6q), crossing ${c}`] = crossingAt((q) => Math.exp(6 * q), c);
    named[`flat 1+0.5q, crossing ${c}`] = crossingAt((q) => 1 + 0.5 * q, c);
  }
  // The fake's document photo (0.02 + 0.15·q bytes a pixel): even 0.5 is too big at 2000×1500,
  // so the export shrinks (the photo path of __tests__/pages/photos-weapp-read.test.tsx).
  named['document photo, shrink needed (photo path)'] = (q) => 0.02 + 0.15 * q;
  for (const [name, bpp] of Object.entries(named)) {
    const r = await count(bpp);
    console.log(`${name}: ${r.encodes} encodes (q ${r.quality})`);
  }
  const rand = random(11);
  const counts: number[] = [];
  while (counts.length < 2000) {
    // As the property test draws them: a + b·q^p (concave to strongly convex), or e^(k·q).
    const [a, b, p, k] = [0.05 * rand(), 0.02 + 0.28 * rand(), 0.5 + 3.5 * rand(), 0.5 + 5.5 * rand()];
    const shape = rand() < 0.5 ? (q: number) => a + b * q ** p : (q: number) => Math.exp(k * q);
    const t = 0.001 + 0.998 * rand();
    const scale = MAX / (W * H) / (shape(0.5) + t * (shape(0.92) - shape(0.5)));
    const bpp = (q: number) => scale * shape(q);
    if (Math.round(W * H * bpp(0.92)) <= MAX || Math.round(W * H * bpp(0.5)) > MAX) continue;
    counts.push((await count(bpp)).encodes);
  }
  const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
  const histogram = counts.reduce<Record<number, number>>((h, c) => ({ ...h, [c]: (h[c] ?? 0) + 1 }), {});
  console.log(
    `random rising curves (2000): mean ${mean.toFixed(2)}, max ${Math.max(...counts)}, by count ${JSON.stringify(histogram)}`,
  );
}

void main();
