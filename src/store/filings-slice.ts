import type { StateCreator } from 'zustand';
import type { FilingProfile } from '@/domain/filing';
import {
  MAX_FILINGS,
  newFilingRecord,
  normalizeFilingName,
  type FilingRecord,
  type PhotoRef,
} from '@/domain/filing-record';
import { clampToLimits } from '@/domain/record-limits';
import {
  approveFiling,
  recordRejection,
  resubmit,
  setStepStatus,
  type Rejection,
  type StepId,
  type StepStatus,
  type VerificationMethod,
} from '@/domain/journey-steps';
import type { FilingNumberReason } from '@/domain/filing-number';
import type { MaterialId, PhotoSlotId } from '@/domain/materials';
import type { SmsCycle } from '@/domain/sms-window';
import { hasOwnKey, ownValue } from '@/domain/own';
import type { ReplyData } from '@/domain/share-card';
import { applyReplyPlan, openRoundForCard, planReply, type ReplyPlan } from '@/domain/share-reply';
import type { FaceCheck } from '@/domain/face-check';
import type { AppState, SavePort } from './app-state';
import type { SaveFailure, SaveOutcome } from './key-writer';
import type { UnreadableFiling } from './loader';
import { filingKey } from './storage-keys';

export type CreateFilingResult =
  | { ok: true; id: string }
  | { ok: false; reason: 'name' | 'too-many' | 'taken' }
  | { ok: false; reason: 'not-saved'; failures: SaveFailure[] };

/**
 * Every action that a tap causes writes at once and returns whether it was saved (SaveOutcome):
 * the caller tells the user when it was not. Typing (setStepNote, updateProfile) is coalesced
 * instead; its state shows in `unsaved` / `writeFailure`.
 */
export interface FilingsSlice {
  filings: Record<string, FilingRecord>;
  /** Display order, newest first. */
  filingOrder: string[];
  /** Filings whose stored record could not be read: listed, exportable, never dropped silently. */
  unreadableFilings: UnreadableFiling[];
  /** Creates a filing and saves it; when saving fails the filing is not created. */
  createFiling(name: string, id: string, now: number): CreateFilingResult;
  renameFiling(id: string, name: string, now: number): boolean;
  /**
   * Removes the record and saves that; when the removal is not saved the filing comes back and
   * the outcome says so. Delete its photo files only after an ok outcome (features/journey).
   */
  deleteFiling(id: string): SaveOutcome;
  /** Typing: coalesced. */
  updateProfile(id: string, update: (profile: FilingProfile) => FilingProfile, now: number): void;
  setMaterialMark(
    id: string,
    material: MaterialId,
    mark: { done: boolean; confirmed?: boolean },
    now: number,
  ): SaveOutcome;
  setStep(id: string, step: StepId, status: StepStatus, now: number, note?: string): SaveOutcome;
  /** Replaces a step's note without touching its status or status time. Typing: coalesced. */
  setStepNote(id: string, step: StepId, note: string, now: number): void;
  rejectStep(id: string, step: StepId, rejection: Omit<Rejection, 'at'>, now: number): SaveOutcome;
  resubmitStep(id: string, step: StepId, now: number): SaveOutcome;
  setVerificationMethod(id: string, method: VerificationMethod, now: number): SaveOutcome;
  approve(
    id: string,
    filingNumber: string,
    now: number,
  ): { ok: true } | { ok: false; reason: FilingNumberReason | 'unknown-filing' | 'not-saved' };
  /** Applies `update` to the filing (several changes, one save); used by the SMS actions. */
  updateFiling(id: string, update: (filing: FilingRecord) => FilingRecord, now: number): SaveOutcome;
  setSmsCycles(id: string, update: (cycles: SmsCycle[]) => SmsCycle[], now: number): SaveOutcome;
  /**
   * Sharing a card for a filing with no SMS round yet records the round the card names
   * (`roundId`, started at the card's time `cardCreatedAt`); a filing with a round is unchanged.
   * Returns the id of the round cards for the filing now name, or null for an unknown filing.
   */
  openSmsRoundForCard(id: string, roundId: string, cardCreatedAt: number, now: number): string | null;
  /**
   * Applies a reply from the share card, as planned against the filings at `now`; called from
   * the user's confirm, never from render. Returns the plan: only 'verify-sms' and
   * 'id-photos-sent' change anything (`idPhotosNote` is the note line of the latter).
   * `settle` (the SMS feature's settledSms) writes down what the round became in the same save;
   * whether it was saved shows in `unsaved` (filingUnsaved).
   */
  applyShareReply(
    reply: ReplyData,
    now: number,
    idPhotosNote: string,
    settle?: (filing: FilingRecord) => FilingRecord,
  ): ReplyPlan;
  /** Replaces the face-check record (face-check.ts builds it). */
  setFaceCheck(id: string, faceCheck: FaceCheck, now: number): SaveOutcome;
  setPhoto(id: string, slot: PhotoSlotId, ref: PhotoRef | null, now: number): SaveOutcome;
}

const NOT_FOUND: SaveOutcome = { ok: true };

export const createFilingsSlice =
  (port: SavePort): StateCreator<AppState, [], [], FilingsSlice> =>
  (set, get) => {
    /** Applies `change` to one filing, stamps it and holds it to its size limits; unknown ids change nothing. */
    const patch = (id: string, now: number, change: (f: FilingRecord) => FilingRecord): boolean => {
      // Own entries only: an id from a route or a link may be 'constructor' (issue 13).
      if (!hasOwnKey(get().filings, id)) return false;
      set((s) => {
        const current = ownValue(s.filings, id);
        if (!current) return s;
        const next = clampToLimits({ ...change(current), updatedAt: now }).value;
        return { filings: { ...s.filings, [id]: next } };
      });
      return true;
    };
    /** A discrete change: applied, then saved at once. */
    const act = (id: string, now: number, change: (f: FilingRecord) => FilingRecord): SaveOutcome =>
      patch(id, now, change) ? port.commit() : NOT_FOUND;

    return {
      filings: {},
      filingOrder: [],
      unreadableFilings: [],
      createFiling: (name, id, now) => {
        const normalized = normalizeFilingName(name);
        if (!normalized) return { ok: false, reason: 'name' };
        const state = get();
        if (state.filingOrder.length + state.unreadableFilings.length >= MAX_FILINGS) {
          return { ok: false, reason: 'too-many' };
        }
        if (hasOwnKey(state.filings, id) || state.unreadableFilings.some((u) => u.id === id))
          return { ok: false, reason: 'taken' };
        set((s) => ({
          filings: { ...s.filings, [id]: newFilingRecord(id, normalized, now) },
          filingOrder: [id, ...s.filingOrder.filter((x) => x !== id)],
        }));
        const saved = port.commit();
        if (saved.ok) return { ok: true, id };
        // Not saved: not created. Taking it back leaves storage as it was.
        set((s) => {
          const { [id]: _dropped, ...rest } = s.filings;
          return { filings: rest, filingOrder: s.filingOrder.filter((x) => x !== id) };
        });
        port.forget(filingKey(id));
        port.commit();
        return { ok: false, reason: 'not-saved', failures: saved.failures };
      },
      renameFiling: (id, name, now) => {
        const normalized = normalizeFilingName(name);
        if (!normalized || !hasOwnKey(get().filings, id)) return false;
        return act(id, now, (f) => ({ ...f, name: normalized })).ok;
      },
      deleteFiling: (id) => {
        const before = get();
        const record = ownValue(before.filings, id);
        if (!record) return NOT_FOUND;
        const position = before.filingOrder.indexOf(id);
        const hadUnsaved = port.isDirty(filingKey(id));
        set((s) => {
          const { [id]: _removed, ...rest } = s.filings;
          return { filings: rest, filingOrder: s.filingOrder.filter((x) => x !== id) };
        });
        const saved = port.commit();
        if (saved.ok) return saved;
        // The record is still stored: show it again, where it was.
        set((s) => {
          const order = s.filingOrder.filter((x) => x !== id);
          order.splice(position < 0 ? 0 : Math.min(position, order.length), 0, id);
          return { filings: { ...s.filings, [id]: record }, filingOrder: order };
        });
        if (!hadUnsaved) port.forget(filingKey(id));
        port.commit();
        return saved;
      },
      updateProfile: (id, update, now) => {
        patch(id, now, (f) => ({ ...f, profile: update(f.profile) }));
      },
      setMaterialMark: (id, material, mark, now) =>
        act(id, now, (f) => ({ ...f, marks: { ...f.marks, [material]: { ...mark, at: now } } })),
      setStep: (id, step, status, now, note) =>
        act(id, now, (f) => ({
          ...f,
          steps: { ...f.steps, [step]: setStepStatus(f.steps[step], status, now, note) },
        })),
      setStepNote: (id, step, note, now) => {
        patch(id, now, (f) => ({ ...f, steps: { ...f.steps, [step]: { ...f.steps[step], note } } }));
      },
      rejectStep: (id, step, rejection, now) =>
        act(id, now, (f) => ({
          ...f,
          steps: { ...f.steps, [step]: recordRejection(f.steps[step], rejection, now) },
        })),
      resubmitStep: (id, step, now) =>
        act(id, now, (f) => ({ ...f, steps: { ...f.steps, [step]: resubmit(f.steps[step], now) } })),
      setVerificationMethod: (id, method, now) => act(id, now, (f) => ({ ...f, verificationMethod: method })),
      approve: (id, filingNumber, now) => {
        const filing = ownValue(get().filings, id);
        if (!filing) return { ok: false, reason: 'unknown-filing' };
        const result = approveFiling(filing.steps['filing-approved'], filingNumber, now);
        if (!result.ok) return { ok: false, reason: result.reason };
        const saved = act(id, now, (f) => ({
          ...f,
          filingNumber: result.filingNumber,
          steps: { ...f.steps, 'filing-approved': result.state },
        }));
        return saved.ok ? { ok: true } : { ok: false, reason: 'not-saved' };
      },
      updateFiling: (id, update, now) => act(id, now, update),
      setSmsCycles: (id, update, now) => act(id, now, (f) => ({ ...f, smsCycles: update(f.smsCycles) })),
      openSmsRoundForCard: (id, roundId, cardCreatedAt, now) => {
        const filing = ownValue(get().filings, id);
        if (!filing) return null;
        if (filing.smsCycles.length === 0) {
          act(id, now, (f) => ({ ...f, smsCycles: openRoundForCard(f, roundId, cardCreatedAt) }));
        }
        const cycles = ownValue(get().filings, id)?.smsCycles ?? [];
        return cycles[cycles.length - 1]?.id ?? null;
      },
      applyShareReply: (reply, now, idPhotosNote, settle) => {
        const plan = planReply(get().filings, reply, now, idPhotosNote);
        const filing = ownValue(get().filings, reply.filingId);
        const next = filing ? applyReplyPlan(filing, plan, idPhotosNote) : null;
        if (next) act(reply.filingId, now, () => (settle ? settle(next) : next));
        return plan;
      },
      setFaceCheck: (id, faceCheck, now) => act(id, now, (f) => ({ ...f, faceCheck })),
      setPhoto: (id, slot, ref, now) =>
        act(id, now, (f) => {
          const photos = { ...f.photos };
          if (ref) photos[slot] = ref;
          else delete photos[slot];
          return { ...f, photos };
        }),
    };
  };
