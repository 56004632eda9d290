export default definePageConfig({
  navigationBarTitleText: '备案任务卡',
  enableShareAppMessage: true,
});
