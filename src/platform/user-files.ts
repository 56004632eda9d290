import Taro from '@tarojs/taro';

/**
 * Every file the app keeps under `${wx.env.USER_DATA_PATH}`: the photos folder, share-card PNGs,
 * export files, and anything later features write there. Erase everything removes it all.
 * WeChat's own log folder (miniprogramLog, written by wx.getLogManager) is not ours and stays.
 * The browser build keeps no such files (user-files.h5.ts).
 */

interface WxFs {
  readdir(o: object): void;
  unlink(o: object): void;
  rmdir(o: object): void;
}

const WECHAT_OWNED = new Set(['miniprogramLog']);

function userDataPath(): string {
  const env = (Taro as unknown as { env?: { USER_DATA_PATH?: string } }).env;
  return env?.USER_DATA_PATH || 'wxfile://usr';
}

function call<T = unknown>(method: keyof WxFs, options: object): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      (Taro.getFileSystemManager() as unknown as WxFs)[method]({
        ...options,
        success: (res: T) => resolve(res),
        fail: (err: { errMsg?: string }) => reject(new Error(err?.errMsg || `${method} failed`)),
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** Deletes every file and folder of ours under USER_DATA_PATH; true when none is left. */
export async function eraseUserFiles(): Promise<boolean> {
  let entries: string[];
  try {
    entries = (await call<{ files?: string[] }>('readdir', { dirPath: userDataPath() })).files ?? [];
  } catch (error) {
    return /no such file|not exist|ENOENT/i.test(String((error as Error).message));
  }
  let allGone = true;
  for (const entry of entries) {
    if (WECHAT_OWNED.has(entry)) continue;
    const path = `${userDataPath()}/${entry}`;
    try {
      await call('unlink', { filePath: path });
    } catch {
      // A folder: remove it with everything in it.
      try {
        await call('rmdir', { dirPath: path, recursive: true });
      } catch {
        allGone = false;
      }
    }
  }
  return allGone;
}
