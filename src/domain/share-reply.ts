/**
 * A reply from the legal representative, on the administrator's phone: what applying it would
 * change (the words for it are in share-reply-text.ts). Pure: the filings, the reply and `now`
 * come in. The store applies a plan only in the user's confirm action (applyShareReply).
 *
 * A reply names its filing, the SMS round its card was made for (a random round id) and the
 * card's issue time (issue 13, finding 1). It is applied only to that round, and only while that
 * round is the filing's latest and still open. An old, duplicate or foreign reply is described
 * for what it is and changes nothing. A reply never creates a round: the round a card names is
 * recorded when the card is shared (openRoundForCard).
 *
 * Times: the card's issue time and the round come from the administrator's own clock, so they
 * must agree within SMS_CLOCK_SKEW_MS. The reply's time comes from the other phone, whose clock
 * may be off: REPLY_CLOCK_SKEW_MS is allowed either way, and the time recorded is never later
 * than the deadline, the administrator's `now`, nor earlier than the SMS arrival.
 */
import type { FilingRecord } from './filing-record';
import type { StepId } from './journey-steps';
import { ownValue } from './own';
import type { ReplyData, Verifier } from './share-card';
import { smsVerifiersFor } from './principals';
import {
  emptyTrack,
  markVerified,
  SMS_CLOCK_SKEW_MS,
  SMS_LOCKING_WRONG_ENTRY,
  SMS_WINDOW_MS,
  trackState,
  type SmsCycle,
  type SmsCycleOutcome,
  type SmsTrackStateName,
} from './sms-window';

/**
 * How far the replying phone's clock may be from the administrator's. Phones take network time,
 * but one set by hand is often minutes off; a legal representative whose clock ran 15 minutes fast
 * must not read as "verified after the deadline".
 */
export const REPLY_CLOCK_SKEW_MS = 30 * 60_000;

/** The step whose note records that ID photos were sent. */
export const ID_PHOTOS_NOTE_STEP: StepId = 'filing-enter-info';

export type ReplyPlan =
  | { kind: 'unknown-filing' }
  /** The round id is not one of this filing's rounds (another phone's card, or crafted). */
  | { kind: 'foreign-round'; cardCreatedAt: number }
  /** The reply is for a round that a later one has replaced (a resubmission). */
  | { kind: 'earlier-round'; cardCreatedAt: number; roundStartedAt: number }
  /** The round the reply is for has ended without this verifier's verification. */
  | { kind: 'round-closed'; cardCreatedAt: number; outcome: Exclude<SmsCycleOutcome, 'open'> }
  /** The card's or the reply's time cannot belong to the round (crafted, or a clock far off). */
  | { kind: 'implausible-time'; cardCreatedAt: number; at: number }
  /** The round has no track for this verifier (the filing's profile names one verifier only). */
  | { kind: 'not-in-round'; verifier: Verifier }
  | { kind: 'already-verified'; verifier: Verifier; verifiedAt: number }
  | { kind: 'refused'; verifier: Verifier; reason: 'window-already-closed' | 'locked'; deadline: number | null }
  | {
      kind: 'verify-sms';
      verifier: Verifier;
      /** The track's state at `now`, before the change. */
      before: SmsTrackStateName;
      /** The time the reply gives, on the replying phone's clock. */
      at: number;
      /** The time recorded: `at` kept within the round (see the module comment). */
      verifiedAt: number;
      /** The filing's cycles after the change. */
      cycles: SmsCycle[];
    }
  | { kind: 'id-photos-sent'; verifier: Verifier; at: number }
  | { kind: 'already-noted'; verifier: Verifier; at: number };

/**
 * Returns the filing's cycles with the round a card is for: unchanged when the filing has a round
 * already; otherwise one open round named `roundId` (the pending id the card was built with),
 * started at `startedAt` (the card's time), with one empty track per verifier. Sharing the first
 * card thus opens the round that the legal representative's reply will name.
 */
export function openRoundForCard(filing: FilingRecord, roundId: string, startedAt: number): SmsCycle[] {
  if (filing.smsCycles.length > 0) return filing.smsCycles;
  const verifiers = smsVerifiersFor(filing.profile);
  return [{ id: roundId, startedAt, tracks: verifiers.map(emptyTrack), outcome: 'open' }];
}

/** The filing a decoded id names, or undefined: own entries only (issue 13, finding 4). */
export function findFiling(
  filings: Readonly<Record<string, FilingRecord>> | null | undefined,
  id: unknown,
): FilingRecord | undefined {
  return ownValue(filings, id);
}

/** True when `text` already holds `line` as one of its lines. */
function hasLine(text: string, line: string): boolean {
  return line !== '' && text.split('\n').includes(line);
}

/** Returns `note` with `line` added as its last line, unless it is there already. */
export function withNoteLine(note: string, line: string): string {
  if (!line || hasLine(note, line)) return note;
  return note ? `${note}\n${line}` : line;
}

/** True when the card's or the reply's time cannot belong to `round` (see the module comment). */
function timesImplausible(round: SmsCycle, reply: ReplyData, now: number): boolean {
  const card = reply.cardCreatedAt;
  if (card < round.startedAt - SMS_CLOCK_SKEW_MS || card > now + SMS_CLOCK_SKEW_MS) return true;
  return reply.at < card - REPLY_CLOCK_SKEW_MS || reply.at > now + REPLY_CLOCK_SKEW_MS;
}

/**
 * Returns what applying `reply` to the filing it names would do at `now`. `idPhotosNote` is the
 * line an 'id-photos-sent' reply adds to the note of ID_PHOTOS_NOTE_STEP; when that note already
 * has it, the plan is 'already-noted'. An 'id-photos-sent' reply only adds a dated note, so any
 * round of the filing will do; an 'sms-verified' reply changes only its own round, the filing's
 * latest, while that round is open.
 */
export function planReply(
  filings: Readonly<Record<string, FilingRecord>> | null | undefined,
  reply: ReplyData,
  now: number,
  idPhotosNote = '',
): ReplyPlan {
  const filing = findFiling(filings, reply.filingId);
  if (!filing) return { kind: 'unknown-filing' };
  const cycles = filing.smsCycles;
  const index = cycles.findIndex((cycle) => cycle.id === reply.roundId);
  const round = cycles[index];
  if (!round) return { kind: 'foreign-round', cardCreatedAt: reply.cardCreatedAt };
  if (reply.action === 'sms-verified' && index < cycles.length - 1) {
    return { kind: 'earlier-round', cardCreatedAt: reply.cardCreatedAt, roundStartedAt: round.startedAt };
  }
  if (timesImplausible(round, reply, now)) {
    return { kind: 'implausible-time', cardCreatedAt: reply.cardCreatedAt, at: reply.at };
  }

  if (reply.action === 'id-photos-sent') {
    const note = filing.steps[ID_PHOTOS_NOTE_STEP].note;
    return {
      kind: hasLine(note, idPhotosNote) ? 'already-noted' : 'id-photos-sent',
      verifier: reply.verifier,
      at: reply.at,
    };
  }

  const track = round.tracks.find((t) => t.verifier === reply.verifier);
  if (!track) return { kind: 'not-in-round', verifier: reply.verifier };
  if (track.verifiedAt !== null)
    return { kind: 'already-verified', verifier: reply.verifier, verifiedAt: track.verifiedAt };
  if (round.outcome !== 'open')
    return { kind: 'round-closed', cardCreatedAt: reply.cardCreatedAt, outcome: round.outcome };
  if (track.wrongEntries >= SMS_LOCKING_WRONG_ENTRY) {
    return { kind: 'refused', verifier: reply.verifier, reason: 'locked', deadline: track.deadline };
  }
  const deadline = track.deadline ?? (track.receivedAt !== null ? track.receivedAt + SMS_WINDOW_MS : null);
  if (track.receivedAt !== null && reply.at < track.receivedAt - REPLY_CLOCK_SKEW_MS) {
    return { kind: 'implausible-time', cardCreatedAt: reply.cardCreatedAt, at: reply.at };
  }
  if (deadline !== null && reply.at > deadline + REPLY_CLOCK_SKEW_MS) {
    return { kind: 'refused', verifier: reply.verifier, reason: 'window-already-closed', deadline };
  }
  const latest = Math.min(now, deadline ?? now);
  const verifiedAt = Math.max(track.receivedAt ?? -Infinity, Math.min(reply.at, latest));
  const marked = markVerified(track, verifiedAt);
  if (!marked.ok) return { kind: 'refused', verifier: reply.verifier, reason: 'window-already-closed', deadline };
  const nextRound: SmsCycle = { ...round, tracks: round.tracks.map((t) => (t === track ? marked.track : t)) };
  return {
    kind: 'verify-sms',
    verifier: reply.verifier,
    before: trackState(track, now).state,
    at: reply.at,
    verifiedAt,
    cycles: cycles.map((cycle, i) => (i === index ? nextRound : cycle)),
  };
}

/**
 * Returns the filing after applying `plan` (made by planReply for this filing), or null when the
 * plan changes nothing: 'verify-sms' replaces the cycles, 'id-photos-sent' adds `idPhotosNote`
 * to the note of ID_PHOTOS_NOTE_STEP without touching its status or time.
 */
export function applyReplyPlan(filing: FilingRecord, plan: ReplyPlan, idPhotosNote: string): FilingRecord | null {
  if (plan.kind === 'verify-sms') return { ...filing, smsCycles: plan.cycles };
  if (plan.kind === 'id-photos-sent') {
    const step = filing.steps[ID_PHOTOS_NOTE_STEP];
    const note = withNoteLine(step.note, idPhotosNote);
    return note === step.note
      ? null
      : { ...filing, steps: { ...filing.steps, [ID_PHOTOS_NOTE_STEP]: { ...step, note } } };
  }
  return null;
}

/** True when confirming `plan` changes the filing. */
export function replyPlanChanges(plan: ReplyPlan): boolean {
  return plan.kind === 'verify-sms' || plan.kind === 'id-photos-sent';
}
