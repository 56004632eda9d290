/**
 * Built-weapp harness: runs the production WeChat package in dist/ headlessly.
 *
 * dist/ (from `npx taro build --type weapp`) is loaded into miniprogram-simulate, which compiles
 * the real WXML (dist/base.wxml and each page's index.wxml) with the official `wcc` from
 * miniprogram-compiler and renders it with j-component into a jsdom DOM. What you test here is
 * the shipped bundle: Taro's runtime, React, the store and the WXML templates, with only `wx`
 * mocked.
 *
 * How it fits together
 * - A "launch" = one app start: globals App/getApp/getCurrentPages/Page, a `wx` mock (simulate's
 *   API mock plus the overrides below), then `require('dist/app.js')` once and App.onLaunch/onShow.
 *   The first loadPage() launches lazily with the config given to configureWeapp(); call
 *   launchWeapp() yourself to relaunch (e.g. with another language, or to test persistence
 *   across an app restart by passing the old session's storage as `initialStorage`).
 * - Page() is adapted to Component(): page functions become methods; `attached` calls
 *   onLoad(options), onShow(), onReady() with `route` set, as WeChat does.
 * - Load each page once per launch (per process, in practice). The page JS is a webpack chunk:
 *   its `Page(...)` call runs once per launch, and Node's require cache (jest's module registry
 *   in tests) would not run it again anyway. loadPage() therefore registers a route once per
 *   launch and caches the component id; calling loadPage() again for the same route renders a
 *   second instance of it (like navigating to the same page twice). Under jest each launch gets a
 *   fresh module registry (jest.isolateModules), so relaunching re-runs all of dist/.
 * - Taro's weapp runtime renders asynchronously (React commit -> setTimeout -> setData): always
 *   poll (waitForText / waitFor), never sleep a fixed time.
 * - Every jest test file gets its own module registry and globals, so each file is a fresh
 *   process as far as this harness is concerned.
 *
 * Usage (jest project "weapp"; tests live in __tests__/weapp/*.test.ts):
 *
 *   launchWeapp({ language: 'en' });                 // optional; first loadPage launches anyway
 *   const me = await loadPage('pages/me/index');     // resolves after the first render
 *   await me.tap('language-en');                     // data-testid, 'text=…' or CSS selector
 *   await me.waitForText('Language');
 *   weappSession().storedState();                     // what the app saved (all its keys, put together)
 *   await measureSetData(me, { durationMs: 1000 });  // setData rate and sizes
 *
 * Gotchas
 * - Give suites jest.setTimeout(15_000): the first launch (jsdom + simulator + bundle) takes 1–5 s
 *   depending on machine load.
 * - The app caches the phone language at first use: to test another language, relaunch.
 * - Import this module before calling jest.useFakeTimers(): it captures the real timers at load.
 *   With modern fake timers active, polling runs zero-delay timers without moving the clock.
 * - `wx` callbacks (success/complete) arrive on a real macrotask, as from the native side.
 *
 * Taps go through the real WXML bindings: the element is found in the rendered DOM, and a `tap`
 * exparser event is dispatched on it, which reaches `bindtap="eh"` in base.wxml, i.e. Taro's
 * eventHandler, which looks the TaroElement up by `data-sid` and runs the React onClick. Taro
 * strips `data-*` props from setData, so `data-testid` never reaches the WXML; the harness looks
 * the testid up in Taro's own DOM (its runtime module, found in the webpack registry) and maps it
 * to the element's `data-sid`.
 */
import fs from 'fs';
import path from 'path';
import { createWxFake, type ProfileName, type WxFake } from '../support/wx-fake';
import { checkSetData } from '../support/wx-fake/set-data';
import { API_SINCE, compareVersion } from '../support/wx-fake/versions';
import type { WxStorageFaults } from '../support/wx-fake/storage';

/** The built mini program this harness runs. */
export const DIST_DIR = path.resolve(__dirname, '../../dist');

/** Knobs for the wx mock. All are read when the API is called, so they can change mid-test. */
export interface WeappConfig {
  /** What getAppBaseInfo/getSystemInfoSync report as the phone language ('zh_CN', 'en', …). */
  language: string;
  /** showModal answers "confirm" when true, "cancel" when false. */
  autoConfirmModal: boolean;
  /** Storage contents at launch (values as setStorageSync would have stored them). */
  initialStorage: Record<string, unknown>;
  /**
   * Total storage WeChat allows (default its documented 10 MB); the 1 MB per key always applies.
   * Over it, setStorageSync throws WeChat's quota error (wx-fake/storage.ts).
   */
  storageLimitBytes: number;
  /** Fails single storage calls the WeChat way (fault injection); none by default. */
  storageFaults?: WxStorageFaults;
  /**
   * Extra wx APIs (e.g. chooseMedia, getFileSystemManager), installed before dist/app.js runs:
   * Taro binds wx APIs when it loads, so mocks added after launch are never called.
   */
  wxExtras?: (wx: Record<string, any>) => void;
  /**
   * The phone WeChat runs on (the WeChat fake's profiles, __tests__/support/wx-fake): 'ios'
   * (default: the strictest, e.g. no offscreen canvas export), 'android' or 'devtools'.
   */
  profile: ProfileName;
  /** Base library of that WeChat (default current); APIs newer than it are absent. */
  sdkVersion?: string;
  /** The user agreed to the privacy guide before this launch (default true). */
  privacyAgreed: boolean;
}

/** One setData call: on the page itself, or on a CustomWrapper component instance. */
export interface SetDataCall {
  /** Date.now() at the call (jest fake timers move it too). */
  when: number;
  /** JSON.stringify(data).length: the size of the update payload. */
  bytes: number;
  target: 'page' | 'custom-wrapper' | 'component';
  /** Route of the page the instance belongs to. */
  route: string;
  /** Top-level setData paths, e.g. 'root.cn.[0].cn.[2].v'. */
  keys: string[];
}

/** A wx API call the app made (navigation, toasts, modals, clipboard, tab bar, titles…). */
export interface WxCall {
  api: string;
  args: unknown;
  when: number;
}

/** One app launch: the wx mock's observable state. */
export interface WeappSession {
  config: WeappConfig;
  /** wx storage: key -> stored value (strings as stored; objects JSON-copied like real wx). */
  storage: Map<string, unknown>;
  /** Every setStorageSync the app made: key, bytes as WeChat counts them, and how long it took. */
  storageWrites: Array<{ key: string; bytes: number; ms: number; ok: boolean }>;
  /** Recorded wx calls, oldest first. */
  calls: WxCall[];
  /** Every setData on every page and custom wrapper of this launch. */
  setDataCalls: SetDataCall[];
  /** Last text given to setClipboardData. */
  readonly clipboard: string;
  /** The WeChat fake behind `wx` for this launch: files, canvas counters, answers, consent. */
  wxFake: WxFake;
  /** Warnings WeChat gives for setData over 256 KB (rule set-data-warning). */
  setDataWarnings: string[];
  /** Tab bar texts by index (from setTabBarItem) and the last navigation bar title. */
  tabBarTexts: string[];
  navigationBarTitle: string;
  /** Pages currently loaded, bottom first (what getCurrentPages() returns). */
  pageStack: PageInstance[];
  /** Parses storage[key] as JSON (strings) or returns the stored object; undefined if missing. */
  storedJson(key: string): any;
  /**
   * What the app has saved, put back together from its keys (issue 10's layout: fc.settings,
   * fc.index, one fc.f.<id> per filing).
   */
  storedState(): { localePreference: string; filingOrder: string[]; filings: Record<string, any> };
  /** Calls of one API, e.g. session.callsOf('showToast'). */
  callsOf(api: string): WxCall[];
  /**
   * Fires the listener the app registered with wx.onNeedPrivacyAuthorization, as WeChat does
   * when a privacy-scoped API is used before consent. Resolves with what the app answered.
   */
  triggerPrivacyAuthorization(): Promise<{ event: string; buttonId?: string }>;
}

/** The page instance (`this` inside Taro's page config methods). */
export interface PageInstance {
  route: string;
  options: Record<string, string>;
  $taroPath?: string;
  onLoad(options: Record<string, string>): void;
  onShow(): void;
  onHide(): void;
  onReady(): void;
  onUnload(): void;
  setData(data: Record<string, unknown>, cb?: () => void): void;
  [key: string]: any;
}

/** A rendered page. */
export interface LoadedPage {
  route: string;
  /** j-component's root component (`.dom` is the rendered jsdom tree). */
  component: any;
  instance: PageInstance;
  /** setData calls on this page and on the custom wrappers inside it, oldest first. */
  setDataCalls: SetDataCall[];
  /** Visible text: one line per element, text nodes of one element joined. */
  text(): string;
  /** Polls text() until it contains `expected`; rejects with the current text on timeout. */
  waitForText(expected: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Polls until text() no longer contains `unexpected`. */
  waitForNoText(unexpected: string | RegExp, timeoutMs?: number): Promise<void>;
  /**
   * Taps an element, found by: a bare word = data-testid ('language-en'); 'text=…' = the last
   * (deepest) rendered element whose text contains …; anything else = a CSS selector on the
   * rendered DOM (tags are wx-view/wx-text/wx-button…, classes unprefixed, e.g. '.cell').
   * The tap bubbles like a real one: an element without its own handler triggers its ancestor's.
   * Resolves after the event was dispatched; poll (waitForText) for the effect. Rejects if the
   * handler threw synchronously (exparser would only log it).
   */
  tap(target: string): Promise<void>;
  /** Types into an Input/Textarea: fires the `input` event WeChat sends, with detail.value. */
  input(target: string, value: string): Promise<void>;
  /** How long the handlers of the last tap/input/blur ran synchronously (ms). */
  lastDispatchMs: number;
  /** Leaves an Input: fires `blur` with detail.value. */
  blur(target: string, value: string): Promise<void>;
  /** data-testid values currently in Taro's tree for this page. */
  testIds(): string[];
  /** Visible text of one element (same targets as tap); null if it is not rendered. */
  textOf(target: string): string | null;
  /** WeChat lifecycle: hide this page / show it again (onShow also makes it the current page). */
  onHide(): void;
  onShow(): void;
  /** onUnload, then detach from the DOM and the page stack. */
  unload(): void;
}

type AnyFn = (...args: any[]) => any;
type Globals = typeof globalThis & Record<string, any>;

const g = globalThis as Globals;

/** Real timer functions, captured before any test can install jest fake timers. */
const realSetTimeout: typeof setTimeout = g.setTimeout.bind(g);
const realSetImmediate: (cb: () => void) => unknown =
  typeof g.setImmediate === 'function' ? g.setImmediate.bind(g) : (cb) => realSetTimeout(cb, 0);
const realNow: () => number = (
  (perf, now) => () =>
    now.call(perf)
)(g.performance, g.performance.now);
const realDateNow: () => number = Date.now.bind(Date);

const DEFAULT_CONFIG: WeappConfig = {
  language: 'zh_CN',
  autoConfirmModal: true,
  initialStorage: {},
  storageLimitBytes: 10 * 1024 * 1024,
  profile: 'ios',
  privacyAgreed: true,
};

/** What a page record keeps beside the instance. */
interface PageRecord {
  route: string;
  options: Record<string, string>;
  setDataCalls: SetDataCall[];
  visible: boolean;
}

interface Launch {
  session: WeappSession;
  simulate: any;
  exparser: any;
  /** simulate's getSystemInfoSync result, which our override extends with the language. */
  systemInfo: Record<string, unknown>;
  /** Taro's @tarojs/runtime module from the bundle (document, eventSource, customWrapperCache…). */
  runtime: any;
  app: any;
  componentIds: Map<string, string>;
  records: WeakMap<object, PageRecord>;
  owners: WeakMap<object, object | null>;
  mounted: Array<{ component: any; instance: PageInstance }>;
}

let pendingConfig: Partial<WeappConfig> = {};
let current: Launch | null = null;
/** Set while simulate.load() runs a page's JS, so Page() knows its route. */
let loadingRoute: string | null = null;
/** Options handed from loadPage() to the `attached` lifetime of the instance being created. */
let pendingOptions: Record<string, string> = {};

// ---------------------------------------------------------------------------------------------
// dist/

/** Page routes from dist/app.json, in declaration order (tab pages first as the app lists them). */
export function distRoutes(): string[] {
  const appJson = JSON.parse(fs.readFileSync(path.join(DIST_DIR, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: Array<{ root: string; pages: string[] }>;
    subpackages?: Array<{ root: string; pages: string[] }>;
  };
  const subs = appJson.subPackages ?? appJson.subpackages ?? [];
  return [...appJson.pages, ...subs.flatMap((sub) => sub.pages.map((p) => path.posix.join(sub.root, p)))];
}

function distFilesFor(routes: string[]): string[] {
  const base = ['app.json', 'app.js', 'base.wxml', 'taro.js', 'runtime.js', 'comp.js', 'comp.json'];
  return [...base, ...routes.flatMap((r) => [`${r}.js`, `${r}.json`, `${r}.wxml`])].map((f) => path.join(DIST_DIR, f));
}

/**
 * Returns once dist/ holds a complete, settled build; throws after `timeoutMs` otherwise.
 * Someone may be rebuilding it right now (Taro empties dist/ first and writes everything at the
 * end), so missing or just-written files are waited for.
 */
export function waitForDist(timeoutMs = 30_000): void {
  const deadline = realNow() + timeoutMs;
  for (;;) {
    let missing: string[] = [];
    let newest = 0;
    try {
      const files = distFilesFor(distRoutes());
      missing = files.filter((f) => !fs.existsSync(f));
      if (!missing.length) newest = Math.max(...files.map((f) => fs.statSync(f).mtimeMs));
    } catch {
      missing = [path.join(DIST_DIR, 'app.json')];
    }
    // Settled: complete and nothing written in the last 300 ms (wall clock, not jest's).
    if (missing.length === 0 && realDateNow() - newest > 300) return;
    if (realNow() > deadline) {
      throw new Error(
        `dist/ is incomplete (missing ${missing.map((m) => path.relative(DIST_DIR, m)).join(', ')}). ` +
          'Run `cd /work/main && npx taro build --type weapp` first.',
      );
    }
    // A synchronous pause: launch happens inside a synchronous module-isolation block.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
}

// ---------------------------------------------------------------------------------------------
// Environment

/** j-component renders into a DOM; install jsdom's globals unless a DOM already exists. */
function installDom(): void {
  if (typeof g.document !== 'undefined' && typeof g.window !== 'undefined') return;
  const { JSDOM } = require('jsdom') as typeof import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const win = dom.window as unknown as Record<string, unknown>;
  (g as Record<string, unknown>).window = win;
  for (const key of Object.getOwnPropertyNames(win)) {
    // Node's own timers, console, etc. stay; only DOM names are added.
    if (key in g || key === 'undefined') continue;
    try {
      g[key] = win[key];
    } catch {
      // Some window accessors throw outside a browsing context; nothing needs them.
    }
  }
}

/** Runs fn with a fresh module registry, so dist/ and the simulator are evaluated anew. */
function isolated<T>(fn: () => T): T {
  if (typeof jest !== 'undefined' && typeof jest.isolateModules === 'function') {
    let result: T | undefined;
    jest.isolateModules(() => {
      result = fn();
    });
    return result as T;
  }
  // Plain Node: drop the cached copies instead.
  for (const key of Object.keys(require.cache)) {
    if (
      key.startsWith(DIST_DIR) ||
      /node_modules[\\/](miniprogram-simulate|j-component|miniprogram-exparser)[\\/]/.test(key)
    ) {
      delete require.cache[key];
    }
  }
  return fn();
}

/** Calls the wx-style success/complete callbacks asynchronously, as WeChat does. */
/**
 * Answers a wx async API the way the base library does: success/fail then complete on a later
 * macrotask, and, when the caller passed none of those callbacks, a returned Promise instead.
 */
function respond(options: any, ok: boolean, res: Record<string, unknown>): Promise<unknown> | undefined {
  const promised = !(options?.success || options?.fail || options?.complete);
  let settle: { resolve: AnyFn; reject: AnyFn } | null = null;
  const promise = promised ? new Promise((resolve, reject) => (settle = { resolve, reject })) : undefined;
  realSetTimeout(() => {
    if (ok) options?.success?.(res);
    else options?.fail?.(res);
    options?.complete?.(res);
    const pending = settle as { resolve: AnyFn; reject: AnyFn } | null;
    if (pending) (ok ? pending.resolve : pending.reject)(res);
  }, 0);
  return promise;
}

function succeed(options: any, api: string, result: Record<string, unknown> = {}) {
  return respond(options, true, { errMsg: `${api}:ok`, ...result });
}

/** The wx API overrides on top of miniprogram-simulate's mock. */
function buildWx(launch: Launch): Record<string, AnyFn> {
  const s = launch.session;
  const record = (api: string, args: unknown) => s.calls.push({ api, args, when: Date.now() });
  const appBaseInfo = () => ({
    SDKVersion: s.wxFake.profile.sdkVersion,
    enableDebug: false,
    host: { env: 'WeChat' },
    language: s.config.language,
    version: '8.0.50',
    theme: 'light',
  });
  const navigation =
    (api: string) =>
    (options: any = {}) => {
      record(api, options);
      return succeed(options, api);
    };

  return {
    getAppBaseInfo: appBaseInfo,
    getSystemInfoSync: () => ({ ...launch.systemInfo, ...s.wxFake.wx.getDeviceInfo(), ...appBaseInfo() }),
    getSystemInfo: (o: any) =>
      succeed(o, 'getSystemInfo', { ...launch.systemInfo, ...s.wxFake.wx.getDeviceInfo(), ...appBaseInfo() }),

    navigateTo: navigation('navigateTo'),
    redirectTo: navigation('redirectTo'),
    switchTab: navigation('switchTab'),
    reLaunch: navigation('reLaunch'),
    navigateBack: navigation('navigateBack'),

    showToast: (o: any = {}) => {
      record('showToast', o);
      return succeed(o, 'showToast');
    },
    hideToast: (o: any = {}) => succeed(o, 'hideToast'),
    showLoading: (o: any = {}) => {
      record('showLoading', o);
      return succeed(o, 'showLoading');
    },
    hideLoading: (o: any = {}) => succeed(o, 'hideLoading'),
    showActionSheet: (o: any = {}) => {
      record('showActionSheet', o);
      return succeed(o, 'showActionSheet', { tapIndex: 0 });
    },

    setTabBarItem: (o: any = {}) => {
      record('setTabBarItem', o);
      if (typeof o.index === 'number' && typeof o.text === 'string') s.tabBarTexts[o.index] = o.text;
      return succeed(o, 'setTabBarItem');
    },
    setNavigationBarTitle: (o: any = {}) => {
      record('setNavigationBarTitle', o);
      s.navigationBarTitle = String(o.title ?? '');
      return succeed(o, 'setNavigationBarTitle');
    },
  };
}

/**
 * Puts the WeChat fake's APIs on `wx` (recording each call in the session), with the harness's
 * own storage, navigation and UI mocks beside them. An API newer than the fake's base library is
 * removed, whatever simulate's mock had (rule base-library).
 */
function installWxFake(wx: Record<string, any>, launch: Launch): void {
  const s = launch.session;
  const fake = s.wxFake;
  for (const [api, fn] of Object.entries(fake.wx)) {
    if (typeof fn !== 'function') {
      wx[api] = fn;
      continue;
    }
    wx[api] = (...args: any[]) => {
      if (api === 'showModal') fake.answers.modal.push(s.config.autoConfirmModal);
      // Storage calls are many; session.storageWrites keeps the writes instead.
      const quiet =
        ['onNeedPrivacyAuthorization', 'getFileSystemManager', 'canIUse'].includes(api) || /Storage/.test(api);
      if (!quiet) s.calls.push({ api, args: args[0], when: Date.now() });
      return fn(...args);
    };
  }
  // Every setStorageSync, timed (storage-writes.test.ts measures ms per write).
  const setStorageSync = wx.setStorageSync;
  wx.setStorageSync = (key: string, data: unknown) => {
    const started = performance.now();
    let ok = false;
    try {
      setStorageSync(key, data);
      ok = true;
    } finally {
      s.storageWrites.push({ key, bytes: fake.storage.sizeOf(key), ms: performance.now() - started, ok });
    }
  };
  for (const [api, since] of Object.entries(API_SINCE)) {
    if (!api.includes('.') && compareVersion(fake.profile.sdkVersion, since) < 0) delete wx[api];
  }
}

// ---------------------------------------------------------------------------------------------
// Launch

/**
 * Sets defaults for this and later launches (a running launch sees the change at once; note the
 * app reads the phone language only once per launch).
 */
export function configureWeapp(config: Partial<WeappConfig>): void {
  pendingConfig = { ...pendingConfig, ...config };
  if (current) Object.assign(current.session.config, config);
}

/** The running launch's state, launching with the configured defaults if none is running. */
export function weappSession(): WeappSession {
  return ensureLaunched().session;
}

/**
 * Starts the app from dist/ (unloading any previous launch's pages): fresh globals, fresh wx
 * mock and storage (from `config.initialStorage`), fresh module registry. Returns the session.
 */
export function launchWeapp(config: Partial<WeappConfig> = {}): WeappSession {
  if (current) {
    for (const { component, instance } of current.mounted) {
      try {
        instance.onUnload();
      } catch {
        // A page that never finished loading has nothing to unload.
      }
      component.detach();
    }
    current = null;
  }
  waitForDist();
  installDom();
  // `config` applies to this launch only; configureWeapp() sets defaults for every launch.
  const merged: WeappConfig = { ...DEFAULT_CONFIG, ...pendingConfig, ...config };
  const storage = new Map<string, unknown>(Object.entries(merged.initialStorage));

  const wxFake = createWxFake({
    profile: merged.profile,
    sdkVersion: merged.sdkVersion,
    language: merged.language,
    // Callbacks arrive on a real macrotask, as from the native side.
    deliver: (fn) => void realSetTimeout(fn, 0),
    // WeChat storage (rule storage-limits) over this session's map; the total can be lowered per
    // test with storageLimitBytes, and storageFaults can fail single calls.
    storage: {
      data: storage,
      limits: {
        get totalBytes() {
          return merged.storageLimitBytes;
        },
      },
      inject: {
        read: (key) => merged.storageFaults?.read?.(key),
        write: (key, op) => merged.storageFaults?.write?.(key, op),
      },
    },
  });
  wxFake.privacy.agreed = merged.privacyAgreed;

  const session: WeappSession = {
    config: merged,
    storage,
    storageWrites: [],
    calls: [],
    setDataCalls: [],
    get clipboard() {
      return wxFake.clipboard;
    },
    wxFake,
    setDataWarnings: [],
    tabBarTexts: [],
    navigationBarTitle: '',
    pageStack: [],
    storedJson(key) {
      if (!storage.has(key)) return undefined;
      const value = storage.get(key);
      return typeof value === 'string' ? JSON.parse(value) : value;
    },
    storedState() {
      const filings: Record<string, any> = {};
      for (const key of storage.keys()) {
        if (!key.startsWith('fc.f.')) continue;
        try {
          const filing = this.storedJson(key)?.filing;
          if (filing) filings[key.slice('fc.f.'.length)] = filing;
        } catch {
          // Unreadable: not part of the saved state.
        }
      }
      return {
        localePreference: this.storedJson('fc.settings')?.localePreference ?? 'system',
        filingOrder: this.storedJson('fc.index')?.order ?? [],
        filings,
      };
    },
    callsOf(api) {
      return this.calls.filter((c) => c.api === api);
    },
    triggerPrivacyAuthorization() {
      const listener = wxFake.privacy.listener;
      if (!listener) return Promise.reject(new Error('the app registered no onNeedPrivacyAuthorization listener'));
      return new Promise((resolve) => listener(resolve, { referrer: 'test' }));
    },
  };

  const launch: Launch = {
    session,
    simulate: null,
    exparser: null,
    systemInfo: {},
    runtime: null,
    app: null,
    componentIds: new Map(),
    records: new WeakMap(),
    owners: new WeakMap(),
    mounted: [],
  };

  retryWhileDistChanges(() =>
    isolated(() => {
      // simulate merges into an existing global wx (keeping its webpackJsonp): start clean.
      delete g.wx;
      launch.simulate = require('miniprogram-simulate');
      launch.exparser = require('miniprogram-exparser');
      launch.systemInfo = g.wx.getSystemInfoSync();
      Object.assign(g.wx, buildWx(launch));
      installWxFake(g.wx, launch);
      merged.wxExtras?.(g.wx);
      installAppGlobals(launch);

      // Capture webpack's require before the bundle runs: the runtime processes queued chunks in
      // order, and a chunk with a runtime callback gets handed __webpack_require__.
      let webpackRequire: any = null;
      g.wx.webpackJsonp = [];
      g.wx.webpackJsonp.push([
        ['__weapp_harness__'],
        {},
        (req: any) => {
          webpackRequire = req;
        },
      ]);
      require(path.join(DIST_DIR, 'app.js'));
      launch.runtime = findTaroRuntime(webpackRequire);
    }),
  );

  if (!launch.app) throw new Error('dist/app.js did not call App()');
  current = launch;
  const launchOptions = { path: distRoutes()[0], query: {}, scene: 1001, referrerInfo: {} };
  launch.app.onLaunch?.(launchOptions);
  launch.app.onShow?.(launchOptions);
  return session;
}

/** Runs fn; if it failed because dist/ was being rewritten under it, waits and retries. */
function retryWhileDistChanges<T>(fn: () => T, attempts = 3): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (error) {
      const message = String((error as Error)?.message ?? error);
      const distInFlux = /ENOENT|Cannot find module|Unexpected end of input|invalid componentPath/.test(message);
      if (!distInFlux || attempt >= attempts) throw error;
      waitForDist();
    }
  }
}

function ensureLaunched(): Launch {
  if (!current) launchWeapp();
  return current as Launch;
}

/**
 * Finds Taro's runtime module (the one exporting document, eventSource, customWrapperCache) in
 * the bundle. Module ids are minified, export names are not (the Taro API package imports it by
 * name). The bundle evaluated that module at launch, so requiring it returns the live instance.
 */
function findTaroRuntime(webpackRequire: any): any {
  if (!webpackRequire?.m) return null;
  for (const id of Object.keys(webpackRequire.m)) {
    const source = String(webpackRequire.m[id]);
    if (/\bcustomWrapperCache:/.test(source) && /\beventSource:/.test(source) && /\bcreatePageConfig:/.test(source)) {
      const mod = webpackRequire(id);
      if (mod?.document && typeof mod.document.getElementById === 'function') return mod;
    }
  }
  return null;
}

/** App/getApp/getCurrentPages/Page, and a Component() wrapper that spies on setData. */
function installAppGlobals(launch: Launch): void {
  const simulateComponent = g.Component as AnyFn;
  const s = launch.session;

  const spy = (instance: any, target: () => SetDataCall['target']) => {
    const original = instance.setData;
    instance.setData = function setDataSpy(data: Record<string, unknown>, cb?: () => void) {
      // Rules set-data-limit (throws over 1 MB) and set-data-warning (over 256 KB).
      const { warning } = checkSetData(data);
      if (warning) s.setDataWarnings.push(warning);
      const owner = ownerPage(launch, this);
      const record = owner ? launch.records.get(owner) : undefined;
      const call: SetDataCall = {
        when: Date.now(),
        bytes: JSON.stringify(data).length,
        target: target(),
        route: record?.route ?? '',
        keys: Object.keys(data ?? {}),
      };
      s.setDataCalls.push(call);
      record?.setDataCalls.push(call);
      return original.call(this, data, cb);
    };
  };

  // Taro's own components (comp, custom-wrapper): no class prefix, and setData spied on.
  g.Component = (definition: any) => {
    const lifetimes = { ...(definition.lifetimes ?? {}) };
    const created = lifetimes.created ?? definition.created;
    lifetimes.created = function createdWithSpy(this: any, ...args: unknown[]) {
      if (!launch.records.has(this)) {
        spy(this, () => {
          const cache: Map<string, unknown> | undefined = launch.runtime?.customWrapperCache;
          if (!cache) return 'custom-wrapper';
          for (const value of cache.values()) if (value === this) return 'custom-wrapper';
          return 'component';
        });
      }
      return created?.apply(this, args);
    };
    return simulateComponent({
      ...definition,
      lifetimes,
      options: { ...(definition.options ?? {}), classPrefix: '' },
    });
  };

  g.App = (appObject: any) => {
    launch.app = appObject;
  };
  g.getApp = () => launch.app;
  g.getCurrentPages = () => [...s.pageStack];

  g.Page = (pageOptions: Record<string, unknown>) => {
    const route = loadingRoute;
    if (!route) throw new Error('Page() called outside loadPage()');
    const methods: Record<string, AnyFn> = {};
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(pageOptions)) {
      if (key === 'data') continue;
      if (typeof value === 'function') methods[key] = value as AnyFn;
      else fields[key] = value;
    }
    simulateComponent({
      data: pageOptions.data ?? {},
      methods,
      options: { classPrefix: '' },
      lifetimes: {
        created(this: any) {
          Object.assign(this, fields);
          this.route = route;
          this.__route__ = route;
          launch.records.set(this, { route, options: {}, setDataCalls: [], visible: false });
          spy(this, () => 'page');
        },
        attached(this: any) {
          const record = launch.records.get(this) as PageRecord;
          record.options = pendingOptions;
          this.options = pendingOptions;
          s.pageStack.push(this);
          this.onLoad(pendingOptions);
          this.onShow();
          record.visible = true;
          this.onReady();
        },
      },
    });
  };
}

/** The page a component instance lives in (itself for a page), via the owner chain. */
function ownerPage(launch: Launch, instance: any): object | null {
  if (launch.records.has(instance)) return instance;
  if (launch.owners.has(instance)) return launch.owners.get(instance) ?? null;
  let node = instance;
  let owner: object | null = null;
  for (let depth = 0; depth < 64 && node; depth++) {
    node = typeof node.selectOwnerComponent === 'function' ? node.selectOwnerComponent() : null;
    if (node && launch.records.has(node)) {
      owner = node;
      break;
    }
  }
  if (owner) launch.owners.set(instance, owner);
  return owner;
}

// ---------------------------------------------------------------------------------------------
// Pages

/** Resolves on the next real macrotask (immune to jest fake timers). */
export function realTick(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve));
}

/** Waits real time (immune to jest fake timers). */
export function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

/** Polls `predicate` on real time until it returns truthy; rejects with `describe()` on timeout. */
export async function waitFor<T>(
  predicate: () => T | null | undefined | false,
  {
    timeoutMs = 3000,
    intervalMs = 10,
    describe,
  }: { timeoutMs?: number; intervalMs?: number; describe?: () => string } = {},
): Promise<T> {
  const deadline = realNow() + timeoutMs;
  for (;;) {
    // Under jest fake timers, run what is due now (Taro's zero-delay setData batch) without
    // moving the fake clock; the deadline and the pause between polls are real time.
    if (fakeTimersActive()) jest.advanceTimersByTime(0);
    const value = predicate();
    if (value) return value;
    if (realNow() > deadline) {
      throw new Error(`waitFor timed out after ${timeoutMs} ms${describe ? `: ${describe()}` : ''}`);
    }
    await realSleep(intervalMs);
  }
}

/** Visible text of a rendered DOM subtree: one line per element, text nodes of one element joined. */
export function visibleText(root: Element): string {
  const lines: string[] = [];
  let buffer = '';
  const flush = () => {
    const line = buffer.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    buffer = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.hasAttribute('hidden') || /display\s*:\s*none/.test(el.getAttribute('style') ?? '')) return;
    if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT') return;
    flush();
    el.childNodes.forEach(walk);
    flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** Taro elements under `node` (depth first), from Taro's own DOM. */
function* taroElements(node: any): Generator<any> {
  if (!node) return;
  yield node;
  for (const child of node.childNodes ?? []) yield* taroElements(child);
}

function testIdOf(node: any): string | undefined {
  return node?.props?.['data-testid'] ?? node?.dataset?.testid;
}

/**
 * Renders `route` (e.g. 'pages/me/index') with query `options` (pass values still URI-encoded,
 * as WeChat does) and resolves once Taro's first setData has rendered it. The previously visible
 * page gets onHide first, as on a tab switch.
 */
export async function loadPage(route: string, options: Record<string, string> = {}): Promise<LoadedPage> {
  const launch = ensureLaunched();
  const { simulate, session } = launch;
  route = route.replace(/^\//, '');

  let id = launch.componentIds.get(route);
  if (!id) {
    if (!fs.existsSync(path.join(DIST_DIR, `${route}.json`))) {
      throw new Error(`no page ${route} in dist/ (routes: ${distRoutes().join(', ')})`);
    }
    loadingRoute = route;
    try {
      id = retryWhileDistChanges(() =>
        isolated(() => simulate.load(path.join(DIST_DIR, route), 'main', { rootPath: DIST_DIR })),
      ) as string;
    } finally {
      loadingRoute = null;
    }
    launch.componentIds.set(route, id);
  }

  for (const other of launch.mounted) {
    const record = launch.records.get(other.instance);
    if (record?.visible) {
      other.instance.onHide();
      record.visible = false;
    }
  }

  const component = simulate.render(id);
  const instance = component.instance as PageInstance;
  const record = launch.records.get(instance);
  if (!record) throw new Error(`${route} did not render as a page`);
  const parent = document.createElement('page-host');
  document.body.appendChild(parent);
  pendingOptions = { ...options };
  component.attach(parent);
  launch.mounted.push({ component, instance });

  await waitFor(() => record.setDataCalls.some((c) => c.target === 'page'), {
    timeoutMs: 5000,
    describe: () => `${route} never called setData (did the page throw while rendering?)`,
  });

  const text = () => visibleText(component.dom as Element);
  const textMatches = (expected: string | RegExp) =>
    typeof expected === 'string' ? text().includes(expected) : expected.test(text());

  const pageRoot = () =>
    launch.runtime && instance.$taroPath ? launch.runtime.document.getElementById(instance.$taroPath) : null;

  const findDom = (target: string): Element | null => {
    const dom = component.dom as Element;
    if (target.startsWith('text=')) {
      const wanted = target.slice(5);
      const matches = [...dom.querySelectorAll('*')].filter((el) => (el.textContent ?? '').includes(wanted));
      return matches[matches.length - 1] ?? null;
    }
    if (/^[A-Za-z0-9_.-]+$/.test(target) && !target.startsWith('.')) {
      if (!launch.runtime)
        throw new Error("Taro's runtime module was not found in the bundle; tap by selector instead");
      for (const node of taroElements(pageRoot())) {
        if (testIdOf(node) === target) {
          return (
            dom.querySelector(`[data-sid="${node.sid}"]`) ?? (node.uid ? dom.querySelector(`[id="${node.uid}"]`) : null)
          );
        }
      }
      return null;
    }
    return dom.querySelector(target);
  };

  /** Dispatches an exparser event on the element, as j-component does for taps. */
  async function fire(target: string, type: string, detail: Record<string, unknown>): Promise<void> {
    {
      // The element may be one render behind (Taro's setData is asynchronous): poll briefly.
      const el = await waitFor(() => findDom(target), {
        timeoutMs: 2000,
        describe: () =>
          `nothing to tap for ${JSON.stringify(target)} in ${route}; testids: ${page.testIds().join(', ') || '(none)'}`,
      });
      const wxElement = (el as any).__wxElement;
      if (!wxElement) throw new Error(`${JSON.stringify(target)} matched a DOM node with no exparser element`);
      // What j-component does for a tap: an exparser event that bubbles through the shadow trees
      // and reaches the WXML `bindtap="eh"` handler, with touches as WeChat sends them.
      // exparser catches handler exceptions and only logs them; collect them to fail the tap.
      const thrown: unknown[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => {
        const error = args.find((a) => a instanceof Error);
        if (error) thrown.push(error);
        else consoleError(...args);
      };
      const dispatch = () =>
        launch.exparser.Event.dispatchEvent(
          wxElement,
          launch.exparser.Event.create(type, detail, {
            bubbles: true,
            capturePhase: true,
            composed: true,
            extraFields: { touches: [], changedTouches: [{ clientX: 0, clientY: 0, pageX: 0, pageY: 0 }] },
          }),
        );
      const started = performance.now();
      try {
        // A tap is the user's gesture for WeChat's tap-only APIs while its handlers run synchronously.
        if (type === 'tap') session.wxFake.gesture.run(dispatch);
        else dispatch();
      } finally {
        console.error = consoleError;
        page.lastDispatchMs = performance.now() - started;
      }
      if (thrown.length) {
        const error = thrown[0] as Error;
        error.message = `${type} ${JSON.stringify(target)} in ${route}: the handler threw: ${error.message}`;
        throw error;
      }
      await realTick();
    }
  }

  const page: LoadedPage = {
    route,
    component,
    instance,
    setDataCalls: record.setDataCalls,
    lastDispatchMs: 0,
    text,
    async waitForText(expected, timeoutMs = 3000) {
      await waitFor(() => textMatches(expected), {
        timeoutMs,
        describe: () => `text ${String(expected)} not found in ${route}; current text:\n${text()}`,
      });
    },
    async waitForNoText(unexpected, timeoutMs = 3000) {
      await waitFor(() => !textMatches(unexpected), {
        timeoutMs,
        describe: () => `text ${String(unexpected)} still shown in ${route}`,
      });
    },
    async tap(target) {
      await fire(target, 'tap', { x: 0, y: 0 });
    },
    async input(target, value) {
      await fire(target, 'input', { value, cursor: value.length, keyCode: 0 });
    },
    async blur(target, value) {
      await fire(target, 'blur', { value });
    },
    textOf(target) {
      const el = findDom(target);
      return el ? visibleText(el) : null;
    },
    testIds() {
      return [...taroElements(pageRoot())].map(testIdOf).filter((t): t is string => typeof t === 'string');
    },
    onHide() {
      instance.onHide();
      record.visible = false;
    },
    onShow() {
      for (const other of launch.mounted) {
        const r = launch.records.get(other.instance);
        if (other.instance !== instance && r?.visible) {
          other.instance.onHide();
          r.visible = false;
        }
      }
      const stack = session.pageStack;
      const at = stack.indexOf(instance);
      if (at >= 0) stack.splice(at, 1);
      stack.push(instance);
      instance.onShow();
      record.visible = true;
    },
    unload() {
      instance.onUnload();
      component.detach();
      record.visible = false;
      const at = session.pageStack.indexOf(instance);
      if (at >= 0) session.pageStack.splice(at, 1);
      launch.mounted = launch.mounted.filter((m) => m.instance !== instance);
    },
  };
  return page;
}

// ---------------------------------------------------------------------------------------------
// setData measurement

/** Call rate and payload sizes of one target over a measurement window. */
export interface SetDataStats {
  calls: number;
  callsPerSecond: number;
  maxBytes: number;
  avgBytes: number;
  totalBytes: number;
}

export interface SetDataReport {
  durationMs: number;
  hidden: boolean;
  clock: 'real' | 'fake';
  page: SetDataStats;
  customWrapper: SetDataStats;
  total: SetDataStats;
  calls: SetDataCall[];
}

function statsOf(calls: SetDataCall[], durationMs: number): SetDataStats {
  const totalBytes = calls.reduce((sum, c) => sum + c.bytes, 0);
  return {
    calls: calls.length,
    callsPerSecond: durationMs > 0 ? calls.length / (durationMs / 1000) : 0,
    maxBytes: calls.reduce((max, c) => Math.max(max, c.bytes), 0),
    avgBytes: calls.length ? totalBytes / calls.length : 0,
    totalBytes,
  };
}

/** True when jest's modern (sinon) fake timers are installed. */
function fakeTimersActive(): boolean {
  return typeof (g.setTimeout as unknown as { clock?: unknown }).clock === 'object';
}

/**
 * Lets `durationMs` pass and reports the page's setData traffic in that window, split into the
 * page's own setData and its CustomWrapper instances. With `hidden`, the page gets onHide first
 * and onShow after (the traffic a hidden page should not cause).
 *
 * Clock: real time by default. If jest modern fake timers are active, fake time is advanced in
 * `stepMs` slices with a real macrotask between slices, because parts of the bundle (React's
 * scheduler, which captured setImmediate at load; promise jobs) run on real time while Taro's
 * setData batching and app timers run on the faked setTimeout/setInterval.
 */
export async function measureSetData(
  page: LoadedPage,
  {
    durationMs,
    hidden = false,
    stepMs = 50,
    during,
  }: {
    durationMs: number;
    hidden?: boolean;
    /** Fake-clock slice size. */
    stepMs?: number;
    /** Runs at the start of the window (e.g. a tap), and is counted in it. */
    during?: () => unknown;
  },
): Promise<SetDataReport> {
  if (hidden) page.onHide();
  const fake = fakeTimersActive();
  // Let work queued before the window (e.g. onHide's own update) land outside it.
  await settle(fake);
  const from = page.setDataCalls.length;
  await during?.();
  if (fake) {
    for (let elapsed = 0; elapsed < durationMs; elapsed += stepMs) {
      jest.advanceTimersByTime(Math.min(stepMs, durationMs - elapsed));
      await realTick();
      await realTick();
    }
  } else {
    await realSleep(durationMs);
  }
  const calls = page.setDataCalls.slice(from);
  if (hidden) page.onShow();
  return {
    durationMs,
    hidden,
    clock: fake ? 'fake' : 'real',
    page: statsOf(
      calls.filter((c) => c.target === 'page'),
      durationMs,
    ),
    customWrapper: statsOf(
      calls.filter((c) => c.target === 'custom-wrapper'),
      durationMs,
    ),
    total: statsOf(calls, durationMs),
    calls,
  };
}

async function settle(fake: boolean): Promise<void> {
  for (let i = 0; i < 3; i++) {
    if (fake) jest.advanceTimersByTime(0);
    await realTick();
  }
  if (!fake) await realSleep(20);
}
