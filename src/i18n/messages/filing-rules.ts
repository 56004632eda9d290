import { defineMessagePairs } from '../define';

/**
 * Messages of the journey screens that live only in subpackages (profile form, filing steps,
 * pre-flight, help, SMS page): the steps' bodies, the profile form, pre-flight problems and
 * validator reasons, and the filing rules: entity types and their certificates, identity documents,
 * roles of the persons in charge, address and name rules, prior-approval industries, the face
 * check and the yearly renewal. Registered by those pages (register-filing-rules.ts), so they do
 * not weigh on the 512 KB main package. Written as [zh-CN, en] pairs.
 */
const pairs = {
  'legacy.title': ['2023 年 9 月 1 日前已上线的小程序', 'Published before 1 September 2023'],
  'legacy.overdue': [
    '备案截止日 2024-03-31 已过 {days} 天，平台自 2024-04-01 起可能清退未备案的小程序。注册步骤已省略，请直接完成认证和备案。',
    'The filing deadline of 2024-03-31 passed {days, plural, one {# day} other {# days}} ago, and unfiled mini programs may be delisted from 2024-04-01. Registration steps are left out: go straight to verification and filing.',
  ],
  'legacy.ahead': [
    '须在 2024-03-31 前完成备案，还有 {days} 天。注册步骤已省略。',
    'Filing is due by 2024-03-31, in {days, plural, one {# day} other {# days}}. Registration steps are left out.',
  ],
  'renewal.title': ['微信认证年审', 'Yearly renewal of WeChat verification'],
  'renewal.note': [
    '微信认证有效期一年，到期前需年审（重新认证）。本应用在到期前 30、7、1 天提醒你。',
    'WeChat verification is valid for one year and renewed yearly. The app reminds you 30, 7 and 1 days before it runs out.',
  ],
  'renewal.expires': ['有效期至 {date}', 'Valid until {date}'],
  'renewal.valid': ['还有 {days} 天到期', '{days, plural, one {# day left} other {# days left}}'],
  'renewal.due': [
    '{days} 天后到期：请在到期前完成年审',
    'Runs out in {days, plural, one {# day} other {# days}}: renew before then',
  ],
  'renewal.expired': [
    '已过期 {days} 天：请尽快年审，逾期会影响被搜索、分享和发布新版本',
    'Ran out {days, plural, one {# day} other {# days}} ago: renew now; a lapse stops search, sharing and new releases',
  ],
  'renewal.noDate': [
    '填上认证通过的日期，就能算出年审时间。',
    'Enter the day verification was approved to see when it must be renewed.',
  ],
  'renewal.calendar': ['添加 3 个日历提醒（30/7/1 天前）', 'Add 3 calendar reminders (30/7/1 days before)'],
  'renewal.added': ['已添加 {count} 个提醒', '{count, plural, one {# reminder added} other {# reminders added}}'],
  'calendar.renewal.title': [
    '微信认证 {days} 天后到期',
    'WeChat verification runs out in {days, plural, one {# day} other {# days}}',
  ],
  'calendar.renewal.description': [
    '微信认证 {date} 到期，请到微信公众平台完成年审。',
    'WeChat verification runs out on {date}; renew it on the WeChat Official Platform.',
  ],
  'step.optional': ['可选', 'Optional'],
  'verify.fee.single': ['认证费 {fee} 元，认证失败也不退。', 'Fee RMB {fee}, not refunded if verification fails. '],
  'verify.fee.disagree': [
    '认证费：指南 {seed} 元，其他资料 {other} 元；认证失败也不退。',
    'Fee: RMB {seed} per the guide, {other} per other sources; not refunded if it fails. ',
  ],
  'verify.fee.personal': [
    '认证费 {other} 元（较新资料；指南说个人不能认证），失败也不退。',
    'Fee RMB {other} per newer sources (the guide says individuals cannot verify); not refunded if it fails. ',
  ],
  'verify.review.days': [
    '审核 {min}–{max} 个工作日，其他来源称最长 {extended} 个工作日。',
    'Review takes {min}–{max, plural, one {# working day} other {# working days}}; other sources say up to {extended}.',
  ],
  'step.reg-4.3.personal.body': [
    '个人主体填写本人身份证件的姓名、号码和管理员手机号。',
    'An individual enters the name and number on their own identity document and the administrator mobile.',
  ],
  'step.reg-4.4.personal.body': [
    '用本人已绑定银行卡的微信扫码，完成身份证件、人脸识别和手机号的验证，姓名须与微信绑卡姓名一致。个人主体没有对公打款这一步。',
    'Scan with your own WeChat that has a bank card bound, and complete the ID, face and mobile checks; the name must match the bank card bound to WeChat. Individuals have no bank-transfer step.',
  ],
  'step.verify-method.personal.body': [
    '个人备案不需要先认证。指南说个人主体不能认证；较新的资料称个人可付 30 元认证（1–3 个工作日），认证后小程序才能被搜索和分享。两种说法不一致，请以平台页面为准。',
    'Individuals file without verifying first. The guide says individuals cannot be verified; newer sources say they can, for RMB 30 (1–3 working days), and that an unverified mini program cannot be searched or shared. The sources disagree; the platform page decides.',
  ],
  'step.verify-review.personal.body': [
    '较新的资料称 1–3 个工作日；也有资料称最长 15 个工作日。',
    'Newer sources say 1–3 working days; others say up to 15.',
  ],
  'step.verify-review.bank-transfer.body': [
    '按平台给出的金额和收款账户，从对公账户向腾讯打款；款项到账、核对一致后主体验证即完成。这条路线没有第三方审核，也没有重新提交次数的限制。',
    "Transfer the amount the platform shows from the company's public account to the account it names; once the transfer arrives and matches, the entity is verified. This route has no third-party review and no resubmission limit.",
  ],
  'step.filing-face-check.body': [
    '提交备案前，小程序负责人会在微信收到人脸核身通知：通知 24 小时内有效，核身任务 3 天内有效。请先备齐其他材料再发起；背景用白色或浅色，不戴帽子、耳机或口罩。核身通过后，在任务有效期内提交备案。',
    "Before the filing is submitted, the mini program's person in charge gets a face-check notice in WeChat: the notice is valid for 24 hours, the task for 3 days. Get every other material ready first; use a white or light background and no hat, earphones or mask. Once passed, submit the filing while the task is still valid.",
  ],
  'profile.group.address': ['备案地址', 'Filing address'],
  'profile.group.principal': ['{who}（主体负责人）', "{who} (entity's person in charge)"],
  'profile.group.self': ['本人信息', 'About you'],
  'profile.group.account': ['注册账号与管理员', 'Account and administrator'],
  'profile.group.mpPrincipal': ['小程序负责人', "Mini program's person in charge"],
  'profile.name.count': ['{count}/{max} 字符', '{count}/{max, plural, one {# character} other {# characters}}'],
  'profile.approvalNumber.placeholder': ['审批文件编号（可稍后填）', 'Approval number (can wait)'],
  'profile.otherApprovals.placeholder': ['列表以外的审批，例如某项地方许可', 'An approval not in the list'],
  'profile.personEmail.placeholder': ['本人常用的邮箱', "The person's own email"],
  'profile.emergency.placeholder': ['不填则用紧急联系人号码', 'Leave empty to use the emergency contact'],
  'profile.residence.yes': ['常住备案省份', 'I live in the filing province'],
  'profile.residence.no': ['住在外省', 'I live in another province'],
  'profile.mpRole.administrator': ['管理员（默认）', 'Administrator (default)'],
  'profile.mpRole.entity-principal': ['主体负责人本人', 'Entity principal'],
  'profile.mpRole.someone-else': ['其他人', 'Someone else'],
  'profile.note.enterprise': [
    '用营业执照注册。认证可选对公打款或微信认证（300 元，不退）。每个企业最多 50 个小程序。',
    "Registers with its business licence. Verify by a transfer from the company's account or by WeChat verification (RMB 300, not refunded). Up to 50 mini programs per enterprise.",
  ],
  'profile.note.individual-business': [
    '用营业执照注册，主体负责人是经营者。认证费：指南为 300 元，较新的资料称个体工商户 30 元（1–3 个工作日）。每个个体工商户最多 5 个小程序。',
    'Registers with its business licence; its person in charge is the operator. Verification fee: RMB 300 per the guide, RMB 30 for individual businesses per newer sources (1–3 working days). Up to 5 mini programs per individual business.',
  ],
  'profile.note.public-institution': [
    '用事业单位法人证书注册，只能通过微信认证验证主体：费用 300 元，有资料称可免。最多 50 个小程序。',
    'Registers with its public institution certificate and verifies through WeChat verification only: RMB 300, which some sources say is waived. Up to 50 mini programs.',
  ],
  'profile.note.government': [
    '用统一社会信用代码证书注册，只能通过微信认证验证主体；资料称政府机关认证免费（指南写 300 元）。最多 50 个小程序。',
    'Registers with its unified social credit code certificate and verifies through WeChat verification only; sources say it is free for government bodies (the guide says RMB 300). Up to 50 mini programs.',
  ],
  'profile.note.other-organization': [
    '用社会团体、民办非企业单位、基金会等登记证书注册，只能通过微信认证：基金会等部分组织免费，其余 300 元。最多 50 个小程序。',
    'Registers with its social organisation, private non-enterprise or foundation certificate and verifies through WeChat verification only: free for some, such as foundations, RMB 300 for the rest. Up to 50 mini programs.',
  ],
  'profile.note.address': [
    '通讯地址只填街道、门牌、楼栋和房号，不要重复省市区；须与证件住所在同一城市或区县，否则常被驳回。',
    'The address holds only street, number, building and room, not the province, city or district again; it must lie in the same city or district as the address on the certificate, or it is often rejected.',
  ],
  'profile.note.certificateValidity': [
    '主体证件也须在提交后超过 3 个月有效（宁夏 6 个月）；没有截止日期的选「长期」。',
    'The entity certificate must also stay valid for more than 3 months after submission (6 in Ningxia); choose "long-term" when it has no end date.',
  ],
  'profile.note.name': [
    '名称 4–30 个字符，一个汉字算 2 个；不能含「小程序」；只用中文、字母和数字最稳妥；涉及品牌或他人名称要提供商标注册证等证明。',
    "A name has 4–30 characters, a Chinese character counting 2; it may not contain 小程序; Chinese, letters and digits are safest; a brand or someone else's name needs proof such as a trademark certificate.",
  ],
  'profile.note.legalPerson': [
    '主体负责人通常就是法定代表人。不是时，要填写法定代表人的姓名和证件号码，并提供主体负责人授权书；上海要求主体负责人由法定代表人担任。',
    "The entity's person in charge is usually its legal representative. When not, give the legal representative's name and ID number and add an authorization letter for the person in charge; Shanghai requires the legal representative to be the person in charge.",
  ],
  'profile.note.mpRole': [
    '微信默认由管理员担任小程序负责人。两位负责人不是同一人时，各自收到工信部短信、分别核验，并需要授权书；人脸核身由小程序负责人做。',
    "WeChat makes the administrator the mini program's person in charge by default. When the two persons in charge are different people, each gets their own MIIT SMS to verify and an authorization letter is needed; the mini program's person in charge does the face check.",
  ],
  'entity.government': ['政府机关', 'Government body'],
  'cert.business-licence': ['营业执照', 'Business licence'],
  'cert.public-institution-certificate': ['事业单位法人证书', 'Public institution legal person certificate'],
  'cert.unified-credit-code-certificate': ['统一社会信用代码证书', 'Unified social credit code certificate'],
  'cert.social-organization-certificate': ['社会团体法人登记证书', 'Social organisation registration certificate'],
  'cert.private-non-enterprise-certificate': ['民办非企业单位登记证书', 'Private non-enterprise unit certificate'],
  'cert.foundation-certificate': ['基金会法人登记证书', 'Foundation registration certificate'],
  'cert.other-certificate': ['其他登记证书', 'Other registration certificate'],
  'iddoc.resident-id': ['居民身份证', 'Resident ID card'],
  'iddoc.hk-macau-residence-permit': ['港澳居民居住证', 'Residence permit for Hong Kong and Macau residents'],
  'iddoc.taiwan-residence-permit': ['台湾居民居住证', 'Residence permit for Taiwan residents'],
  'iddoc.hk-macau-travel-permit': [
    '港澳居民来往内地通行证',
    'Mainland travel permit for Hong Kong and Macau residents',
  ],
  'iddoc.taiwan-travel-permit': ['台湾居民来往大陆通行证', 'Mainland travel permit for Taiwan residents'],
  'iddoc.foreign-permanent-residence': ['外国人永久居留身份证', "Foreigner's permanent residence ID"],
  'iddoc.passport': ['护照', 'Passport'],
  'field.entityName': ['主体名称', 'Entity name'],
  'field.certificateType': ['主体证件类型', 'Entity certificate'],
  'field.certificateNumber': ['统一社会信用代码', 'Unified social credit code'],
  'field.certificateNumber.placeholder': [
    '18 位，旧执照可填 15 位注册号',
    '18 characters, or an old 15-digit registration number',
  ],
  'field.certificateValidFrom': ['证件有效期起', 'Certificate valid from'],
  'field.certificateValidTo': ['证件有效期至', 'Certificate valid to'],
  'field.certificateLongTerm': ['证件长期有效', 'Certificate long-term'],
  'field.certificateAddress': ['证件住所', 'Address on the certificate'],
  'field.district': ['区县', 'District'],
  'field.address': ['通讯地址', 'Address'],
  'field.address.placeholder': ['街道、门牌、楼栋和房号', 'Street, number, building, room'],
  'field.residesInFilingProvince': ['是否常住备案省份', 'Where you live'],
  'field.priorApprovals': ['前置审批行业', 'Prior-approval industries'],
  'field.registrationEmail': ['注册邮箱', 'Registration email'],
  'field.miniProgramPrincipalRole': ['小程序负责人是', "The mini program's person in charge is"],
  'field.entityPrincipalIsLegalPerson': [
    '主体负责人就是法定代表人（法人）',
    "The entity's person in charge is its legal representative",
  ],
  'field.legalPerson.name': ['法定代表人姓名', "Legal representative's name"],
  'field.legalPerson.idNumber': ['法定代表人证件号码', "Legal representative's ID number"],
  'field.otherPriorApprovals': ['其他审批', 'Other approvals'],
  'field.entityPrincipal.name': ['{who}姓名', '{who} name'],
  'field.entityPrincipal.idType': ['{who}证件类型', '{who} ID document'],
  'field.entityPrincipal.idNumber': ['{who}证件号码', '{who} ID number'],
  'field.entityPrincipal.idValidFrom': ['{who}证件有效期起', '{who} ID valid from'],
  'field.entityPrincipal.idValidTo': ['{who}证件有效期至', '{who} ID valid to'],
  'field.entityPrincipal.idLongTerm': ['{who}证件长期有效', '{who} ID long-term'],
  'field.entityPrincipal.mobile': ['{who}手机号', '{who} mobile'],
  'field.entityPrincipal.email': ['{who}邮箱', '{who} email'],
  'field.entityPrincipal.emergencyMobile': ['{who}应急联系电话', '{who} emergency number'],
  'field.administrator.name': ['管理员姓名', "Administrator's name"],
  'field.administrator.idType': ['管理员证件类型', "Administrator's ID document"],
  'field.administrator.idNumber': ['管理员证件号码', "Administrator's ID number"],
  'field.administrator.idValidFrom': ['管理员证件有效期起', "Administrator's ID valid from"],
  'field.administrator.idValidTo': ['管理员证件有效期至', "Administrator's ID valid to"],
  'field.administrator.idLongTerm': ['管理员证件长期有效', "Administrator's ID long-term"],
  'field.administrator.mobile': ['管理员手机号', "Administrator's mobile"],
  'field.administrator.email': ['管理员邮箱', "Administrator's email"],
  'field.administrator.emergencyMobile': ['管理员应急联系电话', "Administrator's emergency number"],
  'field.miniProgramPrincipal.name': ['小程序负责人姓名', "Mini program principal's name"],
  'field.miniProgramPrincipal.idType': ['小程序负责人证件类型', "Mini program principal's ID document"],
  'field.miniProgramPrincipal.idNumber': ['小程序负责人证件号码', "Mini program principal's ID number"],
  'field.miniProgramPrincipal.idValidFrom': ['小程序负责人证件有效期起', "Mini program principal's ID valid from"],
  'field.miniProgramPrincipal.idValidTo': ['小程序负责人证件有效期至', "Mini program principal's ID valid to"],
  'field.miniProgramPrincipal.idLongTerm': ['小程序负责人证件长期有效', "Mini program principal's ID long-term"],
  'field.miniProgramPrincipal.mobile': ['小程序负责人手机号', "Mini program principal's mobile"],
  'field.miniProgramPrincipal.email': ['小程序负责人邮箱', "Mini program principal's email"],
  'field.miniProgramPrincipal.emergencyMobile': [
    '小程序负责人应急联系电话',
    "Mini program principal's emergency number",
  ],
  'field.verificationApprovedOn': ['认证通过日期', 'Verification approved on'],
  'problem.region-warning': [
    '信用代码第 3–4 位不是已知的省级行政区代码（GB/T 2260）：请对照证件核对；中央登记的机构也可能如此',
    'The region in characters 3–4 of the credit code is no known province (GB/T 2260): compare with the certificate; centrally registered bodies can look like this',
  ],
  'problem.format-warning': [
    '这个护照号码格式少见，请对照证件核对（不会阻止提交）',
    'This passport number has an unusual shape; check it against the document (it does not block)',
  ],
  'problem.name-too-short': [
    '名称至少 4 个字符（汉字算 2 个），现在 {count} 个',
    'At least 4 characters (a Chinese character counts 2); now {count}',
  ],
  'problem.name-too-long': [
    '名称最多 30 个字符（汉字算 2 个），现在 {count} 个',
    'At most 30 characters (a Chinese character counts 2); now {count}',
  ],
  'problem.name-reserved-word': ['名称不能包含「小程序」', 'The name may not contain 小程序'],
  'problem.name-unusual-characters': [
    '名称含中文、字母、数字以外的字符，平台可能不接受',
    'The name has characters other than Chinese, letters and digits, which the platform may refuse',
  ],
  'problem.district-unusual': [
    '区县名称通常以「区」「县」「市」「旗」结尾，请写全称',
    'District names usually end in 区, 县, 市 or 旗; write the full name',
  ],
  'problem.address-repeats-region': [
    '通讯地址不要以省、市、区县开头，只填街道门牌（平台要求）',
    'Start the address at the street: the platform asks not to repeat the province, city or district',
  ],
  'problem.address-without-number': [
    '地址没有门牌号、楼栋或房号，审核常因地址不详驳回',
    'The address has no number, building or room; incomplete addresses are often rejected',
  ],
  'problem.certificate-address-mismatch': [
    '证件住所不在备案的城市或区县：备案地址须与证件一致，否则常被驳回',
    'The address on the certificate is not in the filing city or district: the filing address must match the certificate, or it is often rejected',
  ],
  'problem.certificate-entity-mismatch': [
    '信用代码显示的主体类别与所选主体类型不同（例如 92 开头的是个体工商户），请确认主体类型',
    'The credit code names another kind of entity than the one chosen (codes starting 92 are individual businesses); check the entity type',
  ],
  'problem.certificate-type-mismatch': [
    '这类证件通常不属于所选的主体类型，请确认',
    'This certificate usually belongs to another entity type; check it',
  ],
  'problem.expires-during-review': [
    '证件将在审核期间变得不足 {months} 个月有效，这是常见的驳回原因：建议先换证',
    'The document will drop below {months, plural, one {# month} other {# months}} of validity while the review runs, a common rejection: renew it first',
  ],
  'problem.shanghai-principal-legal-person': [
    '上海要求主体负责人由法定代表人担任，否则可能被驳回',
    "Shanghai wants the legal representative as the entity's person in charge; otherwise the filing may be rejected",
  ],
  'problem.emergency-same-as-own-mobile': [
    '应急联系电话不能与本人手机号相同',
    "The emergency number cannot be the person's own mobile",
  ],
  'invalid.iddoc.hk-macau-residence-permit': [
    '港澳居民居住证号码共 18 位，以 810000（香港）或 820000（澳门）开头',
    'A Hong Kong or Macau residence permit has 18 characters starting 810000 (Hong Kong) or 820000 (Macau)',
  ],
  'invalid.iddoc.taiwan-residence-permit': [
    '台湾居民居住证号码共 18 位，以 830000 开头',
    'A Taiwan residence permit has 18 characters starting 830000',
  ],
  'invalid.iddoc.hk-macau-travel-permit': [
    '应为 H（香港）或 M（澳门）加 8 位数字，完整号码另有 2 位换证次数',
    'H (Hong Kong) or M (Macau) and 8 digits; the full number adds 2 digits counting renewals',
  ],
  'invalid.iddoc.taiwan-travel-permit': ['台胞证号码为 8 位数字', 'A Taiwan travel permit number has 8 digits'],
  'invalid.iddoc.foreign-permanent-residence': [
    '应为 18 位（以 9 开头，末位为校验码），或旧版 15 位（3 个字母加 12 位数字）',
    '18 characters starting with 9 and ending in a check character, or the older 15 (3 letters and 12 digits)',
  ],
  'preflight.cap': [
    '该主体在本机的备案项目：{existing} 个（含本项目 {count} 个，上限 {cap} 个）',
    'Filings of this entity on this phone: {existing, plural, one {# other} other {# others}} ({count} with this one; limit {cap})',
  ],
  'preflight.reminders': ['常见驳回原因', 'Common rejection reasons'],
  'preflight.reminders.intro': ['提交前对照检查一遍：', 'Check these before you submit:'],
  'preflight.reminder.flagged': ['本备案有此迹象', 'Seen in this filing'],
  'reminder.name-scope': [
    '名称与主体的经营范围无关：名称要看得出主体做的业务',
    "A name unrelated to the entity's business scope: the name should show the business",
  ],
  'reminder.address': [
    '地址不一致：备案地址须与证件住所一致，并写到门牌号',
    'An address mismatch: the filing address must match the certificate and go down to the door number',
  ],
  'reminder.expiring-document': [
    '证件即将过期：身份证和主体证件在提交后要有 3 个月以上有效期（宁夏 6 个月）',
    'A document about to expire: IDs and the entity certificate need more than 3 months of validity after submission (6 in Ningxia)',
  ],
  'reminder.prior-approval': [
    '内容涉及前置审批行业，却选了「不涉及」',
    'Content of a prior-approval industry declared as "none applies"',
  ],
  'industry.news': ['新闻', 'News'],
  'industry.publishing': ['出版', 'Publishing'],
  'industry.education': ['教育', 'Education'],
  'industry.medical': ['医疗保健', 'Medical care'],
  'industry.drugs-medical-devices': ['药品和医疗器械', 'Drugs and medical devices'],
  'industry.e-bulletin': ['电子公告服务', 'Electronic bulletin services'],
  'industry.culture': ['文化', 'Culture'],
  'industry.radio-film-tv': ['广播电影电视节目', 'Radio, film and TV programmes'],
  'industry.online-car-hailing': ['网络预约车', 'Online car-hailing'],
  'industry.internet-finance': ['互联网金融', 'Internet finance'],
  'industry.off-campus-training': ['校外培训（高中及以下）', 'Off-campus tutoring (up to senior high)'],
  'industry.religion': ['宗教', 'Religion'],
  'face.title': ['人脸核身', 'Face check'],
  'face.who': ['核身人：{name}', 'Checked person: {name}'],
  'face.state.not-started': ['等待核身通知', 'Waiting for the notice'],
  'face.state.notice-open': ['通知有效中', 'Notice open'],
  'face.state.notice-expired': ['通知已过期', 'Notice expired'],
  'face.state.passed': ['已通过，待提交', 'Passed, submit next'],
  'face.state.task-expired': ['任务已过期', 'Task expired'],
  'face.state.submitted': ['已按时提交', 'Submitted in time'],
  'face.waiting.body': [
    '小程序负责人在微信收到人脸核身通知后，点下面的按钮开始计时：通知 24 小时内有效。',
    "When the mini program's person in charge gets the face-check notice in WeChat, tap below to start the clock: the notice is valid for 24 hours.",
  ],
  'face.notice.received': ['已收到核身通知（现在）', 'Notice received (now)'],
  'face.passed': ['核身已通过', 'Face check passed'],
  'face.remaining.notice': ['通知剩余', 'Notice left'],
  'face.remaining.task': ['提交备案剩余', 'Left to submit'],
  'face.deadline': ['截止 {time}', 'Deadline {time}'],
  'face.passed.body': [
    '核身任务 3 天内有效：请在截止前提交备案（平台初审开始即算提交）。',
    'The task is valid for 3 days: submit the filing before the deadline (the platform review starting counts as submitted).',
  ],
  'face.expired.notice': [
    '通知已过期，需要在平台重新发起人脸核身。',
    'The notice has expired; start a new face check on the platform.',
  ],
  'face.expired.task': [
    '核身任务已过 3 天，需要重新发起人脸核身后再提交备案。',
    'The 3-day task has run out; start a new face check before submitting.',
  ],
  'face.restart': ['已重新发起核身', 'New face check started'],
  'face.submitted.body': ['备案已在核身任务有效期内提交。', 'The filing went in while the face-check task was valid.'],
  'face.refused': ['时间不对，请重试', 'That time does not fit; try again'],
  'face.tips': [
    '背景用白色或浅色，不戴帽子、耳机或口罩；通知有效期内核身失败可再次点通知重试。',
    'White or light background; no hat, earphones or mask. A failed attempt can be retried from the same notice while it is valid.',
  ],
  'calendar.face.title': ['人脸核身任务截止（{who}）', 'Face-check task runs out ({who})'],
  'calendar.face.description': [
    '核身任务 {time} 截止，请在此之前提交备案。',
    'The face-check task runs out at {time}; submit the filing before then.',
  ],
  'calendar.added.face': ['已添加，截止前 2 小时提醒你', 'Added; you will be reminded 2 hours before'],

  // --- Moved from the main table (journey.ts): text only the journey's subpackage pages show ---
  // Step bodies (filing page), the profile form, pre-flight and its problems, validator reasons.
  'step.irreversible.body': [
    '提交后管理员信息无法更改。请确认管理员姓名、手机号和邮箱都无误再标记完成。',
    'Administrator information cannot be changed after submission. Check the administrator name, mobile and email before marking this done.',
  ],
  'step.reg-1.1.body': [
    '打开微信公众平台首页，点右上角「立即注册」。',
    'Go to the WeChat Official Platform homepage and click "Register Now" in the top-right corner.',
  ],
  'step.reg-1.2.body': ['账号类型选择「小程序」。', 'Select "Mini Program" as the account type.'],
  'step.reg-2.1.body': [
    '按提示填写注册信息。邮箱不能在其他微信平台用过，也不能绑定个人微信。',
    'Fill in the required registration information as prompted. The email must not have been used on other WeChat platforms or bound to a personal account.',
  ],
  'step.reg-2.2.body': [
    '阅读并同意服务条款，然后点「注册」。',
    'Read and agree to the terms and conditions, then click "Register".',
  ],
  'step.reg-3.body': [
    '登录注册邮箱，点系统发来的激活链接。收件箱里没有时，请查看垃圾邮件。',
    'Log in to the email you provided and click the activation link. Check your spam folder if it is not in your inbox.',
  ],
  'step.reg-4.1.body': [
    '邮箱验证后进入主体信息登记，选择与你的组织相符的主体类型：企业（含个体工商户）、政府、媒体、其他组织或个人。指南说个人主体的小程序不能使用商业服务，也不能认证；较新的资料称个人可付费认证，但仍不能用微信支付。',
    'After email verification, enter the entity information and select the entity type that matches your organisation: enterprise (individual businesses included), government, media, other organisation or individual. The guide says mini programs of individuals cannot use commercial services or be verified; newer sources say individuals can pay for verification, though WeChat Pay stays closed to them.',
  ],
  'step.reg-4.2.body': ['点「下一步」。', 'Click "Next".'],
  'step.reg-4.3.body': [
    '填写主体证件（营业执照等）的注册号、主体名称等信息。',
    'Enter the registration number of the entity certificate (business licence or similar), the entity name and other required information.',
  ],
  'step.reg-4.4.body': [
    '企业和个体工商户二选一：对公打款验证，或支付 300 元微信认证；事业单位、政府机关和其他组织只能通过微信认证验证主体。申请微信支付需要先完成认证，认证通过前部分功能不可用。',
    'Enterprises and individual businesses pick one: bank transfer verification, or WeChat verification for RMB 300. Public institutions, government bodies and other organisations verify through WeChat verification only. WeChat Pay needs verification, and some features stay unavailable until it is approved.',
  ],
  'step.reg-4.5.body': [
    '填写管理员信息，确认主体信息后点「确定」完成注册。管理员信息提交后不能修改。',
    'Fill in the administrator, confirm the entity details and click "Confirm" to complete registration. The administrator cannot be changed after submission.',
  ],
  'step.verify-method.body': [
    '认证方式因主体类型而异：企业和个体工商户可选对公打款或微信认证；事业单位、政府机关和其他组织只能微信认证。完成认证后才能备案，开通微信支付也需要认证。',
    'The routes depend on the entity type: enterprises and individual businesses may verify by bank transfer or WeChat verification; public institutions, government bodies and other organisations only by WeChat verification. Filing is only possible after verification, and WeChat Pay needs it too.',
  ],
  'step.verify-review.body': [
    '审核 1–5 个工作日（指南），其他来源称最长 15 个工作日。认证完成前部分功能受限。',
    'Review takes 1–5 working days per the guide; other sources say up to 15. Some features are restricted until verification is complete.',
  ],
  'step.filing-enter-info.body': [
    '在小程序首页点「去备案」开始填写。广东的企业需要上传签字盖章的材料；特殊行业或需要前置审批的，可免费联系客服协助。',
    'Click "File Now" on the mini program homepage. Guangdong companies upload signed and stamped documents; special industries or those needing prior approval can get free help from customer service.',
  ],
  'step.filing-platform-review.body': [
    '提交后微信会在 1–2 个工作日内初审，结果通过站内信或通知发送，进度可在平台查看。请保持备案手机号畅通，可能会接到确认电话。',
    'WeChat reviews within 1–2 working days and sends the result by internal message or notification; progress can be tracked on the platform. Keep the filing phone number reachable for confirmation calls.',
  ],
  'step.filing-sms.body': [
    '工信部用 12381 发送短信。主体负责人和小程序负责人（不是同一人时两人都要）须在 24 小时内到 beian.miit.gov.cn 完成核验；验证码无效时，可以重新获取。超过 24 小时未核验会被自动驳回，需要重新提交。',
    "MIIT sends a text from 12381. The entity's person in charge and the mini program's person in charge (both, when they are different people) verify within 24 hours at beian.miit.gov.cn; if the code is invalid, you can request a new one. Past 24 hours the application is rejected automatically and must be resubmitted.",
  ],
  'step.filing-bureau-review.body': [
    '省通信管理局审核 1–20 个工作日（视当地管局），结果通过短信或站内信通知。',
    'The provincial telecom bureau reviews in 1–20 working days, depending on the local bureau, and notifies by SMS or internal message.',
  ],
  'step.filing-approved.body': [
    '审核通过后会下发备案号，小程序即可上线。',
    'Once approved, a filing number is issued and the mini program may launch.',
  ],
  'profile.navTitle': ['主体信息', 'Details'],
  'profile.saved': ['输入即保存，离开页面不会丢失', 'Saved as you type; leaving the page loses nothing'],
  'profile.group.entity': ['主体', 'Entity'],
  'profile.group.miniProgram': ['小程序', 'Mini program'],
  'profile.group.emergency': ['紧急联系人', 'Emergency contact'],
  'profile.group.bank': ['银行信息（开通微信支付用）', 'Bank information (for WeChat Pay)'],
  'profile.group.letters': ['承诺书与授权书', 'Letters'],
  'profile.choose': ['请选择', 'Choose'],
  'profile.reveal': ['显示', 'Show'],
  'profile.masked.hint': ['已隐藏，点「显示」查看或修改', 'Hidden; tap Show to view or edit'],
  'profile.longTerm': ['长期', 'Long-term (长期)'],
  'profile.addTag': ['添加', 'Add'],
  'profile.removeTag': ['移除', 'Remove'],
  'profile.serviceTypes.placeholder': ['例如：生活服务', 'e.g. Local services'],
  'profile.serviceTypes.count': ['{count}/{max}', '{count}/{max}'],
  'profile.serviceTypes.full': [
    '最多 {max} 个服务类目',
    'At most {max, plural, one {# service type} other {# service types}}',
  ],
  'profile.description.count': ['{count}/{max} 字', '{count}/{max, plural, one {# character} other {# characters}}'],
  'profile.priorApproval.none': ['不涉及（以上都不涉及）', 'None applies'],
  'profile.priorApproval.required': ['涉及前置审批', 'Approval needed'],
  'profile.bankReady.yes': ['已准备', 'Ready'],
  'profile.bankReady.no': ['未准备', 'Not ready'],
  'profile.bankLast4.placeholder': ['仅填卡号后 4 位（可不填）', 'Only the last 4 digits (optional)'],
  'profile.bankLast4.note': [
    '本应用只记录「是否准备好」和卡号后 4 位，不保存完整账号。',
    'The app keeps only "ready or not" and the last 4 digits, never the full account number.',
  ],
  'profile.note.q2': [
    '个人在外省备案需提供居住证、暂住证、社保或房产证明，且不建议跨省备案（常见问题 2）。身份证号前两位只代表最初登记地，不代表现住地，所以这里直接问你。',
    'An individual filing outside the province they live in needs a residence permit, temporary residence permit, social-security or property proof, and cross-province filing is not recommended (FAQ Q2). The first digits of an ID number only show where the person was first registered, not where they live, so the app asks.',
  ],
  'profile.note.provinceMatch': [
    '备案省份要与证件地址一致，同一主体在各平台的备案省份也要一致。',
    'The filing province must match the certificate address and be the same on every platform for one entity.',
  ],
  'profile.note.q3': [
    '常见问题 3：只有确实不涉及下列行业时才选「不涉及」。涉及的，须先取得主管部门的审批文件，再在备案时选择行业并上传；特殊行业可免费联系客服协助。',
    'FAQ Q3: choose "none applies" only if none of these industries applies. If one does, obtain the competent department\'s approval first, then choose the industry and upload the document when filing; customer service helps special industries for free.',
  ],
  'profile.note.email': [
    '邮箱不能在微信公众平台、微信开放平台用过，也不能绑定个人微信。',
    'The email must not be used on the WeChat Official Platform or Open Platform, nor bound to a personal WeChat account.',
  ],
  'profile.note.personal': [
    '用本人身份证件注册。指南说个人主体不能认证，也不能用微信支付等商业服务；较新的资料称个人可付 30 元认证（1–3 个工作日），认证后才能被搜索和分享。个人备案不需要先认证。每人最多 5 个小程序。',
    'Registers with your own identity document. The guide says individuals cannot be verified or use commercial services such as WeChat Pay; newer sources say individuals can verify for RMB 30 (1–3 working days), needed to be searched and shared. Individuals file without verifying first. Up to 5 mini programs per person.',
  ],
  'profile.note.admin': [
    '管理员信息在注册第 4.5 步提交后不能修改，请确认无误。管理员做小程序负责人时，还要填证件有效期、邮箱和应急电话。',
    "The administrator cannot be changed after submission at registration step 4.5; check it carefully. When the administrator is also the mini program's person in charge, their ID validity, email and emergency number are needed too.",
  ],
  'profile.note.mobiles': [
    '负责人与紧急联系人要用不同的手机号；部分省份要求本省号码。',
    'Persons in charge and the emergency contact must use different mobile numbers; some provinces want a local number.',
  ],
  'profile.note.validity': [
    '证件须在提交后超过 3 个月有效（宁夏 6 个月），长期有效的选「长期」。',
    'IDs must stay valid for more than 3 months after submission (6 in Ningxia); choose "long-term" for IDs without an end date.',
  ],
  'profile.note.letters': ['承诺书、授权书的落款日期须在 1 个月以内。', 'Letters must be dated within 1 month.'],
  'profile.note.published': [
    '2023 年 9 月 1 日前已上线的小程序须在 2024 年 3 月 31 日前完成备案，逾期未备案的可能从 2024 年 4 月 1 日起被下架。',
    'Mini programs published before 1 September 2023 had to be filed by 31 March 2024; unfiled ones may be delisted from 1 April 2024.',
  ],
  'problem.required': ['请填写{field}', '{field}: required'],
  'problem.required.choose': ['请选择{field}', '{field}: not chosen yet'],
  'problem.invalid': ['{field}不正确', '{field} is not valid'],
  'problem.checksum-warning': [
    '校验位对不上。少数早期试点代码确实如此，请对照营业执照逐位核对',
    'The check character does not match. A few early pilot codes are like this; compare every character with the license',
  ],
  'problem.too-short': [
    '至少 {min} 个字，现在 {count} 个',
    'At least {min, plural, one {# character} other {# characters}}; now {count}',
  ],
  'problem.too-long': [
    '最多 {max} 个字，现在 {count} 个',
    'At most {max, plural, one {# character} other {# characters}}; now {count}',
  ],
  'problem.too-many': ['最多 {max} 个', 'At most {max}'],
  'problem.emergency-same-as-admin': [
    '紧急联系人不能和管理员用同一个手机号',
    "The emergency contact cannot use the administrator's mobile",
  ],
  'problem.emergency-same-as-person-in-charge': [
    '紧急联系人不能和负责人用同一个手机号',
    "The emergency contact cannot use the person in charge's mobile",
  ],
  'problem.entity-cap-exceeded': [
    '该主体在本机已有 {existing} 个备案项目，已达上限 {cap} 个',
    'This entity already has {existing, plural, one {# filing} other {# filings}} on this phone: the limit is {cap}',
  ],
  'problem.entity-cap-last': [
    '这是该主体可注册的最后一个小程序（已有 {existing} 个，上限 {cap} 个）',
    'This is the last mini program this entity may register ({existing} already, limit {cap})',
  ],
  'problem.description-names-approval-industry': [
    '描述写到了「{industry}」类内容，但前置审批选了「以上都不涉及」，这是常见的驳回原因：确实不涉及就改写描述（可以写明不涉及），涉及就先取得审批',
    'The description mentions {industry} content while prior approval says "none applies", a common rejection: reword it if it does not apply (you may say so), or obtain the approval first',
  ],
  'problem.description-unrelated-to-name': [
    '描述和小程序名称看不出是同一项业务，审核常以「名称与经营范围无关」驳回：在描述里说明名称对应的服务',
    'The description and the mini program name do not show the same business, often rejected as "name unrelated to the business scope": say in the description what the name stands for',
  ],
  'problem.description-template-unfilled': [
    '描述里还有模板的空（〔…〕）没有换成实际内容',
    'The description still has template blanks (〔…〕) to replace with what the mini program does',
  ],
  'invalid.id.charset': ['身份证号只能是数字，最后一位可以是 X', 'An ID number has only digits, with X allowed last'],
  'invalid.id.length': ['身份证号应为 18 位，现在 {count} 位', 'An ID number has 18 characters; now {count}'],
  'invalid.id.region': ['前两位不是有效的省份代码', 'The first two digits are not a province code'],
  'invalid.id.birth-date': ['第 7–14 位不是有效的出生日期', 'Digits 7–14 are not a real birth date'],
  'invalid.id.future-birth-date': ['出生日期晚于今天', 'The birth date is in the future'],
  'invalid.id.checksum': [
    '校验位不对，请逐位核对（常见是输错一位或两位颠倒）',
    'The check character is wrong; check each digit (often one typo or two swapped)',
  ],
  'invalid.credit.charset': [
    '信用代码只含数字和大写字母，不含 I、O、Z、S、V',
    'A credit code has digits and capital letters only, never I, O, Z, S or V',
  ],
  'invalid.credit.length': [
    '统一社会信用代码为 18 位（旧执照注册号 15 位），现在 {count} 位',
    'A credit code has 18 characters (old registration numbers 15); now {count}',
  ],
  'invalid.credit.region': ['第 3–8 位应为行政区划数字', 'Characters 3–8 should be a region code of digits'],
  'invalid.credit.checksum': [
    '注册号校验位不对，请对照执照核对',
    "The registration number's check digit is wrong; compare with the license",
  ],
  'invalid.credit.authority': [
    '首位登记管理部门代码不常见，请对照执照核对',
    'The first character (registration authority) is unusual; compare with the license',
  ],
  'invalid.mobile.charset': ['手机号只能是数字', 'A mobile number has digits only'],
  'invalid.mobile.length': ['手机号应为 11 位，现在 {count} 位', 'A mobile number has 11 digits; now {count}'],
  'invalid.mobile.format': ['不是有效的大陆手机号（应以 13–19 开头）', 'Not a mainland mobile number (starts 13–19)'],
  'invalid.email.length': ['邮箱太长', 'The email is too long'],
  'invalid.email.format': ['邮箱格式不对，例如 name@example.com', 'Not an email address, e.g. name@example.com'],
  'preflight.title': ['提交前检查', 'Pre-flight'],
  'preflight.intro': [
    '去微信平台提交前，先把这里列出的问题处理掉，能少被驳回一次。',
    'Fix what is listed here before you go to the WeChat platform, and save yourself a rejection.',
  ],
  'preflight.blocking': ['必须处理（{count}）', 'Must fix ({count})'],
  'preflight.warnings': ['提醒（{count}）', 'Warnings ({count})'],
  'preflight.clear.title': ['全部通过', 'All clear'],
  'preflight.clear.body': [
    '没有发现阻碍提交的问题，可以去微信平台提交了。',
    'Nothing blocks your submission; you can go to the WeChat platform.',
  ],
  'preflight.clear.withWarnings': [
    '没有阻碍提交的问题，但请看看下面的提醒。',
    'Nothing blocks your submission, but read the warnings below.',
  ],
  'preflight.fix': ['去修改', 'Fix'],
  // Entity type names (the profile form) and the help sentences the filing steps quote too.
  'entity.enterprise': ['企业', 'Enterprise'],
  'entity.individual-business': ['个体工商户', 'Individual business'],
  'entity.public-institution': ['事业单位', 'Public institution'],
  'entity.other-organization': ['其他组织（社会团体、基金会等）', 'Other organisation (association, foundation…)'],
  'entity.personal': ['个人', 'Individual'],
  'help.register.spam': [
    '收不到激活邮件时，请查看垃圾邮件。',
    'If the activation mail is not in your inbox, check the spam folder.',
  ],
  'help.filing.phone': [
    '平台初审（1–2 个工作日）期间请保持备案手机号畅通，可能会接到确认电话。',
    'During the platform initial review (1–2 working days), keep the filing phone reachable: a confirmation call may come.',
  ],
  'help.faq.a1': [
    '通常一周内，视省份而定，请以官方公告为准。管局审核本身为 1–20 个工作日。',
    'Typically within one week, depending on the province; check official announcements for updates. The bureau review itself takes 1–20 working days.',
  ],
  'filing.link.assistant': ['填表助手', 'Form assistant'],
  'filing.link.assistant.value': ['按表单顺序一键复制', "Copy in the forms' order"],
} as const;

/** Messages of the filing-rules screens (subpackages only). */
export const filingRules = defineMessagePairs(pairs);
