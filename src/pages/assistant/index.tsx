import '@/i18n/register-filing-rules';
import '@/i18n/register-form-assistant';
import { useDidHide, useRouter, useUnload } from '@tarojs/taro';
import { AssistantPage } from '@/features/form-assistant/assistant-page';
import { problemText } from '@/features/journey/problem-text';
import { decodeRouteParam } from '@/platform/route';
import { flushSaves } from '@/store';

export default function Page() {
  const { params } = useRouter();
  // The description typed here is coalesced; leaving the page (or the app) writes it at once.
  useDidHide(flushSaves);
  useUnload(flushSaves);
  // The pre-flight's sentences come from the journey (problem-text.ts), wired in here.
  return <AssistantPage id={decodeRouteParam(params.id)} describe={problemText} />;
}
