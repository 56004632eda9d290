/**
 * One filing as the app keeps it: the user's profile, what they ticked off, where each step
 * stands, and the SMS verification cycles. Pure data, so it persists as JSON; photos are file
 * references only (never image data: wx storage has a 10 MB total and 1 MB per key cap).
 */
import {
  emptyProfile,
  emptyPerson,
  ENTITY_CERTIFICATE_TYPES,
  ENTITY_TYPES,
  ID_DOCUMENT_TYPES,
  MINI_PROGRAM_PRINCIPAL_ROLES,
  type FilingProfile,
  type PersonInCharge,
  type PriorApproval,
} from './filing';
import { industryOfText, isPriorApprovalIndustry } from './prior-approval';
import { emptyFaceCheck, type FaceCheck } from './face-check';
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
  /** The mini program principal's face check before submission (face-check.ts). */
  faceCheck: FaceCheck;
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
    faceCheck: emptyFaceCheck(),
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

/** One person read back; any field missing or of the wrong type falls back to empty. */
function readPerson(v: unknown): PersonInCharge {
  const o = isObj(v) ? v : {};
  const e = emptyPerson();
  return {
    name: str(o.name, e.name),
    idType: ID_DOCUMENT_TYPES.includes(o.idType as never) ? (o.idType as PersonInCharge['idType']) : e.idType,
    idNumber: str(o.idNumber),
    idValidFrom: str(o.idValidFrom),
    idValidTo: str(o.idValidTo),
    idLongTerm: bool(o.idLongTerm, false),
    mobile: str(o.mobile),
    email: str(o.email),
    emergencyMobile: str(o.emergencyMobile),
  };
}

function readPriorApprovals(v: unknown): PriorApproval[] {
  if (!Array.isArray(v)) return [];
  const seen = new Set<string>();
  return v.filter(isObj).flatMap((a) => {
    if (!isPriorApprovalIndustry(a.industry) || seen.has(a.industry)) return [];
    seen.add(a.industry);
    return [{ industry: a.industry, approvalNumber: str(a.approvalNumber) }];
  });
}

/**
 * Profiles stored before issue 12 had one "legal representative", an administrator as three flat
 * fields, a toggle "法人就是小程序负责人" (on by default, which hid the administrator's own SMS)
 * and prior approvals as free text. They are carried over without losing a field:
 * - legalRepresentative → entityPrincipal; adminName/adminMobile → administrator;
 *   adminEmail (the registration email) → registrationEmail; companyName → entityName;
 *   creditCode → certificateNumber;
 * - the toggle turned off → the separate personInCharge becomes the mini program principal
 *   ('someone-else'); left on → the new default (the administrator), unless the administrator's
 *   name is the legal representative's, which means one person ('entity-principal');
 * - free-text approvals naming a listed industry become that industry; the rest stay as text.
 */
function migrateLegacyProfile(o: Record<string, unknown>): Record<string, unknown> {
  if (!('legalRepresentative' in o || 'companyName' in o || 'adminName' in o || 'legalRepIsPersonInCharge' in o)) {
    return o;
  }
  const legalRep = readPerson(o.legalRepresentative);
  const adminName = str(o.adminName);
  const pic = isObj(o.personInCharge) ? o.personInCharge : {};
  const separate = o.legalRepIsPersonInCharge === false;
  const sameName = adminName.trim() !== '' && adminName.trim() === legalRep.name.trim();
  const items = strList(o.priorApprovalItems);
  const industries = [...new Set(items.map(industryOfText).filter((i) => i !== null))];
  return {
    ...o,
    entityName: o.entityName ?? o.companyName,
    certificateNumber: o.certificateNumber ?? o.creditCode,
    registrationEmail: o.registrationEmail ?? o.adminEmail,
    entityPrincipal: o.entityPrincipal ?? legalRep,
    administrator: o.administrator ?? { ...emptyPerson(), name: adminName, mobile: str(o.adminMobile) },
    miniProgramPrincipalRole:
      o.miniProgramPrincipalRole ?? (separate ? 'someone-else' : sameName ? 'entity-principal' : 'administrator'),
    miniProgramPrincipal: o.miniProgramPrincipal ?? readPerson(pic),
    priorApprovals: o.priorApprovals ?? industries.map((industry) => ({ industry, approvalNumber: '' })),
    otherPriorApprovals: o.otherPriorApprovals ?? items.filter((item) => industryOfText(item) === null),
  };
}

function readProfile(v: unknown): FilingProfile {
  const o = migrateLegacyProfile(isObj(v) ? v : {});
  const d = emptyProfile();
  const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T | ''): T | '' =>
    allowed.includes(value as T) ? (value as T) : fallback;
  return {
    entityType: oneOf(o.entityType, ENTITY_TYPES, ''),
    entityName: str(o.entityName),
    certificateType: oneOf(o.certificateType, ENTITY_CERTIFICATE_TYPES, ''),
    certificateNumber: str(o.certificateNumber),
    certificateValidFrom: str(o.certificateValidFrom),
    certificateValidTo: str(o.certificateValidTo),
    certificateLongTerm: bool(o.certificateLongTerm, false),
    certificateAddress: str(o.certificateAddress),
    province: str(o.province),
    city: str(o.city),
    district: str(o.district),
    address: str(o.address),
    residesInFilingProvince: oneOf(o.residesInFilingProvince, ['yes', 'no'] as const, ''),
    entityPrincipal: readPerson(o.entityPrincipal),
    entityPrincipalIsLegalPerson: bool(o.entityPrincipalIsLegalPerson, d.entityPrincipalIsLegalPerson),
    legalPerson: {
      name: str(isObj(o.legalPerson) ? o.legalPerson.name : ''),
      idNumber: str(isObj(o.legalPerson) ? o.legalPerson.idNumber : ''),
    },
    registrationEmail: str(o.registrationEmail),
    administrator: readPerson(o.administrator),
    miniProgramPrincipalRole:
      oneOf(o.miniProgramPrincipalRole, MINI_PROGRAM_PRINCIPAL_ROLES, d.miniProgramPrincipalRole) ||
      d.miniProgramPrincipalRole,
    miniProgramPrincipal: readPerson(o.miniProgramPrincipal),
    emergencyMobile: str(o.emergencyMobile),
    miniProgramName: str(o.miniProgramName),
    serviceDescription: str(o.serviceDescription),
    serviceTypes: strList(o.serviceTypes),
    priorApproval: oneOf(o.priorApproval, ['none', 'required'] as const, ''),
    priorApprovals: readPriorApprovals(o.priorApprovals),
    otherPriorApprovals: strList(o.otherPriorApprovals),
    bankReady: bool(o.bankReady, false),
    // Never more than 4 digits, whatever was stored.
    bankLast4: str(o.bankLast4).replace(/\D/g, '').slice(-4),
    verificationApprovedOn: str(o.verificationApprovedOn),
    publishedBeforeSept2023: bool(o.publishedBeforeSept2023, false),
    commitmentLetterDate: str(o.commitmentLetterDate),
    authorizationLetterDate: str(o.authorizationLetterDate),
  };
}

function readFaceCheck(v: unknown): FaceCheck {
  const o = isObj(v) ? v : {};
  return { noticeAt: num(o.noticeAt), passedAt: num(o.passedAt) };
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

function readMarks(v: unknown, profile: FilingProfile): MaterialMarks {
  const marks: MaterialMarks = {};
  if (!isObj(v)) return marks;
  // Before issue 12 one mark covered every prior approval; it now covers each listed industry.
  const legacyApproval = v['prior-approval-documents'];
  if (isObj(legacyApproval) && legacyApproval.done === true) {
    for (const { industry } of profile.priorApprovals) {
      const id = `prior-approval-${industry}` as const;
      if (!isObj(v[id])) marks[id] = { done: true, at: num(legacyApproval.at) ?? 0 };
    }
  }
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
  const profile = readProfile(v.profile);
  // Stored data past a size limit (record-limits.ts) is cut to it, as every write is.
  return clampToLimits<FilingRecord>({
    id: v.id,
    name: str(v.name) || v.id,
    createdAt,
    updatedAt: num(v.updatedAt) ?? createdAt,
    profile,
    marks: readMarks(v.marks, profile),
    steps: readSteps(v.steps),
    verificationMethod: VERIFICATION_METHODS.includes(v.verificationMethod as never)
      ? (v.verificationMethod as VerificationMethod)
      : null,
    filingNumber: typeof v.filingNumber === 'string' ? v.filingNumber : null,
    smsCycles: readSmsCycles(v.smsCycles),
    faceCheck: readFaceCheck(v.faceCheck),
    photos: readPhotos(v.photos),
  }).value;
}
