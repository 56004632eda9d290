import { Children, isValidElement, useState, type ReactNode } from 'react';
import { View, Text, Input, Textarea, Picker, Switch } from '@tarojs/components';
import { useT } from '@/components/use-t';
import type { ProfileFieldPath } from '@/domain/profile-fields';

interface RowProps {
  path: string;
  label: string;
  error?: string | null;
  /** A warning that does not block (orange). */
  warning?: string | null;
  highlighted?: boolean;
  aside?: ReactNode;
  children: ReactNode;
}

/** The element id of a field's row, for scrolling to it ('a.b' → 'field-a-b'; ids take no dots). */
export function fieldElementId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}

/** One labelled field of the profile form with its live message. */
export function FieldRow({ path, label, error, warning, highlighted, aside, children }: RowProps) {
  // Guide notes go below the live message, so the message sits right under its input.
  const all = Children.toArray(children);
  const notes = all.filter((child) => isValidElement(child) && child.type === Note);
  const inputs = all.filter((child) => !(isValidElement(child) && child.type === Note));
  return (
    <View
      id={fieldElementId(path)}
      className={`pf-row${highlighted ? ' pf-row--highlight' : ''}${error ? ' pf-row--error' : ''}`}
      data-testid={`row-${path}`}
    >
      <View className='pf-row__label-line'>
        <Text className='pf-row__label'>{label}</Text>
        {aside}
      </View>
      {inputs}
      {error ? (
        <Text className='pf-row__error' data-testid={`error-${path}`}>
          {error}
        </Text>
      ) : warning ? (
        <Text className='pf-row__warning' data-testid={`error-${path}`}>
          {warning}
        </Text>
      ) : null}
      {notes}
    </View>
  );
}

interface TextInputProps {
  path: ProfileFieldPath;
  value: string;
  placeholder: string;
  type?: 'text' | 'number' | 'idcard';
  maxlength?: number;
  onChange: (value: string) => void;
  onBlur?: () => void;
}

export function TextInput({
  path,
  value,
  placeholder,
  type = 'text',
  maxlength = 140,
  onChange,
  onBlur,
}: TextInputProps) {
  return (
    <Input
      className='pf-input'
      data-testid={`input-${path}`}
      type={type}
      value={value}
      maxlength={maxlength}
      placeholder={placeholder}
      placeholderClass='pf-placeholder'
      onInput={(e) => onChange(e.detail.value)}
      onBlur={onBlur}
    />
  );
}

interface MaskedInputProps extends TextInputProps {
  mask: (value: string) => string;
}

/** An identifier shown masked once entered (on blur); tapping Show reveals it for editing. */
export function MaskedInput({ mask, ...props }: MaskedInputProps) {
  const t = useT();
  const [editing, setEditing] = useState(props.value.trim() === '');
  if (!editing && props.value.trim() !== '') {
    return (
      <View className='pf-masked' data-testid={`masked-${props.path}`} onClick={() => setEditing(true)}>
        <Text className='pf-masked__value'>{mask(props.value)}</Text>
        <Text className='pf-masked__reveal' data-testid={`reveal-${props.path}`}>
          {t('profile.reveal')}
        </Text>
      </View>
    );
  }
  return (
    <Input
      className='pf-input pf-input--code'
      data-testid={`input-${props.path}`}
      type={props.type ?? 'text'}
      value={props.value}
      focus={props.value.trim() !== ''}
      maxlength={props.maxlength ?? 30}
      placeholder={props.placeholder}
      placeholderClass='pf-placeholder'
      onInput={(e) => props.onChange(e.detail.value)}
      onBlur={() => {
        setEditing(false);
        props.onBlur?.();
      }}
    />
  );
}

export function TextArea({ path, value, placeholder, maxlength, onChange, onBlur }: TextInputProps) {
  return (
    <Textarea
      className='pf-textarea'
      data-testid={`input-${path}`}
      value={value}
      maxlength={maxlength ?? 400}
      autoHeight
      placeholder={placeholder}
      placeholderClass='pf-placeholder'
      onInput={(e) => onChange(e.detail.value)}
      onBlur={onBlur}
    />
  );
}

interface SelectProps {
  path: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
}

/** A picker over labelled options; shows the chosen label or a placeholder. */
export function Select({ path, options, value, placeholder, onChange }: SelectProps) {
  const index = options.findIndex((o) => o.value === value);
  const chosenOption = options[index];
  return (
    <Picker
      mode='selector'
      data-testid={`picker-${path}`}
      range={options.map((o) => o.label)}
      value={index < 0 ? 0 : index}
      onChange={(e) => {
        const chosen = options[Number(e.detail.value)];
        if (chosen) onChange(chosen.value);
      }}
    >
      <View className='pf-select'>
        <Text className={index < 0 ? 'pf-select__placeholder' : 'pf-select__value'}>
          {chosenOption ? chosenOption.label : placeholder}
        </Text>
        <View className='pf-select__arrow' />
      </View>
    </Picker>
  );
}

export function DateInput({
  path,
  value,
  placeholder,
  onChange,
}: {
  path: string;
  value: string;
  placeholder: string;
  onChange: (v: string) => void;
}) {
  return (
    <Picker
      mode='date'
      data-testid={`picker-${path}`}
      value={value}
      start='1990-01-01'
      end='2100-12-31'
      onChange={(e) => onChange(String(e.detail.value))}
    >
      <View className='pf-select'>
        <Text className={value ? 'pf-select__value' : 'pf-select__placeholder'}>{value || placeholder}</Text>
        <View className='pf-select__arrow' />
      </View>
    </Picker>
  );
}

export function SwitchRow({
  path,
  label,
  checked,
  onChange,
}: {
  path: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <View className='pf-switch' data-testid={`row-${path}`} id={fieldElementId(path)}>
      <Text className='pf-switch__label'>{label}</Text>
      <Switch
        data-testid={`switch-${path}`}
        checked={checked}
        color='#07c160'
        onChange={(e) => onChange(Boolean(e.detail.value))}
      />
    </View>
  );
}

/** Two or more mutually exclusive choices shown side by side. */
export function Segments({
  path,
  options,
  value,
  onChange,
}: {
  path: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <View className='pf-segments'>
      {options.map((o) => (
        <Text
          key={o.value}
          className={`pf-segments__item${o.value === value ? ' pf-segments__item--on' : ''}`}
          data-testid={`choose-${path}-${o.value}`}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </Text>
      ))}
    </View>
  );
}

interface TagsProps {
  path: ProfileFieldPath;
  tags: string[];
  max?: number;
  placeholder: string;
  onChange: (tags: string[]) => void;
  onFull?: () => void;
}

/** A short list of labels: type one and add it, tap a label's cross to remove it. */
export function TagsInput({ path, tags, max, placeholder, onChange, onFull }: TagsProps) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim();
    if (!tag) return;
    if (max !== undefined && tags.length >= max) {
      onFull?.();
      return;
    }
    if (!tags.includes(tag)) onChange([...tags, tag]);
    setDraft('');
  };
  return (
    <View className='pf-tags'>
      {tags.length > 0 ? (
        <View className='pf-tags__list'>
          {tags.map((tag) => (
            <View key={tag} className='pf-tags__tag'>
              <Text>{tag}</Text>
              <Text
                className='pf-tags__remove'
                data-testid={`remove-${path}-${tag}`}
                aria-label={t('profile.removeTag')}
                onClick={() => onChange(tags.filter((x) => x !== tag))}
              >
                ×
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      <View className='pf-tags__add'>
        <Input
          className='pf-input pf-tags__input'
          data-testid={`input-${path}`}
          value={draft}
          maxlength={30}
          placeholder={placeholder}
          placeholderClass='pf-placeholder'
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={add}
        />
        <Text className='pf-tags__button' data-testid={`add-${path}`} onClick={add}>
          {t('profile.addTag')}
        </Text>
      </View>
    </View>
  );
}

/** A guide note in place (grey) or a warning (orange). */
export function Note({ text, tone = 'info', testId }: { text: string; tone?: 'info' | 'warn'; testId?: string }) {
  return (
    <View className={`pf-note pf-note--${tone}`} data-testid={testId}>
      <Text>{text}</Text>
    </View>
  );
}

/** Several independent choices shown as chips; tapping one toggles it. */
export function MultiChoice({
  path,
  options,
  values,
  onToggle,
}: {
  path: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  values: readonly string[];
  onToggle: (value: string) => void;
}) {
  return (
    <View className='pf-segments pf-segments--wrap'>
      {options.map((o) => {
        const on = values.includes(o.value);
        return (
          <Text
            key={o.value}
            className={`pf-segments__item${on ? ' pf-segments__item--on' : ''}`}
            data-testid={`toggle-${path}-${o.value}`}
            aria-checked={on}
            onClick={() => onToggle(o.value)}
          >
            {o.label}
          </Text>
        );
      })}
    </View>
  );
}
