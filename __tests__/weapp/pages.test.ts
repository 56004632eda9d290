/**
 * The built WeChat package (dist/), rendered headlessly through miniprogram-simulate.
 * Needs a current build: `npx taro build --type weapp`. See harness.ts for how it works.
 */
import { distRoutes, launchWeapp, loadPage, realSleep, waitFor, waitForDist } from './harness';

// Pages may be added at any time: the list comes from the build itself.
waitForDist();
const ROUTES = distRoutes();
const SETTINGS_KEY = 'fc.settings';

jest.setTimeout(15_000);

/** Text with whitespace removed, to judge "non-trivial" independently of layout. */
const compact = (text: string) => text.replace(/\s+/g, '');

describe('every page in dist/app.json', () => {
  beforeAll(() => {
    launchWeapp({ language: 'zh_CN' });
  });

  test('app.json lists pages', () => {
    expect(ROUTES.length).toBeGreaterThan(0);
  });

  test.each(ROUTES)('%s renders visible text', async (route) => {
    const page = await loadPage(route);
    // Content arrives with the first setData (awaited by loadPage) or soon after (effects).
    await waitFor(() => compact(page.text()).length >= 4, {
      timeoutMs: 1500,
      describe: () => `${route} rendered only ${JSON.stringify(page.text())}`,
    });
    // The first render reached WXML through a real setData of the page tree.
    expect(page.setDataCalls[0]).toMatchObject({ target: 'page', route });
    expect(page.setDataCalls[0]?.bytes).toBeGreaterThan(20);
  });
});

describe('Progress page (pages/progress/index)', () => {
  test('empty state in Chinese on a zh_CN phone', async () => {
    launchWeapp({ language: 'zh_CN' });
    const page = await loadPage('pages/progress/index');
    await page.waitForText('还没有备案项目');
    expect(page.text()).not.toContain('No filings yet');
  });

  test('empty state in English on an English phone, tab bar relabelled', async () => {
    const session = launchWeapp({ language: 'en' });
    const page = await loadPage('pages/progress/index');
    await page.waitForText('No filings yet');
    expect(page.text()).not.toContain('还没有备案项目');
    // useDidShow re-labels the native tab bar and title in the phone's language.
    await waitFor(() => session.tabBarTexts.join('|') === 'Progress|Materials|Me', {
      describe: () => JSON.stringify(session.tabBarTexts),
    });
    expect(session.navigationBarTitle).toBe('Progress');
  });
});

describe('我的 page (pages/me/index)', () => {
  test('tapping English switches the page to English and persists the choice to wx storage', async () => {
    const session = launchWeapp({ language: 'zh_CN' });
    const page = await loadPage('pages/me/index');
    await page.waitForText('语言');
    expect(page.text()).toContain('数据只保存在这台手机上');
    expect(page.textOf('language-system')).toContain('✓');
    expect(session.storedState().localePreference).toBe('system');

    await page.tap('language-en');

    await page.waitForText('Your data stays on this phone');
    await page.waitForNoText('数据只保存在这台手机上');
    expect(page.text()).toContain('Language');
    expect(page.textOf('language-en')).toContain('✓');
    expect(page.textOf('language-system')).not.toContain('✓');

    const raw = await waitFor(() => session.storage.get(SETTINGS_KEY) as string | undefined);
    expect(typeof raw).toBe('string');
    await waitFor(() => session.storedState().localePreference === 'en', {
      describe: () => String(session.storage.get(SETTINGS_KEY)),
    });
    expect(JSON.parse(session.storage.get(SETTINGS_KEY) as string).localePreference).toBe('en');

    // The page re-labels the native chrome right away.
    expect(session.tabBarTexts).toEqual(['Progress', 'Materials', 'Me']);
    expect(session.navigationBarTitle).toBe('Me');
  });

  test('the stored language survives an app restart', async () => {
    const first = launchWeapp({ language: 'zh_CN' });
    const me = await loadPage('pages/me/index');
    await me.tap('language-en');
    await waitFor(() => first.storedState().localePreference === 'en');

    // Relaunch on a Chinese phone with the same storage: the saved preference wins.
    launchWeapp({ language: 'zh_CN', initialStorage: Object.fromEntries(first.storage) });
    const progress = await loadPage('pages/progress/index');
    await progress.waitForText('No filings yet');
  });

  test('erase everything asks first; cancelling keeps data, confirming erases it', async () => {
    const session = launchWeapp({ language: 'zh_CN', autoConfirmModal: false });
    const page = await loadPage('pages/me/index');
    await page.tap('language-en');
    await waitFor(() => session.storedState().localePreference === 'en');

    await page.tap('erase-everything');
    const modal = await waitFor(() => session.callsOf('showModal')[0]);
    expect(modal.args).toMatchObject({ title: 'Erase everything', content: 'Erase all data? This cannot be undone.' });
    // Nothing can be polled for when nothing should happen: give the cancel answer time to land.
    await realSleep(100);
    expect(session.storedState().localePreference).toBe('en');
    expect(session.callsOf('showToast')).toHaveLength(0);

    session.config.autoConfirmModal = true;
    await page.tap('erase-everything');
    await waitFor(() => session.callsOf('showToast')[0]);
    expect(session.callsOf('showToast')[0]?.args).toMatchObject({ title: 'All data erased' });
    expect(session.storedState().localePreference).toBe('system');
    expect([...session.storage.keys()]).toEqual([]);
    await page.waitForText('数据只保存在这台手机上');
  });

  test('WeChat privacy request shows the consent sheet; declining answers "disagree"', async () => {
    const session = launchWeapp({ language: 'zh_CN' });
    const page = await loadPage('pages/me/index');
    await page.waitForText('语言');
    expect(page.text()).not.toContain('隐私保护提示');

    const answer = session.triggerPrivacyAuthorization();
    await page.waitForText('隐私保护提示');

    await page.tap('text=阅读《隐私保护指引》');
    await waitFor(() => session.callsOf('openPrivacyContract').length === 1);

    await page.tap('text=暂不同意');
    await expect(answer).resolves.toMatchObject({ event: 'disagree' });
    await page.waitForNoText('隐私保护提示');
  });
});
