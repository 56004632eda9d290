// ESLint flat config. Besides the usual TypeScript and React-hooks rules, it enforces the
// one-way flow of docs/architecture.md: pages → features → store → domain, with platform as the
// only door to Taro/wx APIs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const domainBans = {
  patterns: [
    { group: ['@tarojs/*'], message: 'src/domain is pure TypeScript: no Taro.' },
    {
      group: ['react', 'react-dom', 'zustand', 'zustand/*'],
      message: 'src/domain is pure TypeScript: no React or zustand.',
    },
    {
      group: [
        '@/platform',
        '@/platform/*',
        '@/store',
        '@/store/*',
        '@/features',
        '@/features/*',
        '@/pages/*',
        '@/components/*',
        '../platform/*',
        '../store/*',
        '../features/*',
        '../pages/*',
        '../components/*',
      ],
      message: 'src/domain must not import platform, store, features, components or pages.',
    },
  ],
};

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
    { group: ['@/pages/*'], message: 'Nothing imports pages.' },
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
  { files: ['src/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', domainBans] } },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noTaroApis] },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noTaroApis,
          patterns: [
            ...noTaroApis.patterns,
            {
              group: ['@/features', '@/features/*', '@/components/*'],
              message: 'The store sits below features and components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['__tests__/**/*', 'scripts/**/*', 'config/**/*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
