// Package budget of the built weapp. WeChat downloads the main package at launch and each
// subpackage when one of its pages opens; the budget (512 KB) is on the main package: every file
// in dist/ except sourcemaps and the subpackage folders listed in app.json. The total of dist/ and
// each page's WXML are printed too. Prints the figures every run; exits 1 over budget.
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
  const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
  const subRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  const files = walk(dist).filter((f) => !f.endsWith('.map'));
  const sizes = files.map((f) => ({ file: path.relative(dist, f), bytes: fs.statSync(f).size }));
  const inSub = (file) => subRoots.some((root) => file.startsWith(root));
  const main = sizes.filter((s) => !inSub(s.file));
  const total = main.reduce((sum, s) => sum + s.bytes, 0);
  const all = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const subpackages = subRoots.map((root) => ({
    root,
    bytes: sizes.filter((s) => s.file.startsWith(root)).reduce((sum, s) => sum + s.bytes, 0),
  }));
  const allPages = [
    ...appJson.pages,
    ...(appJson.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`)),
  ];
  const pages = allPages.map((page) => {
    const wxml = path.join(dist, `${page}.wxml`);
    return { page, wxmlBytes: fs.existsSync(wxml) ? fs.statSync(wxml).size : 0 };
  });
  const largest = [...main].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  return { total, all, subpackages, largest, pages };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dist = process.argv[2] || 'dist';
  const { total, all, subpackages, largest, pages } = measurePackage(dist);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`BUDGET weapp main package: ${total} bytes (${kb(total)} KB) of ${kb(PACKAGE_BUDGET_BYTES)} KB`);
  console.log(`  largest: ${largest.map((s) => `${s.file} ${kb(s.bytes)} KB`).join(', ')}`);
  console.log(
    `  whole dist/ (main + ${subpackages.length} subpackages): ${all} bytes (${kb(all)} KB); largest subpackage ${Math.max(0, ...subpackages.map((p) => p.bytes))} bytes`,
  );
  const maxPage = pages.reduce((m, p) => (p.wxmlBytes > m.wxmlBytes ? p : m), { page: '-', wxmlBytes: 0 });
  console.log(`BUDGET per-page WXML: max ${maxPage.wxmlBytes} bytes (${maxPage.page}) of ${PAGE_WXML_BUDGET_BYTES}`);
  fs.mkdirSync('artifacts', { recursive: true });
  fs.writeFileSync(
    'artifacts/package-budget.json',
    JSON.stringify({ total, budget: PACKAGE_BUDGET_BYTES, all, subpackages, largest, pages }, null, 2),
  );
  const over = [];
  if (total > PACKAGE_BUDGET_BYTES) over.push(`package ${total} > ${PACKAGE_BUDGET_BYTES}`);
  for (const p of pages)
    if (p.wxmlBytes > PAGE_WXML_BUDGET_BYTES) over.push(`${p.page}.wxml ${p.wxmlBytes} > ${PAGE_WXML_BUDGET_BYTES}`);
  if (over.length) {
    console.error(`OVER BUDGET: ${over.join('; ')}`);
    process.exit(1);
  }
}
