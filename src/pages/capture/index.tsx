import { CapturePage } from '@/features/photos/capture-page';

export default function Page() {
  return <CapturePage />;
}
