/**
 * What the reply page says about a ReplyPlan (share-reply.ts), through message keys, so the UI
 * decides the language. Kept apart from the planning, which the store needs in the main package;
 * these texts are only needed on the card page (a subpackage).
 */
import { chinaDateTimeText, type DateTimeKey } from './china-time';
import type { ReplyData, Verifier } from './share-card';
import type { ReplyPlan } from './share-reply';
import type { SmsCycleOutcome, SmsTrackStateName } from './sms-window';

/** Message keys of the reply texts; every one is in src/i18n/messages/share.ts. */
export type ReplyTextKey =
  | DateTimeKey
  | `share.verifier.${Verifier}`
  | `share.replyPage.before.${SmsTrackStateName}`
  | 'share.replyPage.change.sms'
  | 'share.replyPage.change.smsAdjusted'
  | 'share.replyPage.already'
  | 'share.replyPage.earlierRound'
  | 'share.replyPage.foreignRound'
  | `share.replyPage.roundClosed.${Exclude<SmsCycleOutcome, 'open'>}`
  | 'share.replyPage.implausibleTime'
  | 'share.replyPage.notInRound'
  | 'share.replyPage.refused.window-already-closed'
  | 'share.replyPage.refused.locked'
  | 'share.replyPage.change.idPhotos'
  | 'share.replyPage.alreadyNoted'
  | 'share.replyPage.unknown.body'
  | 'share.replyPage.note.idPhotos';

export type ReplyTranslate = (key: ReplyTextKey, params?: Record<string, string | number>) => string;

/**
 * Returns one sentence on what confirming `plan` will do, or why nothing will change. Every time
 * in it is a full date and time in China time (with the year when it is not this year's).
 */
export function replyPlanText(plan: ReplyPlan, now: number, tr: ReplyTranslate): string {
  const when = (ms: number) => chinaDateTimeText(ms, tr, now);
  const verifierName = (verifier: Verifier) => tr(`share.verifier.${verifier}`);
  switch (plan.kind) {
    case 'verify-sms': {
      const params = {
        verifier: verifierName(plan.verifier),
        before: tr(`share.replyPage.before.${plan.before}`),
        dateTime: when(plan.verifiedAt),
      };
      if (plan.verifiedAt === plan.at) return tr('share.replyPage.change.sms', params);
      return tr('share.replyPage.change.smsAdjusted', { ...params, replyTime: when(plan.at) });
    }
    case 'already-verified':
      return tr('share.replyPage.already', { verifier: verifierName(plan.verifier), dateTime: when(plan.verifiedAt) });
    case 'earlier-round':
      return tr('share.replyPage.earlierRound', { dateTime: when(plan.cardCreatedAt) });
    case 'foreign-round':
      return tr('share.replyPage.foreignRound', { dateTime: when(plan.cardCreatedAt) });
    case 'round-closed':
      return tr(`share.replyPage.roundClosed.${plan.outcome}`, { dateTime: when(plan.cardCreatedAt) });
    case 'implausible-time':
      return tr('share.replyPage.implausibleTime', { at: when(plan.at), dateTime: when(plan.cardCreatedAt) });
    case 'not-in-round':
      return tr('share.replyPage.notInRound', { verifier: verifierName(plan.verifier) });
    case 'refused':
      if (plan.reason === 'locked')
        return tr('share.replyPage.refused.locked', { verifier: verifierName(plan.verifier) });
      return tr('share.replyPage.refused.window-already-closed', {
        deadline: plan.deadline === null ? '-' : when(plan.deadline),
      });
    case 'id-photos-sent':
      return tr('share.replyPage.change.idPhotos', { verifier: verifierName(plan.verifier), dateTime: when(plan.at) });
    case 'already-noted':
      return tr('share.replyPage.alreadyNoted', { verifier: verifierName(plan.verifier), dateTime: when(plan.at) });
    case 'unknown-filing':
      return tr('share.replyPage.unknown.body');
  }
}

/**
 * The line an 'id-photos-sent' reply adds to the step note: who sent the photos and when, with
 * the year always written, so the same reply gives the same line in any year.
 */
export function idPhotosNoteLine(reply: ReplyData, tr: ReplyTranslate): string {
  return tr('share.replyPage.note.idPhotos', {
    verifier: tr(`share.verifier.${reply.verifier}`),
    dateTime: chinaDateTimeText(reply.at, tr),
  });
}
