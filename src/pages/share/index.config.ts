export default definePageConfig({
  navigationBarTitleText: '发给法人',
  enableShareAppMessage: true,
});
