/**
 * Hand mock of @tarojs/taro for page tests in jsdom (stack notes trap 11). Storage is an
 * in-memory map returning '' for missing keys like wx; APIs record their calls in `taroCalls`.
 */
type Listener = () => void;

export const storageData = new Map<string, unknown>();
export const taroCalls: Array<{ api: string; args: unknown }> = [];
export const modalAnswers: boolean[] = [];
export const routerParams: { current: Record<string, string> } = { current: {} };
const showListeners = new Set<Listener>();
const hideListeners = new Set<Listener>();

function record(api: string, args?: unknown) {
  taroCalls.push({ api, args });
}

const resolved = <T>(value: T) => Promise.resolve(value);

const Taro = {
  getStorageSync: (key: string) => (storageData.has(key) ? storageData.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => {
    storageData.set(key, value);
  },
  removeStorageSync: (key: string) => {
    storageData.delete(key);
  },
  clearStorageSync: () => storageData.clear(),
  getStorageInfoSync: () => ({ keys: [...storageData.keys()], currentSize: 0, limitSize: 10240 }),
  getAppBaseInfo: () => ({ language: 'zh_CN' }),
  getSystemInfoSync: () => ({ language: 'zh_CN', windowWidth: 375, windowHeight: 812, pixelRatio: 2 }),
  showToast: (o: unknown) => (record('showToast', o), resolved({})),
  showModal: (o: unknown) => (record('showModal', o), resolved({ confirm: modalAnswers.length ? modalAnswers.shift() : true, cancel: false })),
  setClipboardData: (o: unknown) => (record('setClipboardData', o), resolved({})),
  navigateTo: (o: unknown) => (record('navigateTo', o), resolved({})),
  redirectTo: (o: unknown) => (record('redirectTo', o), resolved({})),
  navigateBack: (o?: unknown) => (record('navigateBack', o), resolved({})),
  switchTab: (o: unknown) => (record('switchTab', o), resolved({})),
  reLaunch: (o: unknown) => (record('reLaunch', o), resolved({})),
  setTabBarItem: (o: unknown) => (record('setTabBarItem', o), resolved({})),
  setNavigationBarTitle: (o: unknown) => (record('setNavigationBarTitle', o), resolved({})),
  openSetting: (o?: unknown) => (record('openSetting', o), resolved({ authSetting: {} })),
  getSetting: () => resolved({ authSetting: {} }),
  authorize: (o: unknown) => (record('authorize', o), resolved({})),
  addPhoneCalendar: (o: unknown) => (record('addPhoneCalendar', o), resolved({})),
  showShareMenu: (o?: unknown) => (record('showShareMenu', o), resolved({})),
  useDidShow: (cb: Listener) => {
    showListeners.add(cb);
  },
  useDidHide: (cb: Listener) => {
    hideListeners.add(cb);
  },
  useLoad: () => undefined,
  useReady: () => undefined,
  useLaunch: () => undefined,
  useUnload: () => undefined,
  useShareAppMessage: () => undefined,
  useRouter: () => ({ params: routerParams.current, path: '' }),
  getCurrentInstance: () => ({ router: { params: routerParams.current } }),
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  getEnv: () => 'WEB',
};

/** Resets every recorded call and stored value between tests. */
export function resetTaroMock() {
  storageData.clear();
  taroCalls.length = 0;
  modalAnswers.length = 0;
  routerParams.current = {};
  showListeners.clear();
  hideListeners.clear();
}

export const useDidShow = Taro.useDidShow;
export const useDidHide = Taro.useDidHide;
export const useLoad = Taro.useLoad;
export const useReady = Taro.useReady;
export const useLaunch = Taro.useLaunch;
export const useUnload = Taro.useUnload;
export const useShareAppMessage = Taro.useShareAppMessage;
export const useRouter = Taro.useRouter;
export const getCurrentInstance = Taro.getCurrentInstance;
export default Taro;
