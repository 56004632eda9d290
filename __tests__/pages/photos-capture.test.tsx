import { render, screen, fireEvent } from '@testing-library/react';
import { resetTaroMock, taroCalls, fileData, mediaAnswers } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { CapturePage } from '@/features/photos/capture-page';
import { photoPresenceOf } from '@/domain/materials';
import { PHOTO_DIR, flush, seedFiling, tempPhoto, userFiles } from './photos-support';
import { present } from '../support/present';

jest.mock('@/platform/photo-pixels', () => ({
  MAX_DECODE_LONG_SIDE: 4096,
  decodePhoto: (path: string) => jest.requireActual('./photos-support').fakeDecode(path),
  warmUpPhotoFile: async () => null,
  clearDrawnPhotos: async () => undefined,
}));

jest.setTimeout(30_000);

beforeEach(() => {
  resetTaroMock();
  seedFiling((f) => ({ ...f, profile: { ...f.profile, entityType: 'enterprise' } }));
});

async function waitForTestId(id: string, tries = 40): Promise<HTMLElement> {
  for (let i = 0; i < tries; i++) {
    const el = screen.queryByTestId(id);
    if (el) return el;
    await flush(2);
  }
  throw new Error(`no ${id}`);
}

test('shows a document-shaped frame and the hint, plus the album and system camera fallbacks', () => {
  render(<CapturePage filingId='F1' slot='legal-rep-id-front' />);
  expect(screen.getByText('主体负责人证件人像面')).toBeTruthy();
  expect(screen.getByText(/四条边完整入框 · 无反光 · 使用彩色原件/)).toBeTruthy();
  const frame = screen.getByTestId('capture-frame') as HTMLElement;
  const ratio = parseFloat(frame.style.width) / parseFloat(frame.style.height);
  expect(ratio).toBeCloseTo(85.6 / 54, 1);
  expect(screen.getByTestId('capture-album')).toBeTruthy();
  expect(screen.getByTestId('capture-system')).toBeTruthy();
  expect(screen.getByTestId('capture-shoot')).toBeTruthy();
});

test('the license frame is landscape', () => {
  render(<CapturePage filingId='F1' slot='business-license' />);
  const frame = screen.getByTestId('capture-frame') as HTMLElement;
  expect(parseFloat(frame.style.width)).toBeGreaterThan(parseFloat(frame.style.height));
});

test('a sharp photo from the album passes, is kept (file first, then reference) and the page goes back', async () => {
  const picked = tempPhoto('sharp', 1600, 1200);
  mediaAnswers.push(picked);
  render(<CapturePage filingId='F1' slot='business-license' />);
  fireEvent.click(screen.getByTestId('capture-album'));
  await waitForTestId('capture-verdict');
  const choose = taroCalls.find((c) => c.api === 'chooseMedia')?.args as { sourceType: string[] };
  expect(choose.sourceType).toEqual(['album']);
  expect(screen.getByTestId('verdict-title').textContent).toBe('检查通过');
  expect(screen.getByText('1600 × 1200 像素')).toBeTruthy();

  fireEvent.click(screen.getByTestId('capture-keep'));
  await flush(5);
  const ref = useAppStore.getState().filings.F1?.photos['business-license'];
  expect(ref).toMatchObject({ width: 1600, height: 1200, problems: [] });
  expect(fileData.get(`${PHOTO_DIR}/${ref!.file}`)).toBe('photo:sharp:1600x1200');
  expect(userFiles()).toEqual([`${PHOTO_DIR}/${ref!.file}`, `${PHOTO_DIR}/${ref!.file}.thumb.jpg`]);
  expect(taroCalls.some((c) => c.api === 'navigateBack')).toBe(true);
});

test('a blurry photo says why; keeping it anyway marks it "needs attention"', async () => {
  mediaAnswers.push(tempPhoto('blurry', 1600, 1200));
  render(<CapturePage filingId='F1' slot='business-license' />);
  fireEvent.click(screen.getByTestId('capture-system'));
  await waitForTestId('capture-verdict');
  expect(screen.getByTestId('verdict-title').textContent).toBe('建议重拍');
  expect(screen.getByTestId('problem-blurry').textContent).toBe('模糊：拿稳手机，点一下屏幕对焦后再拍');
  expect(screen.getByTestId('capture-keep').textContent).toBe('仍然使用');
  fireEvent.click(screen.getByTestId('capture-keep'));
  await flush(5);
  const filing = useAppStore.getState().filings.F1;
  expect(filing?.photos['business-license']?.problems).toEqual(['blurry']);
  expect(photoPresenceOf(present(filing, 'filing F1').photos, new Set())).toEqual({ 'business-license': 'flagged' });
});

test('too small names the size needed; retake goes back to aiming', async () => {
  mediaAnswers.push(tempPhoto('sharp', 1000, 700));
  render(<CapturePage filingId='F1' slot='business-license' />);
  fireEvent.click(screen.getByTestId('capture-album'));
  await waitForTestId('capture-verdict');
  expect(screen.getByTestId('problem-too-small').textContent).toContain('至少 1500 × 1100 像素');
  fireEvent.click(screen.getByTestId('capture-retake'));
  expect(screen.getByTestId('capture-aim')).toBeTruthy();
  expect(useAppStore.getState().filings.F1?.photos['business-license']).toBeUndefined();
});

test('camera access denied: says what happened, offers settings, keeps the existing photo', async () => {
  seedFiling((f) => ({
    ...f,
    photos: {
      'legal-rep-id-back': {
        file: 'ph-F1-legal-rep-id-back-old.jpg',
        width: 1280,
        height: 800,
        takenAt: 1,
        problems: [],
        sharpness: 90,
      },
    },
  }));
  fileData.set(`${PHOTO_DIR}/ph-F1-legal-rep-id-back-old.jpg`, 'photo:sharp:1280x800');
  mediaAnswers.push({ errMsg: 'chooseMedia:fail auth deny' });
  render(<CapturePage filingId='F1' slot='legal-rep-id-back' />);
  fireEvent.click(screen.getByTestId('capture-system'));
  await waitForTestId('denied-camera');
  expect(screen.getByText('相机权限已关闭')).toBeTruthy();
  fireEvent.click(screen.getByTestId('open-settings'));
  expect(taroCalls.some((c) => c.api === 'openSetting')).toBe(true);
  expect(useAppStore.getState().filings.F1?.photos['legal-rep-id-back']?.file).toBe('ph-F1-legal-rep-id-back-old.jpg');
  expect(fileData.has(`${PHOTO_DIR}/ph-F1-legal-rep-id-back-old.jpg`)).toBe(true);
});

test('the in-page camera takes the photo with takePhoto', async () => {
  mediaAnswers.push(tempPhoto('sharp', 1600, 1200));
  render(<CapturePage filingId='F1' slot='business-license' />);
  fireEvent.click(screen.getByTestId('capture-shoot'));
  await waitForTestId('capture-verdict');
  expect(taroCalls.some((c) => c.api === 'takePhoto')).toBe(true);
});

test('when the file cannot be written, nothing is referenced and the user is told', async () => {
  const picked = tempPhoto('sharp', 1600, 1200);
  mediaAnswers.push(picked);
  render(<CapturePage filingId='F1' slot='business-license' />);
  fireEvent.click(screen.getByTestId('capture-album'));
  await waitForTestId('capture-verdict');
  fileData.delete(picked); // the temp file vanished before the copy
  fireEvent.click(screen.getByTestId('capture-keep'));
  await flush(5);
  expect(screen.getByText('保存失败，原来的照片没有改动。请重试。')).toBeTruthy();
  expect(useAppStore.getState().filings.F1?.photos['business-license']).toBeUndefined();
  expect(userFiles()).toEqual([]);
});

test('cancelling the chooser changes nothing', async () => {
  render(<CapturePage filingId='F1' slot='business-license' />);
  fireEvent.click(screen.getByTestId('capture-album'));
  await flush(3);
  expect(screen.getByTestId('capture-aim')).toBeTruthy();
  expect(screen.queryByTestId('denied-album')).toBeNull();
});
