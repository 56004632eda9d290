/**
 * The filing journey in the browser build: create a filing, fix bad identifiers, mark materials,
 * advance steps, record a rejection, enter a filing number, reload and find everything as left;
 * then every journey page is screenshotted in both languages (artifacts/screenshots/journey-*).
 */
import type { Page } from 'playwright-core';
import { startApp, newPhone, open, shot, byTestId, typeInto, toTop, createFiling, seeText, type App } from './support';
import { choose } from './picker';

jest.setTimeout(180_000);

const VALID_ID = '11010519491231002X';
const VALID_CREDIT = '91350100M000100Y43';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function openStep(page: Page, step: string) {
  if (
    !(await byTestId(page, `note-${step}`)
      .isVisible()
      .catch(() => false))
  )
    await byTestId(page, `step-toggle-${step}`).click();
}

test('the whole journey survives a reload (zh-CN)', async () => {
  const page = await newPhone(app.browser, { locale: 'zh-CN' });
  // 1. Create a filing.
  const id = await createFiling(page, app.url, '门店预约小程序');
  await seeText(page, '门店预约小程序');

  // 2. Bad ID and bad credit code show their errors (the credit code once the entity type is chosen).
  await open(page, app.url, `pages/profile/index?id=${id}`);
  await choose(page, 'picker-entityType', 0);
  await typeInto(page, 'input-entityPrincipal.idNumber', '110105194912310021');
  await seeText(page, '校验位不对，请逐位核对（常见是输错一位或两位颠倒）');
  await typeInto(page, 'input-certificateNumber', '91350100M0001');
  await seeText(page, /统一社会信用代码为 18 位/);

  // 3. Fixed, they are masked after blur.
  await typeInto(page, 'input-entityPrincipal.idNumber', VALID_ID);
  await seeText(page, '1101**********002X');
  await typeInto(page, 'input-certificateNumber', VALID_CREDIT);
  await seeText(page, '9135**********0Y43');
  expect(await page.getByText(VALID_ID).locator('visible=true').count()).toBe(0);
  await typeInto(page, 'input-registrationEmail', 'ops@example.com');
  await typeInto(page, 'input-administrator.mobile', '13800138000');

  // 4. Mark materials.
  await open(page, app.url, 'pages/materials/index');
  await byTestId(page, 'confirm-email').click();
  await expect(byTestId(page, 'material-status-email').innerText()).resolves.toBe('已就绪');
  await byTestId(page, 'mark-commitment-letter').click();
  await seeText(page, /标记$/);

  // 5. Advance steps, record a rejection, enter a filing number.
  await open(page, app.url, `pages/filing/index?id=${id}`);
  await byTestId(page, 'set-reg-1.1-done').click();
  await expect(byTestId(page, 'step-status-reg-1.1').innerText()).resolves.toBe('已完成');
  await openStep(page, 'filing-platform-review');
  await byTestId(page, 'set-filing-platform-review-in-progress').click();
  await byTestId(page, 'reject-filing-platform-review').click();
  await typeInto(page, 'reject-field', '服务内容描述');
  await typeInto(page, 'reject-reason', '描述过于笼统');
  await typeInto(page, 'reject-fix', '写清具体服务');
  await byTestId(page, 'reject-save').click();
  await seeText(page, '已重新提交 1 次');
  await openStep(page, 'filing-approved');
  await typeInto(page, 'filing-number-input', '粤B2-20090059');
  await byTestId(page, 'filing-number-save').click();
  await seeText(page, '缺少小程序服务编号：结尾应是「-数字X」，例如 -1626X');
  await typeInto(page, 'filing-number-input', '粤B2-20090059-1626X');
  await byTestId(page, 'filing-number-save').click();
  await seeText(page, '备案号：粤B2-20090059-1626X');

  // 6. Reload: everything is as left.
  await page.reload();
  await byTestId(page, 'filing-name').waitFor();
  await expect(byTestId(page, 'step-status-reg-1.1').innerText()).resolves.toBe('已完成');
  await expect(byTestId(page, 'step-status-filing-platform-review').innerText()).resolves.toBe('被驳回');
  await seeText(page, '备案号：粤B2-20090059-1626X');
  await openStep(page, 'filing-platform-review');
  await seeText(page, '描述过于笼统');
  await open(page, app.url, `pages/profile/index?id=${id}`);
  await seeText(page, '1101**********002X');
  await seeText(page, '9135**********0Y43');
  await open(page, app.url, 'pages/materials/index');
  await expect(byTestId(page, 'material-status-email').innerText()).resolves.toBe('已就绪');
  await seeText(page, /标记$/);
  await page.context().close();
});

test.each([
  ['zh-CN', '全部步骤', '校验位不对'],
  ['en', 'Steps', 'The check character is wrong'],
] as const)('every journey page is screenshotted (%s)', async (locale, _stepsWord, idError) => {
  const page = await newPhone(app.browser, { locale });
  await open(page, app.url, 'pages/progress/index');
  await page.waitForTimeout(300);
  await shot(page, `journey-progress-empty-${locale}`);
  const id = await createFiling(page, app.url, locale === 'en' ? 'Store booking' : '门店预约');

  await open(page, app.url, `pages/profile/index?id=${id}`);
  await byTestId(page, 'picker-entityType').waitFor();
  await choose(page, 'picker-entityType', 0);
  await typeInto(page, 'input-entityName', locale === 'en' ? 'Fuzhou Example Tech Co., Ltd.' : '福州某某科技有限公司');
  await typeInto(page, 'input-miniProgramName', locale === 'en' ? 'Store booking' : '门店预约');
  await typeInto(page, 'input-entityPrincipal.idNumber', '110105194912310021');
  await seeText(page, new RegExp(idError));
  await typeInto(page, 'input-administrator.mobile', '13800138000');
  await typeInto(page, 'input-emergencyMobile', '13800138000');
  await toTop(page);
  await shot(page, `journey-profile-${locale}`);
  await byTestId(page, 'row-entityPrincipal.idNumber').scrollIntoViewIfNeeded();
  await shot(page, `journey-profile-errors-${locale}`);

  await open(page, app.url, `pages/filing/index?id=${id}`);
  await byTestId(page, 'set-reg-1.1-done').click();
  await toTop(page);
  await shot(page, `journey-filing-${locale}`);
  await openStep(page, 'verify-method');
  await byTestId(page, 'step-verify-method').scrollIntoViewIfNeeded();
  await shot(page, `journey-filing-steps-${locale}`);

  await open(page, app.url, 'pages/progress/index');
  await byTestId(page, `filing-card-${id}`).waitFor();
  await shot(page, `journey-progress-${locale}`);
  await open(page, app.url, 'pages/materials/index');
  await byTestId(page, 'materials-progress').waitFor();
  await shot(page, `journey-materials-${locale}`);
  await open(page, app.url, `pages/preflight/index?id=${id}`);
  await byTestId(page, 'preflight-blocking').waitFor();
  await shot(page, `journey-preflight-${locale}`);
  await open(page, app.url, `pages/help/index?id=${id}`);
  await page.waitForTimeout(200);
  await shot(page, `journey-help-${locale}`);
  await open(page, app.url, 'pages/filing/index?id=no-such-filing');
  await byTestId(page, 'missing-filing').waitFor();
  await shot(page, `journey-missing-${locale}`);
  await page.context().close();
});
