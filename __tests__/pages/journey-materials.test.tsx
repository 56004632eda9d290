jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
jest.mock('@/assets/tab/materials-active.png', () => 'materials-active.png');
import { render, screen, fireEvent, act } from '@testing-library/react';
import { taroCalls } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { MaterialsTab } from '@/features/materials/materials-tab';
import { focusMaterialsOn } from '@/features/journey';
import { resetJourneyStore, seedFiling } from './journey-support';

beforeEach(() => resetJourneyStore());

const ids = () =>
  [...document.querySelectorAll('.material')].map((el) => el.getAttribute('data-testid')!.replace('material-', ''));
const update = (id: string, change: Parameters<ReturnType<typeof useAppStore.getState>['updateProfile']>[1]) =>
  act(() => useAppStore.getState().updateProfile(id, change, Date.now()));

test('an empty Materials tab points to Progress', () => {
  render(<MaterialsTab />);
  expect(screen.getByText('材料清单会在这里出现')).toBeTruthy();
});

test('the checklist updates when the profile changes', () => {
  const id = seedFiling();
  update(id, (p) => ({ ...p, miniProgramPrincipalRole: 'entity-principal' }));
  render(<MaterialsTab />);
  expect(ids()).toEqual([
    'email',
    'business-license-photo',
    'legal-rep-id-front',
    'legal-rep-id-back',
    'admin-mobile',
    'emergency-contact',
    'bank-info',
    'commitment-letter',
  ]);
  expect(screen.getByTestId('material-status-admin-mobile').textContent).toBe('缺少');
  expect(screen.getByTestId('material-legal-rep-id-front').textContent).toContain('法定代表人证件人像面');

  // The administrator (WeChat's default) as mini program principal: their ID and a letter too.
  update(id, (p) => ({
    ...p,
    administrator: { ...p.administrator, mobile: '13800138000' },
    province: '44',
    miniProgramPrincipalRole: 'administrator',
  }));
  expect(screen.getByTestId('material-status-admin-mobile').textContent).toBe('已就绪');
  expect(ids()).toEqual(
    expect.arrayContaining(['authorization-letter', 'person-in-charge-id-front', 'guangdong-signed-documents']),
  );

  update(id, (p) => ({ ...p, emergencyMobile: '13800138000' }));
  expect(screen.getByTestId('material-status-emergency-contact').textContent).toBe('需处理');
  expect(screen.getByTestId('material-emergency-contact').textContent).toContain('紧急联系人要与负责人用不同的手机号');

  // An individual: no certificate, bank or stamped documents; labels say 本人 (error 3).
  update(id, (p) => ({ ...p, entityType: 'personal' }));
  expect(ids()).not.toContain('business-license-photo');
  expect(ids()).not.toContain('bank-info');
  expect(ids()).not.toContain('guangdong-signed-documents');
  expect(screen.getByTestId('material-legal-rep-id-front').textContent).toContain('本人证件人像面');
  expect(screen.getByTestId('material-admin-mobile').textContent).toContain('本人手机号');
  expect(screen.getByTestId('materials-warnings').textContent).toContain('个人备案不需要先认证');

  // Each chosen prior-approval industry adds its certificate (error 4).
  update(id, (p) => ({
    ...p,
    priorApproval: 'required',
    priorApprovals: [{ industry: 'online-car-hailing', approvalNumber: '' }],
  }));
  expect(screen.getByTestId('material-prior-approval-online-car-hailing').textContent).toContain(
    '网络预约出租汽车经营许可证',
  );
});

test('email needs the inline confirmation; letters are marked done with a date; items link to fields and photo slots', () => {
  const id = seedFiling();
  update(id, (p) => ({ ...p, registrationEmail: 'ops@example.com' }));
  render(<MaterialsTab />);
  expect(screen.getByTestId('material-status-email').textContent).toBe('需处理');
  fireEvent.click(screen.getByTestId('confirm-email'));
  expect(screen.getByTestId('material-status-email').textContent).toBe('已就绪');
  expect(useAppStore.getState().filings[id]?.marks.email).toMatchObject({ done: true, confirmed: true });

  fireEvent.click(screen.getByTestId('mark-commitment-letter'));
  // Marked but undated: the letter still needs its date.
  expect(screen.getByTestId('material-status-commitment-letter').textContent).toBe('需处理');
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  update(id, (p) => ({ ...p, commitmentLetterDate: today }));
  expect(screen.getByTestId('material-status-commitment-letter').textContent).toBe('已就绪');
  expect(screen.getByTestId('material-commitment-letter').textContent).toMatch(/\d{4}-\d{2}-\d{2} 标记/);

  fireEvent.click(screen.getByTestId('material-go-admin-mobile'));
  fireEvent.click(screen.getByTestId('material-go-legal-rep-id-front'));
  const urls = taroCalls.filter((c) => c.api === 'navigateTo').map((c) => (c.args as { url: string }).url);
  expect(urls).toEqual([
    `/pages/profile/index?id=${id}&field=administrator.mobile`,
    `/pages/photos/index?id=${id}&slot=legal-rep-id-front`,
  ]);
});

test('photo presence comes from the filing photos; a flagged photo needs attention', () => {
  const id = seedFiling();
  const ref = { file: 'f.jpg', width: 1600, height: 1200, takenAt: 1, problems: [], sharpness: 1 };
  act(() => {
    useAppStore.getState().setPhoto(id, 'business-license', ref, Date.now());
    useAppStore.getState().setPhoto(id, 'legal-rep-id-front', { ...ref, problems: ['blurry'] }, Date.now());
  });
  render(<MaterialsTab />);
  expect(screen.getByTestId('material-status-business-license-photo').textContent).toBe('已就绪');
  expect(screen.getByTestId('material-status-legal-rep-id-front').textContent).toBe('需处理');
  expect(screen.getByTestId('material-legal-rep-id-back').textContent).toContain('还没有照片');
});

test('with several filings a selector switches between them, and the filing page can focus one', () => {
  const a = seedFiling('甲', 'idA');
  const b = seedFiling('乙', 'idB');
  update(a, (p) => ({ ...p, entityType: 'personal' }));
  render(<MaterialsTab />);
  // Newest first: 乙 is shown (not personal, so it has a bank item).
  expect(ids()).toContain('bank-info');
  fireEvent.click(screen.getByTestId(`select-filing-${a}`));
  expect(ids()).not.toContain('bank-info');
  act(() => focusMaterialsOn(b));
  expect(ids()).toContain('bank-info');
});
