import type { RawStorage } from '@/platform/storage';

/** In-memory RawStorage for store tests, with switches to make reads or writes fail. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const faults = { readThrows: false, writeThrows: false };
  const storage: RawStorage & { data: Map<string, string>; faults: typeof faults } = {
    data,
    faults,
    get(key) {
      if (faults.readThrows) throw new Error('getStorageSync:fail');
      return data.has(key) ? (data.get(key) as string) : null;
    },
    set(key, value) {
      if (faults.writeThrows) throw new Error('setStorageSync:fail exceed storage max size 10MB');
      data.set(key, value);
    },
    remove(key) {
      data.delete(key);
    },
    keys() {
      return [...data.keys()];
    },
    clear() {
      data.clear();
    },
  };
  return storage;
}
