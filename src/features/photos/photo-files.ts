import type { FilingRecord } from '@/domain/filing-record';

/** Scaffold: deletes every photo file of a filing (before the record itself is removed). */
export async function deleteFilingPhotos(_filing: FilingRecord): Promise<void> {}
