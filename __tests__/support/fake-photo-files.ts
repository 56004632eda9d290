/**
 * Photo files in a Map, behind the app's PhotoFileStore interface, for store and fault tests.
 * `inject(op, key)` may return a message to fail that operation (a disk error) or throw to
 * model the process dying there; `gate` lets a test hold an operation open.
 */
import type { PhotoData, PhotoFileStore } from '@/platform/photo-files';

export type FileOp = 'put' | 'has' | 'remove' | 'keys' | 'clear' | 'read';

export class MapPhotoFiles implements PhotoFileStore {
  inject: ((op: FileOp, key: string | null) => string | null | undefined) | null = null;
  /** Awaited before an operation touches the map (after the fault check). */
  gate: ((op: FileOp, key: string | null) => Promise<void> | void) | null = null;

  constructor(public files: Map<string, PhotoData> = new Map()) {}

  private async step(op: FileOp, key: string | null) {
    const failure = this.inject?.(op, key);
    if (failure) throw new Error(failure);
    await this.gate?.(op, key);
  }
  async put(key: string, data: PhotoData) {
    await this.step('put', key);
    this.files.set(key, data);
  }
  async has(key: string) {
    await this.step('has', key);
    return this.files.has(key);
  }
  async remove(key: string) {
    await this.step('remove', key);
    this.files.delete(key);
  }
  async keys() {
    await this.step('keys', null);
    return [...this.files.keys()];
  }
  async clear() {
    await this.step('clear', null);
    this.files.clear();
  }
  async read(key: string) {
    await this.step('read', key);
    return this.files.get(key) ?? null;
  }
}
