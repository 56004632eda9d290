import { startApp, newPhone, open, shot, seeText, outsideLocalhost, type App } from './support';

jest.setTimeout(120_000);

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const TABS = [
  { route: 'pages/progress/index', name: 'progress' },
  { route: 'pages/materials/index', name: 'materials' },
  { route: 'pages/me/index', name: 'me' },
];

test.each([
  ['zh-CN', '进度', '数据只保存在这台手机上'],
  ['en', 'Progress', 'Your data stays on this phone'],
] as const)('the tab pages follow the phone language (%s) and are screenshotted', async (locale, tabText, meText) => {
  const page = await newPhone(app.browser, { locale });
  for (const tab of TABS) {
    await open(page, app.url, tab.route);
    await page.waitForTimeout(300);
    await shot(page, `foundation-${tab.name}-${locale}`);
  }
  expect(await page.locator('.taro-tabbar__tabbar').innerText()).toContain(tabText);
  await open(page, app.url, 'pages/me/index');
  await seeText(page, meText);
  await page.context().close();
});

test('a language chosen under 我的 survives a reload', async () => {
  const page = await newPhone(app.browser, { locale: 'zh-CN' });
  await open(page, app.url, 'pages/me/index');
  await page.getByText('English', { exact: true }).click();
  await seeText(page, 'Your data stays on this phone');
  // WeChat's privacy guide does not exist in the browser preview: no dead link to it.
  expect(await page.locator('[data-testid="privacy-contract"]').count()).toBe(0);
  await page.reload();
  await page.waitForSelector('.taro_page');
  await seeText(page, 'Your data stays on this phone');
  expect(await page.locator('.taro-tabbar__tabbar').innerText()).toContain('Progress');
  await page.context().close();
});

test('the app requested nothing outside localhost', () => {
  expect(app.requests.length).toBeGreaterThan(0);
  expect(outsideLocalhost(app.requests)).toEqual([]);
});
