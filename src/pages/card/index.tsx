import { CardPage } from '@/features/share-card/card-page';

export default function Page() {
  return <CardPage />;
}
