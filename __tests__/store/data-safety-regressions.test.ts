/**
 * Issue 10's findings, each as the failure a user would meet, through the real store, the real
 * photo vault and book, over the WeChat storage fake (1 MB per key, 10 MB in all). Every test
 * here failed on the code before the fix (see the closing note).
 */
import { createAppStore } from '@/store/create-store';
import { createPhotoVault, type NewPhoto } from '@/features/photos/photo-vault';
import { createStoreRefBook } from '@/features/photos/store-ref-book';
import { STEP_IDS } from '@/domain/journey-steps';
import type { PhotoSlotId } from '@/domain/materials';
import { createWxStorage, wxRawStorage, type WxStorageFaults } from '../support/wx-fake/storage';
import { MapPhotoFiles } from '../support/fake-photo-files';

const NOW = Date.UTC(2026, 4, 6, 2, 0, 0);
const LEGACY_KEY = 'filing-companion';
const DAY = 24 * 3600_000;

/** One phone: storage values and photo files that outlive each launch. */
function phone(seed: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(seed));
  const files = new MapPhotoFiles();
  const faults: WxStorageFaults = {};
  const launch = () => {
    const fake = createWxStorage({
      data,
      inject: { read: (k) => faults.read?.(k), write: (k, op) => faults.write?.(k, op) },
    });
    const store = createAppStore(wxRawStorage(fake));
    const vault = createPhotoVault(files, createStoreRefBook(store));
    return { store, vault, fake };
  };
  /** Every value stored, as text (to find a raw value wherever the app kept it). */
  const storedTexts = () => [...data.values()].map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return { data, files, faults, launch, storedTexts };
}

/** Writes still waiting to be coalesced go out now (as on hide); absent before the fix. */
function flush(store: ReturnType<typeof createAppStore>) {
  (store as unknown as { flush?: () => unknown }).flush?.();
}

const photo = (slot: PhotoSlotId, now: number, filingId = 'F1'): NewPhoto => ({
  filingId,
  slot,
  data: `pixels-${now}`,
  thumbnail: `thumb-${now}`,
  ext: 'jpg',
  width: 4000,
  height: 3000,
  problems: [],
  sharpness: 120,
  now,
});

function legacyState(filings: Record<string, unknown>, version = 2) {
  return JSON.stringify({
    state: { localePreference: 'zh-CN', filings, filingOrder: Object.keys(filings), unreadableFilings: [] },
    version,
  });
}

test('finding 1: past the 1 MB one key could hold, three new filings with a note each survive a relaunch', () => {
  const p = phone();
  const { store } = p.launch();
  const note = '备'.repeat(500);
  // The measure: about 37 full filings (every note at 500 characters) fill one 1 MB key.
  for (let i = 0; i < 40; i += 1) {
    store.getState().createFiling(`备案 ${i}`, `old${i}`, NOW + i);
    for (const step of STEP_IDS) store.getState().setStepNote(`old${i}`, step, note, NOW + i);
  }
  flush(store);
  for (let i = 0; i < 3; i += 1) {
    store.getState().createFiling(`新备案 ${i}`, `new${i}`, NOW + 100 + i);
    store.getState().setStepNote(`new${i}`, 'reg-1.1', `第 ${i} 个备注`, NOW + 100 + i);
  }
  flush(store);
  const again = p.launch().store.getState();
  for (let i = 0; i < 3; i += 1) expect(again.filings[`new${i}`]?.steps['reg-1.1'].note).toBe(`第 ${i} 个备注`);
  expect(Object.keys(again.filings)).toHaveLength(43);
});

test('finding 2: after a recovery, the next launch still shows it and the sweep keeps the photos only the backup names', async () => {
  const file = 'ph-F1-legal-rep-id-front-lq3k.jpg';
  const damaged = `${legacyState({ F1: { id: 'F1', name: 'A', photos: { 'legal-rep-id-front': { file } } } }).slice(0, -12)}`;
  const p = phone({ [LEGACY_KEY]: damaged });
  p.files.files.set(file, 'id photo');
  p.files.files.set(`${file}.thumb.jpg`, 'thumb');
  const first = p.launch();
  expect(first.store.getState().recovery).not.toBeNull();
  first.store.getState().setLocalePreference('en');
  flush(first.store);

  const second = p.launch();
  expect(second.store.getState().recovery).not.toBeNull();
  await second.vault.sweep();
  expect(p.files.files.has(file)).toBe(true);
  expect(p.storedTexts()).toContain(damaged);
});

test('finding 3: replacing a photo while storage refuses the write keeps the old photo and does not claim success', async () => {
  const p = phone();
  const { store, vault } = p.launch();
  store.getState().createFiling('A', 'F1', NOW);
  flush(store);
  const first = await vault.save(photo('business-license', NOW + 1));
  flush(store);
  p.faults.write = () => 'exceed storage max size 10Mb';
  await expect(vault.save(photo('business-license', NOW + 2))).rejects.toThrow();
  expect(p.files.files.has(first.file)).toBe(true);

  p.faults.write = undefined;
  const again = p.launch();
  expect(again.store.getState().filings.F1?.photos['business-license']?.file).toBe(first.file);
  expect(p.files.files.has(first.file)).toBe(true);
});

test('finding 4: a second unreadable start keeps the newer unreadable values as well as the first', () => {
  const first = '{"state":{"filings":{"F1":{"id":"F1","name":"第一份"';
  const p = phone({ [LEGACY_KEY]: first });
  const launch1 = p.launch().store;
  // The user carries on: what they do now is written to storage.
  const before = new Map(p.data);
  launch1.getState().setLocalePreference('en');
  launch1.getState().createFiling('第二份', 'F2', NOW);
  flush(launch1);
  // Then the damage strikes again: every value written since is unreadable, each differently.
  const second: string[] = [];
  for (const [key, value] of p.data) {
    if (before.get(key) === value) continue;
    const garbage = `{"damaged":"${key}","v":`;
    p.data.set(key, garbage);
    second.push(garbage);
  }
  expect(second.length).toBeGreaterThan(0);
  const launch2 = p.launch().store;
  launch2.getState().setLocalePreference('zh-CN');
  launch2.getState().createFiling('第三份', 'F3', NOW + 1);
  flush(launch2);
  const texts = p.storedTexts();
  expect(texts).toContain(first);
  for (const garbage of second) expect(texts).toContain(garbage);
});

test('finding 6: a save that completes while the sweep lists the folder is not swept', async () => {
  const p = phone();
  const { store, vault } = p.launch();
  store.getState().createFiling('A', 'F1', NOW);
  flush(store);
  let listed!: () => void;
  const listing = new Promise<void>((resolve) => (listed = resolve));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  p.files.gate = async (op) => {
    if (op === 'keys') {
      listed();
      await gate;
    }
  };
  const sweeping = vault.sweep();
  await listing;
  p.files.gate = null;
  const ref = await vault.save(photo('business-license', NOW - 2 * DAY));
  release();
  await sweeping;
  expect(p.files.files.has(ref.file)).toBe(true);
});

test('finding 6: a damaged photo entry is not a reason to delete its file', async () => {
  const file = 'ph-F1-legal-rep-id-2.jpg';
  const p = phone({
    [LEGACY_KEY]: legacyState({
      F1: { id: 'F1', name: 'A', createdAt: NOW, photos: { 'legal-rep-id': { file, width: 10, height: 10 } } },
    }),
  });
  p.files.files.set(file, 'old id photo');
  for (let launch = 0; launch < 3; launch += 1) {
    const { store, vault } = p.launch();
    flush(store);
    await vault.sweep();
  }
  expect(p.files.files.has(file)).toBe(true);
});

test('finding 9: a negative stored version is not "migrated" but kept aside as unreadable', () => {
  const raw = legacyState({ F1: { id: 'F1', name: '保留我' } }, -10_000_000);
  const p = phone({ [LEGACY_KEY]: raw });
  const { store } = p.launch();
  expect(store.getState().recovery).not.toBeNull();
  expect(p.storedTexts()).toContain(raw);
});
