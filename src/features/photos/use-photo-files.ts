import { useEffect, useState } from 'react';
import type { FilingRecord, PhotoRef } from '@/domain/filing-record';
import { photoPresenceOf, type PhotoPresence } from '@/domain/materials';
import { displayUrlFor } from '@/platform/photo-files';
import { photoVault, thumbnailFor } from './photo-service';

export interface PhotoFilesView {
  /** Files whose reference exists but whose file is gone; null until checked. */
  missing: ReadonlySet<string> | null;
  /** Displayable thumbnail URL per file name (small JPEGs, never the original). */
  thumbs: Readonly<Record<string, string>>;
}

const NO_FILES: PhotoFilesView = { missing: new Set(), thumbs: {} };

function filesOf(filing: FilingRecord | undefined): string[] {
  if (!filing) return [];
  return Object.values(filing.photos)
    .filter((p): p is PhotoRef => Boolean(p))
    .map((p) => p.file)
    .sort();
}

/** Checks which of a filing's photo files exist and (unless `thumbnails` is false) loads their thumbnails. */
export function usePhotoFiles(filing: FilingRecord | undefined, { thumbnails = true } = {}): PhotoFilesView {
  const files = filesOf(filing);
  const key = files.join('|');
  const [view, setView] = useState<PhotoFilesView>({ missing: null, thumbs: {} });

  useEffect(() => {
    // No photo, nothing to check: answered below without a render of its own.
    if (!key) return undefined;
    let cancelled = false;
    const releases: Array<() => void> = [];
    const names = key.split('|');
    void (async () => {
      const missing = await photoVault.missingFiles(names);
      if (cancelled) return;
      setView((v) => ({ ...v, missing }));
      if (!thumbnails) return;
      for (const name of names) {
        if (missing.has(name)) continue;
        let data = null;
        try {
          data = await thumbnailFor(name);
        } catch {
          data = null;
        }
        if (cancelled) return;
        if (!data) continue;
        const display = displayUrlFor(data);
        releases.push(display.release);
        setView((v) => ({ ...v, thumbs: { ...v.thumbs, [name]: display.url } }));
      }
    })();
    return () => {
      cancelled = true;
      releases.forEach((release) => release());
    };
  }, [key, thumbnails]);

  return key ? view : NO_FILES;
}

const NONE_MISSING: ReadonlySet<string> = new Set();

/**
 * The filing's photo presence (domain photoPresenceOf) with gone files detected: the one
 * presence the filing page, the Materials tab and pre-flight read (journey's useFilingMaterials).
 * The files are checked when the filing's set of photo files changes, never per render or per
 * tick; until the check answers, every reference counts as present.
 */
export function usePhotoPresence(filing: FilingRecord | undefined): PhotoPresence {
  const { missing } = usePhotoFiles(filing, { thumbnails: false });
  return filing ? photoPresenceOf(filing.photos, missing ?? NONE_MISSING) : {};
}
