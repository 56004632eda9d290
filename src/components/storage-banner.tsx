import { View, Text, Button } from '@tarojs/components';
import { useAppStore } from '@/store';
import { copyToClipboard, showToast } from '@/platform/system';
import { useT } from './use-t';
import './storage-banner.scss';

/**
 * Tells the user plainly when saved data could not be loaded (and was set aside, not
 * overwritten) or when saving failed, e.g. over the storage quota. Never swallowed.
 */
export function StorageBanner() {
  const t = useT();
  const recovery = useAppStore((s) => s.recovery);
  const writeFailure = useAppStore((s) => s.writeFailure);
  if (!recovery && !writeFailure) return null;

  const exportBackup = async () => {
    const raw = useAppStore.readBackup();
    if (raw !== null && (await copyToClipboard(raw))) showToast(t('common.copied'), 'success');
  };

  return (
    <View className='storage-banner' data-testid='storage-banner'>
      {recovery ? (
        <View className='storage-banner__item'>
          <Text className='storage-banner__title'>{t('storage.recovered.title')}</Text>
          <Text className='storage-banner__body'>
            {recovery.backupKey ? t('storage.recovered.body') : t('storage.readFailed.body')}
          </Text>
          <View className='storage-banner__actions'>
            {recovery.backupKey ? (
              <Button className='btn btn--small btn--plain' onClick={exportBackup}>
                {t('storage.recovered.export')}
              </Button>
            ) : null}
            <Button className='btn btn--small btn--danger' onClick={() => useAppStore.discardBackup()}>
              {t('storage.recovered.discard')}
            </Button>
          </View>
        </View>
      ) : null}
      {writeFailure ? (
        <View className='storage-banner__item'>
          <Text className='storage-banner__title'>{t('storage.writeFailed.title')}</Text>
          <Text className='storage-banner__body'>{t('storage.writeFailed.body')}</Text>
          <View className='storage-banner__actions'>
            <Button className='btn btn--small btn--plain' onClick={() => useAppStore.retrySave()}>
              {t('storage.retry')}
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  );
}
