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

/**
 * The privacy guide is WeChat's page for a published mini program; the browser preview has none,
 * so the link is not shown there (its "stays on this phone" statement under 我的 still is).
 */
export const canOpenPrivacyContract = false;

export function openPrivacyContract(): void {}
