import { View } from '@tarojs/components';

/** Scaffold: replaced by the journey feature. */
export function ProfilePage() {
  return <View className='page' />;
}
