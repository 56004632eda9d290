/**
 * Per-platform types (issue 11): code that runs in WeChat is type-checked as WeChat runs it, with
 * no DOM and no Node. The logic layer "does not run in a browser, so window, document etc. cannot
 * be used" (https://developers.weixin.qq.com/miniprogram/dev/framework/app-service/), and it is no
 * Node either: no Buffer, no process. What it has is ES, WeChat's own globals (timers, console,
 * wx: miniprogram-api-typings) and Taro's API. So:
 * - tsconfig.weapp.json must not bring the DOM library, Node or Jest types back, not even through
 *   a package's `/// <reference types="node" />`;
 * - no weapp source file (src/ without *.h5.ts/tsx) may name a global that only the DOM, Node or
 *   Jest declare. This half does not trust the config: it resolves every identifier against the
 *   old all-in-one environment (DOM + Node + Jest + wx) and reports what only those declare;
 * - every config checks indexed reads (`noUncheckedIndexedAccess`).
 */
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');
const CONFIGS = ['tsconfig.weapp.json', 'tsconfig.h5.json', 'tsconfig.tools.json'];

function parsed(config: string): ts.ParsedCommandLine {
  const file = path.join(ROOT, config);
  const result = ts.getParsedCommandLineOfConfigFile(file, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(`${config}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    },
  });
  if (!result) throw new Error(`${config} could not be read`);
  return result;
}

/** Declaration files that only the browser, Node or Jest provide. */
const BROWSER_ONLY = /[\\/]typescript[\\/]lib[\\/]lib\.(dom|webworker|scripthost)[\w.]*\.d\.ts$/;
const NODE_OR_JEST = /[\\/]node_modules[\\/]@types[\\/](node|jest)[\\/]/;
const notInWeChat = (fileName: string) => BROWSER_ONLY.test(fileName) || NODE_OR_JEST.test(fileName);

const weapp = parsed('tsconfig.weapp.json');
const weappSources = weapp.fileNames.filter((f) => /[\\/]src[\\/].*\.tsx?$/.test(f));

test('the weapp config lists no DOM library and no Node or Jest types', () => {
  const libs = (weapp.options.lib ?? []).filter((lib) => /dom|webworker|scripthost/i.test(lib));
  const types = (weapp.options.types ?? []).filter((t) => /^(node|jest|@types\/(node|jest))$/.test(t));
  expect({ libs, types }).toEqual({ libs: [], types: [] });
  // A default `types` (absent) would load every @types package, Node's and Jest's among them.
  expect(weapp.options.types).toBeDefined();
});

test('nothing the weapp program loads declares DOM, Node or Jest globals', () => {
  const program = ts.createProgram({ rootNames: weapp.fileNames, options: weapp.options });
  const loaded = program
    .getSourceFiles()
    .map((f) => f.fileName)
    .filter(notInWeChat)
    .map((f) => path.relative(ROOT, f));
  expect(loaded).toEqual([]);
});

test('weapp sources are the src/ files without the *.h5 ones', () => {
  expect(weappSources.length).toBeGreaterThan(50);
  expect(weappSources.filter((f) => /\.h5\.tsx?$/.test(f))).toEqual([]);
});

test('every config checks indexed reads (noUncheckedIndexedAccess)', () => {
  expect(CONFIGS.filter((config) => parsed(config).options.noUncheckedIndexedAccess !== true)).toEqual([]);
});

/**
 * `process.env.TARO_ENV` / `process.env.NODE_ENV` are not Node's process: Taro's build replaces
 * the text with a literal (types/build-env.d.ts). Any other use of `process` is Node's.
 */
function isBuildConstant(id: ts.Identifier): boolean {
  // `id` is the `process` or the `env` of `process.env`, itself followed by `.TARO_ENV` / `.NODE_ENV`.
  const access = id.parent;
  return (
    ['process', 'env'].includes(id.text) &&
    ts.isPropertyAccessExpression(access) &&
    ts.isIdentifier(access.expression) &&
    access.expression.text === 'process' &&
    access.name.text === 'env' &&
    ts.isPropertyAccessExpression(access.parent) &&
    access.parent.expression === access &&
    ['TARO_ENV', 'NODE_ENV'].includes(access.parent.name.text)
  );
}

test('no weapp source file names a global only the DOM, Node or Jest declare', () => {
  // The old, all-in-one environment: whatever resolves only into its browser/Node/Jest files is
  // something WeChat does not have.
  const options: ts.CompilerOptions = {
    ...weapp.options,
    lib: ['lib.es2020.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node', 'jest', 'miniprogram-api-typings', '@tarojs/taro/types'],
    composite: false,
    incremental: false,
  };
  const rootNames = [...weappSources, path.join(ROOT, 'types', 'global.d.ts')];
  const program = ts.createProgram({ rootNames, options });
  const checker = program.getTypeChecker();
  const hits: string[] = [];
  for (const fileName of weappSources) {
    const source = program.getSourceFile(fileName);
    if (!source) throw new Error(`${fileName} is not in the program`);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && !isBuildConstant(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        const declarations = symbol?.declarations ?? [];
        if (declarations.length > 0 && declarations.every((d) => notInWeChat(d.getSourceFile().fileName))) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          hits.push(`${path.relative(ROOT, fileName)}:${line + 1} ${node.text}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  expect(hits).toEqual([]);
}, 120_000);
