import { View } from '@tarojs/components';

/** Scaffold: replaced by the photos feature. */
export function PhotosPage() {
  return <View className='page' />;
}
