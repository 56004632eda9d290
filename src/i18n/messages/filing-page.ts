import { defineMessagePairs } from '../define';

/**
 * Messages of the filing page and its steps (links, phases, rejection records, the filing number
 * form, the verification route choice). Registered by the filing page only (register-filing-page.ts),
 * so they stay out of the 512 KB main package; the step titles the Progress tab shows stay in
 * journey.ts. Written as [zh-CN, en] pairs.
 */
const pairs = {
  'filing.title': ['备案详情', 'Filing'],
  'filing.header.progress': [
    '已完成 {done}/{total} 步',
    '{done} of {total, plural, one {# step} other {# steps}} done',
  ],
  'filing.header.next': ['下一步：{step}', 'Next: {step}'],
  'filing.section.prepare': ['准备材料', 'Prepare'],
  'filing.section.tools': ['工具', 'Tools'],
  'filing.link.profile': ['主体与联系人信息', 'Entity and contacts'],
  'filing.link.profile.todo': ['{count} 项待处理', '{count} to fix'],
  'filing.link.profile.ok': ['已填好', 'Complete'],
  'filing.link.materials': ['材料清单', 'Materials checklist'],
  'filing.link.materials.value': ['{done}/{total} 已就绪', '{done}/{total} ready'],
  'filing.link.photos': ['证件照片', 'Document photos'],
  'filing.link.preflight': ['提交前检查', 'Pre-flight check'],
  'filing.link.preflight.blocking': ['{count} 个问题', '{count, plural, one {# problem} other {# problems}}'],
  'filing.link.preflight.clear': ['可以提交', 'All clear'],
  'filing.link.help': ['指南与常见问题', 'Guide and FAQ'],
  'filing.link.share': ['发送清单给法人', 'Send checklist to legal representative'],
  'filing.link.sms': ['打开短信核验计时', 'Open the SMS verification timer'],
  'phase.registration': ['注册小程序', 'Register the mini program'],
  'phase.verification': ['微信认证', 'WeChat verification'],
  'phase.filing': ['ICP 备案', 'ICP filing'],
  'step.changedAt': ['更新于 {time}', 'Updated {time}'],
  'step.setStatus': ['标记为', 'Mark as'],
  'step.note': ['备注', 'Note'],
  'step.note.placeholder': ['写点备注，例如提交了什么、联系了谁', 'A note: what you submitted, whom you contacted'],
  'step.reject': ['记录驳回', 'Record rejection'],
  'step.reject.field': ['被驳回的字段', 'Rejected field'],
  'step.reject.field.placeholder': ['例如：服务内容描述', 'e.g. Service description'],
  'step.reject.reason': ['驳回原因', 'Reason'],
  'step.reject.reason.placeholder': ['照抄平台给出的原因', 'Copy the reason the platform gave'],
  'step.reject.fix': ['修改建议', 'Suggested fix'],
  'step.reject.fix.placeholder': ['平台建议怎么改', 'How the platform suggests fixing it'],
  'step.reject.save': ['保存驳回记录', 'Save rejection'],
  'step.reject.needReason': ['请至少填写驳回原因', 'Enter at least the reason'],
  'step.reject.history': ['驳回记录', 'Rejections'],
  'step.reject.item': ['{time} · {field}', '{time} · {field}'],
  'step.reject.noField': ['未注明字段', 'No field given'],
  'step.reject.fixLine': ['建议：{fix}', 'Fix: {fix}'],
  'step.resubmissions': ['已重新提交 {count} 次', 'Resubmitted {count, plural, one {# time} other {# times}}'],
  'step.resubmissionsLeft': [
    '认证还可重新提交 {left} 次（共 {max} 次）',
    'Verification can be resubmitted {left, plural, one {# more time} other {# more times}} (of {max})',
  ],
  'step.resubmit': ['已修改，重新提交', 'Fixed and resubmitted'],
  'step.irreversible.confirm': ['已核对，标记完成', 'Checked, mark done'],
  'step.approve.label': ['备案号', 'Filing number'],
  'step.approve.placeholder': ['例如 粤B2-20090059-1626X', 'e.g. 粤B2-20090059-1626X'],
  'step.approve.save': ['保存备案号', 'Save filing number'],
  'step.approve.saved': ['备案号已保存', 'Filing number saved'],
  'step.approve.number': ['备案号：{number}', 'Filing number: {number}'],
  'step.approve.moreInfo': [
    '上线后，备案号会自动显示在小程序「更多资料」中，无需手动放置。',
    'After launch the filing number appears under "More Info" of the mini program automatically; no manual placement needed.',
  ],
  'verify.method.bank-transfer': ['对公打款验证', 'Bank transfer verification'],
  'verify.method.bank-transfer.body': [
    '从公司对公账户向腾讯小额打款，以验证主体。',
    "Transfer a small amount from the company's public account to Tencent to verify the entity.",
  ],
  'verify.method.wechat-verification': ['微信认证', 'WeChat verification'],
  'verify.method.chosen': ['已选择', 'Chosen'],
} as const;

/** Messages of the filing page (subpackage only). */
export const filingPage = defineMessagePairs(pairs);
