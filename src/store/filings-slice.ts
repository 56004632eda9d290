import type { StateCreator } from 'zustand';
import type { FilingProfile } from '@/domain/filing';
import {
  MAX_FILINGS,
  newFilingRecord,
  normalizeFilingName,
  type FilingRecord,
  type PhotoRef,
} from '@/domain/filing-record';
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
import type { AppState } from './app-state';

export type CreateFilingResult = { ok: true; id: string } | { ok: false; reason: 'name' | 'too-many' };

export interface FilingsSlice {
  filings: Record<string, FilingRecord>;
  /** Display order, newest first. */
  filingOrder: string[];
  /** Records that could not be read back; kept verbatim so nothing is lost. */
  unreadableFilings: string[];
  createFiling(name: string, id: string, now: number): CreateFilingResult;
  renameFiling(id: string, name: string, now: number): boolean;
  /** Removes the record; the caller deletes its photo files first (see features/journey). */
  deleteFiling(id: string): void;
  updateProfile(id: string, update: (profile: FilingProfile) => FilingProfile, now: number): void;
  setMaterialMark(id: string, material: MaterialId, mark: { done: boolean; confirmed?: boolean }, now: number): void;
  setStep(id: string, step: StepId, status: StepStatus, now: number, note?: string): void;
  /** Replaces a step's note without touching its status or status time. */
  setStepNote(id: string, step: StepId, note: string, now: number): void;
  rejectStep(id: string, step: StepId, rejection: Omit<Rejection, 'at'>, now: number): void;
  resubmitStep(id: string, step: StepId, now: number): void;
  setVerificationMethod(id: string, method: VerificationMethod, now: number): void;
  approve(
    id: string,
    filingNumber: string,
    now: number,
  ): { ok: true } | { ok: false; reason: FilingNumberReason | 'unknown-filing' };
  setSmsCycles(id: string, update: (cycles: SmsCycle[]) => SmsCycle[], now: number): void;
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
   */
  applyShareReply(reply: ReplyData, now: number, idPhotosNote: string): ReplyPlan;
  setPhoto(id: string, slot: PhotoSlotId, ref: PhotoRef | null, now: number): void;
  discardUnreadableFilings(): void;
}

export const createFilingsSlice: StateCreator<AppState, [], [], FilingsSlice> = (set, get) => {
  /** Applies `change` to one filing and stamps it; unknown ids change nothing. */
  const patch = (id: string, now: number, change: (f: FilingRecord) => FilingRecord) =>
    set((s) => {
      // Own entries only: an id from a route or a link may be 'constructor' (issue 13).
      const current = ownValue(s.filings, id);
      if (!current) return s;
      return { filings: { ...s.filings, [id]: { ...change(current), updatedAt: now } } };
    });

  return {
    filings: {},
    filingOrder: [],
    unreadableFilings: [],
    createFiling: (name, id, now) => {
      const normalized = normalizeFilingName(name);
      if (!normalized) return { ok: false, reason: 'name' };
      if (get().filingOrder.length >= MAX_FILINGS) return { ok: false, reason: 'too-many' };
      set((s) => ({
        filings: { ...s.filings, [id]: newFilingRecord(id, normalized, now) },
        filingOrder: [id, ...s.filingOrder.filter((x) => x !== id)],
      }));
      return { ok: true, id };
    },
    renameFiling: (id, name, now) => {
      const normalized = normalizeFilingName(name);
      if (!normalized || !hasOwnKey(get().filings, id)) return false;
      patch(id, now, (f) => ({ ...f, name: normalized }));
      return true;
    },
    deleteFiling: (id) =>
      set((s) => {
        const { [id]: _removed, ...rest } = s.filings;
        return { filings: rest, filingOrder: s.filingOrder.filter((x) => x !== id) };
      }),
    updateProfile: (id, update, now) => patch(id, now, (f) => ({ ...f, profile: update(f.profile) })),
    setMaterialMark: (id, material, mark, now) =>
      patch(id, now, (f) => ({ ...f, marks: { ...f.marks, [material]: { ...mark, at: now } } })),
    setStep: (id, step, status, now, note) =>
      patch(id, now, (f) => ({ ...f, steps: { ...f.steps, [step]: setStepStatus(f.steps[step], status, now, note) } })),
    setStepNote: (id, step, note, now) =>
      patch(id, now, (f) => ({ ...f, steps: { ...f.steps, [step]: { ...f.steps[step], note } } })),
    rejectStep: (id, step, rejection, now) =>
      patch(id, now, (f) => ({ ...f, steps: { ...f.steps, [step]: recordRejection(f.steps[step], rejection, now) } })),
    resubmitStep: (id, step, now) =>
      patch(id, now, (f) => ({ ...f, steps: { ...f.steps, [step]: resubmit(f.steps[step], now) } })),
    setVerificationMethod: (id, method, now) => patch(id, now, (f) => ({ ...f, verificationMethod: method })),
    approve: (id, filingNumber, now) => {
      const filing = ownValue(get().filings, id);
      if (!filing) return { ok: false, reason: 'unknown-filing' };
      const result = approveFiling(filing.steps['filing-approved'], filingNumber, now);
      if (!result.ok) return { ok: false, reason: result.reason };
      patch(id, now, (f) => ({
        ...f,
        filingNumber: result.filingNumber,
        steps: { ...f.steps, 'filing-approved': result.state },
      }));
      return { ok: true };
    },
    setSmsCycles: (id, update, now) => patch(id, now, (f) => ({ ...f, smsCycles: update(f.smsCycles) })),
    openSmsRoundForCard: (id, roundId, cardCreatedAt, now) => {
      const filing = ownValue(get().filings, id);
      if (!filing) return null;
      if (filing.smsCycles.length === 0) {
        patch(id, now, (f) => ({ ...f, smsCycles: openRoundForCard(f, roundId, cardCreatedAt) }));
      }
      const cycles = ownValue(get().filings, id)?.smsCycles ?? [];
      return cycles[cycles.length - 1]?.id ?? null;
    },
    applyShareReply: (reply, now, idPhotosNote) => {
      const plan = planReply(get().filings, reply, now, idPhotosNote);
      const filing = ownValue(get().filings, reply.filingId);
      const next = filing ? applyReplyPlan(filing, plan, idPhotosNote) : null;
      if (next) patch(reply.filingId, now, () => next);
      return plan;
    },
    setPhoto: (id, slot, ref, now) =>
      patch(id, now, (f) => {
        const photos = { ...f.photos };
        if (ref) photos[slot] = ref;
        else delete photos[slot];
        return { ...f, photos };
      }),
    discardUnreadableFilings: () => set({ unreadableFilings: [] }),
  };
};
