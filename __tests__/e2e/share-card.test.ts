import type { Page } from 'playwright-core';
import { startApp, newPhone, open, shot, seeText, outsideLocalhost, storedState, type App } from './support';
import { newFilingRecord } from '@/domain/filing-record';
import { decodeCard, encodeCard, encodeReply, type CardData } from '@/domain/share-card';
import { emptyTrack, startTrack, type SmsCycle } from '@/domain/sms-window';
import { present } from '../support/present';

jest.setTimeout(180_000);

const ID = 'Fq7kPz2mWx9a';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The round of the filing's first submission, expired 10 days ago; the filing was resubmitted since. */
const OLD_ROUND = 'RoundOld0001';
const ROUND = 'RoundNow0001';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/**
 * The administrator's saved data: one filing whose first SMS round expired 10 days ago and whose
 * current round's SMS came 2 hours ago.
 */
function adminStorage(): string {
  const now = Date.now();
  const record = newFilingRecord(ID, '青禾备案', now - 5 * 24 * HOUR);
  record.profile.entityName = '杭州青禾科技有限公司';
  record.profile.miniProgramName = '青禾备忘';
  record.profile.administrator.name = '王晓明';
  record.profile.administrator.mobile = '13800138000';
  record.profile.entityPrincipal.name = '李建国';
  record.profile.entityPrincipal.idNumber = '11010519491231002X';
  record.profile.certificateNumber = '91350100M000100Y43';
  const old = startTrack(emptyTrack('legal-representative'), now - 10 * DAY + HOUR, now - 10 * DAY + HOUR);
  const started = startTrack(emptyTrack('legal-representative'), now - 2 * HOUR, now);
  if (!started.ok || !old.ok) throw new Error('no SMS track');
  const rounds: SmsCycle[] = [
    { id: OLD_ROUND, startedAt: now - 10 * DAY, tracks: [old.track], outcome: 'expired' },
    { id: ROUND, startedAt: now - 3 * HOUR, tracks: [started.track], outcome: 'open' },
  ];
  record.smsCycles = rounds;
  const persisted = {
    state: { localePreference: 'system', filings: { [ID]: record }, filingOrder: [ID], unreadableFilings: [] },
    version: 2,
  };
  // Taro's H5 storage keeps { data } around the value the store writes.
  return JSON.stringify({ data: JSON.stringify(persisted) });
}

async function seedAdmin(page: Page): Promise<void> {
  await open(page, app.url, 'pages/me/index');
  await page.evaluate((value) => window.localStorage.setItem('filing-companion', value), adminStorage());
}

/** Opens a full link (as copied from the page) and waits for the page to render. */
async function openLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.reload();
  await page.waitForSelector('.taro_page', { timeout: 15000 });
}

const TEXT = {
  'zh-CN': {
    send: '发送任务卡给法人',
    sender: '小王',
    senderShown: '「小王」',
    quoteLabel: '以下是发送人自己填写的内容，备案助手无法核实',
    counting: '倒计时中',
    replySms: '我已完成短信核验',
    change: /法人的短信核验：倒计时中 → 已核验（\d\d月\d\d日 \d\d:\d\d）/,
    oldReply: /这条回复属于较早的一轮短信核验（\d\d月\d\d日 \d\d:\d\d 的任务卡），之后已重新提交过。没有做任何修改。/,
    caution: '请注意：发送人填写的内容不是官方信息',
    cautionLink: '里面有网址。请不要打开，短信核验只在 beian.miit.gov.cn 完成。',
    cautionOfficial: '里面提到了官方机构。这张卡片是个人发出的，不是工信部、管局或微信的通知。',
    confirm: '确认修改',
    applied: '已更新：法人已完成短信核验',
    verified: '已核验',
    bad: '这张卡片无法读取',
    badBody: '请让发送人重新分享一次',
  },
  en: {
    send: 'Send checklist to legal representative',
    sender: 'Wang',
    senderShown: '“Wang”',
    quoteLabel: 'Typed by the sender; Filing Companion cannot check it',
    counting: 'Counting down',
    replySms: 'I have verified the SMS',
    change: /SMS of the legal representative: counting → verified at \d\d-\d\d \d\d:\d\d/,
    oldReply:
      /This reply is for an earlier round, from \d\d-\d\d \d\d:\d\d; the filing was resubmitted since\. Nothing was changed\./,
    caution: 'Careful: what the sender typed is not official information',
    cautionLink: 'It contains a web address. Do not open it: the SMS is verified only on beian.miit.gov.cn.',
    cautionOfficial:
      'It names an official body. This card was sent by a person, not by MIIT, the communications administration or WeChat.',
    confirm: 'Confirm change',
    applied: 'Updated: the legal representative verified the SMS',
    verified: 'Verified',
    bad: "This card can't be read",
    badBody: 'Ask the sender to share it again',
  },
} as const;

/** What the administrator has saved, as the app wrote it (its keys put back together). */
async function savedState(page: Page) {
  return storedState(page);
}

test.each(['zh-CN', 'en'] as const)(
  'two phones: the admin shares, the legal representative replies; an old reply is refused, the fresh one applied, a crafted card cautioned (%s)',
  async (locale) => {
    const text = TEXT[locale];
    // 1. The administrator shares: in the browser build the link is copied and shown.
    const admin = await newPhone(app.browser, { locale });
    await seedAdmin(admin);
    await openLink(admin, `${app.url}#/pages/share/index?id=${ID}`);
    await seeText(admin, text.send);
    await admin
      .locator('[data-testid="sender-input"] input, input[data-testid="sender-input"]')
      .first()
      .fill(text.sender);
    await admin.locator('[data-testid="card-image"]').first().waitFor({ state: 'attached', timeout: 10000 });
    await admin.getByText(text.send, { exact: true }).click();
    const linkBox = admin.locator('[data-testid="share-link"]').first();
    await linkBox.waitFor({ state: 'visible', timeout: 10000 });
    const cardUrl = (await linkBox.innerText()).trim();
    expect(cardUrl.startsWith(`${app.url}#/pages/card/index?c=`)).toBe(true);
    for (const secret of [
      '13800138000',
      '11010519491231002X',
      '91350100M000100Y43',
      '李建国',
      '王晓明',
      '138001',
      '100Y43',
    ]) {
      expect(decodeURIComponent(cardUrl)).not.toContain(secret);
    }
    await shot(admin, `share-page-${locale}`);

    // 2. A fresh context with empty storage opens the link: tasks and a live countdown.
    const rep = await newPhone(app.browser, { locale });
    await openLink(rep, cardUrl);
    await seeText(rep, '杭州青禾科技有限公司');
    await seeText(rep, text.senderShown);
    await seeText(rep, text.quoteLabel);
    expect(await rep.locator('[data-testid="card-caution"]').count()).toBe(0);
    expect(await rep.locator('[data-testid="task-sms-status"]').first().innerText()).toBe(text.counting);
    await seeText(rep, 'beian.miit.gov.cn');
    const countdown = rep.locator('[data-testid="sms-countdown"]').first();
    const first = await countdown.innerText();
    expect(first).toMatch(/2[12]:\d\d:\d\d|1\d:\d\d:\d\d/);
    await rep.waitForFunction(
      (before) => document.querySelector('[data-testid="sms-countdown"]')?.textContent !== before,
      first,
      { timeout: 2000 },
    );
    expect(
      await rep.evaluate(() =>
        Object.keys(window.localStorage).filter((k) => window.localStorage.getItem(k)?.includes('Fq7kPz2mWx9a')),
      ),
    ).toEqual([]);
    await shot(rep, `share-card-${locale}`);

    // 3. It replies.
    await rep.getByText(text.replySms, { exact: true }).click();
    const replyBox = rep.locator('[data-testid="share-link"]').first();
    await replyBox.waitFor({ state: 'visible', timeout: 10000 });
    const replyUrl = (await replyBox.innerText()).trim();
    expect(replyUrl.startsWith(`${app.url}#/pages/card/index?r=`)).toBe(true);

    const card = decodeCard(decodeURIComponent(present(cardUrl.split('?c=')[1], 'the card code')));
    expect(card.ok && card.card.roundId).toBe(ROUND);

    // 4. A 9-day-old reply, to a card of the round before the resubmission, changes nothing.
    const before = JSON.stringify(await savedState(admin));
    const oldReply = encodeReply({
      filingId: ID,
      roundId: OLD_ROUND,
      cardCreatedAt: Date.now() - 9 * DAY - HOUR,
      verifier: 'legal-representative',
      action: 'sms-verified',
      at: Date.now() - 9 * DAY,
    });
    await openLink(admin, `${app.url}#/pages/card/index?r=${oldReply}`);
    await seeText(admin, text.oldReply);
    expect(await admin.locator('[data-testid="reply-confirm"]').locator('visible=true').count()).toBe(0);
    await shot(admin, `share-reply-old-${locale}`);
    expect(JSON.stringify(await savedState(admin))).toBe(before);

    // 5. The administrator opens the fresh reply, sees what will change with its full date, confirms.
    await openLink(admin, replyUrl);
    await seeText(admin, text.change);
    await shot(admin, `share-reply-${locale}`);
    await admin.getByText(text.confirm, { exact: true }).click();
    await seeText(admin, text.applied);
    expect(await admin.locator('[data-testid="reply-track-state"]').first().innerText()).toBe(text.verified);
    const state = await savedState(admin);
    expect(state.filings.Fq7kPz2mWx9a.smsCycles[1].tracks[0].verifiedAt).toEqual(expect.any(Number));
    expect(state.filings.Fq7kPz2mWx9a.smsCycles[0].tracks[0].verifiedAt).toBeNull();
    await shot(admin, `share-reply-applied-${locale}`);

    // 6. A crafted card with a link in the company name and a sender posing as MIIT: quoted, cautioned, nothing tappable.
    if (!card.ok) throw new Error('the shared card did not decode');
    const crafted: CardData = {
      ...card.card,
      company: '工信部备案核验 https://beian-miit.gov.cn.verify-sms.top/login',
      sender: '工信部备案中心',
    };
    await openLink(rep, `${app.url}#/pages/card/index?c=${encodeCard(crafted)}`);
    await seeText(rep, text.caution);
    await seeText(rep, text.cautionLink);
    await seeText(rep, text.cautionOfficial);
    await seeText(rep, /beian-miit\.gov\.cn\.verify-sms\.top/);
    const visibleCard = rep.locator('[data-testid="card-view"]').locator('visible=true').first();
    expect(await visibleCard.locator('a, [href]').count()).toBe(0);
    await shot(rep, `share-card-crafted-${locale}`);

    // 5. A tampered link shows the friendly error.
    const tampered = cardUrl.replace(
      /c=(.{12})(.)/,
      (_m, head: string, ch: string) => `c=${head}${ch === 'A' ? 'B' : 'A'}`,
    );
    expect(tampered).not.toBe(cardUrl);
    await openLink(rep, tampered);
    await seeText(rep, text.bad);
    await seeText(rep, text.badBody);
    await shot(rep, `share-card-tampered-${locale}`);

    expect(outsideLocalhost(app.requests)).toEqual([]);
    await admin.context().close();
    await rep.context().close();
  },
);
