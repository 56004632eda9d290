import type { PropsWithChildren } from 'react';
import { useDidHide, useLaunch } from '@tarojs/taro';
import { installPrivacyListener } from '@/platform/privacy';
import { sweepPhotoFilesOnce } from '@/features/photos';
import { flushSaves } from '@/store';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyListener();
    // Files left by a save that was killed half-way (file written, reference not) go now, but
    // only after a clean launch (the sweep checks) and only once old enough.
    void sweepPhotoFilesOnce();
  });
  // The app going to the background may be the last chance to write coalesced typing.
  useDidHide(flushSaves);
  return children;
}

export default App;
