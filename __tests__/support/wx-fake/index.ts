/**
 * A WeChat (`wx`) that behaves as WeChat is documented to, refusals included. Every limit and
 * error message comes from the rules table (rules.ts); this file wires the pieces into one `wx`
 * object. The page tests' Taro mock (../taro-mock.ts) and the built-weapp harness
 * (../../weapp/harness.ts) both run on it.
 *
 *   const fake = createWxFake({ profile: 'ios' });
 *   fake.files.put('wxfile://tmp/a.jpg', 'photo', { image: photoOf(scene, 4000, 3000) });
 *   fake.answers.chooseMedia.push('wxfile://tmp/a.jpg');
 *   fake.gesture.run(() => fake.wx.shareFileMessage({ filePath }));   // a tap
 */
import { APP_TAP_ONLY_APIS, TAP_ONLY_APIS, tapOnlyErrMsg } from './rules';
import { profileOf, type ProfileName, type WxProfile } from './profiles';
import { API_SINCE, canIUseAt, compareVersion } from './versions';
import { Gesture } from './gesture';
import { PrivacyGate } from './privacy';
import { FakeFiles, USER_DATA_PATH } from './files';
import { CanvasWorld, FakeCanvas, SnapshotRegistry, newCanvasStats, type CanvasStats } from './canvas';
import { QUARTER_TURNS, resized } from './images';
import { createWxStorage, type WxStorageFake, type WxStorageOptions } from './storage';

export { USER_DATA_PATH } from './files';
export { photoOf, type StoredImage, type Orientation } from './images';
export type { ProfileName } from './profiles';

type AnyFn = (...args: any[]) => any;
type Options = Record<string, any> & { success?: AnyFn; fail?: AnyFn; complete?: AnyFn };
type Failure = { errMsg: string; errno?: number };

export interface WxFakeOptions {
  profile?: ProfileName;
  /** Base library this WeChat runs (default: a current one). */
  sdkVersion?: string;
  language?: string;
  /** How callbacks arrive: on a microtask (page tests) or through the given scheduler. */
  deliver?: (fn: () => void) => void;
  /** Storage's backing values, limits and injected faults (see ./storage.ts). */
  storage?: WxStorageOptions;
}

export interface WxFake {
  wx: Record<string, any>;
  profile: WxProfile;
  gesture: Gesture;
  privacy: PrivacyGate;
  files: FakeFiles;
  /** Key-value storage with WeChat's limits (rule storage-limits, ./storage.ts). */
  storage: WxStorageFake;
  canvas: CanvasStats;
  /** Every wx call, oldest first. */
  calls: Array<{ api: string; args: unknown }>;
  /** Calls WeChat refused by a rule (tap-only, privacy, offscreen export), oldest first. */
  refusals: Array<{ api: string; errMsg: string }>;
  /** Answers the user gives, consumed in order. */
  answers: {
    /** A temp path to return, or a failure; none left = the user cancels. */
    chooseMedia: Array<string | Failure>;
    takePhoto: Array<string | Failure>;
    /** saveImageToPhotosAlbum: true = saved; none left = saved. */
    album: Array<true | Failure>;
    /** shareFileMessage: true = sent; none left = sent. */
    shareFile: Array<true | Failure>;
    /** showModal: true = confirm; none left = confirm. */
    modal: boolean[];
    /** addPhoneCalendar: true = added; none left = added. */
    calendar: Array<true | Failure>;
  };
  /** Scope answers getSetting reports (e.g. 'scope.writePhotosAlbum': false after a refusal). */
  authSetting: Record<string, boolean>;
  clipboard: string;
  /** Back to a fresh phone with the same profile (files, consent, answers, stats). */
  reset(): void;
  /** Becomes another phone (limits and platform; the base library stays). */
  useProfile(name: ProfileName): void;
}

let tempCounter = 0;

export function createWxFake(options: WxFakeOptions = {}): WxFake {
  const profile = profileOf(options.profile ?? 'devtools', options.sdkVersion);
  const deliver = options.deliver ?? ((fn: () => void) => void Promise.resolve().then(fn));
  const gesture = new Gesture();
  const privacy = new PrivacyGate();
  const snapshots = new SnapshotRegistry();
  const files = new FakeFiles((head) => snapshots.decode(head));
  const stats = newCanvasStats();
  const world = new CanvasWorld(() => profile, files, stats, snapshots);
  const storage = createWxStorage({ defer: deliver, ...options.storage });

  const fake: WxFake = {
    wx: {},
    profile,
    gesture,
    privacy,
    files,
    storage,
    canvas: stats,
    calls: [],
    refusals: [],
    answers: { chooseMedia: [], takePhoto: [], album: [], shareFile: [], modal: [], calendar: [] },
    authSetting: {},
    clipboard: '',
    useProfile(name) {
      Object.assign(profile, profileOf(name, profile.sdkVersion));
    },
    reset() {
      files.clear();
      storage.data.clear();
      gesture.reset();
      privacy.agreed = false;
      privacy.listener = null;
      privacy.tappedAgreeButtons.clear();
      privacy.requests.length = 0;
      privacy.officialPopupAnswer = 'disagree';
      // In place: the page tests' Taro mock hands these arrays out.
      const fresh = newCanvasStats();
      stats.violations.length = 0;
      stats.texts.length = 0;
      stats.biggestCanvas = fresh.biggestCanvas;
      stats.biggestDecode = fresh.biggestDecode;
      stats.liveBytes = 0;
      stats.peakBytes = 0;
      fake.calls.length = 0;
      fake.refusals.length = 0;
      for (const list of Object.values(fake.answers)) list.length = 0;
      fake.authSetting = {};
      fake.clipboard = '';
    },
  };

  const record = (api: string, args: unknown) => fake.calls.push({ api, args });

  /** Answers like the base library: callbacks when given, else a Promise. */
  const respond = (o: Options | undefined, api: string, ok: boolean, res: Record<string, unknown>, asTap = false) => {
    const result = { errMsg: ok ? `${api}:ok` : `${api}:fail`, ...res };
    const withCallbacks = Boolean(o && (o.success || o.fail || o.complete));
    const settle = (resolve?: AnyFn, reject?: AnyFn) =>
      deliver(() => {
        const run = () => {
          if (ok) o?.success?.(result);
          else o?.fail?.(result);
          o?.complete?.(result);
        };
        if (asTap) gesture.run(run);
        else run();
        if (ok) resolve?.(result);
        else reject?.(result);
      });
    if (withCallbacks) {
      settle();
      return undefined;
    }
    return new Promise((resolve, reject) => settle(resolve, reject));
  };
  const succeed = (o: Options | undefined, api: string, res: Record<string, unknown> = {}, asTap = false) =>
    respond(o, api, true, res, asTap);
  const fail = (o: Options | undefined, api: string, failure: Failure) =>
    respond(o, api, false, { ...failure } as Record<string, unknown>);

  /** A failure a rule causes (recorded in `refusals`). */
  const refuse = (o: Options | undefined, api: string, failure: Failure) => {
    fake.refusals.push({ api, errMsg: failure.errMsg });
    return fail(o, api, failure);
  };

  /** Rule tap-only: refuse outside the synchronous part of a tap. */
  const tapOnly = (api: string, o: Options | undefined, run: () => unknown) => {
    record(api, o);
    if (!gesture.active) return refuse(o, api, { errMsg: tapOnlyErrMsg(api) });
    return run();
  };

  /** Rules privacy-*: the call proceeds only through the privacy gate. */
  const privacyScoped = (
    scope: string,
    api: string,
    o: Options | undefined,
    run: (done: (r: unknown) => void) => void,
  ) => {
    const withCallbacks = Boolean(o && (o.success || o.fail || o.complete));
    let settlePromise: { resolve: AnyFn; reject: AnyFn } | null = null;
    const promise = withCallbacks
      ? undefined
      : new Promise((resolve, reject) => {
          settlePromise = { resolve, reject };
        });
    const forward = (r: unknown) => {
      const p = settlePromise as { resolve: AnyFn; reject: AnyFn } | null;
      if (p) (r as Promise<unknown>).then(p.resolve, p.reject);
    };
    const callbacks = withCallbacks ? o : {};
    privacy.check(
      scope,
      () => run((r) => forward(r)),
      (errMsg, errno) => forward(refuse(callbacks, api, { errMsg, errno })),
    );
    return promise;
  };
  // privacyScoped's `run` gets the caller's options when they had callbacks, else none (so that
  // respond() returns a Promise to forward).
  const opts = (o: Options | undefined) => (o && (o.success || o.fail || o.complete) ? o : undefined);

  const tempPath = (ext: string) => `wxfile://tmp/fake-${++tempCounter}.${ext}`;

  const baseInfo = () => ({
    SDKVersion: profile.sdkVersion,
    language: options.language ?? 'zh_CN',
    version: '8.0.50',
    theme: 'light',
    host: { env: 'WeChat' },
    enableDebug: false,
  });
  const deviceInfo = () => ({ platform: profile.platform, system: profile.system, brand: 'fake', model: profile.name });

  const wx: Record<string, any> = {
    ...storage.api,
    env: { USER_DATA_PATH },
    canIUse: (schema: string) => canIUseAt(profile.sdkVersion, schema),
    getAppBaseInfo: baseInfo,
    getDeviceInfo: deviceInfo,
    getSystemInfoSync: () => ({
      ...deviceInfo(),
      ...baseInfo(),
      windowWidth: profile.windowWidth,
      windowHeight: profile.windowHeight,
      pixelRatio: 3,
    }),
    getWindowInfo: () => ({ windowWidth: profile.windowWidth, windowHeight: profile.windowHeight, pixelRatio: 3 }),
    getFileSystemManager: () => files.manager(deliver),

    createOffscreenCanvas: (o: { type?: string; width?: number; height?: number }) => {
      record('createOffscreenCanvas', o);
      return world.createOffscreenCanvas(o);
    },
    canvasToTempFilePath: (o: Options) => {
      record('canvasToTempFilePath', { ...o, canvas: undefined });
      const canvas = o?.canvas as FakeCanvas | undefined;
      if (!(canvas instanceof FakeCanvas))
        return fail(o, 'canvasToTempFilePath', { errMsg: 'canvasToTempFilePath:fail canvas is empty' });
      // Rule offscreen-export-ios.
      if (canvas.offscreen && !profile.offscreenExport)
        return refuse(o, 'canvasToTempFilePath', { errMsg: 'canvasToTempFilePath:fail invalid viewId' });
      if (canvas.broken)
        return fail(o, 'canvasToTempFilePath', { errMsg: 'canvasToTempFilePath:fail canvas is empty' });
      const jpeg = o.fileType === 'jpg';
      const w = Math.round(o.destWidth ?? canvas.width);
      const h = Math.round(o.destHeight ?? canvas.height);
      const image = world.snapshot(canvas, w, h, jpeg ? 'jpeg' : 'png');
      const q = typeof o.quality === 'number' && o.quality > 0 && o.quality <= 1 ? o.quality : 1;
      const path = tempPath(jpeg ? 'jpg' : 'png');
      files.put(path, `image:${w}x${h}`, { size: Math.round(w * h * (jpeg ? image.bytesPerPixel(q) : 0.5)), image });
      return succeed(o, 'canvasToTempFilePath', { tempFilePath: path });
    },
    getImageInfo: (o: Options) => {
      record('getImageInfo', o);
      const image = files.images.get(o?.src);
      if (!files.has(o?.src) || !image) return fail(o, 'getImageInfo', { errMsg: 'getImageInfo:fail file not found' });
      return succeed(o, 'getImageInfo', {
        width: image.width,
        height: image.height,
        orientation: image.orientation,
        type: image.type,
        path: o.src,
      });
    },
    compressImage: (o: Options) => {
      record('compressImage', o);
      const image = files.images.get(o?.src);
      if (!files.has(o?.src) || !image)
        return fail(o, 'compressImage', { errMsg: 'compressImage:fail file not found' });
      // Rule compress-size-options.
      const sized = canIUseAt(profile.sdkVersion, 'compressImage.object.compressedWidth');
      const skipped = profile.compressesJpegOnly && image.type !== 'jpeg';
      let { width, height } = image;
      if (sized && !skipped && (o.compressedWidth || o.compressedHeight)) {
        width = Math.round(o.compressedWidth ?? (image.width * o.compressedHeight) / image.height);
        height = Math.round(o.compressedHeight ?? (image.height * o.compressedWidth) / image.width);
      }
      const out = skipped ? image : resized(image, width, height);
      const q = Math.min(100, Math.max(1, Number(o.quality ?? 80))) / 100;
      const path = tempPath('jpg');
      files.put(path, `image:${width}x${height}`, {
        size: Math.round(width * height * out.bytesPerPixel(q)),
        image: out,
      });
      return succeed(o, 'compressImage', { tempFilePath: path });
    },

    chooseMedia: (o: Options) => {
      record('chooseMedia', o);
      return privacyScoped('chooseMedia', 'chooseMedia', o, (done) => {
        const answer = fake.answers.chooseMedia.shift() ?? { errMsg: 'chooseMedia:fail cancel' };
        if (typeof answer !== 'string') return done(fail(opts(o), 'chooseMedia', answer));
        const image = files.images.get(answer);
        done(
          succeed(opts(o), 'chooseMedia', {
            type: 'image',
            tempFiles: [
              {
                tempFilePath: answer,
                size: files.sizeOf(answer),
                fileType: 'image',
                // chooseMedia reports the stored size, like getImageInfo.
                ...(image ? { width: image.width, height: image.height } : {}),
              },
            ],
          }),
        );
      });
    },
    createCameraContext: () => ({
      takePhoto: (o: Options) => {
        record('takePhoto', o);
        return privacyScoped('camera.takePhoto', 'takePhoto', o, (done) => {
          const answer = fake.answers.takePhoto.shift() ?? { errMsg: 'takePhoto:fail cancel' };
          if (typeof answer !== 'string') return done(fail(opts(o), 'takePhoto', answer));
          done(succeed(opts(o), 'takePhoto', { tempImagePath: answer }));
        });
      },
    }),
    saveImageToPhotosAlbum: (o: Options) => {
      record('saveImageToPhotosAlbum', o);
      return privacyScoped('saveImageToPhotosAlbum', 'saveImageToPhotosAlbum', o, (done) => {
        if (!files.has(o?.filePath))
          return done(
            fail(opts(o), 'saveImageToPhotosAlbum', { errMsg: `saveImageToPhotosAlbum:fail file not found` }),
          );
        const answer = fake.answers.album.shift() ?? true;
        done(
          answer === true
            ? succeed(opts(o), 'saveImageToPhotosAlbum')
            : fail(opts(o), 'saveImageToPhotosAlbum', answer),
        );
      });
    },
    shareFileMessage: (o: Options) =>
      tapOnly('shareFileMessage', o, () => {
        if (!files.has(o?.filePath))
          return fail(o, 'shareFileMessage', {
            errMsg: `shareFileMessage:fail no such file or directory ${o?.filePath}`,
          });
        const answer = fake.answers.shareFile.shift() ?? true;
        return answer === true ? succeed(o, 'shareFileMessage') : fail(o, 'shareFileMessage', answer);
      }),
    openSetting: (o: Options) =>
      tapOnly('openSetting', o, () => succeed(o, 'openSetting', { authSetting: { ...fake.authSetting } })),
    getSetting: (o: Options) => {
      record('getSetting', o);
      return succeed(o, 'getSetting', { authSetting: { ...fake.authSetting } });
    },
    openPrivacyContract: (o: Options) => tapOnly('openPrivacyContract', o, () => succeed(o, 'openPrivacyContract')),
    onNeedPrivacyAuthorization: (listener: AnyFn) => {
      record('onNeedPrivacyAuthorization', null);
      privacy.listener = listener;
    },
    getPrivacySetting: (o: Options) =>
      succeed(o, 'getPrivacySetting', { needAuthorization: !privacy.agreed, privacyContractName: '《隐私保护指引》' }),
    addPhoneCalendar: (o: Options) => {
      record('addPhoneCalendar', o);
      return privacyScoped('addPhoneCalendar', 'addPhoneCalendar', o, (done) => {
        if (fake.authSetting['scope.addPhoneCalendar'] === false)
          return done(fail(opts(o), 'addPhoneCalendar', { errMsg: 'addPhoneCalendar:fail auth deny' }));
        const answer = fake.answers.calendar.shift() ?? true;
        if (answer === true) fake.authSetting['scope.addPhoneCalendar'] = true;
        done(answer === true ? succeed(opts(o), 'addPhoneCalendar') : fail(opts(o), 'addPhoneCalendar', answer));
      });
    },
    // Rule clipboard-from-tap: the tap is checked when the call is made; consent may come later.
    setClipboardData: (o: Options) =>
      tapOnly('setClipboardData', o, () =>
        privacyScoped('setClipboardData', 'setClipboardData', o, (done) => {
          fake.clipboard = String(o?.data ?? '');
          done(succeed(opts(o), 'setClipboardData'));
        }),
      ),
    getClipboardData: (o: Options) => {
      record('getClipboardData', o);
      return privacyScoped('getClipboardData', 'getClipboardData', o, (done) =>
        done(succeed(opts(o), 'getClipboardData', { data: fake.clipboard })),
      );
    },
    showModal: (o: Options) => {
      record('showModal', o);
      const confirm = fake.answers.modal.length ? (fake.answers.modal.shift() as boolean) : true;
      // Rule tap-modal-callback: the confirm tap is a user tap inside the success callback.
      return succeed(o, 'showModal', { confirm, cancel: !confirm }, confirm);
    },
  };

  // Rule base-library: an API newer than this WeChat is not there at all.
  for (const name of Object.keys(wx)) {
    const since = API_SINCE[name];
    if (since && compareVersion(profile.sdkVersion, since) < 0) delete wx[name];
  }
  fake.wx = wx;
  return fake;
}

/** The APIs the fake treats as tap-only (re-exported for the harness and tests). */
export { APP_TAP_ONLY_APIS, TAP_ONLY_APIS, QUARTER_TURNS };
