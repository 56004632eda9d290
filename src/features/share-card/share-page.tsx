import { View } from '@tarojs/components';

/** Scaffold: replaced by the share-card feature. */
export function SharePage() {
  return <View className='page' />;
}
