/**
 * The weapp photo path (src/platform/photo-pixels.ts, the real one) on the WeChat fake's iPhone:
 * a 108 MP photo is shrunk natively before it is decoded, so it is read where a full decode would
 * not fit a phone's memory; its verdict equals the 12 MP photo's of the same scene; a photo taken
 * with the phone upright is read upright; thumbnails and the watermarked export come out without
 * canvasToTempFilePath on an offscreen canvas (refused on iOS). Writes the figures to
 * artifacts/weapp-photo-read.json.
 */
import fs from 'fs';
import { resetTaroMock, wxFake, USER_DATA_PATH, canvasTexts } from '../support/taro-mock';
import { photoOf } from '../support/wx-fake';
import { textDocument } from '../support/photo-fixtures';
import { checkPhoto, exportPhoto } from '@/features/photos/photo-service';
import type { PhotoRef } from '@/domain/filing-record';

const scene = textDocument({ width: 2048, height: 1536, seed: 11 });
const figures: Record<string, unknown> = {};

beforeEach(() => {
  resetTaroMock();
  wxFake.useProfile('ios');
});
afterAll(() => {
  wxFake.useProfile('devtools');
  fs.mkdirSync('artifacts', { recursive: true });
  fs.writeFileSync('artifacts/weapp-photo-read.json', JSON.stringify(figures, null, 2));
});

function photo(path: string, width: number, height: number, orientation: 'up' | 'right' = 'up', picture = scene) {
  wxFake.files.put(path, 'photo', {
    size: Math.round(width * height * 0.3),
    image: photoOf(picture, width, height, orientation),
  });
  return path;
}

test('a 108 MP photo is read through a native downscale; its verdict equals the 12 MP one of the same scene', async () => {
  const twelve = await checkPhoto(photo('wxfile://tmp/12mp.jpg', 4000, 3000), 'license');
  const stats12 = { decode: { ...wxFake.canvas.biggestDecode }, canvas: { ...wxFake.canvas.biggestCanvas } };
  resetTaroMock();
  wxFake.useProfile('ios');
  const huge = await checkPhoto(photo('wxfile://tmp/108mp.jpg', 12000, 9000), 'license');
  const stats108 = { decode: { ...wxFake.canvas.biggestDecode }, canvas: { ...wxFake.canvas.biggestCanvas } };

  expect(wxFake.canvas.violations).toEqual([]);
  expect(wxFake.calls.find((c) => c.api === 'compressImage')?.args).toMatchObject({
    compressedWidth: 4096,
    compressedHeight: 3072,
  });
  // Decoded at 4096×3072 (12.6 MP), never 108 MP; no canvas over 4096 px a side.
  expect(stats108.decode).toEqual({ width: 4096, height: 3072, pixels: 4096 * 3072 });
  expect(Math.max(stats108.canvas.width, stats108.canvas.height)).toBeLessThanOrEqual(4096);
  expect(huge.assessment).toEqual(twelve.assessment);
  expect(huge.assessment.ok).toBe(true);
  expect([huge.width, huge.height]).toEqual([4096, 3072]);
  expect(huge.thumbnail).toMatch(new RegExp(`^${USER_DATA_PATH}/drawn/`));
  expect(wxFake.refusals).toEqual([]);
  figures.read108 = { decoded: stats108.decode, biggestCanvas: stats108.canvas, verdict: huge.assessment };
  figures.read12 = { decoded: stats12.decode, biggestCanvas: stats12.canvas, verdict: twelve.assessment };
});

test('a photo taken upright (stored landscape, EXIF "right") is checked and exported upright', async () => {
  const portrait = textDocument({ width: 1536, height: 2048, seed: 12 });
  const checked = await checkPhoto(photo('wxfile://tmp/upright.jpg', 4000, 3000, 'right', portrait), 'id-front');
  expect([checked.width, checked.height]).toEqual([3000, 4000]);
  expect(checked.assessment.ok).toBe(true);
  // The analysis read is the upright scene: compare a read pixel with the scene's own.
  const decoded = await (await import('@/platform/photo-pixels')).decodePhoto('wxfile://tmp/upright.jpg');
  const read = await decoded.analysisPixels(1024);
  decoded.release();
  expect([read.width, read.height]).toEqual([1536, 2048]);
  let same = 0;
  for (let i = 0; i < 2000; i++) {
    const x = (i * 7919) % 1536;
    const y = (i * 104729) % 2048;
    const p = (y * 1536 + x) * 4;
    if (read.data[p] === portrait.data[p] && read.data[p + 1] === portrait.data[p + 1]) same++;
  }
  expect(same).toBeGreaterThan(1900);
});

test('the export on an iPhone: toDataURL to a file, watermarked, within the spec; no offscreen canvasToTempFilePath', async () => {
  const file = 'ph-F1-business-license-x.jpg';
  photo(`${USER_DATA_PATH}/photos/${file}`, 12000, 9000);
  const ref = { file, width: 4096, height: 3072, takenAt: 1, problems: [], sharpness: 100 } as unknown as PhotoRef;
  const exported = await exportPhoto(ref, 'license', '仅用于微信小程序认证及备案 · 2026-11-29', '营业执照-2026-11-29');
  expect(exported.result.metSpec).toBe(true);
  expect(exported.jpeg.data).toMatch(new RegExp(`^${USER_DATA_PATH}/drawn/`));
  expect(wxFake.files.sizeOf(exported.jpeg.data as string)).toBe(exported.jpeg.bytes);
  expect(canvasTexts).toContain('仅用于微信小程序认证及备案 · 2026-11-29');
  expect(wxFake.calls.some((c) => c.api === 'canvasToTempFilePath')).toBe(false);
  expect(wxFake.refusals).toEqual([]);
  expect(Math.max(wxFake.canvas.biggestCanvas.width, wxFake.canvas.biggestCanvas.height)).toBeLessThanOrEqual(4096);
  figures.export108 = {
    result: exported.result,
    decoded: wxFake.canvas.biggestDecode,
    biggestCanvas: wxFake.canvas.biggestCanvas,
    peakImageMemoryBytes: wxFake.canvas.peakBytes,
  };
});
