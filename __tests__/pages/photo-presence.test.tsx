/**
 * One answer to "which photos does this filing need, and which does it have": the filing page,
 * the Materials tab, pre-flight and the photos page read the same slots (domain/materials.ts)
 * and the same presence (a reference AND its file on the phone), issue 11 finding 5.
 */
jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
jest.mock('@/assets/tab/materials-active.png', () => 'materials-active.png');
import { render, screen, cleanup, fireEvent, act } from '@testing-library/react';
import { resetTaroMock, fileData, wxFake } from '../support/taro-mock';
import { FilingPage } from '@/features/journey/filing-page';
import { PreflightPage } from '@/features/journey/preflight-page';
import { MaterialsTab } from '@/features/materials/materials-tab';
import { PhotosPage } from '@/features/photos/photos-page';
import { useAppStore } from '@/store';
import { PHOTO_DIR, flush, seedFiling } from './photos-support';
import { enterpriseProfile } from '../support/profiles';

const REF = { width: 1600, height: 1200, takenAt: 1, problems: [] as string[], sharpness: 200 };
const KEPT = 'ph-F1-business-license-k.jpg';
const GONE = 'ph-F1-legal-rep-id-front-gone.jpg';

beforeEach(() => resetTaroMock());

/** "{done}/{total}" as numbers, from a text such as "1/8 已就绪" or "1/8 项已就绪". */
function counts(text: string | null): { done: number; total: number } {
  const match = /(\d+)\s*\/\s*(\d+)/.exec(text ?? '');
  if (!match) throw new Error(`no count in "${text}"`);
  return { done: Number(match[1]), total: Number(match[2]) };
}

/** An enterprise with its licence photo kept and its principal's ID photo whose file is gone. */
function seedWithGonePhoto() {
  fileData.set(`${PHOTO_DIR}/${KEPT}`, 'photo:sharp:1600x1200');
  seedFiling((f) => ({
    ...f,
    profile: enterpriseProfile({ miniProgramPrincipalRole: 'entity-principal' }),
    photos: {
      'business-license': { ...REF, file: KEPT },
      'legal-rep-id-front': { ...REF, file: GONE },
    },
  }));
}

test('a photo whose file is gone counts the same on the filing page, the Materials tab and pre-flight', async () => {
  seedWithGonePhoto();

  render(<MaterialsTab />);
  await flush();
  const tab = counts(screen.getByTestId('materials-progress').textContent);
  expect(screen.getByTestId('material-status-legal-rep-id-front').textContent).toBe('需处理');
  expect(screen.getByTestId('material-status-business-license-photo').textContent).toBe('已就绪');
  cleanup();

  render(<FilingPage id='F1' />);
  await flush();
  const filingPage = counts(screen.getByTestId('link-materials').textContent);
  expect(filingPage).toEqual(tab);
  // The gone photo is a problem pre-flight counts too, on the filing page's link…
  const filingBlocking = Number(/(\d+)\s*个问题/.exec(screen.getByTestId('link-preflight').textContent ?? '')?.[1]);
  cleanup();

  // …and on the pre-flight page itself, linked to the photo's slot.
  render(<PreflightPage id='F1' />);
  await flush();
  const row = screen.getByTestId('photo-problem-blocking-legal-rep-id-front');
  expect(row.textContent).toContain('照片文件找不到了');
  expect(screen.queryByTestId('photo-problem-blocking-business-license')).toBeNull();
  const listed = screen.getByTestId('preflight-blocking').querySelectorAll('.preflight__item').length;
  expect(listed).toBe(filingBlocking);
});

test('the photos page offers exactly the photo slots the checklist asks for', async () => {
  // The entity's person in charge is not its legal representative: the checklist asks for an
  // authorization letter (applyIcpFiling "当小程序负责人不是法人时"), so its slot must be offered.
  seedFiling((f) => ({
    ...f,
    profile: enterpriseProfile({ miniProgramPrincipalRole: 'entity-principal', entityPrincipalIsLegalPerson: false }),
  }));
  render(<MaterialsTab />);
  await flush();
  const photoItems = ['business-license-photo', 'legal-rep-id-front', 'legal-rep-id-back', 'authorization-letter'];
  for (const id of photoItems) expect(screen.getByTestId(`material-${id}`)).toBeTruthy();
  cleanup();

  render(<PhotosPage filingId='F1' />);
  await flush();
  expect(screen.getAllByTestId(/^slot-/).map((el) => el.getAttribute('data-testid'))).toEqual([
    'slot-business-license',
    'slot-legal-rep-id-front',
    'slot-legal-rep-id-back',
    'slot-commitment-letter',
    'slot-authorization-letter',
  ]);
});

test('the per-second tick checks no files: presence is checked when the photo files change', async () => {
  const HOUR = 3_600_000;
  seedWithGonePhoto();
  render(<FilingPage id='F1' />);
  await flush();
  const before = counts(screen.getByTestId('link-materials').textContent);

  // The face check's notice counts down on this page, one text a second.
  jest.useFakeTimers();
  try {
    act(() => {
      const now = Date.now();
      useAppStore.getState().setFaceCheck('F1', { noticeAt: now - HOUR, passedAt: null }, now);
    });
    if (!screen.queryByTestId('face-check')) fireEvent.click(screen.getByTestId('step-toggle-filing-face-check'));
    const fileChecks = jest.spyOn(wxFake.files, 'has');
    const first = screen.getByTestId('face-check-remaining').textContent;
    act(() => {
      jest.advanceTimersByTime(5000);
    });
    expect(screen.getByTestId('face-check-remaining').textContent).not.toBe(first);
    expect(fileChecks).not.toHaveBeenCalled();
    fileChecks.mockRestore();
  } finally {
    jest.useRealTimers();
  }
  expect(counts(screen.getByTestId('link-materials').textContent)).toEqual(before);
});
