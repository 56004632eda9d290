import { View, Text, Button } from '@tarojs/components';
import { useT } from '@/components/use-t';
import type { LinkShare } from '@/platform/share';

interface ShareLinkBoxProps {
  link: LinkShare;
  onCopyAgain: () => void;
}

/** Browser build: the copied link, shown so it can be opened in another browser. */
export function ShareLinkBox({ link, onCopyAgain }: ShareLinkBoxProps) {
  const t = useT();
  return (
    <View className='card share-card__link' data-testid='share-link-box'>
      <Text className='share-card__link-title'>{link.copied ? t('share.link.title') : t('share.link.copyFailed')}</Text>
      {link.copied ? <Text className='muted'>{t('share.link.body')}</Text> : null}
      <Text className='share-card__link-url' data-testid='share-link' selectable userSelect>
        {link.url}
      </Text>
      <Button className='btn btn--plain btn--small share-card__link-copy' onClick={onCopyAgain}>
        {t('share.link.copyAgain')}
      </Button>
    </View>
  );
}
