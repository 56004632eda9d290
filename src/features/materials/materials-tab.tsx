import materialsIcon from '@/assets/tab/materials-active.png';
import { View } from '@tarojs/components';
import { useT } from '@/components/use-t';
import { EmptyState } from '@/components/empty-state';
import { PrivacySheet } from '@/components/privacy-sheet';
import { switchTab } from '@/platform/system';

export function MaterialsTab() {
  const t = useT();
  return (
    <View className='page'>
      <EmptyState
        icon={materialsIcon}
        title={t('materials.empty.title')}
        body={t('materials.empty.body')}
        actionText={t('materials.empty.action')}
        onAction={() => switchTab('/pages/progress/index')}
      />
      <PrivacySheet />
    </View>
  );
}
