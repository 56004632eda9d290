import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { installPrivacyListener } from '@/platform/privacy';
import { sweepPhotoFilesOnce } from '@/features/photos';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyListener();
    // Files left by a save that was killed half-way (file written, reference not) go now.
    void sweepPhotoFilesOnce();
  });
  return children;
}

export default App;
