// Package budget of the built weapp: the bytes WeChat counts for the main package (everything in
// dist/ except sourcemaps), plus each page's WXML. Prints the figures every run; exits 1 over budget.
// Usage: node scripts/budgets.mjs [distDir]
import fs from 'node:fs';
import path from 'node:path';

export const PACKAGE_BUDGET_BYTES = 512 * 1024;
export const PAGE_WXML_BUDGET_BYTES = 32 * 1024;

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

export function measurePackage(dist) {
  const files = walk(dist).filter((f) => !f.endsWith('.map'));
  const sizes = files.map((f) => ({ file: path.relative(dist, f), bytes: fs.statSync(f).size }));
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
  const pages = appJson.pages.map((page) => {
    const wxml = path.join(dist, `${page}.wxml`);
    return { page, wxmlBytes: fs.existsSync(wxml) ? fs.statSync(wxml).size : 0 };
  });
  const largest = [...sizes].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  return { total, largest, pages };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dist = process.argv[2] || 'dist';
  const { total, largest, pages } = measurePackage(dist);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`BUDGET weapp main package: ${total} bytes (${kb(total)} KB) of ${kb(PACKAGE_BUDGET_BYTES)} KB`);
  console.log(`  largest: ${largest.map((s) => `${s.file} ${kb(s.bytes)} KB`).join(', ')}`);
  const maxPage = pages.reduce((m, p) => (p.wxmlBytes > m.wxmlBytes ? p : m), { page: '-', wxmlBytes: 0 });
  console.log(`BUDGET per-page WXML: max ${maxPage.wxmlBytes} bytes (${maxPage.page}) of ${PAGE_WXML_BUDGET_BYTES}`);
  fs.mkdirSync('artifacts', { recursive: true });
  fs.writeFileSync('artifacts/package-budget.json', JSON.stringify({ total, budget: PACKAGE_BUDGET_BYTES, largest, pages }, null, 2));
  const over = [];
  if (total > PACKAGE_BUDGET_BYTES) over.push(`package ${total} > ${PACKAGE_BUDGET_BYTES}`);
  for (const p of pages) if (p.wxmlBytes > PAGE_WXML_BUDGET_BYTES) over.push(`${p.page}.wxml ${p.wxmlBytes} > ${PAGE_WXML_BUDGET_BYTES}`);
  if (over.length) {
    console.error(`OVER BUDGET: ${over.join('; ')}`);
    process.exit(1);
  }
}
