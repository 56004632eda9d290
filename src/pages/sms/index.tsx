import { SmsPage } from '@/features/countdowns/sms-page';

export default function Page() {
  return <SmsPage />;
}
