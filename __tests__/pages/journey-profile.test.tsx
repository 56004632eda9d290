jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
import { render, screen, fireEvent, act } from '@testing-library/react';
import { taroCalls } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { ProfilePage } from '@/features/journey/profile-page';
import { resetJourneyStore, seedFiling } from './journey-support';

const VALID_ID = '11010519491231002X';
const VALID_CREDIT = '91350100M000100Y43';

beforeEach(() => resetJourneyStore());

const type = (path: string, value: string) =>
  fireEvent.change(screen.getByTestId(`input-${path}`), { target: { value } });

test('a bad ID number shows a specific error; fixing it clears the error and masks it after blur', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  type('legalRepresentative.idNumber', '110105194912310021');
  expect(screen.getByTestId('error-legalRepresentative.idNumber').textContent).toBe(
    '校验位不对，请逐位核对（常见是输错一位或两位颠倒）',
  );
  // Kept as typed in the store on every keystroke.
  expect(useAppStore.getState().filings[id].profile.legalRepresentative.idNumber).toBe('110105194912310021');

  type('legalRepresentative.idNumber', '1101051949');
  expect(screen.getByTestId('error-legalRepresentative.idNumber').textContent).toBe('身份证号应为 18 位，现在 10 位');

  type('legalRepresentative.idNumber', VALID_ID);
  expect(screen.queryByTestId('error-legalRepresentative.idNumber')).toBeNull();
  fireEvent.blur(screen.getByTestId('input-legalRepresentative.idNumber'));
  expect(screen.queryByTestId('input-legalRepresentative.idNumber')).toBeNull();
  expect(screen.getByTestId('masked-legalRepresentative.idNumber').textContent).toContain('1101**********002X');
  expect(screen.queryByText(VALID_ID)).toBeNull();

  // Tap to reveal brings back the full number for editing.
  fireEvent.click(screen.getByTestId('reveal-legalRepresentative.idNumber'));
  expect((screen.getByTestId('input-legalRepresentative.idNumber') as HTMLInputElement).value).toBe(VALID_ID);
});

test('credit code: a forbidden letter is an error; a valid code is masked after blur', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  type('creditCode', '91350100M000100O43');
  expect(screen.getByTestId('error-creditCode').textContent).toBe('信用代码只含数字和大写字母，不含 I、O、Z、S、V');
  type('creditCode', '91350100M000100Y44');
  // A checksum miss with a valid format is only a warning (early pilot codes exist).
  expect(screen.getByTestId('error-creditCode').className).toContain('pf-row__warning');
  type('creditCode', VALID_CREDIT);
  expect(screen.queryByTestId('error-creditCode')).toBeNull();
  fireEvent.blur(screen.getByTestId('input-creditCode'));
  expect(screen.getByTestId('masked-creditCode').textContent).toContain('9135**********0Y43');
});

test('mobile and email validate as typed, in English too', () => {
  resetJourneyStore('en');
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  type('adminMobile', '1380013800');
  expect(screen.getByTestId('error-adminMobile').textContent).toBe('A mobile number has 11 digits; now 10');
  type('adminMobile', '13800138000');
  expect(screen.queryByTestId('error-adminMobile')).toBeNull();
  type('emergencyMobile', '13800138000');
  expect(screen.getByTestId('error-emergencyMobile').textContent).toBe(
    "The emergency contact cannot use the administrator's mobile",
  );
  type('adminEmail', 'not-an-email');
  expect(screen.getByTestId('error-adminEmail').textContent).toBe('Not an email address, e.g. name@example.com');
  // A field emptied after typing says it is required.
  type('adminName', 'x');
  type('adminName', '');
  expect(screen.getByTestId('error-adminName').textContent).toBe('Administrator name: required');
});

test('person in charge fields appear when the legal representative is not the person in charge', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  expect(screen.queryByTestId('person-in-charge')).toBeNull();
  fireEvent.click(screen.getByTestId('switch-legalRepIsPersonInCharge'));
  expect(screen.getByTestId('person-in-charge')).toBeTruthy();
  type('personInCharge.mobile', '12345678901');
  expect(screen.getByTestId('error-personInCharge.mobile').textContent).toBe('不是有效的大陆手机号（应以 13–19 开头）');
  expect(useAppStore.getState().filings[id].profile.legalRepIsPersonInCharge).toBe(false);
});

test('a field named in the link is scrolled to (wx.pageScrollTo by selector on weapp)', async () => {
  const id = seedFiling();
  render(<ProfilePage id={id} field='legalRepresentative.idNumber' />);
  expect(screen.getByTestId('row-legalRepresentative.idNumber').id).toBe('field-legalRepresentative-idNumber');
  await act(async () => {
    await new Promise((r) => setTimeout(r, 350));
  });
  const scroll = taroCalls.find((c) => c.api === 'pageScrollTo')?.args as { selector: string };
  expect(scroll).toMatchObject({ selector: '#field-legalRepresentative-idNumber' });
});

test('pickers, notes in place, bank digits, service types and the field highlight', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} field='province' />);
  expect(screen.getByTestId('row-province').className).toContain('pf-row--highlight');
  // Highlighted and still empty: says what is needed.
  expect(screen.getByTestId('error-province').textContent).toBe('请选择备案省份');
  expect(screen.getByTestId('note-q2').textContent).toContain('不建议跨省备案');
  expect(screen.getByTestId('note-q3').textContent).toContain('无需前置审批');
  expect(screen.getByTestId('note-email').textContent).toContain('微信开放平台');
  expect(screen.getByTestId('note-admin').textContent).toContain('不能修改');

  fireEvent.change(screen.getByTestId('picker-province-select'), { target: { value: '18' } });
  expect(useAppStore.getState().filings[id].profile.province).toBe('44');
  expect(screen.getByTestId('row-province').querySelector('.pf-select__value')?.textContent).toBe('广东省');

  fireEvent.change(screen.getByTestId('picker-entityType-select'), { target: { value: '4' } });
  expect(screen.getByTestId('note-personal').textContent).toContain('不能认证');

  fireEvent.change(screen.getByTestId('picker-entityType-select'), { target: { value: '0' } });
  type('bankLast4', '12a3456');
  expect(useAppStore.getState().filings[id].profile.bankLast4).toBe('1234');

  for (const tag of ['a', 'b', 'c', 'd', 'e', 'f']) {
    type('serviceTypes', tag);
    fireEvent.click(screen.getByTestId('add-serviceTypes'));
  }
  expect(useAppStore.getState().filings[id].profile.serviceTypes).toEqual(['a', 'b', 'c', 'd', 'e']);
  fireEvent.click(screen.getByTestId('remove-serviceTypes-c'));
  expect(useAppStore.getState().filings[id].profile.serviceTypes).toEqual(['a', 'b', 'd', 'e']);

  fireEvent.click(screen.getByTestId('switch-publishedBeforeSept2023'));
  expect(screen.getByTestId('note-published').textContent).toContain('2024 年 3 月 31 日');
});

test('an unknown filing id shows a friendly message with a way back', () => {
  render(<ProfilePage id='gone' />);
  expect(screen.getByText('这个备案项目已不存在')).toBeTruthy();
  act(() => {
    fireEvent.click(screen.getByTestId('empty-action'));
  });
  expect(taroCalls.find((c) => c.api === 'switchTab')?.args).toEqual({ url: '/pages/progress/index' });
});
