import { createAppStore, STORE_KEY } from '@/store/create-store';
import { STORE_VERSION } from '@/store/schema';
import { backupKeyFor } from '@/store/persist-storage';
import { memoryStorage } from '../support/memory-storage';

const BACKUP = backupKeyFor(STORE_KEY);

function saved(state: object, version = STORE_VERSION) {
  return JSON.stringify({ state, version });
}

describe('persistence over synchronous storage', () => {
  it('treats a missing key as "no data": defaults, no notice, nothing written', () => {
    const raw = memoryStorage();
    const store = createAppStore(raw);
    expect(store.getState().localePreference).toBe('system');
    expect(store.getState().recovery).toBeNull();
    expect(raw.data.size).toBe(0);
  });

  it("treats wx's '' for a missing key as no data", () => {
    const raw = memoryStorage({ [STORE_KEY]: '' });
    const store = createAppStore(raw);
    expect(store.getState().recovery).toBeNull();
    expect(raw.get(BACKUP)).toBeNull();
  });

  it('loads what it saved and writes on change', () => {
    const raw = memoryStorage();
    const first = createAppStore(raw);
    first.getState().setLocalePreference('en');
    expect(JSON.parse(raw.get(STORE_KEY) as string)).toEqual({
      state: expect.objectContaining({ localePreference: 'en' }),
      version: STORE_VERSION,
    });
    const second = createAppStore(raw);
    expect(second.getState().localePreference).toBe('en');
  });

  it.each([
    ['truncated JSON', () => saved({ localePreference: 'en' }).slice(0, 20), 'corrupt'],
    ['not JSON at all', () => 'hello', 'corrupt'],
    ['wrong types', () => saved({ localePreference: 42 }), 'wrong-shape'],
    ['no state envelope', () => JSON.stringify({ localePreference: 'en' }), 'wrong-shape'],
    ['a version from the future', () => saved({ localePreference: 'en' }, STORE_VERSION + 1), 'future-version'],
  ])('sets aside %s: backup kept, defaults used, user told', (_name, make, reason) => {
    const bad = make();
    const raw = memoryStorage({ [STORE_KEY]: bad });
    const store = createAppStore(raw);
    expect(store.getState().localePreference).toBe('system');
    expect(store.getState().recovery).toEqual({ reason, backupKey: BACKUP });
    expect(raw.get(BACKUP)).toBe(bad);
    expect(store.readBackup()).toBe(bad);
    // A later change writes the main key, but the backup survives untouched.
    store.getState().setLocalePreference('zh-CN');
    expect(raw.get(BACKUP)).toBe(bad);
    // A second bad start must not replace the first rescued copy.
    raw.set(STORE_KEY, 'garbage-2');
    createAppStore(raw);
    expect(raw.get(BACKUP)).toBe(bad);
  });

  it('discarding the backup removes it and saves the current state', () => {
    const raw = memoryStorage({ [STORE_KEY]: '{"state":' });
    const store = createAppStore(raw);
    store.discardBackup();
    expect(raw.get(BACKUP)).toBeNull();
    expect(store.getState().recovery).toBeNull();
    expect(JSON.parse(raw.get(STORE_KEY) as string).version).toBe(STORE_VERSION);
  });

  it('when getItem throws, starts with defaults and holds writes so unreadable data is not overwritten', () => {
    const raw = memoryStorage({ [STORE_KEY]: saved({ localePreference: 'en' }) });
    raw.faults.readThrows = true;
    const store = createAppStore(raw);
    expect(store.getState().recovery).toEqual({ reason: 'read-failed', backupKey: null });
    raw.faults.readThrows = false;
    store.getState().setLocalePreference('zh-CN');
    expect(JSON.parse(raw.get(STORE_KEY) as string).state.localePreference).toBe('en');
    // The user may choose to discard it; then saving resumes.
    store.discardBackup();
    store.getState().setLocalePreference('zh-CN');
    expect(JSON.parse(raw.get(STORE_KEY) as string).state.localePreference).toBe('zh-CN');
  });

  it('when setItem throws (quota), the failure is shown, and a retry after space is freed saves', () => {
    const raw = memoryStorage();
    const store = createAppStore(raw);
    raw.faults.writeThrows = true;
    store.getState().setLocalePreference('en');
    expect(store.getState().writeFailure).toMatch(/exceed storage max size/);
    expect(raw.get(STORE_KEY)).toBeNull();
    raw.faults.writeThrows = false;
    store.retrySave();
    expect(store.getState().writeFailure).toBeNull();
    expect(JSON.parse(raw.get(STORE_KEY) as string).state.localePreference).toBe('en');
  });

  it('migrates an older version instead of discarding it', () => {
    const raw = memoryStorage({ [STORE_KEY]: JSON.stringify({ state: {}, version: 0 }) });
    const store = createAppStore(raw);
    expect(store.getState().recovery).toBeNull();
    expect(store.getState().localePreference).toBe('system');
  });
});
