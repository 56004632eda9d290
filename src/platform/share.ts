/**
 * Sharing a card or a reply. On weapp the share goes through a Button with openType="share"
 * and the page's onShareAppMessage (the page config has enableShareAppMessage: true); Moments
 * (timeline) sharing is never offered (domain.md "Sharing"). So there is no link to copy here.
 * The browser build (share.h5.ts) copies the link instead. Same exports in both files.
 */

/** The Button openType of a share button; undefined where the button copies a link instead. */
export const SHARE_BUTTON_OPEN_TYPE: 'share' | undefined = 'share';

/** What a link share did: the full link, and whether it reached the clipboard. */
export interface LinkShare {
  url: string;
  copied: boolean;
}

/**
 * weapp: nothing to do, the tap on the openType="share" button opens WeChat's chat picker and
 * the page's onShareAppMessage supplies the path. Resolves null.
 */
export async function shareLink(_path: string): Promise<LinkShare | null> {
  return null;
}
