/**
 * The filing journey on the built WeChat package: create a filing, type a bad ID and a bad mobile
 * and see the errors, fix the ID and see it masked, advance a step, refuse a malformed filing
 * number and save a good one; every change lands in wx storage. (The credit code appears once an
 * entity type is picked; pickers are exercised in the jsdom and browser tests.)
 */
import { launchWeapp, loadPage, waitFor, weappSession } from './harness';
import { present } from '../support/present';

jest.setTimeout(30_000);
/** What the app saved, in the shape the checks below read (`state`). */
function stored() {
  return { state: weappSession().storedState() };
}

test('create → profile errors and masking → steps → filing number, all written to storage', async () => {
  launchWeapp({ language: 'zh_CN' });

  const progress = await loadPage('pages/progress/index');
  await progress.waitForText('还没有备案项目');
  // The empty state's own button ("create your first filing") opens the name sheet.
  await progress.tap('empty-action');
  await progress.waitForText('取消');
  await progress.input('name-input', '商城小程序');
  await progress.tap('name-submit');
  await waitFor(() => stored()?.state.filingOrder.length === 1, { timeoutMs: 3000 });
  const id = present(stored().state.filingOrder[0], 'the new filing id');
  expect(stored().state.filings[id].name).toBe('商城小程序');

  const profile = await loadPage('pages/profile/index', { id });
  await profile.input('input-entityPrincipal.idNumber', '110105194912310021');
  await waitFor(() => (profile.textOf('error-entityPrincipal.idNumber') ?? '').length > 0, { timeoutMs: 3000 });
  await profile.input('input-administrator.mobile', '1380013800');
  await waitFor(() => (profile.textOf('error-administrator.mobile') ?? '').length > 0, { timeoutMs: 3000 });
  expect(profile.textOf('error-administrator.mobile')).toBe('手机号应为 11 位，现在 10 位');
  // The filing-rules messages live in the subpackage and are registered by the page itself.
  await profile.waitForText('法定代表人（主体负责人）');
  await profile.waitForText('小程序负责人是');

  await profile.input('input-entityPrincipal.idNumber', '11010519491231002X');
  await profile.blur('input-entityPrincipal.idNumber', '11010519491231002X');
  await profile.waitForText('1101**********002X');
  expect(profile.textOf('error-entityPrincipal.idNumber')).toBeNull();
  // Drafts are kept as typed in storage (typing reaches it within 500 ms, or when the page is
  // left); the screen shows them masked.
  await waitFor(() => stored().state.filings[id].profile.entityPrincipal.idNumber === '11010519491231002X', {
    timeoutMs: 3000,
  });

  const filing = await loadPage('pages/filing/index', { id });
  await filing.waitForText('商城小程序');
  // The next step to do opens by itself; any other opens on a tap of its head.
  const open = async (step: string, control: string) => {
    if (!filing.testIds().includes(control)) await filing.tap(`step-toggle-${step}`);
    await waitFor(() => filing.testIds().includes(control), { timeoutMs: 3000 });
  };
  await open('reg-1.1', 'set-reg-1.1-done');
  await filing.tap('set-reg-1.1-done');
  await waitFor(() => stored().state.filings[id].steps['reg-1.1'].status === 'done', { timeoutMs: 3000 });

  await open('filing-approved', 'filing-number-input');
  await filing.input('filing-number-input', '粤B2-20090059');
  await filing.tap('filing-number-save');
  await waitFor(() => (filing.textOf('filing-number-error') ?? '').length > 0, { timeoutMs: 3000 });
  expect(stored().state.filings[id].filingNumber).toBeNull();
  await filing.input('filing-number-input', '粤B2-20090059-1626X');
  await filing.tap('filing-number-save');
  await waitFor(() => stored().state.filings[id].filingNumber === '粤B2-20090059-1626X', { timeoutMs: 3000 });
  await filing.waitForText('粤B2-20090059-1626X');
});

test('a profile link naming a field scrolls to it with wx.pageScrollTo', async () => {
  const scrolls: Array<{ selector?: string }> = [];
  launchWeapp({
    language: 'zh_CN',
    wxExtras: (wx) => {
      wx.pageScrollTo = (o: { selector?: string; success?: (r: unknown) => void }) => {
        scrolls.push(o);
        o.success?.({ errMsg: 'pageScrollTo:ok' });
      };
    },
  });
  const progress = await loadPage('pages/progress/index');
  await progress.tap('empty-action');
  await progress.input('name-input', '字段跳转');
  await progress.tap('name-submit');
  await waitFor(() => stored()?.state.filingOrder.length === 1, { timeoutMs: 3000 });
  const id = present(stored().state.filingOrder[0], 'the new filing id');
  const profile = await loadPage('pages/profile/index', { id, field: 'registrationEmail' });
  await waitFor(() => scrolls.length > 0, { timeoutMs: 3000 });
  expect(scrolls[0]?.selector).toBe('#field-registrationEmail');
  expect(profile.testIds()).toContain('row-registrationEmail');
});
