import '@/i18n/register-filing-rules';
import '@/i18n/register-sms';
import '@/i18n/register-countdown-cards';
import { useState } from 'react';
import { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { flushSaves } from '@/store';
import { SmsPage } from '@/features/countdowns/sms-page';
import { decodeRouteParam } from '@/platform/route';

export default function Page() {
  const { params } = useRouter();
  const [visible, setVisible] = useState(true);
  // The countdown ticks only while this page is in front; on show it recomputes from stored deadlines.
  useDidShow(() => setVisible(true));
  useDidHide(() => {
    setVisible(false);
    flushSaves();
  });
  return <SmsPage filingId={decodeRouteParam(params.id)} visible={visible} />;
}
