import { useMemo } from 'react';
import { useAppStore } from '@/store';
import type { FilingRecord } from '@/domain/filing-record';
import { ownValue } from '@/domain/own';
import { chinaDateOf } from '@/domain/working-days';
import { settledSms, useRejectionTexts } from '@/features/countdowns';

/**
 * The filing with this id as it stands now, or undefined when there is none (deleted, or a
 * stale link). An SMS window that ran out is shown as rejected here, derived on read: looking at
 * a filing never writes (the next SMS action saves it with its own change).
 */
export function useFiling(id: string): FilingRecord | undefined {
  // Own entries only: a route id may be 'constructor' (issue 13).
  const stored = useAppStore((s) => ownValue(s.filings, id));
  const texts = useRejectionTexts();
  return useMemo(() => (stored ? settledSms(stored, Date.now(), texts) : undefined), [stored, texts]);
}

/** Today's China calendar date, `YYYY-MM-DD`. */
export function todayInChina(): string {
  return chinaDateOf(Date.now());
}
