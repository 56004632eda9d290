import { View, Text, Button } from '@tarojs/components';
import { useT } from '@/components/use-t';
import { openSettings } from '@/platform/system';

/** What happened when camera or album access is off, and the way to turn it back on. */
export function DeniedNotice({ what }: { what: 'camera' | 'album' }) {
  const t = useT();
  return (
    <View className='photo-notice' data-testid={`denied-${what}`}>
      <Text className='photo-notice__title'>
        {t(what === 'camera' ? 'photos.denied.camera.title' : 'photos.denied.album.title')}
      </Text>
      <Text className='photo-notice__body'>
        {t(what === 'camera' ? 'photos.denied.camera.body' : 'photos.denied.album.body')}
      </Text>
      <Button className='btn' data-testid='open-settings' onClick={openSettings}>
        {t('photos.denied.openSettings')}
      </Button>
    </View>
  );
}
