/**
 * setData on the Progress tab of the built weapp (dist/) while several filings count down their
 * SMS windows: the cards sit in one CustomWrapper, so every countdown on the tab goes out in one
 * setData a second, none on the page itself, and none while the tab is hidden.
 */
import fs from 'node:fs';
import path from 'node:path';
import { newFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { launchWeapp, loadPage, measureSetData, waitFor, type LoadedPage } from './harness';

jest.setTimeout(30_000);

const HOUR = 3_600_000;
const MEASURE_MS = 5000;
const FILINGS = 3;

/** Persisted state with FILINGS filings, each with both verifiers' SMS windows counting. */
function seededStorage(now: number): Record<string, unknown> {
  const filings: Record<string, FilingRecord> = {};
  for (let i = 0; i < FILINGS; i++) {
    const filing = newFilingRecord(`progressBudget${i}`, `Budget ${i + 1}`, now - 3 * HOUR);
    filing.profile.miniProgramPrincipalRole = 'administrator';
    filing.steps['filing-sms'] = { status: 'in-progress', changedAt: now - 2 * HOUR, note: '', rejections: [] };
    filing.smsCycles = [
      {
        id: `RoundBudget${i}x`,
        startedAt: now - 3 * HOUR,
        outcome: 'open',
        tracks: (['legal-representative', 'person-in-charge'] as const).map((verifier, k) => ({
          verifier,
          receivedAt: now - (i + k + 1) * HOUR,
          deadline: now + (23 - i - k) * HOUR,
          verifiedAt: null,
          wrongEntries: 0,
        })),
      },
    ];
    filings[filing.id] = filing;
  }
  const state = { localePreference: 'zh-CN', filings, filingOrder: Object.keys(filings), unreadableFilings: [] };
  return { 'filing-companion': JSON.stringify({ state, version: 2 }) };
}

let page: LoadedPage;

afterAll(() => {
  page?.onHide();
});

test(`${FILINGS} filings counting on the Progress tab: one setData a second for all of them, none on the page, none hidden`, async () => {
  launchWeapp({ language: 'zh_CN', initialStorage: seededStorage(Date.now()) });
  page = await loadPage('pages/progress/index');
  // Six countdowns (two per filing) rendered as HH:MM:SS.
  await waitFor(() => (page.text().match(/\b\d{2}:\d{2}:\d{2}\b/g) ?? []).length >= 2 * FILINGS, {
    timeoutMs: 3000,
    describe: () => page.text(),
  });
  const shown = await measureSetData(page, { durationMs: MEASURE_MS });
  const hidden = await measureSetData(page, { durationMs: MEASURE_MS, hidden: true });
  const perSecond = new Map<number, number>();
  for (const c of shown.calls)
    perSecond.set(Math.floor(c.when / 1000), (perSecond.get(Math.floor(c.when / 1000)) ?? 0) + 1);
  const maxInOneSecond = Math.max(0, ...perSecond.values());
  console.log(
    `BUDGET setData Progress tab, ${FILINGS} filings × 2 countdowns: ${shown.total.callsPerSecond.toFixed(2)} calls/s, ` +
      `max ${shown.total.maxBytes} B/tick (avg ${Math.round(shown.total.avgBytes)} B), max ${maxInOneSecond} in one second, ` +
      `page ${shown.page.calls}, hidden ${hidden.total.calls}`,
  );
  fs.mkdirSync(path.join(__dirname, '..', '..', 'artifacts'), { recursive: true });
  fs.writeFileSync(
    path.join(__dirname, '..', '..', 'artifacts', 'setdata-progress-figures.json'),
    JSON.stringify({
      summary: {
        page: `pages/progress/index with ${FILINGS} filings × 2 counting verifiers`,
        callsPerSecond: Number(shown.total.callsPerSecond.toFixed(2)),
        maxBytesPerTick: shown.total.maxBytes,
        avgBytesPerTick: Math.round(shown.total.avgBytes),
        pageLevelCalls: shown.page.calls,
        hiddenCalls: hidden.total.calls,
      },
    }),
  );
  expect(shown.total.calls).toBeGreaterThanOrEqual(Math.floor(MEASURE_MS / 1000) - 2);
  expect(maxInOneSecond).toBeLessThanOrEqual(1);
  expect(shown.page.calls).toBe(0);
  // All six texts move in each call.
  expect(shown.calls.every((c) => c.keys.length >= 2 * FILINGS)).toBe(true);
  expect(hidden.total.calls).toBe(0);
});
