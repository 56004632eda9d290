import '@/i18n/register-photos';
import { useRouter } from '@tarojs/taro';
import { decodeRouteParam } from '@/platform/route';
import { PhotosPage } from '@/features/photos/photos-page';

export default function Page() {
  const { params } = useRouter();
  return <PhotosPage filingId={decodeRouteParam(params.id)} focusSlot={decodeRouteParam(params.slot) || undefined} />;
}
