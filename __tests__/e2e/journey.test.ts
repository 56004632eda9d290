/**
 * The filing journey in the browser build: create a filing, fix bad identifiers, mark materials,
 * advance steps, record a rejection, enter a filing number, reload and find everything as left;
 * then every journey page is screenshotted in both languages (artifacts/screenshots/journey-*).
 */
import type { Page } from 'playwright-core';
import { startApp, newPhone, open, shot, type App } from './support';
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

// H5 keeps earlier pages in the DOM (hidden), so every lookup is limited to visible elements.
const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"] >> visible=true`).first();
async function seeText(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  await page.getByText(text).locator('visible=true').first().waitFor({ state: 'visible', timeout });
}
async function toTop(page: Page) {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelectorAll('.taro_page').forEach((el) => ((el as HTMLElement).scrollTop = 0));
  });
}
/** The real <input>/<textarea> inside a Taro H5 input component (or the element itself). */
const field = (page: Page, id: string) =>
  byTestId(page, id).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first();

async function typeInto(page: Page, id: string, value: string) {
  // A masked identifier shows its input again after a tap on Show.
  const path = id.replace(/^input-/, '');
  const reveal = byTestId(page, `reveal-${path}`);
  if (id.startsWith('input-') && (await reveal.isVisible().catch(() => false))) await reveal.click();
  const input = field(page, id);
  await input.click();
  await input.fill(value);
}

/** Creates a filing from the Progress tab and returns its id (read from the filing page URL). */
async function createFiling(page: Page, name: string): Promise<string> {
  await open(page, app.url, 'pages/progress/index');
  await byTestId(page, 'empty-action').click();
  await typeInto(page, 'name-input', name);
  await byTestId(page, 'name-submit').click();
  await page.waitForURL(/pages\/filing\/index\?id=/);
  await byTestId(page, 'filing-name').waitFor();
  const id = new URL(page.url().replace('#/', '')).searchParams.get('id');
  if (!id) throw new Error(`no filing id in ${page.url()}`);
  return id;
}

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
  const id = await createFiling(page, '门店预约小程序');
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
  await field(page, 'input-entityPrincipal.idNumber').blur();
  await seeText(page, '1101**********002X');
  await typeInto(page, 'input-certificateNumber', VALID_CREDIT);
  await field(page, 'input-certificateNumber').blur();
  await seeText(page, '9135**********0Y43');
  expect(await page.getByText(VALID_ID).locator('visible=true').count()).toBe(0);
  await typeInto(page, 'input-registrationEmail', 'ops@example.com');
  await typeInto(page, 'input-administrator.mobile', '13800138000');
  await field(page, 'input-administrator.mobile').blur();

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
  const id = await createFiling(page, locale === 'en' ? 'Store booking' : '门店预约');

  await open(page, app.url, `pages/profile/index?id=${id}`);
  await byTestId(page, 'picker-entityType').waitFor();
  await choose(page, 'picker-entityType', 0);
  await typeInto(page, 'input-entityName', locale === 'en' ? 'Fuzhou Example Tech Co., Ltd.' : '福州某某科技有限公司');
  await typeInto(page, 'input-miniProgramName', locale === 'en' ? 'Store booking' : '门店预约');
  await typeInto(page, 'input-entityPrincipal.idNumber', '110105194912310021');
  await seeText(page, new RegExp(idError));
  await typeInto(page, 'input-administrator.mobile', '13800138000');
  await typeInto(page, 'input-emergencyMobile', '13800138000');
  await field(page, 'input-emergencyMobile').blur();
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
