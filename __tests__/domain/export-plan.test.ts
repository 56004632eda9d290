import fc from 'fast-check';
import {
  MAX_ENCODE_ATTEMPTS,
  MAX_UPLOAD_BYTES,
  exportTargetFor,
  initialExportSize,
  searchJpegQuality,
} from '@/domain/export-plan';

/** Fake canvas encoder: bytes ∝ pixels × a rising curve of quality; records every call. */
function fakeEncoder(bytesPerPixelAt: (q: number) => number) {
  const calls: Array<[number, number, number]> = [];
  const encode = async (w: number, h: number, q: number) => {
    calls.push([w, h, q]);
    return Math.round(w * h * bytesPerPixelAt(q));
  };
  return { encode, calls };
}

/** Roughly like a real JPEG of a document: ~0.03 B/px at q 0.5, ~0.12 B/px at 0.92. */
const curve = (scale: number) => (q: number) => scale * (0.01 + 0.12 * q * q);

const plan = (width: number, height: number) => ({ width, height, minLongSide: 1500, maxBytes: MAX_UPLOAD_BYTES });

describe('exportTargetFor', () => {
  it('follows the materials-page minimums with a 200 KB limit', () => {
    expect(exportTargetFor('license')).toEqual({
      maxBytes: 204800,
      minLongSide: 1500,
      minShortSide: 1100,
      capLongSide: 2000,
    });
    expect(exportTargetFor('id-front')).toMatchObject({ minLongSide: 1280, minShortSide: 720, capLongSide: 1600 });
    expect(exportTargetFor('id-back')).toEqual(exportTargetFor('id-front'));
    expect(exportTargetFor('letter')).toMatchObject({ minLongSide: 1500, capLongSide: 2000 });
  });
});

describe('initialExportSize', () => {
  it('caps the long side and keeps the aspect ratio', () => {
    expect(initialExportSize(4000, 3000, 'license')).toMatchObject({ width: 2000, height: 1500, belowMinimum: false });
    expect(initialExportSize(3000, 4000, 'id-front')).toMatchObject({ width: 1200, height: 1600, belowMinimum: false });
  });
  it('never upscales', () => {
    expect(initialExportSize(1800, 1350, 'license')).toMatchObject({ width: 1800, height: 1350, belowMinimum: false });
  });
  it('keeps the spec short side on an elongated photo', () => {
    const s = initialExportSize(4000, 2000, 'license');
    expect(Math.min(s.width, s.height)).toBeGreaterThanOrEqual(1100);
    expect(s.width / s.height).toBeCloseTo(2, 2);
  });
  it('keeps a photo below the minimum as is and flags it', () => {
    expect(initialExportSize(1200, 900, 'license')).toEqual({
      width: 1200,
      height: 900,
      belowMinimum: true,
      minLongSide: 1500,
    });
    expect(initialExportSize(1280, 700, 'id-back')).toMatchObject({ width: 1280, height: 700, belowMinimum: true });
    expect(initialExportSize(0, 900, 'letter')).toMatchObject({ width: 0, height: 0, belowMinimum: true });
  });
});

describe('searchJpegQuality', () => {
  it('takes the top quality when it fits (one encode)', async () => {
    const { encode, calls } = fakeEncoder(curve(0.5));
    const r = await searchJpegQuality(encode, plan(2000, 1500));
    expect(r).toEqual({
      width: 2000,
      height: 1500,
      quality: 0.92,
      bytes: expect.any(Number),
      metSpec: true,
      attempts: 1,
    });
    expect(r.bytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
    expect(calls).toHaveLength(1);
  });

  it('bisects to the highest quality that fits', async () => {
    const bpp = curve(1);
    const { encode, calls } = fakeEncoder(bpp);
    const r = await searchJpegQuality(encode, plan(2000, 1500));
    expect(r.metSpec).toBe(true);
    expect(r.reason).toBeUndefined();
    expect([r.width, r.height]).toEqual([2000, 1500]);
    expect(r.bytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
    expect(r.quality).toBeGreaterThan(0.5);
    expect(r.quality).toBeLessThan(0.92);
    // Within the bisection resolution of the true best quality.
    const exact = Math.sqrt((MAX_UPLOAD_BYTES / (2000 * 1500) - 0.01) / 0.12);
    expect(exact - r.quality).toBeLessThan(0.03);
    expect(exact - r.quality).toBeGreaterThanOrEqual(0);
    expect(calls.length).toBeLessThanOrEqual(6);
    expect(r.attempts).toBe(calls.length);
  });

  it('shrinks when even quality 0.5 is too large, not below the minimum long side', async () => {
    const { encode, calls } = fakeEncoder(curve(2.5));
    const r = await searchJpegQuality(encode, plan(2000, 1500));
    expect(r.metSpec).toBe(true);
    expect(r.width).toBeLessThan(2000);
    expect(r.width).toBeGreaterThanOrEqual(1500);
    expect(r.width / r.height).toBeCloseTo(4 / 3, 2);
    expect(r.bytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
    expect(r.bytes).toBe(Math.round(r.width * r.height * curve(2.5)(r.quality)));
    expect(calls.length).toBeLessThanOrEqual(MAX_ENCODE_ATTEMPTS);
  });

  it('reports the closest result when the spec cannot be met', async () => {
    const { encode, calls } = fakeEncoder(curve(10));
    const r = await searchJpegQuality(encode, plan(2000, 1500));
    expect(r.metSpec).toBe(false);
    expect(r.reason).toBe('too-large-at-min-quality');
    expect(Math.max(r.width, r.height)).toBe(1500);
    expect(r.quality).toBe(0.5);
    const smallest = Math.min(...calls.map(([w, h, q]) => Math.round(w * h * curve(10)(q))));
    expect(r.bytes).toBe(smallest);
    expect(r.bytes).toBeGreaterThan(MAX_UPLOAD_BYTES);
  });

  it('flags an input below the minimum and never shrinks it', async () => {
    const { encode, calls } = fakeEncoder(curve(1));
    const r = await searchJpegQuality(encode, plan(1200, 900));
    expect(r).toMatchObject({ width: 1200, height: 900, quality: 0.92, metSpec: false, reason: 'below-min-size' });
    const heavy = fakeEncoder(curve(20));
    const r2 = await searchJpegQuality(heavy.encode, plan(1200, 900));
    expect(r2).toMatchObject({ width: 1200, height: 900, metSpec: false, reason: 'below-min-size' });
    expect(heavy.calls.every(([w, h]) => w === 1200 && h === 900)).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('handles invalid plans and broken encoders without NaN', async () => {
    const { encode, calls } = fakeEncoder(curve(1));
    const r = await searchJpegQuality(encode, plan(0, 1500));
    expect(r).toEqual({
      width: 0,
      height: 0,
      quality: 0,
      bytes: 0,
      metSpec: false,
      reason: 'below-min-size',
      attempts: 0,
    });
    expect(calls).toHaveLength(0);
    const broken = await searchJpegQuality(async () => NaN, plan(2000, 1500));
    expect(broken.metSpec).toBe(false);
    expect(broken.attempts).toBeLessThanOrEqual(MAX_ENCODE_ATTEMPTS);
    for (const v of Object.values(broken)) if (typeof v === 'number') expect(Number.isNaN(v)).toBe(false);
  });

  it('propagates encoder failures', async () => {
    await expect(
      searchJpegQuality(async () => Promise.reject(new Error('canvas lost')), plan(2000, 1500)),
    ).rejects.toThrow('canvas lost');
  });

  it('bounds encodes, never returns NaN, and only claims the spec when it is met', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6000 }),
        fc.integer({ min: 1, max: 6000 }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.integer({ min: 0, max: 3000 }),
        async (w, h, scale, minLongSide) => {
          const { encode, calls } = fakeEncoder(curve(scale));
          const r = await searchJpegQuality(encode, { width: w, height: h, minLongSide, maxBytes: MAX_UPLOAD_BYTES });
          expect(calls.length).toBeLessThanOrEqual(MAX_ENCODE_ATTEMPTS);
          expect(r.attempts).toBe(calls.length);
          for (const v of [r.width, r.height, r.quality, r.bytes, r.attempts]) expect(Number.isFinite(v)).toBe(true);
          if (r.metSpec) {
            expect(r.bytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
            expect(Math.max(r.width, r.height)).toBeGreaterThanOrEqual(minLongSide);
            expect(r.reason).toBeUndefined();
          } else {
            expect(r.reason).toBeDefined();
          }
          expect(r.width).toBeLessThanOrEqual(w);
          expect(r.height).toBeLessThanOrEqual(h);
          expect(r.quality).toBeGreaterThanOrEqual(0.5);
          expect(r.quality).toBeLessThanOrEqual(0.92);
          // The reported bytes are what the encoder said for the reported size and quality.
          expect(r.bytes).toBe(Math.round(r.width * r.height * curve(scale)(r.quality)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
