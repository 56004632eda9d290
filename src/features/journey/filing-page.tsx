import { View } from '@tarojs/components';

/** Scaffold: replaced by the journey feature. */
export function FilingPage() {
  return <View className='page' />;
}
