import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { RawStorage } from '@/platform/storage';

/** Why saved data was set aside instead of loaded. */
export type RecoveryReason = 'corrupt' | 'wrong-shape' | 'future-version' | 'read-failed';

export type StorageIssue =
  | { kind: 'recovered'; reason: RecoveryReason; backupKey: string | null }
  | { kind: 'write-failed'; message: string }
  | { kind: 'write-ok' };

export const backupKeyFor = (name: string) => `${name}.backup`;

export interface RecoveringStorageOptions<S> {
  raw: RawStorage;
  version: number;
  /** True when `state` (already migrated to `version` or stored at it) has the expected shape. */
  isValidState: (state: unknown, storedVersion: number) => boolean;
  onIssue: (issue: StorageIssue) => void;
  /** For tests and typing only. */
  _state?: S;
}

/**
 * A zustand PersistStorage over synchronous string storage that never destroys data it cannot
 * read: the raw string is copied to `<name>.backup` and the app starts from defaults. Data from
 * a newer app version is treated the same way (we cannot know its meaning). If even reading
 * fails, writes are held back for this session so the unreadable data is not overwritten.
 */
export function createRecoveringStorage<S>(options: RecoveringStorageOptions<S>): PersistStorage<S> & {
  /** Re-enables writes after the user discarded unreadable data. */
  allowWrites(): void;
  /** Writes `value` again (after a quota failure, when the user taps retry). */
  retry(): void;
} {
  const { raw, version, isValidState, onIssue } = options;
  let writesHeld = false;
  let lastFailed: { name: string; value: string } | null = null;

  function setAside(name: string, rawValue: string, reason: RecoveryReason) {
    const backupKey = backupKeyFor(name);
    try {
      // Keep the oldest backup: a second bad start must not replace the first rescued copy.
      if (raw.get(backupKey) === null) raw.set(backupKey, rawValue);
      onIssue({ kind: 'recovered', reason, backupKey });
    } catch {
      // Could not back it up: hold writes so the only copy survives.
      writesHeld = true;
      onIssue({ kind: 'recovered', reason, backupKey: null });
    }
  }

  // Reporting an issue updates the store, which persists again; this flag stops that loop.
  let reporting = false;
  function report(issue: StorageIssue) {
    if (reporting) return;
    reporting = true;
    try {
      onIssue(issue);
    } finally {
      reporting = false;
    }
  }

  function write(name: string, value: string) {
    if (writesHeld) return;
    try {
      raw.set(name, value);
      const recovered = lastFailed !== null;
      lastFailed = null;
      if (recovered) report({ kind: 'write-ok' });
    } catch (error) {
      lastFailed = { name, value };
      report({ kind: 'write-failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    getItem(name): StorageValue<S> | null {
      let text: string | null;
      try {
        text = raw.get(name);
      } catch {
        writesHeld = true;
        onIssue({ kind: 'recovered', reason: 'read-failed', backupKey: null });
        return null;
      }
      if (text === null || text === '') return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        setAside(name, text, 'corrupt');
        return null;
      }
      if (
        typeof parsed !== 'object' ||
        parsed === null ||
        typeof (parsed as { version?: unknown }).version !== 'number' ||
        typeof (parsed as { state?: unknown }).state !== 'object' ||
        (parsed as { state?: unknown }).state === null
      ) {
        setAside(name, text, 'wrong-shape');
        return null;
      }
      const stored = parsed as StorageValue<unknown> & { version: number };
      if (stored.version > version || !Number.isInteger(stored.version)) {
        setAside(name, text, 'future-version');
        return null;
      }
      if (!isValidState(stored.state, stored.version)) {
        setAside(name, text, 'wrong-shape');
        return null;
      }
      return stored as StorageValue<S>;
    },
    setItem(name, value) {
      write(name, JSON.stringify(value));
    },
    removeItem(name) {
      try {
        raw.remove(name);
      } catch {
        // Removing is best effort; a later write replaces it anyway.
      }
    },
    allowWrites() {
      writesHeld = false;
    },
    retry() {
      if (lastFailed) write(lastFailed.name, lastFailed.value);
    },
  };
}
