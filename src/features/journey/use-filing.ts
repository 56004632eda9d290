import { useAppStore } from '@/store';
import type { FilingRecord } from '@/domain/filing-record';
import { ownValue } from '@/domain/own';
import { chinaDateOf } from '@/domain/working-days';

/** The filing with this id, or undefined when there is none (deleted, or a stale link). */
export function useFiling(id: string): FilingRecord | undefined {
  // Own entries only: a route id may be 'constructor' (issue 13).
  return useAppStore((s) => ownValue(s.filings, id));
}

/** Today's China calendar date, `YYYY-MM-DD`. */
export function todayInChina(): string {
  return chinaDateOf(Date.now());
}
