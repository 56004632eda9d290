/**
 * setData on the Progress tab of the built weapp (dist/) while several filings count down their
 * SMS windows: the cards sit in one CustomWrapper, so every countdown on the tab goes out in one
 * setData a second, none on the page itself, and none while the tab is hidden. Each card shows
 * only its nearest deadline (other clocks are counted, not ticked), so a tick carries one text
 * per card and stays within the 200 B per-tick budget (issue 11).
 */
import fs from 'node:fs';
import path from 'node:path';
import { newFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { launchWeapp, loadPage, measureSetData, waitFor, type LoadedPage } from './harness';

jest.setTimeout(30_000);

const HOUR = 3_600_000;
const MEASURE_MS = 5000;
const FILINGS = 3;
/** Bytes of one tick's setData (issue 5's budget for a countdown page, issue 11 for this tab). */
const TICK_BUDGET_BYTES = 200;

/**
 * Persisted state with FILINGS filings, each with both verifiers' SMS windows counting. Beside
 * them, the first filing's face check (issue 12) runs its 3-day task and the second's platform
 * review counts working days: clocks a card counts but does not tick.
 */
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
    if (i === 0) filing.faceCheck = { noticeAt: now - 5 * HOUR, passedAt: now - 4 * HOUR };
    if (i === 1) {
      filing.steps['filing-platform-review'] = {
        status: 'in-progress',
        changedAt: now - 4 * HOUR,
        note: '',
        rejections: [],
      };
    }
    filings[filing.id] = filing;
  }
  const state = { localePreference: 'zh-CN', filings, filingOrder: Object.keys(filings), unreadableFilings: [] };
  return { 'filing-companion': JSON.stringify({ state, version: 2 }) };
}

let page: LoadedPage;

afterAll(() => {
  page?.onHide();
});

test(`${FILINGS} filings counting on the Progress tab: one setData a second for all of them, at most ${TICK_BUDGET_BYTES} B, none on the page, none hidden`, async () => {
  launchWeapp({ language: 'zh_CN', initialStorage: seededStorage(Date.now()) });
  page = await loadPage('pages/progress/index');
  // One countdown per card, the nearest: the mini program principal's SMS window (an hour
  // nearer than the entity principal's), with the card's other clocks counted.
  await waitFor(() => (page.text().match(/\b\d{2}:\d{2}:\d{2}\b/g) ?? []).length === FILINGS, {
    timeoutMs: 3000,
    describe: () => page.text(),
  });
  const text = page.text();
  expect(text.match(/小程序负责人短信核验剩余/g)).toHaveLength(FILINGS);
  expect(text.match(/另有 2 个计时进行中/g)).toHaveLength(2);
  expect(text.match(/另有 1 个计时进行中/g)).toHaveLength(1);
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
        budgetBytesPerTick: TICK_BUDGET_BYTES,
      },
    }),
  );
  expect(shown.total.calls).toBeGreaterThanOrEqual(Math.floor(MEASURE_MS / 1000) - 2);
  expect(maxInOneSecond).toBeLessThanOrEqual(1);
  expect(shown.page.calls).toBe(0);
  // One text per card moves in each call: the nearest deadline's.
  expect(shown.calls.every((c) => c.keys.length === FILINGS)).toBe(true);
  expect(shown.total.maxBytes).toBeLessThanOrEqual(TICK_BUDGET_BYTES);
  expect(hidden.total.calls).toBe(0);
});
