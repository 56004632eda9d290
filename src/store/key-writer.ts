/**
 * Writes the store's keys, one key at a time, and remembers which writes failed.
 *
 * - Typing is coalesced: a key is written at most once per `coalesceMs` (500 ms): the first
 *   change at once, later ones when the window ends. flush() writes everything now (on hide,
 *   unload, navigation, and at the end of every discrete action, which then knows its outcome).
 * - A refused write (WeChat throws: storage full, key over 1 MB, or any other failure) keeps the
 *   key dirty and recorded as failed; every later flush tries it again. Nothing is ever reported
 *   saved that was not written.
 * - Held keys (unreadable values left in place, see loader.ts) are never written.
 */
import type { RawStorage } from '@/platform/storage';
import { storedBytes } from './storage-keys';

export type SaveFailureReason = 'full' | 'too-large' | 'held' | 'failed';

export interface SaveFailure {
  key: string;
  reason: SaveFailureReason;
  message: string;
}

export type SaveOutcome = { ok: true } | { ok: false; failures: SaveFailure[] };

export interface WriterTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface KeyWriterOptions {
  coalesceMs: number;
  now: () => number;
  timers: WriterTimers;
  /** Called after any write attempt (to refresh what the UI shows). */
  onChange: () => void;
}

/** Classifies WeChat's refusal; the texts are only used to pick the message shown. */
function classify(key: string, error: unknown): SaveFailure {
  const message = String((error as { errMsg?: string })?.errMsg ?? (error as Error)?.message ?? error);
  if (/item max length|too large|single key/i.test(message)) return { key, reason: 'too-large', message };
  if (/max size|quota|exceed|full|limit/i.test(message)) return { key, reason: 'full', message };
  return { key, reason: 'failed', message };
}

export class KeyWriter {
  private readonly dirty = new Map<string, () => string | null>();
  private readonly timers = new Map<string, unknown>();
  private readonly lastWrite = new Map<string, number>();
  readonly failures = new Map<string, SaveFailure>();
  /** Keys never to be written this session. */
  readonly held = new Set<string>();
  /** Set when nothing at all may be written this session. */
  heldAll: string | null = null;
  /** What was written, for the figures: writes, removals, bytes (WeChat's count). */
  readonly stats = { writes: 0, removes: 0, bytes: 0 };
  /** Size of each key as last read or written. */
  readonly sizes = new Map<string, number>();

  constructor(
    private readonly raw: RawStorage,
    private readonly options: KeyWriterOptions,
  ) {}

  /** Marks `key` to be written with what `produce` returns then (null removes the key). */
  stage(key: string, produce: () => string | null): void {
    this.dirty.set(key, produce);
    if (this.timers.has(key)) return;
    const since = this.options.now() - (this.lastWrite.get(key) ?? -Infinity);
    if (since >= this.options.coalesceMs) {
      this.write(key);
      this.options.onChange();
      return;
    }
    const handle = this.options.timers.set(() => {
      this.timers.delete(key);
      this.write(key);
      this.options.onChange();
    }, this.options.coalesceMs - since);
    this.timers.set(key, handle);
  }

  /** Writes every dirty key now; the outcome lists every key still not saved. */
  flush(): SaveOutcome {
    for (const [key, handle] of this.timers) {
      this.options.timers.clear(handle);
      this.timers.delete(key);
    }
    for (const key of [...this.dirty.keys()]) this.write(key);
    this.options.onChange();
    return this.outcome();
  }

  outcome(): SaveOutcome {
    return this.failures.size === 0 ? { ok: true } : { ok: false, failures: [...this.failures.values()] };
  }

  /** Whether anything is waiting to be written (coalesced or failed). */
  hasPending(): boolean {
    return this.dirty.size > 0;
  }

  isDirty(key: string): boolean {
    return this.dirty.has(key);
  }

  /** Drops the pending write and failure of `key` (memory matches what is stored again). */
  forget(key: string): void {
    const handle = this.timers.get(key);
    if (handle !== undefined) this.options.timers.clear(handle);
    this.timers.delete(key);
    this.dirty.delete(key);
    this.failures.delete(key);
  }

  /** Forgets every pending write and failure (after storage was erased). */
  reset(): void {
    for (const handle of this.timers.values()) this.options.timers.clear(handle);
    this.timers.clear();
    this.dirty.clear();
    this.failures.clear();
    this.lastWrite.clear();
    this.sizes.clear();
  }

  private write(key: string): boolean {
    const produce = this.dirty.get(key);
    if (!produce) return true;
    if (this.heldAll !== null || this.held.has(key)) {
      this.failures.set(key, { key, reason: 'held', message: this.heldAll ?? 'held' });
      return false;
    }
    try {
      const text = produce();
      if (text === null) {
        this.raw.remove(key);
        this.stats.removes += 1;
        this.sizes.delete(key);
      } else {
        this.raw.set(key, text);
        const bytes = storedBytes(key, text);
        this.stats.writes += 1;
        this.stats.bytes += bytes;
        this.sizes.set(key, bytes);
      }
    } catch (error) {
      this.failures.set(key, classify(key, error));
      return false;
    }
    this.dirty.delete(key);
    this.failures.delete(key);
    this.lastWrite.set(key, this.options.now());
    return true;
  }
}
