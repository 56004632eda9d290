/**
 * Hand mock of @tarojs/taro for page tests in jsdom (stack notes trap 11). The wx APIs run on the
 * WeChat fake (./wx-fake), so they refuse what WeChat refuses: tap-only APIs outside a click,
 * privacy APIs without consent, missing files, a full disk. Storage is the fake's storage rule
 * (wx-fake/storage.ts: 1 MB per key, 10 MB in all, refusals thrown like setStorageSync) over
 * `storageData`; `storageFaults` can make reads or writes fail the WeChat way. Calls are recorded
 * in `taroCalls`.
 *
 * Defaults of the fake here: base library 3.8.0 in the devtools profile, and a user who agreed to
 * the privacy guide earlier (`wxFake.privacy.agreed`); a test of first use sets it back to false.
 */
import { createWxFake, USER_DATA_PATH } from './wx-fake';
import type { WxStorageFaults } from './wx-fake/storage';

type Listener = () => void;

export const storageData = new Map<string, unknown>();
/** Set `read` / `write` to fail storage calls (see WxStorageFaults); reset between tests. */
export const storageFaults: WxStorageFaults = {};

/** The WeChat behind this mock (see wx-fake/rules.ts); its storage is `storageData`. */
export const wxFake = createWxFake({
  profile: 'devtools',
  storage: {
    data: storageData,
    inject: {
      read: (key) => storageFaults.read?.(key),
      write: (key, op) => storageFaults.write?.(key, op),
    },
  },
});
const wxStorage = wxFake.storage;
export const taroCalls: Array<{ api: string; args: unknown }> = [];
export const modalAnswers: boolean[] = [];
export const routerParams: { current: Record<string, string> } = { current: {} };
/** Texts drawn with fillText on canvases from createOffscreenCanvas. */
export const canvasTexts: string[] = wxFake.canvas.texts;
/** The latest callback a page passed to useShareAppMessage (call it like WeChat's onShareAppMessage). */
export const shareAppMessage: { current: ((res?: unknown) => unknown) | null } = { current: null };
/** Files (temp files and USER_DATA_PATH): path -> content marker; the fake's own file table. */
export const fileData = wxFake.files.content;
/** Next answers of chooseMedia / takePhoto / saveImageToPhotosAlbum / shareFileMessage: a path, or { errMsg } to fail. */
export const mediaAnswers: Array<string | { errMsg: string }> = [];
export const albumAnswers: Array<true | { errMsg: string }> = [];
export { USER_DATA_PATH };
const showListeners = new Set<Listener>();
/** The app's onNeedPrivacyAuthorization listener (WeChat's, through the fake), so a test can fire it. */
export const privacy: { readonly handler: ((resolve: (r: unknown) => void) => void) | null; answers: unknown[] } = {
  get handler() {
    const listener = wxFake.privacy.listener;
    return listener ? (resolve: (r: unknown) => void) => listener(resolve as never, { referrer: 'test' }) : null;
  },
  answers: [],
};
const hideListeners = new Set<Listener>();

// A click is a user tap for WeChat's tap-only APIs: open it before React's handlers run (capture
// on document) and close it after they return (bubble on document; a microtask closes it anyway).
if (typeof document !== 'undefined') {
  document.addEventListener('click', () => wxFake.gesture.begin(), true);
  document.addEventListener('click', () => wxFake.gesture.end(), false);
}

function record(api: string, args?: unknown) {
  taroCalls.push({ api, args });
}

const resolved = <T>(value: T) => Promise.resolve(value);

type Callbacks = { success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: (r: unknown) => void };

/** Taro's promise wrapper around a wx API: calls it at once (inside the tap, if any) and settles. */
function viaWx(api: string, before?: (o: any) => void) {
  return (o: Record<string, unknown> & Callbacks = {}) => {
    record(api, o);
    before?.(o);
    return new Promise((resolve, reject) => {
      const fn = wxFake.wx[api] as ((o: object) => void) | undefined;
      if (typeof fn !== 'function') throw new TypeError(`wx.${api} is not a function`);
      fn({
        ...o,
        success: (r: unknown) => {
          o.success?.(r);
          resolve(r);
        },
        fail: (e: unknown) => {
          o.fail?.(e);
          reject(e);
        },
      });
    });
  };
}

/** Moves the next answer of the old queues into the fake's. */
function nextMedia(queue: Array<string | { errMsg: string }>, into: Array<string | { errMsg: string }>) {
  if (queue.length) into.push(queue.shift() as string | { errMsg: string });
}

const Taro = {
  getStorageSync: wxStorage.api.getStorageSync,
  setStorageSync: wxStorage.api.setStorageSync,
  removeStorageSync: wxStorage.api.removeStorageSync,
  clearStorageSync: wxStorage.api.clearStorageSync,
  getStorageInfoSync: wxStorage.api.getStorageInfoSync,
  getStorageInfo: wxStorage.api.getStorageInfo,
  getAppBaseInfo: () => ({ ...wxFake.wx.getAppBaseInfo(), language: 'zh_CN' }),
  getSystemInfoSync: () => ({ ...wxFake.wx.getSystemInfoSync(), language: 'zh_CN', pixelRatio: 2 }),
  getDeviceInfo: () => wxFake.wx.getDeviceInfo(),
  getWindowInfo: () => wxFake.wx.getWindowInfo(),
  showToast: (o: unknown) => (record('showToast', o), resolved({})),
  showModal: viaWx('showModal', () => {
    if (modalAnswers.length) wxFake.answers.modal.push(modalAnswers.shift() as boolean);
  }),
  setClipboardData: viaWx('setClipboardData'),
  navigateTo: (o: unknown) => (record('navigateTo', o), resolved({})),
  redirectTo: (o: unknown) => (record('redirectTo', o), resolved({})),
  navigateBack: (o?: unknown) => (record('navigateBack', o), resolved({})),
  switchTab: (o: unknown) => (record('switchTab', o), resolved({})),
  reLaunch: (o: unknown) => (record('reLaunch', o), resolved({})),
  setTabBarItem: (o: unknown) => (record('setTabBarItem', o), resolved({})),
  setNavigationBarTitle: (o: unknown) => (record('setNavigationBarTitle', o), resolved({})),
  pageScrollTo: (o: unknown) => (record('pageScrollTo', o), resolved({})),
  openSetting: viaWx('openSetting'),
  getSetting: viaWx('getSetting'),
  authorize: (o: unknown) => (record('authorize', o), resolved({})),
  addPhoneCalendar: viaWx('addPhoneCalendar'),
  showShareMenu: (o?: unknown) => (record('showShareMenu', o), resolved({})),
  onNeedPrivacyAuthorization: (handler: (resolve: (r: unknown) => void) => void) => {
    wxFake.wx.onNeedPrivacyAuthorization(handler);
  },
  openPrivacyContract: viaWx('openPrivacyContract'),
  canIUse: (schema: string) => wxFake.wx.canIUse(schema),
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
  useShareAppMessage: (fn: (res?: unknown) => unknown) => {
    shareAppMessage.current = fn;
  },
  useRouter: () => ({ params: routerParams.current, path: '' }),
  getCurrentInstance: () => ({ router: { params: routerParams.current } }),
  env: { USER_DATA_PATH },
  getFileSystemManager: () => wxFake.wx.getFileSystemManager(),
  chooseMedia: viaWx('chooseMedia', () => nextMedia(mediaAnswers, wxFake.answers.chooseMedia)),
  createCameraContext: () => {
    const camera = wxFake.wx.createCameraContext();
    return {
      takePhoto: (o: Callbacks) => {
        record('takePhoto', o);
        nextMedia(mediaAnswers, wxFake.answers.takePhoto);
        camera.takePhoto(o);
      },
    };
  },
  createOffscreenCanvas: (o: { type?: string; width: number; height: number }) => {
    record('createOffscreenCanvas', o);
    return wxFake.wx.createOffscreenCanvas(o);
  },
  canvasToTempFilePath: viaWx('canvasToTempFilePath'),
  getImageInfo: viaWx('getImageInfo'),
  compressImage: viaWx('compressImage'),
  saveImageToPhotosAlbum: viaWx('saveImageToPhotosAlbum', () => {
    if (albumAnswers.length) wxFake.answers.album.push(albumAnswers.shift() as true | { errMsg: string });
  }),
  shareFileMessage: viaWx('shareFileMessage', () => {
    if (albumAnswers.length) wxFake.answers.shareFile.push(albumAnswers.shift() as true | { errMsg: string });
  }),
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  getEnv: () => 'WEB',
};

/** Resets every recorded call and stored value between tests. */
export function resetTaroMock() {
  storageData.clear();
  delete storageFaults.read;
  delete storageFaults.write;
  taroCalls.length = 0;
  modalAnswers.length = 0;
  routerParams.current = {};
  shareAppMessage.current = null;
  mediaAnswers.length = 0;
  albumAnswers.length = 0;
  showListeners.clear();
  hideListeners.clear();
  privacy.answers.length = 0;
  // A fresh phone (files, answers, canvas counters), keeping the app's privacy listener: the app
  // registers it once per load, as at launch. The user agreed to the privacy guide earlier.
  const listener = wxFake.privacy.listener;
  wxFake.reset();
  wxFake.privacy.listener = listener;
  wxFake.privacy.agreed = true;
}

/** Fires the page's useDidShow / useDidHide callbacks, as WeChat does on show and hide. */
export function triggerDidShow() {
  showListeners.forEach((cb) => cb());
}
export function triggerDidHide() {
  hideListeners.forEach((cb) => cb());
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
