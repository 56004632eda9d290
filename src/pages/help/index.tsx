import '@/i18n/register-filing-rules';
import '@/i18n/register-help';
import { useRouter } from '@tarojs/taro';
import { HelpPage } from '@/features/journey/help-page';
import { decodeRouteParam } from '@/platform/route';

export default function Page() {
  const { params } = useRouter();
  return <HelpPage id={decodeRouteParam(params.id)} />;
}
