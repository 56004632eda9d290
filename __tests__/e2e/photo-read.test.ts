/**
 * The browser's photo read (src/platform/photo-pixels.h5.ts) against the domain, in Chromium.
 *
 * The quality thresholds were chosen on the domain's own area average of full-resolution
 * fixtures (photo-accuracy test). The browser build reads far fewer pixels: a JPEG decoded at a
 * DCT scale (WebCodecs), or a whole-bitmap decode drawn down (the fallback). This test sends
 * the held-out fixtures through both reads, as JPEG files the way the file chooser gives them,
 * at their own size and enlarged to a 12 MP-class photo, and checks the verdicts against the
 * domain's verdict on the very same pixels, and against the fixture's class.
 *
 * It also checks that a photo with an EXIF orientation comes out upright on both paths.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

const { serveModules, importModules } = require('../../scripts/browser-modules.cjs');

/** The modules as the page sees them (see importModules). */
type Modules = {
  fixtures: typeof import('../support/photo-fixtures');
  quality: typeof import('@/domain/photo-quality');
  pixels: typeof import('@/platform/photo-pixels.h5');
};

jest.setTimeout(300_000);

let browser: Browser;
let page: Page;
let modules: { url: string; close(): Promise<void> };

beforeAll(async () => {
  modules = await serveModules([
    'src/domain/photo-quality.ts',
    'src/platform/photo-pixels.h5.ts',
    'src/platform/canvas-watermark.ts',
    '__tests__/support/photo-fixtures.ts',
  ]);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`[pageerror] ${e.message}`));
  await page.goto(modules.url);
  await importModules(page, {
    fixtures: './__tests__/support/photo-fixtures.js',
    quality: './domain/photo-quality.js',
    pixels: './platform/photo-pixels.h5.js',
  });
});
afterAll(async () => {
  await browser?.close();
  await modules?.close();
});

interface Row {
  name: string;
  expected: string;
  scale: number;
  path: 'webcodecs' | 'fallback';
  /** The domain on the full-resolution pixels of the same JPEG, e.g. 'ok' or 'glare,blurry'. */
  reference: string;
  read: string;
  sharpnessReference: number;
  sharpnessRead: number;
  readSize: string;
}

/** Runs every held-out fixture through the domain and both browser reads; returns one row per read. */
async function readFixtures(scales: number[]): Promise<Row[]> {
  return page.evaluate(async (scales) => {
    const { photoFixtures } = (window as unknown as { __modules: Modules }).__modules.fixtures;
    const { assessScaledPhoto, assessmentThresholds } = (window as unknown as { __modules: Modules }).__modules.quality;
    const { decodePhoto } = (window as unknown as { __modules: Modules }).__modules.pixels;
    const w = window as unknown as { ImageDecoder?: unknown };
    const webCodecs = w.ImageDecoder;
    const verdict = (r: { ok: boolean; problems: string[] }) => (r.ok ? 'ok' : r.problems.join(','));
    const rows: Row[] = [];
    for (const f of photoFixtures(1)) {
      const image = f.make();
      const source = document.createElement('canvas');
      source.width = image.width;
      source.height = image.height;
      (source.getContext('2d') as CanvasRenderingContext2D).putImageData(
        new ImageData(new Uint8ClampedArray(image.data), image.width, image.height),
        0,
        0,
      );
      for (const scale of scales) {
        // The file: the fixture (enlarged, when scale > 1, as a bigger camera would see it) as JPEG.
        const width = Math.round(image.width * scale);
        const height = Math.round(image.height * scale);
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(source, 0, 0, width, height);
        const file: Blob = await new Promise((r) => canvas.toBlob((b) => r(b as Blob), 'image/jpeg', 0.92));
        // Reference: the domain on every pixel of that JPEG, as decoded by the browser.
        const whole = await createImageBitmap(file);
        ctx.drawImage(whole, 0, 0);
        whole.close();
        const full = { width, height, data: ctx.getImageData(0, 0, width, height).data };
        const reference = assessScaledPhoto(full, width, height, f.kind);
        canvas.width = 1;
        for (const path of ['webcodecs', 'fallback'] as const) {
          w.ImageDecoder = path === 'webcodecs' ? webCodecs : undefined;
          const decoded = await decodePhoto(file);
          const pixels = await decoded.analysisPixels(assessmentThresholds.analysisLongSide);
          const read = assessScaledPhoto(pixels, decoded.width, decoded.height, f.kind);
          decoded.release();
          rows.push({
            name: f.name,
            expected: f.expected,
            scale,
            path,
            reference: verdict(reference),
            read: verdict(read),
            sharpnessReference: reference.sharpness,
            sharpnessRead: read.sharpness,
            readSize: `${pixels.width}×${pixels.height}`,
          });
        }
        w.ImageDecoder = webCodecs;
      }
    }
    return rows;
  }, scales);
}

/** Whether a verdict is right for a fixture of class `expected` (as in the photo-accuracy test). */
function correct(expected: string, verdict: string): boolean {
  return expected === 'good' ? verdict === 'ok' : verdict.split(',').includes(expected);
}

test('both browser reads give the domain verdict on the held-out fixtures, at their size and at 12 MP class', async () => {
  const rows = await readFixtures([1, 2.5]);
  const lines: string[] = [];
  for (const path of ['webcodecs', 'fallback'] as const) {
    for (const scale of [1, 2.5]) {
      const set = rows.filter((r) => r.path === path && r.scale === scale);
      // Enlarged 'too-small' fixtures are no longer too small: that class is only read at size 1.
      const judged = scale === 1 ? set : set.filter((r) => r.expected !== 'too-small');
      const agree = judged.filter((r) => r.read === r.reference).length;
      const right = judged.filter((r) => correct(r.expected, r.read)).length;
      const ratio = (c: string) => {
        const xs = judged.filter((r) => r.expected === c).map((r) => r.sharpnessRead / r.sharpnessReference);
        return xs.length ? `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}` : '-';
      };
      const sharp = (c: string) => {
        const xs = judged.filter((r) => r.expected === c).map((r) => r.sharpnessRead);
        return `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
      };
      lines.push(
        `${path} read, fixtures ×${scale} (read ${judged[0]?.readSize} for the first): ` +
          `agrees with the domain on ${agree}/${judged.length}, right class ${right}/${judged.length}; ` +
          `sharpness read/full: good ${ratio('good')}, blurry ${ratio('blurry')}; ` +
          `sharpness read: good ${sharp('good')}, blurry ${sharp('blurry')}`,
      );
      for (const r of judged.filter((x) => x.read !== x.reference || !correct(x.expected, x.read))) {
        lines.push(
          `  ${r.name}: expected ${r.expected}, domain on full pixels ${r.reference}, read ${r.read} ` +
            `(sharpness ${r.sharpnessReference.toFixed(0)} → ${r.sharpnessRead.toFixed(0)})`,
        );
      }
      // The floor of the photo-accuracy test (90 %), and near-total agreement with the domain.
      expect(right / judged.length).toBeGreaterThanOrEqual(0.9);
      expect(agree / judged.length).toBeGreaterThanOrEqual(0.95);
    }
  }
  console.log(lines.join('\n'));
});

test('a photo with an EXIF orientation is read upright on both paths', async () => {
  const result = await page.evaluate(async () => {
    const { decodePhoto } = (window as unknown as { __modules: Modules }).__modules.pixels;
    // 1600×1200 as stored, red in the stored top-left quarter, then EXIF orientation 6 (the
    // camera was turned a quarter clockwise): upright it is 1200×1600 with red top-right.
    const c = document.createElement('canvas');
    c.width = 1600;
    c.height = 1200;
    const x = c.getContext('2d') as CanvasRenderingContext2D;
    x.fillStyle = '#fff';
    x.fillRect(0, 0, 1600, 1200);
    x.fillStyle = '#f00';
    x.fillRect(0, 0, 800, 600);
    const jpeg = new Uint8Array(
      await (await new Promise<Blob>((r) => c.toBlob((b) => r(b as Blob), 'image/jpeg', 0.9))).arrayBuffer(),
    );
    // APP1 "Exif", big-endian TIFF, one IFD entry: 0x0112 Orientation, SHORT, 1, value 6.
    const app1 = [
      0xff, 0xe1, 0, 34, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0,
      1, 0, 6, 0, 0, 0, 0, 0, 0,
    ];
    const bytes = new Uint8Array(jpeg.length + app1.length);
    bytes.set(jpeg.subarray(0, 2));
    bytes.set(app1, 2);
    bytes.set(jpeg.subarray(2), 2 + app1.length);
    const file = new Blob([bytes], { type: 'image/jpeg' });

    const corners = (data: Uint8ClampedArray, w: number, h: number) =>
      (
        [
          [4, 4],
          [w - 5, 4],
          [4, h - 5],
          [w - 5, h - 5],
        ] as const
      )
        // A pixel missing from the image (undefined) reads as not red.
        .map(([px, py]) => ((data[(py * w + px) * 4 + 1] ?? 255) < 100 ? 'R' : 'W'))
        .join('');
    const w = window as unknown as { ImageDecoder?: unknown };
    const webCodecs = w.ImageDecoder;
    const out: Record<string, unknown> = {};
    for (const path of ['webcodecs', 'fallback'] as const) {
      w.ImageDecoder = path === 'webcodecs' ? webCodecs : undefined;
      const decoded = await decodePhoto(file);
      const read = await decoded.analysisPixels(1024);
      const jpegOut = await decoded.encodeJpeg(600, 800, 0.9, null);
      const exported = await createImageBitmap(jpegOut.data as Blob);
      const k = document.createElement('canvas');
      k.width = exported.width;
      k.height = exported.height;
      const kx = k.getContext('2d') as CanvasRenderingContext2D;
      kx.drawImage(exported, 0, 0);
      out[path] = {
        size: `${decoded.width}×${decoded.height}`,
        read: `${read.width}×${read.height} ${corners(read.data, read.width, read.height)}`,
        exported: `${exported.width}×${exported.height} ${corners(kx.getImageData(0, 0, k.width, k.height).data, k.width, k.height)}`,
      };
      decoded.release();
    }
    w.ImageDecoder = webCodecs;
    return out;
  });
  expect(result.webcodecs).toEqual({ size: '1200×1600', read: '750×1000 WRWW', exported: '600×800 WRWW' });
  expect(result.fallback).toEqual({ size: '1200×1600', read: '1200×1600 WRWW', exported: '600×800 WRWW' });
});

test('a damaged file is read as far as it goes or refused cleanly, on both paths', async () => {
  const outcomes = await page.evaluate(async () => {
    const { decodePhoto } = (window as unknown as { __modules: Modules }).__modules.pixels;
    const c = document.createElement('canvas');
    c.width = 1600;
    c.height = 1200;
    const x = c.getContext('2d') as CanvasRenderingContext2D;
    x.fillStyle = '#eee';
    x.fillRect(0, 0, 1600, 1200);
    x.fillStyle = '#222';
    x.font = '40px sans-serif';
    for (let row = 0; row < 20; row++) x.fillText('营业执照 BUSINESS LICENSE 0123456789', 40, 60 + row * 56);
    const jpeg = new Uint8Array(
      await (await new Promise<Blob>((r) => c.toBlob((b) => r(b as Blob), 'image/jpeg', 0.9))).arrayBuffer(),
    );
    const files: Record<string, Blob> = {
      'truncated at 60 %': new Blob([jpeg.subarray(0, Math.floor(jpeg.length * 0.6))], { type: 'image/jpeg' }),
      'header only': new Blob([jpeg.subarray(0, 700)], { type: 'image/jpeg' }),
      'not an image': new Blob([new TextEncoder().encode('%PDF-1.7 not a photo')], { type: 'image/jpeg' }),
    };
    const w = window as unknown as { ImageDecoder?: unknown };
    const webCodecs = w.ImageDecoder;
    const out: Record<string, string> = {};
    for (const path of ['webcodecs', 'fallback'] as const) {
      w.ImageDecoder = path === 'webcodecs' ? webCodecs : undefined;
      for (const [name, file] of Object.entries(files)) {
        const attempt = (async () => {
          const decoded = await decodePhoto(file);
          try {
            const px = await decoded.analysisPixels(1024);
            return `read ${px.width}×${px.height}`;
          } finally {
            decoded.release();
          }
        })();
        const timeout = new Promise<string>((r) => setTimeout(() => r('hung'), 10_000));
        out[`${path}: ${name}`] = await Promise.race([
          attempt.catch((e: unknown) => `refused (${e instanceof Error ? e.constructor.name : typeof e})`),
          timeout,
        ]);
      }
    }
    w.ImageDecoder = webCodecs;
    return out;
  });
  console.log(
    Object.entries(outcomes)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  );
  for (const [name, outcome] of Object.entries(outcomes)) {
    expect(`${name}: ${outcome}`).toMatch(/: (read \d+×\d+|refused \(\w+\))$/);
  }
  expect(outcomes['webcodecs: not an image']).toMatch(/^refused/);
  expect(outcomes['fallback: not an image']).toMatch(/^refused/);
});
