jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
import { render, screen, fireEvent, act } from '@testing-library/react';
import { modalAnswers, taroCalls } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { FilingPage } from '@/features/journey/filing-page';
import { resetJourneyStore, seedFiling } from './journey-support';
import { present } from '../support/present';

beforeEach(() => resetJourneyStore());

const open = (step: string) => {
  if (!screen.queryByTestId(`note-${step}`)) fireEvent.click(screen.getByTestId(`step-toggle-${step}`));
};

test('shows the timeline by phase with the seed text, next step open', () => {
  const id = seedFiling('客户乙');
  render(<FilingPage id={id} />);
  expect(screen.getByTestId('filing-name').textContent).toBe('客户乙');
  expect(screen.getByTestId('phase-registration').textContent).toContain('注册小程序');
  expect(screen.getByTestId('phase-verification').textContent).toContain('选择认证方式');
  expect(screen.getByTestId('phase-filing').textContent).toContain('管局审核');
  // The next step (1.1) is open with the guide's text.
  expect(screen.getByText('打开微信公众平台首页，点右上角「立即注册」。')).toBeTruthy();
  open('filing-bureau-review');
  expect(screen.getByText(/通常一周内，视省份而定/)).toBeTruthy();
  open('filing-sms');
  fireEvent.click(screen.getByTestId('sms-link'));
  expect(taroCalls.find((c) => c.api === 'navigateTo')?.args).toEqual({ url: `/pages/sms/index?id=${id}` });
});

test('sets statuses with time; step 4.5 warns before it is marked done', async () => {
  const id = seedFiling();
  render(<FilingPage id={id} />);
  fireEvent.click(screen.getByTestId('set-reg-1.1-done'));
  expect(useAppStore.getState().filings[id]?.steps['reg-1.1'].status).toBe('done');
  expect(screen.getByTestId('step-status-reg-1.1').textContent).toBe('已完成');
  expect(screen.getByTestId('step-reg-1.1').textContent).toMatch(/更新于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

  open('reg-4.5');
  modalAnswers.push(false);
  await act(async () => {
    fireEvent.click(screen.getByTestId('set-reg-4.5-done'));
  });
  const modal = taroCalls.find((c) => c.api === 'showModal')?.args as { title: string };
  expect(modal.title).toBe('管理员提交后不能修改');
  expect(useAppStore.getState().filings[id]?.steps['reg-4.5'].status).toBe('todo');
  modalAnswers.push(true);
  await act(async () => {
    fireEvent.click(screen.getByTestId('set-reg-4.5-done'));
  });
  expect(useAppStore.getState().filings[id]?.steps['reg-4.5'].status).toBe('done');

  // Notes are kept as typed without changing the status time.
  open('reg-3');
  fireEvent.change(screen.getByTestId('note-reg-3'), { target: { value: '在垃圾邮件里找到了' } });
  expect(useAppStore.getState().filings[id]?.steps['reg-3']).toMatchObject({
    note: '在垃圾邮件里找到了',
    changedAt: null,
  });
});

test('verification method choice records the method', () => {
  const id = seedFiling();
  render(<FilingPage id={id} />);
  open('verify-method');
  expect(screen.getByTestId('method-wechat-verification').textContent).toContain('认证失败也不退');
  expect(screen.getByTestId('method-wechat-verification').textContent).toContain('最长 15 个工作日');
  fireEvent.click(screen.getByTestId('method-bank-transfer'));
  expect(useAppStore.getState().filings[id]?.verificationMethod).toBe('bank-transfer');
  expect(useAppStore.getState().filings[id]?.steps['verify-method'].status).toBe('done');
});

test('records a rejection with field, reason and fix, counts it, and resubmits', () => {
  const id = seedFiling();
  render(<FilingPage id={id} />);
  open('filing-platform-review');
  fireEvent.click(screen.getByTestId('reject-filing-platform-review'));
  fireEvent.click(screen.getByTestId('reject-save'));
  expect(screen.getByText('请至少填写驳回原因')).toBeTruthy();
  fireEvent.change(screen.getByTestId('reject-field'), { target: { value: '服务内容描述' } });
  fireEvent.change(screen.getByTestId('reject-reason'), { target: { value: '描述过于笼统' } });
  fireEvent.change(screen.getByTestId('reject-fix'), { target: { value: '写清具体服务' } });
  fireEvent.click(screen.getByTestId('reject-save'));
  const step = present(useAppStore.getState().filings[id], 'the filing').steps['filing-platform-review'];
  expect(step.status).toBe('rejected');
  expect(step.rejections[0]).toMatchObject({ field: '服务内容描述', reason: '描述过于笼统', fix: '写清具体服务' });
  expect(screen.getByTestId('resubmissions-filing-platform-review').textContent).toBe('已重新提交 1 次');
  expect(screen.getByText('建议：写清具体服务')).toBeTruthy();
  fireEvent.click(screen.getByTestId('resubmit-filing-platform-review'));
  expect(useAppStore.getState().filings[id]?.steps['filing-platform-review'].status).toBe('in-progress');
});

test('a malformed filing number gets a clear error and is not saved; a valid one is', () => {
  const id = seedFiling();
  render(<FilingPage id={id} />);
  open('filing-approved');
  fireEvent.change(screen.getByTestId('filing-number-input'), { target: { value: '粤B2-20090059' } });
  fireEvent.click(screen.getByTestId('filing-number-save'));
  expect(screen.getByTestId('filing-number-error').textContent).toBe(
    '缺少小程序服务编号：结尾应是「-数字X」，例如 -1626X',
  );
  expect(useAppStore.getState().filings[id]?.filingNumber).toBeNull();
  fireEvent.change(screen.getByTestId('filing-number-input'), { target: { value: 'AB2-20090059-1626X' } });
  expect(screen.queryByTestId('filing-number-error')).toBeNull();
  fireEvent.click(screen.getByTestId('filing-number-save'));
  expect(screen.getByTestId('filing-number-error').textContent).toContain('省份简称');

  fireEvent.change(screen.getByTestId('filing-number-input'), { target: { value: '粤B2-20090059-1626X' } });
  fireEvent.click(screen.getByTestId('filing-number-save'));
  expect(useAppStore.getState().filings[id]?.filingNumber).toBe('粤B2-20090059-1626X');
  expect(screen.getByTestId('filing-number').textContent).toBe('备案号：粤B2-20090059-1626X');
  expect(screen.getByText('上线后，备案号会自动显示在小程序「更多资料」中，无需手动放置。')).toBeTruthy();
});

test('links to profile, pre-flight, help, share and photos', () => {
  const id = seedFiling();
  render(<FilingPage id={id} />);
  for (const testId of ['link-profile', 'link-preflight', 'link-help', 'link-share', 'link-photos'])
    fireEvent.click(screen.getByTestId(testId));
  const urls = taroCalls.filter((c) => c.api === 'navigateTo').map((c) => (c.args as { url: string }).url);
  expect(urls).toEqual([
    `/pages/profile/index?id=${id}`,
    `/pages/preflight/index?id=${id}`,
    `/pages/help/index?id=${id}`,
    `/pages/share/index?id=${id}`,
    `/pages/photos/index?id=${id}`,
  ]);
  fireEvent.click(screen.getByTestId('link-materials'));
  expect(taroCalls.find((c) => c.api === 'switchTab')?.args).toEqual({ url: '/pages/materials/index' });
});

test('an unknown filing id shows "this filing no longer exists" instead of crashing', () => {
  render(<FilingPage id='no-such-filing' />);
  expect(screen.getByTestId('missing-filing').textContent).toContain('这个备案项目已不存在');
  expect(screen.getByText('回到进度')).toBeTruthy();
});

test('shows the English texts', () => {
  resetJourneyStore('en');
  const id = seedFiling('Client B');
  render(<FilingPage id={id} />);
  expect(
    screen.getByText('Go to the WeChat Official Platform homepage and click "Register Now" in the top-right corner.'),
  ).toBeTruthy();
  expect(screen.getByTestId('phase-filing').textContent).toContain('Telecom bureau review');
});

test('English counts in the singular and the plural: "Resubmitted 1 time", then "2 times"', () => {
  resetJourneyStore('en');
  const id = seedFiling('Client B');
  render(<FilingPage id={id} />);
  open('filing-platform-review');
  for (const expected of ['Resubmitted 1 time', 'Resubmitted 2 times']) {
    fireEvent.click(screen.getByTestId('reject-filing-platform-review'));
    fireEvent.change(screen.getByTestId('reject-reason'), { target: { value: 'Too vague' } });
    fireEvent.click(screen.getByTestId('reject-save'));
    expect(screen.getByTestId('resubmissions-filing-platform-review').textContent).toBe(expected);
    fireEvent.click(screen.getByTestId('resubmit-filing-platform-review'));
  }
});
