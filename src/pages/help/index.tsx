import { HelpPage } from '@/features/journey/help-page';

export default function Page() {
  return <HelpPage />;
}
