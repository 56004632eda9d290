import { render, screen, fireEvent } from '@testing-library/react';
import { resetTaroMock, taroCalls, fileData, modalAnswers, albumAnswers, wxFake } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { PhotosPage } from '@/features/photos/photos-page';
import { usePhotoPresence } from '@/features/photos';
import { photoPresenceOf } from '@/domain/materials';
import { PHOTO_DIR, flush, seedFiling, userFiles } from './photos-support';
import { present } from '../support/present';

jest.mock('@/platform/photo-pixels', () => ({
  MAX_DECODE_LONG_SIDE: 4096,
  decodePhoto: (path: string) => jest.requireActual('./photos-support').fakeDecode(path),
  warmUpPhotoFile: async () => null,
  clearDrawnPhotos: async () => undefined,
}));

/** Taps "prepare" and lets the export finish; the send buttons appear. */
async function prepareExport() {
  fireEvent.click(screen.getByTestId('export-prepare'));
  await flush(10);
}

const REF = { width: 1600, height: 1200, takenAt: 1, problems: [] as string[], sharpness: 200 };

beforeEach(() => {
  resetTaroMock();
});

test('shows one slot per needed photo, with the person in charge only when separate', async () => {
  seedFiling((f) => ({
    ...f,
    profile: { ...f.profile, entityType: 'enterprise', miniProgramPrincipalRole: 'entity-principal' },
  }));
  const { unmount } = render(<PhotosPage filingId='F1' />);
  await flush();
  const slots = () => screen.getAllByTestId(/^slot-/).map((el) => el.getAttribute('data-testid'));
  expect(slots()).toEqual([
    'slot-business-license',
    'slot-legal-rep-id-front',
    'slot-legal-rep-id-back',
    'slot-commitment-letter',
  ]);
  expect(screen.getByText('主体证件')).toBeTruthy();
  expect(screen.getAllByText('未拍摄')).toHaveLength(4);
  unmount();

  seedFiling((f) => ({
    ...f,
    profile: { ...f.profile, entityType: 'enterprise', miniProgramPrincipalRole: 'administrator' },
  }));
  render(<PhotosPage filingId='F1' />);
  await flush();
  expect(slots()).toEqual([
    'slot-business-license',
    'slot-legal-rep-id-front',
    'slot-legal-rep-id-back',
    'slot-person-in-charge-id-front',
    'slot-person-in-charge-id-back',
    'slot-commitment-letter',
    'slot-authorization-letter',
  ]);
});

test('a kept photo shows its thumbnail (the small file, not the original) and its verdict', async () => {
  const file = 'ph-F1-business-license-a.jpg';
  fileData.set(`${PHOTO_DIR}/${file}`, 'photo:sharp:4000x3000');
  fileData.set(`${PHOTO_DIR}/${file}.thumb.jpg`, 'thumb:sharp:240x180');
  seedFiling((f) => ({ ...f, photos: { 'business-license': { ...REF, file, width: 4000, height: 3000 } } }));
  render(<PhotosPage filingId='F1' />);
  await flush();
  expect(screen.getByTestId('state-business-license').textContent).toBe('清晰可用');
  const img = screen.getByTestId('thumb-business-license-img') as HTMLImageElement;
  expect(img.getAttribute('src')).toBe(`${PHOTO_DIR}/${file}.thumb.jpg`);
  expect(screen.getByText('4000 × 3000 像素')).toBeTruthy();
});

test('a flagged photo says why, in words, and counts as "needs attention"', async () => {
  const file = 'ph-F1-legal-rep-id-front-b.jpg';
  fileData.set(`${PHOTO_DIR}/${file}`, 'photo:blurry:1280x800');
  seedFiling((f) => ({ ...f, photos: { 'legal-rep-id-front': { ...REF, file, problems: ['blurry'] } } }));
  render(<PhotosPage filingId='F1' />);
  await flush();
  expect(screen.getByTestId('state-legal-rep-id-front').textContent).toBe('需注意');
  expect(screen.getByText('模糊：拿稳手机，点一下屏幕对焦后再拍')).toBeTruthy();
  expect(photoPresenceOf(present(useAppStore.getState().filings.F1, 'filing F1').photos, new Set())).toEqual({
    'legal-rep-id-front': 'flagged',
  });
});

test('a reference whose file is gone shows "photo missing, retake"', async () => {
  seedFiling((f) => ({ ...f, photos: { 'legal-rep-id-back': { ...REF, file: 'ph-F1-legal-rep-id-back-gone.jpg' } } }));
  render(<PhotosPage filingId='F1' />);
  await flush();
  expect(screen.getByTestId('state-legal-rep-id-back').textContent).toBe('照片丢失，请重拍');
  expect(screen.getByTestId('capture-legal-rep-id-back').textContent).toBe('重拍');
  expect(screen.queryByTestId('export-open-legal-rep-id-back')).toBeNull();
});

test('delete asks first, then removes the reference and the file', async () => {
  const file = 'ph-F1-commitment-letter-c.jpg';
  fileData.set(`${PHOTO_DIR}/${file}`, 'photo:sharp:1200x1600');
  fileData.set(`${PHOTO_DIR}/${file}.thumb.jpg`, 'thumb:sharp:180x240');
  seedFiling((f) => ({ ...f, photos: { 'commitment-letter': { ...REF, file } } }));
  render(<PhotosPage filingId='F1' />);
  await flush();

  modalAnswers.push(false);
  fireEvent.click(screen.getByTestId('delete-commitment-letter'));
  await flush();
  expect(useAppStore.getState().filings.F1?.photos['commitment-letter']).toBeDefined();
  expect(userFiles()).toHaveLength(2);

  modalAnswers.push(true);
  fireEvent.click(screen.getByTestId('delete-commitment-letter'));
  await flush();
  const modal = taroCalls.filter((c) => c.api === 'showModal').pop()?.args as { content: string };
  expect(modal.content).toContain('承诺书');
  expect(useAppStore.getState().filings.F1?.photos['commitment-letter']).toBeUndefined();
  expect(userFiles()).toEqual([]);
  expect(screen.getByTestId('state-commitment-letter').textContent).toBe('未拍摄');
});

test('retake opens the capture page for that slot', async () => {
  seedFiling();
  render(<PhotosPage filingId='F1' />);
  await flush();
  fireEvent.click(screen.getByTestId('capture-legal-rep-id-front'));
  const nav = taroCalls.find((c) => c.api === 'navigateTo')?.args as { url: string };
  expect(nav.url).toBe('/pages/capture/index?id=F1&slot=legal-rep-id-front');
});

test('export re-encodes to the spec with the dated watermark and saves to the album; the original stays', async () => {
  const file = 'ph-F1-business-license-d.jpg';
  fileData.set(`${PHOTO_DIR}/${file}`, 'photo:sharp:4000x3000');
  seedFiling((f) => ({ ...f, photos: { 'business-license': { ...REF, file, width: 4000, height: 3000 } } }));
  render(<PhotosPage filingId='F1' />);
  await flush();
  fireEvent.click(screen.getByTestId('export-open-business-license'));
  expect(screen.getByTestId('watermark-preview').textContent).toMatch(
    /^水印：仅用于微信小程序认证及备案 · \d{4}-\d{2}-\d{2}$/,
  );
  fireEvent.change(screen.getByTestId('watermark-purpose'), { target: { value: '仅用于微信认证' } });
  expect(screen.getByTestId('watermark-preview').textContent).toMatch(/^水印：仅用于微信认证 · \d{4}-\d{2}-\d{2}$/);

  await prepareExport();
  fireEvent.click(screen.getByTestId('export-save'));
  await flush(10);
  const saved = taroCalls.find((c) => c.api === 'saveImageToPhotosAlbum')?.args as { filePath: string };
  expect(saved.filePath).toMatch(/^wxfile:\/\/tmp\/export-/);
  const result = screen.getByTestId('export-result').textContent ?? '';
  expect(result).toContain('符合上传要求');
  const [, w, h, kb] = /已导出 (\d+) × (\d+) 像素，(\d+) KB/.exec(result) ?? [];
  expect(Math.max(Number(w), Number(h))).toBeGreaterThanOrEqual(1500);
  expect(Number(kb)).toBeLessThanOrEqual(200);
  expect(Number(h)).toBeGreaterThan(0);
  // The original file is untouched.
  expect(fileData.get(`${PHOTO_DIR}/${file}`)).toBe('photo:sharp:4000x3000');

  fireEvent.click(screen.getByTestId('export-share'));
  await flush(5);
  const shared = taroCalls.find((c) => c.api === 'shareFileMessage')?.args as { filePath: string; fileName: string };
  expect(shared.filePath).toBe(saved.filePath);
  expect(shared.fileName).toMatch(/^主体证件-\d{4}-\d{2}-\d{2}\.jpg$/);
});

test('sending as a file: the first tap after "prepare" shares at once (WeChat refuses shareFileMessage after an await)', async () => {
  const file = 'ph-F1-business-license-s.jpg';
  fileData.set(`${PHOTO_DIR}/${file}`, 'photo:sharp:4000x3000');
  seedFiling((f) => ({ ...f, photos: { 'business-license': { ...REF, file, width: 4000, height: 3000 } } }));
  render(<PhotosPage filingId='F1' />);
  await flush();
  fireEvent.click(screen.getByTestId('export-open-business-license'));
  // Nothing to send before the export exists; the send buttons come with it.
  expect(screen.queryByTestId('export-share')).toBeNull();
  await prepareExport();
  fireEvent.click(screen.getByTestId('export-share'));
  await flush(5);
  const shared = wxFake.calls.filter((c) => c.api === 'shareFileMessage');
  expect(shared).toHaveLength(1);
  expect(taroCalls.filter((c) => c.api === 'showToast').map((c) => (c.args as { title: string }).title)).toEqual([
    '已保存',
  ]);
  // A changed watermark needs a new export: the send buttons go until it is prepared again.
  fireEvent.change(screen.getByTestId('watermark-purpose'), { target: { value: '仅用于备案' } });
  expect(screen.queryByTestId('export-share')).toBeNull();
  expect(screen.getByTestId('export-prepare')).toBeTruthy();
});

test('when 200 KB cannot be met it gets as close as possible and says so', async () => {
  const file = 'ph-F1-business-license-n.jpg';
  fileData.set(`${PHOTO_DIR}/${file}`, 'photo:noisy:4000x3000');
  seedFiling((f) => ({ ...f, photos: { 'business-license': { ...REF, file, width: 4000, height: 3000 } } }));
  render(<PhotosPage filingId='F1' />);
  await flush();
  fireEvent.click(screen.getByTestId('export-open-business-license'));
  await prepareExport();
  fireEvent.click(screen.getByTestId('export-save'));
  await flush(10);
  expect(screen.getByTestId('export-result').textContent).toMatch(
    /^无法压缩到 200 KB 以内：最接近的是 \d+ KB（1500 × 1125）/,
  );
});

test('a light export grows toward the original to reach 100 KB; when it cannot, it says so', async () => {
  const exportOf = async (size: string) => {
    const file = `ph-F1-business-license-${size}.jpg`;
    fileData.set(`${PHOTO_DIR}/${file}`, `photo:light:${size}`);
    const [width = NaN, height = NaN] = size.split('x').map(Number);
    seedFiling((f) => ({ ...f, photos: { 'business-license': { ...REF, file, width, height } } }));
    const view = render(<PhotosPage filingId='F1' />);
    await flush();
    fireEvent.click(screen.getByTestId('export-open-business-license'));
    await prepareExport();
    fireEvent.click(screen.getByTestId('export-save'));
    await flush(10);
    const result = screen.getByTestId('export-result').textContent ?? '';
    const under = screen.queryByTestId('export-under-min-bytes')?.textContent ?? null;
    view.unmount();
    return { result, under };
  };
  // 4000×3000: 2000×1500 at q 0.92 is ~69 KB, so the export grows (about 2950 px) to ~150 KB.
  const grown = await exportOf('4000x3000');
  expect(grown.result).toContain('符合上传要求');
  const [, w, , kb] = /已导出 (\d+) × (\d+) 像素，(\d+) KB/.exec(grown.result) ?? [];
  expect(Number(w)).toBeGreaterThan(2000);
  expect(Number(kb)).toBeGreaterThanOrEqual(100);
  expect(Number(kb)).toBeLessThanOrEqual(200);
  expect(grown.under).toBeNull();
  // 2000×1500 is all there is: exported within spec, and the 100 KB shortfall is said.
  const short = await exportOf('2000x1500');
  expect(short.result).toMatch(/^已导出 2000 × 1500 像素，\d+ KB，符合上传要求/);
  expect(short.under).toMatch(/^文件只有 \d+ KB，低于微信素材页写的 100–200 KB/);
});

test('album access denied: says what happened and offers settings; nothing is lost', async () => {
  const file = 'ph-F1-business-license-e.jpg';
  fileData.set(`${PHOTO_DIR}/${file}`, 'photo:sharp:4000x3000');
  seedFiling((f) => ({ ...f, photos: { 'business-license': { ...REF, file, width: 4000, height: 3000 } } }));
  render(<PhotosPage filingId='F1' />);
  await flush();
  fireEvent.click(screen.getByTestId('export-open-business-license'));
  await prepareExport();
  albumAnswers.push({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' });
  fireEvent.click(screen.getByTestId('export-save'));
  await flush(10);
  expect(screen.getByTestId('denied-album')).toBeTruthy();
  expect(screen.getByText('相册权限已关闭')).toBeTruthy();
  fireEvent.click(screen.getByTestId('open-settings'));
  expect(taroCalls.some((c) => c.api === 'openSetting')).toBe(true);
  expect(useAppStore.getState().filings.F1?.photos['business-license']?.file).toBe(file);
  expect(fileData.has(`${PHOTO_DIR}/${file}`)).toBe(true);
});

test('an unknown filing says so instead of crashing', () => {
  seedFiling();
  render(<PhotosPage filingId='nope' />);
  expect(screen.getByTestId('photos-not-found')).toBeTruthy();
});

test('usePhotoPresence (for the materials checklist) reports ok, flagged and missing files', async () => {
  fileData.set(`${PHOTO_DIR}/ph-F1-business-license-p.jpg`, 'photo:sharp:1600x1200');
  fileData.set(`${PHOTO_DIR}/ph-F1-legal-rep-id-front-p.jpg`, 'photo:blurry:1280x800');
  seedFiling((f) => ({
    ...f,
    photos: {
      'business-license': { ...REF, file: 'ph-F1-business-license-p.jpg' },
      'legal-rep-id-front': { ...REF, file: 'ph-F1-legal-rep-id-front-p.jpg', problems: ['blurry'] },
      'legal-rep-id-back': { ...REF, file: 'ph-F1-legal-rep-id-back-gone.jpg' },
    },
  }));
  function Probe() {
    const presence = usePhotoPresence(useAppStore((s) => s.filings.F1));
    return <pre data-testid='presence'>{JSON.stringify(presence)}</pre>;
  }
  render(<Probe />);
  await flush();
  expect(JSON.parse(screen.getByTestId('presence').textContent ?? '{}')).toEqual({
    'business-license': 'ok',
    'legal-rep-id-front': 'flagged',
    'legal-rep-id-back': 'missing-file',
  });
});
