/**
 * The browser build (the H5 preview) is not WeChat: no host platform to report and never WeChat
 * on a computer, so the camera entry points stay as the browser's file chooser shows them. Same
 * interface as device.ts.
 */
export function hostPlatform(): string {
  return 'browser';
}

export function isDesktopWeChat(): boolean {
  return false;
}
