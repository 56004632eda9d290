/**
 * The photo slots page and the capture page in the built WeChat package (dist/), with wx's
 * chooseMedia, FileSystemManager and offscreen canvas mocked: the slots render, and a photo
 * chosen from the album is checked on its pixels, copied under USER_DATA_PATH, and referenced
 * in wx storage. Needs a current `npx taro build --type weapp`.
 */
import { launchWeapp, loadPage, waitFor, waitForDist } from './harness';
import { textDocument } from '../support/photo-fixtures';

waitForDist();
jest.setTimeout(30_000);

const STORE_KEY = 'filing-companion';
const USER_DATA_PATH = 'wxfile://usr';
const FILING_ID = 'WeappPhotos1';

type Callbacks = {
  success?: (r: unknown) => void;
  fail?: (e: { errMsg: string }) => void;
  complete?: (r: unknown) => void;
};

/** Files by path; the picked temp file and everything the app writes. */
const files = new Map<string, string>();
const calls: string[] = [];

/** Calls back like wx; with no callbacks given it returns a Promise, as wx does (Taro relies on it). */
function answer(o: Callbacks, api: string, work: () => unknown): Promise<unknown> | undefined {
  if (!o.success && !o.fail && !o.complete) {
    return new Promise((resolve, reject) => answer({ success: resolve, fail: reject }, api, work));
  }
  setTimeout(() => {
    try {
      const res = { errMsg: `${api}:ok`, ...(work() as object) };
      o.success?.(res);
      o.complete?.(res);
    } catch (error) {
      const res = { errMsg: `${api}:fail ${(error as Error).message}` };
      o.fail?.(res);
      o.complete?.(res);
    }
  }, 0);
}

const exists = (p: string) => files.has(p) || [...files.keys()].some((k) => k.startsWith(`${p}/`));

const fileSystemManager = {
  access: (o: Callbacks & { path: string }) =>
    answer(o, 'access', () => {
      if (!exists(o.path)) throw new Error(`no such file or directory ${o.path}`);
      return {};
    }),
  mkdir: (o: Callbacks) => answer(o, 'mkdir', () => ({})),
  copyFile: (o: Callbacks & { srcPath: string; destPath: string }) =>
    answer(o, 'copyFile', () => {
      calls.push(`copyFile ${o.destPath}`);
      if (!files.has(o.srcPath)) throw new Error(`no such file or directory ${o.srcPath}`);
      files.set(o.destPath, files.get(o.srcPath) as string);
      return {};
    }),
  unlink: (o: Callbacks & { filePath: string }) =>
    answer(o, 'unlink', () => {
      if (!files.delete(o.filePath)) throw new Error(`no such file or directory ${o.filePath}`);
      return {};
    }),
  readdir: (o: Callbacks & { dirPath: string }) =>
    answer(o, 'readdir', () => {
      if (!exists(o.dirPath)) throw new Error(`no such file or directory ${o.dirPath}`);
      return {
        files: [...files.keys()].filter((k) => k.startsWith(`${o.dirPath}/`)).map((k) => k.slice(o.dirPath.length + 1)),
      };
    }),
  rmdir: (o: Callbacks & { dirPath: string }) =>
    answer(o, 'rmdir', () => {
      for (const k of [...files.keys()]) if (k.startsWith(`${o.dirPath}/`)) files.delete(k);
      return {};
    }),
  getFileInfo: (o: Callbacks & { filePath: string }) =>
    answer(o, 'getFileInfo', () => ({ size: (files.get(o.filePath) ?? '').length })),
};

/** An offscreen 2D canvas whose images "decode" to a generated 1600×1200 document. */
function offscreenCanvas() {
  const pixels = textDocument({ width: 1600, height: 1200, seed: 11 });
  const canvas = {
    width: 1,
    height: 1,
    createImage() {
      const image: {
        width: number;
        height: number;
        onload: null | (() => void);
        onerror: null | ((e: unknown) => void);
        _src: string;
      } = {
        width: 0,
        height: 0,
        onload: null,
        onerror: null,
        _src: '',
      };
      return Object.defineProperty(image, 'src', {
        get: () => image._src,
        set(value: string) {
          image._src = value;
          if (!value) return;
          setTimeout(() => {
            if (!files.has(value)) return image.onerror?.({ errMsg: 'not found' });
            image.width = 1600;
            image.height = 1200;
            image.onload?.();
          }, 0);
        },
      });
    },
    getContext() {
      return {
        save() {},
        restore() {},
        translate() {},
        rotate() {},
        fillText() {},
        fillRect() {},
        clearRect() {},
        drawImage() {},
        getImageData: (_x: number, _y: number, w: number, h: number) => {
          if (w !== 1600 || h !== 1200) throw new Error(`unexpected read size ${w}x${h}`);
          return { width: w, height: h, data: pixels.data };
        },
      };
    },
  };
  return canvas;
}

let tempCounter = 0;

function installWxMocks(wx: Record<string, any>) {
  wx.env = { ...(wx.env ?? {}), USER_DATA_PATH };
  Object.assign(wx, {
    getFileSystemManager: () => fileSystemManager,
    createOffscreenCanvas: () => offscreenCanvas(),
    canvasToTempFilePath: (o: Callbacks & { destWidth: number; destHeight: number }) =>
      answer(o, 'canvasToTempFilePath', () => {
        tempCounter += 1;
        const tempFilePath = `wxfile://tmp/canvas-${tempCounter}.jpg`;
        files.set(tempFilePath, `jpeg ${o.destWidth}x${o.destHeight}`);
        return { tempFilePath };
      }),
    chooseMedia: (o: Callbacks & { sourceType: string[] }) =>
      answer(o, 'chooseMedia', () => {
        calls.push(`chooseMedia ${o.sourceType.join(',')}`);
        const tempFilePath = 'wxfile://tmp/picked-license.jpg';
        files.set(tempFilePath, 'original photo bytes');
        return { type: 'image', tempFiles: [{ tempFilePath, size: 20, fileType: 'image', width: 1600, height: 1200 }] };
      }),
  });
}

function seededStorage() {
  const now = Date.now();
  const state = {
    localePreference: 'zh-CN',
    filings: {
      [FILING_ID]: {
        id: FILING_ID,
        name: 'Weapp',
        createdAt: now,
        updatedAt: now,
        profile: { entityType: 'enterprise', legalRepIsPersonInCharge: true },
        photos: {},
      },
    },
    filingOrder: [FILING_ID],
    unreadableFilings: [],
  };
  return { [STORE_KEY]: JSON.stringify({ state, version: 2 }) };
}

test('the photo slots page renders its slots; a photo chosen from the album is saved as a file and a reference', async () => {
  const session = launchWeapp({ language: 'zh_CN', initialStorage: seededStorage(), wxExtras: installWxMocks });

  const slots = await loadPage('pages/photos/index', { id: FILING_ID });
  await slots.waitForText('营业执照');
  expect(slots.text()).toContain('法定代表人身份证人像面');
  expect(slots.text()).toContain('法定代表人身份证国徽面');
  expect(slots.text()).toContain('未拍摄');

  const capture = await loadPage('pages/capture/index', { id: FILING_ID, slot: 'business-license' });
  await capture.waitForText('从相册选择');
  await capture.tap('capture-album');
  await capture.waitForText('检查通过', 10_000);
  expect(calls).toContain('chooseMedia album');
  await capture.tap('capture-keep');

  const ref = await waitFor(() => session.storedJson(STORE_KEY)?.state.filings[FILING_ID].photos['business-license'], {
    timeoutMs: 5000,
    describe: () => JSON.stringify(session.storedJson(STORE_KEY)?.state.filings[FILING_ID].photos),
  });
  expect(ref).toMatchObject({ width: 1600, height: 1200, problems: [] });
  // File first, reference second: the original and its thumbnail are under USER_DATA_PATH.
  expect(files.get(`${USER_DATA_PATH}/photos/${ref.file}`)).toBe('original photo bytes');
  expect(files.has(`${USER_DATA_PATH}/photos/${ref.file}.thumb.jpg`)).toBe(true);
  expect(session.callsOf('navigateBack').length).toBe(1);
});
