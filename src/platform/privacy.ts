import Taro from '@tarojs/taro';

/**
 * WeChat privacy consent (base library ≥ 2.32.3): when a privacy-scoped API (camera, album,
 * calendar) is called before the user has agreed, WeChat fires onNeedPrivacyAuthorization and
 * waits until we call `resolve` from a Button with openType "agreePrivacyAuthorization".
 */
type Resolve = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void;

let pendingResolve: Resolve | null = null;
const listeners = new Set<(needed: boolean) => void>();

function notify(needed: boolean) {
  listeners.forEach((listener) => listener(needed));
}

let installed = false;

/** Registers the WeChat listener once, at app launch. */
export function installPrivacyListener(): void {
  if (installed) return;
  installed = true;
  const api = Taro as unknown as { onNeedPrivacyAuthorization?: (cb: (resolve: Resolve) => void) => void };
  if (typeof api.onNeedPrivacyAuthorization !== 'function') return;
  api.onNeedPrivacyAuthorization((resolve) => {
    pendingResolve = resolve;
    notify(true);
  });
}

/** Subscribes a consent sheet; returns the unsubscribe function. */
export function onPrivacyRequest(listener: (needed: boolean) => void): () => void {
  listeners.add(listener);
  if (pendingResolve) listener(true);
  return () => listeners.delete(listener);
}

/** Called from the agree button's onAgreePrivacyAuthorization handler. */
export function answerPrivacyRequest(agreed: boolean, buttonId?: string): void {
  const resolve = pendingResolve;
  pendingResolve = null;
  notify(false);
  resolve?.({ event: agreed ? 'agree' : 'disagree', buttonId });
}

/** Whether this WeChat can show the mini program's privacy guide (base library 2.32.3+). */
export const canOpenPrivacyContract =
  typeof (Taro as unknown as { openPrivacyContract?: unknown }).openPrivacyContract === 'function';

export function openPrivacyContract(): void {
  const api = Taro as unknown as { openPrivacyContract?: (o: object) => Promise<unknown> };
  if (typeof api.openPrivacyContract === 'function') {
    void api.openPrivacyContract({}).catch(() => undefined);
  }
}
