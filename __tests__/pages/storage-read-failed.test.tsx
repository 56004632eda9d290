/**
 * Finding 5: a launch where reading saved data fails. The data on the phone may be intact; the
 * app must neither overwrite it (no "discard" that writes defaults over it) nor pretend later
 * edits were saved. One launch per file: storage is seeded before the store module loads.
 */
const mock = require('../support/taro-mock') as typeof import('../support/taro-mock');

const LEGACY_KEY = 'filing-companion';
const intact = JSON.stringify({
  state: {
    localePreference: 'en',
    filings: { F1: { id: 'F1', name: '完好的备案', createdAt: 1 } },
    filingOrder: ['F1'],
    unreadableFilings: [],
  },
  version: 2,
});
mock.storageData.set(LEGACY_KEY, intact);
mock.storageFaults.read = (key) => (key === LEGACY_KEY ? 'read DB data fail' : null);

const { render, screen, fireEvent, act } = require('@testing-library/react') as typeof import('@testing-library/react');
const { MePage } = require('@/features/settings/me-page') as typeof import('@/features/settings/me-page');

test('edits are reported as not saved, and no banner button overwrites the unread data', async () => {
  render(<MePage />);
  const banner = screen.getByTestId('storage-banner');
  fireEvent.click(screen.getByTestId('language-zh-CN'));
  const told = [
    banner.textContent ?? '',
    ...mock.taroCalls.filter((c) => c.api === 'showToast').map((c) => (c.args as { title: string }).title),
  ].join('\n');
  expect(told).toMatch(/未保存|没有保存/);

  // The read problem passes; whatever the user taps in the banner, the data stays as it was.
  mock.storageFaults.read = undefined;
  mock.modalAnswers.push(true, true, true, true);
  for (const button of [...screen.getByTestId('storage-banner').querySelectorAll('button')]) {
    await act(async () => {
      fireEvent.click(button);
    });
  }
  expect(mock.storageData.get(LEGACY_KEY)).toBe(intact);
});
