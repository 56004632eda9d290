export default definePageConfig({
  navigationBarTitleText: '短信核验',
});
