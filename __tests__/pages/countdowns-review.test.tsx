/**
 * Review clocks in China working days (ReviewClockCard) and the Progress-card summary
 * (FilingCountdownSummary). Dates are China dates; the suite passes under any TZ.
 */
import { render, screen, fireEvent, act, cleanup } from '@testing-library/react';
import { resetTaroMock, taroCalls } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { FilingCountdownSummary, CountdownVisibility } from '@/features/countdowns';
import { ReviewClockCard } from '@/features/countdowns/subpackage';
import { resetTickerForTests, tickSubscriberCount } from '@/features/countdowns/ticker';
import { chinaMidnight } from '@/domain/working-days';
import type { StepId } from '@/domain/journey-steps';
import type { SmsCycle } from '@/domain/sms-window';
import { present } from '../support/present';

const HOUR = 3_600_000;
const ID = 'filingReview1';
/** 10:00 China time on a China date. */
const at10 = (date: string) => chinaMidnight(date) + 10 * HOUR;

function seed(now: number) {
  const store = useAppStore.getState();
  store.createFiling('Review test', ID, now);
  store.updateProfile(ID, (p) => ({ ...p, miniProgramPrincipalRole: 'administrator' }), now);
}

const filing = () => present(useAppStore.getState().filings[ID], 'the filing');

function Card({ step }: { step: StepId }) {
  const f = present(
    useAppStore((s) => s.filings[ID]),
    'the filing',
  );
  return <ReviewClockCard filing={f} step={step} />;
}

function Summary({ visible = true }: { visible?: boolean }) {
  const f = present(
    useAppStore((s) => s.filings[ID]),
    'the filing',
  );
  return (
    <CountdownVisibility visible={visible}>
      <FilingCountdownSummary filing={f} />
    </CountdownVisibility>
  );
}

function verifiedCycle(verifiedAt: number): SmsCycle {
  return {
    id: 'RoundReview1',
    startedAt: verifiedAt - 5 * HOUR,
    outcome: 'all-verified',
    tracks: [
      {
        verifier: 'legal-representative',
        receivedAt: verifiedAt - 4 * HOUR,
        deadline: verifiedAt + 20 * HOUR,
        verifiedAt: verifiedAt - HOUR,
        wrongEntries: 0,
      },
      {
        verifier: 'person-in-charge',
        receivedAt: verifiedAt - 4 * HOUR,
        deadline: verifiedAt + 20 * HOUR,
        verifiedAt,
        wrongEntries: 1,
      },
    ],
  };
}

beforeEach(() => {
  jest.useFakeTimers();
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

test('renders nothing until the clock has started', () => {
  jest.setSystemTime(at10('2026-03-10'));
  seed(Date.now());
  const { container } = render(
    <>
      <Card step='filing-bureau-review' />
      <Card step='filing-platform-review' />
      <Card step='verify-review' />
      <Card step='filing-sms' />
    </>,
  );
  expect(container.innerHTML).toBe('');
});

test('bureau review across National Day: working day N of up to 20, holidays and make-up days on the strip', () => {
  // Everyone verified on Monday 2026-09-28; today is Monday 2026-10-12.
  jest.setSystemTime(at10('2026-10-12'));
  seed(at10('2026-09-20'));
  act(() => useAppStore.getState().setSmsCycles(ID, () => [verifiedCycle(at10('2026-09-28'))], at10('2026-09-28')));
  render(<Card step='filing-bureau-review' />);
  const card = screen.getByTestId('review-clock-filing-bureau-review');
  expect(card.textContent).toContain('Provincial bureau review');
  // 09-29, 09-30, (10-01..07 off), 10-08, 10-09, 10-10 (make-up Saturday), 10-12.
  expect(screen.getByTestId('review-day-n').textContent).toBe('Working day 6');
  expect(card.textContent).toContain('of up to 20');
  expect(screen.getByTestId('review-earliest').textContent).toBe('2026-09-29');
  // 20 working days: 09-29, 09-30, 10-08, 10-09, 10-10 (5), 10-12..16 (10), 10-19..23 (15), 10-26..30 (20).
  expect(screen.getByTestId('review-latest').textContent).toBe('2026-10-30');
  expect(screen.getByTestId('strip-2026-10-01').getAttribute('data-kind')).toBe('holiday');
  expect(screen.getByTestId('strip-2026-10-10').getAttribute('data-kind')).toBe('makeup-workday');
  expect(screen.getByTestId('strip-2026-10-11').getAttribute('data-kind')).toBe('weekend');
  expect(screen.getByTestId('strip-2026-10-12').className).toContain('review-strip__cell--today');
  expect(card.textContent).not.toContain('estimate');
  expect(screen.queryByTestId('review-overdue')).toBeNull();
});

test('dates past the published holiday data carry an estimate badge', () => {
  jest.setSystemTime(at10('2026-12-21'));
  seed(at10('2026-12-01'));
  act(() => useAppStore.getState().setSmsCycles(ID, () => [verifiedCycle(at10('2026-12-18'))], at10('2026-12-18')));
  render(<Card step='filing-bureau-review' />);
  const card = screen.getByTestId('review-clock-filing-bureau-review');
  expect(screen.getByTestId('review-latest').textContent?.startsWith('2027-')).toBe(true);
  expect(screen.getAllByText('estimate').length).toBeGreaterThanOrEqual(1);
  expect(card.textContent).toContain('official holidays are not published yet');
  expect(screen.getByTestId('strip-2027-01-04').className).toContain('review-strip__cell--estimated');
  expect(screen.getByTestId('strip-2026-12-21').className).not.toContain('estimated');
});

test('platform initial review past 2 working days is overdue, with what to do', () => {
  jest.setSystemTime(at10('2026-03-10'));
  seed(at10('2026-03-01'));
  act(() => useAppStore.getState().setStep(ID, 'filing-platform-review', 'in-progress', at10('2026-03-02')));
  render(<Card step='filing-platform-review' />);
  expect(screen.getByTestId('review-clock-filing-platform-review').textContent).toContain('Overdue');
  expect(screen.getByTestId('review-latest').textContent).toBe('2026-03-04');
  expect(screen.getByTestId('review-overdue').textContent).toContain('customer service');
  expect(screen.getByTestId('review-day-n').textContent).toBe('Working day 6');
});

test('WeChat verification shows the guide’s 1–5 days and notes other sources say up to 15; reminder for the latest date', async () => {
  jest.setSystemTime(at10('2026-03-03'));
  seed(at10('2026-03-01'));
  act(() => useAppStore.getState().setStep(ID, 'verify-review', 'in-progress', at10('2026-03-02')));
  render(<Card step='verify-review' />);
  const card = screen.getByTestId('review-clock-verify-review');
  expect(card.textContent).toContain('of up to 5');
  expect(screen.getByTestId('review-latest').textContent).toBe('2026-03-09');
  expect(card.textContent).toContain('other sources say up to 15 (latest about 2026-03-23)');
  await act(async () => {
    fireEvent.click(screen.getByTestId('review-calendar-verify-review'));
  });
  const call = taroCalls.find((c) => c.api === 'addPhoneCalendar');
  expect(call?.args).toMatchObject({ startTime: (chinaMidnight('2026-03-09') + 9 * HOUR) / 1000, alarm: true });
});

test('the Progress summary: the nearest deadline and whom it waits for, a count of the other clocks, reviews when nothing else runs', () => {
  jest.setSystemTime(at10('2026-03-10'));
  seed(Date.now());
  const { container } = render(<Summary />);
  expect(container.innerHTML).toBe('');
  expect(tickSubscriberCount()).toBe(0);
  const time = () => screen.getByTestId('summary-time').textContent;
  const more = () => screen.queryByTestId('summary-more')?.textContent ?? null;

  const now = Date.now();
  const cycle = (outcome: SmsCycle['outcome']): SmsCycle => ({
    id: 'RoundReview2',
    startedAt: now,
    outcome,
    tracks: [
      {
        verifier: 'legal-representative',
        receivedAt: now - HOUR,
        deadline: now + 23 * HOUR,
        verifiedAt: null,
        wrongEntries: 0,
      },
      { verifier: 'person-in-charge', receivedAt: null, deadline: null, verifiedAt: null, wrongEntries: 0 },
    ],
  });
  act(() => useAppStore.getState().setSmsCycles(ID, () => [cycle('open')], now));
  expect(screen.getByTestId('summary-sms-legal-representative').textContent).toBe(
    "Entity's person in charge SMS time left",
  );
  expect(time()).toBe('23:00:00');
  expect(more()).toBeNull();
  act(() => {
    jest.advanceTimersByTime(5000);
  });
  expect(time()).toBe('22:59:55');

  // A running review is counted, not shown: the SMS window is nearer.
  act(() => useAppStore.getState().setStep(ID, 'filing-platform-review', 'in-progress', at10('2026-03-09')));
  expect(screen.getByTestId('summary-sms-legal-representative')).toBeTruthy();
  expect(more()).toBe('Other clocks running: 1');

  // A face-check notice running out in 2 hours is now the nearest.
  act(() => {
    const at = Date.now();
    useAppStore.getState().setFaceCheck(ID, { noticeAt: at - 22 * HOUR, passedAt: null }, at);
  });
  expect(screen.getByTestId('summary-face-notice-open').textContent).toBe(
    "Mini program's person in charge face check time left",
  );
  expect(time()).toBe('02:00:00');
  expect(more()).toBe('Other clocks running: 2');

  // It runs out: the card moves on to the next nearest by itself.
  act(() => {
    jest.advanceTimersByTime(2 * HOUR + 1000);
  });
  expect(screen.queryByTestId('summary-face-notice-open')).toBeNull();
  expect(screen.getByTestId('summary-sms-legal-representative')).toBeTruthy();
  expect(time()).toBe('20:59:54');
  expect(more()).toBe('Other clocks running: 1');

  // Nothing counts to the second any more: the review, and no ticking at all.
  act(() => useAppStore.getState().setSmsCycles(ID, () => [cycle('all-verified')], Date.now()));
  expect(screen.getByTestId('summary-review-platform-initial').textContent).toBe(
    'Platform initial review: working day 1 of 2',
  );
  expect(screen.queryByTestId('summary-time')).toBeNull();
  expect(more()).toBeNull();
  expect(tickSubscriberCount()).toBe(0);
});

test('the Progress summary in Chinese names the clock and whom it waits for', () => {
  jest.setSystemTime(at10('2026-03-10'));
  act(() => useAppStore.setState({ localePreference: 'zh-CN' }));
  seed(Date.now());
  const now = Date.now();
  act(() => {
    useAppStore.getState().setFaceCheck(ID, { noticeAt: now - 2 * HOUR, passedAt: now - HOUR }, now);
    useAppStore.getState().setSmsCycles(
      ID,
      () => [
        {
          id: 'RoundReview3',
          startedAt: now,
          outcome: 'open',
          tracks: [
            {
              verifier: 'legal-representative',
              receivedAt: now,
              deadline: now + 24 * HOUR,
              verifiedAt: null,
              wrongEntries: 0,
            },
            {
              verifier: 'person-in-charge',
              receivedAt: now - 5 * HOUR,
              deadline: now + 19 * HOUR,
              verifiedAt: null,
              wrongEntries: 0,
            },
          ],
        },
      ],
      now,
    );
  });
  render(<Summary />);
  expect(screen.getByTestId('summary-sms-person-in-charge').textContent).toBe('小程序负责人短信核验剩余');
  expect(screen.getByTestId('summary-time').textContent).toBe('19:00:00');
  expect(screen.getByTestId('summary-more').textContent).toBe('另有 2 个计时进行中');
});

test('the summary shows an expiry it sees without writing it, and stops ticking while its page is hidden', () => {
  jest.setSystemTime(at10('2026-03-10'));
  seed(Date.now());
  const now = Date.now();
  act(() =>
    useAppStore.getState().setSmsCycles(
      ID,
      () => [
        {
          id: 'RoundReview2',
          startedAt: now,
          outcome: 'open',
          tracks: [
            {
              verifier: 'legal-representative',
              receivedAt: now - 23 * HOUR,
              deadline: now + HOUR,
              verifiedAt: null,
              wrongEntries: 0,
            },
          ],
        },
      ],
      now,
    ),
  );
  const view = render(<Summary />);
  expect(tickSubscriberCount()).toBeGreaterThan(0);
  view.rerender(<Summary visible={false} />);
  expect(tickSubscriberCount()).toBe(0);
  expect(jest.getTimerCount()).toBe(0);
  jest.setSystemTime(now + 2 * HOUR);
  view.rerender(<Summary visible />);
  expect(screen.queryByTestId('summary-sms-legal-representative')).toBeNull();
  // Derived on read: a view never writes the outcome (issue 10, finding 8).
  expect(filing().smsCycles[0]?.outcome).toBe('open');
});
