/**
 * Fault injection in the style of SQLite's crash tests (https://www.sqlite.org/testing.html,
 * "I/O error testing" and "Crash testing"): every user action is run once to count its writes
 * (storage writes and removals, photo file writes and removals); then, for each write in turn,
 * the action is run again with that write failing the WeChat way ("fail") or with the process
 * dying just before it ("crash": storage and files are what they were at that moment). After
 * each run the phone is relaunched (two hours later, past the sweep's grace period), swept once a
 * launch is clean, and checked:
 *   1. every edit the app confirmed (or the state before an unconfirmed one) is present;
 *   2. no photo a record names is missing, unless the user deleted it;
 *   3. after the next clean sweep no file is left that no record names;
 *   4. every unreadable raw value on the phone can still be exported.
 * The counts (faults injected, losses found) go to artifacts/fault-injection-figures.json, which
 * `npm test` prints in its summary. The target is 0 losses.
 */
import fs from 'fs';
import path from 'path';
import { createAppStore, type AppStore } from '@/store/create-store';
import { createPhotoVault, thumbKeyFor, type NewPhoto, type PhotoVault } from '@/features/photos/photo-vault';
import { createStoreRefBook } from '@/features/photos/store-ref-book';
import { eraseEverythingIn } from '@/features/settings/erase-core';
import type { PhotoSlotId } from '@/domain/materials';
import type { FilingRecord } from '@/domain/filing-record';
import type { PhotoData } from '@/platform/photo-files';
import { createWxStorage, wxRawStorage } from '../support/wx-fake/storage';
import { MapPhotoFiles } from '../support/fake-photo-files';
import { present } from '../support/present';

const T0 = Date.UTC(2026, 4, 6, 2, 0, 0);
const HOUR = 3_600_000;
const UNREADABLE_RAW = '{"v":3,"filing":{"id":"broken","name":"坏了的备案"';

type Mode = 'fail' | 'crash';

/** Storage values and photo files of one phone. */
interface Disk {
  data: Map<string, unknown>;
  files: Map<string, PhotoData>;
}

const copyDisk = (disk: Disk): Disk => ({ data: new Map(disk.data), files: new Map(disk.files) });

/** Counts writes; the `at`-th fails or "crashes" (snapshotting the disk just before it). */
class Faults {
  writes = 0;
  snapshot: Disk | null = null;
  constructor(
    private readonly disk: Disk,
    private readonly at = Infinity,
    private readonly mode: Mode = 'fail',
  ) {}
  /** Returns an errMsg to fail this write, or null to let it through. */
  write(what: string): string | null {
    if (this.snapshot) return 'the process is gone';
    this.writes += 1;
    if (this.writes !== this.at) return null;
    if (this.mode === 'crash') {
      this.snapshot = copyDisk(this.disk);
      return 'the process is gone';
    }
    return /^file/.test(what) ? 'writeFile:fail the disk is full' : 'exceed storage max size 10Mb';
  }
  get dead(): boolean {
    return this.snapshot !== null;
  }
}

interface App {
  store: AppStore;
  vault: PhotoVault;
  files: MapPhotoFiles;
}

function launch(disk: Disk, now: number, faults?: Faults): App {
  const fake = createWxStorage({
    data: disk.data,
    inject: { write: (key, op) => faults?.write(`storage ${op} ${key}`) ?? null },
  });
  const store = createAppStore(wxRawStorage(fake), { now: () => now });
  const files = new MapPhotoFiles(disk.files);
  files.inject = (op, key) =>
    op === 'put' || op === 'remove' || op === 'clear' ? (faults?.write(`file ${op} ${key}`) ?? null) : null;
  const vault = createPhotoVault(files, createStoreRefBook(store), { now: () => now });
  return { store, vault, files };
}

const photo = (filingId: string, slot: PhotoSlotId, now: number): NewPhoto => ({
  filingId,
  slot,
  data: `pixels-${slot}-${now}`,
  thumbnail: `thumb-${slot}-${now}`,
  ext: 'jpg',
  width: 4000,
  height: 3000,
  problems: [],
  sharpness: 120,
  now,
});

/** What the user was told: each confirmed edit with the check that it survived. */
class Ledger {
  readonly checks: Array<{ label: string; holds: (state: ReturnType<AppStore['getState']>) => boolean }> = [];
  /** Photos whose loss is fine: the user deleted them. */
  readonly deletedPhotos = new Set<string>();
  /** Raw values that must stay exportable (until the user erases everything). */
  readonly raws = new Set<string>([UNREADABLE_RAW]);
  expect(label: string, holds: (state: ReturnType<AppStore['getState']>) => boolean) {
    this.checks.push({ label, holds });
  }
}

/** The phone before each action: two filings with photos and notes, and one unreadable filing. */
async function baseline(): Promise<{ disk: Disk; refs: Record<string, string> }> {
  const disk: Disk = { data: new Map(), files: new Map() };
  const app = launch(disk, T0 - 3 * HOUR);
  const s = app.store.getState();
  s.setLocalePreference('zh-CN');
  s.createFiling('客户甲', 'A', T0 - 3 * HOUR);
  s.createFiling('客户乙', 'B', T0 - 3 * HOUR);
  s.setStepNote('A', 'reg-1.1', '已注册', T0 - 3 * HOUR);
  app.store.flush();
  const a = await app.vault.save(photo('A', 'business-license', T0 - 3 * HOUR));
  const b = await app.vault.save(photo('B', 'legal-rep-id-front', T0 - 3 * HOUR));
  disk.data.set('fc.f.broken', UNREADABLE_RAW);
  return { disk, refs: { A: a.file, B: b.file } };
}

/** The baseline's own edits, which every action must leave alone unless it confirmed otherwise. */
function baselineChecks(ledger: Ledger, refs: Record<string, string>, except: { A?: boolean; B?: boolean } = {}) {
  if (!except.A) {
    ledger.expect('A exists with its note', (s) => s.filings.A?.steps['reg-1.1'].note === '已注册');
    ledger.expect('A keeps its license photo', (s) => s.filings.A?.photos['business-license']?.file === refs.A);
  }
  if (!except.B)
    ledger.expect('B keeps its ID photo', (s) => s.filings.B?.photos['legal-rep-id-front']?.file === refs.B);
}

interface Scenario {
  name: string;
  /** Runs the user action over `app`, recording in `ledger` what the app confirmed. */
  run(app: App, ledger: Ledger, refs: Record<string, string>, disk: Disk): Promise<void>;
  /** For the migration: the phone before the action (default: the baseline). */
  start?: () => Promise<{ disk: Disk; refs: Record<string, string> }>;
  /** The action is the launch itself (the migration). */
  atLaunch?: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'create',
    async run(app, ledger, refs) {
      baselineChecks(ledger, refs);
      const result = app.store.getState().createFiling('客户丙', 'C', T0);
      if (result.ok) ledger.expect('C was created', (s) => s.filings.C?.name === '客户丙');
    },
  },
  {
    name: 'edit (typing, then leaving the page)',
    async run(app, ledger, refs) {
      baselineChecks(ledger, refs, { A: true });
      ledger.expect('A keeps its license photo', (s) => s.filings.A?.photos['business-license']?.file === refs.A);
      const s = app.store.getState();
      for (const text of ['已', '已注', '已注册，等邮件']) s.setStepNote('A', 'reg-1.1', text, T0);
      s.updateProfile('A', (p) => ({ ...p, entityName: '甲科技有限公司' }), T0);
      const saved = app.store.flush();
      if (saved.ok) {
        ledger.expect('the typed note', (st) => st.filings.A?.steps['reg-1.1'].note === '已注册，等邮件');
        ledger.expect('the typed company name', (st) => st.filings.A?.profile.entityName === '甲科技有限公司');
      } else {
        // Not confirmed: either the old or the new text, never anything else.
        ledger.expect('the note is the old or the new text', (st) =>
          ['已注册', '已', '已注', '已注册，等邮件'].includes(st.filings.A?.steps['reg-1.1'].note ?? ''),
        );
      }
    },
  },
  {
    name: 'step change',
    async run(app, ledger, refs) {
      baselineChecks(ledger, refs);
      const saved = app.store.getState().setStep('B', 'reg-1.2', 'done', T0);
      if (saved.ok) ledger.expect('B reg-1.2 done', (s) => s.filings.B?.steps['reg-1.2'].status === 'done');
    },
  },
  {
    name: 'photo save',
    async run(app, ledger, refs) {
      baselineChecks(ledger, refs);
      const saved = await app.vault.save(photo('A', 'legal-rep-id-front', T0)).catch(() => null);
      if (saved)
        ledger.expect('A has the new ID photo', (s) => s.filings.A?.photos['legal-rep-id-front']?.file === saved.file);
    },
  },
  {
    name: 'photo replace',
    async run(app, ledger, refs) {
      baselineChecks(ledger, refs, { A: true });
      ledger.expect('A exists with its note', (s) => s.filings.A?.steps['reg-1.1'].note === '已注册');
      const next = photo('A', 'business-license', T0);
      const saved = await app.vault.save(next).catch(() => null);
      if (saved) {
        ledger.deletedPhotos.add(present(refs.A, 'photo A'));
        ledger.expect('A has the replacement', (s) => s.filings.A?.photos['business-license']?.file === saved.file);
      } else {
        ledger.expect('A has the old or the new license, never none', (s) =>
          Boolean(s.filings.A?.photos['business-license']),
        );
      }
    },
  },
  {
    name: 'filing delete',
    async run(app, ledger, refs) {
      baselineChecks(ledger, refs, { B: true });
      const filing = app.store.getState().filings.B as FilingRecord;
      // As the Progress page does it: the record first, the files once that is saved.
      const saved = app.store.getState().deleteFiling('B');
      if (saved.ok) {
        ledger.deletedPhotos.add(present(refs.B, 'photo B'));
        ledger.expect('B is gone', (s) => !s.filings.B);
        await app.vault.removeFiles(Object.values(filing.photos).filter((p) => p !== undefined)).catch(() => undefined);
      } else {
        ledger.expect(
          'B is still there with its photo',
          (s) => s.filings.B?.photos['legal-rep-id-front']?.file === refs.B,
        );
      }
    },
  },
  {
    name: 'erase everything',
    async run(app, ledger, refs) {
      const result = await eraseEverythingIn(app.store, {
        photos: () => app.files.clear(),
        others: async () => true,
      });
      if (result.erased) {
        ledger.raws.clear();
        ledger.deletedPhotos.add(present(refs.A, 'photo A')).add(present(refs.B, 'photo B'));
        ledger.expect('nothing is left', (s) => Object.keys(s.filings).length === 0);
      } else {
        baselineChecks(ledger, refs);
      }
    },
  },
  {
    name: 'migration from v2',
    atLaunch: true,
    async start() {
      const file = 'ph-M1-business-license-lq3k0000.jpg';
      const state = {
        localePreference: 'en',
        filings: {
          M1: {
            id: 'M1',
            name: '旧版本的备案',
            createdAt: T0 - 100 * HOUR,
            photos: { 'business-license': { file, width: 1, height: 1, takenAt: 1, problems: [], sharpness: 1 } },
          },
          M2: { id: 'M2', name: '另一个', createdAt: T0 - 99 * HOUR },
        },
        filingOrder: ['M2', 'M1'],
        unreadableFilings: [],
      };
      const disk: Disk = {
        data: new Map<string, unknown>([['filing-companion', JSON.stringify({ state, version: 2 })]]),
        files: new Map<string, PhotoData>([
          [file, 'old license'],
          [thumbKeyFor(file), 'thumb'],
        ]),
      };
      return { disk, refs: { M1: file } };
    },
    async run(app, ledger, refs) {
      ledger.raws.clear();
      // Whatever the migration did, the filings and their photo are there after a relaunch.
      ledger.expect('M1 with its photo', (s) => s.filings.M1?.photos['business-license']?.file === refs.M1);
      ledger.expect('M2', (s) => s.filings.M2?.name === '另一个');
      ledger.expect('the language', (s) => s.localePreference === 'en');
      void app;
    },
  },
];

interface RunResult {
  losses: string[];
}

/** Relaunches (until a launch is clean, at most 3 times), sweeps, and checks the four invariants. */
async function relaunchAndCheck(disk: Disk, ledger: Ledger): Promise<string[]> {
  const losses: string[] = [];
  let app = launch(disk, T0 + 2 * HOUR);
  const state = app.store.getState();
  for (const check of ledger.checks) if (!check.holds(state)) losses.push(`confirmed edit lost: ${check.label}`);
  const referenced = () =>
    Object.values(app.store.getState().filings).flatMap((f) => Object.values(f.photos).map((p) => p!.file));
  for (const file of referenced()) {
    if (!disk.files.has(file) && !ledger.deletedPhotos.has(file)) losses.push(`photo missing: ${file}`);
  }
  const exported = app.store.rawExport().map((item) => item.raw);
  for (const raw of ledger.raws)
    if (!exported.includes(raw)) losses.push(`raw value not retrievable: ${raw.slice(0, 30)}`);

  // Orphans: resolve the unreadable filing (the user's choice, after export) so a launch can be
  // clean, relaunch until it is, then sweep.
  for (const u of app.store.getState().unreadableFilings) app.store.discardUnreadableFiling(u.id);
  for (let i = 0; i < 3 && !app.store.sweepAllowed(); i += 1) app = launch(disk, T0 + (3 + i) * HOUR);
  if (!app.store.sweepAllowed()) {
    losses.push('no clean launch, so orphans were never swept');
    return losses;
  }
  await app.vault.sweep();
  const named = new Set(referenced().flatMap((f) => [f, thumbKeyFor(f)]));
  for (const file of disk.files.keys()) if (!named.has(file)) losses.push(`orphan left after a clean sweep: ${file}`);
  return losses;
}

async function runOnce(scenario: Scenario, at: number, mode: Mode): Promise<RunResult & { writes: number }> {
  const { disk, refs } = await (scenario.start ?? baseline)();
  const faults = new Faults(disk, at, mode);
  const ledger = new Ledger();
  const app = launch(disk, T0, faults);
  await scenario.run(app, ledger, refs, disk);
  // A crash leaves the disk as it was at that moment. Every write after it fails, so the app
  // could confirm nothing after the crash: what the ledger holds was confirmed before it.
  return { losses: await relaunchAndCheck(faults.snapshot ?? disk, ledger), writes: faults.writes };
}

const figures: Record<string, { writes: number; faultsInjected: number; losses: number; examples: string[] }> = {};

describe.each(SCENARIOS)('$name', (scenario) => {
  test('every storage and file write fails, or the process dies there, in turn: nothing confirmed is lost', async () => {
    const clean = await runOnce(scenario, Infinity, 'fail');
    expect(clean.losses).toEqual([]);
    const writes = clean.writes;
    expect(writes).toBeGreaterThan(0);
    const losses: string[] = [];
    let injected = 0;
    for (const mode of ['fail', 'crash'] as Mode[]) {
      // Crash "after the last write" too: the process dies once the action is done.
      const last = mode === 'crash' ? writes + 1 : writes;
      for (let at = 1; at <= last; at += 1) {
        injected += 1;
        const result = await runOnce(scenario, at, mode);
        losses.push(...result.losses.map((loss) => `${mode} at write ${at}: ${loss}`));
      }
    }
    figures[scenario.name] = { writes, faultsInjected: injected, losses: losses.length, examples: losses.slice(0, 5) };
    expect(losses).toEqual([]);
  });
});

afterAll(() => {
  const total = Object.values(figures).reduce(
    (sum, f) => ({ faultsInjected: sum.faultsInjected + f.faultsInjected, losses: sum.losses + f.losses }),
    { faultsInjected: 0, losses: 0 },
  );
  const report = { summary: { actions: Object.keys(figures).length, ...total }, actions: figures };
  const dir = path.resolve(__dirname, '../../artifacts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'fault-injection-figures.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `BUDGET fault injection: ${total.faultsInjected} faults injected over ${report.summary.actions} actions, ${total.losses} losses`,
  );
});
