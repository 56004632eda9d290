import { SharePage } from '@/features/share-card/share-page';

export default function Page() {
  return <SharePage />;
}
