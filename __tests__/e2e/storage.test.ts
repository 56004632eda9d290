/**
 * Data safety in the browser build (issue 10): a filing whose saved record is damaged stays
 * listed as unreadable, the recovery notice shows at every launch, the raw data leaves only as a
 * downloaded file after a personal-data warning, and erasing says what stays in the calendar.
 */
import { startApp, newPhone, open, shot, seeText, byTestId, tapModalButton, type App } from './support';

jest.setTimeout(60_000);

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const TEXT = {
  'zh-CN': {
    unreadable: '无法读取的备案',
    banner: '有数据无法读取',
    export: '导出原始数据',
    warnTitle: '导出文件含个人信息',
    continue: '继续导出',
    download: '下载文件',
    erase: '清除全部数据',
    delete: '删除',
    noCalendar: '没有往手机日历添加过提醒',
  },
  en: {
    unreadable: 'Unreadable filing',
    banner: 'Some saved data could not be read',
    export: 'Export raw data',
    warnTitle: 'The file holds personal data',
    continue: 'Export',
    download: 'Download file',
    erase: 'Erase everything',
    delete: 'Delete',
    noCalendar: 'never added a reminder',
  },
};

describe.each(['zh-CN', 'en'] as const)('saved data that cannot be read (%s)', (locale) => {
  const tx = TEXT[locale];

  test('is listed, survives a reload, exports as a file after a warning, and erasing clears it', async () => {
    const page = await newPhone(app.browser, { locale });
    await open(page, app.url, 'pages/me/index');
    // A good filing and a damaged one, as the app stores them (Taro's H5 storage wraps { data }).
    await page.evaluate(() => {
      const put = (key: string, value: string) => localStorage.setItem(key, JSON.stringify({ data: value }));
      const good = { v: 3, filing: { id: 'GOOD00000001', name: '客户甲 / Client A', createdAt: Date.now() } };
      put('fc.f.GOOD00000001', JSON.stringify(good));
      put(
        'fc.f.BROKEN000001',
        '{"v":3,"filing":{"id":"BROKEN000001","profile":{"legalRepresentative":{"idNumber":"1101',
      );
      put('fc.index', JSON.stringify({ v: 3, order: ['GOOD00000001', 'BROKEN000001'] }));
    });
    await open(page, app.url, 'pages/progress/index');
    await page.reload();
    await seeText(page, tx.unreadable);
    await seeText(page, tx.banner);
    await seeText(page, '客户甲 / Client A');
    await shot(page, `storage-unreadable-${locale}`);

    // Still there at the next launch: nothing was dropped or overwritten.
    await page.reload();
    await seeText(page, tx.unreadable);
    const kept = await page.evaluate(() => localStorage.getItem('fc.f.BROKEN000001'));
    expect(kept).toContain('1101');

    // Export: the warning first, then a file to download; nothing goes to the clipboard.
    await byTestId(page, 'raw-export').click();
    await seeText(page, tx.warnTitle);
    await shot(page, `storage-export-warning-${locale}`);
    await tapModalButton(page, tx.continue);
    await seeText(page, tx.download);
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'raw-export-send').click()]);
    expect(download.suggestedFilename()).toMatch(/^filing-companion-raw-\d{8}-\d{6}\.json$/);
    const body = await (await download.createReadStream())?.toArray();
    const exported = JSON.parse(Buffer.concat(body ?? []).toString('utf8'));
    expect(exported.items).toEqual([
      expect.objectContaining({
        source: 'fc.f.BROKEN000001',
        raw: '{"v":3,"filing":{"id":"BROKEN000001","profile":{"legalRepresentative":{"idNumber":"1101',
      }),
    ]);
    await shot(page, `storage-export-ready-${locale}`);

    // Erase everything: nothing left, and the page says what stays in the phone calendar.
    await open(page, app.url, 'pages/me/index');
    await byTestId(page, 'erase-everything').click();
    await tapModalButton(page, tx.delete);
    await byTestId(page, 'erase-calendar-left').filter({ hasText: tx.noCalendar }).waitFor({ state: 'visible' });
    await byTestId(page, 'erase-calendar-left').scrollIntoViewIfNeeded();
    await shot(page, `storage-erased-${locale}`);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fc.')))).toEqual([]);
    await page.context().close();
  });
});
