import Taro from '@tarojs/taro';

/**
 * A text file the user sends off the phone on purpose (the raw-data export). weapp: written under
 * `${wx.env.USER_DATA_PATH}/exports/` and sent with wx.shareFileMessage, which WeChat allows only
 * from a tap ("限制：仅在点击行为时调用", base library 2.16.1+:
 * https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html). So the
 * file is prepared first, and a second tap calls sendExportFile, whose first act is the
 * shareFileMessage call: nothing is awaited before it. The browser build downloads instead
 * (export-file.h5.ts). Same exports in both files.
 */

export interface PreparedExport {
  /** Local path (weapp) or object URL (browser). */
  path: string;
  name: string;
}

export type ExportSendResult = 'sent' | 'cancelled' | 'failed';

/** What the send button does here: send to a chat (weapp) or download (browser). */
export const EXPORT_SENDS_TO_CHAT = true;

interface WxFs {
  mkdir(o: object): void;
  writeFile(o: object): void;
  readdir(o: object): void;
  unlink(o: object): void;
}

const fsManager = () => Taro.getFileSystemManager() as unknown as WxFs;

function userDataPath(): string {
  const env = (Taro as unknown as { env?: { USER_DATA_PATH?: string } }).env;
  return env?.USER_DATA_PATH || 'wxfile://usr';
}

/** The folder export files are written to (erase everything removes it with the rest). */
export function exportDir(): string {
  return `${userDataPath()}/exports`;
}

function call<T = unknown>(method: keyof WxFs, options: object): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      fsManager()[method]({
        ...options,
        success: (res: T) => resolve(res),
        fail: (err: { errMsg?: string }) => reject(new Error(err?.errMsg || `${method} failed`)),
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** Deletes every earlier export file; only the newest export is ever on the phone. */
export async function removeExportFiles(): Promise<void> {
  let files: string[] = [];
  try {
    files = (await call<{ files?: string[] }>('readdir', { dirPath: exportDir() })).files ?? [];
  } catch {
    return;
  }
  for (const file of files) await call('unlink', { filePath: `${exportDir()}/${file}` }).catch(() => undefined);
}

/** Writes `text` to a file named `name` (UTF-8); rejects when the file system refuses. */
export async function prepareExportFile(name: string, text: string): Promise<PreparedExport> {
  await removeExportFiles();
  await call('mkdir', { dirPath: exportDir(), recursive: true }).catch(() => undefined);
  const path = `${exportDir()}/${name}`;
  await call('writeFile', { filePath: path, data: text, encoding: 'utf8' });
  return { path, name };
}

/**
 * Sends the prepared file to a chat. Call it directly in the tap handler: shareFileMessage is its
 * first statement, so it runs in the tap's turn as WeChat requires.
 */
export function sendExportFile(file: PreparedExport): Promise<ExportSendResult> {
  let sending: Promise<unknown>;
  try {
    sending = Taro.shareFileMessage({ filePath: file.path, fileName: file.name }) as Promise<unknown>;
  } catch {
    return Promise.resolve('failed');
  }
  return Promise.resolve(sending).then(
    () => 'sent' as const,
    (error: { errMsg?: string }) => (/cancel/i.test(String(error?.errMsg ?? error)) ? 'cancelled' : 'failed'),
  );
}
