import { createAppStore, STORE_KEY } from '@/store/create-store';
import { MAX_FILINGS } from '@/domain/filing-record';
import { memoryStorage } from '../support/memory-storage';

const NOW = Date.UTC(2026, 10, 26, 2, 0, 0);

/** The filing as stored under its own key (issue 10's layout), or null. */
function storedFiling(raw: ReturnType<typeof memoryStorage>, id: string) {
  const text = raw.get(`fc.f.${id}`);
  return text === null ? null : JSON.parse(text).filing;
}

describe('filings slice', () => {
  it('creates, renames and deletes filings, newest first', () => {
    const raw = memoryStorage();
    const store = createAppStore(raw);
    expect(store.getState().createFiling('  Shop mini program ', 'idA', NOW)).toEqual({ ok: true, id: 'idA' });
    store.getState().createFiling('Second', 'idB', NOW + 1);
    expect(store.getState().filingOrder).toEqual(['idB', 'idA']);
    expect(store.getState().filings.idA?.name).toBe('Shop mini program');

    expect(store.getState().renameFiling('idA', '商城备案', NOW + 2)).toBe(true);
    expect(store.getState().filings.idA).toMatchObject({ name: '商城备案', updatedAt: NOW + 2 });
    expect(store.getState().renameFiling('idA', '   ', NOW + 3)).toBe(false);
    expect(store.getState().renameFiling('missing', 'x', NOW + 3)).toBe(false);

    store.getState().deleteFiling('idB');
    expect(store.getState().filingOrder).toEqual(['idA']);
    expect(storedFiling(raw, 'idB')).toBeNull();
    expect(storedFiling(raw, 'idA')).toMatchObject({ name: '商城备案' });
  });

  it('refuses an empty name and more than the maximum number of filings', () => {
    const store = createAppStore(memoryStorage());
    expect(store.getState().createFiling('', 'x', NOW)).toEqual({ ok: false, reason: 'name' });
    for (let i = 0; i < MAX_FILINGS; i += 1) store.getState().createFiling(`F${i}`, `id${i}`, NOW);
    expect(store.getState().createFiling('one more', 'extra', NOW)).toEqual({ ok: false, reason: 'too-many' });
  });

  it('edits the profile as typed and persists it across a restart', () => {
    const raw = memoryStorage();
    const store = createAppStore(raw);
    store.getState().createFiling('A', 'idA', NOW);
    store
      .getState()
      .updateProfile('idA', (p) => ({ ...p, certificateNumber: '91350100M0000', entityName: '某某科技' }), NOW + 5);
    store.getState().setMaterialMark('idA', 'email', { done: true, confirmed: true }, NOW + 6);
    store.getState().setStep('idA', 'reg-1.1', 'done', NOW + 7, 'registered');
    store
      .getState()
      .rejectStep(
        'idA',
        'filing-platform-review',
        { field: 'serviceDescription', reason: 'too vague', fix: 'describe the services' },
        NOW + 8,
      );

    const again = createAppStore(raw);
    const filing = again.getState().filings.idA;
    expect(filing?.profile.certificateNumber).toBe('91350100M0000');
    expect(filing?.marks.email).toEqual({ done: true, confirmed: true, at: NOW + 6 });
    expect(filing?.steps['reg-1.1']).toMatchObject({ status: 'done', changedAt: NOW + 7, note: 'registered' });
    expect(filing?.steps['filing-platform-review'].status).toBe('rejected');
    expect(filing?.steps['filing-platform-review'].rejections).toHaveLength(1);
  });

  it('edits a step note without touching its status or status time', () => {
    const store = createAppStore(memoryStorage());
    store.getState().createFiling('A', 'idA', NOW);
    store.getState().setStep('idA', 'reg-3', 'in-progress', NOW + 1);
    store.getState().setStepNote('idA', 'reg-3', 'mail not arrived yet', NOW + 2);
    expect(store.getState().filings.idA?.steps['reg-3']).toMatchObject({
      status: 'in-progress',
      changedAt: NOW + 1,
      note: 'mail not arrived yet',
    });
    expect(store.getState().filings.idA?.updatedAt).toBe(NOW + 2);
    store.getState().setStepNote('missing', 'reg-3', 'x', NOW + 3);
    expect(Object.keys(store.getState().filings)).toEqual(['idA']);
  });

  it('saves a well-formed filing number and refuses a malformed one without changing anything', () => {
    const store = createAppStore(memoryStorage());
    store.getState().createFiling('A', 'idA', NOW);
    expect(store.getState().approve('idA', '粤B2-20090059', NOW)).toEqual({ ok: false, reason: 'service-suffix' });
    expect(store.getState().filings.idA?.filingNumber).toBeNull();
    expect(store.getState().approve('idA', '粤B2-20090059-1626X', NOW)).toEqual({ ok: true });
    expect(store.getState().filings.idA?.filingNumber).toBe('粤B2-20090059-1626X');
    expect(store.getState().filings.idA?.steps['filing-approved'].status).toBe('done');
    expect(store.getState().approve('nope', '粤B2-20090059-1626X', NOW)).toEqual({
      ok: false,
      reason: 'unknown-filing',
    });
  });

  it('migrates a version 1 store (settings only) to filings', () => {
    const raw = memoryStorage({ [STORE_KEY]: JSON.stringify({ state: { localePreference: 'en' }, version: 1 }) });
    const store = createAppStore(raw);
    expect(store.getState().recovery).toBeNull();
    expect(store.getState().localePreference).toBe('en');
    expect(store.getState().filings).toEqual({});
    store.getState().createFiling('A', 'idA', NOW);
    expect(JSON.parse(raw.get('fc.index') as string)).toMatchObject({ v: 3, order: ['idA'] });
  });

  it('repairs damaged fields of one filing and keeps an unrecognisable record verbatim', () => {
    const raw = memoryStorage({
      [STORE_KEY]: JSON.stringify({
        version: 2,
        state: {
          localePreference: 'zh-CN',
          filingOrder: ['good', 'ghost', 'good'],
          filings: {
            good: {
              id: 'good',
              name: 'Good',
              createdAt: NOW,
              profile: { entityName: 42, bankLast4: '6222021234567890', entityType: 'alien' },
              steps: { 'reg-1.1': { status: 'flying' } },
            },
            broken: 'not an object',
          },
        },
      }),
    });
    const store = createAppStore(raw);
    const good = store.getState().filings.good;
    expect(good?.profile.entityName).toBe('');
    expect(good?.profile.entityType).toBe('');
    // Never more than the last 4 digits of a bank account, even if more was stored.
    expect(good?.profile.bankLast4).toBe('7890');
    expect(good?.steps['reg-1.1'].status).toBe('todo');
    expect(store.getState().filingOrder).toEqual(['good']);
    // Kept verbatim under its own key, listed as unreadable (issue 10).
    expect(store.getState().unreadableFilings).toEqual([
      { id: 'broken', key: 'fc.f.broken', reason: 'wrong-shape', bytes: expect.any(Number) },
    ]);
    expect(raw.get('fc.f.broken')).toBe('"not an object"');
  });
});
