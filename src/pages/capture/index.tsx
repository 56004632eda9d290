import '@/i18n/register-photos';
import { useRouter } from '@tarojs/taro';
import { decodeRouteParam } from '@/platform/route';
import { CapturePage } from '@/features/photos/capture-page';

export default function Page() {
  const { params } = useRouter();
  return <CapturePage filingId={decodeRouteParam(params.id)} slot={decodeRouteParam(params.slot)} />;
}
