/**
 * How a save is put into words: sizes, where an unreadable value came from, and the toast an
 * action shows when what it changed was not saved (it never claims "saved" then).
 */
import type { MessageKey } from '@/i18n';
import type { SaveOutcome } from '@/store';
import { showToast } from '@/platform/system';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** '12 KB' or '1.3 MB'. */
export function sizeText(t: T, bytes: number): string {
  if (bytes < 1024 * 1024) return t('storage.size.kb', { n: Math.max(1, Math.round(bytes / 1024)) });
  return t('storage.size.mb', { n: (bytes / (1024 * 1024)).toFixed(1) });
}

/** Which kind of value a storage key holds, as the user knows it. */
export function sourceText(t: T, source: string): string {
  if (source.startsWith('fc.f.')) return t('storage.source.filing');
  if (source === 'fc.index') return t('storage.source.index');
  if (source === 'fc.settings') return t('storage.source.settings');
  if (source === 'fc.health') return t('storage.source.health');
  if (source === 'fc.calendar') return t('storage.source.calendar');
  if (source.startsWith('filing-companion')) return t('storage.source.legacy');
  return t('storage.source.unknown');
}

/** Tells the user when an action's change did not reach storage; true when it was saved. */
export function reportSave(t: T, outcome: SaveOutcome): boolean {
  if (outcome.ok) return true;
  showToast(t('storage.notSaved'));
  return false;
}
