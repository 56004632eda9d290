// ESLint flat config. Besides the usual TypeScript and React-hooks rules, it enforces the
// one-way flow of docs/architecture.md: pages → features → store → domain, with platform as the
// only door to Taro/wx APIs, and no import cycles in src/. __tests__/guards/architecture.test.ts
// checks the same layering on the files (and cycles including type-only imports);
// __tests__/guards/eslint-layers.test.ts proves these rules fire.
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const root = import.meta.dirname;

const domainBans = {
  patterns: [
    { group: ['@tarojs/*'], message: 'src/domain is pure TypeScript: no Taro.' },
    {
      group: ['react', 'react-dom', 'zustand', 'zustand/*'],
      message: 'src/domain is pure TypeScript: no React or zustand.',
    },
  ],
};

/**
 * The layers, as import-x/no-restricted-paths zones: files under `target` may not import anything
 * under `from`. Paths are resolved (aliases and relative paths alike), so `../store/x` is caught
 * as surely as `@/store/x`. Components are UI shared by several features, on the features' level:
 * they may read the store, but no feature and no page.
 */
const layer = (target, from, message) => ({ target: `src/${target}`, from: from.map((f) => `src/${f}`), message });
const layerZones = [
  layer(
    'domain',
    ['platform', 'store', 'features', 'pages', 'components', 'i18n', 'app.tsx'],
    'src/domain is pure TypeScript: it imports only itself and plain libraries.',
  ),
  layer(
    'platform',
    ['store', 'features', 'pages', 'components', 'i18n', 'app.tsx'],
    'src/platform wraps Taro/wx APIs below the store: no store, features, components, pages or i18n.',
  ),
  layer(
    'i18n',
    ['platform', 'store', 'features', 'pages', 'components', 'domain', 'app.tsx'],
    'src/i18n holds only the message tables and t(); components/use-t.ts joins it to the store.',
  ),
  layer('store', ['features', 'pages', 'components', 'app.tsx'], 'The store sits below features and components.'),
  layer('components', ['features', 'pages', 'app.tsx'], 'Shared components import no feature and no page.'),
  layer('features', ['pages', 'app.tsx'], 'Nothing imports pages.'),
];

const noTaroApis = {
  paths: [{ name: '@tarojs/taro', message: 'Only src/platform calls Taro/wx APIs (pages may use lifecycle hooks).' }],
  patterns: [
    {
      // A feature's public API is its index, plus subpackage.ts for what only subpackage pages use
      // (kept out of the index so it stays out of the main package).
      group: ['@/features/*/*', '!@/features/*/subpackage'],
      message:
        "Use the other feature's public index ('@/features/<name>', or '@/features/<name>/subpackage'), not its insides.",
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'artifacts/**', 'coverage/**', '**/*.js', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        defineAppConfig: 'readonly',
        definePageConfig: 'readonly',
        wx: 'readonly',
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // tsconfig.base.json's `@/*` paths; `.weapp.ts` / `.h5.ts` twins resolve to the plain file.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          tsconfig: { configFile: path.join(root, 'tsconfig.base.json') },
        }),
      ],
    },
    rules: {
      // Cycles through node_modules are not ours to fix and cost time to walk. import-x skips
      // type-only imports; the architecture guard test counts those too.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
    },
  },
  { files: ['src/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', domainBans] } },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noTaroApis] },
  },
  {
    files: ['__tests__/**/*', 'scripts/**/*', 'config/**/*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
