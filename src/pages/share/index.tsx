import '@/i18n/register-share';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { SharePage } from '@/features/share-card/share-page';
import { useShareCardModel } from '@/features/share-card/use-share-card';
import { decodeRouteParam } from '@/platform/route';

export default function Page() {
  const router = useRouter();
  const id = decodeRouteParam(router.params?.id);
  const model = useShareCardModel(id);
  // A chat share only (the config enables it); Moments/timeline sharing is deliberately not offered.
  useShareAppMessage(() => model.shareMessage());
  return <SharePage model={model} />;
}
