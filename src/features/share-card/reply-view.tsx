import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { filingUnsaved, useAppStore } from '@/store';
import { settledSms, useRejectionTexts } from '@/features/countdowns';
import { reportSave } from '@/components/save-feedback';
import { useT } from '@/components/use-t';
import { chinaDateTimeText } from '@/domain/china-time';
import type { ReplyData } from '@/domain/share-card';
import { findFiling, planReply, replyPlanChanges, type ReplyPlan } from '@/domain/share-reply';
import { idPhotosNoteLine, replyPlanText } from '@/domain/share-reply-text';
import { trackState } from '@/domain/sms-window';
import { navigateTo } from '@/platform/system';

/**
 * A reply from the legal representative, opened on the administrator's phone. It finds the
 * filing by the card's random id (own entries only) and the SMS round by the card's round id,
 * shows what will change with full dates, and changes it only when the administrator confirms
 * (the store's applyShareReply, which plans again on the latest data). An old, duplicate or
 * foreign reply is described for what it is and offers nothing to confirm.
 */
export function ReplyView({ reply }: { reply: ReplyData }) {
  const t = useT();
  const filings = useAppStore((s) => s.filings);
  const applyShareReply = useAppStore((s) => s.applyShareReply);
  const texts = useRejectionTexts();
  const filing = findFiling(filings, reply.filingId);
  const [openedAt] = useState(() => Date.now());
  // What confirming did, once it was confirmed; until then the plan is worked out from the data shown.
  const [done, setDone] = useState<ReplyPlan | null>(null);
  const noteLine = idPhotosNoteLine(reply, t);
  const plan = done ?? planReply(filings, reply, openedAt, noteLine);
  const verifier = t(`share.verifier.${reply.verifier}`);
  const action = t(`share.replyPage.action.${reply.action}`);
  const dateTime = (ms: number) => chinaDateTimeText(ms, t, openedAt);

  if (!filing || plan.kind === 'unknown-filing') {
    return (
      <View className='share-card__notice' data-testid='reply-unknown'>
        <View className='share-card__notice-mark share-card__notice-mark--warn' />
        <Text className='share-card__notice-title'>{t('share.replyPage.unknown.title')}</Text>
        <Text className='share-card__notice-body'>{t('share.replyPage.unknown.body')}</Text>
      </View>
    );
  }

  const applied = done !== null && replyPlanChanges(done);
  const canApply = done === null && replyPlanChanges(plan);
  const confirm = () => {
    if (!canApply) return;
    const now = Date.now();
    // What the round became (everyone verified) is written down in the same save.
    const result = applyShareReply(reply, now, noteLine, (next) => settledSms(next, now, texts));
    // Never "applied" unless saved: a refused write is reported, and the change waits in the banner.
    if (filingUnsaved(useAppStore.getState(), reply.filingId)) {
      reportSave(t, { ok: false, failures: useAppStore.getState().unsaved });
      return;
    }
    setDone(result);
  };

  const track = filing.smsCycles[filing.smsCycles.length - 1]?.tracks.find((x) => x.verifier === reply.verifier);
  const trackNow = track ? trackState(track, Date.now()).state : null;

  return (
    <View data-testid='reply-view'>
      <View className='card share-card__hero'>
        <Text className='share-card__hero-label'>{t('share.replyPage.title', { verifier })}</Text>
        <Text className='share-card__company'>{t('share.replyPage.headline', { verifier, action })}</Text>
        <Text className='muted' data-testid='reply-at'>
          {t('share.replyPage.at', { dateTime: dateTime(reply.at) })}
        </Text>
        <Text className='muted small' data-testid='reply-card-made'>
          {t('share.replyPage.cardMade', { dateTime: dateTime(reply.cardCreatedAt) })}
        </Text>
        <Text className='muted'>{t('share.replyPage.filing', { name: filing.name })}</Text>
      </View>

      <View className='section-title'>{t('share.replyPage.changeTitle')}</View>
      <View className='card' data-testid='reply-change'>
        <Text className='share-card__change' data-testid={`reply-plan-${plan.kind}`}>
          {replyPlanText(plan, openedAt, t)}
        </Text>
        {plan.kind === 'id-photos-sent' ? (
          <Text className='muted small'>{t('share.replyPage.change.idPhotosHint')}</Text>
        ) : null}
      </View>

      {applied ? (
        <View className='card share-card__applied' data-testid='reply-applied'>
          <View className='share-card__notice-mark share-card__notice-mark--ok' />
          <Text className='ok-text'>{t('share.replyPage.applied', { verifier, action })}</Text>
          {reply.action === 'sms-verified' && trackNow ? (
            <Text className='chip chip--ok' data-testid='reply-track-state'>
              {trackNow === 'verified' ? t('share.cardPage.status.verified') : t(`share.replyPage.before.${trackNow}`)}
            </Text>
          ) : null}
        </View>
      ) : null}

      {canApply ? (
        <Button className='btn' data-testid='reply-confirm' onClick={confirm}>
          {t('share.replyPage.confirm')}
        </Button>
      ) : null}
      <Button
        className='btn btn--plain'
        data-testid='reply-open-filing'
        onClick={() => navigateTo(`/pages/filing/index?id=${encodeURIComponent(filing.id)}`)}
      >
        {t('share.replyPage.openFiling')}
      </Button>
      {applied && plan.kind === 'id-photos-sent' ? (
        <Button
          className='btn btn--plain'
          onClick={() =>
            navigateTo(
              `/pages/photos/index?id=${encodeURIComponent(filing.id)}&slot=${reply.verifier === 'legal-representative' ? 'legal-rep-id-front' : 'person-in-charge-id-front'}`,
            )
          }
        >
          {t('share.replyPage.openPhotos')}
        </Button>
      ) : null}
    </View>
  );
}
