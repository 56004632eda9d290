import { defineMessagePairs } from '../define';

/**
 * Messages of the SMS verification page: the 24-hour countdown per verifier, wrong-code counts,
 * resubmission, the clock-jump notes and its calendar reminder. Registered by the SMS page only
 * (register-sms.ts), so they stay out of the 512 KB main package; the verifier names and the
 * summary lines the Progress tab shows stay in countdowns.ts. Written as [zh-CN, en] pairs.
 */
const pairs = {
  'sms.title': ['短信核验', 'SMS verification'],
  'sms.missing': ['找不到这个备案项目，它可能已被删除。', 'This filing could not be found. It may have been deleted.'],
  'sms.state.waiting': ['等待短信', 'Waiting for SMS'],
  'sms.state.counting': ['计时中', 'Counting down'],
  'sms.state.verified': ['已核验', 'Verified'],
  'sms.state.expired': ['已超时', 'Expired'],
  'sms.state.locked': ['已退回', 'Returned'],
  'sms.waiting.body': [
    '收到 12381 发来的核验短信后，点下面的按钮开始 24 小时倒计时。',
    'When the verification SMS from 12381 arrives, tap the button below to start the 24-hour countdown.',
  ],
  'sms.received': ['已收到短信（现在）', 'SMS received (now)'],
  'sms.received.earlier': ['收到得更早？选择收到时间', 'Received earlier? Set the time'],
  'sms.received.edit': ['修改收到时间（{time}）', 'Edit received time ({time})'],
  'sms.received.hint': [
    '按短信到达手机的时间选择；晚于现在的时刻算作昨天，最多往前 24 小时。',
    'Pick the time the SMS arrived. A time later than now counts as yesterday; at most 24 hours back.',
  ],
  'sms.refusal.received-in-future': ['收到时间不能晚于现在。', 'The received time cannot be later than now.'],
  'sms.refusal.window-already-closed': [
    '这个时间距今已超过 24 小时，核验窗口已经关闭。',
    'That was more than 24 hours ago, so the verification window has closed.',
  ],
  'sms.refusal.already-verified': ['这位核验人已经完成核验。', 'This verifier has already verified.'],
  'sms.refusal.locked': ['验证码已输错 6 次，本轮核验已结束。', 'Six wrong codes were entered; this round is over.'],
  'sms.refusal.not-a-time': ['时间无效，请重新选择。', 'That time is not valid. Please pick it again.'],
  'sms.refusal.closed': [
    '本轮核验已结束，请重新提交后再记录。',
    'This round is over. Resubmit first, then record the new SMS.',
  ],
  'sms.remaining': ['剩余时间', 'Time left'],
  'sms.deadline': ['截止 {time}', 'Deadline {time}'],
  'sms.verify': ['我已完成核验', 'I have verified'],
  'sms.verifiedAt': ['已于 {time} 完成核验', 'Verified at {time}'],
  'sms.expiredAt': ['已于 {time} 超时，未完成核验', 'Expired at {time} without verification'],
  'sms.lockedBody': ['验证码输错 6 次，备案已被退回。', 'Six wrong codes were entered and the filing was returned.'],
  'sms.warning.6h': [
    '剩余不到 6 小时，请尽快到 beian.miit.gov.cn 完成核验。',
    'Less than 6 hours left. Verify at beian.miit.gov.cn soon.',
  ],
  'sms.warning.1h': [
    '剩余不到 1 小时！请立即完成核验，超时后备案会被自动驳回。',
    'Less than 1 hour left! Verify now: when time runs out the filing is rejected automatically.',
  ],
  'sms.wrong.count': ['已输错验证码 {n} 次', 'Wrong codes entered: {n}'],
  'sms.wrong.add': ['输错一次 +1', 'Wrong code +1'],
  'sms.wrong.four': [
    '已输错 4 次：第 6 次输错会导致备案被退回，请逐位核对短信里的验证码。',
    'Four wrong codes: the 6th returns the filing. Check the code in the SMS digit by digit.',
  ],
  'sms.wrong.five': [
    '已输错 5 次！再错 1 次备案就会被退回。验证码无效时，请在核验页面重新获取短信。',
    'Five wrong codes! One more returns the filing. If the code is invalid, you can request a new one on the verification page.',
  ],
  'sms.wrong.confirm.title': ['记录第 6 次输错？', 'Record a 6th wrong code?'],
  'sms.wrong.confirm.body': [
    '第 6 次输错会使备案被退回，需要重新提交。确定已经输错第 6 次了吗？',
    'A 6th wrong code returns the filing and it must be resubmitted. Did you really enter a 6th wrong code?',
  ],
  'sms.window.counting': [
    '每位核验人都要在收到短信后 24 小时内完成核验。',
    'Each verifier must verify within 24 hours of receiving the SMS.',
  ],
  'sms.window.waiting-for-other': [
    '等待另一位核验人：{name} 还没有完成核验。',
    'Waiting for the other verifier: {name} has not verified yet.',
  ],
  'sms.window.all-verified': [
    '全部核验完成，已进入管局审核。',
    'Everyone has verified. The provincial bureau review has started.',
  ],
  'sms.window.rejected.expired': [
    '有短信未在 24 小时内完成核验，备案已被自动驳回，需要重新提交。',
    'An SMS was not verified within 24 hours, so the filing was rejected automatically. Resubmit it.',
  ],
  'sms.window.rejected.locked': [
    '验证码输错 6 次，备案已被退回，需要重新提交。',
    'Six wrong codes were entered, so the filing was returned. Resubmit it.',
  ],
  'sms.resubmit': ['已重新提交，开始新一轮核验', 'Resubmitted: start a new round'],
  'sms.resubmit.confirm.title': ['开始新一轮核验？', 'Start a new round?'],
  'sms.resubmit.confirm.body': [
    '请先在平台上重新提交备案。重新提交后会收到新的核验短信，本轮记录会保留在历史中。',
    'Resubmit the filing on the platform first. A resubmission sends a new SMS; this round stays in the history.',
  ],
  'sms.resubmit.done': ['已开始新一轮核验', 'New round started'],
  'sms.info.title': ['核验须知', 'How verification works'],
  'sms.info.sender': ['核验短信由 12381（工信部）发送。', 'The verification SMS comes from 12381 (MIIT).'],
  'sms.info.site': ['在工信部备案管理系统完成核验：', "Verify on MIIT's filing system:"],
  'sms.info.copy': ['复制网址', 'Copy address'],
  'sms.info.resend': [
    '验证码无效时，可在核验页面重新获取短信。指南没有说明重发会重新计时，所以这里仍按第一条短信的截止时间倒计时；只有你修改收到时间时才会改变。',
    "If the code is invalid, you can request a new one on the verification page. The guide does not say a resend restarts the 24 hours, so the countdown keeps the first SMS's deadline unless you edit the received time.",
  ],
  'sms.info.two': [
    '主体负责人与小程序负责人不是同一人时，两人各收到一条短信，需要分别核验。',
    "When the entity's person in charge and the mini program's person in charge are different people, each receives an SMS and verifies separately.",
  ],
  'sms.history.title': ['历次核验（{n}）', 'Earlier rounds ({n})'],
  'sms.history.round': ['第 {n} 轮 · {date} 开始', 'Round {n} · started {date}'],
  'sms.outcome.open': ['进行中', 'In progress'],
  'sms.outcome.all-verified': ['全部核验完成', 'All verified'],
  'sms.outcome.expired': ['超时被驳回', 'Rejected: time ran out'],
  'sms.outcome.locked': ['输错 6 次被退回', 'Returned: 6 wrong codes'],
  'sms.outcome.superseded': ['已重新提交', 'Resubmitted'],
  'sms.clock.back': [
    '检测到手机时间被往回调了约 {amount}。倒计时以保存的截止时刻为准：{deadline}。',
    'The phone clock was moved back by about {amount}. The countdown follows the saved deadline: {deadline}.',
  ],
  'sms.clock.forward': [
    '检测到手机时间被往前调了约 {amount}。倒计时以保存的截止时刻为准：{deadline}。',
    'The phone clock was moved forward by about {amount}. The countdown follows the saved deadline: {deadline}.',
  ],
  'sms.clock.beforeReceived': [
    '手机时间早于记录的短信收到时间，可能被调过。剩余时间最多按 24 小时显示，请以截止时刻为准。',
    'The phone clock is earlier than the recorded SMS time, so it may have been changed. At most 24 hours are shown; go by the deadline.',
  ],
  'sms.amount.minutes': ['{n} 分钟', '{n} min'],
  'sms.amount.hours': ['{n} 小时', '{n} h'],
  'calendar.added.sms': ['已添加，截止前 2 小时提醒你', 'Added. You will be reminded 2 hours before the deadline'],
  'calendar.sms.title': ['备案短信核验截止（{who}）', 'Filing SMS verification deadline ({who})'],
  'calendar.sms.description': [
    '请在 beian.miit.gov.cn 完成 12381 短信核验，截止 {time}。超时备案会被自动驳回。',
    'Verify the 12381 SMS at beian.miit.gov.cn by {time}, or the filing is rejected automatically.',
  ],
} as const;

/** Messages of the SMS verification page (subpackage only). */
export const sms = defineMessagePairs(pairs);
