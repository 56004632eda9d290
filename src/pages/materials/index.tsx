import { useDidShow } from '@tarojs/taro';
import { MaterialsTab } from '@/features/materials/materials-tab';
import { useT } from '@/components/use-t';
import { applyTabChrome } from '@/components/tab-chrome';

export default function Materials() {
  const t = useT();
  useDidShow(() => applyTabChrome(t, 'tab.materials'));
  return <MaterialsTab />;
}
