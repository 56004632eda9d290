/**
 * Shared set-up for the photos page tests: the canvas layer (photo-pixels) is replaced by a fake
 * that "decodes" the test photos named in the Taro mock's file map, e.g. 'photo:sharp:1600x1200'.
 * Pixels are the generated fixtures of __tests__/support/photo-fixtures.ts, so the real
 * assessPhoto judges them; files go through the real weapp photo-files.ts over the mock's FS.
 */
import { act } from '@testing-library/react';
import { fileData, USER_DATA_PATH } from '../support/taro-mock';
import { blurred, textDocument } from '../support/photo-fixtures';
import { newFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { useAppStore } from '@/store';

let tempCounter = 0;

/** Adds a picked temp file to the fake file system; returns its path. */
export function tempPhoto(look: 'sharp' | 'blurry' | 'noisy', width = 1600, height = 1200): string {
  tempCounter += 1;
  const path = `wxfile://tmp/pick-${tempCounter}.jpg`;
  fileData.set(path, `photo:${look}:${width}x${height}`);
  return path;
}

export const PHOTO_DIR = `${USER_DATA_PATH}/photos`;

/** Files under USER_DATA_PATH, sorted. */
export function userFiles(): string[] {
  return [...fileData.keys()].filter((k) => k.startsWith(`${USER_DATA_PATH}/`)).sort();
}

export function fakeDecode(path: string) {
  const content = fileData.get(path);
  if (!content) return Promise.reject(new Error('no such file'));
  const match = /^(?:photo|thumb):(\w+):(\d+)x(\d+)$/.exec(content);
  if (!match) return Promise.reject(new Error('not an image'));
  const [, look, w, h] = match;
  const width = Number(w);
  const height = Number(h);
  return Promise.resolve({
    width,
    height,
    async analysisPixels() {
      const doc = textDocument({ width, height, seed: 7 });
      return look === 'blurry' ? blurred(doc, 4) : doc;
    },
    async thumbnail(longSide: number) {
      tempCounter += 1;
      const scale = Math.min(1, longSide / Math.max(width, height));
      const out = `wxfile://tmp/thumb-${tempCounter}.jpg`;
      fileData.set(out, `thumb:${look}:${Math.round(width * scale)}x${Math.round(height * scale)}`);
      return out;
    },
    async encodeJpeg(ew: number, eh: number, quality: number) {
      tempCounter += 1;
      const out = `wxfile://tmp/export-${tempCounter}.jpg`;
      // Roughly what a document JPEG weighs (~0.1 byte a pixel at q 0.5); 'noisy' never fits;
      // 'light' (a plain card on a plain table) stays under 100 KB at 2000×1500 even at q 0.92.
      const perPixel = look === 'noisy' ? 0.5 : look === 'light' ? 0.005 + 0.02 * quality : 0.02 + 0.15 * quality;
      const bytes = Math.round(ew * eh * perPixel);
      fileData.set(out, 'x'.repeat(Math.min(bytes, 10)));
      return { bytes, width: ew, height: eh, quality, data: out };
    },
    release() {},
  });
}

/** A store holding one filing (optionally edited), and nothing else. */
export function seedFiling(edit: (f: FilingRecord) => FilingRecord = (f) => f): FilingRecord {
  const filing = edit(newFilingRecord('F1', '测试公司', 1_700_000_000_000));
  act(() =>
    useAppStore.setState({
      localePreference: 'zh-CN',
      recovery: null,
      writeFailure: null,
      filings: { F1: filing },
      filingOrder: ['F1'],
      unreadableFilings: [],
    }),
  );
  // Written at once (typing-style writes are coalesced; a test's storage must hold the seed now).
  useAppStore.flush();
  return filing;
}

/** Lets pending promises (file operations, decodes) run. */
export async function flush(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}
