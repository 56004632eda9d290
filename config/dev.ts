import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: true },
  // zustand 5 under `taro build --watch` needs React's development build (stack notes, trap 10).
  mini: { debugReact: true },
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
