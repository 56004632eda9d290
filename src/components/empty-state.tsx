import { View, Text, Button, Image } from '@tarojs/components';
import './empty-state.scss';

interface EmptyStateProps {
  /** Image source of a small illustration (an imported PNG). */
  icon: string;
  title: string;
  body: string;
  actionText?: string;
  onAction?: () => void;
}

/** A real empty state: what will be here and the one action that gets the user there. */
export function EmptyState({ icon, title, body, actionText, onAction }: EmptyStateProps) {
  return (
    <View className='empty-state'>
      <View className='empty-state__icon'>
        <Image className='empty-state__img' src={icon} />
      </View>
      <Text className='empty-state__title'>{title}</Text>
      <Text className='empty-state__body'>{body}</Text>
      {actionText && onAction ? (
        <Button className='btn empty-state__action' onClick={onAction} data-testid='empty-action'>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}
