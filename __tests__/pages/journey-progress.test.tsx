// The jest config maps no image files yet; the pages only need the icon's path.
jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
jest.mock('@/assets/tab/materials-active.png', () => 'materials-active.png');
// Records when the photo files are deleted relative to the record (true: the record still existed).
const deletions: string[] = [];
jest.mock('@/features/photos', () => ({
  deleteFilingPhotos: async (filing: { id: string }) => {
    deletions.push(`photos:${filing.id}:${Boolean(require('@/store').useAppStore.getState().filings[filing.id])}`);
  },
}));
import { render, screen, fireEvent, act, within } from '@testing-library/react';
import { modalAnswers, taroCalls } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { ProgressPage } from '@/features/journey/progress-page';
import { resetJourneyStore, seedFiling } from './journey-support';
import { present } from '../support/present';

beforeEach(() => resetJourneyStore());

test('empty state creates the first filing through the name sheet and opens it', () => {
  render(<ProgressPage />);
  expect(screen.getByText('还没有备案项目')).toBeTruthy();
  fireEvent.click(screen.getByTestId('empty-action'));
  fireEvent.click(screen.getByTestId('name-submit'));
  expect(screen.getByTestId('name-error').textContent).toBe('请输入 1–40 个字的名称');
  fireEvent.change(screen.getByTestId('name-input'), { target: { value: '  商城小程序 ' } });
  expect(screen.queryByTestId('name-error')).toBeNull();
  fireEvent.click(screen.getByTestId('name-submit'));

  const { filingOrder, filings } = useAppStore.getState();
  expect(filingOrder).toHaveLength(1);
  const id = present(filingOrder[0], 'the new filing id');
  expect(id).toMatch(/^[A-Za-z0-9]{12}$/);
  expect(filings[id]?.name).toBe('商城小程序');
  expect(screen.queryByTestId('name-sheet')).toBeNull();
  expect(taroCalls.find((c) => c.api === 'navigateTo')?.args).toEqual({ url: `/pages/filing/index?id=${id}` });
  // The card shows progress and the next action in one line.
  const card = screen.getByTestId(`filing-card-${id}`);
  expect(within(card).getByText('步骤 0/18')).toBeTruthy();
  expect(within(card).getByText('下一步：进入注册页')).toBeTruthy();
});

test('cards show the mini program and company names and the next action after progress', () => {
  const id = seedFiling('客户甲');
  act(() => {
    const s = useAppStore.getState();
    s.updateProfile(id, (p) => ({ ...p, miniProgramName: '甲小店', entityName: '甲科技有限公司' }), Date.now());
    s.setStep(id, 'reg-1.1', 'done', Date.now());
  });
  render(<ProgressPage />);
  expect(screen.getByText('甲小店 · 甲科技有限公司')).toBeTruthy();
  expect(screen.getByText('步骤 1/18')).toBeTruthy();
  expect(screen.getByText('下一步：选择账号类型')).toBeTruthy();
});

test('renames a filing and refuses an empty name', () => {
  const id = seedFiling('旧名字');
  render(<ProgressPage />);
  fireEvent.click(screen.getByTestId('filing-rename'));
  const input = screen.getByTestId('name-input') as HTMLInputElement;
  expect(input.value).toBe('旧名字');
  fireEvent.change(input, { target: { value: '   ' } });
  fireEvent.click(screen.getByTestId('name-submit'));
  expect(screen.getByTestId('name-error')).toBeTruthy();
  expect(useAppStore.getState().filings[id]?.name).toBe('旧名字');
  fireEvent.change(input, { target: { value: '新名字' } });
  fireEvent.click(screen.getByTestId('name-submit'));
  expect(useAppStore.getState().filings[id]?.name).toBe('新名字');
  expect(screen.getByText('新名字')).toBeTruthy();
});

test('delete asks first; cancelling keeps the filing, confirming removes it', async () => {
  const id = seedFiling('要删除的');
  render(<ProgressPage />);
  modalAnswers.push(false);
  await act(async () => {
    fireEvent.click(screen.getByTestId('filing-delete'));
  });
  const modal = taroCalls.find((c) => c.api === 'showModal')?.args as { content: string };
  expect(modal.content).toContain('要删除的');
  expect(useAppStore.getState().filings[id]).toBeDefined();

  modalAnswers.push(true);
  await act(async () => {
    fireEvent.click(screen.getByTestId('filing-delete'));
  });
  expect(useAppStore.getState().filings[id]).toBeUndefined();
  // The record went first (its removal saved), the photo files after (issue 10, finding 7).
  expect(deletions).toEqual([`photos:${id}:false`]);
  expect(screen.getByText('还没有备案项目')).toBeTruthy();
});

test('speaks English when the user chose it', () => {
  resetJourneyStore('en');
  seedFiling('Shop');
  render(<ProgressPage />);
  expect(screen.getByText('Steps 0/18')).toBeTruthy();
  expect(screen.getByText('Next: Open registration')).toBeTruthy();
  expect(screen.getByText('New filing')).toBeTruthy();
});
