import { PreflightPage } from '@/features/journey/preflight-page';

export default function Page() {
  return <PreflightPage />;
}
