/**
 * Keeping photo files and the store's references to them consistent, across crashes.
 *
 * Order is the whole trick:
 * - save: write the file (and its thumbnail) first, the reference second, and only then remove
 *   the file the old reference named. A crash at any point leaves either the old reference (its
 *   file untouched) or the new one (its file complete), plus at most an unnamed file.
 * - delete: drop the reference first, the file second. A crash leaves at most an unnamed file.
 * - sweep (at start, only after a clean launch): list the files first, read the references
 *   after, and remove only files no reference names that are older than SWEEP_GRACE_MS. Listing
 *   first means a save finishing during the listing is seen by the reference read; the grace
 *   period covers a save still running elsewhere and a phone clock moved back.
 * So a reference never names a file we have not finished writing; a file vanishing behind our
 * back (the user cleared WeChat's storage) is reported by `missingFiles` as "photo missing".
 *
 * Platform-free: the file store and the reference book are injected, so this runs in node tests.
 */
import type { PhotoRef } from '@/domain/filing-record';
import type { PhotoSlotId } from '@/domain/materials';
import { photoFileNamesIn, photoFileTime } from '@/domain/photo-file-names';
import type { PhotoData, PhotoFileStore } from '@/platform/photo-files';

/** Where references live (the store, in the app). */
export interface PhotoRefBook {
  getRef(filingId: string, slot: PhotoSlotId): PhotoRef | undefined;
  /** Must throw when the reference could not be recorded. */
  setRef(filingId: string, slot: PhotoSlotId, ref: PhotoRef | null): void;
  /** Every file name any reference names (all filings). */
  referencedFiles(): string[];
  /** False while references cannot be trusted (e.g. stored data unreadable): no sweep then. */
  canSweep?(): boolean;
}

export interface NewPhoto {
  filingId: string;
  slot: PhotoSlotId;
  data: PhotoData;
  /** Small JPEG for lists; optional (a missing thumbnail is regenerated from the original). */
  thumbnail?: PhotoData | null;
  /** File name extension of the original, e.g. 'jpg' or 'png'. */
  ext: string;
  width: number;
  height: number;
  problems: string[];
  sharpness: number;
  now: number;
}

const THUMB_SUFFIX = '.thumb.jpg';

/** The thumbnail's key for a photo file. */
export function thumbKeyFor(file: string): string {
  return `${file}${THUMB_SUFFIX}`;
}

/** A new file name: unique per filing, slot and time; only characters every file system takes. */
export function newPhotoKey(filingId: string, slot: PhotoSlotId, now: number, ext: string): string {
  const safeId = filingId.replace(/[^A-Za-z0-9]/g, '').slice(0, 24) || 'x';
  const safeExt = /^[a-z0-9]{1,5}$/i.test(ext) ? ext.toLowerCase() : 'jpg';
  return `ph-${safeId}-${slot}-${Math.max(0, Math.floor(now)).toString(36)}.${safeExt}`;
}

/** Keys that look like ours, found in any text (used on records the store could not read). */
export const photoKeysIn = photoFileNamesIn;

/** An unnamed file is removed only once it is this old (by the time in its name). */
export const SWEEP_GRACE_MS = 60 * 60_000;

export interface PhotoVaultOptions {
  now?: () => number;
  graceMs?: number;
}

export interface PhotoVault {
  save(photo: NewPhoto): Promise<PhotoRef>;
  /** Drops the slot's reference, then its files. */
  remove(filingId: string, slot: PhotoSlotId): Promise<void>;
  /** Deletes the files of these references (the caller removes the references/record). */
  removeFiles(refs: PhotoRef[]): Promise<void>;
  /** Removes every file no reference names; returns what it removed. */
  sweep(): Promise<string[]>;
  /** The subset of `files` whose file is gone. */
  missingFiles(files: string[]): Promise<Set<string>>;
}

async function quietly(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch {
    // Best effort: what is left behind is unnamed and the next sweep removes it.
  }
}

export function createPhotoVault(
  files: PhotoFileStore,
  book: PhotoRefBook,
  { now = () => Date.now(), graceMs = SWEEP_GRACE_MS }: PhotoVaultOptions = {},
): PhotoVault {
  /** Files being written right now: a sweep running meanwhile must not take them. */
  const pending = new Set<string>();

  const removeFiles = async (refs: PhotoRef[]) => {
    for (const ref of refs) {
      await quietly(() => files.remove(ref.file));
      await quietly(() => files.remove(thumbKeyFor(ref.file)));
    }
  };

  return {
    async save(photo) {
      const key = newPhotoKey(photo.filingId, photo.slot, photo.now, photo.ext);
      const thumbKey = thumbKeyFor(key);
      pending.add(key);
      pending.add(thumbKey);
      try {
        await files.put(key, photo.data);
        if (photo.thumbnail) {
          const thumbnail = photo.thumbnail;
          await quietly(() => files.put(thumbKey, thumbnail));
        }
        const previous = book.getRef(photo.filingId, photo.slot);
        const ref: PhotoRef = {
          file: key,
          width: photo.width,
          height: photo.height,
          takenAt: photo.now,
          problems: [...photo.problems],
          sharpness: photo.sharpness,
        };
        book.setRef(photo.filingId, photo.slot, ref);
        if (previous && previous.file !== key) await removeFiles([previous]);
        return ref;
      } catch (error) {
        const current = book.getRef(photo.filingId, photo.slot);
        if (current?.file !== key) {
          await quietly(() => files.remove(key));
          await quietly(() => files.remove(thumbKey));
        }
        throw error;
      } finally {
        pending.delete(key);
        pending.delete(thumbKey);
      }
    },
    async remove(filingId, slot) {
      const ref = book.getRef(filingId, slot);
      if (!ref) return;
      book.setRef(filingId, slot, null);
      await removeFiles([ref]);
    },
    removeFiles,
    async sweep() {
      if (book.canSweep && !book.canSweep()) return [];
      // Files first, references after: a save that completes meanwhile is in the references.
      const listed = await files.keys();
      if (book.canSweep && !book.canSweep()) return [];
      const keep = new Set<string>();
      for (const file of book.referencedFiles()) {
        keep.add(file);
        keep.add(thumbKeyFor(file));
      }
      const removed: string[] = [];
      const cutoff = now() - graceMs;
      for (const key of listed) {
        if (keep.has(key) || pending.has(key)) continue;
        const madeAt = photoFileTime(key);
        // A name not of our form, or one made within the grace period, is left alone.
        if (madeAt === null || madeAt > cutoff) continue;
        try {
          await files.remove(key);
          removed.push(key);
        } catch {
          // Tried again at the next sweep.
        }
      }
      return removed;
    },
    async missingFiles(names) {
      const missing = new Set<string>();
      for (const name of names) {
        let present = false;
        try {
          present = await files.has(name);
        } catch {
          // Unknown is not missing: a failing store must not ask the user to retake everything.
          present = true;
        }
        if (!present) missing.add(name);
      }
      return missing;
    },
  };
}
