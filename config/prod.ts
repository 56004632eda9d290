import type { UserConfigExport } from '@tarojs/cli';

export default {
  // Keep Chinese text as UTF-8 (3 bytes a character) instead of \uXXXX escapes (6 bytes): the
  // i18n tables are mostly Chinese, and the package budget is 512 KB.
  terser: { enable: true, config: { output: { ascii_only: false } } },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
