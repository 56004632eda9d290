import fc from 'fast-check';
import { PRIOR_APPROVAL_INDUSTRIES } from '@/domain/prior-approval';
import {
  DESCRIPTION_APPROVAL_WORDS,
  DESCRIPTION_TEMPLATES,
  approvalIndustriesNamed,
  businessWordsOf,
  hasUnfilledSlot,
  nameSharesBusiness,
  templateFor,
} from '@/domain/service-description';
import { codePointLength, SERVICE_DESCRIPTION_LENGTH } from '@/domain/preflight';
import { translate } from '@/i18n/all';
import { PROFILES_BY_TYPE, enterpriseProfile } from '../support/profiles';

describe('approvalIndustriesNamed: a description naming prior-approval content', () => {
  test.each([
    ['为患者提供在线问诊、预约挂号服务', ['medical']],
    ['提供新闻资讯和时政评论', ['news']],
    ['面向用户提供理财产品推荐与贷款计算', ['internet-finance']],
    ['小程序提供网约车叫车服务', ['online-car-hailing']],
    ['为中小学生提供学科培训课程的报名服务', ['off-campus-training']],
    ['介绍寺庙的历史与宗教活动安排', ['religion']],
    ['在线销售处方药并提供药店查询', ['drugs-medical-devices']],
    ['提供短视频和直播观看', ['radio-film-tv']],
  ] as const)('%s → %j', (text, industries) => {
    expect(approvalIndustriesNamed(text)).toEqual(industries);
  });

  test('a clause saying what it does not do names nothing ("不涉及…")', () => {
    expect(
      approvalIndustriesNamed(
        '为门店顾客提供在线预约服务。不涉及新闻、出版、医疗、药品、金融、教育培训等前置审批内容。',
      ),
    ).toEqual([]);
    expect(approvalIndustriesNamed('提供记账工具，不提供贷款、理财等金融服务')).toEqual([]);
  });

  test('a negation only covers its own clause', () => {
    expect(approvalIndustriesNamed('不涉及新闻。为用户提供理财建议')).toEqual(['internet-finance']);
    expect(approvalIndustriesNamed('不提供新闻，提供在线问诊')).toEqual(['medical']);
  });

  test('ordinary descriptions name none', () => {
    for (const make of Object.values(PROFILES_BY_TYPE))
      expect(approvalIndustriesNamed(make().serviceDescription)).toEqual([]);
    expect(approvalIndustriesNamed('')).toEqual([]);
  });

  test('every industry of issue 12 list has words, and each word is found', () => {
    expect(Object.keys(DESCRIPTION_APPROVAL_WORDS).sort()).toEqual([...PRIOR_APPROVAL_INDUSTRIES].sort());
    for (const industry of PRIOR_APPROVAL_INDUSTRIES) {
      for (const word of DESCRIPTION_APPROVAL_WORDS[industry]) {
        expect(approvalIndustriesNamed(`本小程序提供${word}服务`)).toContain(industry);
      }
    }
  });

  test('property: putting "不涉及" before a list of industry words hides them all', () => {
    const words = PRIOR_APPROVAL_INDUSTRIES.flatMap((i) => DESCRIPTION_APPROVAL_WORDS[i]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), (chosen) => {
        expect(approvalIndustriesNamed(`为客户提供在线预约服务。本小程序不涉及${chosen.join('、')}等内容。`)).toEqual(
          [],
        );
      }),
    );
  });
});

describe('nameSharesBusiness: the name and the description describe one business', () => {
  test('a shared business word is enough', () => {
    expect(nameSharesBusiness('示例预约', '为门店顾客提供在线预约、排队叫号与到店提醒服务')).toBe(true);
    expect(nameSharesBusiness('李雷的读书笔记', '记录个人读书笔记与书单')).toBe(true);
    expect(nameSharesBusiness('Acme 点餐', '为 acme 门店顾客提供下单服务')).toBe(true);
  });

  test('nothing in common is a mismatch', () => {
    expect(nameSharesBusiness('张三工作室', '提供记账、日历和备忘录等工具')).toBe(false);
    expect(nameSharesBusiness('鲜花速递', '为用户提供二手车估价服务')).toBe(false);
  });

  test('generic words (小程序, 助手, 服务, 平台…) say nothing about the business', () => {
    expect(businessWordsOf('小程序助手')).toEqual([]);
    expect(nameSharesBusiness('服务平台', '为用户提供二手车估价服务')).toBeNull();
    expect(nameSharesBusiness('', '为用户提供服务')).toBeNull();
    expect(nameSharesBusiness('示例预约', '')).toBeNull();
  });

  test('property: a description that contains the name shares its business (or cannot tell)', () => {
    const han = fc.constantFrom(...'鲜花茶叶宠物家政读书笔记记账预约租车维修'.split(''));
    fc.assert(
      fc.property(fc.array(han, { minLength: 2, maxLength: 8 }), fc.string({ maxLength: 20 }), (chars, rest) => {
        const name = chars.join('');
        expect(nameSharesBusiness(name, `本小程序名为${name}，${rest}`)).not.toBe(false);
      }),
    );
  });
});

describe('templates', () => {
  test('templateFor picks by service type, then by entity type', () => {
    const base = enterpriseProfile();
    expect(templateFor({ ...base, serviceTypes: ['餐饮-点餐'] })).toBe('ordering');
    expect(templateFor({ ...base, serviceTypes: ['工具'] })).toBe('tool');
    expect(templateFor({ ...base, serviceTypes: ['生活服务-预约/报名'] })).toBe('booking');
    expect(templateFor({ ...base, serviceTypes: ['零售批发'] })).toBe('retail');
    expect(templateFor({ ...base, serviceTypes: ['教育-培训机构'] })).toBe('training');
    expect(templateFor({ ...base, serviceTypes: ['企业管理'] })).toBe('showcase');
    expect(templateFor({ ...base, serviceTypes: [], entityType: 'government' })).toBe('organisation');
    expect(templateFor({ ...base, serviceTypes: ['其他'] })).toBe('generic');
  });

  test.each(DESCRIPTION_TEMPLATES)(
    'template %s, filled from a profile, is 20–200 characters with blanks left to fill',
    (id) => {
      const text = translate('zh-CN', `fa.template.${id}`, {
        name: '示例预约',
        entity: '杭州示例科技有限公司',
        services: '生活服务、工具',
      });
      const length = codePointLength(text);
      expect(length).toBeGreaterThanOrEqual(SERVICE_DESCRIPTION_LENGTH.min);
      expect(length).toBeLessThanOrEqual(SERVICE_DESCRIPTION_LENGTH.max);
      // The functions are the user's to write: the template leaves them as 〔…〕.
      expect(hasUnfilledSlot(text)).toBe(true);
      // The template names the mini program and the entity, so the name shares the business.
      expect(text).toContain('示例预约');
      // A template never declares prior-approval content itself.
      expect(approvalIndustriesNamed(text)).toEqual([]);
    },
  );

  test('once its blanks are filled a template passes the checks', () => {
    const text = translate('zh-CN', 'fa.template.booking', {
      name: '示例预约',
      entity: '杭州示例科技有限公司',
      services: '生活服务',
    }).replace(/〔[^〕]*〕/g, '美发');
    expect(hasUnfilledSlot(text)).toBe(false);
    expect(nameSharesBusiness('示例预约', text)).toBe(true);
  });
});
