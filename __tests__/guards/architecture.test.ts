/**
 * The import direction of docs/architecture.md, checked on the files themselves (ESLint enforces
 * the same while editing): domain is pure, and only platform calls Taro/wx APIs.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const importsOf = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );

test('src/domain imports nothing but itself and plain libraries', () => {
  const bad = filesUnder(path.join(SRC, 'domain')).flatMap((file) =>
    importsOf(file)
      .filter(
        (spec) =>
          /^(@tarojs\/|react|zustand|@\/(platform|store|features|pages|components))/.test(spec) || /^\.\.\//.test(spec),
      )
      .map((spec) => `${path.relative(SRC, file)} → ${spec}`),
  );
  expect(bad).toEqual([]);
});

test('only src/platform uses Taro APIs; pages and app may use lifecycle hooks only', () => {
  const bad: string[] = [];
  for (const file of filesUnder(SRC)) {
    const rel = path.relative(SRC, file);
    if (rel.startsWith('platform')) continue;
    const text = fs.readFileSync(file, 'utf8');
    const importsTaro = /from\s+['"]@tarojs\/taro['"]/.test(text);
    if (!importsTaro) continue;
    const isPageOrApp = rel.startsWith('pages') || rel === 'app.tsx';
    const usesApi = /\bTaro\s*\./.test(text) || /import\s+Taro\b/.test(text);
    if (!isPageOrApp || usesApi) bad.push(rel);
  }
  expect(bad).toEqual([]);
});
