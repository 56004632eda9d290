// `npm test`: installs what is missing, then runs every check and test layer in order and prints
// the figures (package bytes, setData per tick, per-layer counts, total time).
//   1. lint + format + types      4. production weapp build → package budget → built-weapp tests
//   2. domain/store/guard tests    5. production H5 build → Chromium end-to-end tests
//      (three time zones)          6. summary
//   3. page tests (jsdom)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const started = Date.now();
const ART = 'artifacts';
fs.mkdirSync(ART, { recursive: true });
const layers = [];
const figures = [];
let failed = false;
/** Steps other than the jest layers (lint, format, types, builds, budgets) that failed. */
const failedSteps = [];

function run(label, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n━━ ${label} ━━ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`━━ ${label}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${seconds} s`);
  if (!ok) {
    failed = true;
    failedSteps.push(label);
  }
  return { ok, seconds };
}

function jest(label, project, extraArgs = [], env = {}) {
  const out = path.join(ART, `jest-${label.replace(/\W+/g, '-')}.json`);
  fs.rmSync(out, { force: true });
  const { ok, seconds } = run(
    label,
    'npx',
    ['jest', '--selectProjects', project, '--json', `--outputFile=${out}`, ...extraArgs],
    env,
  );
  let passed = 0;
  let failedTests = 0;
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failedTests = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  } else if (!ok) failedTests = 1;
  layers.push({ label, passed, failed: failedTests, seconds });
  return ok;
}

function ensureInstalled() {
  if (!fs.existsSync('node_modules/.package-lock.json')) {
    run('install dependencies', 'npm', ['ci', '--no-audit', '--no-fund']);
  }
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chrome)) {
    if (process.getuid?.() === 0) {
      run('install Chromium', 'bash', [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk',
      ]);
    } else {
      console.error('Chromium is missing: sudo apt-get install chromium fonts-noto-cjk (or set CHROME_PATH).');
      failed = true;
    }
  }
}

ensureInstalled();
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', [
  'prettier',
  '--check',
  'src/**/*.{ts,tsx,scss}',
  '__tests__/**/*.{ts,tsx}',
  'scripts/**/*.{mjs,cjs}',
  'config/**/*.ts',
]);
// One check per place the code runs (tsconfig.json references them): weapp without DOM or Node,
// H5 with the DOM, tests/scripts/config with DOM + Node + Jest. --force: not the incremental cache,
// which would not notice changed dependency types.
run('types', 'npx', ['tsc', '-b', '--force']);

// Dates must not depend on the phone's zone: the whole unit layer runs in Los Angeles (the zone
// furthest from China), and the time-sensitive suites again in Shanghai and UTC.
jest('a. domain+store (TZ=America/Los_Angeles)', 'domain', [], { TZ: 'America/Los_Angeles' });
const TIME_SUITES = [
  'working-days',
  'sms-window',
  'review-clock',
  'ics',
  'countdown',
  'materials',
  'preflight',
  'share-card',
  'validation',
];
jest('a. time suites (TZ=Asia/Shanghai)', 'domain', TIME_SUITES, { TZ: 'Asia/Shanghai' });
jest('a. time suites (TZ=UTC)', 'domain', TIME_SUITES, { TZ: 'UTC' });
jest('b. pages (jsdom)', 'pages', [], { TZ: 'Asia/Shanghai' });

if (
  run('build weapp (production)', 'npx', ['taro', 'build', '--type', 'weapp'], {
    NODE_ENV: 'production',
    TARO_OUTPUT: '',
  }).ok
) {
  run('package budget', 'node', ['scripts/budgets.mjs', 'dist']);
  // miniprogram-simulate leaves timers behind; the layer's results are in, so jest may exit.
  jest('c. built weapp (miniprogram-simulate)', 'weapp', ['--runInBand', '--forceExit']);
}
if (
  run('build h5 (production)', 'npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production', TARO_OUTPUT: '' }).ok
) {
  jest('d. browser e2e (Chromium)', 'e2e', ['--runInBand', '--forceExit']);
}

// Figures written by the budget script and the setData / photo measurements.
for (const file of fs.readdirSync(ART).filter((f) => f.endsWith('-budget.json') || f.endsWith('-figures.json'))) {
  figures.push([file, JSON.parse(fs.readFileSync(path.join(ART, file), 'utf8'))]);
}

const total = layers.reduce((acc, l) => ({ passed: acc.passed + l.passed, failed: acc.failed + l.failed }), {
  passed: 0,
  failed: 0,
});
console.log('\n══════════════ summary ══════════════');
for (const l of layers)
  console.log(
    `${l.label.padEnd(44)} ${String(l.passed).padStart(5)} passed ${String(l.failed).padStart(3)} failed  ${l.seconds} s`,
  );
for (const [file, data] of figures) {
  if (file === 'package-budget.json')
    console.log(
      `weapp main package: ${data.total} bytes (${(data.total / 1024).toFixed(1)} KB; budget ${data.budget / 1024} KB); whole dist/ with subpackages ${data.all} bytes`,
    );
  else console.log(`${file}: ${JSON.stringify(data.summary ?? data)}`);
}
console.log(`screenshots: ${path.join(ART, 'screenshots')}/`);
console.log(`total time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
// A failed lint, type check, build or budget counts too: the last line must never read "0 failed"
// while the run exits non-zero.
const stepFailures = failedSteps.filter((label) => !layers.some((l) => l.label === label));
if (stepFailures.length) console.log(`failed steps: ${stepFailures.join(', ')}`);
console.log(`${total.passed} passed, ${total.failed + stepFailures.length} failed`);
process.exit(failed || total.failed > 0 ? 1 : 0);
