import type { StateCreator } from 'zustand';
import type { RecoveryReason, StorageIssue } from './persist-storage';
import type { AppState } from './app-state';

/** What the user must be told about storage; never persisted. */
export interface HealthSlice {
  recovery: { reason: RecoveryReason; backupKey: string | null } | null;
  writeFailure: string | null;
  applyStorageIssue(issue: StorageIssue): void;
  clearRecovery(): void;
}

export const createHealthSlice: StateCreator<AppState, [], [], HealthSlice> = (set) => ({
  recovery: null,
  writeFailure: null,
  applyStorageIssue: (issue) => {
    if (issue.kind === 'recovered') set({ recovery: { reason: issue.reason, backupKey: issue.backupKey } });
    else if (issue.kind === 'write-failed') set({ writeFailure: issue.message });
    else set({ writeFailure: null });
  },
  clearRecovery: () => set({ recovery: null }),
});
