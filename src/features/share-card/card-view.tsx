import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { useLocale, useT } from '@/components/use-t';
import { OFFICIAL_GUIDANCE, textCautions, type CardCaution } from '@/domain/card-text';
import { chinaDateTimeText } from '@/domain/china-time';
import { cardAgeNote, type CardData, type ReplyAction, type SmsTask } from '@/domain/share-card';
import { SHARE_BUTTON_OPEN_TYPE, shareLink, type LinkShare } from '@/platform/share';
import { copyToClipboard, showToast } from '@/platform/system';
import { LiveCountdown } from './live-countdown';
import { REPLY_BUTTON_IDS, replyShareMessage } from './share-messages';
import { ShareLinkBox } from './share-link-box';

const SMS_CHIP: Record<SmsTask, string> = {
  waiting: 'chip',
  counting: 'chip chip--warn',
  verified: 'chip chip--ok',
  expired: 'chip chip--danger',
};

/**
 * The legal representative's read-only view of a card, with the two reply buttons. Anyone can
 * craft a card, so everything the card itself says in words (company, mini program, sender) is
 * shown as quoted user text in its own block, with a caution when it holds a link, a phone-like
 * number or an official body's name; the guidance on how to verify comes only from the app
 * (OFFICIAL_GUIDANCE and the message tables). Nothing from the card is tappable.
 */
export function CardView({ card }: { card: CardData }) {
  const t = useT();
  const locale = useLocale();
  const [openedAt] = useState(() => Date.now());
  const [expiredLocally, setExpiredLocally] = useState(
    () => card.tasks.sms === 'counting' && card.tasks.smsDeadline !== null && openedAt >= card.tasks.smsDeadline,
  );
  const [prepared, setPrepared] = useState<{ at: number; link: LinkShare | null } | null>(null);

  const sms: SmsTask = card.tasks.sms === 'counting' && expiredLocally ? 'expired' : card.tasks.sms;
  // The sender's own name stays in the quoted block; the app's label names no one it cannot check.
  const heroLabel = card.sender
    ? t('share.cardPage.forYou')
    : t('share.cardPage.sentBy', { sender: t('share.sender.default') });
  const deadline = card.tasks.smsDeadline;
  const { done, total } = card.progress;
  const cautions = textCautions([card.company, card.miniProgram, card.sender]);
  const dateTime = (ms: number) => chinaDateTimeText(ms, t, openedAt);

  const reply = async (action: ReplyAction) => {
    const now = Date.now();
    const message = replyShareMessage(card, action, locale, now);
    // weapp: the button itself (openType="share") opens the chat picker; the browser copies a link.
    const link = await shareLink(message.path);
    setPrepared({ at: now, link });
  };

  const copySite = async () => {
    if (await copyToClipboard(OFFICIAL_GUIDANCE.siteUrl)) showToast(t('common.copied'), 'success');
  };

  return (
    <View data-testid='card-view'>
      <View className='card share-card__hero'>
        <Text className='share-card__hero-label' data-testid='card-hero-label'>
          {heroLabel}
        </Text>
        <View className='share-card__quote' data-testid='card-quote'>
          <Text className='share-card__quote-label'>{t('share.cardPage.quote.label')}</Text>
          <QuotedField label={t('share.cardPage.quote.company')} testId='card-company' strong>
            {card.company}
          </QuotedField>
          {card.miniProgram ? (
            <QuotedField label={t('share.cardPage.quote.miniProgram')} testId='card-mini-program'>
              {card.miniProgram}
            </QuotedField>
          ) : null}
          {card.sender ? (
            <QuotedField label={t('share.cardPage.quote.sender')} testId='card-sender'>
              {card.sender}
            </QuotedField>
          ) : null}
        </View>
        <View className='share-card__progress'>
          <View className='share-card__progress-bar'>
            <View className='share-card__progress-fill' style={{ width: `${Math.round((done / total) * 100)}%` }} />
          </View>
          <Text className='share-card__progress-text' data-testid='card-progress'>
            {t('share.cardPage.progress', { done, total })}
          </Text>
        </View>
        <Text className='muted small' data-testid='card-made-at'>
          {t('share.cardPage.madeAt', { dateTime: dateTime(card.createdAt) })}
        </Text>
      </View>

      {cautions.length > 0 ? <CautionBlock cautions={cautions} /> : null}

      {cardAgeNote(card, openedAt) === 'older-than-a-day' ? (
        <View className='share-card__banner' data-testid='card-old-note'>
          <Text>{t('share.cardPage.oldNote')}</Text>
        </View>
      ) : null}
      {sms === 'expired' && card.tasks.sms === 'counting' ? (
        <View className='share-card__banner' data-testid='card-stale-deadline'>
          <Text>{t('share.cardPage.staleDeadline')}</Text>
        </View>
      ) : null}

      <View className='section-title'>{t('share.cardPage.tasksTitle')}</View>
      <View className='group' data-testid='card-tasks'>
        <View className='cell' data-testid='task-id-photos'>
          <Text className='cell__label'>{t('share.cardPage.task.idPhotos')}</Text>
          <Text className={card.tasks.idPhotos === 'done' ? 'chip chip--ok' : 'chip chip--warn'}>
            {t(card.tasks.idPhotos === 'done' ? 'share.cardPage.status.done' : 'share.cardPage.status.todo')}
          </Text>
        </View>
        <View className='cell share-card__sms-cell' data-testid='task-sms'>
          <View className='share-card__sms-row'>
            <Text className='cell__label'>{t('share.cardPage.task.sms')}</Text>
            <Text className={SMS_CHIP[sms]} data-testid='task-sms-status'>
              {t(`share.cardPage.status.${sms}`)}
            </Text>
          </View>
          {sms === 'counting' && deadline !== null ? (
            <View className='share-card__sms-detail'>
              <LiveCountdown deadline={deadline} onExpire={() => setExpiredLocally(true)} />
              <Text className='muted small'>{t('share.cardPage.deadline', { dateTime: dateTime(deadline) })}</Text>
            </View>
          ) : null}
          {sms === 'waiting' ? (
            <Text className='muted small share-card__sms-detail'>{t('share.cardPage.waitingBody')}</Text>
          ) : null}
          {sms === 'expired' ? (
            <Text className='danger-text small share-card__sms-detail'>{t('share.cardPage.expiredBody')}</Text>
          ) : null}
        </View>
      </View>

      <View className='section-title'>{t('share.cardPage.how.title')}</View>
      <View className='card share-card__how' data-testid='official-guidance'>
        <Text className='share-card__how-badge'>{t('share.cardPage.how.badge')}</Text>
        <View className='share-card__sms-sample'>
          <Text className='share-card__sms-sender'>{OFFICIAL_GUIDANCE.smsSender}</Text>
          <Text className='share-card__sms-text'>
            {t('share.cardPage.how.sms', { sms: OFFICIAL_GUIDANCE.smsSender })}
          </Text>
        </View>
        <Text className='share-card__how-line'>{t('share.cardPage.how.site', { site: OFFICIAL_GUIDANCE.site })}</Text>
        <View className='share-card__site-row'>
          <Text className='share-card__site' data-testid='miit-site'>
            {OFFICIAL_GUIDANCE.site}
          </Text>
          <Button className='btn btn--plain btn--small' onClick={copySite}>
            {t('share.cardPage.how.copySite')}
          </Button>
        </View>
        <Text className='warn-text small'>{t('share.cardPage.how.wrong')}</Text>
      </View>

      <View className='section-title'>{t('share.cardPage.reply.title')}</View>
      <Button
        id={REPLY_BUTTON_IDS['sms-verified']}
        className='btn'
        data-testid='reply-sms-verified'
        openType={SHARE_BUTTON_OPEN_TYPE}
        onClick={() => reply('sms-verified')}
      >
        {t('share.cardPage.reply.smsVerified')}
      </Button>
      <Button
        id={REPLY_BUTTON_IDS['id-photos-sent']}
        className='btn btn--plain'
        data-testid='reply-id-photos-sent'
        openType={SHARE_BUTTON_OPEN_TYPE}
        onClick={() => reply('id-photos-sent')}
      >
        {t('share.cardPage.reply.idPhotosSent')}
      </Button>
      {prepared ? (
        prepared.link ? (
          <ShareLinkBox
            link={prepared.link}
            onCopyAgain={() => void shareLink(prepared.link?.url.split('#')[1] ?? '')}
          />
        ) : (
          <Text className='share-card__hint ok-text' data-testid='reply-prepared'>
            {t('share.cardPage.reply.prepared', { dateTime: dateTime(prepared.at) })}
          </Text>
        )
      ) : (
        <Text className='share-card__hint muted small'>{t('share.cardPage.reply.hint')}</Text>
      )}
    </View>
  );
}

/** One field the sender typed: a small app label, then the text exactly as it came, in quotes. */
function QuotedField({
  label,
  testId,
  strong,
  children,
}: {
  label: string;
  testId: string;
  strong?: boolean;
  children: string;
}) {
  const t = useT();
  return (
    <View className='share-card__quote-field'>
      <Text className='share-card__quote-field-label'>{label}</Text>
      <Text
        className={strong ? 'share-card__quote-text share-card__quote-text--strong' : 'share-card__quote-text'}
        data-testid={testId}
      >
        {t('share.cardPage.quoted', { text: children })}
      </Text>
    </View>
  );
}

/** The caution shown under the quoted text when it holds links, phone-like numbers or official names. */
function CautionBlock({ cautions }: { cautions: readonly CardCaution[] }) {
  const t = useT();
  const params = { site: OFFICIAL_GUIDANCE.site, sms: OFFICIAL_GUIDANCE.smsSender };
  return (
    <View className='share-card__caution' data-testid='card-caution'>
      <Text className='share-card__caution-title'>{t('share.cardPage.caution.title')}</Text>
      {cautions.map((caution) => (
        <Text key={caution} className='share-card__caution-line' data-testid={`card-caution-${caution}`}>
          {t(`share.cardPage.caution.${caution}`, params)}
        </Text>
      ))}
    </View>
  );
}
