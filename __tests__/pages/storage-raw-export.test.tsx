/**
 * Finding 10: the raw data of an unreadable store holds ID numbers, mobiles and the credit code.
 * It must leave the phone only as a file the user sends on purpose, after a warning, never
 * through the clipboard. One launch per file: storage is seeded before the store module loads.
 */
const mock = require('../support/taro-mock') as typeof import('../support/taro-mock');

const LEGACY_KEY = 'filing-companion';
const damaged =
  '{"state":{"filings":{"F1":{"id":"F1","profile":{"legalRepresentative":{"idNumber":"110101199003074578"';
mock.storageData.set(LEGACY_KEY, damaged);

const { render, screen, fireEvent, act } = require('@testing-library/react') as typeof import('@testing-library/react');
const { StorageBanner } = require('@/components/storage-banner') as typeof import('@/components/storage-banner');

const calls = (api: string) => mock.taroCalls.filter((c) => c.api === api);

test('export warns first, writes a file under the user data folder and sends it from a tap; no clipboard', async () => {
  render(<StorageBanner />);
  mock.modalAnswers.push(true);
  await act(async () => {
    const exportButton = screen.getAllByRole('button').find((b) => /原始数据/.test(b.textContent ?? ''));
    fireEvent.click(exportButton as HTMLElement);
  });
  expect(calls('setClipboardData')).toEqual([]);
  const warning = calls('showModal')[0]?.args as { content?: string } | undefined;
  expect(warning?.content ?? '').toMatch(/个人信息/);
  const written = [...mock.fileData.entries()].filter(([path]) => path.startsWith(`${mock.USER_DATA_PATH}/`));
  expect(written).toHaveLength(1);
  expect(written[0]?.[1]).toContain('110101199003074578');

  // The send is its own tap, and shareFileMessage is called in that tap's turn.
  const before = calls('shareFileMessage').length;
  fireEvent.click(screen.getByTestId('raw-export-send'));
  expect(calls('shareFileMessage').length).toBe(before + 1);
  expect((calls('shareFileMessage')[before]?.args as { filePath: string }).filePath).toBe(written[0]?.[0]);
});
