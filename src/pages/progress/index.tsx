import { useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { flushSaves } from '@/store';
import { ProgressPage } from '@/features/journey/progress-page';
import { CountdownVisibility } from '@/features/countdowns';
import { useT } from '@/components/use-t';
import { applyTabChrome } from '@/components/tab-chrome';

export default function Progress() {
  const t = useT();
  // Countdowns on the cards stop ticking while another tab or page is in front.
  const [visible, setVisible] = useState(true);
  useDidShow(() => {
    setVisible(true);
    applyTabChrome(t, 'tab.progress');
  });
  useDidHide(() => {
    setVisible(false);
    flushSaves();
  });
  return (
    <CountdownVisibility visible={visible}>
      <ProgressPage />
    </CountdownVisibility>
  );
}
