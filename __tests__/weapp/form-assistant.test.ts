/**
 * 填表助手 on the built WeChat package (dist/, miniprogram-simulate, the WeChat fake): a tap copies
 * the full value through wx.setClipboardData (the screen shows it masked), the first mobile of the
 * launch is announced first, and nothing reaches the clipboard without a tap (the fake refuses a
 * setClipboardData outside one: rule clipboard-from-tap). On Windows WeChat the page takes its
 * wide layout, and the capture and photos pages offer photo files instead of the camera. Needs a
 * current build.
 */
import { newFilingRecord } from '@/domain/filing-record';
import { IDS, enterpriseProfile } from '../support/profiles';
import { launchWeapp, loadPage, waitFor, weappSession } from './harness';

jest.setTimeout(60_000);

const FILING_ID = 'assistFiling1';

/** App state (the v2 key, migrated at launch) with one complete enterprise filing. */
function seededStorage(now: number): Record<string, unknown> {
  const filing = newFilingRecord(FILING_ID, '门店预约', now);
  filing.profile = enterpriseProfile();
  filing.verificationMethod = 'bank-transfer';
  const state = {
    localePreference: 'zh-CN',
    filings: { [FILING_ID]: filing },
    filingOrder: [FILING_ID],
    unreadableFilings: [],
  };
  return { 'filing-companion': JSON.stringify({ state, version: 2 }) };
}

test('a tap copies the full value through setClipboardData; the screen keeps it masked', async () => {
  launchWeapp({ language: 'zh_CN', profile: 'ios', initialStorage: seededStorage(Date.now()) });
  const page = await loadPage('pages/assistant/index', { id: FILING_ID });
  await page.waitForText('负责人姓名');
  await page.waitForText('138****8000');
  // Opening the page copies nothing.
  expect(weappSession().callsOf('setClipboardData')).toEqual([]);

  // The entity name copies on the tap.
  await page.tap('copy-icp-entity.icp.entity-name');
  await waitFor(() => weappSession().clipboard === '杭州示例科技有限公司', { timeoutMs: 5000 });
  await waitFor(() => page.textOf('copy-icp-entity.icp.entity-name') === '已复制', { timeoutMs: 5000 });

  // The first mobile of the launch: the notice first, then the full number from its confirm tap.
  await page.tap('copy-icp-entity-principal.icp.ep.mobile');
  await page.waitForText('将完整复制到剪贴板');
  expect(weappSession().clipboard).toBe('杭州示例科技有限公司');
  await page.tap('clipboard-notice-confirm');
  await waitFor(() => weappSession().clipboard === '13800138000', { timeoutMs: 5000 });

  // Later in the launch an ID number copies at once, in full.
  await page.tap('copy-icp-entity-principal.icp.ep.id-number');
  await waitFor(() => weappSession().clipboard === IDS.hangzhou1, { timeoutMs: 5000 });
  const copied = weappSession()
    .callsOf('setClipboardData')
    .map((c) => (c.args as { data: string }).data);
  expect(copied).toEqual(['杭州示例科技有限公司', '13800138000', IDS.hangzhou1]);
  expect(weappSession().wxFake.refusals).toEqual([]);
  // The numbers are on the clipboard, never on the screen.
  expect(page.text()).not.toContain(IDS.hangzhou1);
  expect(page.text()).not.toContain('13800138000');
  expect(page.text()).toContain('3301**********0027');
});

test('Windows WeChat: the wide layout, and no camera on the capture or photos page', async () => {
  launchWeapp({ language: 'zh_CN', profile: 'windows', initialStorage: seededStorage(Date.now()) });
  const page = await loadPage('pages/assistant/index', { id: FILING_ID });
  await page.waitForText('在电脑版微信上');
  expect(page.component.dom.querySelector('.fa--desktop')).not.toBeNull();

  const capture = await loadPage('pages/capture/index', { id: FILING_ID, slot: 'business-license' });
  await capture.waitForText('电脑版微信不能拍照');
  expect(capture.testIds()).not.toContain('capture-shoot');
  expect(capture.testIds()).not.toContain('capture-system');
  expect(capture.testIds()).toContain('capture-choose');

  // The photos page: its slots choose files, under the same line.
  const photos = await loadPage('pages/photos/index', { id: FILING_ID });
  await photos.waitForText('电脑版微信不能拍照');
  expect(photos.testIds()).toContain('photos-desktop-note');
  expect(photos.textOf('capture-business-license')).toBe('选择照片');
  expect(photos.text()).not.toContain('拍摄');
});
