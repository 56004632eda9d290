import { render, screen, fireEvent, act } from '@testing-library/react';
import { resetTaroMock, storageData, taroCalls } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { MePage } from '@/features/settings/me-page';

beforeEach(() => {
  resetTaroMock();
  act(() => useAppStore.setState({ localePreference: 'system', recovery: null, writeFailure: null }));
});

test('follows the phone language (zh) and switches to English, keeping the choice', () => {
  render(<MePage />);
  expect(screen.getByText('数据只保存在这台手机上')).toBeTruthy();
  fireEvent.click(screen.getByTestId('language-en'));
  expect(screen.getByText('Your data stays on this phone')).toBeTruthy();
  // Settings have their own key (issue 10's layout).
  const saved = JSON.parse(storageData.get('fc.settings') as string);
  expect(saved.localePreference).toBe('en');
});

test("the privacy guide link opens WeChat's privacy contract", () => {
  render(<MePage />);
  fireEvent.click(screen.getByTestId('privacy-contract'));
  expect(taroCalls.some((c) => c.api === 'openPrivacyContract')).toBe(true);
});

test('erase everything asks first and then leaves no stored key', async () => {
  render(<MePage />);
  fireEvent.click(screen.getByTestId('language-en'));
  expect(storageData.size).toBeGreaterThan(0);
  await act(async () => {
    fireEvent.click(screen.getByTestId('erase-everything'));
  });
  expect(taroCalls.some((c) => c.api === 'showModal')).toBe(true);
  expect([...storageData.keys()]).toEqual([]);
  expect(useAppStore.getState().localePreference).toBe('system');
  // Nothing was put in the phone calendar, and the page says so.
  expect(screen.getByTestId('erase-calendar-left').textContent).toContain('没有往手机日历添加过提醒');
});

test('shows storage use as WeChat reports it (getStorageInfo), used and limit', () => {
  storageData.set('fc.f.big', 'x'.repeat(300 * 1024));
  act(() => {
    useAppStore.retrySave();
  });
  render(<MePage />);
  expect(screen.getByTestId('storage-use').textContent).toMatch(/^已用 \d+ KB，上限 10\.0 MB$/);
});
