import { View } from '@tarojs/components';

/** Scaffold: replaced by the countdowns feature. */
export function SmsPage() {
  return <View className='page' />;
}
