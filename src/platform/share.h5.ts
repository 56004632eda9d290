/**
 * Browser build: there is no WeChat chat to share to, so the share button copies the full link
 * (this page's address with the card path as its hash route) and the page shows it, so it can be
 * opened in another browser. Same exports as share.ts.
 */
import { copyText } from './clipboard.h5';

export const SHARE_BUTTON_OPEN_TYPE: 'share' | undefined = undefined;

export interface LinkShare {
  url: string;
  copied: boolean;
}

/** The link that opens `path` (e.g. '/pages/card/index?c=…') in this build: origin + pathname + '#' + path. */
export function linkFor(path: string): string {
  return `${window.location.origin}${window.location.pathname}#${path}`;
}

/** Copies the link to `path` and resolves with it (shown on screen whether or not copying worked). */
export async function shareLink(path: string): Promise<LinkShare | null> {
  const url = linkFor(path);
  return { url, copied: await copyText(url) };
}
