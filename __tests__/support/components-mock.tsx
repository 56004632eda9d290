/**
 * Hand mock of @tarojs/components for jsdom page tests: View→div, Text→span, Button→button,
 * Image→img, Input→input, etc. Passes className, onClick, data-* and test ids through.
 */
import React from 'react';
import { wxFake } from './taro-mock';

type AnyProps = Record<string, unknown> & { children?: React.ReactNode };

function passThrough(props: AnyProps) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (
      key === 'className' ||
      key === 'id' ||
      key === 'style' ||
      key === 'onClick' ||
      key.startsWith('data-') ||
      key === 'role'
    )
      out[key] = value;
  }
  return out;
}

const make = (tag: string) =>
  function Mock(props: AnyProps) {
    return React.createElement(tag, passThrough(props), props.children);
  };

export const View = make('div');
export const Text = make('span');
export const ScrollView = make('div');
export const Label = make('label');
export const CustomWrapper = make('div');
export const Canvas = make('canvas');
export const Camera = make('div');
export const Form = make('form');
export const Navigator = make('a');

/** A tap on an open-type button fires its WeChat callback, as the real button does after consent. */
export function Button(props: AnyProps) {
  const onClick = () => {
    (props.onClick as (() => void) | undefined)?.();
    if (props.openType === 'agreePrivacyAuthorization') {
      // WeChat checks that this button was tapped before it accepts the "agree" (rule privacy-agree-button).
      wxFake.privacy.tapAgreeButton(String(props.id ?? ''));
      (props.onAgreePrivacyAuthorization as (() => void) | undefined)?.();
    }
  };
  return React.createElement(
    'button',
    { ...passThrough(props), onClick, disabled: props.disabled as boolean, 'data-open-type': props.openType as string },
    props.children,
  );
}

export function Image(props: AnyProps) {
  return React.createElement('img', { ...passThrough(props), src: props.src as string, alt: '' });
}

/** Taro inputs report `{ detail: { value } }`; the mock adapts React's change event to that. */
export function Input(props: AnyProps) {
  const onInput = props.onInput as ((e: { detail: { value: string } }) => void) | undefined;
  const onBlur = props.onBlur as ((e: { detail: { value: string } }) => void) | undefined;
  return React.createElement('input', {
    ...passThrough(props),
    value: (props.value as string) ?? '',
    placeholder: props.placeholder as string,
    maxLength: props.maxlength as number,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onInput?.({ detail: { value: e.target.value } }),
    onBlur: (e: React.FocusEvent<HTMLInputElement>) => onBlur?.({ detail: { value: e.target.value } }),
  });
}

export function Textarea(props: AnyProps) {
  const onInput = props.onInput as ((e: { detail: { value: string } }) => void) | undefined;
  return React.createElement('textarea', {
    ...passThrough(props),
    value: (props.value as string) ?? '',
    placeholder: props.placeholder as string,
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => onInput?.({ detail: { value: e.target.value } }),
  });
}

export function Switch(props: AnyProps) {
  const onChange = props.onChange as ((e: { detail: { value: boolean } }) => void) | undefined;
  return React.createElement('input', {
    ...passThrough(props),
    type: 'checkbox',
    checked: Boolean(props.checked),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange?.({ detail: { value: e.target.checked } }),
  });
}

/** Picker: renders its children and a hidden select so tests can pick by index. */
export function Picker(props: AnyProps) {
  const onChange = props.onChange as ((e: { detail: { value: string | number } }) => void) | undefined;
  if (props.mode === 'time') {
    // mode="time" reports 'HH:mm'; a hidden input `${data-testid}-input` takes any value.
    return React.createElement(
      'div',
      passThrough(props),
      React.createElement('input', {
        'data-testid': props['data-testid'] ? `${props['data-testid'] as string}-input` : undefined,
        type: 'text',
        hidden: true,
        value: String(props.value ?? ''),
        onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange?.({ detail: { value: e.target.value } }),
      }),
      props.children,
    );
  }
  const range = (props.range as unknown[]) ?? [];
  const rangeKey = props.rangeKey as string | undefined;
  return React.createElement(
    'div',
    passThrough(props),
    React.createElement(
      'select',
      {
        'data-testid': props['data-testid'] ? `${props['data-testid'] as string}-select` : undefined,
        value: String(props.value ?? ''),
        onChange: (e: React.ChangeEvent<HTMLSelectElement>) =>
          onChange?.({ detail: { value: props.mode === 'date' ? e.target.value : Number(e.target.value) } }),
      },
      props.mode === 'date'
        ? null
        : range.map((item, index) =>
            React.createElement(
              'option',
              { key: index, value: index },
              rangeKey ? String((item as Record<string, unknown>)[rangeKey]) : String(item),
            ),
          ),
    ),
    props.children,
  );
}
