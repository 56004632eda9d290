import { useState } from 'react';
import { View, Text, Input, Button } from '@tarojs/components';
import { FILING_NAME_MAX, normalizeFilingName } from '@/domain/filing-record';
import { useT } from '@/components/use-t';
import './name-sheet.scss';

interface NameSheetProps {
  title: string;
  hint?: string;
  initialName: string;
  submitText: string;
  /** Returns an error message to show, or null when the name was accepted. */
  onSubmit: (name: string) => string | null;
  onCancel: () => void;
}

/** A bottom sheet asking for a filing name (Taro.showModal's editable mode is missing on H5). */
export function NameSheet({ title, hint, initialName, submitText, onSubmit, onCancel }: NameSheetProps) {
  const t = useT();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    if (!normalizeFilingName(name)) {
      setError(t('sheet.name.invalid'));
      return;
    }
    setError(onSubmit(name));
  };

  return (
    <View className='name-sheet' data-testid='name-sheet'>
      <View className='name-sheet__mask' onClick={onCancel} />
      <View className='name-sheet__panel'>
        <Text className='name-sheet__title'>{title}</Text>
        {hint ? <Text className='name-sheet__hint'>{hint}</Text> : null}
        <Input
          className='name-sheet__input'
          data-testid='name-input'
          value={name}
          focus
          maxlength={FILING_NAME_MAX}
          placeholder={t('sheet.name.placeholder')}
          onInput={(e) => {
            setName(e.detail.value);
            setError(null);
          }}
          onConfirm={submit}
        />
        {error ? (
          <Text className='name-sheet__error danger-text' data-testid='name-error'>
            {error}
          </Text>
        ) : null}
        <View className='name-sheet__actions'>
          <Button className='btn btn--plain name-sheet__btn' data-testid='name-cancel' onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button className='btn name-sheet__btn' data-testid='name-submit' onClick={submit}>
            {submitText}
          </Button>
        </View>
      </View>
    </View>
  );
}
