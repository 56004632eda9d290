/**
 * The SMS war-room in the browser build with Playwright's clock API controlling time: a filing
 * whose legal representative is not the person in charge; start the 24-hour window for both,
 * jump 23 hours and see the warning, verify one, jump past 24 hours and see the expiry, reload
 * (state intact), resubmit (new round, history kept), reload again; on the way, the Progress
 * card's nearest deadline. Screenshots in zh-CN and en (artifacts/screenshots/countdowns-*).
 */
import type { Page } from 'playwright-core';
import { startApp, newPhone, open, shot, storedState, byTestId, tapModalButton, type App } from './support';
import { STEP_IDS } from '@/domain/journey-steps';

jest.setTimeout(180_000);

const HOUR = 3_600_000;
const STORE_KEY = 'filing-companion';
const FILING_ID = 'e2eSmsFiling1';
// 2026-03-10 09:00 China time.
const T0 = Date.UTC(2026, 2, 10, 1, 0, 0);

const TEXT = {
  en: {
    waiting: 'Waiting for SMS',
    hourWarning: 'Less than 1 hour left',
    waitingOther: 'Waiting for the other verifier',
    expired: 'Expired',
    rejected: 'rejected automatically',
    confirm: 'OK',
    history: 'Earlier rounds (1)',
    outcome: 'Rejected: time ran out',
    verified: 'Verified',
    progressMore: 'Other clocks running: 1',
  },
  'zh-CN': {
    waiting: '等待短信',
    hourWarning: '剩余不到 1 小时',
    waitingOther: '等待另一位核验人',
    expired: '已超时',
    rejected: '备案已被自动驳回',
    confirm: '确定',
    history: '历次核验（1）',
    outcome: '超时被驳回',
    verified: '已核验',
    progressMore: '另有 1 个计时进行中',
  },
} as const;

/** A stored filing as the app's persist layer writes it, wrapped the way Taro H5 stores values. */
function seededStorageValue(t0 = T0): string {
  const steps: Record<string, unknown> = {};
  for (const id of STEP_IDS) {
    steps[id] = { status: 'done', changedAt: t0 - 48 * HOUR, note: '', rejections: [] };
  }
  steps['filing-sms'] = { status: 'in-progress', changedAt: t0 - HOUR, note: '', rejections: [] };
  steps['filing-bureau-review'] = { status: 'todo', changedAt: null, note: '', rejections: [] };
  steps['filing-approved'] = { status: 'todo', changedAt: null, note: '', rejections: [] };
  const filing = {
    id: FILING_ID,
    name: 'Acme 小程序',
    createdAt: t0 - 72 * HOUR,
    updatedAt: t0 - HOUR,
    profile: {
      legalRepIsPersonInCharge: false,
      legalRepresentative: { name: '张三', idNumber: '', idValidFrom: '', idValidTo: '', idLongTerm: false },
      personInCharge: { name: '李四', idNumber: '', idValidFrom: '', idValidTo: '', idLongTerm: false, mobile: '' },
    },
    marks: {},
    steps,
    verificationMethod: 'wechat-verification',
    filingNumber: null,
    smsCycles: [],
    photos: {},
  };
  const persisted = {
    state: {
      localePreference: 'system',
      filings: { [FILING_ID]: filing },
      filingOrder: [FILING_ID],
      unreadableFilings: [],
    },
    version: 2,
  };
  // Taro H5's setStorageSync writes localStorage[key] = JSON.stringify({ data }).
  return JSON.stringify({ data: JSON.stringify(persisted) });
}

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const textOf = async (page: Page, id: string) => (await byTestId(page, id).textContent())?.trim() ?? '';
async function see(page: Page, id: string, text: string | RegExp, timeout = 10_000) {
  await byTestId(page, id).filter({ hasText: text }).waitFor({ state: 'visible', timeout });
}

describe.each(['en', 'zh-CN'] as const)('SMS war-room (%s)', (locale) => {
  const tx = TEXT[locale];

  test('start, 23 h warning, one verified, expiry, reload, resubmit with history, reload', async () => {
    const page = await newPhone(app.browser, { locale });
    await page.clock.install({ time: T0 });
    const seed = seededStorageValue();
    // Seed once per context; reloads keep what the app saved.
    await page.addInitScript(
      ([key, value]) => {
        // Seeded in the old single-key form (migrated at launch), once: not again after the app saved its own keys.
        if (!window.localStorage.getItem(key) && !window.localStorage.getItem('fc.index')) {
          window.localStorage.setItem(key, value);
        }
      },
      [STORE_KEY, seed] as const,
    );
    await open(page, app.url, `pages/sms/index?id=${FILING_ID}`);
    await see(page, 'track-state-legal-representative', tx.waiting);
    await see(page, 'track-state-person-in-charge', tx.waiting);
    await shot(page, `countdowns-${locale}-waiting`);

    // 1. Start the SMS window for both verifiers.
    await byTestId(page, 'received-legal-representative').click();
    await byTestId(page, 'received-person-in-charge').click();
    await see(page, 'countdown-legal-representative', /^2[34]:\d\d:\d\d$/);
    await see(page, 'countdown-person-in-charge', /^2[34]:\d\d:\d\d$/);
    // It ticks.
    const first = await textOf(page, 'countdown-legal-representative');
    await page.clock.runFor(3000);
    await page.waitForFunction(([sel, before]) => document.querySelector(sel)?.textContent?.trim() !== before, [
      '[data-testid="countdown-legal-representative"]',
      first,
    ] as const);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `countdowns-${locale}-counting`);

    // The Progress card: the nearest deadline, whom it waits for, and the other clock counted.
    await open(page, app.url, 'pages/progress/index');
    await see(page, `countdown-summary-${FILING_ID}`, tx.progressMore);
    expect(await textOf(page, 'summary-time')).toMatch(/^2[34]:\d\d:\d\d$/);
    await shot(page, `countdowns-${locale}-progress`);
    await open(page, app.url, `pages/sms/index?id=${FILING_ID}`);
    await see(page, 'countdown-legal-representative', /^2[34]:\d\d:\d\d$/);

    // 2. Jump 23 hours: the 1-hour warning.
    await page.clock.fastForward(23 * HOUR);
    await page.clock.runFor(1000);
    await see(page, 'warning-legal-representative', tx.hourWarning);
    await see(page, 'countdown-legal-representative', /^00:5\d:\d\d$/);
    await see(page, 'warning-person-in-charge', tx.hourWarning);

    // 3. The legal representative verifies: waiting for the other one.
    await byTestId(page, 'verify-legal-representative').click();
    await see(page, 'track-state-legal-representative', tx.verified);
    await see(page, 'sms-waiting-other', tx.waitingOther);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `countdowns-${locale}-waiting-other`);

    // Reload mid-window: the state comes back from the stored epoch ms.
    await page.reload();
    await see(page, 'sms-waiting-other', tx.waitingOther);
    await see(page, 'countdown-person-in-charge', /^00:5\d:\d\d$/);

    // 4. Jump past 24 hours: expired, the filing rejected, the resubmission flow.
    await page.clock.fastForward(2 * HOUR);
    await page.clock.runFor(1000);
    await see(page, 'track-state-person-in-charge', tx.expired);
    await see(page, 'sms-rejected', tx.rejected);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `countdowns-${locale}-expired`);

    // 5. Reload: still expired and rejected.
    await page.reload();
    await see(page, 'sms-rejected', tx.rejected);
    await see(page, 'track-state-person-in-charge', tx.expired);
    await see(page, 'track-state-legal-representative', tx.verified);

    await byTestId(page, 'resubmit').click();
    await tapModalButton(page, tx.confirm);
    await see(page, 'track-state-legal-representative', tx.waiting);
    await see(page, 'track-state-person-in-charge', tx.waiting);
    await byTestId(page, 'history-toggle').click();
    await see(page, 'history-item', tx.outcome);

    // Reload after the resubmission: the new round and its history are intact.
    await page.reload();
    await see(page, 'track-state-person-in-charge', tx.waiting);
    await see(page, 'history-toggle', tx.history);
    await byTestId(page, 'history-toggle').click();
    await see(page, 'history-item', tx.outcome);
    const state = await storedState(page);
    expect(state.filings[FILING_ID].smsCycles.map((c: { outcome: string }) => c.outcome)).toEqual(['expired', 'open']);
    expect(state.filings[FILING_ID].steps['filing-sms'].status).toBe('in-progress');
    expect(state.filings[FILING_ID].steps['filing-sms'].rejections).toHaveLength(1);
    await byTestId(page, 'history-item').scrollIntoViewIfNeeded();
    await shot(page, `countdowns-${locale}-resubmitted`);
    await page.context().close();
  });
});

test.each(['zh-CN', 'en'] as const)(
  'everyone verified: the bureau review clock across National Day (%s)',
  async (locale) => {
    // Monday 2026-09-28 10:00 China time; both verify, then the phone is opened on 2026-10-12.
    const start = Date.UTC(2026, 8, 28, 2, 0, 0);
    const page = await newPhone(app.browser, { locale });
    await page.clock.install({ time: start });
    const seed = seededStorageValue(start);
    await page.addInitScript(
      ([key, value]) => {
        // Seeded in the old single-key form (migrated at launch), once: not again after the app saved its own keys.
        if (!window.localStorage.getItem(key) && !window.localStorage.getItem('fc.index')) {
          window.localStorage.setItem(key, value);
        }
      },
      [STORE_KEY, seed] as const,
    );
    await open(page, app.url, `pages/sms/index?id=${FILING_ID}`);
    await byTestId(page, 'received-legal-representative').click();
    await byTestId(page, 'received-person-in-charge').click();
    await byTestId(page, 'verify-legal-representative').click();
    await byTestId(page, 'verify-person-in-charge').click();
    await byTestId(page, 'sms-all-verified').waitFor();
    await page.clock.fastForward(14 * 24 * HOUR);
    await page.reload();
    const card = byTestId(page, 'review-clock-filing-bureau-review');
    await card.waitFor();
    await see(page, 'review-day-n', locale === 'en' ? 'Working day 6' : '第 6 个工作日');
    expect(await textOf(page, 'review-latest')).toBe('2026-10-30');
    expect(await byTestId(page, 'strip-2026-10-01').getAttribute('data-kind')).toBe('holiday');
    expect(await byTestId(page, 'strip-2026-10-10').getAttribute('data-kind')).toBe('makeup-workday');
    await card.scrollIntoViewIfNeeded();
    await shot(page, `countdowns-${locale}-bureau-review`);
    // The reminder for the latest date downloads an .ics file in the browser build.
    const download = page.waitForEvent('download');
    await byTestId(page, 'review-calendar-filing-bureau-review').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const body = await file.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(body).toContain('BEGIN:VEVENT');
    expect(body).toContain('DTSTART:20261030T010000Z');
    expect(body).toContain('BEGIN:VALARM');
    await page.context().close();
  },
);
