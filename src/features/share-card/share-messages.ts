import { translate, type Locale } from '@/i18n';
import {
  cardPath,
  cardTimeProblem,
  decodeCard,
  encodeCard,
  encodeReply,
  replyPath,
  replyTo,
  type CardData,
  type ReplyAction,
} from '@/domain/share-card';
import { shareTitle } from '@/domain/share-card-builder';

/** What onShareAppMessage returns (WeChat's share to a chat). */
export interface ShareMessage {
  title: string;
  path: string;
  imageUrl?: string;
}

/** Ids of the reply buttons: onShareAppMessage reads the tapped button's id to know which reply to send. */
export const REPLY_BUTTON_IDS: Record<ReplyAction, string> = {
  'sms-verified': 'reply-sms-verified',
  'id-photos-sent': 'reply-id-photos-sent',
};

/** Fallback when there is nothing to share: the app's start page. */
function appMessage(locale: Locale): ShareMessage {
  return { title: translate(locale, 'app.title'), path: '/pages/progress/index' };
}

/** The share message of a card: the title of the moment and `/pages/card/index?c=<code>`. */
export function cardShareMessage(card: CardData, locale: Locale, now: number, imageUrl?: string | null): ShareMessage {
  const title = shareTitle(card, now);
  const message: ShareMessage = { title: translate(locale, title.key, title.params), path: cardPath(encodeCard(card)) };
  if (imageUrl) message.imageUrl = imageUrl;
  return message;
}

/**
 * The share message of a reply to `card`, made at `now`: `/pages/card/index?r=<code>`. The reply
 * carries the card's round and issue time back (replyTo).
 */
export function replyShareMessage(card: CardData, action: ReplyAction, locale: Locale, now: number): ShareMessage {
  const code = encodeReply(replyTo(card, action, now));
  const verifier = translate(locale, `share.verifier.${card.verifier}`);
  const key = action === 'sms-verified' ? 'share.reply.title.smsVerified' : 'share.reply.title.idPhotosSent';
  return { title: translate(locale, key, { verifier }), path: replyPath(code) };
}

/**
 * onShareAppMessage of the card page. A tap on a reply button (`target.id`) shares that reply;
 * the menu shares the card itself again; a reply page, an unreadable card or one whose times
 * cannot be right (cardTimeProblem) shares the app.
 */
export function cardPageShareMessage(
  params: { c: string; r: string },
  target: { id?: string } | undefined | null,
  locale: Locale,
  now: number,
): ShareMessage {
  if (!params.c || params.r) return appMessage(locale);
  const decoded = decodeCard(params.c);
  if (!decoded.ok || cardTimeProblem(decoded.card, now)) return appMessage(locale);
  const action = (Object.keys(REPLY_BUTTON_IDS) as ReplyAction[]).find((a) => REPLY_BUTTON_IDS[a] === target?.id);
  if (action) return replyShareMessage(decoded.card, action, locale, now);
  return cardShareMessage(decoded.card, locale, now);
}
