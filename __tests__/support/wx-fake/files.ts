/**
 * The phone's files as the fake keeps them: content markers by path (temp files and
 * USER_DATA_PATH alike), optional sizes, image metadata, and directories. The FileSystemManager
 * built on it enforces rules files-quota and files-missing.
 */
import { USER_FILES_MAX_BYTES, filesFullErrMsg } from './rules';
import type { StoredImage } from './images';

export const USER_DATA_PATH = 'wxfile://usr';

type Callbacks = { success?: (r: any) => void; fail?: (e: { errMsg: string }) => void; complete?: (r: any) => void };

class WxFsError extends Error {}

export class FakeFiles {
  /** Content by path (a test marker such as 'photo:sharp:1600x1200', or the data written). */
  readonly content = new Map<string, string>();
  /** Sizes that differ from the content's length (big photos, base64 writes). */
  readonly sizes = new Map<string, number>();
  readonly images = new Map<string, StoredImage>();
  readonly dirs = new Set<string>([USER_DATA_PATH]);
  quotaBytes = USER_FILES_MAX_BYTES;

  constructor(private readonly decodeWritten: (base64Head: string) => StoredImage | null) {}

  has(path: string): boolean {
    return this.content.has(path);
  }

  isDir(path: string): boolean {
    const p = path.replace(/\/$/, '');
    if (this.dirs.has(p)) return true;
    const prefix = `${p}/`;
    for (const k of this.content.keys()) if (k.startsWith(prefix)) return true;
    for (const d of this.dirs) if (d.startsWith(prefix)) return true;
    return false;
  }

  sizeOf(path: string): number {
    return this.sizes.get(path) ?? (this.content.get(path) ?? '').length;
  }

  /** Bytes under USER_DATA_PATH (what the 200 MB limit counts). */
  userBytes(): number {
    let sum = 0;
    for (const k of this.content.keys()) if (k.startsWith(`${USER_DATA_PATH}/`)) sum += this.sizeOf(k);
    return sum;
  }

  /** Adds a file (a picked temp photo, say), with its image metadata when it is one. */
  put(path: string, marker: string, options: { size?: number; image?: StoredImage } = {}): void {
    this.content.set(path, marker);
    if (options.size !== undefined) this.sizes.set(path, options.size);
    else this.sizes.delete(path);
    if (options.image) this.images.set(path, options.image);
    else this.images.delete(path);
  }

  remove(path: string): boolean {
    this.sizes.delete(path);
    this.images.delete(path);
    return this.content.delete(path);
  }

  clear(): void {
    this.content.clear();
    this.sizes.clear();
    this.images.clear();
    this.dirs.clear();
    this.dirs.add(USER_DATA_PATH);
  }

  private parentOf(path: string): string {
    return path.slice(0, path.lastIndexOf('/'));
  }

  private checkRoom(api: string, path: string, bytes: number): void {
    if (!path.startsWith(`${USER_DATA_PATH}/`)) return;
    const before = this.content.has(path) ? this.sizeOf(path) : 0;
    if (this.userBytes() - before + bytes > this.quotaBytes) throw new WxFsError(filesFullErrMsg(api));
  }

  private write(api: string, path: string, marker: string, size: number, image: StoredImage | null): void {
    if (!this.isDir(this.parentOf(path))) throw new WxFsError(`${api}:fail no such file or directory, open ${path}`);
    this.checkRoom(api, path, size);
    this.put(path, marker, { size, image: image ?? undefined });
  }

  /** The callback-style FileSystemManager (wx.getFileSystemManager()). */
  manager(deliver: (fn: () => void) => void) {
    const call = (o: Callbacks, api: string, work: () => Record<string, unknown> | void) => {
      let res: Record<string, unknown>;
      let ok = true;
      try {
        res = { errMsg: `${api}:ok`, ...(work() ?? {}) };
      } catch (error) {
        ok = false;
        const message = (error as Error).message;
        res = { errMsg: error instanceof WxFsError ? message : `${api}:fail ${message}` };
      }
      deliver(() => {
        if (ok) o.success?.(res);
        else o.fail?.(res as { errMsg: string });
        o.complete?.(res);
      });
    };
    const missing = (api: string, path: string) => new WxFsError(`${api}:fail no such file or directory ${path}`);
    return {
      access: (o: Callbacks & { path: string }) =>
        call(o, 'access', () => {
          if (!this.has(o.path) && !this.isDir(o.path)) throw missing('access', o.path);
        }),
      mkdir: (o: Callbacks & { dirPath: string; recursive?: boolean }) =>
        call(o, 'mkdir', () => {
          const dir = o.dirPath.replace(/\/$/, '');
          if (this.isDir(dir)) throw new WxFsError(`mkdir:fail file already exists ${dir}`);
          if (!o.recursive && !this.isDir(this.parentOf(dir))) throw missing('mkdir', dir);
          for (let d = dir; d.startsWith(`${USER_DATA_PATH}/`); d = this.parentOf(d)) this.dirs.add(d);
        }),
      copyFile: (o: Callbacks & { srcPath: string; destPath: string }) =>
        call(o, 'copyFile', () => {
          if (!this.has(o.srcPath) || !this.isDir(this.parentOf(o.destPath)))
            throw new WxFsError(`copyFile:fail no such file or directory, copyFile ${o.srcPath} -> ${o.destPath}`);
          this.checkRoom('copyFile', o.destPath, this.sizeOf(o.srcPath));
          this.put(o.destPath, this.content.get(o.srcPath) as string, {
            size: this.sizes.get(o.srcPath),
            image: this.images.get(o.srcPath),
          });
        }),
      writeFile: (o: Callbacks & { filePath: string; data: string; encoding?: string }) =>
        call(o, 'writeFile', () => {
          if (o.encoding === 'base64') {
            const padding = o.data.endsWith('==') ? 2 : o.data.endsWith('=') ? 1 : 0;
            const size = Math.floor((o.data.length * 3) / 4) - padding;
            const image = this.decodeWritten(o.data.slice(0, 96));
            this.write('writeFile', o.filePath, image ? `image:${image.width}x${image.height}` : 'base64', size, image);
          } else {
            this.write('writeFile', o.filePath, o.data, o.data.length, null);
          }
        }),
      unlink: (o: Callbacks & { filePath: string }) =>
        call(o, 'unlink', () => {
          if (!this.remove(o.filePath)) throw missing('unlink', o.filePath);
        }),
      readdir: (o: Callbacks & { dirPath: string }) =>
        call(o, 'readdir', () => {
          if (!this.isDir(o.dirPath)) throw missing('readdir', o.dirPath);
          const prefix = `${o.dirPath.replace(/\/$/, '')}/`;
          const names = new Set<string>();
          for (const k of [...this.content.keys(), ...this.dirs])
            if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0] ?? '');
          return { files: [...names] };
        }),
      rmdir: (o: Callbacks & { dirPath: string; recursive?: boolean }) =>
        call(o, 'rmdir', () => {
          const dir = o.dirPath.replace(/\/$/, '');
          if (!this.isDir(dir)) throw missing('rmdir', dir);
          const prefix = `${dir}/`;
          const inside = [...this.content.keys()].filter((k) => k.startsWith(prefix));
          if (inside.length && !o.recursive) throw new WxFsError(`rmdir:fail directory not empty ${dir}`);
          for (const k of inside) this.remove(k);
          for (const d of [...this.dirs]) if (d === dir || d.startsWith(prefix)) this.dirs.delete(d);
        }),
      getFileInfo: (o: Callbacks & { filePath: string }) =>
        call(o, 'getFileInfo', () => {
          if (!this.has(o.filePath)) throw missing('getFileInfo', o.filePath);
          return { size: this.sizeOf(o.filePath) };
        }),
    };
  }
}
