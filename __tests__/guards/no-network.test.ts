/**
 * Local-first promise: nothing in src/ may reach the network. Any use of a Taro/wx network API,
 * fetch, XMLHttpRequest or WebSocket fails this test.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');
const FORBIDDEN: Array<[string, RegExp]> = [
  ['request', /\b(?:Taro|wx)\s*\.\s*request\b/],
  ['uploadFile', /\buploadFile\b/],
  ['downloadFile', /\bdownloadFile\b/],
  ['connectSocket', /\bconnectSocket\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Strips comments so that a comment mentioning fetch( does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

test('src/ uses no network API', () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(10);
  const hits: string[] = [];
  for (const file of files) {
    const text = code(fs.readFileSync(file, 'utf8'));
    for (const [name, pattern] of FORBIDDEN) {
      if (pattern.test(text)) hits.push(`${path.relative(SRC, file)}: ${name}`);
    }
  }
  expect(hits).toEqual([]);
});

test('the guard itself catches each API', () => {
  const samples = [
    'Taro.request({ url })',
    'wx.uploadFile({})',
    'Taro.downloadFile({})',
    'wx.connectSocket({})',
    'new WebSocket(u)',
    'fetch(u)',
    'new XMLHttpRequest()',
  ];
  for (const sample of samples) expect(FORBIDDEN.some(([, p]) => p.test(code(sample)))).toBe(true);
  expect(FORBIDDEN.some(([, p]) => p.test(code('// fetch(u) is forbidden')))).toBe(false);
});
