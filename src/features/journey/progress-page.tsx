import progressIcon from '@/assets/tab/progress-active.png';
import { View } from '@tarojs/components';
import { useT } from '@/components/use-t';
import { EmptyState } from '@/components/empty-state';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';

export function ProgressPage() {
  const t = useT();
  return (
    <View className='page'>
      <StorageBanner />
      <EmptyState icon={progressIcon} title={t('progress.empty.title')} body={t('progress.empty.body')} />
      <PrivacySheet />
    </View>
  );
}
