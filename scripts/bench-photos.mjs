// Benchmark of the photo pipeline in Chromium (issue 4): time to assess and to export a 12 MP
// photo with the browser build's own code. The domain (photo-quality, watermark, export-plan) and
// the H5 canvas layer (photo-pixels.h5, canvas-watermark) are compiled with tsc into a temp
// folder, served on localhost and imported by a blank page; a 4000×3000 document photo (a JPEG
// file, as the file chooser gives it) is run through the capture page's steps (decode → read
// → assessPhoto, then the two thumbnails) and the export's (decode → resize + watermark + JPEG
// encodes until ≤ 200 KB). Prints the figures; not a test.
//
//   node scripts/bench-photos.mjs [runs=5]
//
// Every figure starts from the file's bytes: opening the file is part of what the user waits for.
// Each step runs twice: with WebCodecs' ImageDecoder (Chromium's path) and without it (the
// createImageBitmap fallback every other browser takes).
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const { installLicenseDrawer } = require('./license-photo.cjs');
const { serveModules } = require('./browser-modules.cjs');
const RUNS = Number(process.argv[2] ?? 5);

// The real modules, compiled and served (scripts/browser-modules.cjs).
const modules = await serveModules([
  'src/domain/photo-quality.ts',
  'src/domain/watermark.ts',
  'src/domain/export-plan.ts',
  'src/platform/canvas-watermark.ts',
  'src/platform/photo-pixels.h5.ts',
]);

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
  // One page per measurement, so each starts as cold as the app's capture page does.
  const measure = async (runs, warmUp) => {
    const page = await browser.newPage();
    await page.goto(modules.url);
    await installLicenseDrawer(page);
    const result = await page.evaluate(pipeline, { runs, warmUp });
    await page.close();
    return result;
  };
  const pipeline = async ({ runs, warmUp }) => {
    const { assessScaledPhoto, assessmentThresholds } = await import('./domain/photo-quality.js');
    const { watermarkLayout, defaultWatermarkText, DEFAULT_WATERMARK_PURPOSE } = await import('./domain/watermark.js');
    const { exportTargetFor, initialExportSize, searchJpegQuality } = await import('./domain/export-plan.js');
    const { decodePhoto, warmUpPhotoFile } = await import('./platform/photo-pixels.h5.js');

    // The 4000×3000 license-like photo of scripts/license-photo.cjs, as a JPEG file.
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    window.__drawLicensePhoto(canvas.getContext('2d'));
    const photo = await new Promise((r) => canvas.toBlob(r, 'image/jpeg', 0.92));
    canvas.width = 1;

    const text = defaultWatermarkText(DEFAULT_WATERMARK_PURPOSE, '2026-11-26');
    const webCodecs = window.ImageDecoder;
    const rows = [];
    let tWarmUp = 0;
    if (warmUp) {
      // What the capture page does while the user frames the shot (warmUpPhotoCheck in
      // photo-service.ts, which imports the store and so cannot be loaded here).
      const t0 = performance.now();
      const sample = await warmUpPhotoFile(256, 192);
      for (let i = 0; i < 3; i++) {
        const d = await decodePhoto(sample);
        assessScaledPhoto(await d.analysisPixels(assessmentThresholds.analysisLongSide), 4000, 3000, 'license');
        d.release();
      }
      tWarmUp = performance.now() - t0;
    }
    for (let run = 0; run < runs; run++) {
      for (const path of ['webcodecs', 'fallback']) {
        window.ImageDecoder = path === 'webcodecs' ? webCodecs : undefined;
        // Assess, as checkPhoto (photo-service.ts) does it: open, read, check; then thumbnails.
        let t0 = performance.now();
        const decoded = await decodePhoto(photo);
        const tOpen = performance.now() - t0;
        let t1 = performance.now();
        const pixels = await decoded.analysisPixels(assessmentThresholds.analysisLongSide);
        const tRead = performance.now() - t1;
        t1 = performance.now();
        const verdict = assessScaledPhoto(pixels, decoded.width, decoded.height, 'license');
        const tCheck = performance.now() - t1;
        const tAssess = performance.now() - t0;
        t1 = performance.now();
        await decoded.thumbnail(220);
        await decoded.thumbnail(480);
        const tThumbs = performance.now() - t1;
        decoded.release();

        // Export, as exportPhoto does it: open the kept file again, search, watermark, encode.
        t0 = performance.now();
        const again = await decodePhoto(photo);
        const target = exportTargetFor('license');
        const start = initialExportSize(again.width, again.height, 'license');
        const encodeTimes = [];
        const result = await searchJpegQuality(
          async (w, h, q) => {
            const t = performance.now();
            const layout = watermarkLayout({ width: w, height: h, text });
            const bytes = (await again.encodeJpeg(w, h, q, { layout, text })).bytes;
            encodeTimes.push(performance.now() - t);
            return bytes;
          },
          {
            width: start.width,
            height: start.height,
            minLongSide: target.minLongSide,
            maxBytes: target.maxBytes,
            minBytes: target.minBytes,
            growTo: { width: again.width, height: again.height },
          },
        );
        const tExport = performance.now() - t0;
        again.release();
        rows.push({
          path,
          tOpen,
          tRead,
          tCheck,
          tAssess,
          tThumbs,
          tExport,
          tFirstEncode: encodeTimes[0],
          tLaterEncodes: encodeTimes.slice(1).reduce((a, b) => a + b, 0) / Math.max(1, encodeTimes.length - 1),
          read: `${pixels.width}×${pixels.height}`,
          verdict,
          result,
        });
      }
    }
    window.ImageDecoder = webCodecs;
    return { rows, photoBytes: photo.size, tWarmUp };
  };
  const figures = await measure(RUNS, true);
  const cold = await measure(1, false);

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = (x) => `${x.toFixed(0)} ms`.padStart(7);
  console.log(
    `Photo pipeline, 4000×3000 JPEG file (${figures.photoBytes} B), Chromium ${browser.version()}, ${RUNS} runs: median (first run)`,
  );
  console.log(
    `  the page first warms up as the capture page does (${figures.tWarmUp.toFixed(0)} ms, while the user aims);` +
      ` without it, a cold first run: assess ${cold.rows[0].tAssess.toFixed(0)} ms, export ${cold.rows[0].tExport.toFixed(0)} ms (ImageDecoder path)`,
  );
  for (const path of ['webcodecs', 'fallback']) {
    const rows = figures.rows.filter((r) => r.path === path);
    const col = (k) => `${ms(median(rows.map((f) => f[k])))} (${ms(rows[0][k]).trim()})`;
    const last = rows[rows.length - 1];
    console.log(
      path === 'webcodecs'
        ? '  ImageDecoder path (Chromium):'
        : '  createImageBitmap fallback (browsers without WebCodecs):',
    );
    console.log(`    open (header; fallback: whole decode) ${col('tOpen')}`);
    console.log(`    read pixels at ${last.read.padEnd(10)}           ${col('tRead')}`);
    console.log(`    assessScaledPhoto                    ${col('tCheck')}`);
    console.log(`    ASSESS: file → verdict               ${col('tAssess')}   target < 150 ms`);
    console.log(`    then two thumbnails (220, 480 px)    ${col('tThumbs')}`);
    console.log(`    EXPORT: file → JPEG within spec      ${col('tExport')}   target < 400 ms`);
    console.log(`      first encode (decode, draw, watermark) ${col('tFirstEncode')}`);
    console.log(`      each later encode (JPEG only)        ${col('tLaterEncodes')}`);
    const { verdict, result } = last;
    console.log(
      `    verdict ok=${verdict.ok} [${verdict.problems}] sharpness=${verdict.sharpness.toFixed(1)}; export ${result.width}×${result.height} q=${result.quality} ${result.bytes} B metSpec=${result.metSpec}${result.reason ? ` (${result.reason})` : ''} in ${result.attempts} encodes`,
    );
  }
} finally {
  await browser.close();
  await modules.close();
}
