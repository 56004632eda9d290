import { useRouter } from '@tarojs/taro';
import { ProfilePage } from '@/features/journey/profile-page';
import { decodeRouteParam } from '@/platform/route';

export default function Page() {
  const { params } = useRouter();
  const field = decodeRouteParam(params.field);
  return <ProfilePage id={decodeRouteParam(params.id)} field={field || undefined} />;
}
