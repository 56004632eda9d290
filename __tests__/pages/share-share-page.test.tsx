import { render, screen, fireEvent, act, waitFor } from '@testing-library/react';
import {
  albumAnswers,
  wxFake,
  canvasTexts,
  modalAnswers,
  resetTaroMock,
  routerParams,
  shareAppMessage,
  taroCalls,
} from '../support/taro-mock';
import { useAppStore } from '@/store';
import SharePageRoute from '@/pages/share/index';
import { newFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { cardPath, decodeCard } from '@/domain/share-card';
import { newCycle, startTrack } from '@/domain/sms-window';
import { present } from '../support/present';

const HOUR = 3_600_000;
const ID = 'Fq7kPz2mWx9a';

/** The card code a shared path carries, URI-decoded. */
function cardCodeIn(path: string): string {
  return decodeURIComponent(present(path.split('?c=')[1], 'the card code'));
}

function filing(): FilingRecord {
  const now = Date.now();
  const record = newFilingRecord(ID, '青禾备案', now - 5 * 24 * HOUR);
  record.profile.entityName = '杭州青禾科技有限公司';
  record.profile.miniProgramName = '青禾备忘';
  record.profile.administrator.name = '王晓明';
  record.profile.administrator.mobile = '13800138000';
  record.profile.entityPrincipal.idNumber = '11010519491231002X';
  const cycle = newCycle(['legal-representative'], now - 3 * HOUR, Math.random);
  const started = startTrack(present(cycle.tracks[0], "the new round's track"), now - 2 * HOUR, now);
  if (!started.ok) throw new Error('no track');
  record.smsCycles = [{ ...cycle, tracks: [started.track] }];
  return record;
}

type Message = { title: string; path: string; imageUrl?: string };

beforeEach(() => {
  resetTaroMock();
  const record = filing();
  act(() =>
    useAppStore.setState({
      localePreference: 'system',
      recovery: null,
      writeFailure: null,
      filings: { [ID]: record },
      filingOrder: [ID],
    }),
  );
  routerParams.current = { id: ID };
});

test('previews the card, draws the 5:4 image and shares title, card path and image', async () => {
  render(<SharePageRoute />);
  await waitFor(() => expect(screen.getByTestId('card-image')).toBeTruthy());
  const draw = taroCalls.find((c) => c.api === 'createOffscreenCanvas')?.args as { width: number; height: number };
  expect(draw.width / draw.height).toBe(5 / 4);
  expect(canvasTexts).toContain('杭州青禾科技有限公司');
  expect(canvasTexts.some((text) => /^请在 \d\d:\d\d 前完成备案短信核验$/.test(text))).toBe(true);
  expect(canvasTexts.join('\n')).not.toMatch(/王晓明|13800138000|1949/);

  const title = screen.getByTestId('share-title').textContent ?? '';
  expect(title).toMatch(/^请在 \d\d:\d\d 前完成备案短信核验$/);
  expect(screen.getByTestId('share-send').getAttribute('data-open-type')).toBe('share');

  const message = shareAppMessage.current?.({ from: 'button' }) as Message;
  expect(message.title).toBe(title);
  expect(message.path.startsWith('/pages/card/index?c=')).toBe(true);
  expect(message.imageUrl).toMatch(/^wxfile:\/\/usr\/share-card-\d+\.png$|share-card-\d+\.png$/);
  const decoded = decodeCard(cardCodeIn(message.path));
  expect(decoded.ok && decoded.card).toMatchObject({
    filingId: ID,
    roundId: useAppStore.getState().filings[ID]?.smsCycles[0]?.id,
    company: '杭州青禾科技有限公司',
    sender: '',
    tasks: { sms: 'counting' },
  });
  expect(message.path).toBe(cardPath(cardCodeIn(message.path)));
});

test('the display name goes on the card; one holding a phone number is refused', async () => {
  render(<SharePageRoute />);
  fireEvent.change(screen.getByTestId('sender-input'), { target: { value: '小王' } });
  let message = shareAppMessage.current?.({ from: 'button' }) as Message;
  let decoded = decodeCard(cardCodeIn(message.path));
  expect(decoded.ok && decoded.card.sender).toBe('小王');

  fireEvent.change(screen.getByTestId('sender-input'), { target: { value: '王 138 0013 8000' } });
  expect(screen.getByTestId('sender-hint').textContent).toBe('显示名里不能有手机号、证件号或邮箱。');
  message = shareAppMessage.current?.({ from: 'button' }) as Message;
  decoded = decodeCard(cardCodeIn(message.path));
  expect(decoded.ok && decoded.card.sender).toBe('');
  await waitFor(() => expect(screen.getByTestId('card-image')).toBeTruthy());
});

test('a display name posing as an official body or a link is refused and left off the card', () => {
  render(<SharePageRoute />);
  for (const name of ['工信部备案中心', 'beian-miit.top']) {
    fireEvent.change(screen.getByTestId('sender-input'), { target: { value: name } });
    expect(screen.getByTestId('sender-hint').textContent).toContain('不能是网址，也不能像官方机构');
    const message = shareAppMessage.current?.({ from: 'button' }) as Message;
    const decoded = decodeCard(cardCodeIn(message.path));
    expect(decoded.ok && decoded.card.sender).toBe('');
  }
});

test('sharing the first card of a filing without an SMS round records the round the card names; viewing alone does not', () => {
  act(() => useAppStore.setState({ filings: { [ID]: { ...filing(), smsCycles: [] } } }));
  render(<SharePageRoute />);
  expect(useAppStore.getState().filings[ID]?.smsCycles).toEqual([]);
  const message = shareAppMessage.current?.({ from: 'button' }) as Message;
  const decoded = decodeCard(cardCodeIn(message.path));
  const cycles = present(useAppStore.getState().filings[ID], 'the filing').smsCycles;
  expect(cycles).toHaveLength(1);
  expect(decoded.ok && decoded.card.roundId).toBe(cycles[0]?.id);
  expect(cycles[0]).toMatchObject({ outcome: 'open', startedAt: decoded.ok ? decoded.card.createdAt : -1 });
  // Sharing again names the same round and adds none.
  const again = shareAppMessage.current?.({ from: 'button' }) as Message;
  const second = decodeCard(cardCodeIn(again.path));
  expect(second.ok && second.card.roundId).toBe(cycles[0]?.id);
  expect(useAppStore.getState().filings[ID]?.smsCycles).toHaveLength(1);
});

test('saving the poster with the album permission denied explains it and opens the settings', async () => {
  render(<SharePageRoute />);
  await waitFor(() => expect(screen.getByTestId('card-image')).toBeTruthy());
  albumAnswers.push({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' });
  modalAnswers.push(true);
  await act(async () => {
    fireEvent.click(screen.getByTestId('share-poster'));
  });
  const modal = taroCalls.find((c) => c.api === 'showModal')?.args as { title: string; content: string };
  expect(modal.title).toBe('无法保存到相册');
  expect(modal.content).toContain('添加到相册');
  expect(taroCalls.some((c) => c.api === 'openSetting')).toBe(true);
  // WeChat opens the settings only from a tap: from the modal's confirm, not after `await showModal()`.
  expect(wxFake.refusals).toEqual([]);

  await act(async () => {
    fireEvent.click(screen.getByTestId('share-poster'));
  });
  const saved = taroCalls.filter((c) => c.api === 'saveImageToPhotosAlbum');
  expect(saved).toHaveLength(2);
  expect((saved[1]?.args as { filePath: string }).filePath).toMatch(/share-card-\d+\.png$/);
  expect(taroCalls.some((c) => c.api === 'showToast' && (c.args as { title: string }).title === '已保存到相册')).toBe(
    true,
  );
});

test.each(['nope', ...Object.getOwnPropertyNames(Object.prototype)])(
  'an unknown filing id ("%s") shows a clear notice and shares the app',
  (id) => {
    routerParams.current = { id };
    const { unmount } = render(<SharePageRoute />);
    expect(screen.getByTestId('share-no-filing').textContent).toContain('找不到这个备案项目');
    expect((shareAppMessage.current?.({ from: 'menu' }) as Message).path).toBe('/pages/progress/index');
    unmount();
  },
);
