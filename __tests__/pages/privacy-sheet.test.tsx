import { render, screen, fireEvent, act } from '@testing-library/react';
import { privacy, resetTaroMock, taroCalls } from '../support/taro-mock';
import { installPrivacyListener } from '@/platform/privacy';
import { PrivacySheet } from '@/components/privacy-sheet';

beforeEach(() => resetTaroMock());

test('WeChat asking for consent opens the sheet; agreeing answers WeChat and closes it', () => {
  installPrivacyListener();
  render(<PrivacySheet />);
  expect(screen.queryByText('隐私保护提示')).toBeNull();

  act(() => privacy.handler?.((answer) => privacy.answers.push(answer)));
  expect(screen.getByText('隐私保护提示')).toBeTruthy();
  const agree = screen.getByText('同意并继续');
  expect(agree.getAttribute('data-open-type')).toBe('agreePrivacyAuthorization');

  fireEvent.click(screen.getByText('阅读《隐私保护指引》'));
  expect(taroCalls.some((c) => c.api === 'openPrivacyContract')).toBe(true);

  fireEvent.click(agree);
  expect(privacy.answers).toEqual([{ event: 'agree', buttonId: 'privacy-agree' }]);
  expect(screen.queryByText('隐私保护提示')).toBeNull();

  // A later request can be declined; WeChat is told so and the sheet closes.
  act(() => privacy.handler?.((answer) => privacy.answers.push(answer)));
  fireEvent.click(screen.getByText('暂不同意'));
  expect(privacy.answers[1]).toEqual({ event: 'disagree', buttonId: undefined });
  expect(screen.queryByText('隐私保护提示')).toBeNull();
});
