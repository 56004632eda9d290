/**
 * measureSetData() from the weapp harness, on the built 我的 page (pages/me/index).
 * Needs a current build: `npx taro build --type weapp`.
 */
import { launchWeapp, loadPage, measureSetData, type LoadedPage } from './harness';

jest.setTimeout(15_000);

let me: LoadedPage;

beforeAll(async () => {
  launchWeapp({ language: 'zh_CN' });
  me = await loadPage('pages/me/index');
  await me.waitForText('语言');
});

afterEach(() => {
  jest.useRealTimers();
});

test('an idle page makes no setData calls (real clock)', async () => {
  const report = await measureSetData(me, { durationMs: 1000 });
  expect(report.clock).toBe('real');
  expect(report.total).toEqual({ calls: 0, callsPerSecond: 0, maxBytes: 0, avgBytes: 0, totalBytes: 0 });
  expect(report.page.callsPerSecond).toBe(0);
  expect(report.customWrapper.callsPerSecond).toBe(0);
});

test('a hidden idle page makes no setData calls', async () => {
  const report = await measureSetData(me, { durationMs: 300, hidden: true });
  expect(report.hidden).toBe(true);
  expect(report.total.calls).toBe(0);
});

test('updates inside the window are counted with their payload sizes', async () => {
  const report = await measureSetData(me, { durationMs: 400, during: () => me.tap('language-en') });
  await me.waitForText('Language');
  expect(report.page.calls).toBeGreaterThanOrEqual(1);
  expect(report.calls.every((c) => c.route === 'pages/me/index')).toBe(true);
  expect(report.page.maxBytes).toBe(Math.max(...report.calls.filter((c) => c.target === 'page').map((c) => c.bytes)));
  expect(report.page.avgBytes).toBeGreaterThan(0);
  expect(report.page.avgBytes).toBeLessThanOrEqual(report.page.maxBytes);
  expect(report.page.callsPerSecond).toBeCloseTo(report.page.calls / 0.4, 5);
});

test('jest fake timers: idle is 0 per second, and Taro’s batched setData still lands', async () => {
  jest.useFakeTimers();
  const idle = await measureSetData(me, { durationMs: 5000 });
  expect(idle.clock).toBe('fake');
  expect(idle.total.calls).toBe(0);

  const start = Date.now();
  const busy = await measureSetData(me, { durationMs: 1000, during: () => me.tap('language-zh-CN') });
  expect(busy.page.calls).toBeGreaterThanOrEqual(1);
  // Timestamps are on the fake clock, inside the window.
  expect(busy.calls.every((c) => c.when >= start && c.when <= start + 1000 + 200)).toBe(true);
  await me.waitForText('语言');
});
