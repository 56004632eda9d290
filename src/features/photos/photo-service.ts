/**
 * The photos feature's work, wired to the real store and platform: capture checks, saving,
 * thumbnails, export, the start-up sweep and deletion. The consistency rules live in
 * photo-vault.ts; this file only connects them.
 */
import type { FilingRecord, PhotoRef } from '@/domain/filing-record';
import type { PhotoSlotId } from '@/domain/materials';
import {
  assessScaledPhoto,
  assessmentThresholds,
  type PhotoAssessment,
  type PhotoKind,
  type RgbaImage,
} from '@/domain/photo-quality';
import { watermarkLayout } from '@/domain/watermark';
import { exportTargetFor, initialExportSize, searchJpegQuality, type JpegSearchResult } from '@/domain/export-plan';
import { photoFileStore, type PhotoData } from '@/platform/photo-files';
import { clearDrawnPhotos, decodePhoto, warmUpPhotoFile, type EncodedJpeg } from '@/platform/photo-pixels';
import { useAppStore } from '@/store';
import { createPhotoVault, thumbKeyFor } from './photo-vault';
import { createStoreRefBook } from './store-ref-book';
import { THUMB_LONG_SIDE } from './slots';

export const photoVault = createPhotoVault(photoFileStore, createStoreRefBook(useAppStore));

let sweptOnce: Promise<string[]> | null = null;

/** Removes files no reference names; runs once per launch (later calls share the first). */
export function sweepPhotoFilesOnce(): Promise<string[]> {
  if (!sweptOnce) sweptOnce = photoVault.sweep().catch(() => []);
  return sweptOnce;
}

/** Deletes every photo file of a filing (call before the filing record is deleted). */
export async function deleteFilingPhotos(filing: FilingRecord): Promise<void> {
  await photoVault.removeFiles(Object.values(filing.photos).filter((p): p is PhotoRef => Boolean(p)));
}

/** Deletes every photo file the app ever wrote (erase everything). */
export async function eraseAllPhotoFiles(): Promise<void> {
  await photoFileStore.clear();
  // Watermarked exports and thumbnails still waiting to be kept, outside the photo folder.
  await clearDrawnPhotos();
  sweptOnce = null;
}

/** A checked photo, not yet kept. */
export interface PhotoCandidate {
  data: PhotoData;
  ext: string;
  width: number;
  height: number;
  assessment: PhotoAssessment;
  thumbnail: PhotoData | null;
  /** A larger thumbnail for the verdict screen (shown at ~240 CSS px). */
  preview: PhotoData | null;
}

/** The verdict screen shows the photo at about 240 CSS px: drawn at no more than twice that. */
export const PREVIEW_LONG_SIDE = 480;

function extOf(data: PhotoData): string {
  if (typeof data === 'string') {
    const ext = /\.([a-z0-9]{1,5})(?:\?.*)?$/i.exec(data)?.[1];
    return ext ? ext.toLowerCase().replace('jpeg', 'jpg') : 'jpg';
  }
  if (/png/i.test(data.type)) return 'png';
  if (/webp/i.test(data.type)) return 'webp';
  return 'jpg';
}

/**
 * Pixels for the quality check are read at about assessPhoto's analysis size (each platform
 * says how in analysisPixels): reading 1 MP instead of 12 MP is what keeps the check fast.
 */
export const ANALYSIS_READ_LONG_SIDE = assessmentThresholds.analysisLongSide;

/** Size of the warm-up picture: enough pixels for the engine to compile the check's loops. */
const WARM_UP_SIZE = { width: 256, height: 192 };

/** A page of "text" lines at WARM_UP_SIZE, where the platform has no warm-up file to decode. */
function warmUpImage(): RgbaImage {
  const { width, height } = WARM_UP_SIZE;
  const data = new Uint8ClampedArray(width * height * 4).fill(235);
  for (let y = 16; y < height - 16; y += 14)
    for (let x = 16; x < width - 16; x++) {
      const p = ((y + (x % 3)) * width + x) * 4;
      data[p] = data[p + 1] = data[p + 2] = 40;
    }
  return { width, height, data };
}

/**
 * Runs the quality check a few times on a small picture while the capture page waits for the
 * user: the first check otherwise pays for the JavaScript engine compiling its loops and, in the
 * browser, for the image decoder starting (in Chromium the first 12 MP check took ≈ 190 ms against
 * ≈ 60 ms for later ones; after this warm-up, ≈ 80 ms). Best effort: never throws.
 */
export async function warmUpPhotoCheck(): Promise<void> {
  try {
    const sample = await warmUpPhotoFile(WARM_UP_SIZE.width, WARM_UP_SIZE.height);
    for (let i = 0; i < 3; i++) {
      if (sample) {
        const decoded = await decodePhoto(sample);
        try {
          assessScaledPhoto(await decoded.analysisPixels(ANALYSIS_READ_LONG_SIDE), 4000, 3000, 'license');
        } finally {
          decoded.release();
        }
      } else {
        assessScaledPhoto(warmUpImage(), 4000, 3000, 'license');
      }
    }
  } catch {
    // Only a head start; the real check reports its own errors.
  }
}

/** Decodes a picked photo, runs the quality check on its pixels and draws its thumbnail. */
export async function checkPhoto(data: PhotoData, kind: PhotoKind): Promise<PhotoCandidate> {
  const decoded = await decodePhoto(data);
  try {
    const pixels = await decoded.analysisPixels(ANALYSIS_READ_LONG_SIDE);
    const assessment = assessScaledPhoto(pixels, decoded.width, decoded.height, kind);
    const thumbnail = await decoded.thumbnail(THUMB_LONG_SIDE).catch(() => null);
    const preview = await decoded.thumbnail(PREVIEW_LONG_SIDE).catch(() => thumbnail);
    return { data, ext: extOf(data), width: decoded.width, height: decoded.height, assessment, thumbnail, preview };
  } finally {
    decoded.release();
  }
}

/** Keeps a checked photo in a slot: file first, reference second (see photo-vault.ts). */
export function keepPhoto(filingId: string, slot: PhotoSlotId, candidate: PhotoCandidate): Promise<PhotoRef> {
  return photoVault.save({
    filingId,
    slot,
    data: candidate.data,
    thumbnail: candidate.thumbnail,
    ext: candidate.ext,
    width: candidate.width,
    height: candidate.height,
    problems: candidate.assessment.problems,
    sharpness: candidate.assessment.sharpness,
    now: Date.now(),
  });
}

/** The photo's thumbnail; drawn again from the original (and kept) when its file is gone. */
export async function thumbnailFor(file: string): Promise<PhotoData | null> {
  const thumbKey = thumbKeyFor(file);
  const stored = await photoFileStore.read(thumbKey).catch(() => null);
  if (stored) return stored;
  const original = await photoFileStore.read(file).catch(() => null);
  if (!original) return null;
  const decoded = await decodePhoto(original);
  try {
    const thumb = await decoded.thumbnail(THUMB_LONG_SIDE);
    await photoFileStore.put(thumbKey, thumb).catch(() => undefined);
    return (await photoFileStore.read(thumbKey).catch(() => null)) ?? thumb;
  } finally {
    decoded.release();
  }
}

export interface PhotoExport {
  result: JpegSearchResult;
  jpeg: EncodedJpeg;
  fileName: string;
  /** The spec's minimum long side for this kind. */
  minLongSide: number;
}

/**
 * Re-encodes a kept photo as a watermarked JPEG to the upload spec (≤ 200 KB, long side at
 * least the kind's minimum), searching quality and size with the domain's plan. The original
 * file is only read. Rejects when the file is gone or cannot be decoded.
 */
export async function exportPhoto(
  ref: PhotoRef,
  kind: PhotoKind,
  watermarkText: string,
  fileStem: string,
): Promise<PhotoExport> {
  const original = await photoFileStore.read(ref.file);
  if (!original) throw new Error('photo file missing');
  const decoded = await decodePhoto(original);
  try {
    const target = exportTargetFor(kind);
    const start = initialExportSize(decoded.width, decoded.height, kind);
    const encodes = new Map<string, EncodedJpeg>();
    const keyOf = (w: number, h: number, q: number) => `${w}x${h}@${q}`;
    const result = await searchJpegQuality(
      async (w, h, q) => {
        const layout = watermarkLayout({ width: w, height: h, text: watermarkText });
        const jpeg = await decoded.encodeJpeg(w, h, q, { layout, text: watermarkText });
        encodes.set(keyOf(w, h, q), jpeg);
        return jpeg.bytes;
      },
      {
        width: start.width,
        height: start.height,
        minLongSide: target.minLongSide,
        maxBytes: target.maxBytes,
        // A light export may grow toward the original to reach the materials page's 100 KB.
        minBytes: target.minBytes,
        growTo: { width: decoded.width, height: decoded.height },
      },
    );
    const jpeg = encodes.get(keyOf(result.width, result.height, result.quality));
    if (!jpeg) throw new Error('no encode');
    return { result, jpeg, fileName: `${fileStem}.jpg`, minLongSide: target.minLongSide };
  } finally {
    decoded.release();
  }
}
