/**
 * SMS rounds stored before rounds had ids read back with an id derived from their data
 * (readFilingRecord), so nothing stored is lost and a card made from such a round can be
 * answered. New rounds get random ids.
 */
import { newFilingRecord, readFilingRecord } from '@/domain/filing-record';
import { legacyRoundId } from '@/domain/sms-window';

const T0 = Date.UTC(2026, 5, 1, 2);
const HOUR = 3_600_000;

/** A filing as the app stored it before issue 13: cycles without `id`. */
function storedBefore(): Record<string, unknown> {
  const record = JSON.parse(JSON.stringify(newFilingRecord('Fq7kPz2mWx9a', '青禾备案', T0))) as Record<string, unknown>;
  record.smsCycles = [
    {
      startedAt: T0,
      tracks: [
        {
          verifier: 'legal-representative',
          receivedAt: T0 + HOUR,
          deadline: T0 + 25 * HOUR,
          verifiedAt: null,
          wrongEntries: 0,
        },
      ],
      outcome: 'expired',
    },
    {
      startedAt: T0 + 2 * 24 * HOUR,
      tracks: [
        { verifier: 'legal-representative', receivedAt: null, deadline: null, verifiedAt: null, wrongEntries: 0 },
      ],
      outcome: 'open',
    },
  ];
  return record;
}

describe('SMS round ids read back from storage', () => {
  test('rounds stored without an id keep everything and get the same derived id at every read', () => {
    const first = readFilingRecord(storedBefore());
    const second = readFilingRecord(storedBefore());
    expect(first?.smsCycles.map((c) => c.id)).toEqual([legacyRoundId(T0, 0), legacyRoundId(T0 + 2 * 24 * HOUR, 1)]);
    expect(second?.smsCycles).toEqual(first?.smsCycles);
    expect(first?.smsCycles[0]).toMatchObject({ startedAt: T0, outcome: 'expired' });
    expect(first?.smsCycles[0]?.tracks[0]).toMatchObject({ receivedAt: T0 + HOUR, deadline: T0 + 25 * HOUR });
    expect(new Set(first?.smsCycles.map((c) => c.id)).size).toBe(2);
  });

  test('a stored id is kept; one that is not a share id, or repeats, is derived instead', () => {
    const raw = storedBefore();
    const [first, second] = raw.smsCycles as Array<Record<string, unknown>>;
    if (!first || !second) throw new Error('the stored filing has two rounds');
    first.id = 'RoundKept001';
    second.id = 'RoundKept001';
    expect(readFilingRecord(raw)?.smsCycles.map((c) => c.id)).toEqual([
      'RoundKept001',
      legacyRoundId(T0 + 2 * 24 * HOUR, 1),
    ]);
    first.id = 'not a share id!';
    second.id = 42;
    expect(readFilingRecord(raw)?.smsCycles.map((c) => c.id)).toEqual([
      legacyRoundId(T0, 0),
      legacyRoundId(T0 + 2 * 24 * HOUR, 1),
    ]);
  });

  test("a damaged entry before a round does not change that round's derived id", () => {
    const raw = storedBefore();
    const cycles = raw.smsCycles as unknown[];
    const before = readFilingRecord(raw)?.smsCycles[1]?.id;
    cycles[0] = { startedAt: 'garbage' };
    expect(readFilingRecord(raw)?.smsCycles.map((c) => c.id)).toEqual([before]);
  });
});
