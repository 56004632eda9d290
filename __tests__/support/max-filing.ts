/**
 * A filing with every field and every log at its limit, built from RECORD_LIMITS alone (the one
 * table of limits in src/domain/record-limits.ts): maps get every key, lists and logs their
 * maximum number of entries, and every text its maximum length in the costliest character (a
 * 3-byte CJK character). A string the table has no row for is an error: a new field must add
 * its limit there.
 */
import { newFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { RECORD_LIMITS, isMapPath, limitFor, maxItemsOf } from '@/domain/record-limits';

/** The costliest character a user can type: 3 bytes of UTF-8, 3 in WeChat's count. */
export const WIDEST_CHAR = '龘';

const childPath = (path: string, key: string) => (path ? `${path}.${key}` : key);

export function maximalFiling(id: string, createdAt: number): FilingRecord {
  const record = newFilingRecord(id, WIDEST_CHAR, createdAt) as unknown as Record<string, unknown>;
  let distinct = 0;
  const enumUses = new Map<string, number>();
  const fill = (node: unknown, path: string, mapKey: string): unknown => {
    if (typeof node === 'string') {
      if (path === 'id') return node;
      const row = limitFor(path);
      if (row?.kind === 'text') {
        const widest = (row.widest ?? WIDEST_CHAR).repeat(row.maxChars);
        if (!row.distinct) return widest;
        distinct += 1;
        const tag = distinct.toString(36);
        return widest.slice(0, row.maxChars - tag.length) + tag;
      }
      if (row?.kind === 'enum') {
        const widestFirst = [...row.values].sort((a, b) => b.length - a.length);
        if (!row.distinct) return widestFirst[0];
        // Items of a list that differ in this field: each value once, widest first.
        const used = enumUses.get(path) ?? 0;
        enumUses.set(path, used + 1);
        return widestFirst[used % widestFirst.length];
      }
      throw new Error(`no limit for the text field ${path}: add a row to RECORD_LIMITS`);
    }
    if (Array.isArray(node)) {
      const row = limitFor(path);
      if (!row || (row.kind !== 'list' && row.kind !== 'log')) {
        throw new Error(`no limit for the list ${path}: add a row to RECORD_LIMITS`);
      }
      return Array.from({ length: maxItemsOf(row, mapKey) }, () => fill(row.item(), `${path}[]`, mapKey));
    }
    if (typeof node === 'object' && node !== null) {
      const obj = node as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      if (isMapPath(path)) {
        const row = limitFor(path);
        const keys = row?.kind === 'map' ? row.keys : Object.keys(obj);
        for (const key of keys)
          out[key] = fill(obj[key] ?? (row?.kind === 'map' ? row.item() : null), `${path}.*`, key);
        return out;
      }
      for (const [key, child] of Object.entries(obj)) out[key] = fill(child, childPath(path, key), mapKey);
      return out;
    }
    return node;
  };
  // Fields that start out null (no method chosen, no filing number yet) are filled at their largest too.
  record.verificationMethod = '';
  record.filingNumber = '';
  return fill(record, '', '') as FilingRecord;
}

/** Rows no path of a maximal filing used (a stale row is a limit nobody enforces). */
export function unusedRows(): string[] {
  const used = new Set<string>();
  const walk = (node: unknown, path: string) => {
    used.add(path);
    if (Array.isArray(node)) node.forEach((item) => walk(item, `${path}[]`));
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node))
        walk(child, isMapPath(path) ? `${path}.*` : childPath(path, key));
    }
  };
  walk(maximalFiling('X', 0), '');
  return RECORD_LIMITS.map((row) => row.path).filter((p) => !used.has(p));
}
