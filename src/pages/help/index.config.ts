export default definePageConfig({
  navigationBarTitleText: '指南与常见问题',
});
