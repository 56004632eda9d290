import { useAppStore } from '@/store';
import type { FilingRecord } from '@/domain/filing-record';
import { chinaDateOf } from '@/domain/working-days';

/** The filing with this id, or undefined when there is none (deleted, or a stale link). */
export function useFiling(id: string): FilingRecord | undefined {
  return useAppStore((s) => (id ? s.filings[id] : undefined));
}

/** Today's China calendar date, `YYYY-MM-DD`. */
export function todayInChina(): string {
  return chinaDateOf(Date.now());
}
