import { useDidShow } from '@tarojs/taro';
import { ProgressPage } from '@/features/journey/progress-page';
import { useT } from '@/components/use-t';
import { applyTabChrome } from '@/components/tab-chrome';

export default function Progress() {
  const t = useT();
  useDidShow(() => applyTabChrome(t, 'tab.progress'));
  return <ProgressPage />;
}
