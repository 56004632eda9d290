/**
 * Writes on the built weapp (dist/ in miniprogram-simulate, wx storage = the WeChat fake with
 * its 1 MB / 10 MB limits), at the app's maximum load: 100 filings with every field and log at
 * its limit. Continuous typing into a step note (10 characters a second) must reach storage at
 * most about twice a second, one filing key at a time; the time of each write and of the input
 * handling that makes it are measured. Figures: artifacts/storage-weapp-figures.json.
 */
import fs from 'fs';
import path from 'path';
import { launchWeapp, loadPage, realSleep, waitFor } from './harness';
import { maximalFiling } from '../support/max-filing';
import { present } from '../support/present';

jest.setTimeout(90_000);

const IDS = Array.from({ length: 100 }, (_, i) => `W${String(i).padStart(3, '0')}`);
const T0 = Date.UTC(2026, 4, 6, 2, 0, 0);

function seededStorage(): Record<string, string> {
  const storage: Record<string, string> = {
    'fc.settings': JSON.stringify({ v: 3, localePreference: 'zh-CN' }),
    'fc.index': JSON.stringify({ v: 3, order: IDS }),
  };
  for (const [i, id] of IDS.entries()) {
    const filing = maximalFiling(id, T0 + i);
    // The first step is still to do, so the filing page opens on it with its note field.
    filing.steps['reg-1.1'] = { status: 'todo', changedAt: null, note: '', rejections: [] };
    storage[`fc.f.${id}`] = JSON.stringify({ v: 3, filing });
  }
  return storage;
}

test('typing a note at 100 full filings: about two writes a second, each of one filing key', async () => {
  const session = launchWeapp({ language: 'zh_CN', initialStorage: seededStorage() });
  const page = await loadPage('pages/filing/index', { id: present(IDS[0], 'the first filing id') });
  await page.waitForText('备注');
  const before = session.storageWrites.length;
  const dispatch: Array<{ ms: number; wrote: boolean }> = [];
  const seconds = 4;
  const started = Date.now();
  let text = '';
  for (let i = 0; i < seconds * 10; i += 1) {
    text += '备';
    const writesBefore = session.storageWrites.length;
    await page.input(`note-reg-1.1`, text);
    dispatch.push({ ms: page.lastDispatchMs, wrote: session.storageWrites.length > writesBefore });
    await realSleep(Math.max(0, started + (i + 1) * 100 - Date.now()));
  }
  const elapsed = (Date.now() - started) / 1000;
  const typed = session.storageWrites.slice(before);
  // Leaving the page writes what is left.
  page.onHide();
  await waitFor(
    () => JSON.parse(session.storage.get(`fc.f.${IDS[0]}`) as string).filing.steps['reg-1.1'].note === text,
  );

  expect(typed.every((w) => w.ok && w.key === `fc.f.${IDS[0]}`)).toBe(true);
  const writesPerSecond = typed.length / elapsed;
  expect(writesPerSecond).toBeLessThanOrEqual(2.5);
  expect(writesPerSecond).toBeGreaterThan(0.5);
  const bytesPerSecond = Math.round(typed.reduce((sum, w) => sum + w.bytes, 0) / elapsed);
  const msPerWrite = typed.reduce((sum, w) => sum + w.ms, 0) / typed.length;
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const withWrite = mean(dispatch.filter((d) => d.wrote).map((d) => d.ms));
  const withoutWrite = mean(dispatch.filter((d) => !d.wrote).map((d) => d.ms));
  const summary = {
    filings: IDS.length,
    keys: session.storage.size,
    typingSeconds: Number(elapsed.toFixed(2)),
    writesPerSecond: Number(writesPerSecond.toFixed(2)),
    bytesPerSecond,
    bytesPerWrite: Math.round(typed.reduce((sum, w) => sum + w.bytes, 0) / typed.length),
    msPerSetStorageSync: Number(msPerWrite.toFixed(2)),
    msPerInputWithWrite: Number(withWrite.toFixed(2)),
    msPerInputWithoutWrite: Number(withoutWrite.toFixed(2)),
  };
  const dir = path.resolve(__dirname, '../../artifacts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'storage-weapp-figures.json'), `${JSON.stringify({ summary }, null, 2)}\n`);
  console.log(
    `BUDGET weapp typing at 100 full filings: ${summary.writesPerSecond} writes/s, ${bytesPerSecond} B/s, ${summary.msPerSetStorageSync} ms per setStorageSync; input handling ${summary.msPerInputWithWrite} ms with a write, ${summary.msPerInputWithoutWrite} ms without`,
  );
});
