import '@/i18n/register-share';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { CardPage } from '@/features/share-card/card-page';
import { cardPageShareMessage } from '@/features/share-card/share-messages';
import { useLocale } from '@/components/use-t';
import { decodeRouteParam } from '@/platform/route';

export default function Page() {
  const router = useRouter();
  const params = { c: decodeRouteParam(router.params?.c), r: decodeRouteParam(router.params?.r) };
  const locale = useLocale();
  // The reply buttons are openType="share": the tapped button's id says which reply to send.
  useShareAppMessage((res) =>
    cardPageShareMessage(params, res?.target as { id?: string } | undefined, locale, Date.now()),
  );
  return <CardPage c={params.c} r={params.r} />;
}
