/**
 * Issue 12, "Errors to fix", as the user sees them: written before the fix so each could be seen
 * failing first (see the closing note). Domain-level errors are in __tests__/domain/filing-rules-errors.test.ts.
 */
jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
import { render, screen, fireEvent, act } from '@testing-library/react';
import { useAppStore } from '@/store';
import { routerParams } from '../support/taro-mock';
import { FilingPage } from '@/features/journey/filing-page';
import { HelpPage } from '@/features/journey/help-page';
import SmsRoute from '@/pages/sms/index';
import type { FilingProfile } from '@/domain/filing';
import { resetJourneyStore, seedFiling } from './journey-support';

beforeEach(() => resetJourneyStore());

const open = (step: string) => {
  if (!screen.queryByTestId(`note-${step}`)) fireEvent.click(screen.getByTestId(`step-toggle-${step}`));
};
const edit = (id: string, change: (p: FilingProfile) => FilingProfile) =>
  act(() => useAppStore.getState().updateProfile(id, change, Date.now()));

describe('error 1: the administrator SMS is counted', () => {
  test('admin 王五 and legal representative 张三, every toggle at its default: two SMS tracks', () => {
    const id = seedFiling('双人核验');
    // Written before the fix with the old fields (adminName: '王五', legalRepresentative.name: '张三').
    edit(id, (p) => ({
      ...p,
      entityType: 'enterprise',
      administrator: { ...p.administrator, name: '王五' },
      entityPrincipal: { ...p.entityPrincipal, name: '张三' },
    }));
    routerParams.current = { id };
    render(<SmsRoute />);
    expect(screen.getByTestId('track-legal-representative')).toBeTruthy();
    expect(screen.getByTestId('track-person-in-charge').textContent).toContain('小程序负责人');
    expect(screen.getByTestId('track-person-in-charge').textContent).toContain('王五');
  });
});

describe('error 3: individuals are not told to verify first', () => {
  test('the verification step of a personal filing does not say verification comes first', () => {
    const id = seedFiling('个人');
    edit(id, (p) => ({ ...p, entityType: 'personal' }));
    render(<FilingPage id={id} />);
    open('verify-method');
    expect(screen.queryByText(/先完成认证才能备案/)).toBeNull();
  });
});

describe('error 4: FAQ Q3 on the help page', () => {
  test('the answer tells someone who needs prior approval to obtain it, and lists the industries', () => {
    render(<HelpPage />);
    expect(screen.queryByText(/提交一份「无需前置审批」的声明，或联系客服/)).toBeNull();
    expect(screen.getByText(/网络预约车/)).toBeTruthy();
  });
});

describe('error 7: the bank-transfer route', () => {
  test('shows no WeChat-verification review clock and no resubmission counter', () => {
    const id = seedFiling('对公打款');
    act(() => {
      const store = useAppStore.getState();
      store.setVerificationMethod(id, 'bank-transfer', Date.now());
      store.setStep(id, 'verify-method', 'done', Date.now());
      store.rejectStep(id, 'verify-review', { field: '', reason: '打款金额不对', fix: '' }, Date.now());
    });
    render(<FilingPage id={id} />);
    open('verify-review');
    expect(screen.queryByTestId('review-clock-verify-review')).toBeNull();
    expect(screen.queryByText(/认证还可重新提交/)).toBeNull();
  });
});

describe('error 8: mini programs published before 2023-09-01', () => {
  test('get no registration steps, and the missed 2024-03-31 deadline is shown', () => {
    const id = seedFiling('老小程序');
    edit(id, (p) => ({ ...p, entityType: 'enterprise', publishedBeforeSept2023: true }));
    render(<FilingPage id={id} />);
    expect(screen.queryByTestId('phase-registration')).toBeNull();
    expect(screen.getByTestId('legacy-overdue').textContent).toContain('2024-03-31');
  });
});
