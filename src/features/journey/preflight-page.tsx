import { View } from '@tarojs/components';

/** Scaffold: replaced by the journey feature. */
export function PreflightPage() {
  return <View className='page' />;
}
