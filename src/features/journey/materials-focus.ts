import { useSyncExternalStore } from 'react';

/**
 * Which filing the Materials tab shows. A tab cannot receive route params (switchTab drops the
 * query), so the filing page sets it here before switching; it lives for this launch only.
 */
let focusedId: string | null = null;
const listeners = new Set<() => void>();

export function focusMaterialsOn(id: string): void {
  focusedId = id;
  listeners.forEach((listener) => listener());
}

export function useMaterialsFocus(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => focusedId,
    () => focusedId,
  );
}
