import fs from 'node:fs';
import path from 'node:path';
/**
 * setData budget of the SMS war-room on the built weapp (dist/): two counting verifiers on
 * screen must cost at most 1 setData call per second and at most 200 bytes per tick while shown,
 * and nothing while hidden. Needs a current build: `npx taro build --type weapp`.
 */
import { newFilingRecord } from '@/domain/filing-record';
import { launchWeapp, loadPage, measureSetData, waitFor, type LoadedPage, type SetDataCall } from './harness';

jest.setTimeout(30_000);

const STORE_KEY = 'filing-companion';
const STORE_VERSION = 2;
const FILING_ID = 'budgetFiling1';
const HOUR = 3_600_000;
const MEASURE_MS = 5000;

/** Persisted app state with one filing whose two verifiers both have an SMS counting. */
function seededStorage(now: number): Record<string, unknown> {
  const filing = newFilingRecord(FILING_ID, 'Budget', now - 3 * HOUR);
  filing.profile.miniProgramPrincipalRole = 'administrator';
  filing.steps['filing-sms'] = { status: 'in-progress', changedAt: now - 2 * HOUR, note: '', rejections: [] };
  filing.smsCycles = [
    {
      id: 'RoundBudget1',
      startedAt: now - 3 * HOUR,
      outcome: 'open',
      tracks: [
        {
          verifier: 'legal-representative',
          receivedAt: now - HOUR,
          deadline: now + 23 * HOUR,
          verifiedAt: null,
          wrongEntries: 0,
        },
        {
          verifier: 'person-in-charge',
          receivedAt: now - 2 * HOUR,
          deadline: now + 22 * HOUR,
          verifiedAt: null,
          wrongEntries: 0,
        },
      ],
    },
  ];
  const state = {
    localePreference: 'zh-CN',
    filings: { [FILING_ID]: filing },
    filingOrder: [FILING_ID],
    unreadableFilings: [],
  };
  return { [STORE_KEY]: JSON.stringify({ state, version: STORE_VERSION }) };
}

/** The most setData calls that landed within one whole second of the clock. */
function maxCallsInOneSecond(calls: SetDataCall[]): number {
  const perSecond = new Map<number, number>();
  for (const call of calls) {
    const second = Math.floor(call.when / 1000);
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
  }
  return Math.max(0, ...perSecond.values());
}

let page: LoadedPage;

afterAll(() => {
  // Hidden pages unsubscribe, so the app-wide ticker stops and jest can exit.
  page?.onHide();
  jest.useRealTimers();
});

beforeAll(async () => {
  launchWeapp({ language: 'zh_CN', initialStorage: seededStorage(Date.now()) });
  page = await loadPage('pages/sms/index', { id: FILING_ID });
  await page.waitForText('剩余时间');
  // Both countdowns rendered as HH:MM:SS (22:59:5x and 21:59:5x).
  await waitFor(() => (page.text().match(/\b2[12]:\d{2}:\d{2}\b/g) ?? []).length >= 2, {
    timeoutMs: 3000,
    describe: () => page.text(),
  });
});

test('two visible countdowns: at most 1 setData per second, at most 200 bytes per tick; 0 while hidden', async () => {
  const shown = await measureSetData(page, { durationMs: MEASURE_MS });
  const hidden = await measureSetData(page, { durationMs: MEASURE_MS, hidden: true });
  const perSecond = maxCallsInOneSecond(shown.calls);

  console.log(
    `BUDGET setData: shown ${shown.total.callsPerSecond.toFixed(2)} calls/s, max ${shown.total.maxBytes} B/tick; hidden ${hidden.total.calls} calls` +
      ` (shown: ${shown.total.calls} calls in ${MEASURE_MS} ms, page ${shown.page.calls}, custom-wrapper ${shown.customWrapper.calls}, max ${perSecond} in one second, avg ${Math.round(shown.total.avgBytes)} B)`,
  );

  // npm test prints this file in its summary (README: where the figures appear).
  fs.mkdirSync(path.join(__dirname, '..', '..', 'artifacts'), { recursive: true });
  fs.writeFileSync(
    path.join(__dirname, '..', '..', 'artifacts', 'setdata-figures.json'),
    JSON.stringify(
      {
        summary: {
          page: 'pages/sms/index with two counting verifiers',
          shownCallsPerSecond: Number(shown.total.callsPerSecond.toFixed(2)),
          shownMaxBytesPerTick: shown.total.maxBytes,
          shownAvgBytesPerTick: Math.round(shown.total.avgBytes),
          hiddenCalls: hidden.total.calls,
          pageLevelCalls: shown.page.calls,
        },
      },
      null,
      2,
    ),
  );

  // It really ticks: about one update per second, and both texts move in each one.
  expect(shown.total.calls).toBeGreaterThanOrEqual(Math.floor(MEASURE_MS / 1000) - 2);
  expect(perSecond).toBeLessThanOrEqual(1);
  expect(shown.total.callsPerSecond).toBeLessThanOrEqual(1.2);
  expect(shown.total.maxBytes).toBeLessThanOrEqual(200);
  // The page itself does not re-render per tick: every tick goes through the CustomWrapper.
  expect(shown.page.calls).toBe(0);
  // Both texts change every second, and they go out together in one call.
  expect(shown.calls.every((c) => c.keys.length >= 2)).toBe(true);
  expect(hidden.total.calls).toBe(0);
});

test('on show the countdown is recomputed and ticks again', async () => {
  const before = page.text().match(/\b22:\d{2}:\d{2}\b/)?.[0];
  page.onHide();
  page.onShow();
  await waitFor(
    () => {
      const now = page.text().match(/\b22:\d{2}:\d{2}\b/)?.[0];
      return now !== undefined && now !== before;
    },
    { timeoutMs: 3000, describe: () => page.text() },
  );
});

test('a long run on the fake clock: the rings move (4-minute steps) in different ticks, so no tick exceeds 200 bytes', async () => {
  page.onHide();
  // 3 s before a ring step of the legal representative; the person in charge steps 2 minutes later.
  const start = Math.ceil(Date.now() / 240_000) * 240_000 + 240_000 - 3000;
  jest.useFakeTimers({ now: start, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  launchWeapp({ language: 'zh_CN', initialStorage: seededStorage(start) });
  page = await loadPage('pages/sms/index', { id: FILING_ID });
  await page.waitForText('剩余时间');
  const run = await measureSetData(page, { durationMs: 250_000, stepMs: 250 });
  const ringSteps = run.calls.filter((c) => c.keys.some((k) => k.endsWith('.st')));
  console.log(
    `BUDGET setData (fake clock, 250 s): shown ${run.total.callsPerSecond.toFixed(2)} calls/s, max ${run.total.maxBytes} B/tick, ` +
      `${ringSteps.length} ticks with a ring step (max ${Math.max(0, ...ringSteps.map((c) => c.bytes))} B), max ${maxCallsInOneSecond(run.calls)} in one second`,
  );
  expect(run.total.calls).toBeGreaterThanOrEqual(245);
  expect(maxCallsInOneSecond(run.calls)).toBeLessThanOrEqual(1);
  expect(run.page.calls).toBe(0);
  // Three ring steps in 250 s (two for the legal representative, one for the person in charge), each alone in its tick.
  expect(ringSteps).toHaveLength(3);
  expect(ringSteps.every((c) => c.keys.filter((k) => k.endsWith('.st')).length === 1)).toBe(true);
  expect(run.total.maxBytes).toBeLessThanOrEqual(200);
  const hidden = await measureSetData(page, { durationMs: 60_000, stepMs: 1000, hidden: true });
  expect(hidden.total.calls).toBe(0);
});
