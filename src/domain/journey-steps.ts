/**
 * The step timeline of the journey: registration (the seed guide's steps 1.1–4.5), WeChat
 * verification, and the ICP filing steps (the seed's five plus the face check), with pure state
 * transitions. Each profile gets its own timeline (journeyStepsFor): an individual's, an
 * organisation's, the bank-transfer route's and a mini program published before 2023-09-01
 * differ. Time comes in as `now` (epoch ms).
 */
import type { FilingProfile } from '@/domain/filing';
import { validateFilingNumber, type FilingNumberReason } from '@/domain/filing-number';
import type { ReviewKind } from '@/domain/review-clock';
import { entityRulesOf } from '@/domain/entity-types';
import { VERIFICATION_METHODS, type VerificationMethod } from '@/domain/verification';

export { VERIFICATION_METHODS, type VerificationMethod };

export const STEP_IDS = [
  'reg-1.1',
  'reg-1.2',
  'reg-2.1',
  'reg-2.2',
  'reg-3',
  'reg-4.1',
  'reg-4.2',
  'reg-4.3',
  'reg-4.4',
  'reg-4.5',
  'verify-method',
  'verify-review',
  'filing-enter-info',
  'filing-face-check',
  'filing-platform-review',
  'filing-sms',
  'filing-bureau-review',
  'filing-approved',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export type JourneyPhase = 'registration' | 'verification' | 'filing';
export const JOURNEY_PHASES: readonly JourneyPhase[] = ['registration', 'verification', 'filing'];

export interface StepDef {
  id: StepId;
  phase: JourneyPhase;
  /** The step's number in the seed guide, e.g. '4.5'. */
  guideRef?: string;
  /** The review whose clock starts at this step (durations: REVIEW_LIMITS in review-clock.ts). */
  hasReviewClock?: ReviewKind;
  /** Options the user picks between at this step. */
  choices?: readonly VerificationMethod[];
  /** A countdown of its own on this step (face check: 24-hour notice, 3-day task). */
  countdown?: 'face-check';
  /**
   * Which wording of the step applies to this profile (message keys `step.<id>.<variant>.*`),
   * e.g. 'personal' for an individual's registration, 'bank-transfer' for the transfer route.
   * Each step's variants are listed in STEP_WORDINGS.
   */
  variant?: StepVariant;
  /** The journey does not wait for it (an individual's verification): skipped by nextAction. */
  optional?: boolean;
}

/** The wordings a step may have besides its plain one. */
export type StepVariant = 'personal' | 'bank-transfer';

/**
 * The steps that have other wordings, and their names (the UI's message keys are
 * `step.<wording>.title` / `.body`). Typed so that each name is its step's id and variant.
 */
const STEP_WORDINGS = {
  'reg-4.3': { personal: 'reg-4.3.personal' },
  'reg-4.4': { personal: 'reg-4.4.personal' },
  'verify-method': { personal: 'verify-method.personal' },
  'verify-review': { personal: 'verify-review.personal', 'bank-transfer': 'verify-review.bank-transfer' },
} as const satisfies { [Id in StepId]?: { [V in StepVariant]?: `${Id}.${V}` } };

type VariedStep = keyof typeof STEP_WORDINGS;
/** A step's wording: its id, or its id and the variant that applies ('verify-review.bank-transfer'). */
export type StepWording =
  StepId | { [Id in VariedStep]: (typeof STEP_WORDINGS)[Id][keyof (typeof STEP_WORDINGS)[Id]] }[VariedStep];

const WORDINGS_BY_STEP: { readonly [Id in StepId]?: { readonly [V in StepVariant]?: StepWording } } = STEP_WORDINGS;

/** The wording of a step for its variant: the variant's when the step has it, else the plain one. */
export function stepWording(def: Pick<StepDef, 'id' | 'variant'>): StepWording {
  return (def.variant && WORDINGS_BY_STEP[def.id]?.[def.variant]) || def.id;
}

/** The journey in order. */
export const JOURNEY_STEPS: readonly StepDef[] = [
  { id: 'reg-1.1', phase: 'registration', guideRef: '1.1' },
  { id: 'reg-1.2', phase: 'registration', guideRef: '1.2' },
  { id: 'reg-2.1', phase: 'registration', guideRef: '2.1' },
  { id: 'reg-2.2', phase: 'registration', guideRef: '2.2' },
  { id: 'reg-3', phase: 'registration', guideRef: '3' },
  { id: 'reg-4.1', phase: 'registration', guideRef: '4.1' },
  { id: 'reg-4.2', phase: 'registration', guideRef: '4.2' },
  { id: 'reg-4.3', phase: 'registration', guideRef: '4.3' },
  { id: 'reg-4.4', phase: 'registration', guideRef: '4.4' },
  { id: 'reg-4.5', phase: 'registration', guideRef: '4.5' },
  { id: 'verify-method', phase: 'verification', choices: VERIFICATION_METHODS },
  { id: 'verify-review', phase: 'verification', hasReviewClock: 'wechat-verification' },
  { id: 'filing-enter-info', phase: 'filing' },
  // The mini program's person in charge does a face check before submitting (notice valid 24 h,
  // task 3 days: WeChat createIcpVerifyTask; docs/domain.md), so the filing goes in within 3 days.
  { id: 'filing-face-check', phase: 'filing', countdown: 'face-check' },
  { id: 'filing-platform-review', phase: 'filing', hasReviewClock: 'platform-initial' },
  { id: 'filing-sms', phase: 'filing' },
  { id: 'filing-bureau-review', phase: 'filing', hasReviewClock: 'bureau' },
  { id: 'filing-approved', phase: 'filing' },
];

/**
 * WeChat verification (seed 4.4 option 2): RMB 300, not refunded when it fails. Its review time
 * (1–5 working days per the seed, up to 15 per other sources) is REVIEW_LIMITS['wechat-verification'].
 * The bank-transfer route has no fee in our sources, so none is claimed for it. Fees of other
 * entity types (individuals RMB 30, government free …) are in entity-types.ts.
 */
export const WECHAT_VERIFICATION = { feeRmb: 300, refundable: false } as const;

/** Resubmissions allowed after a rejected WeChat verification (docs/domain.md). */
export const VERIFICATION_MAX_RESUBMISSIONS = 3;

export type StepStatus = 'todo' | 'in-progress' | 'done' | 'rejected';
export const STEP_STATUSES: readonly StepStatus[] = ['todo', 'in-progress', 'done', 'rejected'];

/** One rejection by a reviewer: which field, why, and how the user fixes it. */
export interface Rejection {
  at: number;
  field: string;
  reason: string;
  fix: string;
}

export interface StepState {
  status: StepStatus;
  /** Epoch ms of the last status change, or null when never touched. */
  changedAt: number | null;
  note: string;
  rejections: Rejection[];
}

/** A fresh, untouched step. */
export function initialStepState(): StepState {
  return { status: 'todo', changedAt: null, note: '', rejections: [] };
}

/** Every step of the journey, untouched. */
export function initialSteps(): Record<StepId, StepState> {
  const steps = {} as Record<StepId, StepState>;
  for (const def of JOURNEY_STEPS) steps[def.id] = initialStepState();
  return steps;
}

/**
 * Steps a reviewer can reject: the reviews (each has a review clock) and the SMS verification,
 * which MIIT rejects automatically when the 24 hours pass (seed: MIIT SMS Verification).
 */
export const REJECTABLE_STEP_IDS: readonly StepId[] = [
  ...JOURNEY_STEPS.filter((def) => def.hasReviewClock).map((def) => def.id),
  'filing-sms',
];

/** True when a reviewer can reject this step (only these keep a rejection history). */
export function isRejectable(id: StepId): boolean {
  return REJECTABLE_STEP_IDS.includes(id);
}

/** The definition of one step. */
export function stepDef(id: StepId): StepDef {
  const def = JOURNEY_STEPS.find((s) => s.id === id);
  if (!def) throw new RangeError(`unknown step: ${id}`);
  return def;
}

/** A copy of `state` with the new status, stamped `now`; the note is replaced only when given. */
export function setStepStatus(state: StepState, status: StepStatus, now: number, note?: string): StepState {
  return { ...state, status, changedAt: now, note: note ?? state.note };
}

/** A copy of `state` marked 'rejected' at `now` with the rejection appended to its history. */
export function recordRejection(
  state: StepState,
  rejection: { field: string; reason: string; fix: string },
  now: number,
): StepState {
  return {
    ...state,
    status: 'rejected',
    changedAt: now,
    rejections: [
      ...state.rejections,
      { at: now, field: rejection.field, reason: rejection.reason, fix: rejection.fix },
    ],
  };
}

/** How many times the step has been resubmitted: one resubmission per recorded rejection. */
export function resubmissionCount(state: StepState): number {
  return state.rejections.length;
}

/** Resubmissions left for WeChat verification (never below 0). */
export function verificationResubmissionsLeft(state: StepState): number {
  return Math.max(0, VERIFICATION_MAX_RESUBMISSIONS - resubmissionCount(state));
}

/**
 * A copy of a rejected step put back 'in-progress' at `now` (the user sent the fixed
 * submission); a step that is not rejected is returned unchanged.
 */
export function resubmit(state: StepState, now: number): StepState {
  if (state.status !== 'rejected') return state;
  return { ...state, status: 'in-progress', changedAt: now };
}

/**
 * This profile's timeline, in journey order (every rule's source is on the line that applies it):
 * - a mini program published before 2023-09-01 is registered already: no registration steps
 *   (seed, "Filing Deadlines" 2: existing mini programs only had to file);
 * - an individual registers with their own ID and WeChat identity check, has no entity to verify
 *   by transfer, and may file without WeChat verification (seed 4.1; entity-types.ts), so
 *   verification is optional for them;
 * - organisations other than enterprises and individual businesses verify only through WeChat
 *   verification (entity-types.ts);
 * - the bank-transfer route has no third-party review: no review clock, no resubmission count.
 */
export function journeyStepsFor(
  profile: Pick<FilingProfile, 'entityType' | 'publishedBeforeSept2023'>,
  method: VerificationMethod | null,
): StepDef[] {
  const rules = entityRulesOf(profile.entityType);
  const personal = profile.entityType === 'personal';
  const routes = rules ? rules.verificationRoutes : VERIFICATION_METHODS;
  // An individual has no entity to verify at registration; their WeChat verification is optional.
  const choices: readonly VerificationMethod[] = personal ? ['wechat-verification'] : routes;
  const effectiveMethod =
    method !== null && choices.includes(method) ? method : choices.length === 1 ? choices[0] : method;
  const optional = rules !== null && !rules.verificationRequiredForFiling;
  return JOURNEY_STEPS.filter((def) => !(profile.publishedBeforeSept2023 && def.phase === 'registration')).map(
    (def): StepDef => {
      switch (def.id) {
        case 'reg-4.3':
        case 'reg-4.4':
          return personal ? { ...def, variant: 'personal' } : def;
        case 'verify-method':
          return { ...def, choices, ...(personal ? { variant: 'personal', optional } : optional ? { optional } : {}) };
        case 'verify-review': {
          if (effectiveMethod === 'bank-transfer') {
            const { hasReviewClock: _none, ...rest } = def;
            return { ...rest, variant: 'bank-transfer' };
          }
          const kind: ReviewKind =
            personal || profile.entityType === 'individual-business'
              ? 'wechat-verification-individual'
              : 'wechat-verification';
          return { ...def, hasReviewClock: kind, ...(personal ? { variant: 'personal', optional } : {}) };
        }
        default:
          return def;
      }
    },
  );
}

/** The id of the first step, in journey order, that is not done (optional steps aside); null when all are done. */
export function nextAction(steps: Record<StepId, StepState>, defs: readonly StepDef[] = JOURNEY_STEPS): StepId | null {
  const next = defs.find((def) => !def.optional && steps[def.id]?.status !== 'done');
  return next ? next.id : null;
}

/** How many steps are done, out of how many (optional steps count only once done). */
export function stepsProgress(
  steps: Record<StepId, StepState>,
  defs: readonly StepDef[] = JOURNEY_STEPS,
): { done: number; total: number } {
  const counted = defs.filter((def) => !def.optional || steps[def.id]?.status === 'done');
  return {
    done: counted.filter((def) => steps[def.id]?.status === 'done').length,
    total: counted.length,
  };
}

export type ApproveFilingResult =
  { ok: true; state: StepState; filingNumber: string } | { ok: false; reason: FilingNumberReason; state: StepState };

/**
 * Marks the 'filing-approved' step done with the issued filing number. Returns the new state and
 * the normalized number; a malformed number returns {ok:false, reason} and the state unchanged.
 */
export function approveFiling(state: StepState, filingNumberInput: string, now: number): ApproveFilingResult {
  const result = validateFilingNumber(filingNumberInput);
  if (result.status !== 'valid') return { ok: false, reason: result.reason ?? 'format', state };
  return { ok: true, state: setStepStatus(state, 'done', now), filingNumber: result.normalized };
}

/**
 * Steps that cannot be undone on the platform, so the UI warns before marking them done.
 * Seed 4.5: "Administrator Information ... cannot be changed after submission."
 */
const IRREVERSIBLE_STEPS: ReadonlySet<StepId> = new Set<StepId>(['reg-4.5']);

/** True when finishing this step on the platform cannot be undone. */
export function isIrreversible(stepId: StepId): boolean {
  return IRREVERSIBLE_STEPS.has(stepId);
}
