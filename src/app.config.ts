export default defineAppConfig({
  pages: ['pages/progress/index', 'pages/materials/index', 'pages/me/index'],
  // Secondary pages load on demand as subpackages, keeping the main package (tab pages and shared
  // code) small. Each keeps its /pages/<name>/index route.
  subPackages: [
    { root: 'pages/filing', pages: ['index'] },
    { root: 'pages/profile', pages: ['index'] },
    { root: 'pages/preflight', pages: ['index'] },
    { root: 'pages/help', pages: ['index'] },
    { root: 'pages/sms', pages: ['index'] },
    { root: 'pages/photos', pages: ['index'] },
    { root: 'pages/capture', pages: ['index'] },
    { root: 'pages/share', pages: ['index'] },
    { root: 'pages/card', pages: ['index'] },
    { root: 'pages/assistant', pages: ['index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '备案助手',
    navigationBarTextStyle: 'black',
    // Explicit, or the H5 build hides its navigation bar.
    navigationStyle: 'default',
    backgroundColor: '#ededed',
  },
  tabBar: {
    color: '#7f7f7f',
    selectedColor: '#07c160',
    backgroundColor: '#f7f7f7',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/progress/index',
        text: '进度',
        iconPath: 'assets/tab/progress.png',
        selectedIconPath: 'assets/tab/progress-active.png',
      },
      {
        pagePath: 'pages/materials/index',
        text: '材料',
        iconPath: 'assets/tab/materials.png',
        selectedIconPath: 'assets/tab/materials-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
  // WeChat shows our consent sheet (onNeedPrivacyAuthorization) before camera, album and calendar use.
  __usePrivacyCheck__: true,
  // WeChat on Windows and Mac opens the mini program in a larger window the user can widen
  // ("启用大屏模式", base library 2.21.3): https://developers.weixin.qq.com/miniprogram/dev/framework/view/resizable.html
  // The form assistant lays itself out for it (issue 14).
  resizable: true,
  lazyCodeLoading: 'requiredComponents',
  // Stack notes trap 5: the H5 slide animation spoils screenshots.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
});
