import { View, Text, Button } from '@tarojs/components';
import { useAppStore } from '@/store';
import type { UnreadableFiling } from '@/store/loader';
import { useT } from '@/components/use-t';
import { RawExport } from '@/components/raw-export';
import { sizeText } from '@/components/save-feedback';
import { confirmModal, showToast } from '@/platform/system';

/**
 * A filing whose stored record cannot be read. It stays listed (never silently gone), its raw
 * data can be exported, and it is deleted only when the user chooses to, after a warning.
 */
export function UnreadableCard({ entry }: { entry: UnreadableFiling }) {
  const t = useT();
  const remove = async () => {
    const sure = await confirmModal({
      title: t('storage.discard.title'),
      content: t('storage.discard.body'),
      confirmText: t('common.delete'),
      cancelText: t('common.cancel'),
      danger: true,
    });
    if (sure && !useAppStore.discardUnreadableFiling(entry.id)) showToast(t('storage.discard.failed'));
  };
  return (
    <View className='filing-card filing-card--unreadable' data-testid={`unreadable-${entry.id}`}>
      <View className='filing-card__main'>
        <Text className='filing-card__name'>{t('storage.unreadable.title')}</Text>
        <Text className='filing-card__subtitle'>
          {t('storage.unreadable.body', {
            size: entry.bytes ? sizeText(t, entry.bytes) : '—',
            reason: t(`storage.reason.${entry.reason}`),
          })}
        </Text>
        <View className='filing-card__unreadable-actions'>
          <RawExport />
          {entry.reason !== 'read-failed' ? (
            <Button
              className='btn btn--small btn--danger'
              data-testid='unreadable-delete'
              onClick={() => void remove()}
            >
              {t('storage.unreadable.delete')}
            </Button>
          ) : null}
        </View>
      </View>
    </View>
  );
}
