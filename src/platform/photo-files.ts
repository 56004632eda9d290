import Taro from '@tarojs/taro';

/**
 * Where photo files live on the phone. weapp: files under `${wx.env.USER_DATA_PATH}/photos/`
 * (temp files vanish, and key-value storage caps at 10 MB, so image data never goes there).
 * The browser build has its own implementation over IndexedDB (photo-files.h5.ts).
 */

/**
 * The browser build's photo, a DOM Blob (photo-files.h5.ts). This file is the weapp twin and
 * compiles without the DOM library (tsconfig.weapp.json), so shared code sees only what it reads
 * of one: its MIME type.
 */
export interface BrowserPhoto {
  readonly type: string;
}

/** An image as this platform hands it around: a file path on weapp, a Blob in the browser. */
export type PhotoData = string | BrowserPhoto;

/** The file operations the photo vault needs; keys are plain names like `ph-abc-license-1.jpg`. */
export interface PhotoFileStore {
  /** Copies `data` into the app's own storage under `key` (overwrites). Rejects on failure. */
  put(key: string, data: PhotoData): Promise<void>;
  has(key: string): Promise<boolean>;
  /** Removes the file; a file that is already gone is not an error. */
  remove(key: string): Promise<void>;
  /** Every key this store holds. */
  keys(): Promise<string[]>;
  /** Deletes every file this store ever wrote. */
  clear(): Promise<void>;
  /** The file for decoding or display (a path on weapp, a Blob on H5), or null when it is gone. */
  read(key: string): Promise<PhotoData | null>;
}

/** A displayable URL for `data`; call release() when the image is no longer shown. */
export function displayUrlFor(data: PhotoData): { url: string; release(): void } {
  return { url: typeof data === 'string' ? data : '', release: () => undefined };
}

const KEY_PATTERN = /^[A-Za-z0-9._-]{1,120}$/;

interface FsError {
  errMsg?: string;
}

interface WxFs {
  access(o: object): void;
  mkdir(o: object): void;
  copyFile(o: object): void;
  unlink(o: object): void;
  readdir(o: object): void;
  rmdir(o: object): void;
}

function fsManager(): WxFs {
  return Taro.getFileSystemManager() as unknown as WxFs;
}

function userDataPath(): string {
  const env = (Taro as unknown as { env?: { USER_DATA_PATH?: string } }).env;
  const fromWx = (globalThis as unknown as { wx?: { env?: { USER_DATA_PATH?: string } } }).wx?.env;
  return env?.USER_DATA_PATH || fromWx?.USER_DATA_PATH || 'wxfile://usr';
}

/** The folder every photo file lives in; nothing else of ours is written under USER_DATA_PATH. */
function photoDir(): string {
  return `${userDataPath()}/photos`;
}

function pathOf(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`bad photo key ${key}`);
  return `${photoDir()}/${key}`;
}

/** Calls a callback-style FileSystemManager method as a promise. */
function call<T = unknown>(method: keyof WxFs, options: object): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      fsManager()[method]({
        ...options,
        success: (res: T) => resolve(res),
        fail: (err: FsError) => reject(new Error(err?.errMsg || `${method} failed`)),
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

const isMissing = (error: unknown) => /no such file|not exist|ENOENT/i.test(String((error as Error)?.message ?? error));

async function ensureDir(): Promise<void> {
  try {
    await call('access', { path: photoDir() });
  } catch {
    try {
      await call('mkdir', { dirPath: photoDir(), recursive: true });
    } catch (error) {
      if (!/exist/i.test(String((error as Error).message))) throw error;
    }
  }
}

export const photoFileStore: PhotoFileStore = {
  async put(key, data) {
    if (typeof data !== 'string') throw new Error('weapp photos are file paths');
    await ensureDir();
    await call('copyFile', { srcPath: data, destPath: pathOf(key) });
  },
  async has(key) {
    try {
      await call('access', { path: pathOf(key) });
      return true;
    } catch {
      return false;
    }
  },
  async remove(key) {
    try {
      await call('unlink', { filePath: pathOf(key) });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  },
  async keys() {
    try {
      const res = await call<{ files?: string[] }>('readdir', { dirPath: photoDir() });
      return (res.files ?? []).filter((name) => KEY_PATTERN.test(name));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  },
  async clear() {
    try {
      await call('rmdir', { dirPath: photoDir(), recursive: true });
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  },
  async read(key) {
    return (await this.has(key)) ? pathOf(key) : null;
  },
};
