/**
 * One filing as the app keeps it: the user's profile, what they ticked off, where each step
 * stands, and the SMS verification cycles. Pure data, so it persists as JSON; photos are file
 * references only (never image data: wx storage has a 10 MB total and 1 MB per key cap).
 */
import { emptyProfile, emptyPerson, ENTITY_TYPES, type FilingProfile } from './filing';
import {
  initialSteps,
  STEP_IDS,
  STEP_STATUSES,
  VERIFICATION_METHODS,
  type StepId,
  type StepState,
  type VerificationMethod,
} from './journey-steps';
import { MATERIAL_IDS, PHOTO_SLOT_IDS, type MaterialMarks, type PhotoSlotId } from './materials';
import { randomId, SHARE_ID_PATTERN } from './random-id';
import { legacyRoundId, type SmsCycle, type SmsVerifier } from './sms-window';
import { clampToLimits } from './record-limits';

/** A photo kept on the phone: where its file is and what the quality check said. */
export interface PhotoRef {
  /** Path under wx.env.USER_DATA_PATH on weapp, an IndexedDB key on H5. */
  file: string;
  width: number;
  height: number;
  takenAt: number;
  /** Problems the quality check found and the user chose to keep anyway. */
  problems: string[];
  sharpness: number;
}

export interface FilingRecord {
  /** Random, url-safe; the only thing a share card or reply uses to find the filing. */
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  profile: FilingProfile;
  marks: MaterialMarks;
  steps: Record<StepId, StepState>;
  verificationMethod: VerificationMethod | null;
  filingNumber: string | null;
  smsCycles: SmsCycle[];
  photos: Partial<Record<PhotoSlotId, PhotoRef>>;
}

export const MAX_FILINGS = 100;
export const FILING_NAME_MAX = 40;

/** A 12-character random id drawn with `random` (0 ≤ r < 1). */
export function newFilingId(random: () => number): string {
  return randomId(random);
}

/** A new, empty filing. */
export function newFilingRecord(id: string, name: string, now: number): FilingRecord {
  return {
    id,
    name,
    createdAt: now,
    updatedAt: now,
    profile: emptyProfile(),
    marks: {},
    steps: initialSteps(),
    verificationMethod: null,
    filingNumber: null,
    smsCycles: [],
    photos: {},
  };
}

/** The trimmed name, or null when it is empty or too long. */
export function normalizeFilingName(name: string): string | null {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!trimmed || [...trimmed].length > FILING_NAME_MAX) return null;
  return trimmed;
}

// --- Reading stored records back -------------------------------------------------------------
// Stored data may be old, hand-edited or damaged. Each field is checked and a wrong one falls
// back to its default, so one bad field never costs the whole filing.

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, d = '') => (typeof v === 'string' ? v : d);
const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strList = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function readPerson(v: unknown) {
  const o = isObj(v) ? v : {};
  const e = emptyPerson();
  return {
    name: str(o.name, e.name),
    idNumber: str(o.idNumber),
    idValidFrom: str(o.idValidFrom),
    idValidTo: str(o.idValidTo),
    idLongTerm: bool(o.idLongTerm, false),
  };
}

function readProfile(v: unknown): FilingProfile {
  const o = isObj(v) ? v : {};
  const d = emptyProfile();
  const pic = isObj(o.personInCharge) ? o.personInCharge : {};
  return {
    entityType: ENTITY_TYPES.includes(o.entityType as never) ? (o.entityType as FilingProfile['entityType']) : '',
    companyName: str(o.companyName),
    creditCode: str(o.creditCode),
    province: str(o.province),
    city: str(o.city),
    miniProgramName: str(o.miniProgramName),
    serviceDescription: str(o.serviceDescription),
    serviceTypes: strList(o.serviceTypes),
    priorApproval: o.priorApproval === 'none' || o.priorApproval === 'required' ? o.priorApproval : '',
    priorApprovalItems: strList(o.priorApprovalItems),
    adminName: str(o.adminName),
    adminMobile: str(o.adminMobile),
    adminEmail: str(o.adminEmail),
    emergencyMobile: str(o.emergencyMobile),
    legalRepresentative: readPerson(o.legalRepresentative),
    legalRepIsPersonInCharge: bool(o.legalRepIsPersonInCharge, d.legalRepIsPersonInCharge),
    personInCharge: { ...readPerson(pic), mobile: str(pic.mobile) },
    bankReady: bool(o.bankReady, false),
    // Never more than 4 digits, whatever was stored.
    bankLast4: str(o.bankLast4).replace(/\D/g, '').slice(-4),
    publishedBeforeSept2023: bool(o.publishedBeforeSept2023, false),
    commitmentLetterDate: str(o.commitmentLetterDate),
    authorizationLetterDate: str(o.authorizationLetterDate),
  };
}

function readSteps(v: unknown): Record<StepId, StepState> {
  const steps = initialSteps();
  if (!isObj(v)) return steps;
  for (const id of STEP_IDS) {
    const s = v[id];
    if (!isObj(s)) continue;
    steps[id] = {
      status: STEP_STATUSES.includes(s.status as never) ? (s.status as StepState['status']) : 'todo',
      changedAt: num(s.changedAt),
      note: str(s.note),
      rejections: Array.isArray(s.rejections)
        ? s.rejections.filter(isObj).map((r) => ({
            at: num(r.at) ?? 0,
            field: str(r.field),
            reason: str(r.reason),
            fix: str(r.fix),
          }))
        : [],
    };
  }
  return steps;
}

function readMarks(v: unknown): MaterialMarks {
  const marks: MaterialMarks = {};
  if (!isObj(v)) return marks;
  for (const id of MATERIAL_IDS) {
    const m = v[id];
    if (!isObj(m)) continue;
    marks[id] = {
      done: bool(m.done, false),
      at: num(m.at) ?? 0,
      ...(typeof m.confirmed === 'boolean' ? { confirmed: m.confirmed } : {}),
    };
  }
  return marks;
}

/**
 * The cycles read back. A cycle stored before rounds had ids (or with a damaged or repeated one)
 * gets `legacyRoundId` of its start and place in the stored list: the same id at every read, so
 * a card made from it before the next save still names its round.
 */
function readSmsCycles(v: unknown): SmsCycle[] {
  if (!Array.isArray(v)) return [];
  const outcomes = ['open', 'all-verified', 'expired', 'locked', 'superseded'];
  const seen = new Set<string>();
  return v.flatMap((c, index) => {
    if (!isObj(c)) return [];
    const startedAt = num(c.startedAt);
    if (startedAt === null || !Array.isArray(c.tracks)) return [];
    const stored = typeof c.id === 'string' && SHARE_ID_PATTERN.test(c.id) && !seen.has(c.id) ? c.id : null;
    const id = stored ?? legacyRoundId(startedAt, index);
    seen.add(id);
    const tracks = c.tracks.filter(isObj).flatMap((t) =>
      t.verifier === 'legal-representative' || t.verifier === 'person-in-charge'
        ? [
            {
              verifier: t.verifier as SmsVerifier,
              receivedAt: num(t.receivedAt),
              deadline: num(t.deadline),
              verifiedAt: num(t.verifiedAt),
              wrongEntries: Math.max(0, Math.min(6, Math.floor(num(t.wrongEntries) ?? 0))),
            },
          ]
        : [],
    );
    return [
      {
        id,
        startedAt,
        tracks,
        outcome: (outcomes.includes(c.outcome as string) ? c.outcome : 'open') as SmsCycle['outcome'],
      },
    ];
  });
}

function readPhotos(v: unknown): FilingRecord['photos'] {
  const photos: FilingRecord['photos'] = {};
  if (!isObj(v)) return photos;
  for (const slot of PHOTO_SLOT_IDS) {
    // A bare file name (a damaged entry) still names the photo: keep it rather than lose the file.
    const p = typeof v[slot] === 'string' ? { file: v[slot] } : v[slot];
    if (!isObj(p) || typeof p.file !== 'string' || !p.file) continue;
    photos[slot] = {
      file: p.file,
      width: num(p.width) ?? 0,
      height: num(p.height) ?? 0,
      takenAt: num(p.takenAt) ?? 0,
      problems: strList(p.problems),
      sharpness: num(p.sharpness) ?? 0,
    };
  }
  return photos;
}

/**
 * A filing read back from storage with every field checked, or null when the record is not
 * recognisable as a filing at all (no id). Unknown extra fields are dropped.
 */
export function readFilingRecord(v: unknown): FilingRecord | null {
  if (!isObj(v) || typeof v.id !== 'string' || !v.id) return null;
  const createdAt = num(v.createdAt) ?? 0;
  // Stored data past a size limit (record-limits.ts) is cut to it, as every write is.
  return clampToLimits<FilingRecord>({
    id: v.id,
    name: str(v.name) || v.id,
    createdAt,
    updatedAt: num(v.updatedAt) ?? createdAt,
    profile: readProfile(v.profile),
    marks: readMarks(v.marks),
    steps: readSteps(v.steps),
    verificationMethod: VERIFICATION_METHODS.includes(v.verificationMethod as never)
      ? (v.verificationMethod as VerificationMethod)
      : null,
    filingNumber: typeof v.filingNumber === 'string' ? v.filingNumber : null,
    smsCycles: readSmsCycles(v.smsCycles),
    photos: readPhotos(v.photos),
  }).value;
}
