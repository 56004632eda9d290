// `npm start`: installs dependencies if missing, builds the WeChat package into dist/ (open the
// project root in WeChat DevTools), builds the H5 preview and serves it on localhost.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { serveStatic } from './serve.mjs';

function step(command, args) {
  const r = spawnSync(command, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!fs.existsSync('node_modules/.package-lock.json')) step('npm', ['ci', '--no-audit', '--no-fund']);
step('npx', ['taro', 'build', '--type', 'weapp']);
step('npx', ['taro', 'build', '--type', 'h5']);
const port = Number(process.env.PORT || 10086);
const { url } = await serveStatic('dist-h5', port);
console.log(`\nWeChat package: dist/ (open this folder's project.config.json in WeChat DevTools)`);
console.log(`H5 preview: ${url}  (Ctrl+C to stop)`);
