/**
 * SMS war-room (pages/sms) under jest fake timers: the 24-hour window per verifier, warnings,
 * waiting for the other verifier, expiry and resubmission, reopening after a kill, clock jumps,
 * wrong entries and calendar reminders. Must pass under TZ=Asia/Shanghai, UTC and America/Los_Angeles.
 */
import { render, screen, fireEvent, act, cleanup } from '@testing-library/react';
import Taro from '@tarojs/taro';
import {
  resetTaroMock,
  routerParams,
  taroCalls,
  modalAnswers,
  triggerDidHide,
  triggerDidShow,
} from '../support/taro-mock';
import { useAppStore } from '@/store';
import SmsRoute from '@/pages/sms/index';
import { resetTickerForTests, tickSubscriberCount } from '@/features/countdowns/ticker';
import { formatLocalTime } from '@/features/countdowns/time-text';
import { present } from '../support/present';

const HOUR = 3_600_000;
// 2026-03-10 09:00:00.250 China time: a Tuesday; the .250 checks alignment to whole seconds.
const T0 = Date.UTC(2026, 2, 10, 1, 0, 0, 250);
const FILING = 'filingA00001';

/** One filing: legal representative 张三, administrator 李四; `samePerson` makes 张三 the mini program principal too. */
function seedFiling(samePerson = false) {
  const store = useAppStore.getState();
  store.createFiling('Acme mini program', FILING, T0);
  store.updateProfile(
    FILING,
    (p) => ({
      ...p,
      miniProgramPrincipalRole: samePerson ? 'entity-principal' : 'administrator',
      entityPrincipal: { ...p.entityPrincipal, name: '张三' },
      administrator: { ...p.administrator, name: '李四' },
    }),
    T0,
  );
  // Typing is coalesced; a seeded filing is written at once, as leaving the profile page would.
  useAppStore.flush();
}

function openPage() {
  routerParams.current = { id: FILING };
  return render(<SmsRoute />);
}

function filing() {
  return present(useAppStore.getState().filings[FILING], 'the filing');
}

function tick(ms: number) {
  act(() => {
    jest.advanceTimersByTime(ms);
  });
}

/** The phone sleeps or the user leaves: the page is hidden, time passes, the page is shown again. */
function awayFor(ms: number) {
  act(() => triggerDidHide());
  expect(tickSubscriberCount()).toBe(0);
  expect(jest.getTimerCount()).toBe(0);
  jest.setSystemTime(Date.now() + ms);
  act(() => triggerDidShow());
}

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(T0);
  resetTaroMock();
  resetTickerForTests();
  act(() =>
    useAppStore.setState({ localePreference: 'en', filings: {}, filingOrder: [], recovery: null, writeFailure: null }),
  );
});

afterEach(() => {
  cleanup();
  resetTickerForTests();
  jest.useRealTimers();
});

test('one track per verifier: the entity’s person in charge and, when different, the mini program’s', () => {
  seedFiling(false);
  openPage();
  expect(screen.getByTestId('track-legal-representative').textContent).toContain("Entity's person in charge · 张三");
  expect(screen.getByTestId('track-person-in-charge').textContent).toContain("Mini program's person in charge · 李四");
  expect(text('track-state-legal-representative')).toBe('Waiting for SMS');
  // Nothing ticks before an SMS has arrived.
  expect(jest.getTimerCount()).toBe(0);
  cleanup();
  act(() => useAppStore.setState({ filings: {}, filingOrder: [] }));
  seedFiling(true);
  openPage();
  expect(screen.queryByTestId('track-person-in-charge')).toBeNull();
  expect(screen.getByTestId('track-legal-representative')).toBeTruthy();
});

test('start the window: 24:00:00 ticking each whole second from one timer, 6 h and 1 h warnings', () => {
  seedFiling(false);
  openPage();
  fireEvent.click(screen.getByTestId('received-legal-representative'));
  fireEvent.click(screen.getByTestId('received-person-in-charge'));
  const track = filing().smsCycles[0]?.tracks[0];
  // "Now", truncated to the whole second so ticks and text changes coincide.
  expect(track?.receivedAt).toBe(T0 - 250);
  expect(track?.deadline).toBe(T0 - 250 + 24 * HOUR);
  expect(filing().steps['filing-sms'].status).toBe('in-progress');
  expect(text('countdown-legal-representative')).toBe('24:00:00');
  expect(text('countdown-person-in-charge')).toBe('24:00:00');
  // Two countdowns, one app-wide ticker.
  expect(jest.getTimerCount()).toBe(1);

  tick(750); // the first tick lands on the whole second
  expect(text('countdown-legal-representative')).toBe('23:59:59');
  tick(2000);
  expect(text('countdown-legal-representative')).toBe('23:59:57');
  expect(text('countdown-person-in-charge')).toBe('23:59:57');
  expect(screen.queryByTestId('warning-legal-representative')).toBeNull();

  awayFor(18 * HOUR);
  expect(text('warning-legal-representative')).toContain('Less than 6 hours left');
  expect(text('countdown-legal-representative')).toBe('05:59:57');

  awayFor(5 * HOUR);
  expect(text('warning-legal-representative')).toContain('Less than 1 hour left');
  expect(text('warning-person-in-charge')).toContain('Less than 1 hour left');
  expect(text('countdown-legal-representative')).toBe('00:59:57');
  tick(1000);
  expect(text('countdown-legal-representative')).toBe('00:59:56');
});

test('a picked earlier arrival time moves the deadline; a time later than now means yesterday', () => {
  seedFiling(false);
  openPage();
  const twoHoursAgo = formatLocalTime(T0 - 2 * HOUR);
  fireEvent.change(screen.getByTestId('received-time-legal-representative-input'), { target: { value: twoHoursAgo } });
  expect(text('countdown-legal-representative')).toBe('22:00:00');
  // 10 minutes in the future (local time) is read as yesterday: 23 h 50 min ago -> 10 minutes left.
  const later = formatLocalTime(T0 + 10 * 60_000);
  fireEvent.change(screen.getByTestId('received-time-person-in-charge-input'), { target: { value: later } });
  expect(text('countdown-person-in-charge')).toBe('00:10:00');
  expect(text('warning-person-in-charge')).toContain('Less than 1 hour left');
});

test('verify one: the page waits for the other verifier', () => {
  seedFiling(false);
  openPage();
  fireEvent.click(screen.getByTestId('received-legal-representative'));
  fireEvent.click(screen.getByTestId('received-person-in-charge'));
  tick(3 * 60_000);
  fireEvent.click(screen.getByTestId('verify-legal-representative'));
  expect(text('track-state-legal-representative')).toBe('Verified');
  expect(screen.getByTestId('verified-at-legal-representative').textContent).toContain('Verified at');
  expect(text('sms-waiting-other')).toContain("Waiting for the other verifier: Mini program's person in charge · 李四");
  expect(text('countdown-person-in-charge')).toBe('23:57:00');

  fireEvent.click(screen.getByTestId('verify-person-in-charge'));
  expect(screen.getByTestId('sms-all-verified')).toBeTruthy();
  const f = filing();
  expect(f?.steps['filing-sms'].status).toBe('done');
  expect(f?.smsCycles[0]?.outcome).toBe('all-verified');
  // The bureau review starts at the last verification, and its clock card appears.
  expect(f?.steps['filing-bureau-review'].status).toBe('in-progress');
  expect(screen.getByTestId('review-clock-filing-bureau-review').textContent).toContain('Provincial bureau review');
  // Nothing counts any more: the ticker stopped.
  expect(tickSubscriberCount()).toBe(0);
  expect(jest.getTimerCount()).toBe(0);
});

test('past 24 hours: expired, the SMS step is rejected, and resubmitting starts a new cycle keeping history', async () => {
  seedFiling(false);
  openPage();
  fireEvent.click(screen.getByTestId('received-legal-representative'));
  fireEvent.click(screen.getByTestId('received-person-in-charge'));
  fireEvent.click(screen.getByTestId('verify-legal-representative'));
  expect(screen.getByTestId('sms-waiting-other')).toBeTruthy();

  // Stays visible and ticks across the deadline.
  awayFor(24 * HOUR - 2000);
  expect(text('countdown-person-in-charge')).toBe('00:00:02');
  tick(2000);
  expect(text('track-state-person-in-charge')).toBe('Expired');
  expect(screen.getByTestId('sms-rejected').textContent).toContain('rejected automatically');
  // Shown as rejected, derived from the deadline: looking at it writes nothing (issue 10, finding 8).
  const stored = filing();
  expect(stored?.steps['filing-sms'].status).toBe('in-progress');
  expect(stored?.smsCycles[0]?.outcome).toBe('open');
  // A settled window does not tick.
  expect(screen.queryByTestId('countdown-person-in-charge')).toBeNull();

  modalAnswers.push(true);
  await act(async () => {
    fireEvent.click(screen.getByTestId('resubmit'));
  });
  const resubmitted = filing();
  // The resubmission saves what the round became (rejected at its deadline) with the new round.
  expect(resubmitted?.steps['filing-sms'].rejections).toHaveLength(1);
  expect(resubmitted?.steps['filing-sms'].rejections[0]?.reason).toContain('24 hours');
  expect(resubmitted?.steps['filing-sms'].rejections[0]?.at).toBe(resubmitted?.smsCycles[0]?.tracks[1]?.deadline);
  expect(resubmitted?.smsCycles).toHaveLength(2);
  expect(resubmitted?.smsCycles[0]?.outcome).toBe('expired');
  expect(resubmitted?.smsCycles[1]?.outcome).toBe('open');
  expect(resubmitted?.smsCycles[1]?.tracks.every((t) => t.receivedAt === null)).toBe(true);
  expect(resubmitted?.steps['filing-sms'].status).toBe('in-progress');
  expect(text('track-state-legal-representative')).toBe('Waiting for SMS');
  expect(text('track-state-person-in-charge')).toBe('Waiting for SMS');
  expect(screen.queryByTestId('sms-rejected')).toBeNull();

  // History: collapsed, then the earlier round with its outcome.
  expect(screen.queryAllByTestId('history-item')).toHaveLength(0);
  fireEvent.click(screen.getByTestId('history-toggle'));
  const items = screen.getAllByTestId('history-item');
  expect(items).toHaveLength(1);
  expect(items[0]?.textContent).toContain('Round 1');
  expect(items[0]?.textContent).toContain('Rejected: time ran out');
});

test('killed and reopened hours later: the state is recomputed from the stored deadlines', async () => {
  seedFiling(false);
  const first = openPage();
  fireEvent.click(screen.getByTestId('received-legal-representative'));
  first.unmount();
  resetTickerForTests();
  expect(jest.getTimerCount()).toBe(0);

  // Reopened 20 h 30 min later.
  jest.setSystemTime(T0 + 20.5 * HOUR);
  openPage();
  expect(text('countdown-legal-representative')).toBe('03:30:00');
  expect(text('warning-legal-representative')).toContain('Less than 6 hours left');
  expect(text('track-state-person-in-charge')).toBe('Waiting for SMS');
  cleanup();

  // Reopened after the deadline: expired at once; opening it (twice) writes nothing, and the
  // rejection is recorded exactly once, by the action that follows.
  jest.setSystemTime(T0 + 30 * HOUR);
  openPage();
  expect(text('track-state-legal-representative')).toBe('Expired');
  expect(screen.getByTestId('sms-rejected')).toBeTruthy();
  cleanup();
  openPage();
  expect(filing().steps['filing-sms'].rejections).toHaveLength(0);
  modalAnswers.push(true);
  await act(async () => {
    fireEvent.click(screen.getByTestId('resubmit'));
  });
  expect(filing().steps['filing-sms'].rejections).toHaveLength(1);
  expect(filing().smsCycles.map((c) => c.outcome)).toEqual(['expired', 'open']);
});

test('clock moved back or forward: remaining stays within 0..24 h and the jump is noted', () => {
  seedFiling(false);
  openPage();
  fireEvent.click(screen.getByTestId('received-legal-representative'));
  tick(750 + 60_000);
  expect(text('countdown-legal-representative')).toBe('23:58:59');

  // Moved back 3 hours while the page was open: earlier than the SMS itself.
  jest.setSystemTime(Date.now() - 3 * HOUR);
  tick(1000);
  expect(text('countdown-legal-representative')).toBe('24:00:00');
  expect(text('clock-jump')).toContain('moved back by about 3 h');
  expect(screen.getByTestId('track-legal-representative').textContent).toContain('may have been changed');

  // Moved forward 30 hours (the monotonic clock says one second passed): expired, never negative.
  jest.setSystemTime(Date.now() + 30 * HOUR);
  tick(1000);
  expect(text('track-state-legal-representative')).toBe('Expired');
  expect(screen.getByTestId('clock-jump').textContent).toContain('moved forward');
  expect(document.body.textContent).not.toMatch(/-\d{2}:\d{2}:\d{2}/);
  expect(screen.getByTestId('sms-rejected')).toBeTruthy();
});

test('wrong entries: warnings after the 4th and 5th, the 6th (confirmed) returns the filing', async () => {
  seedFiling(true);
  openPage();
  fireEvent.click(screen.getByTestId('received-legal-representative'));
  for (let i = 0; i < 3; i += 1) fireEvent.click(screen.getByTestId('wrong-legal-representative'));
  expect(text('wrong-count-legal-representative')).toBe('Wrong codes entered: 3');
  expect(screen.queryByTestId('wrong-warning-legal-representative')).toBeNull();
  fireEvent.click(screen.getByTestId('wrong-legal-representative'));
  expect(text('wrong-warning-legal-representative')).toContain('Four wrong codes');
  fireEvent.click(screen.getByTestId('wrong-legal-representative'));
  expect(text('wrong-warning-legal-representative')).toContain('Five wrong codes');

  // The 6th asks first; cancelling changes nothing.
  modalAnswers.push(false);
  await act(async () => {
    fireEvent.click(screen.getByTestId('wrong-legal-representative'));
  });
  expect(filing().smsCycles[0]?.tracks[0]?.wrongEntries).toBe(5);
  modalAnswers.push(true);
  await act(async () => {
    fireEvent.click(screen.getByTestId('wrong-legal-representative'));
  });
  expect(text('track-state-legal-representative')).toBe('Returned');
  expect(text('sms-rejected')).toContain('Six wrong codes');
  expect(filing().steps['filing-sms'].status).toBe('rejected');
  expect(filing().smsCycles[0]?.outcome).toBe('locked');
});

test('12381 and beian.miit.gov.cn: the address can be copied; the resend rule is explained', async () => {
  seedFiling(true);
  openPage();
  expect(screen.getByText('The verification SMS comes from 12381 (MIIT).')).toBeTruthy();
  expect(text('miit-site')).toBe('beian.miit.gov.cn');
  expect(screen.getByText(/keeps the first SMS's deadline unless you edit the received time/)).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByTestId('copy-site'));
  });
  expect(taroCalls.find((c) => c.api === 'setClipboardData')?.args).toMatchObject({
    data: 'https://beian.miit.gov.cn',
  });
});

test('add the SMS deadline to the phone calendar with an alarm 2 hours before', async () => {
  seedFiling(true);
  openPage();
  fireEvent.click(screen.getByTestId('received-legal-representative'));
  await act(async () => {
    fireEvent.click(screen.getByTestId('sms-calendar-legal-representative'));
  });
  const call = taroCalls.find((c) => c.api === 'addPhoneCalendar');
  const deadlineSeconds = (T0 - 250 + 24 * HOUR) / 1000;
  expect(call?.args).toMatchObject({ startTime: deadlineSeconds, alarm: true, alarmOffset: 7200 });
  expect((call?.args as { title: string }).title).toContain("Entity's person in charge");
  expect(taroCalls.some((c) => c.api === 'showToast')).toBe(true);
});

test('a denied calendar permission gives a clear message and a way to settings', async () => {
  seedFiling(true);
  const getSetting = jest
    .spyOn(Taro, 'getSetting')
    .mockResolvedValue({ authSetting: { 'scope.addPhoneCalendar': false } } as never);
  openPage();
  fireEvent.click(screen.getByTestId('received-legal-representative'));
  await act(async () => {
    fireEvent.click(screen.getByTestId('sms-calendar-legal-representative'));
  });
  expect(taroCalls.some((c) => c.api === 'addPhoneCalendar')).toBe(false);
  expect(text('sms-calendar-legal-representative-denied')).toContain('No calendar permission');
  fireEvent.click(screen.getByTestId('sms-calendar-legal-representative-settings'));
  expect(taroCalls.some((c) => c.api === 'openSetting')).toBe(true);

  // Denied at the prompt itself (WeChat's "auth deny"): the same notice.
  getSetting.mockResolvedValue({ authSetting: {} } as never);
  cleanup();
  const add = jest.spyOn(Taro, 'addPhoneCalendar').mockRejectedValue({ errMsg: 'addPhoneCalendar:fail auth deny' });
  openPage();
  await act(async () => {
    fireEvent.click(screen.getByTestId('sms-calendar-legal-representative'));
  });
  expect(add).toHaveBeenCalled();
  expect(screen.getByTestId('sms-calendar-legal-representative-denied')).toBeTruthy();
  getSetting.mockRestore();
  add.mockRestore();
});

test('hidden page: nothing ticks, and on show the time is recomputed', () => {
  seedFiling(true);
  openPage();
  fireEvent.click(screen.getByTestId('received-legal-representative'));
  expect(jest.getTimerCount()).toBe(1);
  act(() => triggerDidHide());
  expect(jest.getTimerCount()).toBe(0);
  const before = text('countdown-legal-representative');
  jest.setSystemTime(T0 + HOUR);
  tick(10_000);
  expect(text('countdown-legal-representative')).toBe(before);
  act(() => triggerDidShow());
  expect(text('countdown-legal-representative')).toBe('22:59:50');
  expect(jest.getTimerCount()).toBe(1);
});

test('shows the Chinese texts by default locale preference zh-CN', () => {
  act(() => useAppStore.setState({ localePreference: 'zh-CN' }));
  seedFiling(false);
  openPage();
  expect(screen.getByText('核验短信由 12381（工信部）发送。')).toBeTruthy();
  fireEvent.click(screen.getByTestId('received-legal-representative'));
  fireEvent.click(screen.getByTestId('verify-legal-representative'));
  expect(text('sms-waiting-other')).toContain('等待另一位核验人');
});
