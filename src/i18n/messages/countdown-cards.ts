import { defineMessagePairs } from '../define';

/**
 * Messages of the countdowns feature's cards that only subpackage pages show (the filing page's
 * steps, face-check and renewal cards, the SMS page): the working-day review clock and the
 * phone-calendar button. Registered by those pages (register-countdown-cards.ts), so they stay out
 * of the 512 KB main package. Written as [zh-CN, en] pairs.
 */
const pairs = {
  'calendar.add': ['添加到手机日历', 'Add to phone calendar'],
  'calendar.download': ['下载日历提醒（.ics）', 'Download reminder (.ics)'],
  'calendar.added.review': ['已添加到手机日历', 'Added to your phone calendar'],
  'calendar.downloaded': [
    '已下载日历文件，用日历应用打开即可添加提醒',
    'Calendar file downloaded. Open it with your calendar app',
  ],
  'calendar.denied.title': ['没有日历权限', 'No calendar permission'],
  'calendar.denied.body': [
    '之前拒绝过“添加到日历”的权限，所以无法添加提醒。请在设置里打开“添加到日历”，再点一次添加。',
    'Calendar access was turned down earlier, so the reminder cannot be added. Turn on "Add to calendar" in Settings, then tap add again.',
  ],
  'calendar.denied.settings': ['去设置', 'Open Settings'],
  'calendar.failed': ['添加失败，请稍后再试', 'Could not add it. Please try again later'],
  'calendar.unsupported': [
    '当前微信版本不支持添加日历，请升级微信后再试。',
    'This WeChat version cannot add calendar events. Please update WeChat.',
  ],
  'calendar.review.title': ['{review}最晚应有结果', '{review}: latest expected result'],
  'calendar.review.description': [
    '按最多 {max} 个工作日计算，{review}最晚 {date} 应有结果；仍无结果请联系平台客服。',
    "At up to {max, plural, one {# working day} other {# working days}}, the {review} should be decided by {date}. If not, contact the platform's customer service.",
  ],
  'review.title': ['{review} · 工作日计时', '{review} · working days'],
  'review.dayN': ['第 {n} 个工作日', 'Working day {n}'],
  'review.ofMax': ['最多 {max} 个工作日', 'of up to {max}'],
  'review.dayZero': ['今天开始，从下一个工作日起计算', 'Started today; counting begins on the next working day'],
  'review.started': ['开始于 {date}', 'Started {date}'],
  'review.earliest': ['最早', 'Earliest'],
  'review.latest': ['最晚', 'Latest'],
  'review.estimate': ['估算', 'estimate'],
  'review.estimate.note': [
    '标有“估算”的日期所在年份还没有公布官方节假日安排，暂按周一至周五推算。',
    'Dates marked "estimate" fall in a year whose official holidays are not published yet; they assume Monday to Friday.',
  ],
  'review.overdue': ['已超期', 'Overdue'],
  'review.overdue.platform-initial': [
    '已超过 {max} 个工作日仍无初审结果。请保持电话畅通（平台可能来电核实），并联系小程序平台客服询问进度。',
    "More than {max, plural, one {# working day} other {# working days}} without a result. Keep your phone reachable (the platform may call) and contact the mini program platform's customer service.",
  ],
  'review.overdue.wechat-verification': [
    '已超过指南所写的 {max} 个工作日。有资料称最长需要 15 个工作日；如仍无结果，请联系微信公众平台客服询问进度。',
    "Past the guide's {max, plural, one {# working day} other {# working days}}. Some sources say it can take up to 15; if there is still no result, contact WeChat Official Platform customer service.",
  ],
  'review.overdue.bureau': [
    '已超过 {max} 个工作日仍无结果。请联系小程序平台的备案客服，询问管局审核进度。',
    "More than {max, plural, one {# working day} other {# working days}} without a result. Contact the platform's filing customer service and ask about the bureau review.",
  ],
  'review.source.extended': [
    '指南写 1–5 个工作日；也有资料称最长 15 个工作日（最晚约 {date}）。',
    'The guide says 1–5 working days; other sources say up to 15 (latest about {date}).',
  ],
  'review.legend.workday': ['工作日', 'Working day'],
  'review.legend.weekend': ['周末', 'Weekend'],
  'review.legend.holiday': ['节假日', 'Holiday'],
  'review.legend.makeup': ['调休上班', 'Make-up working day'],
  'review.legend.today': ['今天', 'Today'],
  'review.weekdays': ['一,二,三,四,五,六,日', 'Mo,Tu,We,Th,Fr,Sa,Su'],
  'review.mark.holiday': ['休', 'off'],
  'review.mark.makeup': ['班', 'work'],
  'review.error': ['无法计算审核日期：{reason}', 'Review dates cannot be computed: {reason}'],
  'review.overdue.wechat-verification-individual': [
    '已超过较新资料所写的 {max} 个工作日。有资料称最长需要 15 个工作日；如仍无结果，请联系微信公众平台客服询问进度。',
    'Past the {max, plural, one {# working day} other {# working days}} newer sources give. Some sources say it can take up to 15; if there is still no result, contact WeChat Official Platform customer service.',
  ],
  'review.source.individual': [
    '较新的资料写 1–3 个工作日；也有资料称最长 15 个工作日（最晚约 {date}）。',
    'Newer sources say 1–3 working days; others say up to 15 (latest about {date}).',
  ],
} as const;

/** Messages of the review-clock and calendar cards (subpackages only). */
export const countdownCards = defineMessagePairs(pairs);
