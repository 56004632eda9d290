// A tiny static server for the H5 build (dist-h5/), bound to localhost only.
// Used by `npm start` (preview) and by the end-to-end tests.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Starts serving `root` on 127.0.0.1:`port` (0 = any free port); resolves with { url, close }. */
function serveStatic(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file = path.join(base, urlPath);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(base, 'index.html');
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://localhost:${actual}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

module.exports = { serveStatic };

if (require.main === module) {
  const root = process.argv[2] ?? 'dist-h5';
  const port = Number(process.argv[3] ?? 10086);
  serveStatic(root, port).then(({ url }) => console.log(`H5 preview: ${url}`));
}
