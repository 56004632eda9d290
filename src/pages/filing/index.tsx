import { FilingPage } from '@/features/journey/filing-page';

export default function Page() {
  return <FilingPage />;
}
