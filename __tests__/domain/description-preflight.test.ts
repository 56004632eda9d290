/**
 * Issue 14: the pre-flight reads the service description against the rest of the profile.
 * Written before the rules (they failed on the old preflight: no such problems were found).
 */
import { preflight, rejectionReminders, isPreflightClear } from '@/domain/preflight';
import { TODAY, enterpriseProfile, personalProfile } from '../support/profiles';

const onDescription = (problems: ReturnType<typeof preflight>) =>
  problems
    .filter((p) => p.field === 'serviceDescription')
    .map(({ severity, code, industry }) => ({ severity, code, ...(industry ? { industry } : {}) }));

describe('pre-flight: the service description', () => {
  test('names a prior-approval industry while "以上都不涉及" is chosen: a warning naming the industry', () => {
    const profile = enterpriseProfile({
      miniProgramName: '示例问诊',
      serviceDescription: '示例问诊为患者提供在线问诊和预约挂号服务，医生在线答复',
      priorApproval: 'none',
    });
    expect(onDescription(preflight(profile, TODAY))).toEqual([
      { severity: 'warning', code: 'description-names-approval-industry', industry: 'medical' },
    ]);
    const reminders = rejectionReminders(preflight(profile, TODAY));
    expect(reminders.find((r) => r.reminder === 'prior-approval')?.flagged).toBe(true);
  });

  test('no warning when the approval is declared, or when the description says it does not apply', () => {
    const declared = enterpriseProfile({
      miniProgramName: '示例问诊',
      serviceDescription: '示例问诊为患者提供在线问诊和预约挂号服务，医生在线答复',
      priorApproval: 'required',
      priorApprovals: [{ industry: 'medical', approvalNumber: '浙卫-1' }],
    });
    expect(onDescription(preflight(declared, TODAY))).toEqual([]);
    const negated = enterpriseProfile({
      serviceDescription: '示例预约为门店顾客提供在线预约服务。不涉及新闻、出版、医疗、金融等前置审批内容',
    });
    expect(onDescription(preflight(negated, TODAY))).toEqual([]);
  });

  test('a name and a description that share no business: a warning', () => {
    const profile = enterpriseProfile({
      miniProgramName: '鲜花速递',
      serviceDescription: '为车主提供二手车估价、车辆检测预约和过户办理指引服务',
    });
    expect(onDescription(preflight(profile, TODAY))).toEqual([
      { severity: 'warning', code: 'description-unrelated-to-name' },
    ]);
    expect(rejectionReminders(preflight(profile, TODAY)).find((r) => r.reminder === 'name-scope')?.flagged).toBe(true);
    expect(isPreflightClear(preflight(profile, TODAY))).toBe(true);
  });

  test('a template blank left in the description blocks', () => {
    const profile = personalProfile({
      serviceDescription: '李雷的读书笔记是李雷开发的工具类小程序，为个人用户提供〔记账/备忘/查询〕服务',
    });
    expect(onDescription(preflight(profile, TODAY))).toEqual([
      { severity: 'blocking', code: 'description-template-unfilled' },
    ]);
  });
});
