/**
 * WeChat key-value storage as documented, refusals included: the storage rule of the wx fake.
 *
 * What WeChat documents, and what this fake does
 * - Limits. wx.setStorageSync / wx.setStorage: "单个 key 允许存储的最大数据长度为 1MB，所有数据
 *   存储上限为 10MB" (https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html,
 *   and the 存储 guide https://developers.weixin.qq.com/miniprogram/dev/framework/ability/storage.html:
 *   "同一个微信用户，同一个小程序 storage 上限为 10MB"). Exported as KEY_LIMIT_BYTES and
 *   TOTAL_LIMIT_BYTES. A write that would break either is refused and changes nothing.
 * - How size is counted: not documented. Stricter reading, chosen here: a key costs the UTF-8
 *   bytes of its name plus the UTF-8 bytes of JSON.stringify(data) (a string value is counted
 *   with its quotes and escapes, so `"` costs 2 bytes and a CJK character 3). 1 MB = 1,048,576 B.
 *   The per-key limit applies on phones; a DevTools user reports that the simulator lets one key
 *   hold 10 MB while "真机只能存1M" (https://github.com/jin-yufeng/MpLocalDB/issues/2), so the fake
 *   enforces the phone's 1 MB.
 * - How a refusal is reported: the Sync form throws, the async form calls `fail` (then
 *   `complete`) with `{ errMsg }`, or rejects its Promise when no callback was given (Promise
 *   style is documented for the async storage APIs). The text WeChat uses for a full storage is
 *   "setStorageSync:fail exceed storage max size 10Mb", thrown as an Error on a real device
 *   (https://github.com/tensorflow/tfjs-wechat/issues/52: "Error: APP-SERVICE-SDK:setStorageSync:
 *   fail exceed storage max size 10Mb"). The text for one key over 1 MB is not documented; the
 *   other mini-program runtimes that copy WeChat's storage API use "exceed storage item max
 *   length" next to the same "exceed storage max size 10Mb", so the fake uses that. App code must
 *   treat any throw / fail as "not saved" and never match these texts.
 * - getStorageSync of a missing key returns '' (not undefined); the async getStorage of a missing
 *   key fails with "getStorage:fail data not found".
 * - getStorageInfo(Sync): `{ keys, currentSize, limitSize }`, sizes in KB
 *   (https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.getStorageInfo.html);
 *   currentSize is rounded up, limitSize is 10240.
 * - Values are copied in and out (JSON round trip), as WeChat persists them.
 *
 * Faults for tests: `inject.read(key)` / `inject.write(key, op)` may return an errMsg reason to
 * make that call fail the WeChat way (e.g. WeChat's real "write DB data fail"), or throw to model
 * the process dying there. Nothing is injected unless a test asks.
 *
 * API
 *   const fake = createWxStorage({ data?: Map, inject?, defer? });
 *   fake.api.setStorageSync(key, data) ... // the wx methods the app and Taro call
 *   fake.data                              // the stored values (share the Map to "relaunch")
 *   fake.usedBytes(), fake.sizeOf(key)     // as counted against the limits
 *   wxRawStorage(fake)                     // RawStorage (src/platform/storage.ts) for store tests
 *
 * Self-contained on purpose (no imports from the app or other test support), so the rules-table
 * wx fake can import it as its storage rule.
 */

/** One key may hold at most this many bytes (1 MB). */
export const KEY_LIMIT_BYTES = 1024 * 1024;
/** All keys together may hold at most this many bytes (10 MB). */
export const TOTAL_LIMIT_BYTES = 10 * 1024 * 1024;
/** What getStorageInfo reports as limitSize (KB). */
export const LIMIT_SIZE_KB = TOTAL_LIMIT_BYTES / 1024;

/** The errMsg reasons this fake uses (after "<api>:fail "). */
export const STORAGE_FAIL = {
  total: 'exceed storage max size 10Mb',
  key: 'exceed storage item max length',
  notFound: 'data not found',
  badKey: 'parameter error: parameter.key should be String',
} as const;

type Callbacks = {
  success?: (res: any) => void;
  fail?: (res: { errMsg: string }) => void;
  complete?: (res: any) => void;
};

export interface WxStorageFaults {
  /** Return an errMsg reason to fail this read; throw to "crash" there. */
  read?(key: string): string | null | undefined;
  /** Return an errMsg reason to fail this write/remove/clear; throw to "crash" there. */
  write?(key: string | null, op: 'set' | 'remove' | 'clear'): string | null | undefined;
}

export interface WxStorageOptions {
  /** Backing values (as WeChat would return them); pass the same Map to model a relaunch. */
  data?: Map<string, unknown>;
  inject?: WxStorageFaults;
  /** How async callbacks are delivered (default: a later macrotask, as from the native side). */
  defer?: (fn: () => void) => void;
  /** Overrides for tests that need a smaller space; default WeChat's documented limits. */
  limits?: { keyBytes?: number; totalBytes?: number };
}

/** An Error carrying WeChat's errMsg, as the Sync APIs throw it. */
export class WxStorageError extends Error {
  readonly errMsg: string;
  constructor(errMsg: string) {
    super(errMsg);
    this.name = 'WxStorageError';
    this.errMsg = errMsg;
  }
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a key costs: its name plus JSON.stringify of its value, both as UTF-8. */
export function storedBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value ?? null) ?? 'null');
}

const copy = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

export function createWxStorage(options: WxStorageOptions = {}) {
  const data = options.data ?? new Map<string, unknown>();
  const inject = options.inject ?? {};
  // Read at each call, so a test may pass getters that change mid-test.
  const keyLimit = () => options.limits?.keyBytes ?? KEY_LIMIT_BYTES;
  const totalLimit = () => options.limits?.totalBytes ?? TOTAL_LIMIT_BYTES;
  const defer = options.defer ?? ((fn: () => void) => void setTimeout(fn, 0));

  // Sizes are cached per key and recomputed when the stored value changed (tests may also seed
  // `data` directly, so the cache is checked against the value itself).
  const sizes = new Map<string, { value: unknown; bytes: number }>();
  const sizeOf = (key: string) => {
    if (!data.has(key)) return 0;
    const value = data.get(key);
    const cached = sizes.get(key);
    if (cached && cached.value === value) return cached.bytes;
    const bytes = storedBytes(key, value);
    sizes.set(key, { value, bytes });
    return bytes;
  };
  const usedBytes = () => [...data.keys()].reduce((sum, key) => sum + sizeOf(key), 0);

  const fail = (api: string, reason: string): never => {
    throw new WxStorageError(`${api}:fail ${reason}`);
  };
  const checkKey = (api: string, key: unknown) => {
    if (typeof key !== 'string' || key === '') fail(api, STORAGE_FAIL.badKey);
  };

  function set(api: string, key: string, value: unknown) {
    checkKey(api, key);
    const injected = inject.write?.(key, 'set');
    if (injected) fail(api, injected);
    const bytes = storedBytes(key, value);
    if (bytes > keyLimit()) fail(api, STORAGE_FAIL.key);
    if (usedBytes() - sizeOf(key) + bytes > totalLimit()) fail(api, STORAGE_FAIL.total);
    data.set(key, copy(value));
  }
  function get(api: string, key: string): unknown {
    checkKey(api, key);
    const injected = inject.read?.(key);
    if (injected) fail(api, injected);
    return data.has(key) ? copy(data.get(key)) : '';
  }
  function remove(api: string, key: string) {
    checkKey(api, key);
    const injected = inject.write?.(key, 'remove');
    if (injected) fail(api, injected);
    data.delete(key);
  }
  function clear(api: string) {
    const injected = inject.write?.(null, 'clear');
    if (injected) fail(api, injected);
    data.clear();
  }
  const info = () => ({
    keys: [...data.keys()],
    currentSize: Math.ceil(usedBytes() / 1024),
    limitSize: Math.floor(totalLimit() / 1024),
  });

  /** The async form: callbacks on a later turn, or a Promise when none was given. */
  function async<T>(api: string, o: Callbacks | undefined, work: () => T): Promise<any> | undefined {
    const options = o ?? {};
    const promised = !(options.success || options.fail || options.complete);
    let outcome: { ok: true; res: any } | { ok: false; res: { errMsg: string } };
    try {
      const value = work();
      outcome = { ok: true, res: { errMsg: `${api}:ok`, ...(value as object) } };
    } catch (error) {
      if (!(error instanceof WxStorageError)) throw error;
      outcome = { ok: false, res: { errMsg: error.errMsg } };
    }
    let settle: ((o: typeof outcome) => void) | null = null;
    const promise = promised
      ? new Promise((resolve, reject) => {
          settle = (o) => (o.ok ? resolve(o.res) : reject(o.res));
        })
      : undefined;
    defer(() => {
      if (outcome.ok) options.success?.(outcome.res);
      else options.fail?.(outcome.res);
      options.complete?.(outcome.res);
      (settle as ((o: typeof outcome) => void) | null)?.(outcome);
    });
    return promise;
  }

  const api = {
    setStorageSync: (key: string, value: unknown) => set('setStorageSync', key, value),
    getStorageSync: (key: string) => get('getStorageSync', key),
    removeStorageSync: (key: string) => remove('removeStorageSync', key),
    clearStorageSync: () => clear('clearStorageSync'),
    getStorageInfoSync: () => info(),
    setStorage: (o: Callbacks & { key: string; data: unknown }) =>
      async('setStorage', o, () => {
        set('setStorage', o.key, o.data);
        return {};
      }),
    getStorage: (o: Callbacks & { key: string }) =>
      async('getStorage', o, () => {
        checkKey('getStorage', o.key);
        if (!data.has(o.key)) fail('getStorage', STORAGE_FAIL.notFound);
        return { data: get('getStorage', o.key) };
      }),
    removeStorage: (o: Callbacks & { key: string }) =>
      async('removeStorage', o, () => {
        remove('removeStorage', o.key);
        return {};
      }),
    clearStorage: (o?: Callbacks) =>
      async('clearStorage', o, () => {
        clear('clearStorage');
        return {};
      }),
    getStorageInfo: (o?: Callbacks) => async('getStorageInfo', o, () => info()),
  };

  return {
    api,
    data,
    usedBytes,
    sizeOf,
    limits: () => ({ keyBytes: keyLimit(), totalBytes: totalLimit() }),
  };
}

export type WxStorageFake = ReturnType<typeof createWxStorage>;

/** Structurally the app's RawStorage (src/platform/storage.ts), kept local so this file imports nothing. */
export interface RawStorageLike {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
  clear(): void;
  info(): { usedKB: number; limitKB: number } | null;
}

/**
 * The app's RawStorage over the fake, the way src/platform/storage.ts adapts Taro's storage:
 * '' (missing) becomes null, a non-string value is handed back as JSON, and refusals throw.
 */
export function wxRawStorage(fake: WxStorageFake): RawStorageLike {
  return {
    get(key) {
      const value = fake.api.getStorageSync(key);
      if (value === '' || value === undefined || value === null) return null;
      return typeof value === 'string' ? value : JSON.stringify(value);
    },
    set: (key, value) => fake.api.setStorageSync(key, value),
    remove: (key) => fake.api.removeStorageSync(key),
    keys: () => fake.api.getStorageInfoSync().keys,
    clear: () => fake.api.clearStorageSync(),
    info: () => {
      const res = fake.api.getStorageInfoSync();
      return { usedKB: res.currentSize, limitKB: res.limitSize };
    },
  };
}
