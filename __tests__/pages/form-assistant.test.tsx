/**
 * 填表助手 (issue 14) in jsdom, on the WeChat fake: sections and fields in the forms' order, one
 * tap copies the full value through setClipboardData (masked on screen), the first ID number or
 * mobile of a launch says first that it goes to the clipboard, nothing is copied without a tap,
 * missing fields link to the profile, a section copies as text without ID numbers unless asked,
 * the description help, and WeChat on a computer.
 */
jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
import { render, screen, fireEvent, act, waitFor, cleanup } from '@testing-library/react';
import '@/i18n/register-filing-rules';
import '@/i18n/register-form-assistant';
import '@/i18n/register-photos';
import { taroCalls, wxFake } from '../support/taro-mock';
import { useAppStore } from '@/store';
import { AssistantPage } from '@/features/form-assistant/assistant-page';
import { problemText } from '@/features/journey/problem-text';
import { CapturePage } from '@/features/photos/capture-page';
import { PhotosPage } from '@/features/photos/photos-page';
import { MaterialsChecklist } from '@/features/materials/materials-checklist';
import { PreflightPage } from '@/features/journey/preflight-page';
import { installPrivacyListener } from '@/platform/privacy';
import type { FilingProfile } from '@/domain/filing';
import { resetJourneyStore, seedFiling } from './journey-support';
import { IDS, enterpriseProfile } from '../support/profiles';
import { present } from '../support/present';

beforeEach(() => {
  resetJourneyStore();
  wxFake.useProfile('devtools');
});
afterAll(() => wxFake.useProfile('devtools'));

function seedProfile(profile: FilingProfile, method: 'bank-transfer' | 'wechat-verification' | null = 'bank-transfer') {
  const id = seedFiling('门店预约');
  act(() =>
    useAppStore.setState((s) => ({
      filings: {
        ...s.filings,
        [id]: { ...present(s.filings[id], 'the seeded filing'), profile, verificationMethod: method },
      },
    })),
  );
  return id;
}

const clipboardCalls = () => taroCalls.filter((c) => c.api === 'setClipboardData');
const byId = (id: string) => screen.getByTestId(id);
const tap = (id: string) => fireEvent.click(byId(id));
/**
 * The clipboard notice shows once per launch (a module of the page's, like a launch of the app):
 * tests other than the one about it answer it when it is still due.
 */
const answerNoticeIfAsked = () => {
  if (screen.queryByTestId('clipboard-notice')) tap('clipboard-notice-confirm');
};

test('sections in the order the user meets the forms, each field under the form’s words, identifiers masked', () => {
  const id = seedProfile(enterpriseProfile());
  render(<AssistantPage id={id} describe={problemText} />);
  const sections = screen.getAllByTestId(/^section-/).map((el) => el.getAttribute('data-testid'));
  expect(sections).toEqual([
    'section-registration',
    'section-entity-verification',
    'section-wechat-verification',
    'section-icp-entity',
    'section-icp-entity-principal',
    'section-icp-mini-program',
    'section-icp-mini-program-principal',
  ]);
  const principal = byId('section-icp-entity-principal');
  const labels = Array.from(principal.querySelectorAll('.fa-field__label')).map((el) => el.textContent);
  expect(labels).toEqual([
    '负责人姓名',
    '手机号码',
    '电子邮件',
    '应急联系方式',
    '证件类型',
    '证件号码',
    '证件有效期开始',
    '证件有效期结束',
  ]);
  // Masked on screen; never shown whole.
  expect(byId('value-icp-entity-principal.icp.ep.id-number').textContent).toBe('3301**********0027');
  expect(byId('value-icp-entity-principal.icp.ep.mobile').textContent).toBe('138****8000');
  expect(byId('value-icp-entity.icp.certificate-number').textContent).toBe('9133**********DE1G');
  expect(screen.queryByText(IDS.hangzhou1)).toBeNull();
  // Where the order is not confirmed, the page says so.
  expect(byId('order-wechat-verification').textContent).toContain('字段顺序未能核实');
  expect(byId('order-icp-entity').textContent).toContain('部分字段的顺序已按资料核实');
  expect(screen.queryByTestId('unconfirmed-icp-entity.icp.region')).toBeNull();
  expect(byId('unconfirmed-icp-entity.icp.certificate-number').textContent).toBe('顺序未核实');
  // Opening the page copies nothing.
  expect(clipboardCalls()).toEqual([]);
});

test('the first ID number of the launch says it goes to the clipboard, then copies it whole; later ones go straight', async () => {
  const id = seedProfile(enterpriseProfile());
  render(<AssistantPage id={id} describe={problemText} />);

  // A field that is not an ID number or mobile copies at once.
  tap('copy-icp-entity.icp.entity-name');
  await waitFor(() => expect(wxFake.clipboard).toBe('杭州示例科技有限公司'));
  await waitFor(() => expect(byId('copy-icp-entity.icp.entity-name').textContent).toBe('已复制'));
  expect(screen.queryByTestId('clipboard-notice')).toBeNull();

  // The ID number: first the notice, and nothing on the clipboard yet.
  tap('copy-icp-entity-principal.icp.ep.id-number');
  expect(byId('clipboard-notice').textContent).toContain('「证件号码」将完整复制到剪贴板');
  expect(wxFake.clipboard).toBe('杭州示例科技有限公司');
  // Cancelled: nothing copied, and the next tap asks again.
  tap('clipboard-notice-cancel');
  expect(screen.queryByTestId('clipboard-notice')).toBeNull();
  tap('copy-icp-entity-principal.icp.ep.id-number');
  tap('clipboard-notice-confirm');
  await waitFor(() => expect(wxFake.clipboard).toBe(IDS.hangzhou1));
  await waitFor(() => expect(byId('copy-icp-entity-principal.icp.ep.id-number').textContent).toBe('已复制'));

  // The rest of this launch: mobiles and ID numbers copy on the tap itself.
  tap('copy-icp-entity-principal.icp.ep.mobile');
  expect(screen.queryByTestId('clipboard-notice')).toBeNull();
  await waitFor(() => expect(wxFake.clipboard).toBe('13800138000'));
  tap('copy-registration.reg.admin-id-number');
  await waitFor(() => expect(wxFake.clipboard).toBe(IDS.hangzhou2));

  // Every copy went through setClipboardData from a tap: the fake refused none.
  expect(clipboardCalls().map((c) => (c.args as { data: string }).data)).toEqual([
    '杭州示例科技有限公司',
    IDS.hangzhou1,
    '13800138000',
    IDS.hangzhou2,
  ]);
  expect(wxFake.refusals).toEqual([]);
});

test('a missing or invalid field says why and links to the profile field; nothing to copy there', () => {
  const id = seedProfile(
    enterpriseProfile({
      registrationEmail: '',
      entityPrincipal: { ...enterpriseProfile().entityPrincipal, mobile: '1380013800' },
    }),
    null,
  );
  render(<AssistantPage id={id} describe={problemText} />);
  expect(byId('missing-registration.reg.email').textContent).toBe('请填写注册邮箱');
  expect(screen.queryByTestId('copy-registration.reg.email')).toBeNull();
  expect(byId('missing-icp-entity-principal.icp.ep.mobile').textContent).toBe('手机号应为 11 位，现在 10 位');
  tap('fix-icp-entity-principal.icp.ep.mobile');
  expect(taroCalls.filter((c) => c.api === 'navigateTo').pop()?.args).toEqual({
    url: `/pages/profile/index?id=${id}&field=entityPrincipal.mobile`,
  });
  // The route is chosen on the filing page (registration step 4.4).
  expect(byId('missing-registration.reg.verification-route').textContent).toBe('还没选验证方式（注册第 4.4 步）');
  tap('fix-registration.reg.verification-route');
  expect(taroCalls.filter((c) => c.api === 'navigateTo').pop()?.args).toEqual({ url: `/pages/filing/index?id=${id}` });
  // What the app never keeps says so, with nothing to fix.
  expect(byId('missing-entity-verification.verify.account-number').textContent).toBe('本应用不保存这项');
  expect(screen.queryByTestId('fix-entity-verification.verify.account-number')).toBeNull();
  expect(clipboardCalls()).toEqual([]);
});

test('a section copies as "字段：值" text, without ID numbers unless switched on for that copy', async () => {
  const id = seedProfile(enterpriseProfile());
  render(<AssistantPage id={id} describe={problemText} />);
  tap('copy-all-icp-entity-principal');
  answerNoticeIfAsked();
  await waitFor(() => expect(wxFake.clipboard).toContain('负责人姓名：张三'));
  expect(wxFake.clipboard.split('\n')).toEqual([
    '备案 · 主体负责人',
    '负责人姓名：张三',
    '手机号码：13800138000',
    '电子邮件：zhangsan@example.com',
    '应急联系方式：13900139000',
    '证件类型：居民身份证',
    '证件号码：（未包含证件号码）',
    '证件有效期开始：2020-01-01',
    '证件有效期结束：2040-01-01',
  ]);
  await waitFor(() => expect(byId('copy-all-icp-entity-principal').textContent).toBe('本节已复制'));

  fireEvent.click(byId('include-ids-icp-entity-principal'));
  tap('copy-all-icp-entity-principal');
  await waitFor(() => expect(wxFake.clipboard).toContain(`证件号码：${IDS.hangzhou1}`));
  // The switch is for that copy only.
  expect((byId('include-ids-icp-entity-principal') as HTMLInputElement).checked).toBe(false);
  tap('copy-all-icp-entity-principal');
  await waitFor(() => expect(clipboardCalls()).toHaveLength(3));
  expect(wxFake.clipboard).not.toContain(IDS.hangzhou1);
});

test('first use: WeChat asks for consent, and the tapped value is copied once the user agrees', async () => {
  installPrivacyListener();
  wxFake.privacy.agreed = false;
  const id = seedProfile(enterpriseProfile());
  render(<AssistantPage id={id} describe={problemText} />);
  tap('copy-icp-mini-program.icp.mp.name');
  await waitFor(() => expect(screen.getByText('隐私保护提示')).toBeTruthy());
  expect(wxFake.clipboard).toBe('');
  fireEvent.click(screen.getByText('同意并继续'));
  await waitFor(() => expect(wxFake.clipboard).toBe('示例预约'));
  expect(wxFake.privacy.agreed).toBe(true);
});

test('description help: a template completed from the profile, the pre-flight’s warnings, and undo', async () => {
  const id = seedProfile(
    enterpriseProfile({
      miniProgramName: '示例问诊',
      serviceTypes: ['生活服务-预约/报名'],
      serviceDescription: '示例问诊为患者提供在线问诊和挂号服务',
    }),
  );
  render(<AssistantPage id={id} describe={problemText} />);
  // Medical content while "以上都不涉及" is chosen: the common rejection, named.
  expect(byId('description-problem-description-names-approval-industry').textContent).toContain('「医疗保健」');
  expect(byId('template-booking').textContent).toContain('推荐');
  expect(byId('template-preview').textContent).toBe(
    '示例问诊为杭州示例科技有限公司的客户提供〔服务项目〕的在线预约服务（生活服务-预约/报名），包括项目介绍、时间预约、预约查询和取消。',
  );
  tap('template-use');
  const saved = () => present(useAppStore.getState().filings[id], 'the filing').profile.serviceDescription;
  expect(saved()).toContain('〔服务项目〕');
  // The blank left in it blocks until it is replaced.
  expect(byId('description-problem-description-template-unfilled').textContent).toContain('〔…〕');
  tap('template-undo');
  expect(saved()).toBe('示例问诊为患者提供在线问诊和挂号服务');
  // Typing here saves to the profile as typed; the checks follow the text.
  fireEvent.change(byId('description-input'), { target: { value: '为车主提供二手车估价服务' } });
  expect(saved()).toBe('为车主提供二手车估价服务');
  expect(byId('description-count').textContent).toBe('12 字');
  expect(byId('description-problem-too-short').textContent).toBe('至少 20 个字，现在 12 个');
  expect(byId('description-problem-description-unrelated-to-name')).toBeTruthy();
  expect(screen.queryByTestId('description-problem-description-names-approval-industry')).toBeNull();
});

test('English: labels in English with the form’s Chinese words beside them; copies stay in the form’s words', async () => {
  resetJourneyStore('en');
  const id = seedProfile(enterpriseProfile());
  render(<AssistantPage id={id} describe={problemText} />);
  const row = byId('field-icp-entity.icp.entity-nature');
  expect(row.textContent).toContain('Nature of the entity');
  expect(row.textContent).toContain('On the form: 主体性质');
  expect(byId('value-icp-entity.icp.entity-nature').textContent).toBe('Enterprise · 企业');
  tap('copy-icp-entity.icp.entity-nature');
  answerNoticeIfAsked();
  await waitFor(() => expect(wxFake.clipboard).toBe('企业'));
});

test('WeChat on a computer: the wide layout, and the capture page offers files with a line on where to take photos', () => {
  wxFake.useProfile('windows');
  const id = seedProfile(enterpriseProfile());
  const { unmount } = render(<AssistantPage id={id} describe={problemText} />);
  expect(byId('form-assistant').className).toContain('fa--desktop');
  expect(byId('desktop-note').textContent).toContain('电脑版微信');
  unmount();

  render(<CapturePage filingId={id} slot='business-license' />);
  expect(screen.queryByTestId('capture-shoot')).toBeNull();
  expect(screen.queryByTestId('capture-system')).toBeNull();
  expect(byId('capture-desktop-note').textContent).toContain('请在手机微信里打开备案助手拍证件照');
  expect(byId('capture-choose')).toBeTruthy();
});

test('WeChat on a computer: the photos page and the checklist offer photo files, not the camera', async () => {
  wxFake.useProfile('windows');
  const id = seedProfile(enterpriseProfile());
  const { unmount } = render(<PhotosPage filingId={id} />);
  await act(async () => undefined);
  expect(byId('photos-desktop-note').textContent).toContain('请在手机微信里打开备案助手拍证件照');
  expect(byId('capture-business-license').textContent).toBe('选择照片');
  expect(screen.queryByText('拍摄')).toBeNull();
  expect(byId('state-business-license').textContent).toBe('未添加');
  unmount();

  const filing = present(useAppStore.getState().filings[id], 'the filing');
  render(<MaterialsChecklist filing={filing} />);
  expect(byId('material-go-business-license-photo').textContent).toBe('去选照片');
  expect(screen.queryByText('去拍照')).toBeNull();
});

test('on a phone the camera stays, and the assistant keeps the phone layout', () => {
  wxFake.useProfile('ios');
  const id = seedProfile(enterpriseProfile());
  const { unmount } = render(<AssistantPage id={id} describe={problemText} />);
  expect(byId('form-assistant').className).not.toContain('fa--desktop');
  expect(screen.queryByTestId('desktop-note')).toBeNull();
  unmount();
  render(<CapturePage filingId={id} slot='business-license' />);
  expect(byId('capture-shoot')).toBeTruthy();
  expect(byId('capture-system')).toBeTruthy();
  cleanup();
  render(<PhotosPage filingId={id} />);
  expect(screen.queryByTestId('photos-desktop-note')).toBeNull();
  expect(byId('capture-business-license').textContent).toBe('拍摄');
});

test('the pre-flight page warns on an approval industry named while "以上都不涉及" is chosen, and flags the rejection reason', () => {
  const id = seedProfile(
    enterpriseProfile({
      miniProgramName: '示例问诊',
      serviceDescription: '示例问诊为患者提供在线问诊、预约挂号和报告查询服务',
      priorApproval: 'none',
    }),
  );
  render(<PreflightPage id={id} />);
  expect(byId('problem-warning-serviceDescription').textContent).toContain(
    '描述写到了「医疗保健」类内容，但前置审批选了「以上都不涉及」',
  );
  expect(byId('reminder-prior-approval').className).toContain('flagged');
});
