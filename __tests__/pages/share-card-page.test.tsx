import { render, screen, fireEvent, act } from '@testing-library/react';
import { resetTaroMock, routerParams, shareAppMessage } from '../support/taro-mock';
import { useAppStore } from '@/store';
import CardPageRoute from '@/pages/card/index';
import { newFilingRecord, type FilingRecord } from '@/domain/filing-record';
import {
  cardPath,
  decodeReply,
  encodeCard,
  encodeReply,
  replyTo,
  type CardData,
  type ReplyData,
} from '@/domain/share-card';
import { buildCardData } from '@/domain/share-card-builder';
import { newCycle, startTrack, SMS_WINDOW_MS } from '@/domain/sms-window';
import { seededRandom } from '@/domain/random-id';
import { present } from '../support/present';

const NOW = Date.UTC(2026, 10, 26, 6, 0, 0); // 14:00 China time
const HOUR = 3_600_000;
const ID = 'Fq7kPz2mWx9a';

function filingWithSms(receivedAt: number | null): FilingRecord {
  const record = newFilingRecord(ID, '青禾备案', NOW - 5 * 24 * HOUR);
  record.profile.entityName = '杭州青禾科技有限公司';
  record.profile.miniProgramName = '青禾备忘';
  if (receivedAt !== null) {
    const cycle = newCycle(['legal-representative'], receivedAt - HOUR, seededRandom(13));
    const started = startTrack(present(cycle.tracks[0], "the new round's track"), receivedAt, receivedAt);
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
    // What the sender typed is quoted, in its own block, under a caption that says so.
    const quote = screen.getByTestId('card-quote');
    expect(quote.textContent).toContain('以下是发送人自己填写的内容，备案助手无法核实');
    expect(screen.getByTestId('card-company').textContent).toBe('「杭州青禾科技有限公司」');
    expect(screen.getByTestId('card-mini-program').textContent).toBe('「青禾备忘」');
    expect(screen.getByTestId('card-sender').textContent).toBe('「小王」');
    for (const id of ['card-company', 'card-mini-program', 'card-sender']) {
      expect(quote.contains(screen.getByTestId(id))).toBe(true);
    }
    expect(screen.getByTestId('card-hero-label').textContent).toBe('发给你的备案任务');
    expect(screen.queryByTestId('card-caution')).toBeNull();
    // The official guidance is the app's own, outside the quoted block.
    const guidance = screen.getByTestId('official-guidance');
    expect(guidance.textContent).toContain('备案助手提供 · 官方渠道');
    expect(quote.contains(guidance)).toBe(false);
    expect(screen.getByTestId('card-progress').textContent).toBe('总进度 0/18');
    expect(screen.getByTestId('card-made-at').textContent).toBe('制作于 11月26日 13:50（北京时间）');
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
    const old = encodeCard(
      buildCardData(filingWithSms(null), '', NOW - 25 * HOUR, 'legal-representative', 'PendRound123'),
    );
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
      card: {
        filingId: ID,
        roundId: card.roundId,
        cardCreatedAt: card.createdAt,
        verifier: 'legal-representative',
        action: 'sms-verified',
        at: NOW,
      },
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

describe('a crafted card (issue 13, finding 3)', () => {
  const card = buildCardData(filingWithSms(NOW - 2 * HOUR), '', NOW - 10 * 60_000);
  const crafted: CardData = {
    ...card,
    company: '工信部 beian-miit.top 核验中心',
    miniProgram: '',
    sender: '工信部备案中心',
  };

  test('a link, a phone-like number and an official name are shown quoted, with a caution, never as links', () => {
    routerParams.current = { c: encodeCard({ ...crafted, miniProgram: '客服 95555' }) };
    render(<CardPageRoute />);
    expect(screen.getByTestId('card-company').textContent).toBe('「工信部 beian-miit.top 核验中心」');
    expect(screen.getByTestId('card-sender').textContent).toBe('「工信部备案中心」');
    expect(screen.getByTestId('card-hero-label').textContent).toBe('发给你的备案任务');
    const caution = screen.getByTestId('card-caution');
    expect(caution.textContent).toContain('请注意：发送人填写的内容不是官方信息');
    expect(screen.getByTestId('card-caution-link').textContent).toBe(
      '里面有网址。请不要打开，短信核验只在 beian.miit.gov.cn 完成。',
    );
    expect(screen.getByTestId('card-caution-phone-like').textContent).toContain('12381');
    expect(screen.getByTestId('card-caution-official-name').textContent).toContain('不是工信部、管局或微信的通知');
    // Nothing from the card is a link or a tel: target.
    expect(document.querySelectorAll('a, [href]')).toHaveLength(0);
    expect(screen.getByTestId('miit-site').textContent).toBe('beian.miit.gov.cn');
  });

  test('a card made years ahead (a deadline in 2099) is shown as invalid, without tasks or reply buttons', () => {
    const future: CardData = {
      ...card,
      createdAt: Date.UTC(2099, 5, 9, 10),
      tasks: { idPhotos: 'todo', sms: 'counting', smsDeadline: Date.UTC(2099, 5, 10, 10) },
    };
    routerParams.current = { c: encodeCard(future) };
    render(<CardPageRoute />);
    expect(screen.getByTestId('card-invalid-time').textContent).toContain('这张卡片的时间不可信');
    expect(screen.getByTestId('card-invalid-time').textContent).toContain('2099年06月09日 18:00');
    expect(screen.queryByTestId('card-view')).toBeNull();
    expect(screen.queryByTestId('reply-sms-verified')).toBeNull();
    expect((shareAppMessage.current?.({ from: 'menu' }) as { path: string }).path).toBe('/pages/progress/index');
  });
});

describe('reply page (administrator)', () => {
  /** A reply to a card made 10 minutes ago for the filing's current round. */
  const replyData = (at: number, action: ReplyData['action'] = 'sms-verified', filingId = ID): ReplyData => {
    const made = buildCardData(filingWithSms(NOW - 2 * HOUR), '', NOW - 10 * 60_000);
    return { ...replyTo(made, action, at), filingId };
  };
  const reply = (at: number, action: ReplyData['action'] = 'sms-verified', filingId = ID): string =>
    encodeReply(replyData(at, action, filingId));

  test('shows what will change, changes nothing before confirming, then marks the verifier verified', () => {
    setFilings([filingWithSms(NOW - 2 * HOUR)]);
    const at = NOW - 30 * 60_000;
    routerParams.current = { r: encodeURIComponent(reply(at)) };
    render(<CardPageRoute />);
    expect(screen.getByTestId('reply-change').textContent).toContain(
      '法人的短信核验：倒计时中 → 已核验（11月26日 13:30）',
    );
    expect(screen.getByTestId('reply-at').textContent).toBe('时间：11月26日 13:30（北京时间）');
    expect(screen.getByTestId('reply-card-made').textContent).toBe('回复的是 11月26日 13:50 发出的任务卡');
    expect(useAppStore.getState().filings[ID]?.smsCycles[0]?.tracks[0]?.verifiedAt).toBeNull();

    act(() => {
      fireEvent.click(screen.getByTestId('reply-confirm'));
    });
    const track = useAppStore.getState().filings[ID]?.smsCycles[0]?.tracks[0];
    expect(track?.verifiedAt).toBe(at);
    expect(track?.deadline).toBe(NOW - 2 * HOUR + SMS_WINDOW_MS);
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

  test('without the round the card named, a reply creates none and changes nothing (finding 1)', () => {
    setFilings([filingWithSms(null)]);
    const before = JSON.stringify(useAppStore.getState().filings);
    routerParams.current = { r: reply(NOW) };
    render(<CardPageRoute />);
    expect(screen.getByTestId('reply-plan-foreign-round').textContent).toContain('没有做任何修改');
    expect(screen.queryByTestId('reply-confirm')).toBeNull();
    expect(JSON.stringify(useAppStore.getState().filings)).toBe(before);
  });

  test('a reply to an earlier round says so, with its date, and changes nothing (finding 1)', () => {
    const resubmitted = filingWithSms(NOW - 2 * HOUR);
    const old = replyData(NOW - 9 * 24 * HOUR);
    const round = present(resubmitted.smsCycles[0], 'the round');
    resubmitted.smsCycles = [
      { ...round, id: old.roundId, outcome: 'expired' },
      { ...round, id: 'RoundNew0001' },
    ];
    setFilings([resubmitted]);
    const before = JSON.stringify(useAppStore.getState().filings);
    routerParams.current = { r: encodeReply({ ...old, cardCreatedAt: NOW - 9 * 24 * HOUR - HOUR }) };
    render(<CardPageRoute />);
    expect(screen.getByTestId('reply-plan-earlier-round').textContent).toBe(
      '这条回复属于较早的一轮短信核验（11月17日 13:00 的任务卡），之后已重新提交过。没有做任何修改。',
    );
    expect(screen.queryByTestId('reply-confirm')).toBeNull();
    expect(JSON.stringify(useAppStore.getState().filings)).toBe(before);
  });

  test('the same reply opened again after confirming is a duplicate and changes nothing', () => {
    setFilings([filingWithSms(NOW - 2 * HOUR)]);
    routerParams.current = { r: reply(NOW - 30 * 60_000) };
    const first = render(<CardPageRoute />);
    act(() => {
      fireEvent.click(screen.getByTestId('reply-confirm'));
    });
    first.unmount();
    const after = JSON.stringify(useAppStore.getState().filings);
    render(<CardPageRoute />);
    expect(screen.getByTestId('reply-plan-already-verified').textContent).toBe(
      '法人已在 11月26日 13:30 记为已核验，不需要修改。',
    );
    expect(screen.queryByTestId('reply-confirm')).toBeNull();
    expect(JSON.stringify(useAppStore.getState().filings)).toBe(after);
  });

  test.each(Object.getOwnPropertyNames(Object.prototype).filter((name) => /^[A-Za-z0-9_-]{10,16}$/.test(name)))(
    'a reply for filing "%s" shows "no matching filing" instead of crashing (finding 4)',
    (name) => {
      setFilings([filingWithSms(NOW - 2 * HOUR)]);
      routerParams.current = { r: reply(NOW, 'sms-verified', name) };
      render(<CardPageRoute />);
      expect(screen.getByTestId('reply-unknown').textContent).toContain('找不到对应的备案项目');
    },
  );

  test('ID photos sent is recorded as a note on the "enter filing info" step, once', () => {
    setFilings([filingWithSms(NOW - 2 * HOUR)]);
    const changedAt = useAppStore.getState().filings[ID]?.steps['filing-enter-info'].changedAt;
    routerParams.current = { r: reply(NOW, 'id-photos-sent') };
    const first = render(<CardPageRoute />);
    expect(screen.getByTestId('reply-change').textContent).toContain('法人已于 11月26日 14:00 发来身份证照片');
    act(() => {
      fireEvent.click(screen.getByTestId('reply-confirm'));
    });
    const step = present(useAppStore.getState().filings[ID], 'the filing').steps['filing-enter-info'];
    expect(step.note).toBe('法人已于 2026年11月26日 14:00 发来身份证照片');
    expect(step.status).toBe('todo');
    expect(step.changedAt).toBe(changedAt);
    first.unmount();
    render(<CardPageRoute />);
    expect(screen.getByTestId('reply-plan-already-noted')).toBeTruthy();
    expect(screen.queryByTestId('reply-confirm')).toBeNull();
  });

  test('a damaged reply code shows the reply error', () => {
    setFilings([filingWithSms(null)]);
    routerParams.current = { r: reply(NOW).slice(0, -2) };
    render(<CardPageRoute />);
    expect(screen.getByTestId('card-unreadable').textContent).toContain('这条回复无法读取');
  });
});
