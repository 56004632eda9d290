import { defineMessagePairs } from '../define';

/**
 * Messages of the help page (the guide and FAQ): the seed guide's text in both languages, the
 * prior-approval industries and the verification notes. Registered by the help page only
 * (register-help.ts), so about 12 KB of text stays out of the 512 KB main package. Three help
 * sentences the filing steps quote too live in filing-rules.ts. Written as [zh-CN, en] pairs.
 */
const pairs = {
  'help.title': ['指南与问答', 'Guide & FAQ'],
  'help.intro': [
    '以下内容整理自《微信小程序注册、认证与备案指南》，按办理顺序排列。',
    'Everything below comes from the WeChat Mini Program Registration, Verification & Filing Guide, in the order you need it.',
  ],
  'help.materials.title': ['需要准备的材料', 'Required materials'],
  'help.materials.1': [
    '邮箱：有效且未在微信公众平台、微信开放平台注册过，也未绑定个人微信。',
    'Email address: valid, not registered with the WeChat Official Platform or Open Platform, and not linked to a personal WeChat account.',
  ],
  'help.materials.2': [
    '营业执照（事业单位、社会组织等用各自的主体证件）：清晰照片。',
    'Business licence (public institutions and other organisations use their own certificate): a clear photo.',
  ],
  'help.materials.3': [
    '法定代表人（主体负责人）身份证：人像面和国徽面照片。',
    "Legal representative's (entity's person in charge's) ID: the photo side and the emblem side.",
  ],
  'help.materials.4': ['管理员手机号。', "Administrator's mobile number."],
  'help.materials.5': ['紧急联系人手机号。', 'Emergency contact number.'],
  'help.materials.6': ['银行信息：开通微信支付时需要。', 'Bank information: required for enabling WeChat Pay.'],
  'help.register.title': ['注册', 'Registration'],
  'help.register.email': [
    '邮箱不能在微信公众平台、微信开放平台用过，也不能绑定个人微信。',
    'The email must not have been used on the WeChat Official Platform or Open Platform, nor bound to a personal WeChat account.',
  ],
  'help.register.personal': [
    '指南说个人主体的小程序不能使用商业服务，也不能认证；较新的资料称个人可付 30 元认证，但微信支付仍不对个人开放。个人备案不以认证为前提。',
    'The guide says mini programs of individuals cannot use commercial services or be verified; newer sources say individuals can verify for RMB 30, though WeChat Pay stays closed to them. Individuals file without verifying first.',
  ],
  'help.register.admin': [
    '管理员信息必须填写，提交后不能修改。',
    'Administrator information must be provided and cannot be changed after submission.',
  ],
  'help.verify.title': ['认证', 'Verification'],
  'help.verify.methods': [
    '两种方式：从公司对公账户向腾讯小额打款验证；或支付 300 元进行微信认证。',
    "Two methods: transfer a small amount from the company's public account to Tencent, or pay RMB 300 for WeChat verification.",
  ],
  'help.verify.fee': [
    '微信认证费 300 元，不退还，用于委托第三方审核主体、资质、命名合规和线上服务。',
    'The RMB 300 WeChat verification fee is non-refundable; it pays a third party to audit the entity, qualifications, naming compliance and online services.',
  ],
  'help.verify.time': [
    '审核 1–5 个工作日（指南）；其他来源称最长 15 个工作日。',
    'Review takes 1–5 working days per the guide; other sources say up to 15.',
  ],
  'help.verify.required': [
    '认证完成前部分功能受限；申请微信支付需要认证，认证通过后才能备案。',
    'Some features are restricted until verification is complete; WeChat Pay needs it, and filing is only available after it.',
  ],
  'help.filing.title': ['备案', 'ICP filing'],
  'help.filing.law': [
    '依据《反电信网络诈骗法》和《互联网信息服务管理办法》（国务院令第 292 号），在中国运营的应用须向工信部备案；未备案的小程序不得提供服务或上线。',
    'Under the PRC Anti-Telecom Fraud Law and the Administrative Measures on Internet Information Services (State Council Order No. 292), apps operating in China must file with MIIT; unfiled mini programs may not offer services or go live.',
  ],
  'help.filing.guangdong': [
    '广东的企业需要上传签字盖章的材料。',
    'Guangdong-based companies upload signed and stamped documents.',
  ],
  'help.filing.special': [
    '特殊行业或需要前置审批的，可免费联系客服协助。',
    'Special industries or businesses needing prior approval can get free help from customer service.',
  ],
  'help.filing.sms': [
    '工信部用 12381 发短信，主体负责人和小程序负责人（不是同一人时两人都要）须在 24 小时内到 beian.miit.gov.cn 核验，否则自动驳回需重新提交；验证码无效时，可以重新获取。',
    "MIIT texts from 12381; the entity's person in charge and the mini program's person in charge (both, when they are different people) verify within 24 hours at beian.miit.gov.cn, or the application is rejected and must be resubmitted. If the code is invalid, you can request a new one.",
  ],
  'help.filing.bureau': [
    '管局审核 1–20 个工作日（视当地管局），结果通过短信或站内信通知。',
    'The telecom bureau reviews in 1–20 working days, depending on the local bureau, and notifies by SMS or internal message.',
  ],
  'help.filing.moreInfo': [
    '备案通过后，备案号会自动显示在小程序「更多资料」中，无需手动放置。',
    'After approval the filing number appears under "More Info" of the mini program automatically; no manual placement needed.',
  ],
  'help.deadlines.title': ['时间节点', 'Deadlines'],
  'help.deadlines.new': [
    '自 2023 年 9 月 1 日起，所有小程序须先完成备案才能上线。',
    'Since 1 September 2023, every mini program must complete ICP filing before it is published.',
  ],
  'help.deadlines.existing': [
    '已上线的小程序须在 2024 年 3 月 31 日前完成备案，逾期未备案的可能自 2024 年 4 月 1 日起被下架。',
    'Existing mini programs had to be filed by 31 March 2024; unfiled ones may be delisted from 1 April 2024.',
  ],
  'help.faq.title': ['常见问题', 'FAQ'],
  'help.faq.q1': ['备案审核要多久？', 'How long does the filing review take?'],
  'help.faq.q2': ['可以跨省备案吗？', 'Can I file across provinces?'],
  'help.faq.a2': [
    '不建议跨省备案。个人主体跨省备案需提供暂住证或社保证明。',
    'Cross-province filing is not recommended. Personal entities need temporary residence permits or social security documentation.',
  ],
  'help.faq.q3': [
    '业务需要前置审批或其他许可怎么办？',
    'What if the business needs prior approval or other authorization?',
  ],
  'help.faq.a3': [
    '需要前置审批的，先向主管部门取得审批文件，备案时选择对应行业并上传；只有确实不涉及下列行业时，才选择「以上都不涉及」。特殊行业可免费联系客服协助备案。',
    'If the business needs prior approval, obtain it from the competent department first, then choose the industry and upload the document when filing. Choose "none of the above" only if none of the industries below applies. Customer service helps special industries file for free.',
  ],
  'help.verify.entities': [
    '企业和个体工商户可选对公打款或微信认证；事业单位、政府机关和其他组织只能微信认证；个人没有主体验证，认证可选。',
    'Enterprises and individual businesses may verify by bank transfer or WeChat verification; public institutions, government bodies and other organisations only by WeChat verification; individuals have no entity to verify and verification is optional.',
  ],
  'help.verify.fees': [
    '费用（来源不一，均不退还）：企业 300 元；个体工商户指南为 300 元、较新资料为 30 元；个人 30 元（指南说不能认证）；政府机关、基金会等部分组织可免费。',
    'Fees (sources differ; never refunded): enterprises RMB 300; individual businesses RMB 300 per the guide, 30 per newer sources; individuals RMB 30 (the guide says they cannot verify); government bodies and some organisations such as foundations free.',
  ],
  'help.verify.renewal': [
    '认证有效期一年，每年需年审；本应用在到期前 30、7、1 天提醒你，也可加入手机日历。',
    'Verification is valid for one year and renewed yearly; the app reminds you 30, 7 and 1 days before, and can add the reminders to the phone calendar.',
  ],
  'help.filing.face': [
    '提交前，小程序负责人要做人脸核身：通知 24 小时内有效，核身任务 3 天内有效；白色或浅色背景，不戴帽子、耳机或口罩。',
    "Before submitting, the mini program's person in charge does a face check: the notice is valid for 24 hours, the task for 3 days; white or light background, no hat, earphones or mask.",
  ],
  'help.faq.a3.note': [
    '指南原文把两种情况写在了一句里（「提供无需前置审批的声明，或联系客服」），声明只适用于确实不涉及的情况。',
    'The guide runs the two cases into one sentence ("provide a declaration that no approval is needed, or contact customer service"); the declaration only fits when none applies.',
  ],
  'help.industries.title': ['需要前置审批的行业', 'Industries that need prior approval'],
  'help.industries.intro': [
    '依据《互联网信息服务管理办法》第五条和备案系统的前置审批类型；列表会更新，以平台页面为准。每项后面是要上传的文件：',
    "Per Art. 5 of the Administrative Measures on Internet Information Services and the filing system's approval types; the list changes, the platform page decides. Each names the document to upload:",
  ],
  'help.industries.item': ['{industry}：{certificate}', '{industry}: {certificate}'],
} as const;

/** Messages of the help page (subpackage only). */
export const help = defineMessagePairs(pairs);
