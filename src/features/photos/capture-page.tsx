import { View } from '@tarojs/components';

/** Scaffold: replaced by the photos feature. */
export function CapturePage() {
  return <View className='page' />;
}
