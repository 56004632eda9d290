import { View } from '@tarojs/components';

/** Scaffold: replaced by the journey feature. */
export function HelpPage() {
  return <View className='page' />;
}
