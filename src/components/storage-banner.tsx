import { View, Text, Button } from '@tarojs/components';
import { STORAGE_LOG_LIMITS } from '@/domain/record-limits';
import { useAppStore } from '@/store';
import { storageNearlyFull } from '@/store/health-slice';
import { confirmModal, showToast } from '@/platform/system';
import { RawExport } from './raw-export';
import { sizeText, sourceText } from './save-feedback';
import { useT } from './use-t';
import './storage-banner.scss';

function whenText(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Tells the user plainly, on every page, about saved data that could not be used (kept aside,
 * never overwritten, shown at every launch until resolved), changes that were not saved, and
 * storage that is nearly full. Never swallowed, never "saved" when it was not.
 */
export function StorageBanner() {
  const t = useT();
  const recovery = useAppStore((s) => s.recovery);
  const unreadable = useAppStore((s) => s.unreadableFilings);
  const unsaved = useAppStore((s) => s.unsaved);
  const [firstUnsaved] = unsaved;
  const use = useAppStore((s) => s.storageUse);
  const nearlyFull = storageNearlyFull(use);
  if (!recovery && unreadable.length === 0 && unsaved.length === 0 && !nearlyFull) return null;

  const kept = recovery?.kept ?? [];
  const pending = recovery?.pending ?? [];
  const hasRaw = kept.length > 0 || unreadable.length > 0;

  const discard = async (key: string) => {
    const sure = await confirmModal({
      title: t('storage.discard.title'),
      content: t('storage.discard.body'),
      confirmText: t('storage.discard'),
      cancelText: t('common.cancel'),
      danger: true,
    });
    if (sure && !useAppStore.discardKept(key)) showToast(t('storage.discard.failed'));
  };

  const reload = () => {
    if (!useAppStore.reload()) showToast(t('storage.reload.failed'));
  };

  const retry = () => {
    if (useAppStore.retrySave().ok) showToast(t('storage.retry.done'), 'success');
  };

  const oldest = [...kept].sort((a, b) => a.at - b.at)[0];

  return (
    <View className='storage-banner' data-testid='storage-banner'>
      {recovery?.heldAll ? (
        <View className='storage-banner__item storage-banner__item--danger' data-testid='storage-held'>
          <Text className='storage-banner__title'>{t('storage.recovered.title')}</Text>
          <Text className='storage-banner__body'>{t(`storage.heldAll.${recovery.heldAll}`)}</Text>
          {recovery.heldAll !== 'future-version' ? (
            <View className='storage-banner__actions'>
              <Button className='btn btn--small' data-testid='storage-reload' onClick={reload}>
                {t('storage.reload')}
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}

      {hasRaw ? (
        <View className='storage-banner__item' data-testid='storage-kept'>
          <Text className='storage-banner__title'>{t('storage.recovered.title')}</Text>
          <Text className='storage-banner__body'>{t('storage.kept.body', { n: kept.length + unreadable.length })}</Text>
          {kept.map((k) => (
            <View className='storage-banner__row' key={k.key}>
              <Text className='storage-banner__line'>
                {t('storage.kept.item', {
                  what: sourceText(t, k.source),
                  reason: t(`storage.reason.${k.reason}`),
                  when: k.at ? whenText(k.at) : t('storage.kept.whenUnknown'),
                })}
              </Text>
              <Text
                className='storage-banner__link'
                data-testid={`storage-discard-${k.key}`}
                onClick={() => void discard(k.key)}
              >
                {t('storage.discard')}
              </Text>
            </View>
          ))}
          {unreadable.map((u) => (
            <Text className='storage-banner__line' key={u.key}>
              {t('storage.kept.item', {
                what: sourceText(t, u.key),
                reason: t(`storage.reason.${u.reason}`),
                when: t('storage.kept.whenUnknown'),
              })}
            </Text>
          ))}
          {pending.length > 0 ? (
            <View className='storage-banner__pending'>
              <Text className='storage-banner__body'>
                {t('storage.pending.body', {
                  n: pending.length,
                  max: STORAGE_LOG_LIMITS.unreadableGenerations,
                  size: sizeText(t, STORAGE_LOG_LIMITS.unreadableBytes),
                  when: oldest?.at ? whenText(oldest.at) : t('storage.kept.whenUnknown'),
                })}
              </Text>
              {oldest ? (
                <Button
                  className='btn btn--small btn--danger'
                  data-testid='storage-drop-oldest'
                  onClick={() => void discard(oldest.key)}
                >
                  {t('storage.pending.dropOldest')}
                </Button>
              ) : null}
            </View>
          ) : null}
          <View className='storage-banner__actions'>
            <RawExport />
          </View>
        </View>
      ) : null}

      {firstUnsaved ? (
        <View className='storage-banner__item storage-banner__item--danger' data-testid='storage-unsaved'>
          <Text className='storage-banner__title'>{t('storage.unsaved.title')}</Text>
          <Text className='storage-banner__body'>{t(`storage.unsaved.${firstUnsaved.reason}`)}</Text>
          {unsaved.some((f) => f.reason !== 'held') ? (
            <View className='storage-banner__actions'>
              <Button className='btn btn--small btn--plain' data-testid='storage-retry' onClick={retry}>
                {t('storage.retry')}
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}

      {nearlyFull && use ? (
        <View className='storage-banner__item' data-testid='storage-nearly-full'>
          <Text className='storage-banner__title'>{t('storage.nearlyFull.title')}</Text>
          <Text className='storage-banner__body'>
            {t('storage.nearlyFull.body', {
              used: sizeText(t, use.usedKB * 1024),
              limit: sizeText(t, use.limitKB * 1024),
            })}
          </Text>
        </View>
      ) : null}
    </View>
  );
}
