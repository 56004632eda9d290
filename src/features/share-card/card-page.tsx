import { View } from '@tarojs/components';

/** Scaffold: replaced by the share-card feature. */
export function CardPage() {
  return <View className='page' />;
}
