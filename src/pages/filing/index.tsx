import '@/i18n/register-filing-rules';
import '@/i18n/register-filing-page';
import '@/i18n/register-countdown-cards';
import { useDidHide, useRouter, useUnload } from '@tarojs/taro';
import { FilingPage } from '@/features/journey/filing-page';
import { decodeRouteParam } from '@/platform/route';
import { flushSaves } from '@/store';

export default function Page() {
  const { params } = useRouter();
  // Notes typed here are coalesced; leaving the page (or the app) writes them at once.
  useDidHide(flushSaves);
  useUnload(flushSaves);
  return <FilingPage id={decodeRouteParam(params.id)} />;
}
