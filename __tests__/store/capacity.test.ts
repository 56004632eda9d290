/**
 * Capacity at the app's own maxima, through the real store under WeChat's limits (the storage
 * fake: 1 MB per key, 10 MB in all): MAX_FILINGS filings, every field, note and log at its limit
 * (the fixture is built from RECORD_LIMITS alone). All of it must persist, and every key's size
 * is reported, with the cost of continuous typing at that load, in
 * artifacts/storage-figures.json (printed by `npm test`).
 */
import fs from 'fs';
import path from 'path';
import { createAppStore } from '@/store/create-store';
import { MAX_FILINGS, readFilingRecord } from '@/domain/filing-record';
import { clampToLimits, pathsWithoutLimit } from '@/domain/record-limits';
import { STEP_IDS } from '@/domain/journey-steps';
import { createWxStorage, wxRawStorage, KEY_LIMIT_BYTES, TOTAL_LIMIT_BYTES } from '../support/wx-fake/storage';
import { maximalFiling, unusedRows, WIDEST_CHAR } from '../support/max-filing';
import { present } from '../support/present';

const T0 = Date.UTC(2026, 4, 6, 2, 0, 0);
const ids = Array.from({ length: MAX_FILINGS }, (_, i) => `F${String(i).padStart(3, '0')}`);

describe('the limits table', () => {
  test('covers every text field and list of a filing, and every row is used', () => {
    const filing = maximalFiling('X', T0);
    expect(pathsWithoutLimit(filing)).toEqual([]);
    expect(unusedRows()).toEqual([]);
  });

  test('a filing at every limit is what the reader and the write path keep, unchanged', () => {
    const filing = maximalFiling('X', T0);
    expect(clampToLimits(filing).changed).toBe(false);
    expect(readFilingRecord(JSON.parse(JSON.stringify(filing)))).toEqual(filing);
  });

  test('past a limit, text is cut, logs keep their newest entries, and control characters go', () => {
    const filing = maximalFiling('X', T0);
    const over = {
      ...filing,
      steps: {
        ...filing.steps,
        'reg-1.1': { ...filing.steps['reg-1.1'], note: `a\u0000b${'备'.repeat(600)}` },
        'filing-sms': {
          ...filing.steps['filing-sms'],
          rejections: Array.from({ length: 9 }, (_, i) => ({ at: i, field: 'f', reason: 'r', fix: 'x' })),
        },
      },
    };
    const { value, changed } = clampToLimits(over);
    expect(changed).toBe(true);
    expect(value.steps['reg-1.1'].note).toBe(`ab${'备'.repeat(498)}`);
    expect(value.steps['filing-sms'].rejections.map((r) => r.at)).toEqual([3, 4, 5, 6, 7, 8]);
    // A step no reviewer can reject keeps no rejection history at all.
    const odd = {
      ...filing,
      steps: {
        ...filing.steps,
        'reg-1.1': { ...filing.steps['reg-1.1'], rejections: over.steps['filing-sms'].rejections },
      },
    };
    expect(clampToLimits(odd).value.steps['reg-1.1'].rejections).toEqual([]);
  });
});

test(`${MAX_FILINGS} filings at every maximum persist under WeChat's limits; every key's size is reported`, () => {
  const data = new Map<string, unknown>();
  const fake = createWxStorage({ data });
  const store = createAppStore(wxRawStorage(fake));
  store.getState().setLocalePreference('zh-CN');
  const expected = ids.map((id, i) => maximalFiling(id, T0 + i));
  for (const filing of expected) {
    expect(store.getState().createFiling(WIDEST_CHAR, filing.id, filing.createdAt)).toEqual({
      ok: true,
      id: filing.id,
    });
    expect(store.getState().updateFiling(filing.id, () => filing, filing.updatedAt)).toEqual({ ok: true });
  }
  expect(store.flush()).toEqual({ ok: true });

  const again = createAppStore(wxRawStorage(createWxStorage({ data })));
  expect(again.getState().recovery).toBeNull();
  expect(again.getState().unreadableFilings).toEqual([]);
  expect(again.getState().filingOrder).toHaveLength(MAX_FILINGS);
  for (const filing of expected) expect(again.getState().filings[filing.id]).toEqual(filing);

  const sizes = [...data.keys()].map((key) => ({ key, bytes: fake.sizeOf(key) })).sort((a, b) => b.bytes - a.bytes);
  const total = fake.usedBytes();
  const largest = sizes[0];
  // "Well under" 1 MB: a tenth of it.
  expect(largest?.bytes).toBeLessThan(KEY_LIMIT_BYTES / 10);
  expect(total).toBeLessThan(TOTAL_LIMIT_BYTES * 0.8);

  // Continuous typing (10 characters a second for 20 s) into one full filing at this load, with
  // the writer's own clock: writes and bytes per second.
  let clock = T0;
  const timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 0;
  const typing = createAppStore(wxRawStorage(createWxStorage({ data })), {
    now: () => clock,
    timers: {
      set: (fn, ms) => {
        timers.push({ at: clock + ms, fn, id: ++nextId });
        return nextId;
      },
      clear: (handle) => {
        const i = timers.findIndex((t) => t.id === handle);
        if (i >= 0) timers.splice(i, 1);
      },
    },
  });
  const before = typing.writeStats();
  const seconds = 20;
  const note = expected[0]?.steps['reg-1.1'].note.slice(0, 300);
  const firstId = present(ids[0], 'the first filing id');
  for (let i = 1; i <= seconds * 10; i += 1) {
    clock += 100;
    for (const t of timers.filter((x) => x.at <= clock)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
    typing.getState().setStepNote(firstId, STEP_IDS[0], `${note}${'字'.repeat(i % 200)}`, clock);
  }
  typing.flush();
  const after = typing.writeStats();
  const writesPerSecond = (after.writes - before.writes) / seconds;
  const bytesPerSecond = Math.round((after.bytes - before.bytes) / seconds);
  expect(writesPerSecond).toBeLessThanOrEqual(2.1);
  // Before issue 10 every keystroke rewrote the one key holding everything.
  const singleKeyBytes = Buffer.byteLength(
    JSON.stringify(
      JSON.stringify({ state: { filings: Object.fromEntries(expected.map((f) => [f.id, f])) }, version: 2 }),
    ),
  );

  const summary = {
    filings: MAX_FILINGS,
    largestKey: largest?.key,
    largestKeyBytes: largest?.bytes,
    totalBytes: total,
    keys: sizes.length,
    keyLimitBytes: KEY_LIMIT_BYTES,
    totalLimitBytes: TOTAL_LIMIT_BYTES,
    typingWritesPerSecond: writesPerSecond,
    typingBytesPerSecond: bytesPerSecond,
    before: { singleKeyBytes, typingBytesPerSecond: singleKeyBytes * 10 },
  };
  const dir = path.resolve(__dirname, '../../artifacts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'storage-figures.json'),
    `${JSON.stringify({ summary, keys: Object.fromEntries(sizes.map((s) => [s.key, s.bytes])) }, null, 2)}\n`,
  );
  console.log(
    `BUDGET storage at ${MAX_FILINGS} full filings: largest key ${largest?.bytes} B (${largest?.key}), total ${total} B of ${TOTAL_LIMIT_BYTES}; typing ${writesPerSecond} writes/s, ${bytesPerSecond} B/s`,
  );
});
