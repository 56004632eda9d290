import type { FilingRecord } from '@/domain/filing-record';

/** Scaffold: the running countdowns of one filing, one line each, for its Progress card. */
export function FilingCountdownSummary(_props: { filing: FilingRecord }) {
  return null;
}
