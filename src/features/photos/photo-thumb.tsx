import { View, Image, Text } from '@tarojs/components';
import './photos.scss';

interface PhotoThumbProps {
  /** Thumbnail URL (a small JPEG), or null while loading / when there is no photo. */
  url: string | null;
  /** Width:height of the document, for the empty frame. */
  aspect: number;
  /** Text in the empty frame, e.g. "Not taken" or "Photo missing, retake". */
  placeholder?: string;
  tone?: 'plain' | 'danger';
  onClick?: () => void;
  testId?: string;
}

/**
 * A slot's picture in a 240-design-px box. The image bound here is the 220-px thumbnail file
 * (THUMB_LONG_SIDE), never the original.
 */
export function PhotoThumb({ url, aspect, placeholder, tone = 'plain', onClick, testId }: PhotoThumbProps) {
  const landscape = aspect >= 1;
  const box = landscape ? 'photo-thumb--landscape' : 'photo-thumb--portrait';
  return (
    <View className={`photo-thumb ${box} photo-thumb--${url ? 'filled' : tone}`} onClick={onClick} data-testid={testId}>
      {url ? (
        <Image
          className='photo-thumb__img'
          src={url}
          mode='aspectFit'
          data-testid={testId ? `${testId}-img` : undefined}
        />
      ) : (
        <Text className='photo-thumb__placeholder'>{placeholder ?? ''}</Text>
      )}
    </View>
  );
}
