/**
 * Persistence over WeChat storage (the fake with its 1 MB / 10 MB limits): one key per filing,
 * the v2 migration, recovery that keeps every unreadable value, coalesced typing, and refused
 * writes that are reported, never called saved.
 */
import { createAppStore } from '@/store/create-store';
import { STORE_VERSION } from '@/store/schema';
import { STORAGE_LOG_LIMITS } from '@/domain/record-limits';
import { createWxStorage, wxRawStorage, type WxStorageFaults } from '../support/wx-fake/storage';
import { memoryStorage } from '../support/memory-storage';
import { present } from '../support/present';

const LEGACY = 'filing-companion';
const NOW = Date.UTC(2026, 4, 6, 2, 0, 0);

function legacy(state: object, version = 2) {
  return JSON.stringify({ state, version });
}

/** A phone whose storage outlives launches; `faults` fail calls the WeChat way. */
function phone(seed: Record<string, string> = {}) {
  const data = new Map<string, unknown>(Object.entries(seed));
  const faults: WxStorageFaults = {};
  const fake = () =>
    createWxStorage({ data, inject: { read: (k) => faults.read?.(k), write: (k, op) => faults.write?.(k, op) } });
  const launch = (options = {}) => createAppStore(wxRawStorage(fake()), options);
  const json = (key: string) => JSON.parse(data.get(key) as string);
  return { data, faults, launch, json };
}

describe('layout', () => {
  it('treats a missing key as "no data": defaults, no notice, nothing written', () => {
    const p = phone();
    const store = p.launch();
    expect(store.getState().localePreference).toBe('system');
    expect(store.getState().recovery).toBeNull();
    expect(p.data.size).toBe(0);
  });

  it("treats wx's '' for a missing key as no data", () => {
    const p = phone({ [LEGACY]: '' });
    const store = p.launch();
    expect(store.getState().recovery).toBeNull();
  });

  it('keeps settings, the index and each filing in their own keys, each with its version', () => {
    const p = phone();
    const store = p.launch();
    store.getState().setLocalePreference('en');
    store.getState().createFiling('A', 'idA', NOW);
    store.getState().createFiling('B', 'idB', NOW + 1);
    expect([...p.data.keys()].sort()).toEqual(['fc.f.idA', 'fc.f.idB', 'fc.index', 'fc.settings']);
    expect(p.json('fc.settings')).toEqual({ v: STORE_VERSION, localePreference: 'en' });
    expect(p.json('fc.index')).toEqual({ v: STORE_VERSION, order: ['idB', 'idA'] });
    expect(p.json('fc.f.idA')).toMatchObject({ v: STORE_VERSION, filing: { id: 'idA', name: 'A' } });
    const again = p.launch().getState();
    expect(again.localePreference).toBe('en');
    expect(again.filingOrder).toEqual(['idB', 'idA']);
  });

  it('a lost or damaged index never hides a filing: membership comes from the filing keys', () => {
    const p = phone();
    const store = p.launch();
    store.getState().createFiling('Old', 'old', NOW);
    store.getState().createFiling('New', 'new', NOW + 1);
    p.data.set('fc.index', '{"v":-5,"order":');
    const again = p.launch();
    expect(again.getState().filingOrder).toEqual(['new', 'old']);
    // The damaged index was kept aside before anything replaced it.
    expect(again.getState().recovery?.kept).toEqual([
      expect.objectContaining({ source: 'fc.index', reason: 'corrupt' }),
    ]);
    expect([...p.data.values()]).toContain('{"v":-5,"order":');
  });

  it('a layout from a newer version is left untouched and nothing is written', () => {
    const p = phone({ 'fc.index': JSON.stringify({ v: STORE_VERSION + 1, order: [] }), 'fc.f.x': '{"v":4}' });
    const before = new Map(p.data);
    const store = p.launch();
    expect(store.getState().recovery?.heldAll).toBe('future-version');
    const saved = store.getState().setLocalePreference('en');
    expect(saved.ok).toBe(false);
    expect(store.getState().writeFailure).not.toBeNull();
    expect(p.data).toEqual(before);
  });
});

describe('migration from the single v2 key', () => {
  const v2 = legacy({
    localePreference: 'en',
    filings: {
      F1: { id: 'F1', name: '第一份', createdAt: NOW },
      F2: { id: 'F2', name: '第二份', createdAt: NOW + 1 },
    },
    filingOrder: ['F2', 'F1'],
    unreadableFilings: [],
  });

  it('writes the new keys, verifies them, commits with the index, and keeps the old key until the next clean launch', () => {
    const p = phone({ [LEGACY]: v2 });
    const first = p.launch();
    expect(first.getState().filingOrder).toEqual(['F2', 'F1']);
    expect(first.getState().localePreference).toBe('en');
    expect(p.data.get(LEGACY)).toBe(v2);
    expect(p.json('fc.index').migrated).toEqual({ fingerprint: expect.any(String), at: expect.any(Number) });
    // The migration launch itself does not sweep photos (the backup still names them).
    expect(first.sweepAllowed()).toBe(false);

    const second = p.launch();
    expect(p.data.has(LEGACY)).toBe(false);
    expect(p.json('fc.index').migrated).toBeUndefined();
    expect(second.getState().filingOrder).toEqual(['F2', 'F1']);
    expect(second.sweepAllowed()).toBe(true);
  });

  it('migrates an older version (0) instead of discarding it', () => {
    const p = phone({ [LEGACY]: JSON.stringify({ state: {}, version: 0 }) });
    const store = p.launch();
    expect(store.getState().recovery).toBeNull();
    expect(store.getState().localePreference).toBe('system');
  });

  it.each([
    ['truncated JSON', legacy({ localePreference: 'en' }).slice(0, 20), 'corrupt'],
    ['not JSON at all', 'hello', 'corrupt'],
    ['wrong types', legacy({ localePreference: 42, filings: {}, filingOrder: [] }), 'wrong-shape'],
    ['no state envelope', JSON.stringify({ localePreference: 'en' }), 'wrong-shape'],
    ['a version from the future', legacy({ localePreference: 'en' }, 3), 'future-version'],
    ['a negative version', legacy({ localePreference: 'en' }, -3), 'wrong-shape'],
    ['a fractional version', legacy({ localePreference: 'en' }, 1.5), 'wrong-shape'],
    ['an absurd version', legacy({ localePreference: 'en' }, 1e300), 'wrong-shape'],
  ])('keeps %s where it is, starts from defaults, and says so at every launch', (_name, bad, reason) => {
    const p = phone({ [LEGACY]: bad });
    const store = p.launch();
    expect(store.getState().localePreference).toBe('system');
    expect(store.getState().recovery?.kept).toEqual([expect.objectContaining({ key: LEGACY, reason })]);
    store.getState().setLocalePreference('zh-CN');
    store.getState().createFiling('A', 'A1', NOW);
    expect(p.data.get(LEGACY)).toBe(bad);
    // Persisted: the next launch still shows it, and its raw text can be exported.
    const again = p.launch();
    expect(again.getState().recovery?.kept).toEqual([expect.objectContaining({ key: LEGACY, reason })]);
    expect(again.rawExport()).toEqual([expect.objectContaining({ raw: bad, reason })]);
    expect(again.getState().filingOrder).toEqual(['A1']);
  });

  it('adopts the backup v2 made of an unreadable store', () => {
    const p = phone({ 'filing-companion.backup': '{"state":{"filings":' });
    const store = p.launch();
    expect(store.getState().recovery?.kept).toEqual([
      expect.objectContaining({ key: 'filing-companion.backup', reason: 'corrupt' }),
    ]);
  });

  it('a crash in the middle of the migration leaves no half state: the next launch migrates again', () => {
    // The process dies just before its 2nd write: storage is what it was at that moment.
    const p = phone({ [LEGACY]: v2 });
    let writes = 0;
    let atCrash: Map<string, unknown> | null = null;
    p.faults.write = () => {
      writes += 1;
      if (writes === 2) atCrash = new Map(p.data);
      return atCrash ? 'the process is gone' : null;
    };
    p.launch();
    expect(atCrash).not.toBeNull();
    p.data.clear();
    for (const [k, v] of atCrash!) p.data.set(k, v);
    expect(p.data.has('fc.index')).toBe(false);
    p.faults.write = undefined;
    const store = p.launch();
    expect(store.getState().filingOrder).toEqual(['F2', 'F1']);
    expect(store.getState().recovery).toBeNull();
    expect(p.data.get(LEGACY)).toBe(v2);
  });

  it('a refused write rolls the migration back and runs read-only, the old key intact', () => {
    const p = phone({ [LEGACY]: v2 });
    p.faults.write = (key) => (key === 'fc.f.F1' ? 'exceed storage max size 10Mb' : null);
    const store = p.launch();
    expect(store.getState().recovery?.heldAll).toBe('migration-failed');
    expect([...p.data.keys()]).toEqual([LEGACY]);
    expect(store.getState().filingOrder).toEqual(['F2', 'F1']);
    expect(store.getState().setLocalePreference('zh-CN').ok).toBe(false);
    // Space was freed: reading again migrates.
    p.faults.write = undefined;
    expect(store.reload()).toBe(true);
    expect(store.getState().recovery).toBeNull();
    expect(p.json('fc.index').order).toEqual(['F2', 'F1']);
  });
});

describe('recovery', () => {
  it('a filing whose key cannot be read stays listed as unreadable, untouched; discard removes only it', () => {
    const p = phone();
    const store = p.launch();
    store.getState().createFiling('Good', 'good', NOW);
    store.getState().createFiling('Bad', 'bad', NOW + 1);
    p.data.set('fc.f.bad', '{"v":3,"filing":{"id":"bad","na');
    const again = p.launch();
    expect(Object.keys(again.getState().filings)).toEqual(['good']);
    expect(again.getState().unreadableFilings).toEqual([
      { id: 'bad', key: 'fc.f.bad', reason: 'corrupt', bytes: expect.any(Number) },
    ]);
    expect(again.rawExport()).toEqual([
      expect.objectContaining({ source: 'fc.f.bad', raw: '{"v":3,"filing":{"id":"bad","na' }),
    ]);
    // Another filing cannot take its id, and the photo sweep waits until it is resolved.
    expect(again.getState().createFiling('X', 'bad', NOW).ok).toBe(false);
    expect(again.sweepAllowed()).toBe(false);
    expect(again.discardUnreadableFiling('bad')).toBe(true);
    expect(p.data.has('fc.f.bad')).toBe(false);
    expect(p.data.has('fc.f.good')).toBe(true);
    expect(again.getState().unreadableFilings).toEqual([]);
  });

  it('a read that throws holds the data: nothing is written over it, edits say "not saved", reading again works', () => {
    const intact = legacy({ localePreference: 'en', filings: {}, filingOrder: [] });
    const p = phone({ [LEGACY]: intact });
    p.faults.read = () => 'read DB data fail';
    const store = p.launch();
    expect(store.getState().recovery?.heldAll).toBe('read-failed');
    const outcome = store.getState().setLocalePreference('zh-CN');
    expect(outcome).toEqual({ ok: false, failures: [expect.objectContaining({ reason: 'held' })] });
    expect([...p.data.entries()]).toEqual([[LEGACY, intact]]);
    p.faults.read = undefined;
    expect(store.reload()).toBe(true);
    expect(store.getState().localePreference).toBe('en');
    expect(p.data.get(LEGACY)).toBe(intact);
  });

  it('keeps every distinct unreadable value up to the limit, then holds the source until the user drops the oldest', () => {
    const p = phone();
    p.launch().getState().setLocalePreference('en');
    const bad = (n: number) => `{"v":3,"localePreference":${n}`;
    for (let n = 1; n <= STORAGE_LOG_LIMITS.unreadableGenerations; n += 1) {
      p.data.set('fc.settings', bad(n));
      p.launch().getState().setLocalePreference('en');
    }
    p.data.set('fc.settings', bad(99));
    const store = p.launch();
    const recovery = store.getState().recovery!;
    expect(recovery.kept).toHaveLength(STORAGE_LOG_LIMITS.unreadableGenerations);
    expect(recovery.pending).toEqual([expect.objectContaining({ source: 'fc.settings' })]);
    // Not dropped behind the user's back: the new value stays where it was.
    expect(store.getState().setLocalePreference('zh-CN').ok).toBe(false);
    expect(p.data.get('fc.settings')).toBe(bad(99));
    // The user drops the oldest: the waiting value is kept aside, and saving works again.
    const oldest = present(recovery.kept[0], 'the oldest kept value');
    expect(p.data.get(oldest.key)).toBe(bad(1));
    expect(store.discardKept(oldest.key)).toBe(true);
    expect(store.getState().recovery?.pending).toEqual([]);
    expect([...p.data.values()]).toContain(bad(99));
    expect(store.getState().setLocalePreference('zh-CN').ok).toBe(true);
  });

  it('a record that loses something when read (a photo it names, text past a limit) keeps a raw copy first', () => {
    const file = 'ph-A1-legal-rep-id-2.jpg';
    const p = phone();
    p.launch().getState().createFiling('A', 'A1', NOW);
    const stored = JSON.parse(p.data.get('fc.f.A1') as string);
    stored.filing.photos = { 'legal-rep-id': { file } };
    stored.filing.steps['reg-1.1'].note = '备'.repeat(600);
    const raw = JSON.stringify(stored);
    p.data.set('fc.f.A1', raw);
    const store = p.launch();
    expect(store.getState().filings.A1?.steps['reg-1.1'].note).toHaveLength(500);
    expect(store.getState().recovery?.kept).toEqual([
      expect.objectContaining({ source: 'fc.f.A1', reason: 'repaired' }),
    ]);
    expect(store.rawExport().map((item) => item.raw)).toContain(raw);
    // The photo it named is never swept while that copy is kept.
    expect(store.sweepAllowed()).toBe(false);
    expect(store.launchPhotoNames().has(file)).toBe(true);
  });

  it('keys named like prototype properties are listed as unreadable, never used as filings', () => {
    const p = phone({
      'fc.f.__proto__': JSON.stringify({ v: 3, filing: { id: '__proto__', name: 'x' } }),
      'fc.f.constructor': JSON.stringify({ v: 3, filing: { id: 'constructor', name: 'y' } }),
    });
    const store = p.launch();
    expect(Object.keys(store.getState().filings)).toEqual(['constructor']);
    expect(store.getState().unreadableFilings).toEqual([
      expect.objectContaining({ key: 'fc.f.__proto__', reason: 'wrong-shape' }),
    ]);
    expect(store.getState().createFiling('A', 'A1', NOW).ok).toBe(true);
    expect(Object.getPrototypeOf(store.getState().filings)).toBe(Object.prototype);
  });

  it('the kept list survives its own key being lost: copies are found again by their prefix', () => {
    const p = phone({ [LEGACY]: 'not json' });
    p.launch();
    p.data.set('fc.health', 'garbage');
    const store = p.launch();
    const sources = store
      .getState()
      .recovery!.kept.map((k) => k.source)
      .sort();
    expect(sources).toEqual(['fc.health', LEGACY]);
  });
});

describe('writes', () => {
  it('typing reaches storage at most once per key per 500 ms, and a flush writes the rest at once', () => {
    let clock = NOW;
    const timers: Array<{ at: number; fn: () => void; id: number }> = [];
    let nextId = 0;
    const p = phone();
    const store = p.launch({
      now: () => clock,
      timers: {
        set: (fn: () => void, ms: number) => {
          timers.push({ at: clock + ms, fn, id: ++nextId });
          return nextId;
        },
        clear: (id: unknown) => {
          const i = timers.findIndex((t) => t.id === id);
          if (i >= 0) timers.splice(i, 1);
        },
      },
    });
    store.getState().createFiling('A', 'A1', clock);
    const before = store.writeStats().writes;
    const advance = (ms: number) => {
      clock += ms;
      for (const t of [...timers].filter((x) => x.at <= clock)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    };
    // 10 keystrokes a second for 3 seconds.
    for (let i = 1; i <= 30; i += 1) {
      advance(100);
      store.getState().setStepNote('A1', 'reg-1.1', '备'.repeat(i), clock);
    }
    const written = store.writeStats().writes - before;
    expect(written).toBeLessThanOrEqual(7);
    expect(written).toBeGreaterThanOrEqual(5);
    store.getState().setStepNote('A1', 'reg-1.1', 'final', clock);
    expect(JSON.parse(p.data.get('fc.f.A1') as string).filing.steps['reg-1.1'].note).not.toBe('final');
    expect(store.flush()).toEqual({ ok: true });
    expect(JSON.parse(p.data.get('fc.f.A1') as string).filing.steps['reg-1.1'].note).toBe('final');
  });

  it('a refused write is reported by the action, kept pending, and saved by a retry', () => {
    const p = phone();
    const store = p.launch();
    store.getState().createFiling('A', 'A1', NOW);
    p.faults.write = () => 'exceed storage max size 10Mb';
    const outcome = store.getState().setStep('A1', 'reg-1.1', 'done', NOW + 1);
    expect(outcome).toEqual({ ok: false, failures: [expect.objectContaining({ key: 'fc.f.A1', reason: 'full' })] });
    expect(store.getState().writeFailure).toMatch(/exceed storage max size/);
    p.faults.write = undefined;
    expect(store.retrySave()).toEqual({ ok: true });
    expect(store.getState().writeFailure).toBeNull();
    expect(p.launch().getState().filings.A1?.steps['reg-1.1'].status).toBe('done');
  });

  it('a filing that cannot be saved is not created', () => {
    const p = phone();
    const store = p.launch();
    p.faults.write = (key) => (key?.startsWith('fc.f.') ? 'exceed storage max size 10Mb' : null);
    const result = store.getState().createFiling('A', 'A1', NOW);
    expect(result).toMatchObject({ ok: false, reason: 'not-saved' });
    expect(store.getState().filings).toEqual({});
    expect(store.getState().unsaved).toEqual([]);
  });

  it('a deletion that cannot be saved brings the filing back', () => {
    const p = phone();
    const store = p.launch();
    store.getState().createFiling('A', 'A1', NOW);
    store.getState().createFiling('B', 'B1', NOW + 1);
    p.faults.write = () => 'write DB data fail';
    expect(store.getState().deleteFiling('A1').ok).toBe(false);
    expect(store.getState().filingOrder).toEqual(['B1', 'A1']);
    expect(p.data.has('fc.f.A1')).toBe(true);
  });

  it('works over a plain in-memory storage too (no storage info)', () => {
    const raw = memoryStorage();
    const store = createAppStore(raw);
    store.getState().setLocalePreference('en');
    expect(createAppStore(raw).getState().localePreference).toBe('en');
    expect(store.getState().storageUse).toBeNull();
  });
});
