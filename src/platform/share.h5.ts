/**
 * Browser build: there is no WeChat chat to share to, so the share button copies the full link
 * (this page's address with the card path as its hash route) and the page shows it, so it can be
 * opened in another browser. Same exports as share.ts.
 */

export const SHARE_BUTTON_OPEN_TYPE: 'share' | undefined = undefined;

export interface LinkShare {
  url: string;
  copied: boolean;
}

/** The link that opens `path` (e.g. '/pages/card/index?c=…') in this build: origin + pathname + '#' + path. */
export function linkFor(path: string): string {
  return `${window.location.origin}${window.location.pathname}#${path}`;
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not a secure context: fall back to a selected textarea.
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    document.body.removeChild(area);
    return ok;
  } catch {
    return false;
  }
}

/** Copies the link to `path` and resolves with it (shown on screen whether or not copying worked). */
export async function shareLink(path: string): Promise<LinkShare | null> {
  const url = linkFor(path);
  return { url, copied: await copyText(url) };
}
