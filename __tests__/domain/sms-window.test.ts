import fc from 'fast-check';
import {
  cycleOutcome,
  emptyTrack,
  markVerified,
  newCycle,
  nextDeadline,
  nextTickDelay,
  progressFraction,
  recordWrongEntry,
  rejectionReason,
  SMS_CLOCK_SKEW_MS,
  SMS_WINDOW_MS,
  startNewCycle,
  startTrack,
  trackState,
  verifiersFor,
  windowState,
  type SmsTrack,
  type SmsTrackResult,
  legacyRoundId,
  newRoundId,
} from '@/domain/sms-window';
import { seededRandom } from '@/domain/random-id';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** 2026-03-10 10:00 China time. */
const T0 = Date.UTC(2026, 2, 10, 2, 0, 0);

function ok(result: SmsTrackResult): SmsTrack {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.track;
}

function started(verifier: SmsTrack['verifier'] = 'legal-representative', receivedAt = T0): SmsTrack {
  return ok(startTrack(emptyTrack(verifier), receivedAt, receivedAt));
}

function withWrongEntries(track: SmsTrack, count: number): SmsTrack {
  let current = track;
  for (let i = 0; i < count; i += 1) current = recordWrongEntry(current);
  return current;
}

describe('verifiersFor', () => {
  it('one SMS when the legal representative is the person in charge, two otherwise', () => {
    expect(verifiersFor(true)).toEqual(['legal-representative']);
    expect(verifiersFor(false)).toEqual(['legal-representative', 'person-in-charge']);
  });
});

describe('startTrack', () => {
  it('stores the deadline 24 h after arrival', () => {
    const track = started();
    expect(track).toEqual({
      verifier: 'legal-representative',
      receivedAt: T0,
      deadline: T0 + SMS_WINDOW_MS,
      verifiedAt: null,
      wrongEntries: 0,
    });
  });

  it('accepts an arrival recorded late, up to just under 24 h ago', () => {
    expect(ok(startTrack(emptyTrack('person-in-charge'), T0 - 23 * HOUR, T0)).deadline).toBe(T0 + HOUR);
    expect(startTrack(emptyTrack('person-in-charge'), T0 - 24 * HOUR, T0)).toEqual({
      ok: false,
      reason: 'window-already-closed',
    });
  });

  it('tolerates 2 minutes of clock skew into the future, no more', () => {
    expect(startTrack(emptyTrack('legal-representative'), T0 + SMS_CLOCK_SKEW_MS, T0).ok).toBe(true);
    expect(startTrack(emptyTrack('legal-representative'), T0 + SMS_CLOCK_SKEW_MS + 1, T0)).toEqual({
      ok: false,
      reason: 'received-in-future',
    });
  });

  it('refuses non-finite times', () => {
    expect(startTrack(emptyTrack('legal-representative'), Number.NaN, T0)).toEqual({ ok: false, reason: 'not-a-time' });
    expect(startTrack(emptyTrack('legal-representative'), T0, Number.POSITIVE_INFINITY)).toEqual({
      ok: false,
      reason: 'not-a-time',
    });
  });

  it('allows correcting the arrival time, but not after verification or lock-out', () => {
    const corrected = ok(startTrack(started(), T0 + 10 * MINUTE, T0 + 11 * MINUTE));
    expect(corrected.deadline).toBe(T0 + 10 * MINUTE + SMS_WINDOW_MS);
    const verified = ok(markVerified(started(), T0 + HOUR));
    expect(startTrack(verified, T0, T0 + HOUR)).toEqual({ ok: false, reason: 'already-verified' });
    expect(startTrack(withWrongEntries(started(), 6), T0, T0 + HOUR)).toEqual({ ok: false, reason: 'locked' });
  });
});

describe('trackState', () => {
  it('waits with a full window before the SMS arrives', () => {
    expect(trackState(emptyTrack('legal-representative'), T0)).toEqual({
      state: 'waiting',
      remainingMs: SMS_WINDOW_MS,
      warning: 'none',
      wrongEntryWarning: 'none',
      clockJump: false,
    });
  });

  it('counts down and raises the 6 h then 1 h warnings', () => {
    const track = started();
    expect(trackState(track, T0)).toMatchObject({ state: 'counting', remainingMs: SMS_WINDOW_MS, warning: 'none' });
    expect(trackState(track, T0 + 18 * HOUR - 1)).toMatchObject({ warning: 'none' });
    expect(trackState(track, T0 + 18 * HOUR)).toMatchObject({ remainingMs: 6 * HOUR, warning: '6h' });
    expect(trackState(track, T0 + 23 * HOUR - 1)).toMatchObject({ warning: '6h' });
    expect(trackState(track, T0 + 23 * HOUR)).toMatchObject({ remainingMs: HOUR, warning: '1h' });
    expect(trackState(track, T0 + SMS_WINDOW_MS - 1)).toMatchObject({
      state: 'counting',
      remainingMs: 1,
      warning: '1h',
    });
  });

  it('expires exactly at the deadline and stays at 0', () => {
    const track = started();
    expect(trackState(track, T0 + SMS_WINDOW_MS)).toMatchObject({ state: 'expired', remainingMs: 0, warning: 'none' });
    expect(trackState(track, T0 + 100 * SMS_WINDOW_MS).remainingMs).toBe(0);
  });

  it('verified freezes the remaining time at the moment of verification', () => {
    const verified = ok(markVerified(started(), T0 + 4 * HOUR));
    expect(trackState(verified, T0 + 30 * HOUR)).toMatchObject({
      state: 'verified',
      remainingMs: 20 * HOUR,
      warning: 'none',
    });
  });

  it('warns after the 4th and 5th wrong entries and locks on the 6th', () => {
    const track = started();
    expect(trackState(withWrongEntries(track, 3), T0).wrongEntryWarning).toBe('none');
    expect(trackState(withWrongEntries(track, 4), T0).wrongEntryWarning).toBe('four');
    expect(trackState(withWrongEntries(track, 5), T0)).toMatchObject({ state: 'counting', wrongEntryWarning: 'five' });
    expect(trackState(withWrongEntries(track, 6), T0)).toMatchObject({ state: 'locked', remainingMs: 0 });
  });

  it('flags a clock moved backwards and shows a full window instead of more than 24 h', () => {
    const track = started();
    expect(trackState(track, T0 - SMS_CLOCK_SKEW_MS)).toMatchObject({ clockJump: false, remainingMs: SMS_WINDOW_MS });
    expect(trackState(track, T0 - SMS_CLOCK_SKEW_MS - 1)).toMatchObject({
      state: 'counting',
      clockJump: true,
      remainingMs: SMS_WINDOW_MS,
    });
    expect(trackState(track, T0 - 5 * SMS_WINDOW_MS).remainingMs).toBe(SMS_WINDOW_MS);
  });

  it('derives the deadline for a track persisted without one', () => {
    const legacy: SmsTrack = { ...started(), deadline: null };
    expect(trackState(legacy, T0 + HOUR).remainingMs).toBe(23 * HOUR);
  });

  it('property: remaining time is always within 0..24 h and the fraction within 0..1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3 * SMS_WINDOW_MS, max: 3 * SMS_WINDOW_MS }),
        fc.integer({ min: 0, max: 8 }),
        (offset, wrong) => {
          const track = withWrongEntries(started(), wrong);
          const { remainingMs } = trackState(track, T0 + offset);
          expect(remainingMs).toBeGreaterThanOrEqual(0);
          expect(remainingMs).toBeLessThanOrEqual(SMS_WINDOW_MS);
          const fraction = progressFraction(track, T0 + offset);
          expect(fraction).toBeGreaterThanOrEqual(0);
          expect(fraction).toBeLessThanOrEqual(1);
          expect(Number.isNaN(fraction)).toBe(false);
        },
      ),
    );
  });
});

describe('markVerified and recordWrongEntry', () => {
  it('can verify without a recorded arrival', () => {
    const verified = ok(markVerified(emptyTrack('person-in-charge'), T0));
    expect(trackState(verified, T0).state).toBe('verified');
  });

  it('keeps the first verification time', () => {
    const verified = ok(markVerified(started(), T0 + HOUR));
    expect(ok(markVerified(verified, T0 + 2 * HOUR)).verifiedAt).toBe(T0 + HOUR);
  });

  it('refuses verification long after the deadline or once locked', () => {
    expect(markVerified(started(), T0 + SMS_WINDOW_MS + SMS_CLOCK_SKEW_MS).ok).toBe(true);
    expect(markVerified(started(), T0 + SMS_WINDOW_MS + SMS_CLOCK_SKEW_MS + 1)).toEqual({
      ok: false,
      reason: 'window-already-closed',
    });
    expect(markVerified(withWrongEntries(started(), 6), T0)).toEqual({ ok: false, reason: 'locked' });
    expect(markVerified(started(), Number.NaN)).toEqual({ ok: false, reason: 'not-a-time' });
  });

  it('stops counting wrong entries at the lock and after verification', () => {
    expect(withWrongEntries(started(), 10).wrongEntries).toBe(6);
    const verified = ok(markVerified(withWrongEntries(started(), 2), T0));
    expect(recordWrongEntry(verified)).toBe(verified);
  });

  it('does not mutate its input', () => {
    const track = started();
    const snapshot = { ...track };
    recordWrongEntry(track);
    markVerified(track, T0);
    startTrack(track, T0 + MINUTE, T0 + MINUTE);
    expect(track).toEqual(snapshot);
  });
});

describe('progressFraction', () => {
  it('runs from 1 down to 0 across the window', () => {
    const track = started();
    expect(progressFraction(emptyTrack('legal-representative'), T0)).toBe(1);
    expect(progressFraction(track, T0)).toBe(1);
    expect(progressFraction(track, T0 + 6 * HOUR)).toBe(0.75);
    expect(progressFraction(track, T0 + SMS_WINDOW_MS)).toBe(0);
  });
});

describe('windowState', () => {
  const legal = started('legal-representative');
  const inCharge = started('person-in-charge', T0 + HOUR);

  it('summarises two verifiers', () => {
    expect(windowState([emptyTrack('legal-representative'), emptyTrack('person-in-charge')], T0)).toBe('not-started');
    expect(windowState([legal, emptyTrack('person-in-charge')], T0)).toBe('counting');
    const legalDone = ok(markVerified(legal, T0 + 2 * HOUR));
    expect(windowState([legalDone, inCharge], T0 + 2 * HOUR)).toBe('waiting-for-other');
    expect(windowState([legalDone, emptyTrack('person-in-charge')], T0 + 2 * HOUR)).toBe('waiting-for-other');
    const bothDone = [legalDone, ok(markVerified(inCharge, T0 + 3 * HOUR))];
    expect(windowState(bothDone, T0 + 3 * HOUR)).toBe('all-verified');
    // Verified stays verified when the clock runs past the deadline.
    expect(windowState(bothDone, T0 + 5 * SMS_WINDOW_MS)).toBe('all-verified');
  });

  it('is rejected when either verifier runs out of time or is locked', () => {
    const legalDone = ok(markVerified(legal, T0 + 2 * HOUR));
    expect(windowState([legalDone, inCharge], T0 + HOUR + SMS_WINDOW_MS)).toBe('rejected');
    expect(rejectionReason([legalDone, inCharge], T0 + HOUR + SMS_WINDOW_MS)).toBe('expired');
    const locked = withWrongEntries(inCharge, 6);
    expect(windowState([legal, locked], T0 + 2 * HOUR)).toBe('rejected');
    expect(rejectionReason([legal, locked], T0 + 2 * HOUR)).toBe('locked');
    expect(rejectionReason([legal, inCharge], T0 + 2 * HOUR)).toBeNull();
  });

  it('handles a single verifier and an empty list', () => {
    expect(windowState([legal], T0 + HOUR)).toBe('counting');
    expect(windowState([ok(markVerified(legal, T0 + HOUR))], T0 + HOUR)).toBe('all-verified');
    expect(windowState([], T0)).toBe('not-started');
  });

  it('nextDeadline picks the earliest running deadline', () => {
    expect(nextDeadline([legal, inCharge], T0 + HOUR)).toBe(T0 + SMS_WINDOW_MS);
    const legalDone = ok(markVerified(legal, T0 + 2 * HOUR));
    expect(nextDeadline([legalDone, inCharge], T0 + 2 * HOUR)).toBe(T0 + HOUR + SMS_WINDOW_MS);
    expect(nextDeadline([legalDone], T0 + 2 * HOUR)).toBeNull();
  });
});

describe('cycles', () => {
  /** A seeded `random`, so round ids are reproducible. */
  const random = () => seededRandom(7);

  it('starts a fresh cycle with a random round id and settles the previous one', () => {
    const first = newCycle(verifiersFor(false), T0, random());
    expect(first).toEqual({
      id: newRoundId(random()),
      startedAt: T0,
      tracks: [emptyTrack('legal-representative'), emptyTrack('person-in-charge')],
      outcome: 'open',
    });
    expect(first.id).toMatch(/^[A-Za-z0-9]{12}$/);
    const expiredCycle = { ...first, tracks: [started('legal-representative'), started('person-in-charge')] };
    const later = T0 + 2 * SMS_WINDOW_MS;
    expect(cycleOutcome(expiredCycle, later)).toBe('expired');
    const { previous, next } = startNewCycle(expiredCycle, verifiersFor(false), later, seededRandom(8));
    expect(previous?.outcome).toBe('expired');
    expect(previous?.id).toBe(first.id);
    expect(previous?.tracks).toBe(expiredCycle.tracks);
    expect(next).toEqual(newCycle(verifiersFor(false), later, seededRandom(8)));
    expect(next.id).not.toBe(first.id);
  });

  it('records lock-outs, supersedes undecided cycles and keeps settled outcomes', () => {
    const locked = { ...newCycle(['legal-representative'], T0, random()), tracks: [withWrongEntries(started(), 6)] };
    expect(startNewCycle(locked, ['legal-representative'], T0 + HOUR, random()).previous?.outcome).toBe('locked');
    const open = { ...newCycle(['legal-representative'], T0, random()), tracks: [started()] };
    expect(startNewCycle(open, ['legal-representative'], T0 + HOUR, random()).previous?.outcome).toBe('superseded');
    const done = {
      ...newCycle(['legal-representative'], T0, random()),
      tracks: [ok(markVerified(started(), T0 + HOUR))],
    };
    expect(cycleOutcome(done, T0 + HOUR)).toBe('all-verified');
    const settled = { ...open, outcome: 'expired' as const };
    expect(cycleOutcome(settled, T0)).toBe('expired');
    expect(startNewCycle(null, ['legal-representative'], T0, random()).previous).toBeNull();
  });

  it('round ids: random ones differ, legacy ones are the same at every read and differ by start and place', () => {
    const ids = new Set(Array.from({ length: 1000 }, (_, i) => newRoundId(seededRandom(i))));
    expect(ids.size).toBe(1000);
    expect(legacyRoundId(T0, 0)).toBe(legacyRoundId(T0, 0));
    expect(legacyRoundId(T0, 0)).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(legacyRoundId(T0, 1)).not.toBe(legacyRoundId(T0, 0));
    expect(legacyRoundId(T0 + 1, 0)).not.toBe(legacyRoundId(T0, 0));
  });
});

describe('nextTickDelay', () => {
  it('returns the time to the next whole second', () => {
    expect(nextTickDelay(T0)).toBe(1000);
    expect(nextTickDelay(T0 + 1)).toBe(999);
    expect(nextTickDelay(T0 + 999)).toBe(1);
    expect(nextTickDelay(-1)).toBe(1);
    expect(nextTickDelay(Number.NaN)).toBe(1000);
  });

  it('drives a ticker that fires on whole seconds (fake timers)', () => {
    jest.useFakeTimers();
    try {
      jest.setSystemTime(T0 + 437);
      const ticks: number[] = [];
      const schedule = (): void => {
        setTimeout(() => {
          ticks.push(Date.now());
          if (ticks.length < 5) schedule();
        }, nextTickDelay(Date.now()));
      };
      schedule();
      jest.advanceTimersByTime(6000);
      expect(ticks).toEqual([T0 + 1000, T0 + 2000, T0 + 3000, T0 + 4000, T0 + 5000]);
      // The SMS countdown read at each tick falls by exactly one second.
      const track = started('legal-representative', T0);
      expect(ticks.map((tick) => trackState(track, tick).remainingMs)).toEqual(
        [1, 2, 3, 4, 5].map((s) => SMS_WINDOW_MS - s * 1000),
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('property: always 1..1000 and lands on a multiple of 1000', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (now) => {
        const delay = nextTickDelay(now);
        expect(delay).toBeGreaterThanOrEqual(1);
        expect(delay).toBeLessThanOrEqual(1000);
        expect((((now + delay) % 1000) + 1000) % 1000).toBe(0);
      }),
    );
  });
});
