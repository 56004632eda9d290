import '@/i18n/register-filing-rules';
import { useDidHide, useRouter, useUnload } from '@tarojs/taro';
import { ProfilePage } from '@/features/journey/profile-page';
import { decodeRouteParam } from '@/platform/route';
import { flushSaves } from '@/store';

export default function Page() {
  const { params } = useRouter();
  // Typing is coalesced; leaving the page (or the app) writes it at once.
  useDidHide(flushSaves);
  useUnload(flushSaves);
  const field = decodeRouteParam(params.field);
  return <ProfilePage id={decodeRouteParam(params.id)} field={field || undefined} />;
}
