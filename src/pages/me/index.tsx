import { useDidShow } from '@tarojs/taro';
import { MePage } from '@/features/settings/me-page';
import { useT } from '@/components/use-t';
import { applyTabChrome } from '@/components/tab-chrome';

export default function Me() {
  const t = useT();
  useDidShow(() => applyTabChrome(t, 'tab.me'));
  return <MePage onLocaleChanged={(nextT) => applyTabChrome(nextT, 'tab.me')} />;
}
