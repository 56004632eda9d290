import progressIcon from '@/assets/tab/progress-active.png';
import { View } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import { useT } from '@/components/use-t';
import { switchTab } from '@/platform/system';
import { routes } from './routes';

/** Shown instead of a page whose filing id is unknown: a deleted filing or a stale link. */
export function MissingFiling() {
  const t = useT();
  return (
    <View className='page' data-testid='missing-filing'>
      <EmptyState
        icon={progressIcon}
        title={t('filing.missing.title')}
        body={t('filing.missing.body')}
        actionText={t('filing.missing.back')}
        onAction={() => switchTab(routes.progress)}
      />
    </View>
  );
}
