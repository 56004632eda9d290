/**
 * What the SMS war-room does to a filing: every change goes through the store's setSmsCycles,
 * using the domain's pure transitions, so the stored state is epoch ms only and any screen can
 * recompute it after the app was killed.
 */
import type { FilingRecord } from '@/domain/filing-record';
import { ownValue } from '@/domain/own';
import {
  cycleOutcome,
  emptyTrack,
  markVerified,
  newCycle,
  recordWrongEntry,
  startNewCycle,
  startTrack,
  windowState,
  type SmsCycle,
  type SmsTrack,
  type SmsTrackRefusal,
  type SmsVerifier,
} from '@/domain/sms-window';
import { smsVerifiersFor } from '@/domain/principals';
import { recordRejection, resubmit, setStepStatus } from '@/domain/journey-steps';
import { useAppStore, type SaveFailure, type SaveOutcome } from '@/store';

export const SMS_STEP = 'filing-sms' as const;
export const BUREAU_STEP = 'filing-bureau-review' as const;

/** Texts stored with a rejection (in the language in force when it happened). */
export interface RejectionTexts {
  field: string;
  expired: string;
  locked: string;
  fix: string;
}

/** The verifiers this filing needs, from its profile: both persons in charge when they are different people. */
export function filingVerifiers(filing: FilingRecord): SmsVerifier[] {
  return smsVerifiersFor(filing.profile);
}

/** The cycle on screen: the latest one, or a fresh unsaved one when there is none yet. */
export function currentCycle(filing: FilingRecord, now: number): SmsCycle {
  const last = filing.smsCycles[filing.smsCycles.length - 1];
  return last ?? newCycle(filingVerifiers(filing), now, Math.random);
}

/** Earlier cycles, newest first. */
export function pastCycles(filing: FilingRecord): SmsCycle[] {
  return filing.smsCycles.slice(0, -1).reverse();
}

function untouched(cycle: SmsCycle): boolean {
  return cycle.tracks.every((t) => t.receivedAt === null && t.verifiedAt === null && t.wrongEntries === 0);
}

/**
 * Cycles with `change` applied to the open cycle's track of `verifier`. When no cycle is open
 * yet, one is created; an untouched open cycle follows a changed profile (one verifier or two).
 */
function withTrack(
  cycles: SmsCycle[],
  verifiers: SmsVerifier[],
  verifier: SmsVerifier,
  now: number,
  change: (track: SmsTrack) => SmsTrack | null,
): SmsCycle[] | null {
  let list = cycles;
  let cycle = list[list.length - 1];
  if (!cycle) {
    cycle = newCycle(verifiers, now, Math.random);
    list = [cycle];
  } else if (
    cycle.outcome === 'open' &&
    untouched(cycle) &&
    cycle.tracks.map((t) => t.verifier).join() !== verifiers.join()
  ) {
    // Same round (a share card may already name its id), new verifiers.
    cycle = { ...cycle, tracks: verifiers.map(emptyTrack) };
    list = [...list.slice(0, -1), cycle];
  }
  if (cycle.outcome !== 'open') return null;
  const index = cycle.tracks.findIndex((t) => t.verifier === verifier);
  const track = cycle.tracks[index];
  if (!track) return null;
  const next = change(track);
  if (next === null) return null;
  const tracks = cycle.tracks.map((t, i) => (i === index ? next : t));
  return [...list.slice(0, -1), { ...cycle, tracks }];
}

type ActionResult =
  | { ok: true }
  | { ok: false; reason: SmsTrackRefusal | 'closed' }
  | { ok: false; reason: 'not-saved'; failures: SaveFailure[] };

function applyTrackChange(
  filingId: string,
  verifier: SmsVerifier,
  now: number,
  texts: RejectionTexts,
  change: (track: SmsTrack) => { ok: true; track: SmsTrack } | { ok: false; reason: SmsTrackRefusal },
): ActionResult {
  const state = useAppStore.getState();
  const current = ownValue(state.filings, filingId);
  if (!current) return { ok: false, reason: 'closed' };
  // What the window has become by now is written down first, in the same save.
  const filing = settledSms(current, now, texts);
  let refusal: SmsTrackRefusal | null = null;
  const next = withTrack(filing.smsCycles, filingVerifiers(filing), verifier, now, (track) => {
    const result = change(track);
    if (!result.ok) {
      refusal = result.reason;
      return null;
    }
    return result.track;
  });
  if (refusal) return { ok: false, reason: refusal };
  if (!next) return { ok: false, reason: 'closed' };
  const saved = state.updateFiling(
    filingId,
    () => {
      let updated: FilingRecord = { ...filing, smsCycles: next };
      if (updated.steps[SMS_STEP].status === 'todo') {
        updated = {
          ...updated,
          steps: { ...updated.steps, [SMS_STEP]: setStepStatus(updated.steps[SMS_STEP], 'in-progress', now) },
        };
      }
      // A 6th wrong code or the last verification settles the round at once.
      return settledSms(updated, now, texts);
    },
    now,
  );
  return saved.ok ? { ok: true } : { ok: false, reason: 'not-saved', failures: saved.failures };
}

/** Records the SMS for `verifier` as received at `receivedAt` (also corrects an earlier entry). */
export function recordSmsReceived(
  filingId: string,
  verifier: SmsVerifier,
  receivedAt: number,
  now: number,
  texts: RejectionTexts,
): ActionResult {
  return applyTrackChange(filingId, verifier, now, texts, (track) => startTrack(track, receivedAt, now));
}

/** Records that `verifier` completed the verification at `now`. */
export function recordVerified(
  filingId: string,
  verifier: SmsVerifier,
  now: number,
  texts: RejectionTexts,
): ActionResult {
  return applyTrackChange(filingId, verifier, now, texts, (track) => markVerified(track, now));
}

/** Adds one wrong code entry for `verifier`. */
export function addWrongEntry(
  filingId: string,
  verifier: SmsVerifier,
  now: number,
  texts: RejectionTexts,
): ActionResult {
  return applyTrackChange(filingId, verifier, now, texts, (track) => ({ ok: true, track: recordWrongEntry(track) }));
}

/** The moment the last verifier verified, when every track of the cycle is verified. */
export function allVerifiedAt(cycle: SmsCycle): number | null {
  if (cycle.tracks.length === 0 || cycle.tracks.some((t) => t.verifiedAt === null)) return null;
  return Math.max(...cycle.tracks.map((t) => t.verifiedAt as number));
}

/** The latest cycle in which everyone verified, and when that completed. */
export function lastVerifiedCompletion(filing: FilingRecord): number | null {
  for (const cycle of [...filing.smsCycles].reverse()) {
    const at = allVerifiedAt(cycle);
    if (at !== null) return at;
  }
  return null;
}

/**
 * The filing with its open SMS round settled as it stands at `now`: expiry or a 6th wrong entry
 * closes the round and marks the SMS step rejected (the rejection dated at the deadline, or now
 * for a lock); everyone verified closes it, marks the step done and starts the bureau review at
 * the last verification. Returns the same object when nothing changed.
 *
 * Pure, so screens derive what they show from it without writing (viewing never saves), and
 * every SMS action applies it in the same save as its own change.
 */
export function settledSms(filing: FilingRecord, now: number, texts: RejectionTexts): FilingRecord {
  const cycle = filing.smsCycles[filing.smsCycles.length - 1];
  if (!cycle || cycle.outcome !== 'open') return filing;
  const outcome = cycleOutcome(cycle, now);
  if (outcome === 'open') return filing;
  const smsCycles = filing.smsCycles.map((c, i) => (i === filing.smsCycles.length - 1 ? { ...c, outcome } : c));
  let steps = filing.steps;
  if (outcome === 'expired' || outcome === 'locked') {
    const deadlines = cycle.tracks.map((t) => t.deadline).filter((d): d is number => d !== null);
    const at = outcome === 'expired' && deadlines.length > 0 ? Math.min(...deadlines) : now;
    steps = {
      ...steps,
      [SMS_STEP]: recordRejection(
        steps[SMS_STEP],
        { field: texts.field, reason: outcome === 'locked' ? texts.locked : texts.expired, fix: texts.fix },
        at,
      ),
    };
  } else if (outcome === 'all-verified') {
    const at = allVerifiedAt(cycle) ?? now;
    steps = { ...steps, [SMS_STEP]: setStepStatus(steps[SMS_STEP], 'done', at) };
    if (steps[BUREAU_STEP].status === 'todo') {
      steps = { ...steps, [BUREAU_STEP]: setStepStatus(steps[BUREAU_STEP], 'in-progress', at) };
    }
  }
  return { ...filing, smsCycles, steps };
}

/**
 * Starts a fresh SMS cycle after a rejection (a resubmission sends a fresh SMS); old cycles stay
 * as history. One save; what the old round had become is settled first.
 */
export function resubmitSms(filingId: string, now: number, texts: RejectionTexts): SaveOutcome {
  const state = useAppStore.getState();
  const current = ownValue(state.filings, filingId);
  if (!current) return { ok: true };
  return state.updateFiling(
    filingId,
    () => {
      const filing = settledSms(current, now, texts);
      const verifiers = filingVerifiers(filing);
      const last = filing.smsCycles[filing.smsCycles.length - 1] ?? null;
      const { previous, next } = startNewCycle(last, verifiers, now, Math.random);
      const smsCycles = previous ? [...filing.smsCycles.slice(0, -1), previous, next] : [next];
      const step = filing.steps[SMS_STEP];
      const resubmitted = step.status === 'rejected' ? resubmit(step, now) : setStepStatus(step, 'in-progress', now);
      return { ...filing, smsCycles, steps: { ...filing.steps, [SMS_STEP]: resubmitted } };
    },
    now,
  );
}

/** The window's state for a cycle, counting a settled outcome as final. */
export function cycleWindowState(cycle: SmsCycle, now: number) {
  if (cycle.outcome === 'expired' || cycle.outcome === 'locked') return 'rejected' as const;
  if (cycle.outcome === 'all-verified') return 'all-verified' as const;
  return windowState(cycle.tracks, now);
}
