import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { useT } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { chinaDateTimeText } from '@/domain/china-time';
import { cardTimeProblem, decodeCard, decodeReply, type CardData } from '@/domain/share-card';
import { setNavigationTitle } from '@/platform/system';
import { CardView } from './card-view';
import { ReplyView } from './reply-view';
import './share-card.scss';

interface CardPageProps {
  /** The `c` route parameter (a card code), already route-decoded; '' when absent. */
  c: string;
  /** The `r` route parameter (a reply code); '' when absent. */
  r: string;
}

/**
 * pages/card: a card (?c=) on the legal representative's phone, or a reply (?r=) on the
 * administrator's. Both decode defensively: whatever arrives, the page says something useful.
 */
export function CardPage({ c, r }: CardPageProps) {
  const t = useT();
  const isReply = Boolean(r) && !c;
  const [openedAt] = useState(() => Date.now());
  useEffect(() => setNavigationTitle(t(isReply ? 'share.replyPage.navTitle' : 'share.cardPage.title')), [t, isReply]);

  let body;
  if (isReply) {
    const decoded = decodeReply(r);
    body = decoded.ok ? <ReplyView reply={decoded.card} /> : <Unreadable kind='reply' />;
  } else {
    const decoded = decodeCard(c);
    if (!decoded.ok) body = <Unreadable kind='card' />;
    else if (cardTimeProblem(decoded.card, openedAt)) body = <ImplausibleCard card={decoded.card} now={openedAt} />;
    else body = <CardView card={decoded.card} />;
  }

  return (
    <View className='page share-card'>
      {isReply ? <StorageBanner /> : null}
      {body}
      <PrivacySheet />
    </View>
  );
}

function Unreadable({ kind }: { kind: 'card' | 'reply' }) {
  const t = useT();
  return (
    <View className='share-card__notice' data-testid='card-unreadable'>
      <View className='share-card__notice-mark share-card__notice-mark--warn' />
      <Text className='share-card__notice-title'>
        {t(kind === 'card' ? 'share.cardPage.bad.title' : 'share.replyPage.bad.title')}
      </Text>
      <Text className='share-card__notice-body'>
        {t(kind === 'card' ? 'share.cardPage.bad.body' : 'share.replyPage.bad.body')}
      </Text>
    </View>
  );
}

/** A card whose times cannot be right (made more than a day in this phone's future): no tasks, no replies. */
function ImplausibleCard({ card, now }: { card: CardData; now: number }) {
  const t = useT();
  return (
    <View className='share-card__notice' data-testid='card-invalid-time'>
      <View className='share-card__notice-mark share-card__notice-mark--warn' />
      <Text className='share-card__notice-title'>{t('share.cardPage.invalidTime.title')}</Text>
      <Text className='share-card__notice-body'>
        {t('share.cardPage.invalidTime.body', { dateTime: chinaDateTimeText(card.createdAt, t, now) })}
      </Text>
    </View>
  );
}
