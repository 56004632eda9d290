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
/** Picks option `index` of a picker (the Taro mock renders a select). */
const pick = (path: string, index: number) =>
  fireEvent.change(screen.getByTestId(`picker-${path}-select`), { target: { value: String(index) } });
const ENTERPRISE = 0;
const INDIVIDUAL_BUSINESS = 1;
const PERSONAL = 5;

test('a bad ID number shows a specific error; fixing it clears the error and masks it after blur', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  type('entityPrincipal.idNumber', '110105194912310021');
  expect(screen.getByTestId('error-entityPrincipal.idNumber').textContent).toBe(
    '校验位不对，请逐位核对（常见是输错一位或两位颠倒）',
  );
  // Kept as typed in the store on every keystroke.
  expect(useAppStore.getState().filings[id]?.profile.entityPrincipal.idNumber).toBe('110105194912310021');

  type('entityPrincipal.idNumber', '1101051949');
  expect(screen.getByTestId('error-entityPrincipal.idNumber').textContent).toBe('身份证号应为 18 位，现在 10 位');

  type('entityPrincipal.idNumber', VALID_ID);
  expect(screen.queryByTestId('error-entityPrincipal.idNumber')).toBeNull();
  fireEvent.blur(screen.getByTestId('input-entityPrincipal.idNumber'));
  expect(screen.queryByTestId('input-entityPrincipal.idNumber')).toBeNull();
  expect(screen.getByTestId('masked-entityPrincipal.idNumber').textContent).toContain('1101**********002X');
  expect(screen.queryByText(VALID_ID)).toBeNull();

  // Tap to reveal brings back the full number for editing.
  fireEvent.click(screen.getByTestId('reveal-entityPrincipal.idNumber'));
  expect((screen.getByTestId('input-entityPrincipal.idNumber') as HTMLInputElement).value).toBe(VALID_ID);
});

test('credit code: a forbidden letter is an error; a valid code is masked after blur', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  pick('entityType', ENTERPRISE);
  type('certificateNumber', '91350100M000100O43');
  expect(screen.getByTestId('error-certificateNumber').textContent).toBe(
    '信用代码只含数字和大写字母，不含 I、O、Z、S、V',
  );
  type('certificateNumber', '91350100M000100Y44');
  // A checksum miss with a valid format is only a warning (early pilot codes exist).
  expect(screen.getByTestId('error-certificateNumber').className).toContain('pf-row__warning');
  type('certificateNumber', VALID_CREDIT);
  expect(screen.queryByTestId('error-certificateNumber')).toBeNull();
  fireEvent.blur(screen.getByTestId('input-certificateNumber'));
  expect(screen.getByTestId('masked-certificateNumber').textContent).toContain('9135**********0Y43');
});

test('mobile and email validate as typed, in English too', () => {
  resetJourneyStore('en');
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  type('administrator.mobile', '1380013800');
  expect(screen.getByTestId('error-administrator.mobile').textContent).toBe('A mobile number has 11 digits; now 10');
  type('administrator.mobile', '13800138000');
  expect(screen.queryByTestId('error-administrator.mobile')).toBeNull();
  type('emergencyMobile', '13800138000');
  expect(screen.getByTestId('error-emergencyMobile').textContent).toBe(
    "The emergency contact cannot use the administrator's mobile",
  );
  type('registrationEmail', 'not-an-email');
  expect(screen.getByTestId('error-registrationEmail').textContent).toBe('Not an email address, e.g. name@example.com');
  // A field emptied after typing says it is required.
  type('administrator.name', 'x');
  type('administrator.name', '');
  expect(screen.getByTestId('error-administrator.name').textContent).toBe("Administrator's name: required");
  // "Entity name", not "Company name".
  pick('entityType', ENTERPRISE);
  type('entityName', 'x');
  type('entityName', '');
  expect(screen.getByTestId('error-entityName').textContent).toBe('Entity name: required');
});

test('the mini program principal: the administrator by default, the entity principal, or someone else', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  pick('entityType', ENTERPRISE);
  // Default: the administrator is the mini program principal, so their validity and email are asked.
  expect(screen.getByTestId('choose-miniProgramPrincipalRole-administrator').className).toContain('--on');
  expect(screen.getByTestId('input-administrator.email')).toBeTruthy();
  expect(screen.getByTestId('note-mp-role').textContent).toContain('各自收到工信部短信');
  fireEvent.click(screen.getByTestId('choose-miniProgramPrincipalRole-entity-principal'));
  expect(screen.queryByTestId('input-administrator.email')).toBeNull();
  expect(useAppStore.getState().filings[id]?.profile.miniProgramPrincipalRole).toBe('entity-principal');
  fireEvent.click(screen.getByTestId('choose-miniProgramPrincipalRole-someone-else'));
  type('miniProgramPrincipal.mobile', '12345678901');
  expect(screen.getByTestId('error-miniProgramPrincipal.mobile').textContent).toBe(
    '不是有效的大陆手机号（应以 13–19 开头）',
  );
});

test('labels follow the entity type: 法定代表人, 经营者, 本人', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  pick('entityType', ENTERPRISE);
  expect(screen.getByTestId('row-entityPrincipal.name').textContent).toContain('法定代表人姓名');
  pick('entityType', INDIVIDUAL_BUSINESS);
  expect(screen.getByTestId('row-entityPrincipal.name').textContent).toContain('经营者姓名');
  pick('entityType', PERSONAL);
  expect(screen.getByTestId('row-entityPrincipal.name').textContent).toContain('本人姓名');
  // An individual has no certificate, administrator, second person or bank section.
  expect(screen.queryByTestId('input-certificateNumber')).toBeNull();
  expect(screen.queryByTestId('mini-program-principal')).toBeNull();
  expect(screen.queryByTestId('input-bankLast4')).toBeNull();
  expect(screen.getByTestId('note-entity-personal').textContent).toContain('30 元');
});

test('an entity principal who is not the legal representative: 主体负责人, the legal person masked, Shanghai warned', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  pick('entityType', ENTERPRISE);
  expect(screen.queryByTestId('input-legalPerson.name')).toBeNull();
  expect(screen.getByTestId('note-legal-person').textContent).toContain('上海要求');
  fireEvent.click(screen.getByTestId('switch-entityPrincipalIsLegalPerson'));
  expect(useAppStore.getState().filings[id]?.profile.entityPrincipalIsLegalPerson).toBe(false);
  expect(screen.getByTestId('row-entityPrincipal.name').textContent).toContain('主体负责人姓名');
  expect(screen.getByTestId('row-legalPerson.name').textContent).toContain('法定代表人姓名');
  type('legalPerson.name', '钱七');
  type('legalPerson.idNumber', VALID_ID);
  fireEvent.blur(screen.getByTestId('input-legalPerson.idNumber'));
  expect(screen.getByTestId('masked-legalPerson.idNumber').textContent).toContain('1101**********002X');
  expect(useAppStore.getState().filings[id]?.profile.legalPerson).toEqual({ name: '钱七', idNumber: VALID_ID });
  // Shanghai (the 9th province in the picker) wants the legal representative in charge.
  pick('province', 8);
  expect(screen.getByTestId('note-legal-person').className).toContain('pf-note--warn');
  expect(screen.getByTestId('note-legal-person').textContent).toContain('上海要求主体负责人由法定代表人担任');
});

test('non-mainland documents: a Hong Kong permit is checked by its own format, a passport never blocks', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  pick('entityPrincipal.idType', 3); // 港澳居民来往内地通行证
  type('entityPrincipal.idNumber', 'H1234');
  expect(screen.getByTestId('error-entityPrincipal.idNumber').textContent).toContain(
    'H（香港）或 M（澳门）加 8 位数字',
  );
  type('entityPrincipal.idNumber', 'H12345678');
  expect(screen.queryByTestId('error-entityPrincipal.idNumber')).toBeNull();
  pick('entityPrincipal.idType', 6); // 护照
  type('entityPrincipal.idNumber', 'AB-12');
  expect(screen.getByTestId('error-entityPrincipal.idNumber').className).toContain('pf-row__warning');
});

test('prior approval: each chosen industry takes its approval number', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  fireEvent.click(screen.getByTestId('choose-priorApproval-required'));
  fireEvent.click(screen.getByTestId('toggle-priorApprovals-online-car-hailing'));
  fireEvent.click(screen.getByTestId('toggle-priorApprovals-religion'));
  fireEvent.change(screen.getByTestId('input-approval-religion'), { target: { value: '（浙）宗教-2024-01' } });
  expect(useAppStore.getState().filings[id]?.profile.priorApprovals).toEqual([
    { industry: 'online-car-hailing', approvalNumber: '' },
    { industry: 'religion', approvalNumber: '（浙）宗教-2024-01' },
  ]);
  fireEvent.click(screen.getByTestId('toggle-priorApprovals-online-car-hailing'));
  expect(useAppStore.getState().filings[id]?.profile.priorApprovals.map((a) => a.industry)).toEqual(['religion']);
});

test('the name counts a Chinese character as 2 and refuses 小程序', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} />);
  type('miniProgramName', '示例预约小程序');
  expect(screen.getByTestId('name-count').textContent).toBe('14/30 字符');
  expect(screen.getByTestId('error-miniProgramName').textContent).toBe('名称不能包含「小程序」');
  type('miniProgramName', 'AB');
  expect(screen.getByTestId('error-miniProgramName').textContent).toBe('名称至少 4 个字符（汉字算 2 个），现在 2 个');
});

test('a field named in the link is scrolled to (wx.pageScrollTo by selector on weapp)', async () => {
  const id = seedFiling();
  render(<ProfilePage id={id} field='entityPrincipal.idNumber' />);
  expect(screen.getByTestId('row-entityPrincipal.idNumber').id).toBe('field-entityPrincipal-idNumber');
  await act(async () => {
    await new Promise((r) => setTimeout(r, 350));
  });
  const scroll = taroCalls.find((c) => c.api === 'pageScrollTo')?.args as { selector: string };
  expect(scroll).toMatchObject({ selector: '#field-entityPrincipal-idNumber' });
});

test('pickers, notes in place, bank digits, service types and the field highlight', () => {
  const id = seedFiling();
  render(<ProfilePage id={id} field='province' />);
  expect(screen.getByTestId('row-province').className).toContain('pf-row--highlight');
  // Highlighted and still empty: says what is needed.
  expect(screen.getByTestId('error-province').textContent).toBe('请选择备案省份');
  expect(screen.getByTestId('note-q3').textContent).toContain('只有确实不涉及下列行业时才选「不涉及」');
  expect(screen.getByTestId('note-email').textContent).toContain('微信开放平台');
  expect(screen.getByTestId('note-admin').textContent).toContain('不能修改');

  fireEvent.change(screen.getByTestId('picker-province-select'), { target: { value: '18' } });
  expect(useAppStore.getState().filings[id]?.profile.province).toBe('44');
  expect(screen.getByTestId('row-province').querySelector('.pf-select__value')?.textContent).toBe('广东省');

  pick('entityType', PERSONAL);
  expect(screen.getByTestId('note-entity-personal').textContent).toContain('不能认证');
  // Asked where they live: the ID number's region is not where someone lives.
  expect(screen.getByTestId('note-q2').textContent).toContain('不建议跨省备案');
  fireEvent.click(screen.getByTestId('choose-residesInFilingProvince-no'));
  expect(useAppStore.getState().filings[id]?.profile.residesInFilingProvince).toBe('no');

  pick('entityType', ENTERPRISE);
  type('bankLast4', '12a3456');
  expect(useAppStore.getState().filings[id]?.profile.bankLast4).toBe('1234');

  for (const tag of ['a', 'b', 'c', 'd', 'e', 'f']) {
    type('serviceTypes', tag);
    fireEvent.click(screen.getByTestId('add-serviceTypes'));
  }
  expect(useAppStore.getState().filings[id]?.profile.serviceTypes).toEqual(['a', 'b', 'c', 'd', 'e']);
  fireEvent.click(screen.getByTestId('remove-serviceTypes-c'));
  expect(useAppStore.getState().filings[id]?.profile.serviceTypes).toEqual(['a', 'b', 'd', 'e']);

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
