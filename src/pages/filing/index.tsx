import { useRouter } from '@tarojs/taro';
import { FilingPage } from '@/features/journey/filing-page';
import { decodeRouteParam } from '@/platform/route';

export default function Page() {
  const { params } = useRouter();
  return <FilingPage id={decodeRouteParam(params.id)} />;
}
