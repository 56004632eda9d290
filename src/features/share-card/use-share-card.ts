import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '@/store';
import { useLocale, useT } from '@/components/use-t';
import { ownValue } from '@/domain/own';
import { encodeCard, type CardData } from '@/domain/share-card';
import {
  buildCardData,
  cardLines,
  cardRound,
  senderNameImpersonates,
  senderNameProblem,
  shareTitle,
  type CardLine,
} from '@/domain/share-card-builder';
import { newRoundId } from '@/domain/sms-window';
import { renderCardImage } from '@/platform/card-canvas';
import { CARD_IMAGE_HEIGHT, CARD_IMAGE_WIDTH, paintCard } from './paint-card';
import { cardShareMessage, type ShareMessage } from './share-messages';

export interface ShareCardModel {
  found: boolean;
  sender: string;
  setSender(value: string): void;
  senderProblem: ReturnType<typeof senderNameProblem> | 'impersonates';
  /** Null when the filing cannot make a valid card (see share.page.cannotBuild). */
  card: CardData | null;
  code: string | null;
  title: string;
  lines: CardLine[];
  /** The drawn 5:4 image (file path on weapp, data URL in the browser), once drawn. */
  image: string | null;
  /**
   * What onShareAppMessage returns right now. Sharing is when a filing with no SMS round yet gets
   * the round the card names (openSmsRoundForCard), so the reply can find it.
   */
  shareMessage(): ShareMessage;
}

/**
 * The share page's state: the card for filing `id` as of when the page opened, its code, title
 * and image. The sender's display name is typed on the page and kept only while it is open.
 * The page file calls this and hands `shareMessage` to useShareAppMessage.
 */
export function useShareCardModel(id: string): ShareCardModel {
  const t = useT();
  const locale = useLocale();
  // Own entries only: the id comes from the route (issue 13, finding 4).
  const filing = useAppStore((s) => ownValue(s.filings, id));
  const [sender, setSender] = useState('');
  const [openedAt] = useState(() => Date.now());
  // The id the filing's first SMS round gets if this page shares the card before any round exists.
  const [pendingRoundId] = useState(() => newRoundId(Math.random));
  const senderProblem = senderNameProblem(sender) ?? (senderNameImpersonates(sender) ? 'impersonates' : null);

  const built = useMemo(() => {
    if (!filing) return null;
    try {
      // A card is never older than its round: a round recorded while this page was open moves it on.
      const madeAt = Math.max(openedAt, cardRound(filing)?.startedAt ?? openedAt);
      const card = buildCardData(
        filing,
        senderProblem ? '' : sender.trim(),
        madeAt,
        'legal-representative',
        pendingRoundId,
      );
      return { card, code: encodeCard(card) };
    } catch {
      return null;
    }
  }, [filing, sender, senderProblem, openedAt, pendingRoundId]);

  const card = built?.card ?? null;
  const lines = useMemo(() => (card ? cardLines(card, openedAt, t) : []), [card, openedAt, t]);
  const titleParts = card ? shareTitle(card, openedAt) : null;
  const title = titleParts ? t(titleParts.key, titleParts.params) : '';

  const [image, setImage] = useState<string | null>(null);
  const linesKey = lines.map((line) => `${line.role}:${line.tone ?? ''}:${line.text}`).join('\n');
  useEffect(() => {
    if (!lines.length) return undefined;
    let cancelled = false;
    void renderCardImage(CARD_IMAGE_WIDTH, CARD_IMAGE_HEIGHT, paintCard(lines)).then((drawn) => {
      if (!cancelled) setImage(drawn);
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linesKey]);

  return {
    found: Boolean(filing),
    sender,
    setSender,
    senderProblem,
    card,
    code: built?.code ?? null,
    title,
    lines,
    image,
    shareMessage: () => {
      if (!card) return { title: t('app.title'), path: '/pages/progress/index' };
      const now = Date.now();
      const roundId = useAppStore.getState().openSmsRoundForCard(card.filingId, card.roundId, card.createdAt, now);
      return cardShareMessage(roundId && roundId !== card.roundId ? { ...card, roundId } : card, locale, now, image);
    },
  };
}
