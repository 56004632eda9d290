export default definePageConfig({
  navigationBarTitleText: '提交前检查',
});
