/**
 * Crash consistency of the photo save sequence (issue 4): a fake file system that fails, or
 * "crashes" (the process dies: nothing after that point runs), at each step in turn. Afterwards
 * a restart sweeps, and the invariants are checked: no reference names a missing file, and no
 * file is left that no reference names.
 */
import type { PhotoRef } from '@/domain/filing-record';
import type { PhotoSlotId } from '@/domain/materials';
import type { PhotoData, PhotoFileStore } from '@/platform/photo-files';
import {
  createPhotoVault,
  newPhotoKey,
  photoKeysIn,
  thumbKeyFor,
  type NewPhoto,
  type PhotoRefBook,
} from '@/features/photos/photo-vault';

class Crash extends Error {}

type Mode = 'fail' | 'crash';

/** Files in a Map; operation number `failAt` (1-based) fails or kills the "process". */
class FakeFiles implements PhotoFileStore {
  files = new Map<string, PhotoData>();
  ops: string[] = [];
  dead = false;
  constructor(
    private failAt = Infinity,
    private mode: Mode = 'fail',
  ) {}
  private step(op: string) {
    if (this.dead) throw new Crash('process is gone');
    this.ops.push(op);
    if (this.ops.length === this.failAt) {
      if (this.mode === 'crash') {
        this.dead = true;
        throw new Crash(`crash at ${op}`);
      }
      throw new Error(`disk error at ${op}`);
    }
  }
  async put(key: string, data: PhotoData) {
    this.step(`put ${key}`);
    this.files.set(key, data);
  }
  async has(key: string) {
    this.step(`has ${key}`);
    return this.files.has(key);
  }
  async remove(key: string) {
    this.step(`remove ${key}`);
    this.files.delete(key);
  }
  async keys() {
    this.step('keys');
    return [...this.files.keys()];
  }
  async clear() {
    this.step('clear');
    this.files.clear();
  }
  async read(key: string) {
    this.step(`read ${key}`);
    return this.files.get(key) ?? null;
  }
  /** The same disk after a restart: fails nothing. */
  restarted(): FakeFiles {
    const next = new FakeFiles();
    next.files = new Map(this.files);
    return next;
  }
}

/** References as the store keeps them (persisted synchronously); `failSetAt` fails/crashes the nth write. */
class FakeBook implements PhotoRefBook {
  refs = new Map<string, PhotoRef>();
  writes = 0;
  constructor(
    private fs: FakeFiles,
    private failSetAt = Infinity,
    private mode: Mode = 'fail',
  ) {}
  private k(id: string, slot: PhotoSlotId) {
    return `${id}/${slot}`;
  }
  getRef(id: string, slot: PhotoSlotId) {
    return this.refs.get(this.k(id, slot));
  }
  setRef(id: string, slot: PhotoSlotId, ref: PhotoRef | null) {
    if (this.fs.dead) throw new Crash('process is gone');
    this.writes += 1;
    if (this.writes === this.failSetAt) {
      if (this.mode === 'crash') this.fs.dead = true;
      throw this.mode === 'crash' ? new Crash('crash at setRef') : new Error('storage full');
    }
    if (ref) this.refs.set(this.k(id, slot), ref);
    else this.refs.delete(this.k(id, slot));
  }
  referencedFiles() {
    return [...this.refs.values()].map((r) => r.file);
  }
  /** The persisted references survive a restart; the disk is the restarted one. */
  restarted(fs: FakeFiles): FakeBook {
    const next = new FakeBook(fs);
    next.refs = new Map(this.refs);
    return next;
  }
}

const photo = (slot: PhotoSlotId, now: number, data = `pixels-${now}`): NewPhoto => ({
  filingId: 'F1',
  slot,
  data,
  thumbnail: `thumb-${now}`,
  ext: 'jpg',
  width: 4000,
  height: 3000,
  problems: [],
  sharpness: 120,
  now,
});

/** Restart, sweep, and check both invariants; returns the state after the sweep. */
async function restartAndCheck(fs: FakeFiles, book: FakeBook) {
  const disk = fs.restarted();
  const refs = book.restarted(disk);
  const vault = createPhotoVault(disk, refs);
  await vault.sweep();
  // Invariant 1: every reference names a file that exists.
  for (const ref of refs.refs.values()) expect(disk.files.has(ref.file)).toBe(true);
  // Invariant 2: every file is named by a reference (directly, or as its thumbnail).
  const named = new Set(refs.referencedFiles().flatMap((f) => [f, thumbKeyFor(f)]));
  for (const key of disk.files.keys()) expect(named.has(key)).toBe(true);
  expect(await vault.missingFiles(refs.referencedFiles())).toEqual(new Set());
  return { disk, refs };
}

/** A history: replace an existing photo of a slot, then delete another slot's photo. */
async function history(fs: FakeFiles, book: FakeBook) {
  const vault = createPhotoVault(fs, book);
  await vault.save(photo('business-license', 1000));
  await vault.save(photo('legal-rep-id-front', 2000));
  await vault.save(photo('business-license', 3000)); // replaces the first
  await vault.remove('F1', 'legal-rep-id-front');
}

async function countSteps(): Promise<{ fsOps: number; refWrites: number }> {
  const fs = new FakeFiles();
  const book = new FakeBook(fs);
  await history(fs, book);
  return { fsOps: fs.ops.length, refWrites: book.writes };
}

test('a clean run ends with one photo, its thumbnail, and nothing else', async () => {
  const fs = new FakeFiles();
  const book = new FakeBook(fs);
  await history(fs, book);
  const license = book.getRef('F1', 'business-license');
  expect(license?.takenAt).toBe(3000);
  expect([...fs.files.keys()].sort()).toEqual([license!.file, thumbKeyFor(license!.file)].sort());
  expect(book.getRef('F1', 'legal-rep-id-front')).toBeUndefined();
});

describe.each<Mode>(['fail', 'crash'])('file system %s at each step in turn', (mode) => {
  test('no reference to a missing file survives, and orphans are swept', async () => {
    const { fsOps } = await countSteps();
    expect(fsOps).toBeGreaterThan(8);
    for (let failAt = 1; failAt <= fsOps; failAt++) {
      const fs = new FakeFiles(failAt, mode);
      const book = new FakeBook(fs);
      await history(fs, book).catch(() => undefined);
      // Before any restart, references already name only complete files.
      for (const ref of book.refs.values()) expect(fs.files.has(ref.file)).toBe(true);
      await restartAndCheck(fs, book);
    }
  });

  test('reference writes that fail leave no reference to a missing file', async () => {
    const { refWrites } = await countSteps();
    for (let failSetAt = 1; failSetAt <= refWrites; failSetAt++) {
      const fs = new FakeFiles();
      const book = new FakeBook(fs, failSetAt, mode);
      await history(fs, book).catch(() => undefined);
      for (const ref of book.refs.values()) expect(fs.files.has(ref.file)).toBe(true);
      await restartAndCheck(fs, book);
    }
  });
});

test('a save that fails to write the file keeps the previous photo intact', async () => {
  const fs = new FakeFiles();
  const book = new FakeBook(fs);
  const vault = createPhotoVault(fs, book);
  const first = await vault.save(photo('business-license', 1000));
  const failing = new FakeFiles(1, 'fail');
  failing.files = fs.files;
  const vault2 = createPhotoVault(failing, new FakeBook(failing));
  await expect(vault2.save({ ...photo('business-license', 2000) })).rejects.toThrow('disk error');
  expect(fs.files.has(first.file)).toBe(true);
});

test('a file that vanished behind our back is reported missing (shown as "photo missing, retake")', async () => {
  const fs = new FakeFiles();
  const book = new FakeBook(fs);
  const vault = createPhotoVault(fs, book);
  const ref = await vault.save(photo('legal-rep-id-back', 1000));
  fs.files.delete(ref.file);
  expect(await vault.missingFiles([ref.file])).toEqual(new Set([ref.file]));
  // The sweep leaves the reference alone: the user decides (retake or delete).
  await vault.sweep();
  expect(book.getRef('F1', 'legal-rep-id-back')).toEqual(ref);
});

test('a sweep running during a save does not take the file being saved', async () => {
  const fs = new FakeFiles();
  const book = new FakeBook(fs);
  const vault = createPhotoVault(fs, book);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const originalPut = fs.put.bind(fs);
  fs.put = async (key, data) => {
    await originalPut(key, data);
    if (!key.endsWith('.thumb.jpg')) await gate;
  };
  const saving = vault.save(photo('business-license', 5000));
  await new Promise((r) => setTimeout(r, 0));
  expect(await vault.sweep()).toEqual([]);
  release();
  const ref = await saving;
  expect(fs.files.has(ref.file)).toBe(true);
});

test('no sweep while references cannot be trusted', async () => {
  const fs = new FakeFiles();
  fs.files.set('ph-F1-business-license-1.jpg', 'x');
  const book = new FakeBook(fs);
  const vault = createPhotoVault(fs, Object.assign(book, { canSweep: () => false }));
  expect(await vault.sweep()).toEqual([]);
  expect(fs.files.size).toBe(1);
});

test('keys are file-system safe and found again in raw stored text', () => {
  const key = newPhotoKey('Ab-3/..', 'person-in-charge-id-front', 1_700_000_000_000, 'PNG');
  expect(key).toMatch(/^[A-Za-z0-9._-]+$/);
  expect(key.endsWith('.png')).toBe(true);
  expect(photoKeysIn(JSON.stringify({ photos: { x: { file: key } } }))).toEqual([key]);
  expect(newPhotoKey('F', 'business-license', 1, '../x')).toMatch(/\.jpg$/);
});
