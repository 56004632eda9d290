import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { useAppStore } from '@/store';
import { useT } from '@/components/use-t';
import type { ReplyData } from '@/domain/share-card';
import { chinaClock, chinaDateTimeText, planReply, type ReplyPlan } from '@/domain/share-card-builder';
import { trackState } from '@/domain/sms-window';
import { navigateTo } from '@/platform/system';

/**
 * A reply from the legal representative, opened on the administrator's phone. It finds the
 * filing by the card's random id only, shows what will change, and changes it only after the
 * administrator confirms. A reply for a filing that is not here changes nothing.
 */
export function ReplyView({ reply }: { reply: ReplyData }) {
  const t = useT();
  const filing = useAppStore((s) => s.filings[reply.filingId]);
  const setSmsCycles = useAppStore((s) => s.setSmsCycles);
  const setStep = useAppStore((s) => s.setStep);
  const [openedAt] = useState(() => Date.now());
  const [applied, setApplied] = useState(false);
  // What confirming will do, as planned when the reply was opened (kept after applying).
  const [plan] = useState<ReplyPlan>(() => planReply(filing, reply, openedAt));
  const verifier = t(`share.verifier.${reply.verifier}`);
  const action = t(`share.replyPage.action.${reply.action}`);

  if (!filing || plan.kind === 'unknown-filing') {
    return (
      <View className='share-card__notice' data-testid='reply-unknown'>
        <View className='share-card__notice-mark share-card__notice-mark--warn' />
        <Text className='share-card__notice-title'>{t('share.replyPage.unknown.title')}</Text>
        <Text className='share-card__notice-body'>{t('share.replyPage.unknown.body')}</Text>
      </View>
    );
  }

  const canApply = !applied && (plan.kind === 'verify-sms' || plan.kind === 'id-photos-sent');

  const apply = () => {
    if (!canApply) return;
    const now = Date.now();
    if (plan.kind === 'verify-sms') {
      // Re-plan on the latest cycles so nothing recorded meanwhile is overwritten.
      setSmsCycles(
        filing.id,
        (cycles) => {
          const fresh = planReply({ ...filing, smsCycles: cycles }, reply, now);
          return fresh.kind === 'verify-sms' ? fresh.cycles : cycles;
        },
        now,
      );
    } else if (plan.kind === 'id-photos-sent') {
      const step = filing.steps['filing-enter-info'];
      const line = t('share.replyPage.note.idPhotos', { verifier, dateTime: chinaDateTimeText(reply.at, t) });
      const note = step.note.includes(line) ? step.note : [step.note, line].filter(Boolean).join('\n');
      setStep(filing.id, 'filing-enter-info', step.status, now, note);
    }
    setApplied(true);
  };

  const track = filing.smsCycles[filing.smsCycles.length - 1]?.tracks.find((x) => x.verifier === reply.verifier);
  const trackNow = track ? trackState(track, Date.now()).state : null;

  return (
    <View data-testid='reply-view'>
      <View className='card share-card__hero'>
        <Text className='share-card__hero-label'>{t('share.replyPage.title', { verifier })}</Text>
        <Text className='share-card__company'>{t('share.replyPage.headline', { verifier, action })}</Text>
        <Text className='muted'>{t('share.replyPage.at', { dateTime: chinaDateTimeText(reply.at, t) })}</Text>
        <Text className='muted'>{t('share.replyPage.filing', { name: filing.name })}</Text>
      </View>

      <View className='section-title'>{t('share.replyPage.changeTitle')}</View>
      <View className='card' data-testid='reply-change'>
        <Text className='share-card__change'>{describePlan(plan, t, verifier)}</Text>
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
        <Button className='btn' data-testid='reply-confirm' onClick={apply}>
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

type T = ReturnType<typeof useT>;

/** One sentence on what confirming will do (or why nothing will change). */
function describePlan(plan: ReplyPlan, t: T, verifier: string): string {
  switch (plan.kind) {
    case 'verify-sms':
      if (plan.before === 'not-started')
        return t('share.replyPage.change.notStarted', { verifier, time: chinaClock(plan.verifiedAt) });
      return t('share.replyPage.change.sms', {
        verifier,
        before: t(`share.replyPage.before.${plan.before}`),
        time: chinaClock(plan.verifiedAt),
      });
    case 'already-verified':
      return t('share.replyPage.already', { verifier, time: chinaClock(plan.verifiedAt) });
    case 'refused':
      if (plan.reason === 'window-already-closed') {
        return t('share.replyPage.refused.window-already-closed', {
          deadline: plan.deadline === null ? '-' : chinaDateTimeText(plan.deadline, t),
        });
      }
      if (plan.reason === 'locked') return t('share.replyPage.refused.locked', { verifier });
      return t('share.replyPage.refused.other');
    case 'id-photos-sent':
      return t('share.replyPage.change.idPhotos', { verifier, dateTime: chinaDateTimeText(plan.at, t) });
    default:
      return t('share.replyPage.unknown.body');
  }
}
