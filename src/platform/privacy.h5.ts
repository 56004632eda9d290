/**
 * The browser build has no WeChat privacy gate: the browser asks for camera/file access itself.
 * Same interface as privacy.ts so features stay platform-free.
 */
type Listener = (needed: boolean) => void;

export function installPrivacyListener(): void {}

export function onPrivacyRequest(_listener: Listener): () => void {
  return () => undefined;
}

export function answerPrivacyRequest(_agreed: boolean, _buttonId?: string): void {}

/** In the preview, the privacy guide is the "stays on this phone" statement under 我的. */
export function openPrivacyContract(): void {}
