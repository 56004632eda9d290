/**
 * The service description (备注, applyIcpFiling icp_applets.base_info.comment): "请具体描述小程序实际
 * 经营内容、主要服务内容，该信息为主管部门审核重要依据，备注内容字数限制20-200字"
 * (https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling.html;
 * the length rule itself lives in preflight.ts, SERVICE_DESCRIPTION_LENGTH).
 *
 * What this module adds, for the pre-flight and the form-filling assistant (issue 14):
 * - which fill-in template suits the profile's service types (the templates' text is in the
 *   assistant's message table; they follow WeChat's instruction above and are not WeChat's own);
 * - the prior-approval industries a description names outside a "不涉及…" clause: describing
 *   news, medical, finance … content while declaring "以上都不涉及" is a common rejection
 *   (State Council Order No. 292, Art. 5; the industries are issue 12's list, prior-approval.ts);
 * - whether the mini program's name and the description share the business they describe:
 *   "小程序名称与单位经营范围无关" is a common rejection, fixed by saying in 备注 what the mini
 *   program does (https://www.mpgcw.com/10285.html).
 */
import type { FilingProfile } from '@/domain/filing';
import { PRIOR_APPROVAL_INDUSTRIES, type PriorApprovalIndustry } from '@/domain/prior-approval';

/**
 * Words that, in a description, name content of each prior-approval industry. Wider than
 * prior-approval.ts's PRIOR_APPROVAL_KEYWORDS (which reads approvals the user named) and without
 * its single-character or everyday words (药, 卫生, 文化): a description is free text. Drawn from
 * the service types WeChat's filing guide marks as needing approval
 * (https://developers.weixin.qq.com/miniprogram/product/record/receord_category.html) and the
 * hosting providers' keyword checks (e.g. UCloud's "不涉及前置审批" templates,
 * https://github.com/UCloudDoc-Team/beian1/blob/HEAD/problem/problem9.md).
 */
export const DESCRIPTION_APPROVAL_WORDS: Readonly<Record<PriorApprovalIndustry, readonly string[]>> = {
  news: ['新闻', '资讯', '时政', '头条'],
  publishing: ['出版', '电子书', '网络小说', '期刊', '网络文学'],
  education: ['教育', '网校', '在线课堂'],
  medical: ['医疗', '医院', '诊所', '问诊', '挂号', '诊疗', '体检'],
  'drugs-medical-devices': ['药品', '医疗器械', '药店', '药房', '处方药'],
  'e-bulletin': ['电子公告', '论坛', '留言板', 'BBS'],
  culture: ['网络游戏', '游戏', '动漫', '演出', '网络文化'],
  'radio-film-tv': ['视听', '影视', '短视频', '视频点播', '直播', '电视节目', '广播'],
  'online-car-hailing': ['网约车', '网络预约出租', '打车', '叫车', '专车'],
  'internet-finance': ['金融', '理财', '贷款', '借贷', '众筹', '基金', '股票', '证券', '保险', '征信'],
  'off-campus-training': ['校外培训', '学科培训', '培训', '家教', '辅导班', '补习'],
  religion: ['宗教', '佛教', '道教', '基督教', '天主教', '伊斯兰教', '寺庙', '教堂'],
};

/** Words that turn a clause into a statement of what the mini program does NOT do. */
const NEGATIONS = ['不涉及', '不提供', '不包括', '不包含', '不含', '不从事', '不开展', '不销售', '不做'];

/** Clauses end at sentence punctuation and commas; 、 keeps a list ("新闻、出版、医疗") in one clause. */
const CLAUSE_END = /[。；;！!？?\n，,]/;

/** The clauses of `text`. */
function clauses(text: string): string[] {
  return text.split(CLAUSE_END).filter((c) => c.trim() !== '');
}

/** Whether `word` appears in `clause` somewhere not preceded by a negation in the same clause. */
function namesAffirmatively(clause: string, word: string): boolean {
  const upper = clause.toUpperCase();
  const target = word.toUpperCase();
  let at = upper.indexOf(target);
  while (at >= 0) {
    const before = upper.slice(0, at);
    if (!NEGATIONS.some((negation) => before.includes(negation))) return true;
    at = upper.indexOf(target, at + target.length);
  }
  return false;
}

/**
 * The prior-approval industries `description` names as something the mini program does, in the
 * list's order. A clause saying "不涉及新闻、出版…" (what the templates end with) names none.
 */
export function approvalIndustriesNamed(description: string): PriorApprovalIndustry[] {
  const parts = clauses(typeof description === 'string' ? description : '');
  return PRIOR_APPROVAL_INDUSTRIES.filter((industry) =>
    DESCRIPTION_APPROVAL_WORDS[industry].some((word) => parts.some((clause) => namesAffirmatively(clause, word))),
  );
}

/**
 * Words a mini program name shares with nearly any description, which therefore say nothing
 * about its business.
 */
const GENERIC_NAME_WORDS = ['小程序', '有限公司', '公司', '官方', '平台', '助手', '服务', '在线', '中心', '我的', '的'];

/** The pieces of a name that tell its business: two-character Han runs and Latin or digit words. */
export function businessWordsOf(name: string): string[] {
  let rest = (typeof name === 'string' ? name : '').trim();
  for (const word of GENERIC_NAME_WORDS) rest = rest.split(word).join(' ');
  const words = new Set<string>();
  for (const run of rest.match(/[\u3400-\u4dbf\u4e00-\u9fff]+/g) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i += 1) words.add(`${chars[i]}${chars[i + 1]}`);
  }
  for (const word of rest.match(/[A-Za-z0-9]{2,}/g) ?? []) words.add(word.toLowerCase());
  return [...words];
}

/**
 * Whether the description talks about the business the name names: true when it contains one
 * of the name's business words, false when it contains none, null when the name has no such
 * word to look for (empty, one Han character, or only generic words) or the description is empty.
 */
export function nameSharesBusiness(name: string, description: string): boolean | null {
  const words = businessWordsOf(name);
  const text = (typeof description === 'string' ? description : '').toLowerCase();
  if (words.length === 0 || text.trim() === '') return null;
  return words.some((word) => text.includes(word));
}

/** A placeholder a template leaves for the user: 〔…〕. */
export const UNFILLED_SLOT = /〔[^〕]*〕/;

/** True when the text still holds a template placeholder the user has not replaced. */
export function hasUnfilledSlot(description: string): boolean {
  return UNFILLED_SLOT.test(typeof description === 'string' ? description : '');
}

/**
 * Fill-in templates, one per family of service types (WeChat's filing guide groups service
 * types the same way: 工具, 餐饮, 零售, 预约/报名, 教育, 企业管理, 政务…;
 * https://developers.weixin.qq.com/miniprogram/product/record/receord_category.html). The
 * wording is the assistant's (messages `fa.template.<id>`), composed to WeChat's instruction:
 * who runs it, for whom, which services, what it does not do.
 */
export const DESCRIPTION_TEMPLATES = [
  'generic',
  'tool',
  'showcase',
  'ordering',
  'retail',
  'booking',
  'training',
  'organisation',
] as const;
export type DescriptionTemplateId = (typeof DESCRIPTION_TEMPLATES)[number];

/** Words in the profile's service types that point to a template, most specific first. */
const TEMPLATE_SIGNALS: ReadonlyArray<readonly [DescriptionTemplateId, readonly string[]]> = [
  ['ordering', ['点餐', '外卖', '餐饮']],
  ['retail', ['零售', '批发', '电商', '商城', '百货', '自营']],
  ['booking', ['预约', '报名', '家政', '丽人', '美容', '美发', '洗浴', '维修']],
  ['training', ['教育', '培训', '驾校', '学校']],
  ['organisation', ['政务', '组织', '协会', '公益']],
  ['showcase', ['企业管理', '展示', '官网', '会展', '咨询']],
  ['tool', ['工具', '记账', '日历', '笔记', '备忘', '计算', '查询', '天气', '投票', '办公']],
];

/**
 * The template that suits the profile: from its service types, else from its entity type (a
 * government body or organisation gets the organisation template), else the generic one.
 */
export function templateFor(profile: Pick<FilingProfile, 'serviceTypes' | 'entityType'>): DescriptionTemplateId {
  const types = profile.serviceTypes.join('、');
  for (const [template, words] of TEMPLATE_SIGNALS) {
    if (words.some((word) => types.includes(word))) return template;
  }
  if (['government', 'public-institution', 'other-organization'].includes(profile.entityType)) return 'organisation';
  return 'generic';
}
