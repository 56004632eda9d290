import { render, screen } from '@testing-library/react';
import { resetTaroMock, fileData, storageData, USER_DATA_PATH } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { PhotosPage } from '@/features/photos/photos-page';
import { eraseEverything } from '@/features/settings/erase-everything';
import { PHOTO_DIR, flush, seedFiling, userFiles } from './photos-support';

jest.mock('@/platform/photo-pixels', () => ({
  MAX_DECODE_LONG_SIDE: 4096,
  decodePhoto: (path: string) => jest.requireActual('./photos-support').fakeDecode(path),
  warmUpPhotoFile: async () => null,
  clearDrawnPhotos: async () => undefined,
}));

beforeEach(() => resetTaroMock());

const REF = { width: 1600, height: 1200, takenAt: 1, problems: [] as string[], sharpness: 200 };

// First in this file on purpose: the sweep runs once per app launch (module load).
test('opening the photos page sweeps files no reference names, and keeps the named ones', async () => {
  const kept = 'ph-F1-business-license-k.jpg';
  fileData.set(`${PHOTO_DIR}/${kept}`, 'photo:sharp:1600x1200');
  fileData.set(`${PHOTO_DIR}/${kept}.thumb.jpg`, 'thumb:sharp:240x180');
  fileData.set(`${PHOTO_DIR}/ph-F1-business-license-orphan.jpg`, 'photo:sharp:1600x1200');
  fileData.set(`${PHOTO_DIR}/ph-F1-business-license-orphan.jpg.thumb.jpg`, 'thumb:sharp:240x180');
  seedFiling((f) => ({ ...f, photos: { 'business-license': { ...REF, file: kept } } }));
  render(<PhotosPage filingId='F1' />);
  await flush(8);
  expect(userFiles()).toEqual([`${PHOTO_DIR}/${kept}`, `${PHOTO_DIR}/${kept}.thumb.jpg`]);
  expect(screen.getByTestId('state-business-license').textContent).toBe('清晰可用');
});

test('erase everything deletes every photo file and every stored key: nothing is left', async () => {
  const file = 'ph-F1-legal-rep-id-front-z.jpg';
  fileData.set(`${PHOTO_DIR}/${file}`, 'photo:sharp:1280x800');
  fileData.set(`${PHOTO_DIR}/${file}.thumb.jpg`, 'thumb:sharp:240x150');
  seedFiling((f) => ({ ...f, photos: { 'legal-rep-id-front': { ...REF, file } } }));
  expect(storageData.size).toBeGreaterThan(0);

  expect(await eraseEverything()).toMatchObject({ erased: true, filesErased: true });

  const left = {
    files: [...fileData.keys()].filter((k) => k.startsWith(`${USER_DATA_PATH}/`)),
    keys: [...storageData.keys()],
    filings: Object.keys(useAppStore.getState().filings),
  };
  expect(left).toEqual({ files: [], keys: [], filings: [] });
});
