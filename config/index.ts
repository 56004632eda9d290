import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// chinese-days ships an ES module inside a CommonJS package; webpack must treat it as auto.
function chineseDaysRule(chain: any) {
  chain.module
    .rule('chinese-days-esm')
    .test(/chinese-days[\\/]dist[\\/]index\.es\.js$/)
    .type('javascript/auto');
  chain.module
    .rule('chinese-days-data')
    .test(/chinese-days[\\/]dist[\\/]chinese-days\.json$/)
    .use('trim')
    .loader(path.resolve(__dirname, 'holiday-data-loader.cjs'));
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'filing-companion',
    date: '2026-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // TARO_OUTPUT lets parallel builds (e.g. two developers' checks) use separate folders.
    outputRoot: process.env.TARO_OUTPUT || (process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist'),
    plugins: [],
    defineConstants: {},
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    copy: { patterns: [], options: {} },
    framework: 'preact',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      // Taro's generic template nests this many levels before recursing; 16 (the default) makes
      // base.wxml larger than our pages need.
      // (Honoured by the weapp template; missing from Taro's config types.)
      ...({ baseLevel: 12 } as object),
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chineseDaysRule(chain);
        // Preact instead of React saves about 90 KB of the main package (see preact-dom-shim.js).
        chain.resolve.alias.delete('react-dom');
        chain.resolve.alias.set('react-dom$', path.resolve(__dirname, 'preact-dom-shim.js'));
        chain.resolve.alias.set('react-dom/client', 'preact/compat/client');
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chineseDaysRule(chain);
      },
    },
  };
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
