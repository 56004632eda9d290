/**
 * The size limits of a stored filing: one table, one row per text field and per log. The store
 * enforces them on every write and on every read (clampToLimits), and the capacity test builds
 * its "every field at its limit" filing from this table alone, so a new field only adds a row.
 *
 * Why limits at all: each filing is one WeChat storage key, which holds at most 1 MB, and all
 * keys together at most 10 MB (https://developers.weixin.qq.com/miniprogram/dev/api/storage/
 * wx.setStorageSync.html). At these limits one filing is about 82 KB of UTF-8 in the worst case
 * (every character a 3-byte CJK character), so MAX_FILINGS = 100 of them (8.2 MB, measured by
 * capacity.test.ts) fit in 10 MB with room for the index, the settings and kept unreadable data.
 * Text limits count UTF-16 code units (what JavaScript's length and WeChat's maxlength count);
 * control characters are removed on write so no character costs more than 3 bytes in the stored
 * JSON.
 *
 * Paths: dot-separated; `*` stands for any key of a map (steps, photos, marks), `[]` for the
 * items of a list. A text limit of an input matches that input's maxlength in the UI.
 */
import { MATERIAL_IDS, PHOTO_SLOT_IDS } from './materials';
import { ENTITY_CERTIFICATE_TYPES, ENTITY_TYPES, ID_DOCUMENT_TYPES, MINI_PROGRAM_PRINCIPAL_ROLES } from './filing';
import { PRIOR_APPROVAL_INDUSTRIES } from './prior-approval';
import { REJECTABLE_STEP_IDS, STEP_STATUSES, VERIFICATION_METHODS } from './journey-steps';

export type LimitRow =
  /**
   * A string of at most `maxChars` UTF-16 units. `widest`: the costliest character the reader
   * lets through, when that is not any character (e.g. digits only); `distinct`: entries of a
   * list must differ (ids).
   */
  | { path: string; kind: 'text'; maxChars: number; widest?: string; distinct?: boolean }
  /**
   * A string from a fixed set (checked by the reader); `values` gives the set. `distinct`: the
   * items of a list differ in this field (the reader drops repeats), so a full list uses each value once.
   */
  | { path: string; kind: 'enum'; values: readonly string[]; distinct?: boolean }
  /**
   * A list or log of at most `maxItems`: a log keeps its newest entries (the end of the array),
   * a list its first ones. `item` is an entry at its largest, for the capacity fixture.
   */
  | {
      path: string;
      kind: 'list' | 'log';
      maxItems: number;
      item: () => unknown;
      /** When set, only entries of these map keys may hold items (others hold none). */
      onlyUnder?: readonly string[];
    }
  /** A map whose keys come from a fixed set; `item` is one value at its largest. */
  | { path: string; kind: 'map'; keys: readonly string[]; item: () => unknown };

const EPOCH_MS = 4_102_444_799_999; // 2099-12-31, the widest instant a record holds

/** Why each number: the input's maxlength in the UI, or the reason given. */
export const RECORD_LIMITS: readonly LimitRow[] = [
  { path: 'id', kind: 'text', maxChars: 24 },
  { path: 'name', kind: 'text', maxChars: 40 }, // FILING_NAME_MAX
  // ICP filing numbers are about 20 characters (e.g. 京ICP备2024012345号-1X); room for typos.
  { path: 'filingNumber', kind: 'text', maxChars: 40 },
  { path: 'verificationMethod', kind: 'enum', values: VERIFICATION_METHODS },

  { path: 'profile.entityType', kind: 'enum', values: ENTITY_TYPES },
  { path: 'profile.entityName', kind: 'text', maxChars: 100 },
  { path: 'profile.certificateType', kind: 'enum', values: ENTITY_CERTIFICATE_TYPES },
  { path: 'profile.certificateNumber', kind: 'text', maxChars: 24 },
  { path: 'profile.certificateValidFrom', kind: 'text', maxChars: 10 },
  { path: 'profile.certificateValidTo', kind: 'text', maxChars: 10 },
  { path: 'profile.certificateAddress', kind: 'text', maxChars: 120 },
  { path: 'profile.province', kind: 'text', maxChars: 8 },
  { path: 'profile.city', kind: 'text', maxChars: 40 },
  { path: 'profile.district', kind: 'text', maxChars: 40 },
  { path: 'profile.address', kind: 'text', maxChars: 120 },
  { path: 'profile.residesInFilingProvince', kind: 'enum', values: ['yes', 'no'] },
  // The three people of a filing (PersonInCharge); 24 characters fit every ID document type.
  { path: 'profile.entityPrincipal.name', kind: 'text', maxChars: 40 },
  { path: 'profile.entityPrincipal.idType', kind: 'enum', values: ID_DOCUMENT_TYPES },
  { path: 'profile.entityPrincipal.idNumber', kind: 'text', maxChars: 24 },
  { path: 'profile.entityPrincipal.idValidFrom', kind: 'text', maxChars: 10 },
  { path: 'profile.entityPrincipal.idValidTo', kind: 'text', maxChars: 10 },
  { path: 'profile.entityPrincipal.mobile', kind: 'text', maxChars: 20 },
  { path: 'profile.entityPrincipal.email', kind: 'text', maxChars: 254 },
  { path: 'profile.entityPrincipal.emergencyMobile', kind: 'text', maxChars: 20 },
  { path: 'profile.administrator.name', kind: 'text', maxChars: 40 },
  { path: 'profile.administrator.idType', kind: 'enum', values: ID_DOCUMENT_TYPES },
  { path: 'profile.administrator.idNumber', kind: 'text', maxChars: 24 },
  { path: 'profile.administrator.idValidFrom', kind: 'text', maxChars: 10 },
  { path: 'profile.administrator.idValidTo', kind: 'text', maxChars: 10 },
  { path: 'profile.administrator.mobile', kind: 'text', maxChars: 20 },
  { path: 'profile.administrator.email', kind: 'text', maxChars: 254 },
  { path: 'profile.administrator.emergencyMobile', kind: 'text', maxChars: 20 },
  { path: 'profile.miniProgramPrincipal.name', kind: 'text', maxChars: 40 },
  { path: 'profile.miniProgramPrincipal.idType', kind: 'enum', values: ID_DOCUMENT_TYPES },
  { path: 'profile.miniProgramPrincipal.idNumber', kind: 'text', maxChars: 24 },
  { path: 'profile.miniProgramPrincipal.idValidFrom', kind: 'text', maxChars: 10 },
  { path: 'profile.miniProgramPrincipal.idValidTo', kind: 'text', maxChars: 10 },
  { path: 'profile.miniProgramPrincipal.mobile', kind: 'text', maxChars: 20 },
  { path: 'profile.miniProgramPrincipal.email', kind: 'text', maxChars: 254 },
  { path: 'profile.miniProgramPrincipal.emergencyMobile', kind: 'text', maxChars: 20 },
  { path: 'profile.legalPerson.name', kind: 'text', maxChars: 40 },
  { path: 'profile.legalPerson.idNumber', kind: 'text', maxChars: 24 },
  { path: 'profile.registrationEmail', kind: 'text', maxChars: 254 }, // RFC 5321 path limit
  { path: 'profile.miniProgramPrincipalRole', kind: 'enum', values: MINI_PROGRAM_PRINCIPAL_ROLES },
  { path: 'profile.emergencyMobile', kind: 'text', maxChars: 20 },
  { path: 'profile.miniProgramName', kind: 'text', maxChars: 60 },
  { path: 'profile.serviceDescription', kind: 'text', maxChars: 400 },
  // The rule allows 5 (MAX_SERVICE_TYPES); a draft may hold more until the user trims it.
  { path: 'profile.serviceTypes', kind: 'list', maxItems: 20, item: () => '' },
  { path: 'profile.serviceTypes[]', kind: 'text', maxChars: 30 },
  { path: 'profile.priorApproval', kind: 'enum', values: ['none', 'required'] },
  // One entry per industry (the reader drops repeats).
  {
    path: 'profile.priorApprovals',
    kind: 'list',
    maxItems: PRIOR_APPROVAL_INDUSTRIES.length,
    item: () => ({ industry: 'news', approvalNumber: '' }),
  },
  { path: 'profile.priorApprovals[].industry', kind: 'enum', values: PRIOR_APPROVAL_INDUSTRIES, distinct: true },
  { path: 'profile.priorApprovals[].approvalNumber', kind: 'text', maxChars: 60 },
  { path: 'profile.otherPriorApprovals', kind: 'list', maxItems: 20, item: () => '' },
  { path: 'profile.otherPriorApprovals[]', kind: 'text', maxChars: 30 },
  { path: 'profile.bankLast4', kind: 'text', maxChars: 4, widest: '9' }, // digits only (filing-record.ts)
  { path: 'profile.verificationApprovedOn', kind: 'text', maxChars: 10 },
  { path: 'profile.commitmentLetterDate', kind: 'text', maxChars: 10 },
  { path: 'profile.authorizationLetterDate', kind: 'text', maxChars: 10 },

  { path: 'marks', kind: 'map', keys: MATERIAL_IDS, item: () => ({ done: true, at: EPOCH_MS, confirmed: true }) },

  { path: 'steps.*.status', kind: 'enum', values: STEP_STATUSES },
  { path: 'steps.*.note', kind: 'text', maxChars: 500 },
  // Rejections come only from reviewers (isRejectable). WeChat verification allows 3
  // resubmissions (docs/domain.md); 6 per step keeps any realistic history, the oldest going first.
  {
    path: 'steps.*.rejections',
    kind: 'log',
    maxItems: 6,
    item: () => ({ at: EPOCH_MS, field: '', reason: '', fix: '' }),
    onlyUnder: REJECTABLE_STEP_IDS,
  },
  { path: 'steps.*.rejections[].field', kind: 'text', maxChars: 30 },
  { path: 'steps.*.rejections[].reason', kind: 'text', maxChars: 150 },
  { path: 'steps.*.rejections[].fix', kind: 'text', maxChars: 150 },

  // SMS rounds: each resubmission starts one (seed: MIIT SMS Verification); 12 rounds of history.
  {
    path: 'smsCycles',
    kind: 'log',
    maxItems: 12,
    item: () => ({
      id: '',
      startedAt: EPOCH_MS,
      tracks: [],
      outcome: 'superseded',
    }),
  },
  // The round's random token (issue 13): SHARE_ID_PATTERN allows 10–16 URL-safe characters.
  { path: 'smsCycles[].id', kind: 'text', maxChars: 16, widest: 'Z', distinct: true },
  // One track per verifier: the entity's person in charge and the mini program's (SmsVerifier).
  {
    path: 'smsCycles[].tracks',
    kind: 'list',
    maxItems: 2,
    item: () => ({
      verifier: 'legal-representative',
      receivedAt: EPOCH_MS,
      deadline: EPOCH_MS,
      verifiedAt: EPOCH_MS,
      wrongEntries: 6,
    }),
  },
  { path: 'smsCycles[].outcome', kind: 'enum', values: ['open', 'all-verified', 'expired', 'locked', 'superseded'] },
  { path: 'smsCycles[].tracks[].verifier', kind: 'enum', values: ['legal-representative', 'person-in-charge'] },

  {
    path: 'photos',
    kind: 'map',
    keys: PHOTO_SLOT_IDS,
    item: () => ({ file: '', width: 99_999, height: 99_999, takenAt: EPOCH_MS, problems: [], sharpness: 99_999.99 }),
  },
  // Photo file names (photo-vault newPhotoKey; the weapp file store accepts up to 120).
  { path: 'photos.*.file', kind: 'text', maxChars: 120 },
  { path: 'photos.*.problems', kind: 'list', maxItems: 4, item: () => '' },
  { path: 'photos.*.problems[]', kind: 'text', maxChars: 12 },
];

/** Limits of what the app keeps besides filings (store-level logs). */
export const STORAGE_LOG_LIMITS = {
  /** Distinct unreadable values kept aside, oldest dropped first (after telling the user). */
  unreadableGenerations: 8,
  /** Their total size: two full 1 MB keys. */
  unreadableBytes: 2 * 1024 * 1024,
  /** Calendar reminders remembered so "erase everything" can say which stay in the calendar. */
  calendarReminders: 50,
  /** Characters of a remembered reminder's title. */
  calendarTitleChars: 80,
} as const;

/** The row for a normalized path (`steps.*.note`), or undefined. */
export function limitFor(path: string): LimitRow | undefined {
  return ROWS.get(path);
}

const ROWS = new Map(RECORD_LIMITS.map((row) => [row.path, row]));
const MAP_PATHS = new Set(
  RECORD_LIMITS.filter((r) => r.kind === 'map')
    .map((r) => r.path)
    .concat(['steps']),
);

/** Whether the object at `path` is a map (its keys are ids: steps, photo slots, materials). */
export function isMapPath(path: string): boolean {
  return MAP_PATHS.has(path);
}

/**
 * Drops C0 control characters (but \n and \t) and lone surrogates, so no character costs more
 * than 3 bytes in the stored JSON. (A loop, not a regex: older iOS engines lack lookbehind.)
 */
export function cleanText(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let drop = false;
    if ((code < 0x20 && code !== 0x0a && code !== 0x09) || code === 0x7f) drop = true;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      drop = true;
    } else if (code >= 0xdc00 && code <= 0xdfff) drop = true;
    if (drop) {
      out += text.slice(kept, i);
      kept = i + 1;
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** `text` cut to `maxChars` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const end = /[\ud800-\udbff]/.test(text[maxChars - 1] ?? '') ? maxChars - 1 : maxChars;
  return text.slice(0, end);
}

const childPath = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** How many items a list or log may hold under map key `mapKey`. */
export function maxItemsOf(row: Extract<LimitRow, { kind: 'list' | 'log' }>, mapKey: string): number {
  return row.onlyUnder && !row.onlyUnder.includes(mapKey) ? 0 : row.maxItems;
}

/**
 * Walks `value` (any JSON-like data) and returns it with every limit applied: texts cleaned and
 * cut, lists and logs trimmed. `changed` tells whether anything had to give. Shapes it does not
 * know are returned as they are (the reader checks shapes).
 */
export function clampToLimits<T>(value: T): { value: T; changed: boolean } {
  let changed = false;
  // `mapKey`: the key of the nearest map entry above (a step id, a slot), for onlyUnder rows.
  const walk = (node: unknown, path: string, mapKey: string): unknown => {
    if (typeof node === 'string') {
      const row = ROWS.get(path);
      if (!row || row.kind !== 'text') return node;
      const next = cut(cleanText(node), row.maxChars);
      if (next !== node) changed = true;
      return next;
    }
    if (Array.isArray(node)) {
      const row = ROWS.get(path);
      let items = node;
      if (row && (row.kind === 'list' || row.kind === 'log')) {
        const max = maxItemsOf(row, mapKey);
        if (node.length > max) {
          changed = true;
          items = row.kind === 'log' ? node.slice(node.length - max) : node.slice(0, max);
        }
      }
      let differs = items !== node;
      const out = items.map((item) => {
        const next = walk(item, `${path}[]`, mapKey);
        if (next !== item) differs = true;
        return next;
      });
      return differs ? out : node;
    }
    if (typeof node === 'object' && node !== null) {
      const isMap = MAP_PATHS.has(path);
      let differs = false;
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        const next = walk(child, isMap ? `${path}.*` : childPath(path, key), isMap ? key : mapKey);
        if (next !== child) differs = true;
        out[key] = next;
      }
      return differs ? out : node;
    }
    return node;
  };
  const out = walk(value, '', '') as T;
  return { value: out, changed };
}

/** Every string path of `value` that has no text or enum row (a new field without a limit). */
export function pathsWithoutLimit(value: unknown): string[] {
  const missing = new Set<string>();
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      const row = ROWS.get(path);
      if (!row || (row.kind !== 'text' && row.kind !== 'enum')) missing.add(path);
    } else if (Array.isArray(node)) {
      const row = ROWS.get(path);
      if (!row || (row.kind !== 'list' && row.kind !== 'log')) missing.add(path);
      node.forEach((item) => walk(item, `${path}[]`));
    } else if (typeof node === 'object' && node !== null) {
      const isMap = MAP_PATHS.has(path);
      for (const [key, child] of Object.entries(node)) walk(child, isMap ? `${path}.*` : childPath(path, key));
    }
  };
  walk(value, '');
  return [...missing];
}
