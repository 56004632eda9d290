/**
 * The ESLint import rules of eslint.config.mjs (issue 12, "Structure"): import-x/no-cycle and the
 * layer zones of docs/architecture.md. Each case lints a small snippet as if it were a file under
 * src/, through ESLint's Node API (lintText with a filePath, so the real config and resolver
 * apply), and expects the rule to fire; the control cases expect silence, so a rule that resolved
 * nothing and passed everything would fail here. ESLint runs in a child Node process: its config
 * is an ES module that Jest's CommonJS runtime cannot import.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

type Case = { code: string; filePath: string };
type Finding = { filePath: string; rules: string[] };

const ROOT = path.join(__dirname, '..', '..');

const LINT_SNIPPETS = `
const { ESLint } = require('eslint');
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const { code, filePath } of cases) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push({ filePath, rules: result.messages.map((m) => m.ruleId ?? m.message) });
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lint(cases: Case[]): Finding[] {
  const stdout = execFileSync(process.execPath, ['-e', LINT_SNIPPETS, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as Finding[];
}

const zone = 'import-x/no-restricted-paths';
const cycle = 'import-x/no-cycle';

// [what, snippet, file it pretends to be, the rule expected to fire (undefined: none at all)]
const CASES: [string, string, string, string | undefined][] = [
  [
    'domain → store (alias)',
    "import { useAppStore } from '@/store';\nexport const s = useAppStore;\n",
    'src/domain/probe.ts',
    zone,
  ],
  [
    'domain → platform (relative)',
    "import { showToast } from '../platform/system';\nexport const s = showToast;\n",
    'src/domain/probe.ts',
    zone,
  ],
  [
    'domain → components',
    "import { useT } from '@/components/use-t';\nexport const s = useT;\n",
    'src/domain/probe.ts',
    zone,
  ],
  [
    'domain → i18n',
    "import { LOCALES } from '@/i18n/define';\nexport const s = LOCALES;\n",
    'src/domain/probe.ts',
    zone,
  ],
  [
    'platform → store',
    "import { useAppStore } from '@/store';\nexport const s = useAppStore;\n",
    'src/platform/probe.ts',
    zone,
  ],
  [
    'platform → components',
    "import { useT } from '../components/use-t';\nexport const s = useT;\n",
    'src/platform/probe.ts',
    zone,
  ],
  [
    'components → a feature',
    "import { routes } from '@/features/journey';\nexport const s = routes;\n",
    'src/components/probe.ts',
    zone,
  ],
  [
    'store → components',
    "import { useT } from '@/components/use-t';\nexport const s = useT;\n",
    'src/store/probe.ts',
    zone,
  ],
  [
    'i18n → store',
    "import { useAppStore } from '@/store';\nexport const s = useAppStore;\n",
    'src/i18n/probe.ts',
    zone,
  ],
  [
    'a feature → a page',
    "import * as page from '@/pages/filing/index';\nexport const s = page;\n",
    'src/features/journey/probe.ts',
    zone,
  ],
  [
    // materials.ts imports principals.ts; principals.ts importing materials.ts back closes a cycle.
    'a cycle: principals → materials → principals',
    "import { deriveWarnings } from '@/domain/materials';\nexport const s = deriveWarnings;\n",
    'src/domain/principals.ts',
    cycle,
  ],
  [
    'control: a component reads the store',
    "import { useAppStore } from '@/store';\nexport const s = useAppStore;\n",
    'src/components/probe.ts',
    undefined,
  ],
  [
    'control: a feature uses the domain, platform and components',
    "import { deriveWarnings } from '@/domain/materials';\nimport { showToast } from '@/platform/system';\nimport { useT } from '@/components/use-t';\nexport const s = [deriveWarnings, showToast, useT];\n",
    'src/features/journey/probe.ts',
    undefined,
  ],
  [
    'control: the domain imports itself',
    "import { deriveWarnings } from '@/domain/materials';\nexport const s = deriveWarnings;\n",
    'src/domain/probe.ts',
    undefined,
  ],
];

describe('ESLint import rules fire on what docs/architecture.md forbids', () => {
  const findings = lint(CASES.map(([, code, filePath]) => ({ code, filePath })));

  it.each(CASES.map((c, i) => [c[0], c[3] ?? 'no error', i] as const))('%s → %s', (_what, rule, i) => {
    const found = findings[i]?.rules;
    if (rule === 'no error') expect(found).toEqual([]);
    else expect(found).toEqual([rule]);
  });
});
