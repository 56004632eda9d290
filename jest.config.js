// Four layers, one runner. `npm test` runs them in order through scripts/test-all.mjs;
// `npx jest --selectProjects domain` runs a single layer while developing.
const common = {
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': '<rootDir>/__tests__/support/style-stub.js',
    '\\.(png|jpg|jpeg|gif|svg)$': '<rootDir>/__tests__/support/file-stub.js',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
  setupFiles: ['<rootDir>/__tests__/support/register-all-messages.ts'],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'domain',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/domain/**/*.test.ts', '<rootDir>/__tests__/store/**/*.test.ts', '<rootDir>/__tests__/guards/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'pages',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/__tests__/pages/**/*.test.tsx'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/__tests__/support/taro-mock.ts',
        '^@tarojs/components$': '<rootDir>/__tests__/support/components-mock.tsx',
        ...common.moduleNameMapper,
      },
    },
    {
      ...common,
      displayName: 'weapp',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/weapp/**/*.test.ts'],
      transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
    },
  ],
};
