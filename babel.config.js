// Builds go through Taro's preset; jest (NODE_ENV=test) uses plain presets so tests run in Node
// without the mini-program runtime transforms.
module.exports = (api) => {
  const isTest = api.env('test');
  if (isTest) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
    };
  }
  return {
    presets: [['taro', { framework: 'preact', ts: true, compiler: 'webpack5', useBuiltIns: false }]],
  };
};
