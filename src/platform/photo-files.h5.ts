/**
 * Browser build: photo files are Blobs in one IndexedDB object store, keyed like the weapp file
 * names. Same exports as photo-files.ts.
 */
export type PhotoData = string | Blob;

export interface PhotoFileStore {
  put(key: string, data: PhotoData): Promise<void>;
  has(key: string): Promise<boolean>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
  clear(): Promise<void>;
  read(key: string): Promise<PhotoData | null>;
}

export const PHOTO_DB_NAME = 'filing-companion-photos';
const STORE = 'files';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(PHOTO_DB_NAME, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab deleting the database (erase everything) must not be blocked by us.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('indexedDB open failed'));
      request.onblocked = () => reject(new Error('indexedDB open blocked'));
    });
    opening.catch(() => {
      opening = null;
    });
  }
  return opening;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    let result: T;
    request.onsuccess = () => {
      result = request.result;
    };
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error ?? request.error ?? new Error('indexedDB failed'));
    tx.onabort = () => reject(tx.error ?? new Error('indexedDB aborted'));
  });
}

export const photoFileStore: PhotoFileStore = {
  async put(key, data) {
    if (typeof data === 'string') throw new Error('browser photos are Blobs');
    await run('readwrite', (s) => s.put(data, key));
  },
  async has(key) {
    const count = await run('readonly', (s) => s.count(key));
    return count > 0;
  },
  async remove(key) {
    await run('readwrite', (s) => s.delete(key));
  },
  async keys() {
    const keys = await run('readonly', (s) => s.getAllKeys());
    return keys.map(String);
  },
  async clear() {
    const db = opening ? await opening.catch(() => null) : null;
    db?.close();
    opening = null;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(PHOTO_DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('indexedDB delete failed'));
      // Blocked means another tab still holds it open; it closes on versionchange, then this completes.
      request.onblocked = () => undefined;
    });
  },
  async read(key) {
    const value = await run<unknown>('readonly', (s) => s.get(key));
    return value instanceof Blob ? value : null;
  },
};

/** An object URL for a Blob (revoke with release()); a string passes through. */
export function displayUrlFor(data: PhotoData): { url: string; release(): void } {
  if (typeof data === 'string') return { url: data, release: () => undefined };
  const url = URL.createObjectURL(data);
  return { url, release: () => URL.revokeObjectURL(url) };
}
