import { defineMessages } from '../define';

/**
 * Messages of the countdowns feature that the tab pages (main package) show: verifier names,
 * review kinds, SMS reminders, summary lines. The SMS page's own text is in sms.ts, the review
 * clock's and the calendar button's in countdown-cards.ts.
 */
export const countdowns = defineMessages({
  'zh-CN': {
    'sms.verifier.legal-representative': '主体负责人',
    'sms.verifier.person-in-charge': '小程序负责人',
    'sms.verifier.named': '{role} · {name}',
    'sms.rejection.field': '短信核验',
    'sms.rejection.expired': '24 小时内未完成 12381 短信核验，备案被自动驳回',
    'sms.rejection.locked': '核验验证码输错 6 次，备案被退回',
    'sms.rejection.fix': '在平台重新提交备案，收到新短信后 24 小时内完成核验',
    'review.kind.platform-initial': '平台初审',
    'review.kind.wechat-verification': '微信认证审核',
    'review.kind.wechat-verification-individual': '个人认证审核',
    'review.kind.bureau': '管局审核',
    'summary.sms': '{who}短信核验剩余',
    'summary.review': '{review}：第 {n} / {max} 个工作日',
    'summary.review.overdue': '{review}：已超过 {max} 个工作日',
    'summary.face.notice': '{who}人脸核身剩余',
    'summary.face.task': '人脸核身已通过，提交备案剩余',
    'summary.more': '另有 {count} 个计时进行中',
  },
  en: {
    'sms.verifier.legal-representative': "Entity's person in charge",
    'sms.verifier.person-in-charge': "Mini program's person in charge",
    'sms.verifier.named': '{role} · {name}',
    'sms.rejection.field': 'SMS verification',
    'sms.rejection.expired': 'The 12381 SMS was not verified within 24 hours; the filing was rejected automatically',
    'sms.rejection.locked': 'Six wrong verification codes; the filing was returned',
    'sms.rejection.fix': 'Resubmit the filing on the platform and verify the new SMS within 24 hours',
    'review.kind.platform-initial': 'Platform initial review',
    'review.kind.wechat-verification': 'WeChat verification review',
    'review.kind.wechat-verification-individual': 'Verification review (individual)',
    'review.kind.bureau': 'Provincial bureau review',
    'summary.sms': '{who} SMS time left',
    'summary.review': '{review}: working day {n} of {max}',
    'summary.review.overdue': '{review}: past {max, plural, one {# working day} other {# working days}}',
    'summary.face.notice': '{who} face check time left',
    'summary.face.task': 'Face check passed; submit the filing within',
    'summary.more': 'Other clocks running: {count}',
  },
});
