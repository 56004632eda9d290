import { PhotosPage } from '@/features/photos/photos-page';

export default function Page() {
  return <PhotosPage />;
}
