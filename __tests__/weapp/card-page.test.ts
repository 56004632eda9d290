/**
 * The share card page in the built WeChat package (dist/): it renders from an encoded `c`
 * option on a phone with empty storage, and its onShareAppMessage returns the card path and the
 * title of the moment (menu) or a reply path (reply button). Needs `npx taro build --type weapp`.
 */
import { launchWeapp, loadPage, waitForDist } from './harness';
import { newFilingRecord } from '@/domain/filing-record';
import { cardPath, decodeReply, encodeCard } from '@/domain/share-card';
import { buildCardData, chinaClock } from '@/domain/share-card-builder';
import { newCycle, startTrack } from '@/domain/sms-window';
import { present } from '../support/present';

waitForDist();
jest.setTimeout(30_000);

const ID = 'Fq7kPz2mWx9a';
const HOUR = 3_600_000;

function cardCode(now: number): { code: string; deadline: number; roundId: string } {
  const record = newFilingRecord(ID, '青禾备案', now - 5 * 24 * HOUR);
  record.profile.entityName = '杭州青禾科技有限公司';
  record.profile.miniProgramName = '青禾备忘';
  const cycle = newCycle(['legal-representative'], now - 3 * HOUR, Math.random);
  const started = startTrack(present(cycle.tracks[0], "the new round's track"), now - 2 * HOUR, now);
  if (!started.ok) throw new Error('no SMS track');
  record.smsCycles = [{ ...cycle, tracks: [started.track] }];
  const card = buildCardData(record, '小王', now);
  return { code: encodeCard(card), deadline: card.tasks.smsDeadline as number, roundId: card.roundId };
}

beforeAll(() => {
  launchWeapp({ language: 'zh_CN', initialStorage: {} });
});

test('renders the card from an encoded c option and shares the expected path and title', async () => {
  const { code, deadline, roundId } = cardCode(Date.now());
  // Route options arrive URI-encoded (stack notes trap 8).
  const page = await loadPage('pages/card/index', { c: encodeURIComponent(code) });
  // The sender's words are quoted, apart from the app's own guidance.
  await page.waitForText('「杭州青禾科技有限公司」');
  await page.waitForText('「小王」');
  await page.waitForText('以下是发送人自己填写的内容，备案助手无法核实');
  await page.waitForText('发给你的备案任务');
  await page.waitForText('备案助手提供 · 官方渠道');
  await page.waitForText('提供身份证正反面照片');
  await page.waitForText('倒计时中');
  await page.waitForText(/剩余 \d\d:\d\d:\d\d/);
  await page.waitForText('beian.miit.gov.cn');

  const fromMenu = page.instance.onShareAppMessage({ from: 'menu' });
  expect(fromMenu).toEqual({ title: `请在 ${chinaClock(deadline)} 前完成备案短信核验`, path: cardPath(code) });

  const fromButton = page.instance.onShareAppMessage({
    from: 'button',
    target: { id: 'reply-sms-verified', dataset: {} },
  });
  expect(fromButton.title).toBe('法人已完成备案短信核验');
  expect(fromButton.path.startsWith('/pages/card/index?r=')).toBe(true);
  const reply = decodeReply(fromButton.path.split('?r=')[1]);
  expect(reply.ok && reply.card).toMatchObject({
    filingId: ID,
    roundId,
    verifier: 'legal-representative',
    action: 'sms-verified',
  });
  page.unload(); // stops the 1-second countdown
});

test('a tampered code shows the friendly error, not a blank page', async () => {
  const { code } = cardCode(Date.now());
  const tampered = code.slice(0, 8) + (code[8] === 'A' ? 'B' : 'A') + code.slice(9);
  const page = await loadPage('pages/card/index', { c: tampered });
  await page.waitForText('这张卡片无法读取');
  await page.waitForText('请让发送人重新分享一次');
  page.unload();
});
