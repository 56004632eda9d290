// Runs some of the app's own TypeScript modules in a real browser page, without the app: the
// photo benchmark and the browser photo-read tests import the domain and the H5 canvas layer
// this way. The sources are compiled with tsc to ES modules in a temp folder and served on
// 127.0.0.1 with an import map for the one bare import they use ('image-size').
//
//   const mods = await serveModules(['src/domain/photo-quality.ts', ...]);
//   await page.goto(mods.url);
//   await importModules(page, { quality: './domain/photo-quality.js' });  // window.__modules.quality
//   await mods.close();
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const IMAGE_SIZE_ESM = path.join(ROOT, 'node_modules/image-size/dist/esm');
const IMAGE_SIZE_URL = '/node_modules/image-size/dist/esm';

/**
 * Compiles `sources` (paths from the repo root) and serves them: `src/x/y.ts` becomes
 * `<url>x/y.js` and `__tests__/support/z.ts` becomes `<url>__tests__/support/z.js`.
 * Resolves with { url, close }.
 */
async function serveModules(sources) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'browser-modules-'));
  try {
    execFileSync(
      path.join(ROOT, 'node_modules/.bin/tsc'),
      [
        '--outDir',
        out,
        '--rootDir',
        ROOT,
        '--module',
        'es2020',
        '--target',
        'es2020',
        '--moduleResolution',
        'bundler',
        '--skipLibCheck',
        '--lib',
        'es2020,dom',
        '--noEmitOnError',
        'false',
        ...sources.map((f) => path.join(ROOT, f)),
      ],
      { stdio: 'pipe' },
    );
  } catch {
    // tsc exits non-zero on the unresolved '@/…' type-only imports; the JavaScript is emitted
    // anyway, and type-only imports vanish from it.
  }
  // src/… is served at the root, so './domain/x.js' works from the page.
  const srcOut = path.join(out, 'src');
  fs.writeFileSync(
    path.join(srcOut, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>modules</title>' +
      `<script type="importmap">{"imports":{"image-size":"${IMAGE_SIZE_URL}/index.js"}}</script>`,
  );
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let base = srcOut;
    let rel = pathname;
    if (pathname.startsWith(`${IMAGE_SIZE_URL}/`)) {
      base = IMAGE_SIZE_ESM;
      rel = pathname.slice(IMAGE_SIZE_URL.length);
    } else if (pathname.startsWith('/__tests__/')) {
      base = path.join(out, '__tests__');
      rel = pathname.slice('/__tests__'.length);
    }
    let file = path.join(base, rel);
    if (!file.startsWith(base)) return res.writeHead(403).end();
    // Relative imports in the emitted code have no extension ('./canvas-watermark').
    if (!fs.existsSync(file) && fs.existsSync(`${file}.js`)) file = `${file}.js`;
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(srcOut, 'index.html');
    res.writeHead(200, {
      'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
        fs.rmSync(out, { recursive: true, force: true });
      }),
  };
}

/**
 * Imports served modules into `page` as `window.__modules[name]`, e.g.
 * `{ quality: './domain/photo-quality.js' }`. Done from a string so that Babel (which compiles
 * the Jest tests, page callbacks included) cannot rewrite the dynamic import() into require().
 */
async function importModules(page, modules) {
  const entries = Object.entries(modules);
  await page.evaluate(
    `Promise.all(${JSON.stringify(entries)}.map(([name, url]) => import(url).then((m) => [name, m])))` +
      `.then((list) => { window.__modules = Object.assign(window.__modules || {}, Object.fromEntries(list)); })`,
  );
}

module.exports = { serveModules, importModules };
