import { render, screen, fireEvent, act } from '@testing-library/react';
import { resetTaroMock, routerParams, shareAppMessage } from '../support/taro-mock';
import { useAppStore } from '@/store';
import CardPageRoute from '@/pages/card/index';
import { newFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { cardPath, decodeReply, encodeCard, encodeReply, type ReplyData } from '@/domain/share-card';
import { buildCardData, chinaClock } from '@/domain/share-card-builder';
import { newCycle, startTrack, SMS_WINDOW_MS } from '@/domain/sms-window';

const NOW = Date.UTC(2026, 10, 26, 6, 0, 0); // 14:00 China time
const HOUR = 3_600_000;
const ID = 'Fq7kPz2mWx9a';

function filingWithSms(receivedAt: number | null): FilingRecord {
  const record = newFilingRecord(ID, '青禾备案', NOW - 5 * 24 * HOUR);
  record.profile.companyName = '杭州青禾科技有限公司';
  record.profile.miniProgramName = '青禾备忘';
  if (receivedAt !== null) {
    const cycle = newCycle(['legal-representative'], receivedAt - HOUR);
    const started = startTrack(cycle.tracks[0], receivedAt, receivedAt);
    if (!started.ok) throw new Error('no track');
    record.smsCycles = [{ ...cycle, tracks: [started.track] }];
  }
  return record;
}

function setFilings(records: FilingRecord[]) {
  act(() =>
    useAppStore.setState({
      localePreference: 'system',
      recovery: null,
      writeFailure: null,
      filings: Object.fromEntries(records.map((r) => [r.id, r])),
      filingOrder: records.map((r) => r.id),
    }),
  );
}

beforeEach(() => {
  resetTaroMock();
  jest.useFakeTimers({ now: NOW });
  setFilings([]);
});

afterEach(() => {
  jest.useRealTimers();
});

describe('card page (legal representative, empty storage)', () => {
  const card = buildCardData(filingWithSms(NOW - 2 * HOUR), '小王', NOW - 10 * 60_000);
  const code = encodeCard(card);

  test('shows company, sender, tasks, a live countdown and how to verify from an encoded code', () => {
    routerParams.current = { c: encodeURIComponent(code) };
    render(<CardPageRoute />);
    expect(screen.getByTestId('card-company').textContent).toBe('杭州青禾科技有限公司');
    expect(screen.getByText('小王 发给你的备案任务')).toBeTruthy();
    expect(screen.getByText('小程序：青禾备忘')).toBeTruthy();
    expect(screen.getByTestId('card-progress').textContent).toBe('总进度 0/17');
    expect(screen.getByTestId('task-id-photos').textContent).toContain('待提供');
    expect(screen.getByTestId('task-sms-status').textContent).toBe('倒计时中');
    expect(screen.getByText('截止 11月27日 12:00（北京时间）')).toBeTruthy();
    expect(screen.getByTestId('miit-site').textContent).toBe('beian.miit.gov.cn');
    expect(screen.getByText(/12381/, { selector: 'span.share-card__sms-text' })).toBeTruthy();
    expect(screen.queryByTestId('card-old-note')).toBeNull();

    const before = screen.getByTestId('sms-countdown').textContent;
    expect(before).toBe('剩余 22:00:00');
    act(() => {
      jest.advanceTimersByTime(1000);
    });
    expect(screen.getByTestId('sms-countdown').textContent).toBe('剩余 21:59:59');
  });

  test('a card older than a day says so', () => {
    const old = encodeCard(buildCardData(filingWithSms(null), '', NOW - 25 * HOUR));
    routerParams.current = { c: old };
    render(<CardPageRoute />);
    expect(screen.getByTestId('card-old-note')).toBeTruthy();
    expect(screen.getByTestId('task-sms-status').textContent).toBe('等待短信');
  });

  test('a tampered, truncated or empty code shows the friendly error, never a blank page', () => {
    const flipped = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
    for (const bad of [flipped, code.slice(0, -3), '', '%E0%A4%A', 'x'.repeat(2000)]) {
      routerParams.current = { c: bad };
      const { unmount } = render(<CardPageRoute />);
      expect(screen.getByTestId('card-unreadable').textContent).toContain('这张卡片无法读取');
      expect(screen.getByText('链接可能不完整、被改动过或来自旧版本。请让发送人重新分享一次。')).toBeTruthy();
      unmount();
    }
  });

  test('onShareAppMessage: a reply button shares a reply path, the menu re-shares the card', () => {
    routerParams.current = { c: code };
    render(<CardPageRoute />);
    const button = screen.getByTestId('reply-sms-verified');
    expect(button.getAttribute('data-open-type')).toBe('share');
    const fromButton = shareAppMessage.current?.({ from: 'button', target: { id: button.id } }) as {
      title: string;
      path: string;
    };
    expect(fromButton.title).toBe('法人已完成备案短信核验');
    expect(fromButton.path.startsWith('/pages/card/index?r=')).toBe(true);
    const decoded = decodeReply(fromButton.path.split('?r=')[1]);
    expect(decoded).toEqual({
      ok: true,
      card: { filingId: ID, verifier: 'legal-representative', action: 'sms-verified', at: NOW },
    });

    const photos = shareAppMessage.current?.({ from: 'button', target: { id: 'reply-id-photos-sent' } }) as {
      path: string;
    };
    const photosReply = decodeReply(photos.path.split('?r=')[1]);
    expect(photosReply.ok && photosReply.card.action).toBe('id-photos-sent');

    const fromMenu = shareAppMessage.current?.({ from: 'menu' }) as { title: string; path: string };
    expect(fromMenu).toEqual({ title: '请在 12:00 前完成备案短信核验', path: cardPath(code) });
  });
});

describe('reply page (administrator)', () => {
  const reply = (at: number, action: ReplyData['action'] = 'sms-verified', filingId = ID): string =>
    encodeReply({ filingId, verifier: 'legal-representative', action, at });

  test('shows what will change, changes nothing before confirming, then marks the verifier verified', () => {
    setFilings([filingWithSms(NOW - 2 * HOUR)]);
    const at = NOW - 30 * 60_000;
    routerParams.current = { r: encodeURIComponent(reply(at)) };
    render(<CardPageRoute />);
    expect(screen.getByTestId('reply-change').textContent).toContain(
      `法人的短信核验：倒计时中 → 已核验（${chinaClock(at)}）`,
    );
    expect(useAppStore.getState().filings[ID].smsCycles[0].tracks[0].verifiedAt).toBeNull();

    act(() => {
      fireEvent.click(screen.getByTestId('reply-confirm'));
    });
    const track = useAppStore.getState().filings[ID].smsCycles[0].tracks[0];
    expect(track.verifiedAt).toBe(at);
    expect(track.deadline).toBe(NOW - 2 * HOUR + SMS_WINDOW_MS);
    expect(screen.getByTestId('reply-applied').textContent).toContain('已更新：法人已完成短信核验');
    expect(screen.getByTestId('reply-track-state').textContent).toBe('已核验');
    expect(screen.queryByTestId('reply-confirm')).toBeNull();
  });

  test('a reply for an unknown or deleted filing says so and changes nothing', () => {
    const other = filingWithSms(NOW - 2 * HOUR);
    setFilings([other]);
    const before = JSON.stringify(useAppStore.getState().filings);
    routerParams.current = { r: reply(NOW, 'sms-verified', 'Zz9yXw8vUt7s') };
    render(<CardPageRoute />);
    expect(screen.getByTestId('reply-unknown').textContent).toContain('找不到对应的备案项目');
    expect(screen.getByText(/没有做任何修改/)).toBeTruthy();
    expect(screen.queryByTestId('reply-confirm')).toBeNull();
    expect(JSON.stringify(useAppStore.getState().filings)).toBe(before);
  });

  test('without an SMS window in the app it says so and starts a round only after confirming', () => {
    setFilings([filingWithSms(null)]);
    routerParams.current = { r: reply(NOW) };
    render(<CardPageRoute />);
    expect(screen.getByTestId('reply-change').textContent).toContain('应用里还没有开始短信核验倒计时');
    expect(useAppStore.getState().filings[ID].smsCycles).toEqual([]);
    act(() => {
      fireEvent.click(screen.getByTestId('reply-confirm'));
    });
    const cycles = useAppStore.getState().filings[ID].smsCycles;
    expect(cycles).toHaveLength(1);
    expect(cycles[0].tracks[0]).toMatchObject({ verifier: 'legal-representative', verifiedAt: NOW });
  });

  test('ID photos sent is recorded as a note on the "enter filing info" step', () => {
    setFilings([filingWithSms(null)]);
    routerParams.current = { r: reply(NOW, 'id-photos-sent') };
    render(<CardPageRoute />);
    expect(screen.getByTestId('reply-change').textContent).toContain('法人已于 11月26日 14:00 发来身份证照片');
    act(() => {
      fireEvent.click(screen.getByTestId('reply-confirm'));
    });
    const step = useAppStore.getState().filings[ID].steps['filing-enter-info'];
    expect(step.note).toBe('法人已于 11月26日 14:00 发来身份证照片');
    expect(step.status).toBe('todo');
  });

  test('a damaged reply code shows the reply error', () => {
    setFilings([filingWithSms(null)]);
    routerParams.current = { r: reply(NOW).slice(0, -2) };
    render(<CardPageRoute />);
    expect(screen.getByTestId('card-unreadable').textContent).toContain('这条回复无法读取');
  });
});
