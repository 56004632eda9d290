export default definePageConfig({
  navigationBarTitleText: '填表助手',
});
