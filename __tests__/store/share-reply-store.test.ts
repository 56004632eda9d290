import { createAppStore, STORE_KEY } from '@/store/create-store';
import { newFilingRecord } from '@/domain/filing-record';
import { replyTo } from '@/domain/share-card';
import { buildCardData } from '@/domain/share-card-builder';
import { legacyRoundId, startTrack } from '@/domain/sms-window';
import { memoryStorage } from '../support/memory-storage';
import { present } from '../support/present';

const NOW = Date.UTC(2026, 10, 26, 6, 0, 0);
const HOUR = 3_600_000;
const ID = 'Fq7kPz2mWx9a';

/** The filing as saved under its own key (issue 10's layout). */
function storedFiling(raw: ReturnType<typeof memoryStorage>) {
  return JSON.parse(raw.get(`fc.f.${ID}`) as string).filing;
}

describe('share replies in the store', () => {
  it('sharing opens the round a card names; a reply to it verifies that round, once, and persists', () => {
    const raw = memoryStorage();
    const store = createAppStore(raw);
    store.getState().createFiling('青禾备案', ID, NOW - 5 * 24 * HOUR);
    const filing = present(store.getState().filings[ID], 'the filing');
    const card = buildCardData(filing, '', NOW - 3 * HOUR, 'legal-representative', 'PendRound123');
    expect(store.getState().openSmsRoundForCard(ID, card.roundId, card.createdAt, NOW - 3 * HOUR)).toBe('PendRound123');
    expect(store.getState().openSmsRoundForCard(ID, 'OtherRound12', NOW, NOW)).toBe('PendRound123');
    expect(store.getState().filings[ID]?.smsCycles.map((c) => c.id)).toEqual(['PendRound123']);

    // The SMS comes and is recorded on the administrator's phone.
    store.getState().setSmsCycles(
      ID,
      (cycles) => {
        const round = present(cycles[0], 'the round');
        const started = startTrack(present(round.tracks[0], 'its track'), NOW - 2 * HOUR, NOW - 2 * HOUR);
        if (!started.ok) throw new Error('no track');
        return [{ ...round, tracks: [started.track] }];
      },
      NOW - 2 * HOUR,
    );
    const plan = store.getState().applyShareReply(replyTo(card, 'sms-verified', NOW - HOUR), NOW, '');
    expect(plan.kind).toBe('verify-sms');
    expect(storedFiling(raw).smsCycles[0]).toMatchObject({ id: 'PendRound123' });
    expect(storedFiling(raw).smsCycles[0].tracks[0].verifiedAt).toBe(NOW - HOUR);

    const updatedAt = store.getState().filings[ID]?.updatedAt;
    const again = store.getState().applyShareReply(replyTo(card, 'sms-verified', NOW - HOUR / 2), NOW + 1, '');
    expect(again.kind).toBe('already-verified');
    expect(store.getState().filings[ID]?.updatedAt).toBe(updatedAt);
  });

  it("a reply for another round or another filing changes nothing, not even the filing's time", () => {
    const store = createAppStore(memoryStorage());
    store.getState().createFiling('青禾备案', ID, NOW - 5 * 24 * HOUR);
    store.getState().openSmsRoundForCard(ID, 'RoundNow0001', NOW - 3 * HOUR, NOW - 3 * HOUR);
    const before = JSON.stringify(store.getState().filings);
    const foreign = {
      filingId: ID,
      roundId: 'RoundOld0001',
      cardCreatedAt: NOW - 2 * HOUR,
      verifier: 'legal-representative' as const,
      action: 'sms-verified' as const,
      at: NOW - HOUR,
    };
    expect(store.getState().applyShareReply(foreign, NOW, '').kind).toBe('foreign-round');
    expect(store.getState().applyShareReply({ ...foreign, filingId: 'constructor' }, NOW, '').kind).toBe(
      'unknown-filing',
    );
    expect(JSON.stringify(store.getState().filings)).toBe(before);
  });

  it('rounds persisted without ids read back with the same derived ids, and nothing else changes', () => {
    const raw = memoryStorage();
    const record = JSON.parse(JSON.stringify(newFilingRecord(ID, '青禾备案', NOW - 5 * 24 * HOUR)));
    record.smsCycles = [
      {
        startedAt: NOW - 3 * HOUR,
        outcome: 'open',
        tracks: [
          {
            verifier: 'legal-representative',
            receivedAt: NOW - 2 * HOUR,
            deadline: NOW + 22 * HOUR,
            verifiedAt: null,
            wrongEntries: 0,
          },
        ],
      },
    ];
    raw.set(
      STORE_KEY,
      JSON.stringify({
        state: { localePreference: 'system', filings: { [ID]: record }, filingOrder: [ID], unreadableFilings: [] },
        // The single-key layout of schema v2, migrated at launch.
        version: 2,
      }),
    );
    const first = present(createAppStore(raw).getState().filings[ID], 'the migrated filing').smsCycles;
    const second = createAppStore(raw).getState().filings[ID]?.smsCycles;
    expect(first[0]?.id).toBe(legacyRoundId(NOW - 3 * HOUR, 0));
    expect(second).toEqual(first);
    expect(first[0]).toEqual({ ...record.smsCycles[0], id: legacyRoundId(NOW - 3 * HOUR, 0) });
  });
});
