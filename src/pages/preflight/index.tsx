import '@/i18n/register-filing-rules';
import { useRouter } from '@tarojs/taro';
import { PreflightPage } from '@/features/journey/preflight-page';
import { decodeRouteParam } from '@/platform/route';

export default function Page() {
  const { params } = useRouter();
  return <PreflightPage id={decodeRouteParam(params.id)} />;
}
