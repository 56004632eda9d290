import fc from 'fast-check';
import {
  DEFAULT_WATERMARK_PURPOSE,
  defaultWatermarkText,
  estimateTextWidth,
  normalizeWatermarkPurpose,
  watermarkFontPx,
  watermarkLayout,
  type WatermarkLayout,
} from '@/domain/watermark';

const TEXT = defaultWatermarkText('', '2026-03-01');

/** Signed distance from point (px, py) to the rotated text box of one copy (≤ 0 inside). */
function boxDistance(
  layout: WatermarkLayout,
  textWidth: number,
  cx: number,
  cy: number,
  px: number,
  py: number,
): number {
  const cos = Math.cos(layout.angleRad);
  const sin = Math.sin(layout.angleRad);
  const dx = px - cx;
  const dy = py - cy;
  const u = Math.abs(dx * cos + dy * sin) - textWidth / 2;
  const v = Math.abs(-dx * sin + dy * cos) - layout.fontPx / 2;
  return u <= 0 && v <= 0 ? Math.max(u, v) : Math.hypot(Math.max(u, 0), Math.max(v, 0));
}

function nearestBox(layout: WatermarkLayout, textWidth: number, px: number, py: number): number {
  let best = Infinity;
  for (const p of layout.positions) best = Math.min(best, boxDistance(layout, textWidth, p.x, p.y, px, py));
  return best;
}

/** Share of a sample grid (~80 points on the short side) inside at least one text box. */
function coverage(layout: WatermarkLayout, textWidth: number, width: number, height: number): number {
  const cos = Math.cos(layout.angleRad);
  const sin = Math.sin(layout.angleRad);
  const reach = textWidth / 2 + layout.fontPx;
  let inside = 0;
  let total = 0;
  const step = Math.max(2, Math.min(width, height) / 80);
  for (let y = step / 2; y < height; y += step) {
    for (let x = step / 2; x < width; x += step) {
      total++;
      for (const p of layout.positions) {
        const dx = x - p.x;
        const dy = y - p.y;
        if (Math.abs(dx) > reach || Math.abs(dy) > reach) continue;
        if (Math.abs(dx * cos + dy * sin) <= textWidth / 2 && Math.abs(-dx * sin + dy * cos) <= layout.fontPx / 2) {
          inside++;
          break;
        }
      }
    }
  }
  return inside / total;
}

describe('defaultWatermarkText', () => {
  it('joins purpose and date with a middle dot', () => {
    expect(defaultWatermarkText('仅供备案', '2026-03-01')).toBe('仅供备案 · 2026-03-01');
  });
  it('uses the default purpose when empty or blank', () => {
    expect(TEXT).toBe(`${DEFAULT_WATERMARK_PURPOSE} · 2026-03-01`);
    expect(defaultWatermarkText('  \n\t ', '2026-03-01')).toBe('仅用于微信小程序认证及备案 · 2026-03-01');
  });
  it('trims, flattens line breaks and keeps at most 40 characters (code points)', () => {
    expect(normalizeWatermarkPurpose('  仅供\n认证  ')).toBe('仅供 认证');
    const long = '备'.repeat(50);
    expect(Array.from(normalizeWatermarkPurpose(long))).toHaveLength(40);
    expect(Array.from(normalizeWatermarkPurpose('𠀀'.repeat(45)))).toHaveLength(40);
  });
  it('omits the separator without a date', () => {
    expect(defaultWatermarkText('仅供备案', ' ')).toBe('仅供备案');
  });
});

describe('estimateTextWidth', () => {
  it('counts one em for CJK and 0.6 em for ASCII', () => {
    expect(estimateTextWidth('备案', 20)).toBe(40);
    expect(estimateTextWidth('2026', 20)).toBeCloseTo(48, 9);
    expect(estimateTextWidth('', 20)).toBe(0);
    // 13 CJK + " · " (0.6 + 1 + 0.6) + 10 ASCII
    expect(estimateTextWidth(TEXT, 10)).toBeCloseTo((13 + 2.2 + 6) * 10, 9);
  });
});

describe('watermarkFontPx', () => {
  it('is 3.2 % of the short side, at least 14 px', () => {
    expect(watermarkFontPx(2000, 1500)).toBe(48);
    expect(watermarkFontPx(1280, 720)).toBe(23);
    expect(watermarkFontPx(300, 200)).toBe(14);
  });
});

describe('watermarkLayout', () => {
  const sizes: Array<[number, number]> = [
    [2000, 1500],
    [720, 1280],
    [1600, 1600],
    [4000, 1000],
  ];

  it('is diagonal at −30° with a legible but light alpha', () => {
    const l = watermarkLayout({ width: 2000, height: 1500, text: TEXT });
    expect(l.angleRad).toBeCloseTo(-Math.PI / 6, 12);
    expect(l.alpha).toBeGreaterThanOrEqual(0.28);
    expect(l.alpha).toBeLessThanOrEqual(0.35);
    expect(l.fontPx).toBe(48);
    expect(l.lineGapPx).toBeGreaterThan(0);
  });

  it.each(sizes)('covers all four quadrants and corners of %i×%i', (width, height) => {
    const l = watermarkLayout({ width, height, text: TEXT });
    const tw = estimateTextWidth(TEXT, l.fontPx);
    const quadrants = new Set(
      l.positions
        .filter((p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height)
        .map((p) => `${p.x < width / 2 ? 'L' : 'R'}${p.y < height / 2 ? 'T' : 'B'}`),
    );
    expect(quadrants).toEqual(new Set(['LT', 'RT', 'LB', 'RB']));
    // Every point of the image, corners included, has a copy crossing near it.
    const near = 0.1 * Math.min(width, height);
    for (const [x, y] of [
      [0, 0],
      [width, 0],
      [0, height],
      [width, height],
    ] as const) {
      expect(nearestBox(l, tw, x, y)).toBeLessThanOrEqual(near);
    }
    const step = Math.min(width, height) / 25;
    for (let y = 0; y <= height; y += step) {
      for (let x = 0; x <= width; x += step) expect(nearestBox(l, tw, x, y)).toBeLessThanOrEqual(near);
    }
  });

  it.each(sizes)('keeps the covered area of %i×%i at or below ~22 %', (width, height) => {
    const l = watermarkLayout({ width, height, text: TEXT });
    const c = coverage(l, estimateTextWidth(TEXT, l.fontPx), width, height);
    expect(c).toBeGreaterThan(0.1);
    expect(c).toBeLessThanOrEqual(0.22);
  });

  it('keeps short and long texts within the coverage bound', () => {
    for (const text of ['ID', '仅供备案', `${'备'.repeat(40)} · 2026-03-01`]) {
      const l = watermarkLayout({ width: 1500, height: 1100, text });
      expect(coverage(l, estimateTextWidth(text, l.fontPx), 1500, 1100)).toBeLessThanOrEqual(0.22);
    }
  });

  it('honours an explicit font size', () => {
    expect(watermarkLayout({ width: 2000, height: 1500, text: TEXT, fontPx: 30 }).fontPx).toBe(30);
    expect(watermarkLayout({ width: 2000, height: 1500, text: TEXT, fontPx: -3 }).fontPx).toBe(48);
  });

  it('is deterministic', () => {
    expect(watermarkLayout({ width: 1234, height: 987, text: TEXT })).toEqual(
      watermarkLayout({ width: 1234, height: 987, text: TEXT }),
    );
  });

  it('gives no positions for invalid sizes or empty text', () => {
    expect(watermarkLayout({ width: 0, height: 100, text: TEXT }).positions).toEqual([]);
    expect(watermarkLayout({ width: NaN, height: 100, text: TEXT }).positions).toEqual([]);
    expect(watermarkLayout({ width: 100, height: 100, text: '' }).positions).toEqual([]);
  });

  it('returns finite positions near the image for any size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (width, height) => {
        const l = watermarkLayout({ width, height, text: TEXT });
        const tw = estimateTextWidth(TEXT, l.fontPx);
        expect(l.positions.length).toBeGreaterThan(0);
        for (const p of l.positions) {
          expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
          expect(p.x).toBeGreaterThanOrEqual(-tw);
          expect(p.x).toBeLessThanOrEqual(width + tw);
        }
      }),
      { numRuns: 80 },
    );
  });
});
