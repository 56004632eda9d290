/**
 * The import direction of docs/architecture.md, checked on the files themselves (ESLint enforces
 * the same while editing): domain is pure, only platform calls Taro/wx APIs, and no import cycle,
 * type-only imports included (ESLint's import-x/no-cycle skips those).
 */
import fs from 'node:fs';
import os from 'node:os';
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

/** The file an import names, or undefined for a package (or a stylesheet, which imports nothing back). */
function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/')
    ? path.join(SRC, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : undefined;
  if (base === undefined) return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((file) => /\.tsx?$/.test(file) && fs.existsSync(file));
}

/**
 * zustand's slices pattern (its guide, docs/guides/slices-pattern.md in pmndrs/zustand): each slice's
 * StateCreator names the whole AppState it is part of, and AppState is the slices joined, so a
 * slice → app-state type import is that pattern, not a tangle. No other cycle is allowed.
 */
const slicePattern = (from: string, to: string) =>
  /store\/[a-z-]+-slice\.ts$/.test(from) && to === path.join(SRC, 'store', 'app-state.ts');

/** The files of every import cycle (strongly connected component of more than one file). */
function importCycles(files: string[]): string[][] {
  const edges = new Map(
    files.map((file) => [
      file,
      importsOf(file).flatMap((spec) => {
        const to = resolveImport(file, spec);
        return to === undefined || slicePattern(file, to) ? [] : [to];
      }),
    ]),
  );
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const to of edges.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file) ?? 0, index.get(to) ?? 0));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(path.relative(SRC, member));
      if (member === file) break;
    }
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

test('no import cycle in src/, type-only imports counted', () => {
  expect(importCycles(filesUnder(SRC))).toEqual([]);
});

test('the cycle check sees a cycle of type-only imports', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cycle-'));
  const a = path.join(dir, 'a.ts');
  const b = path.join(dir, 'b.ts');
  fs.writeFileSync(a, "import type { B } from './b';\nexport type A = { b?: B };\n");
  fs.writeFileSync(b, "import type { A } from './a';\nexport type B = { a?: A };\n");
  try {
    expect(importCycles([a, b])).toEqual([[path.relative(SRC, a), path.relative(SRC, b)].sort()]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
