/**
 * Filings stored before issue 12 keep every fact when read back (the store version is unchanged:
 * readFilingRecord reads each field leniently and carries old shapes over).
 */
import { readFilingRecord } from '@/domain/filing-record';
import { smsVerifiersFor } from '@/domain/principals';

const oldProfile = {
  entityType: 'enterprise',
  companyName: '杭州示例科技有限公司',
  creditCode: '91330106MA2ABCDE1G',
  province: '33',
  city: '杭州市',
  miniProgramName: '示例预约',
  serviceDescription: '为门店顾客提供在线预约服务的工具，包括排队与提醒',
  serviceTypes: ['生活服务'],
  priorApproval: 'required',
  priorApprovalItems: ['药品信息服务', '某项地方许可'],
  adminName: '王五',
  adminMobile: '13700137000',
  adminEmail: 'admin@example.com',
  emergencyMobile: '13900139000',
  legalRepresentative: {
    name: '张三',
    idNumber: '330106198505050027',
    idValidFrom: '2020-01-01',
    idValidTo: '2040-01-01',
    idLongTerm: false,
  },
  legalRepIsPersonInCharge: true,
  personInCharge: { name: '', idNumber: '', idValidFrom: '', idValidTo: '', idLongTerm: false, mobile: '' },
  bankReady: true,
  bankLast4: '1234',
  publishedBeforeSept2023: false,
  commitmentLetterDate: '2026-03-10',
  authorizationLetterDate: '',
};

const record = (profile: object, extra: object = {}) =>
  readFilingRecord({ id: 'old1', name: '旧备案', profile, ...extra });

describe('old profile shapes are carried over', () => {
  test('every old field lands in its new place', () => {
    const p = record(oldProfile)!.profile;
    expect(p.entityName).toBe('杭州示例科技有限公司');
    expect(p.certificateNumber).toBe('91330106MA2ABCDE1G');
    expect(p.registrationEmail).toBe('admin@example.com');
    expect(p.entityPrincipal).toMatchObject({
      name: '张三',
      idType: 'resident-id',
      idNumber: '330106198505050027',
      idValidFrom: '2020-01-01',
      idValidTo: '2040-01-01',
    });
    expect(p.administrator).toMatchObject({ name: '王五', mobile: '13700137000' });
    expect(p.emergencyMobile).toBe('13900139000');
    expect(p.priorApprovals).toEqual([{ industry: 'drugs-medical-devices', approvalNumber: '' }]);
    expect(p.otherPriorApprovals).toEqual(['某项地方许可']);
    expect(p.bankLast4).toBe('1234');
    expect(p.commitmentLetterDate).toBe('2026-03-10');
  });

  test('the old default toggle no longer hides the administrator’s SMS: 王五 ≠ 张三 gives two tracks', () => {
    const p = record(oldProfile)!.profile;
    expect(p.miniProgramPrincipalRole).toBe('administrator');
    expect(smsVerifiersFor(p)).toEqual(['legal-representative', 'person-in-charge']);
  });

  test('an administrator named as the legal representative was one person', () => {
    const p = record({ ...oldProfile, adminName: '张三' })!.profile;
    expect(p.miniProgramPrincipalRole).toBe('entity-principal');
    expect(smsVerifiersFor(p)).toEqual(['legal-representative']);
  });

  test('a separate person in charge keeps their details as "someone else"', () => {
    const p = record({
      ...oldProfile,
      legalRepIsPersonInCharge: false,
      personInCharge: {
        name: '赵六',
        idNumber: '440305198808080047',
        idValidFrom: '2019-01-01',
        idValidTo: '',
        idLongTerm: true,
        mobile: '13600136000',
      },
    })!.profile;
    expect(p.miniProgramPrincipalRole).toBe('someone-else');
    expect(p.miniProgramPrincipal).toMatchObject({
      name: '赵六',
      idNumber: '440305198808080047',
      idLongTerm: true,
      mobile: '13600136000',
    });
  });

  test('the old single prior-approval mark covers each migrated industry', () => {
    const r = record(oldProfile, { marks: { 'prior-approval-documents': { done: true, at: 7 } } })!;
    expect(r.marks['prior-approval-drugs-medical-devices']).toEqual({ done: true, at: 7 });
    expect(r.marks['prior-approval-documents']).toEqual({ done: true, at: 7 });
  });

  test('new-shape profiles read back unchanged; damaged fields fall back', () => {
    const fresh = record(oldProfile)!.profile;
    expect(record(fresh)!.profile).toEqual(fresh);
    const damaged = record({
      ...fresh,
      miniProgramPrincipalRole: 'boss',
      residesInFilingProvince: 'maybe',
      certificateType: 'diploma',
      entityPrincipal: { ...fresh.entityPrincipal, idType: 'library-card' },
      priorApprovals: [{ industry: 'gambling' }, { industry: 'news', approvalNumber: 5 }, { industry: 'news' }],
    })!.profile;
    expect(damaged.miniProgramPrincipalRole).toBe('administrator');
    expect(damaged.residesInFilingProvince).toBe('');
    expect(damaged.certificateType).toBe('');
    expect(damaged.entityPrincipal.idType).toBe('resident-id');
    expect(damaged.priorApprovals).toEqual([{ industry: 'news', approvalNumber: '' }]);
  });

  test('the face check is read leniently', () => {
    expect(record(oldProfile)!.faceCheck).toEqual({ noticeAt: null, passedAt: null });
    expect(record(oldProfile, { faceCheck: { noticeAt: 5, passedAt: 'x' } })!.faceCheck).toEqual({
      noticeAt: 5,
      passedAt: null,
    });
  });
});
