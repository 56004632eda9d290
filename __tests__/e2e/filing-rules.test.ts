/**
 * Filing rules in the browser build, as two users meet them (issue 12, "Must show"):
 * - an individual filer: 本人 labels, no bank or certificate items, verification optional with the
 *   seed's and newer sources' views side by side, the face check's own countdown;
 * - an enterprise whose administrator (王五) is not its legal representative (张三): both persons in
 *   charge get an SMS track, and both end up counting.
 * Each in zh-CN and en, with screenshots (artifacts/screenshots/rules-*).
 */
import type { Page } from 'playwright-core';
import { startApp, newPhone, open, shot, byTestId, typeInto, toTop, createFiling, seeText, type App } from './support';
import { choose } from './picker';

jest.setTimeout(240_000);

const ENTERPRISE = 0;
const PERSONAL = 5;
const ZHANG_SAN_ID = '330106198505050027';
const WANG_WU_ID = '330106199001010034';
const LI_LEI_ID = '510107199002020023';

const TEXT = {
  'zh-CN': {
    self: '本人姓名',
    selfIdFront: '本人证件人像面',
    selfMobile: '本人手机号',
    optional: '可选',
    disagree: /指南说个人主体不能认证.*30 元/,
    counting: '计时中',
    entityTrack: '主体负责人 · 张三',
    mpTrack: '小程序负责人 · 王五',
    individualTrack: '主体负责人 · 李雷',
    noticeOpen: '通知有效中',
    passed: '已通过，待提交',
    legalRep: '法定代表人姓名',
  },
  en: {
    self: 'Your name',
    selfIdFront: 'Your ID, photo side',
    selfMobile: 'Your mobile',
    optional: 'Optional',
    disagree: /guide says individuals cannot be verified.*RMB 30/,
    counting: 'Counting down',
    entityTrack: "Entity's person in charge · 张三",
    mpTrack: "Mini program's person in charge · 王五",
    individualTrack: "Entity's person in charge · 李雷",
    noticeOpen: 'Notice open',
    passed: 'Passed, submit next',
    legalRep: "Legal representative's name",
  },
} as const;

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const textOf = async (page: Page, id: string) => (await byTestId(page, id).innerText()).trim();

async function openStep(page: Page, step: string) {
  const visible = await byTestId(page, `note-${step}`)
    .isVisible()
    .catch(() => false);
  if (!visible) await byTestId(page, `step-toggle-${step}`).click();
}

describe.each(['zh-CN', 'en'] as const)('filing rules (%s)', (locale) => {
  const tx = TEXT[locale];

  test('an individual filer: 本人, no company items, optional verification, the face check countdown', async () => {
    const page = await newPhone(app.browser, { locale });
    const id = await createFiling(page, app.url, locale === 'en' ? 'Reading notes' : '读书笔记');

    // Profile: an individual living outside the filing province.
    await open(page, app.url, `pages/profile/index?id=${id}`);
    await choose(page, 'picker-entityType', PERSONAL);
    await byTestId(page, 'note-entity-personal').waitFor();
    expect(await textOf(page, 'row-entityPrincipal.name')).toContain(tx.self);
    await typeInto(page, 'input-entityPrincipal.name', '李雷');
    await typeInto(page, 'input-entityPrincipal.idNumber', LI_LEI_ID);
    await typeInto(page, 'input-entityPrincipal.mobile', '13800138000');
    await byTestId(page, 'choose-residesInFilingProvince-no').click();
    expect(await byTestId(page, 'input-certificateNumber').count()).toBe(0);
    expect(await byTestId(page, 'mini-program-principal').count()).toBe(0);
    await toTop(page);
    await shot(page, `rules-individual-profile-${locale}`);
    await byTestId(page, 'row-residesInFilingProvince').scrollIntoViewIfNeeded();
    await shot(page, `rules-individual-residence-${locale}`);

    // Materials: 本人 labels, residence proof, no certificate or bank.
    await open(page, app.url, 'pages/materials/index');
    await byTestId(page, 'materials-progress').waitFor();
    expect(await textOf(page, 'material-legal-rep-id-front')).toContain(tx.selfIdFront);
    expect(await textOf(page, 'material-admin-mobile')).toContain(tx.selfMobile);
    await byTestId(page, 'material-residence-proof').waitFor();
    expect(await byTestId(page, 'material-bank-info').count()).toBe(0);
    expect(await byTestId(page, 'material-business-license-photo').count()).toBe(0);
    await shot(page, `rules-individual-materials-${locale}`);

    // Steps: verification is optional; both views on it are shown; never "verify first".
    await open(page, app.url, `pages/filing/index?id=${id}`);
    await openStep(page, 'verify-method');
    expect(await textOf(page, 'step-verify-method')).toContain(tx.optional);
    await seeText(page, tx.disagree);
    expect(
      await page
        .getByText(/先完成认证才能备案/)
        .locator('visible=true')
        .count(),
    ).toBe(0);
    await byTestId(page, 'step-verify-method').scrollIntoViewIfNeeded();
    await shot(page, `rules-individual-verification-${locale}`);

    // The face check: notice received, then passed; each has its own countdown.
    await openStep(page, 'filing-face-check');
    await byTestId(page, 'face-received').click();
    await byTestId(page, 'face-check-state').filter({ hasText: tx.noticeOpen }).waitFor();
    expect(await textOf(page, 'face-check-remaining')).toMatch(/^2[34]:\d{2}:\d{2}$/);
    await byTestId(page, 'face-passed').click();
    await byTestId(page, 'face-check-state').filter({ hasText: tx.passed }).waitFor();
    expect(await textOf(page, 'face-check-remaining')).toMatch(/^7[12]:\d{2}:\d{2}$/);
    await byTestId(page, 'face-check').scrollIntoViewIfNeeded();
    await shot(page, `rules-individual-face-check-${locale}`);

    // One SMS track: the individual themself.
    await open(page, app.url, `pages/sms/index?id=${id}`);
    expect(await textOf(page, 'track-legal-representative')).toContain(tx.individualTrack);
    expect(await byTestId(page, 'track-person-in-charge').count()).toBe(0);
    await byTestId(page, 'received-legal-representative').click();
    await byTestId(page, 'track-state-legal-representative').filter({ hasText: tx.counting }).waitFor();
    await shot(page, `rules-individual-sms-${locale}`);
    await page.context().close();
  });

  test('an enterprise whose administrator is not its legal representative: both SMS tracks count', async () => {
    const page = await newPhone(app.browser, { locale });
    const id = await createFiling(page, app.url, locale === 'en' ? 'Store booking' : '门店预约');

    await open(page, app.url, `pages/profile/index?id=${id}`);
    await choose(page, 'picker-entityType', ENTERPRISE);
    expect(await textOf(page, 'row-entityPrincipal.name')).toContain(tx.legalRep);
    await typeInto(page, 'input-entityName', '杭州示例科技有限公司');
    await typeInto(page, 'input-entityPrincipal.name', '张三');
    await typeInto(page, 'input-entityPrincipal.idNumber', ZHANG_SAN_ID);
    await typeInto(page, 'input-entityPrincipal.mobile', '13800138000');
    await typeInto(page, 'input-administrator.name', '王五');
    await typeInto(page, 'input-administrator.idNumber', WANG_WU_ID);
    await typeInto(page, 'input-administrator.mobile', '13700137000');
    // Nothing toggled: the administrator is the mini program principal by default.
    expect(await byTestId(page, 'choose-miniProgramPrincipalRole-administrator').getAttribute('class')).toContain(
      '--on',
    );
    await byTestId(page, 'mini-program-principal').scrollIntoViewIfNeeded();
    await shot(page, `rules-enterprise-roles-${locale}`);

    // Materials: the mini program principal's ID and the authorization letter are due.
    await open(page, app.url, 'pages/materials/index');
    await byTestId(page, 'material-person-in-charge-id-front').waitFor();
    await byTestId(page, 'material-authorization-letter').waitFor();

    // Pre-flight: the cap with its numbers and the common rejection reasons.
    await open(page, app.url, `pages/preflight/index?id=${id}`);
    await byTestId(page, 'preflight-reminders').scrollIntoViewIfNeeded();
    await shot(page, `rules-enterprise-preflight-${locale}`);

    // SMS: one track each, both counting.
    await open(page, app.url, `pages/sms/index?id=${id}`);
    expect(await textOf(page, 'track-legal-representative')).toContain(tx.entityTrack);
    expect(await textOf(page, 'track-person-in-charge')).toContain(tx.mpTrack);
    await byTestId(page, 'received-legal-representative').click();
    await byTestId(page, 'track-state-legal-representative').filter({ hasText: tx.counting }).waitFor();
    await byTestId(page, 'received-person-in-charge').click();
    await byTestId(page, 'track-state-person-in-charge').filter({ hasText: tx.counting }).waitFor();
    for (const verifier of ['legal-representative', 'person-in-charge']) {
      expect(await textOf(page, `countdown-${verifier}`)).toMatch(/^2[34]:\d{2}:\d{2}$/);
    }
    await toTop(page);
    await shot(page, `rules-enterprise-sms-${locale}`);

    // Reload: both tracks still counting, from the stored deadlines.
    await page.reload();
    await byTestId(page, 'track-state-person-in-charge').filter({ hasText: tx.counting }).waitFor();
    expect(await textOf(page, 'track-state-legal-representative')).toBe(tx.counting);

    // Help: the prior-approval industries with their certificates.
    await open(page, app.url, `pages/help/index?id=${id}`);
    await byTestId(page, 'help-industries').scrollIntoViewIfNeeded();
    await shot(page, `rules-help-industries-${locale}`);
    await page.context().close();
  });
});
