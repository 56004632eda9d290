// Benchmark of the photo pipeline in Chromium (issue 4): time to assess and to export a 12 MP
// photo with the browser build's own code. The domain (photo-quality, watermark, export-plan) and
// the H5 canvas layer (photo-pixels.h5, canvas-watermark) are compiled with tsc into a temp
// folder, served on localhost and imported by a blank page; a 4000×3000 document photo is drawn
// there and run through decode → getImageData → assessPhoto, and through the export search
// (resize + watermark + JPEG encodes until ≤ 200 KB). Prints the figures; not a test.
//
//   node scripts/bench-photos.mjs [runs=5]
// Decode (createImageBitmap of the JPEG file) is reported separately: it is the browser's cost of
// opening the file, paid once per photo before either step.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const { installLicenseDrawer } = createRequire(import.meta.url)('./license-photo.cjs');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[2] ?? 5);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-photos-'));

// 1. Compile the real modules to ES modules (type-only imports such as '@/domain/…' vanish).
const sources = [
  'src/domain/photo-quality.ts',
  'src/domain/watermark.ts',
  'src/domain/export-plan.ts',
  'src/platform/canvas-watermark.ts',
  'src/platform/photo-pixels.h5.ts',
].map((f) => path.join(ROOT, f));
try {
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/tsc'),
    [
      '--outDir',
      out,
      '--rootDir',
      path.join(ROOT, 'src'),
      '--module',
      'es2020',
      '--target',
      'es2020',
      '--moduleResolution',
      'node',
      '--skipLibCheck',
      '--lib',
      'es2020,dom',
      '--noEmitOnError',
      'false',
      ...sources,
    ],
    { stdio: 'pipe' },
  );
} catch {
  // tsc exits non-zero on the unresolved '@/…' type imports; the JavaScript is emitted anyway.
}
fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');

// 2. Serve it; bare relative imports ('./canvas-watermark') get their '.js'.
const server = http.createServer((req, res) => {
  let file = path.join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(out)) return res.writeHead(403).end();
  if (!fs.existsSync(file) && fs.existsSync(`${file}.js`)) file = `${file}.js`;
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(out, 'index.html');
  res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(url);
  await installLicenseDrawer(page);
  const figures = await page.evaluate(async (runs) => {
    const { assessPhoto } = await import('./domain/photo-quality.js');
    const { watermarkLayout, defaultWatermarkText, DEFAULT_WATERMARK_PURPOSE } = await import('./domain/watermark.js');
    const { exportTargetFor, initialExportSize, searchJpegQuality } = await import('./domain/export-plan.js');
    const { decodePhoto } = await import('./platform/photo-pixels.h5.js');

    // The 4000×3000 license-like photo of scripts/license-photo.cjs.
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const ctx = canvas.getContext('2d');
    window.__drawLicensePhoto(ctx);
    const photo = await new Promise((r) => canvas.toBlob(r, 'image/jpeg', 0.92));

    const text = defaultWatermarkText(DEFAULT_WATERMARK_PURPOSE, '2026-11-26');
    const rows = [];
    for (let run = 0; run < runs; run++) {
      // Assess: decode, full-size getImageData, assessPhoto (the capture page's check).
      let t0 = performance.now();
      const decoded = await decodePhoto(photo);
      const tDecode = performance.now() - t0;
      // Full-size read (12 MP) vs the capture page's read at ≤ 2048 px (photo-service.ts).
      t0 = performance.now();
      const full = await decoded.pixels();
      const tPixelsFull = performance.now() - t0;
      t0 = performance.now();
      const verdictFull = assessPhoto(full, 'license');
      const tAssessFull = performance.now() - t0;
      t0 = performance.now();
      const pixels = await decoded.pixels(2048);
      const tPixels = performance.now() - t0;
      t0 = performance.now();
      const verdict = assessPhoto(pixels, 'license');
      const tAssess = performance.now() - t0;

      // Export: the same search photo-service.ts runs (resize + watermark + JPEG encodes).
      t0 = performance.now();
      const target = exportTargetFor('license');
      const start = initialExportSize(decoded.width, decoded.height, 'license');
      const result = await searchJpegQuality(
        async (w, h, q) => {
          const layout = watermarkLayout({ width: w, height: h, text });
          return (await decoded.encodeJpeg(w, h, q, { layout, text })).bytes;
        },
        { width: start.width, height: start.height, minLongSide: target.minLongSide, maxBytes: target.maxBytes },
      );
      const tExport = performance.now() - t0;
      decoded.release();
      rows.push({ tDecode, tPixelsFull, tAssessFull, tPixels, tAssess, tExport, verdict, verdictFull, result });
    }
    return rows;
  }, RUNS);

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log(
    `Photo pipeline, 4000×3000 JPEG, Chromium ${browser.version()}, ${RUNS} runs (median; first run in brackets)`,
  );
  const col = (k) => `${ms(median(figures.map((f) => f[k])))} (${ms(figures[0][k])})`;
  console.log(`  decode (createImageBitmap)          ${col('tDecode')}`);
  console.log(`  full read: draw + getImageData 12 MP ${col('tPixelsFull')}`);
  console.log(`  full read: assessPhoto on 12 MP      ${col('tAssessFull')}`);
  console.log(`  app read:  resize + getImageData ≤2048 ${col('tPixels')}`);
  console.log(`  app read:  assessPhoto on 3 MP       ${col('tAssess')}`);
  const assessTotal = figures.map((f) => f.tPixels + f.tAssess);
  console.log(`  assess as the app does (read + check) ${ms(median(assessTotal))}   target < 150 ms`);
  console.log(`  export (search + watermark + JPEG)   ${col('tExport')}   target < 400 ms`);
  const { verdict, verdictFull, result } = figures[figures.length - 1];
  console.log(
    `  verdict (app read): ok=${verdict.ok} sharpness=${verdict.sharpness.toFixed(1)}; full read: ok=${verdictFull.ok} sharpness=${verdictFull.sharpness.toFixed(1)}`,
  );
  console.log(
    `  export: ${result.width}×${result.height} q=${result.quality} ${result.bytes} bytes metSpec=${result.metSpec}${result.reason ? ` (${result.reason})` : ''} in ${result.attempts} encodes`,
  );
} finally {
  await browser.close();
  server.close();
  fs.rmSync(out, { recursive: true, force: true });
}
