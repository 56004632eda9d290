/**
 * The filing page's rule-driven parts: the face check with its own countdown, the yearly renewal
 * of WeChat verification with three calendar reminders, the route choices per entity type.
 */
jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
import { render, screen, fireEvent, act } from '@testing-library/react';
import { taroCalls } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { FilingPage } from '@/features/journey/filing-page';
import type { FilingProfile } from '@/domain/filing';
import { resetJourneyStore, seedFiling } from './journey-support';

const HOUR = 3_600_000;
// 2026-03-10 09:00 China time.
const T0 = Date.UTC(2026, 2, 10, 1, 0, 0);

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(T0);
  resetJourneyStore();
});
afterEach(() => jest.useRealTimers());

const open = (step: string) => {
  if (!screen.queryByTestId(`note-${step}`)) fireEvent.click(screen.getByTestId(`step-toggle-${step}`));
};
const edit = (id: string, change: (p: FilingProfile) => FilingProfile) =>
  act(() => useAppStore.getState().updateProfile(id, change, Date.now()));
const tick = (ms: number) =>
  act(() => {
    jest.advanceTimersByTime(ms);
  });

test('the face check: the 24-hour notice counts down, passing starts the 3-day task, expiry asks for a new one', () => {
  const id = seedFiling();
  edit(id, (p) => ({ ...p, administrator: { ...p.administrator, name: '王五' } }));
  render(<FilingPage id={id} />);
  open('filing-face-check');
  expect(screen.getByTestId('face-check').textContent).toContain('核身人：王五');
  fireEvent.click(screen.getByTestId('face-received'));
  expect(screen.getByTestId('face-check-state').textContent).toBe('通知有效中');
  expect(screen.getByTestId('face-check-remaining').textContent).toBe('24:00:00');
  expect(useAppStore.getState().filings[id]?.steps['filing-face-check'].status).toBe('in-progress');
  tick(2 * HOUR);
  expect(screen.getByTestId('face-check-remaining').textContent).toBe('22:00:00');

  fireEvent.click(screen.getByTestId('face-passed'));
  expect(screen.getByTestId('face-check-state').textContent).toBe('已通过，待提交');
  expect(screen.getByTestId('face-check-remaining').textContent).toBe('70:00:00');
  expect(useAppStore.getState().filings[id]?.steps['filing-face-check'].status).toBe('done');

  tick(71 * HOUR);
  expect(screen.getByTestId('face-check-state').textContent).toBe('任务已过期');
  fireEvent.click(screen.getByTestId('face-restart'));
  expect(screen.getByTestId('face-check-state').textContent).toBe('通知有效中');
});

test('submitting the filing in time settles the face check', () => {
  const id = seedFiling();
  render(<FilingPage id={id} />);
  open('filing-face-check');
  fireEvent.click(screen.getByTestId('face-received'));
  fireEvent.click(screen.getByTestId('face-passed'));
  act(() => useAppStore.getState().setStep(id, 'filing-platform-review', 'in-progress', Date.now() + HOUR));
  expect(screen.getByTestId('face-check-state').textContent).toBe('已按时提交');
});

test('renewal: verification approved today runs one year; three reminders go to the phone calendar', async () => {
  const id = seedFiling();
  act(() => useAppStore.getState().setVerificationMethod(id, 'wechat-verification', Date.now()));
  render(<FilingPage id={id} />);
  expect(screen.queryByTestId('renewal-card')).toBeNull();
  open('verify-review');
  fireEvent.click(screen.getByTestId('set-verify-review-done'));
  expect(useAppStore.getState().filings[id]?.profile.verificationApprovedOn).toBe('2026-03-10');
  expect(screen.getByTestId('renewal-expires').textContent).toBe('有效期至 2027-03-10');
  expect(screen.getByTestId('renewal-status').textContent).toBe('还有 365 天到期');

  await act(async () => {
    fireEvent.click(screen.getByTestId('renewal-calendar'));
  });
  const calls = taroCalls
    .filter((c) => c.api === 'addPhoneCalendar')
    .map((c) => c.args as { startTime: number; title: string });
  // 30, 7 and 1 days before 2027-03-10, at 09:00 China time (01:00 UTC).
  expect(calls.map((c) => new Date(c.startTime * 1000).toISOString())).toEqual([
    '2027-02-08T01:00:00.000Z',
    '2027-03-03T01:00:00.000Z',
    '2027-03-09T01:00:00.000Z',
  ]);
  expect(calls[0]?.title).toBe('微信认证 30 天后到期');

  // Eleven months on, the in-app reminder says how close it is.
  act(() =>
    useAppStore.getState().updateProfile(id, (p) => ({ ...p, verificationApprovedOn: '2025-03-15' }), Date.now()),
  );
  expect(screen.getByTestId('renewal-status').textContent).toBe('5 天后到期：请在到期前完成年审');
  act(() =>
    useAppStore.getState().updateProfile(id, (p) => ({ ...p, verificationApprovedOn: '2025-03-01' }), Date.now()),
  );
  expect(screen.getByTestId('renewal-status').textContent).toContain('已过期 9 天');
});

test('the bank-transfer route has no renewal card (the yearly review is WeChat verification’s)', () => {
  const id = seedFiling();
  act(() => {
    const store = useAppStore.getState();
    store.setVerificationMethod(id, 'bank-transfer', Date.now());
    store.setStep(id, 'verify-review', 'done', Date.now());
  });
  render(<FilingPage id={id} />);
  expect(screen.queryByTestId('renewal-card')).toBeNull();
  open('verify-review');
  expect(screen.getByTestId('step-verify-review').textContent).toContain('对公打款验证');
});

test('routes per entity type: a government body sees only WeChat verification, with its fee disagreement', () => {
  const id = seedFiling();
  edit(id, (p) => ({ ...p, entityType: 'government' }));
  render(<FilingPage id={id} />);
  open('verify-method');
  expect(screen.queryByTestId('method-bank-transfer')).toBeNull();
  expect(screen.getByTestId('method-wechat-verification').textContent).toContain('指南 300 元，其他资料 0 元');
});

test('an individual business shows both fees and the 1–3 day review', () => {
  const id = seedFiling();
  edit(id, (p) => ({ ...p, entityType: 'individual-business' }));
  render(<FilingPage id={id} />);
  open('verify-method');
  expect(screen.getByTestId('method-bank-transfer')).toBeTruthy();
  expect(screen.getByTestId('method-wechat-verification').textContent).toContain('指南 300 元，其他资料 30 元');
  expect(screen.getByTestId('method-wechat-verification').textContent).toContain('审核 1–3 个工作日');
});
