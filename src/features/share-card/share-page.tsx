import { useEffect, useState } from 'react';
import { View, Text, Button, Input } from '@tarojs/components';
import { useT } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { SENDER_NAME_MAX_CHARS } from '@/domain/share-card-builder';
import { SHARE_BUTTON_OPEN_TYPE, shareLink, type LinkShare } from '@/platform/share';
import { POSTER_SAVES_TO_ALBUM, savePoster } from '@/platform/card-canvas';
import { offerSettings, setNavigationTitle, showToast } from '@/platform/system';
import { CardPreview } from './card-preview';
import { ShareLinkBox } from './share-link-box';
import type { ShareCardModel } from './use-share-card';
import './share-card.scss';

/** Only a real `disabled`: the browser build renders disabled={false} as a [disabled] attribute. */
function disabledUnless(enabled: boolean): { disabled?: true } {
  return enabled ? {} : { disabled: true };
}

interface SharePageProps {
  model: ShareCardModel;
}

/**
 * "Send checklist to legal representative": preview of the card, the sender's display name,
 * the share button (WeChat chat on weapp, copy link in the browser) and the poster.
 */
export function SharePage({ model }: SharePageProps) {
  const t = useT();
  const [link, setLink] = useState<LinkShare | null>(null);
  useEffect(() => setNavigationTitle(t('share.page.title')), [t]);
  // A changed display name makes a different card, so an earlier link is out of date.
  useEffect(() => setLink(null), [model.code]);

  if (!model.found) {
    return (
      <View className='page share-card'>
        <View className='share-card__notice' data-testid='share-no-filing'>
          <View className='share-card__notice-mark share-card__notice-mark--warn' />
          <Text className='share-card__notice-title'>{t('share.page.noFiling.title')}</Text>
          <Text className='share-card__notice-body'>{t('share.page.noFiling.body')}</Text>
        </View>
        <PrivacySheet />
      </View>
    );
  }

  const send = async () => {
    if (!model.code) return;
    const shared = await shareLink(model.shareMessage().path);
    if (shared) setLink(shared);
  };

  const poster = async () => {
    if (!model.image) {
      showToast(t('share.poster.notReady'));
      return;
    }
    const result = await savePoster(model.image);
    if (result === 'saved')
      showToast(t(POSTER_SAVES_TO_ALBUM ? 'share.poster.saved' : 'share.poster.downloaded'), 'success');
    else if (result === 'denied') {
      offerSettings({
        title: t('share.poster.denied.title'),
        content: t('share.poster.denied.body'),
        confirmText: t('share.poster.denied.open'),
        cancelText: t('common.cancel'),
      });
    } else if (result === 'failed') showToast(t('share.poster.failed'));
  };

  return (
    <View className='page share-card'>
      <StorageBanner />
      <View className='section-title'>{t('share.page.previewTitle')}</View>
      {model.card ? (
        <>
          <CardPreview lines={model.lines} image={model.image} />
          <View className='group'>
            <View className='cell share-card__title-cell'>
              <Text className='share-card__cell-label'>{t('share.page.shareTitleLabel')}</Text>
              <Text className='share-card__title-value' data-testid='share-title'>
                {model.title}
              </Text>
            </View>
          </View>
        </>
      ) : (
        <View className='card'>
          <Text className='warn-text' data-testid='share-cannot-build'>
            {t('share.page.cannotBuild')}
          </Text>
        </View>
      )}

      <View className='section-title'>{t('share.page.senderLabel')}</View>
      <View className='group'>
        <View className='cell'>
          <Input
            className='share-card__input'
            data-testid='sender-input'
            value={model.sender}
            maxlength={SENDER_NAME_MAX_CHARS + 4}
            placeholder={t('share.page.senderPlaceholder')}
            onInput={(e) => model.setSender(e.detail.value)}
          />
        </View>
      </View>
      <Text className={`share-card__hint ${model.senderProblem ? 'danger-text' : 'muted'}`} data-testid='sender-hint'>
        {model.senderProblem ? t(`share.page.senderProblem.${model.senderProblem}`) : t('share.page.senderHint')}
      </Text>

      <Button
        className='btn'
        data-testid='share-send'
        openType={SHARE_BUTTON_OPEN_TYPE}
        {...disabledUnless(Boolean(model.code))}
        onClick={send}
      >
        {t('share.page.send')}
      </Button>
      {link ? <ShareLinkBox link={link} onCopyAgain={send} /> : null}
      <Button
        className='btn btn--plain'
        data-testid='share-poster'
        {...disabledUnless(Boolean(model.card))}
        onClick={poster}
      >
        {t(POSTER_SAVES_TO_ALBUM ? 'share.page.poster' : 'share.page.posterH5')}
      </Button>
      <Text className='share-card__privacy muted small'>{t('share.page.privacy')}</Text>
      <PrivacySheet />
    </View>
  );
}
