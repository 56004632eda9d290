import { ProfilePage } from '@/features/journey/profile-page';

export default function Page() {
  return <ProfilePage />;
}
