/**
 * Hand mock of @tarojs/taro for page tests in jsdom (stack notes trap 11). Storage is an
 * in-memory map returning '' for missing keys like wx; APIs record their calls in `taroCalls`.
 */
type Listener = () => void;

export const storageData = new Map<string, unknown>();
export const taroCalls: Array<{ api: string; args: unknown }> = [];
export const modalAnswers: boolean[] = [];
export const routerParams: { current: Record<string, string> } = { current: {} };
/** Texts drawn with fillText on canvases from createOffscreenCanvas. */
export const canvasTexts: string[] = [];
/** The latest callback a page passed to useShareAppMessage (call it like WeChat's onShareAppMessage). */
export const shareAppMessage: { current: ((res?: unknown) => unknown) | null } = { current: null };
/** Files under USER_DATA_PATH (and temp files): path -> content marker. */
export const fileData = new Map<string, string>();
/** Next answers of chooseMedia / takePhoto / saveImageToPhotosAlbum / shareFileMessage: a path, or { errMsg } to fail. */
export const mediaAnswers: Array<string | { errMsg: string }> = [];
export const albumAnswers: Array<true | { errMsg: string }> = [];
export const USER_DATA_PATH = 'wxfile://usr';
const showListeners = new Set<Listener>();
/** The callback the app registered with onNeedPrivacyAuthorization, so a test can fire it. */
export const privacy: { handler: ((resolve: (r: unknown) => void) => void) | null; answers: unknown[] } = {
  handler: null,
  answers: [],
};
const hideListeners = new Set<Listener>();

function record(api: string, args?: unknown) {
  taroCalls.push({ api, args });
}

const resolved = <T>(value: T) => Promise.resolve(value);

type Callbacks = { success?: (r: unknown) => void; fail?: (e: { errMsg: string }) => void };
/** A callback-style FileSystemManager over `fileData` (directories are implied by paths). */
function fileSystemManager() {
  const done = (o: Callbacks, api: string, fn: () => unknown) => {
    try {
      o.success?.(fn());
    } catch (error) {
      o.fail?.({ errMsg: `${api}:fail ${(error as Error).message}` });
    }
  };
  const exists = (p: string) => fileData.has(p) || [...fileData.keys()].some((k) => k.startsWith(`${p}/`));
  return {
    access: (o: Callbacks & { path: string }) =>
      done(o, 'access', () => {
        if (!exists(o.path)) throw new Error(`no such file or directory ${o.path}`);
        return {};
      }),
    mkdir: (o: Callbacks) => done(o, 'mkdir', () => ({})),
    copyFile: (o: Callbacks & { srcPath: string; destPath: string }) =>
      done(o, 'copyFile', () => {
        if (!fileData.has(o.srcPath)) throw new Error(`no such file or directory ${o.srcPath}`);
        fileData.set(o.destPath, fileData.get(o.srcPath) as string);
        return {};
      }),
    writeFile: (o: Callbacks & { filePath: string; data: string }) =>
      done(o, 'writeFile', () => {
        fileData.set(o.filePath, o.data);
        return {};
      }),
    unlink: (o: Callbacks & { filePath: string }) =>
      done(o, 'unlink', () => {
        if (!fileData.delete(o.filePath)) throw new Error(`no such file or directory ${o.filePath}`);
        return {};
      }),
    readdir: (o: Callbacks & { dirPath: string }) =>
      done(o, 'readdir', () => {
        if (!exists(o.dirPath)) throw new Error(`no such file or directory ${o.dirPath}`);
        const prefix = `${o.dirPath}/`;
        return {
          files: [
            ...new Set(
              [...fileData.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('/')[0]),
            ),
          ],
        };
      }),
    rmdir: (o: Callbacks & { dirPath: string }) =>
      done(o, 'rmdir', () => {
        if (!exists(o.dirPath)) throw new Error(`no such file or directory ${o.dirPath}`);
        for (const k of [...fileData.keys()]) if (k.startsWith(`${o.dirPath}/`)) fileData.delete(k);
        return {};
      }),
    getFileInfo: (o: Callbacks & { filePath: string }) =>
      done(o, 'getFileInfo', () => {
        if (!fileData.has(o.filePath)) throw new Error(`no such file or directory ${o.filePath}`);
        return { size: (fileData.get(o.filePath) as string).length };
      }),
  };
}

function nextMedia(api: string) {
  const answer = mediaAnswers.length ? mediaAnswers.shift() : { errMsg: `${api}:fail cancel` };
  return answer;
}

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
  showModal: (o: unknown) => (
    record('showModal', o),
    resolved({ confirm: modalAnswers.length ? modalAnswers.shift() : true, cancel: false })
  ),
  setClipboardData: (o: unknown) => (record('setClipboardData', o), resolved({})),
  navigateTo: (o: unknown) => (record('navigateTo', o), resolved({})),
  redirectTo: (o: unknown) => (record('redirectTo', o), resolved({})),
  navigateBack: (o?: unknown) => (record('navigateBack', o), resolved({})),
  switchTab: (o: unknown) => (record('switchTab', o), resolved({})),
  reLaunch: (o: unknown) => (record('reLaunch', o), resolved({})),
  setTabBarItem: (o: unknown) => (record('setTabBarItem', o), resolved({})),
  setNavigationBarTitle: (o: unknown) => (record('setNavigationBarTitle', o), resolved({})),
  pageScrollTo: (o: unknown) => (record('pageScrollTo', o), resolved({})),
  openSetting: (o?: unknown) => (record('openSetting', o), resolved({ authSetting: {} })),
  getSetting: () => resolved({ authSetting: {} }),
  authorize: (o: unknown) => (record('authorize', o), resolved({})),
  addPhoneCalendar: (o: unknown) => (record('addPhoneCalendar', o), resolved({})),
  showShareMenu: (o?: unknown) => (record('showShareMenu', o), resolved({})),
  onNeedPrivacyAuthorization: (handler: (resolve: (r: unknown) => void) => void) => {
    privacy.handler = handler;
  },
  openPrivacyContract: (o?: unknown) => (record('openPrivacyContract', o), resolved({})),
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
  getFileSystemManager: () => fileSystemManager(),
  chooseMedia: (o: unknown) => {
    record('chooseMedia', o);
    const answer = nextMedia('chooseMedia');
    return typeof answer === 'string'
      ? resolved({ tempFiles: [{ tempFilePath: answer, fileType: 'image' }] })
      : Promise.reject(answer);
  },
  createCameraContext: () => ({
    takePhoto: (o: Callbacks) => {
      record('takePhoto', o);
      const answer = nextMedia('takePhoto');
      if (typeof answer === 'string') o.success?.({ tempImagePath: answer });
      else o.fail?.(answer as { errMsg: string });
    },
  }),
  /** A 2D offscreen canvas whose context records the texts drawn (canvasTexts) and exports a tiny PNG. */
  createOffscreenCanvas: (o: { width: number; height: number }) => {
    record('createOffscreenCanvas', o);
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (target, key: string) => {
        if (key in target) return target[key];
        if (key === 'measureText') return (text: string) => ({ width: [...text].length * 20 });
        if (key === 'fillText') return (text: string) => canvasTexts.push(text);
        return () => undefined;
      },
      set: (target, key: string, value) => {
        target[key] = value;
        return true;
      },
    });
    return {
      width: o.width,
      height: o.height,
      getContext: () => ctx,
      toDataURL: () => 'data:image/png;base64,iVBORw0KGgo=',
    };
  },
  saveImageToPhotosAlbum: (o: unknown) => {
    record('saveImageToPhotosAlbum', o);
    const answer = albumAnswers.length ? albumAnswers.shift() : true;
    return answer === true ? resolved({}) : Promise.reject(answer);
  },
  shareFileMessage: (o: unknown) => {
    record('shareFileMessage', o);
    const answer = albumAnswers.length ? albumAnswers.shift() : true;
    return answer === true ? resolved({}) : Promise.reject(answer);
  },
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  getEnv: () => 'WEB',
};

/** Resets every recorded call and stored value between tests. */
export function resetTaroMock() {
  storageData.clear();
  taroCalls.length = 0;
  modalAnswers.length = 0;
  routerParams.current = {};
  shareAppMessage.current = null;
  canvasTexts.length = 0;
  fileData.clear();
  mediaAnswers.length = 0;
  albumAnswers.length = 0;
  showListeners.clear();
  hideListeners.clear();
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
