/**
 * Industries whose internet information services need a prior approval (前置审批) before ICP
 * filing, and the certificate each adds to the materials list.
 *
 * Sources:
 * - State Council Order No. 292 (互联网信息服务管理办法), Art. 5: news, publishing, education,
 *   medical care, drugs and medical devices need the competent department's consent first.
 * - The list WeChat's filing form offers (queryIcpNrlxTypes, 前置审批项类型: 新闻, 出版, 教育,
 *   医疗保健, 药品和医疗器械, 电子公告服务, 文化, 广播电影电视节目, 网络预约车, 互联网金融, 校外培训 …):
 *   https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpNrlxTypes.html
 * - MIIT's filing system's approval types, which add 校外培训（高中及以下阶段） and 宗教 (seen in
 *   public filing tools' type tables, e.g. "1新闻,2出版,4教育,8医疗保健,16药品和医疗器械,32电子公告服务,
 *   256文化,512广播电影电视节目,2048网络预约车,4096互联网金融,8192校外培训（高中及以下阶段）,16384宗教").
 * - Certificates and approving departments: help.zzy.cn "如何办理前置审批"
 *   (https://help.zzy.cn/app/right_homepage_page.php?type=1&level=2&id=43&aid=733), cloud.baidu.com
 *   (互联网药品信息服务资格证书 for drugs), 互联网宗教信息服务管理办法 (2022) for religion.
 * WeChat's own list "is updated from time to time" (queryIcpNrlxTypes note), so the app lists
 * what the sources agree on and lets the user name any other approval as text.
 */

export const PRIOR_APPROVAL_INDUSTRIES = [
  'news',
  'publishing',
  'education',
  'medical',
  'drugs-medical-devices',
  'e-bulletin',
  'culture',
  'radio-film-tv',
  'online-car-hailing',
  'internet-finance',
  'off-campus-training',
  'religion',
] as const;
/** One industry of the prior-approval list. */
export type PriorApprovalIndustry = (typeof PRIOR_APPROVAL_INDUSTRIES)[number];

export function isPriorApprovalIndustry(value: unknown): value is PriorApprovalIndustry {
  return typeof value === 'string' && (PRIOR_APPROVAL_INDUSTRIES as readonly string[]).includes(value);
}

/**
 * Words that name each industry in Chinese, for reading free-text approvals the user typed in
 * an older version of the app (filing-record.ts migrates them).
 */
export const PRIOR_APPROVAL_KEYWORDS: Readonly<Record<PriorApprovalIndustry, readonly string[]>> = {
  news: ['新闻'],
  publishing: ['出版'],
  education: ['教育'],
  medical: ['医疗', '卫生', '保健'],
  'drugs-medical-devices': ['药品', '医疗器械', '药'],
  'e-bulletin': ['电子公告', '论坛', 'BBS'],
  culture: ['文化', '网文', '游戏'],
  'radio-film-tv': ['广播', '电影', '电视', '视听'],
  'online-car-hailing': ['网约车', '网络预约', '预约出租'],
  'internet-finance': ['金融'],
  'off-campus-training': ['培训'],
  religion: ['宗教'],
};

/** The industry an old free-text approval names, or null when none matches. */
export function industryOfText(text: string): PriorApprovalIndustry | null {
  const t = text.trim();
  if (!t) return null;
  // Longer, more specific industries first: 药品 before 医疗, 校外培训 before 教育.
  const order: PriorApprovalIndustry[] = [
    'drugs-medical-devices',
    'off-campus-training',
    'online-car-hailing',
    'radio-film-tv',
    'e-bulletin',
    'news',
    'publishing',
    'education',
    'medical',
    'culture',
    'internet-finance',
    'religion',
  ];
  return order.find((industry) => PRIOR_APPROVAL_KEYWORDS[industry].some((word) => t.includes(word))) ?? null;
}
