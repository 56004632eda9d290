/**
 * The MIIT 12381 SMS verification window.
 *
 * Source (seed guide, "MIIT SMS Verification"): after the platform's initial review, MIIT sends
 * an SMS from 12381; it must be verified at https://beian.miit.gov.cn within 24 hours, or the
 * filing is automatically rejected and must be resubmitted (which sends a fresh SMS). The entity's
 * person in charge and the mini program's person in charge each verify; when they are different
 * people each gets their own SMS (principals.ts decides). Wrong verification codes: the 6th wrong
 * entry returns the filing.
 *
 * Every instant is epoch ms and is passed in; nothing here reads the clock.
 */
import { fnv1a, randomId, seededRandom } from './random-id';

/**
 * Whose SMS a track is. The ids are stored and encoded in share cards, so they keep their
 * historic names; their filing-world meaning is:
 * - 'legal-representative': the track of the entity's person in charge (主体负责人): the legal
 *   representative of an enterprise, the operator (经营者) of an individual business, the
 *   individual themself (本人);
 * - 'person-in-charge': the track of the mini program's person in charge (小程序负责人), by
 *   default the administrator, with their own ID and mobile.
 */
export type SmsVerifier = 'legal-representative' | 'person-in-charge';

/** One verifier's SMS. `deadline` is stored explicitly (receivedAt + 24 h) so persisted state is self-describing. */
export interface SmsTrack {
  verifier: SmsVerifier;
  receivedAt: number | null;
  deadline: number | null;
  verifiedAt: number | null;
  wrongEntries: number;
}

export type SmsTrackStateName = 'waiting' | 'counting' | 'verified' | 'expired' | 'locked';

export interface SmsTrackState {
  state: SmsTrackStateName;
  /** Time left in the 24 h window, clamped to 0..24 h. */
  remainingMs: number;
  /** Reminder thresholds while counting. */
  warning: 'none' | '6h' | '1h';
  /** Set after the 4th and 5th wrong entries: the 6th returns the filing. */
  wrongEntryWarning: 'none' | 'four' | 'five';
  /** The phone's clock is earlier than the SMS arrival (it was moved back); remaining is shown as a full 24 h. */
  clockJump: boolean;
}

/** Why a track change was refused. */
export type SmsTrackRefusal =
  'not-a-time' | 'received-in-future' | 'window-already-closed' | 'already-verified' | 'locked';

export type SmsTrackResult = { ok: true; track: SmsTrack } | { ok: false; reason: SmsTrackRefusal };

export type SmsWindowState = 'not-started' | 'counting' | 'waiting-for-other' | 'all-verified' | 'rejected';

export type SmsCycleOutcome = 'open' | 'all-verified' | 'expired' | 'locked' | 'superseded';

/**
 * One submission's SMS round. A resubmission starts a new cycle; the caller keeps old cycles in
 * an array as history. `superseded` marks a cycle closed by a resubmission while still open.
 */
export interface SmsCycle {
  /**
   * Random token naming the round (newRoundId). A share card carries it and a reply brings it
   * back, so a reply changes only the round it was made for (issue 13).
   */
  id: string;
  startedAt: number;
  tracks: SmsTrack[];
  outcome: SmsCycleOutcome;
}

const HOUR_MS = 3_600_000;

/** The verification window: 24 hours from the SMS (seed guide, MIIT SMS Verification). */
export const SMS_WINDOW_MS = 24 * HOUR_MS;

/** Tolerated disagreement between the phone clock and the moment the user says the SMS came. */
export const SMS_CLOCK_SKEW_MS = 2 * 60_000;

/** The wrong entry that returns the filing. */
export const SMS_LOCKING_WRONG_ENTRY = 6;

/** Reminder thresholds before the deadline. */
export const SMS_WARNING_6H_MS = 6 * HOUR_MS;
export const SMS_WARNING_1H_MS = HOUR_MS;

/** A fresh round id: 12 random URL-safe characters drawn with `random` (0 ≤ r < 1). */
export function newRoundId(random: () => number): string {
  return randomId(random);
}

/**
 * The id of a round stored before rounds had ids: derived from its start and its place in the
 * stored list, so every read of the same data gives the same id.
 */
export function legacyRoundId(startedAt: number, index: number): string {
  return randomId(seededRandom(fnv1a(`sms-round:${index}:${startedAt}`)));
}

function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function isLocked(track: SmsTrack): boolean {
  return track.wrongEntries >= SMS_LOCKING_WRONG_ENTRY;
}

/** The stored deadline, or receivedAt + 24 h for tracks persisted without one. */
function deadlineOf(track: SmsTrack): number | null {
  if (isInstant(track.deadline)) return track.deadline;
  return isInstant(track.receivedAt) ? track.receivedAt + SMS_WINDOW_MS : null;
}

/**
 * Returns the verifiers who must each verify: one when the entity's and the mini program's
 * persons in charge are the same person, else two (from a profile: principals.ts smsVerifiersFor).
 */
export function verifiersFor(samePerson: boolean): SmsVerifier[] {
  return samePerson ? ['legal-representative'] : ['legal-representative', 'person-in-charge'];
}

/** Returns a track whose SMS has not arrived yet. */
export function emptyTrack(verifier: SmsVerifier): SmsTrack {
  return { verifier, receivedAt: null, deadline: null, verifiedAt: null, wrongEntries: 0 };
}

/**
 * Returns the track with its SMS received at `receivedAt` and deadline 24 h later, or a refusal.
 * `receivedAt` may lie up to 24 h before `now` (the user may record it late) and at most
 * `SMS_CLOCK_SKEW_MS` after `now`. Calling it again corrects a mistyped arrival time.
 */
export function startTrack(track: SmsTrack, receivedAt: number, now: number): SmsTrackResult {
  if (!isInstant(receivedAt) || !isInstant(now)) return { ok: false, reason: 'not-a-time' };
  if (track.verifiedAt !== null) return { ok: false, reason: 'already-verified' };
  if (isLocked(track)) return { ok: false, reason: 'locked' };
  if (receivedAt > now + SMS_CLOCK_SKEW_MS) return { ok: false, reason: 'received-in-future' };
  if (receivedAt + SMS_WINDOW_MS <= now) return { ok: false, reason: 'window-already-closed' };
  return { ok: true, track: { ...track, receivedAt, deadline: receivedAt + SMS_WINDOW_MS } };
}

/**
 * Returns the track verified at `at`. A track may be verified without a recorded arrival (the
 * user verified straight from the SMS). Refused when locked, or when `at` is past the deadline
 * by more than the clock skew (MIIT would already have rejected the filing). Verifying twice
 * keeps the first time.
 */
export function markVerified(track: SmsTrack, at: number): SmsTrackResult {
  if (!isInstant(at)) return { ok: false, reason: 'not-a-time' };
  if (track.verifiedAt !== null) return { ok: true, track };
  if (isLocked(track)) return { ok: false, reason: 'locked' };
  const deadline = deadlineOf(track);
  if (deadline !== null && at > deadline + SMS_CLOCK_SKEW_MS) return { ok: false, reason: 'window-already-closed' };
  return { ok: true, track: { ...track, verifiedAt: at } };
}

/** Returns the track with one more wrong code entered; unchanged once verified or locked. */
export function recordWrongEntry(track: SmsTrack): SmsTrack {
  if (track.verifiedAt !== null || isLocked(track)) return track;
  return { ...track, wrongEntries: Math.max(0, Math.floor(track.wrongEntries) || 0) + 1 };
}

/** Returns the wrong-entry warning level for a count: 'four' after 4, 'five' after 5 (the next one returns the filing). */
export function wrongEntryWarningFor(wrongEntries: number): SmsTrackState['wrongEntryWarning'] {
  if (wrongEntries === SMS_LOCKING_WRONG_ENTRY - 1) return 'five';
  if (wrongEntries === SMS_LOCKING_WRONG_ENTRY - 2) return 'four';
  return 'none';
}

/**
 * Returns one track's state at `now`. Precedence: verified, locked, waiting (no SMS yet),
 * expired, counting. `remainingMs` is always within 0..24 h: if the phone clock has jumped
 * back before the arrival time, `clockJump` is set and a full window is shown.
 */
export function trackState(track: SmsTrack, now: number): SmsTrackState {
  const wrongEntryWarning = wrongEntryWarningFor(track.wrongEntries);
  const deadline = deadlineOf(track);
  if (track.verifiedAt !== null) {
    // Freeze the ring where it stood at verification.
    const left = deadline === null ? SMS_WINDOW_MS : clamp(deadline - track.verifiedAt, 0, SMS_WINDOW_MS);
    return { state: 'verified', remainingMs: left, warning: 'none', wrongEntryWarning: 'none', clockJump: false };
  }
  if (isLocked(track)) {
    return { state: 'locked', remainingMs: 0, warning: 'none', wrongEntryWarning: 'none', clockJump: false };
  }
  if (deadline === null || !isInstant(now)) {
    return { state: 'waiting', remainingMs: SMS_WINDOW_MS, warning: 'none', wrongEntryWarning, clockJump: false };
  }
  const receivedAt = deadline - SMS_WINDOW_MS;
  const clockJump = now < receivedAt - SMS_CLOCK_SKEW_MS;
  const remainingMs = clockJump ? SMS_WINDOW_MS : clamp(deadline - now, 0, SMS_WINDOW_MS);
  if (remainingMs === 0) {
    return { state: 'expired', remainingMs: 0, warning: 'none', wrongEntryWarning, clockJump: false };
  }
  const warning = remainingMs <= SMS_WARNING_1H_MS ? '1h' : remainingMs <= SMS_WARNING_6H_MS ? '6h' : 'none';
  return { state: 'counting', remainingMs, warning, wrongEntryWarning, clockJump };
}

/** Returns the fraction (0..1) of the 24 h window still left, for the countdown ring. */
export function progressFraction(track: SmsTrack, now: number): number {
  return trackState(track, now).remainingMs / SMS_WINDOW_MS;
}

/**
 * Returns the state of the whole window across verifiers: 'rejected' if any track expired or
 * locked; 'all-verified' when every track is verified; 'waiting-for-other' when some are
 * verified and others not; 'counting' when an SMS is running and none is verified;
 * otherwise 'not-started'.
 */
export function windowState(tracks: readonly SmsTrack[], now: number): SmsWindowState {
  if (tracks.length === 0) return 'not-started';
  const states = tracks.map((track) => trackState(track, now).state);
  if (states.some((state) => state === 'expired' || state === 'locked')) return 'rejected';
  const verified = states.filter((state) => state === 'verified').length;
  if (verified === states.length) return 'all-verified';
  if (verified > 0) return 'waiting-for-other';
  return states.includes('counting') ? 'counting' : 'not-started';
}

/** Returns why a window was rejected ('locked' wins over 'expired'), or null if it was not. */
export function rejectionReason(tracks: readonly SmsTrack[], now: number): 'expired' | 'locked' | null {
  const states = tracks.map((track) => trackState(track, now).state);
  if (states.includes('locked')) return 'locked';
  if (states.includes('expired')) return 'expired';
  return null;
}

/** Returns the earliest deadline among tracks still counting at `now`, or null (for reminders). */
export function nextDeadline(tracks: readonly SmsTrack[], now: number): number | null {
  let earliest: number | null = null;
  for (const track of tracks) {
    const deadline = deadlineOf(track);
    if (deadline !== null && trackState(track, now).state === 'counting') {
      earliest = earliest === null ? deadline : Math.min(earliest, deadline);
    }
  }
  return earliest;
}

/** Returns a fresh cycle for a (re)submission: one empty track per verifier, a new random id. */
export function newCycle(verifiers: readonly SmsVerifier[], now: number, random: () => number): SmsCycle {
  return { id: newRoundId(random), startedAt: now, tracks: verifiers.map(emptyTrack), outcome: 'open' };
}

/** Returns the outcome a cycle has reached at `now` ('open' while undecided). A settled outcome is kept. */
export function cycleOutcome(cycle: SmsCycle, now: number): SmsCycleOutcome {
  if (cycle.outcome !== 'open') return cycle.outcome;
  const state = windowState(cycle.tracks, now);
  if (state === 'all-verified') return 'all-verified';
  if (state === 'rejected') return rejectionReason(cycle.tracks, now) ?? 'expired';
  return 'open';
}

/**
 * Returns the previous cycle settled at `now` (an undecided one becomes 'superseded') and a new
 * open cycle for the resubmission; resubmitting sends a fresh SMS, so tracks start empty.
 */
export function startNewCycle(
  previous: SmsCycle | null,
  verifiers: readonly SmsVerifier[],
  now: number,
  random: () => number,
): { previous: SmsCycle | null; next: SmsCycle } {
  let settled: SmsCycle | null = null;
  if (previous !== null) {
    const outcome = cycleOutcome(previous, now);
    settled = { ...previous, outcome: outcome === 'open' ? 'superseded' : outcome };
  }
  return { previous: settled, next: newCycle(verifiers, now, random) };
}

/** Returns ms until the next whole second after `now` (1..1000), so an app-wide ticker fires on second boundaries. */
export function nextTickDelay(now: number): number {
  if (!isInstant(now)) return 1000;
  const intoSecond = ((now % 1000) + 1000) % 1000;
  return 1000 - intoSecond;
}
