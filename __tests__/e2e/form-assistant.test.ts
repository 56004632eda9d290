/**
 * 填表助手 in the browser build, as a user meets it on a phone and at a computer (1280×800):
 * fill a profile, open the assistant from the filing page, copy three fields (the entity's name,
 * a mobile after the clipboard notice, an ID number) and read each back from the system
 * clipboard. Nothing of what was copied is kept in localStorage (Taro's own H5 clipboard would
 * keep it under 'taro_clipboard'). Screenshots in zh-CN and en (artifacts/screenshots/assistant-*).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, open, shot, byTestId, typeInto, createFiling, type App } from './support';
import { choose } from './picker';

jest.setTimeout(240_000);

const ENTERPRISE = 0;
const ZHANG_SAN_ID = '330106198505050027';
const ENTITY = '杭州示例科技有限公司';
const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
} as const;

const TEXT = {
  'zh-CN': { notice: '将完整复制到剪贴板', copied: '已复制', principal: '负责人姓名' },
  en: { notice: 'will be copied in full to the clipboard', copied: 'Copied', principal: 'Name' },
} as const;

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** A fresh browser context of the given size and language that may read and write the clipboard. */
async function newContext(browser: Browser, size: keyof typeof VIEWPORTS, locale: 'zh-CN' | 'en'): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    ...VIEWPORTS[size],
    locale,
    timezoneId: 'Asia/Shanghai',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  const requests = (browser as Browser & { __requests?: string[] }).__requests;
  context.on('request', (request) => requests?.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[pageerror] ${error.message}`));
  return page;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** Waits until the system clipboard holds `expected` (the copy resolves after the tap). */
async function clipboardBecomes(page: Page, expected: string, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  let seen = await clipboard(page);
  while (seen !== expected && Date.now() < until) {
    await page.waitForTimeout(100);
    seen = await clipboard(page);
  }
  expect(seen).toBe(expected);
}

describe.each([
  ['phone', 'zh-CN'],
  ['phone', 'en'],
  ['desktop', 'zh-CN'],
  ['desktop', 'en'],
] as const)('the form assistant (%s, %s)', (size, locale) => {
  const tx = TEXT[locale];

  test('fill a profile, open the assistant, copy three fields and read them back from the clipboard', async () => {
    const page = await newContext(app.browser, size, locale);
    const id = await createFiling(page, app.url, locale === 'en' ? 'Store booking' : '门店预约');

    await open(page, app.url, `pages/profile/index?id=${id}`);
    await choose(page, 'picker-entityType', ENTERPRISE);
    await typeInto(page, 'input-entityName', ENTITY);
    await typeInto(page, 'input-entityPrincipal.name', '张三');
    await typeInto(page, 'input-entityPrincipal.idNumber', ZHANG_SAN_ID);
    await typeInto(page, 'input-entityPrincipal.mobile', '13800138000');
    await typeInto(page, 'input-miniProgramName', '示例预约');

    // From the filing page, as a user goes.
    await open(page, app.url, `pages/filing/index?id=${id}`);
    await byTestId(page, 'link-assistant').click();
    await page.waitForURL(/pages\/assistant\/index\?id=/);
    await byTestId(page, 'form-assistant').waitFor();
    await shot(page, `assistant-${size}-top-${locale}`);

    // 1. The entity's name: copied at once.
    await byTestId(page, 'copy-icp-entity.icp.entity-name').click();
    await clipboardBecomes(page, ENTITY);
    await byTestId(page, 'copy-icp-entity.icp.entity-name').filter({ hasText: tx.copied }).waitFor();

    // 2. The first mobile of the launch: the notice, then the number from its confirm tap.
    await byTestId(page, 'field-icp-entity-principal.icp.ep.mobile').scrollIntoViewIfNeeded();
    await byTestId(page, 'copy-icp-entity-principal.icp.ep.mobile').click();
    await byTestId(page, 'clipboard-notice').filter({ hasText: tx.notice }).waitFor();
    await shot(page, `assistant-${size}-notice-${locale}`);
    expect(await clipboard(page)).toBe(ENTITY);
    await byTestId(page, 'clipboard-notice-confirm').click();
    await clipboardBecomes(page, '13800138000');

    // 3. The ID number: masked on screen, copied whole.
    expect(await byTestId(page, 'value-icp-entity-principal.icp.ep.id-number').innerText()).toBe('3301**********0027');
    await byTestId(page, 'copy-icp-entity-principal.icp.ep.id-number').click();
    await clipboardBecomes(page, ZHANG_SAN_ID);
    await byTestId(page, 'copy-icp-entity-principal.icp.ep.id-number').filter({ hasText: tx.copied }).waitFor();
    await byTestId(page, 'section-icp-entity-principal').scrollIntoViewIfNeeded();
    await shot(page, `assistant-${size}-copied-${locale}`);

    // Nothing copied is kept in localStorage (Taro's H5 clipboard would: 'taro_clipboard').
    const kept = await page.evaluate(() =>
      Object.keys(window.localStorage).filter(
        (key) => !key.startsWith('fc.') && (window.localStorage.getItem(key) ?? '').includes('330106198505050027'),
      ),
    );
    expect(kept).toEqual([]);
    expect(await page.evaluate(() => window.localStorage.getItem('taro_clipboard'))).toBeNull();

    // At a computer registration and verification sit beside the filing; on a phone they stack.
    const registration = await byTestId(page, 'section-registration').boundingBox();
    const verification = await byTestId(page, 'section-entity-verification').boundingBox();
    const filing = await byTestId(page, 'section-icp-entity').boundingBox();
    if (!registration || !verification || !filing) throw new Error('sections not on screen');
    expect(verification.x).toBeCloseTo(registration.x, 0);
    if (size === 'desktop') {
      expect(filing.x).toBeGreaterThan(registration.x + registration.width - 1);
      expect(registration.width).toBeLessThan(640);
    } else {
      expect(filing.x).toBeCloseTo(registration.x, 0);
      expect(filing.y).toBeGreaterThan(verification.y + verification.height - 1);
    }

    // The description help, below the mini program's fields.
    await byTestId(page, 'description-helper').scrollIntoViewIfNeeded();
    await shot(page, `assistant-${size}-description-${locale}`);
    await page.context().close();
  });
});
