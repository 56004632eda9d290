import { View, Text, Image } from '@tarojs/components';
import type { CardLine } from '@/domain/share-card-builder';

interface CardPreviewProps {
  lines: readonly CardLine[];
  image: string | null;
}

/**
 * The card as it will be shared: the drawn 5:4 image once it exists, otherwise the same
 * lines laid out as views (also what tests and screen readers see).
 */
export function CardPreview({ lines, image }: CardPreviewProps) {
  if (image) {
    return (
      <View className='share-card__preview' data-testid='card-preview'>
        <Image className='share-card__preview-img' src={image} mode='aspectFit' data-testid='card-image' />
        <View className='share-card__sr'>{lines.map((line) => line.text).join(' ')}</View>
      </View>
    );
  }
  return (
    <View className='share-card__preview share-card__preview--views' data-testid='card-preview'>
      {lines.map((line, index) => (
        <Text
          key={index}
          className={`share-card__line share-card__line--${line.role} share-card__tone--${line.tone ?? 'neutral'}`}
        >
          {line.text}
        </Text>
      ))}
    </View>
  );
}
