import { defineMessagePairs } from '../define';

/**
 * Messages of the journey and materials features that the tab pages (main package) show; text
 * only a subpackage page shows lives in that page's table (filing-page.ts, help.ts,
 * filing-rules.ts). Written as [zh-CN, en] pairs so the two
 * languages of one message sit side by side; split into the two tables below.
 * The guide's sentences (seed: wechat-mini-program-filing-guide.txt) keep their meaning in both.
 */
const pairs = {
  // --- Progress tab -------------------------------------------------------------------------
  'progress.new': ['新建备案', 'New filing'],
  'progress.card.steps': ['步骤 {done}/{total}', 'Steps {done}/{total}'],
  'progress.card.next': ['下一步：{step}', 'Next: {step}'],
  'progress.card.allDone': ['全部步骤已完成', 'All steps are done'],
  'progress.card.filingNumber': ['备案号 {number}', 'Filing number {number}'],
  'progress.card.rename': ['重命名', 'Rename'],
  'progress.card.delete': ['删除', 'Delete'],
  'progress.count': ['共 {count} 个备案项目', 'Filings: {count}'],
  'progress.delete.title': ['删除备案项目', 'Delete filing'],
  'progress.delete.body': [
    '删除「{name}」及它的全部资料和证件照片？删除后无法恢复。',
    'Delete "{name}" with all its details and ID photos? This cannot be undone.',
  ],
  'progress.deleted': ['已删除', 'Deleted'],
  'sheet.create.title': ['新建备案项目', 'New filing'],
  'sheet.create.hint': [
    '起一个你认得出的名字，例如小程序名或客户名。',
    'Give it a name you will recognise, such as the mini program or client name.',
  ],
  'sheet.rename.title': ['重命名备案项目', 'Rename filing'],
  'sheet.name.placeholder': ['例如：门店预约小程序', 'e.g. Store booking mini program'],
  'sheet.name.invalid': ['请输入 1–40 个字的名称', 'Enter a name of 1–40 characters'],
  'sheet.name.tooMany': [
    '备案项目已达上限（{max} 个），请先删除不用的项目',
    'You have reached {max, plural, one {# filing} other {# filings}}; delete one you no longer need first',
  ],
  'sheet.create.submit': ['创建', 'Create'],

  // --- Filing (what the tab pages show too; the filing page's own text is in filing-page.ts) ---
  'filing.missing.title': ['这个备案项目已不存在', 'This filing no longer exists'],
  'filing.missing.body': [
    '它可能已被删除，或者链接来自另一台手机。本机保存的备案项目都在「进度」里。',
    'It may have been deleted, or the link came from another phone. The filings on this phone are under Progress.',
  ],
  'filing.missing.back': ['回到进度', 'Back to Progress'],
  'status.todo': ['未开始', 'To do'],
  'status.in-progress': ['进行中', 'In progress'],
  'status.done': ['已完成', 'Done'],
  'status.rejected': ['被驳回', 'Rejected'],
  'step.guideRef': ['指南 {ref}', 'Guide {ref}'],
  'step.irreversible.title': ['管理员提交后不能修改', 'The administrator cannot be changed later'],
  'filingNumber.empty': ['请填写备案号', 'Enter the filing number'],
  'filingNumber.province': [
    '备案号应以省份简称开头，例如「粤」「京」',
    'A filing number starts with a province abbreviation such as 粤 or 京',
  ],
  'filingNumber.format': [
    '格式不对：省份简称后应为「ICP备」加 8 或 10 位数字，或「B2-」加 8 位数字',
    'Wrong format: after the province comes ICP备 with 8 or 10 digits, or B2- with 8 digits',
  ],
  'filingNumber.service-suffix': [
    '缺少小程序服务编号：结尾应是「-数字X」，例如 -1626X',
    'The mini program service number is missing: it ends in -digits X, e.g. -1626X',
  ],

  // Step titles (seed 1.1–4.5, verification, the five filing steps); the bodies, shown only on
  // the filing page, are in filing-rules.ts.
  'step.reg-1.1.title': ['进入注册页', 'Open registration'],
  'step.reg-1.2.title': ['选择账号类型', 'Choose the account type'],
  'step.reg-2.1.title': ['填写账号信息', 'Fill in account information'],
  'step.reg-2.2.title': ['同意协议并注册', 'Agree and register'],
  'step.reg-3.title': ['激活邮箱', 'Activate the email'],
  'step.reg-4.1.title': ['选择主体类型', 'Choose the entity type'],
  'step.reg-4.2.title': ['下一步', 'Next'],
  'step.reg-4.3.title': ['填写主体信息', 'Enter entity details'],
  'step.reg-4.3.personal.title': ['填写本人身份信息', 'Enter your identity'],
  'step.reg-4.4.title': ['选择主体验证方式', 'Choose how to verify the entity'],
  'step.reg-4.4.personal.title': ['验证管理员身份', 'Verify the administrator'],
  'step.reg-4.5.title': ['填写管理员信息', 'Enter the administrator'],
  'step.verify-method.title': ['选择认证方式', 'Choose the verification method'],
  'step.verify-method.personal.title': ['个人认证', 'Verification of an individual'],
  'step.verify-review.title': ['认证审核', 'Verification review'],
  'step.verify-review.personal.title': ['个人认证审核', 'Verification review (individual)'],
  'step.verify-review.bank-transfer.title': ['对公打款验证', 'Bank transfer verification'],
  'step.filing-enter-info.title': ['填写备案信息', 'Enter filing information'],
  'step.filing-face-check.title': ['小程序负责人人脸核身', "Face check of the mini program's person in charge"],
  'step.filing-platform-review.title': ['平台初审', 'Platform initial review'],
  'step.filing-sms.title': ['工信部短信核验', 'MIIT SMS verification'],
  'step.filing-bureau-review.title': ['管局审核', 'Telecom bureau review'],
  'step.filing-approved.title': ['备案成功', 'Filing approved'],

  // --- Profile form (what the tab pages show; the form's own text is in filing-rules.ts) ------
  'profile.chooseDate': ['选择日期', 'Choose a date'],
  'role.legal-representative': ['法定代表人', 'Legal representative'],
  'role.operator': ['经营者', 'Operator'],
  'role.self': ['本人', 'You'],
  'role.head': ['单位负责人', 'Head of the body'],
  'role.entity-principal': ['主体负责人', "Entity's person in charge"],
  'role.administrator': ['管理员', 'Administrator'],
  'role.mini-program-principal': ['小程序负责人', "Mini program's person in charge"],
  'role.legal-representative.possessive': ['法定代表人', "Legal representative's"],
  'role.operator.possessive': ['经营者', "Operator's"],
  'role.self.possessive': ['本人', 'Your'],
  'role.head.possessive': ['单位负责人', "Head's"],
  'role.entity-principal.possessive': ['主体负责人', "Entity's person in charge's"],
  'role.administrator.possessive': ['管理员', "Administrator's"],

  'field.entityType': ['主体类型', 'Entity type'],
  'field.province': ['备案省份', 'Filing province'],
  'field.city': ['城市', 'City'],
  'field.miniProgramName': ['小程序名称', 'Mini program name'],
  'field.serviceDescription': ['服务内容描述', 'Service description'],
  'field.serviceDescription.placeholder': [
    '20–200 字，写清楚小程序提供什么服务',
    '20–200 characters on what the mini program offers',
  ],
  'field.serviceTypes': ['服务类目', 'Service types'],
  'field.priorApproval': ['前置审批', 'Prior approval'],
  'field.emergencyMobile': ['紧急联系人手机号', 'Emergency contact mobile'],
  'field.bankReady': ['对公账户信息', 'Public bank account'],
  'field.bankLast4': ['卡号后 4 位', 'Last 4 digits'],
  'field.publishedBeforeSept2023': [
    '2023 年 9 月 1 日前已上线且未备案',
    'Published before 1 Sep 2023 and not yet filed',
  ],
  'field.commitmentLetterDate': ['承诺书落款日期', 'Commitment letter date'],
  'field.authorizationLetterDate': ['授权书落款日期', 'Authorization letter date'],
  'field.name.placeholder': ['与证件一致', 'As on the ID'],
  'field.idNumber.placeholder': ['证件上的号码', 'As on the document'],
  'field.mobile.placeholder': ['11 位手机号', '11-digit mobile number'],
  'field.email.placeholder': ['未在其他微信平台用过的邮箱', 'An email unused on other WeChat platforms'],
  'field.text.placeholder': ['请填写', 'Enter'],

  // Problems the materials checklist shows too (validity, letter dates, warnings); the other
  // preflight problems and validator reasons are in filing-rules.ts.
  'problem.id-valid-from-malformed': ['起始日期格式应为 年-月-日', 'The start date should be YYYY-MM-DD'],
  'problem.id-valid-to-malformed': ['截止日期格式应为 年-月-日', 'The end date should be YYYY-MM-DD'],
  'problem.id-valid-from-in-future': ['起始日期不能晚于今天', 'The start date cannot be in the future'],
  'problem.id-valid-to-before-from': ['截止日期要晚于起始日期', 'The end date must be after the start date'],
  'problem.id-expired': ['证件已过期，请先换证', 'The document has expired; renew it first'],
  'problem.id-expires-too-soon': [
    '证件须在提交后 {months} 个月以上仍有效，请先换证',
    'The document must stay valid more than {months, plural, one {# month} other {# months}} after submission; renew it first',
  ],
  'problem.letter-date-missing': ['请填写落款日期', 'Enter the date on the letter'],
  'problem.letter-date-malformed': ['日期格式应为 年-月-日', 'The date should be YYYY-MM-DD'],
  'problem.letter-dated-in-future': ['落款日期不能晚于今天', 'The letter cannot be dated in the future'],
  'problem.letter-too-old': ['落款日期超过 1 个月，请重新签署', 'The letter is more than 1 month old; sign a new one'],
  'problem.cross-province': [
    '你不住在备案省份：不建议跨省备案，需提供居住证、暂住证、社保或房产证明',
    'You live outside the filing province: cross-province filing is not recommended and needs a residence permit, social-security or property proof',
  ],
  'problem.personal-verification-optional': [
    '个人备案不需要先认证；指南说个人不能认证，较新的资料称可付 30 元认证',
    'Individuals file without verifying first; the guide says they cannot verify, newer sources say they can for RMB 30',
  ],
  'problem.legacy-deadline-passed': [
    '截止日期 2024 年 3 月 31 日已过，平台可能已清退未备案的小程序：请尽快备案',
    'The 31 March 2024 deadline has passed and unfiled mini programs may be delisted: file as soon as possible',
  ],
  'problem.legacy-deadline-ahead': [
    '已上线的小程序须在 2024 年 3 月 31 日前完成备案',
    'Published mini programs must be filed by 31 March 2024',
  ],
  'problem.province-certificate-mismatch': [
    '信用代码显示的登记地与备案省份不同：备案省份须与证件地址一致',
    "The credit code's region differs from the filing province: the province must match the certificate address",
  ],

  // --- Materials ------------------------------------------------------------------------------
  'materials.title': ['材料清单', 'Materials checklist'],
  'materials.progress': ['{done}/{total} 项已就绪', '{done} of {total} ready'],
  'materials.forFiling': ['备案项目', 'Filing'],
  'materials.warnings': ['提醒', 'Warnings'],
  'materials.items': ['需要准备', 'To prepare'],
  'materials.source.guide': ['来源：指南', 'Source: the guide'],
  'materials.source.rule': ['来源：备案规则', 'Source: filing rules'],
  'materials.status.missing': ['缺少', 'Missing'],
  'materials.status.ready': ['已就绪', 'Ready'],
  'materials.status.attention': ['需处理', 'Needs attention'],
  'materials.goField': ['去填写', 'Fill in'],
  'materials.goPhoto': ['去拍照', 'Take photo'],
  'materials.goPhotoFile': ['去选照片', 'Choose photo'],
  'materials.photo.none': ['还没有照片', 'No photo yet'],
  'materials.photo.has': ['已有照片', 'Photo taken'],
  'materials.confirmEmail': [
    '我确认此邮箱未在其他微信平台使用过',
    'I confirm this email is unused on other WeChat platforms',
  ],
  'materials.markDone': ['标记已准备', 'Mark ready'],
  'materials.unmark': ['取消标记', 'Undo'],
  'materials.markedAt': ['{date} 标记', 'Marked {date}'],
  'materials.letterDate': ['落款日期', 'Date on letter'],
  'materials.openFiling': ['查看步骤', 'Steps'],
  'materials.preflight': ['提交前检查', 'Pre-flight check'],
  'material.email': ['注册邮箱', 'Registration email'],
  'material.business-license-photo': ['主体证件照片（营业执照等）', 'Entity certificate photo (business licence etc.)'],
  'material.legal-rep-id-front': ['{who}证件人像面', '{who} ID, photo side'],
  'material.legal-rep-id-back': ['{who}证件国徽面', '{who} ID, emblem side'],
  'material.admin-mobile': ['{who}手机号', '{who} mobile'],
  'material.emergency-contact': ['紧急联系人手机号', 'Emergency contact number'],
  'material.bank-info': ['银行信息', 'Bank information'],
  'material.commitment-letter': ['承诺书', 'Commitment letter'],
  'material.authorization-letter': ['授权书', 'Authorization letter'],
  'material.entity-principal-authorization-letter': [
    '主体负责人授权书',
    "Authorization letter for the entity's person in charge",
  ],
  'material.person-in-charge-id-front': ['小程序负责人证件人像面', "Mini program's person in charge ID, photo side"],
  'material.person-in-charge-id-back': ['小程序负责人证件国徽面', "Mini program's person in charge ID, emblem side"],
  'material.residence-proof': ['居住证或社保证明', 'Residence permit or social security proof'],
  'material.guangdong-signed-documents': ['签字盖章的材料', 'Signed and stamped documents'],
  'material.prior-approval-documents': ['其他前置审批文件', 'Other approval documents'],
  'material.prior-approval-news': [
    '互联网新闻信息服务许可证（网信部门）',
    'Internet news information service licence (cyberspace authority)',
  ],
  'material.prior-approval-publishing': [
    '网络出版服务许可证（新闻出版主管部门）',
    'Online publishing service licence (press and publication authority)',
  ],
  'material.prior-approval-education': ['教育主管部门的审批文件', 'Approval from the education authority'],
  'material.prior-approval-medical': ['卫生健康主管部门的审核同意文件', 'Consent from the health authority'],
  'material.prior-approval-drugs-medical-devices': [
    '互联网药品信息服务资格证书（药品监管部门）',
    'Internet drug information service certificate (drug regulator)',
  ],
  'material.prior-approval-e-bulletin': [
    '电子公告服务专项审批（通信管理局）',
    'E-bulletin service approval (communications administration)',
  ],
  'material.prior-approval-culture': [
    '网络文化经营许可证（文化和旅游部门）',
    'Online culture business licence (culture and tourism authority)',
  ],
  'material.prior-approval-radio-film-tv': [
    '信息网络传播视听节目许可证（广电部门）',
    'Audio-visual programme licence (radio and television authority)',
  ],
  'material.prior-approval-online-car-hailing': [
    '网络预约出租汽车经营许可证（交通运输部门）',
    'Online car-hailing business licence (transport authority)',
  ],
  'material.prior-approval-internet-finance': ['金融监管部门的批准文件', 'Approval from the financial regulator'],
  'material.prior-approval-off-campus-training': [
    '校外培训机构的审批文件（教育部门）',
    'Off-campus training approval (education authority)',
  ],
  'material.prior-approval-religion': [
    '互联网宗教信息服务许可证（宗教事务部门）',
    'Internet religious information service licence (religious affairs authority)',
  ],
  'reason.registration-email': [
    '注册小程序要用一个没在其他微信平台用过、也没绑定个人微信的邮箱。',
    'Registration needs an email never used on other WeChat platforms nor bound to a personal WeChat.',
  ],
  'reason.entity-certificate': [
    '主体验证和备案都要上传主体证件（营业执照等）的清晰照片，证件须在提交后 3 个月以上有效。',
    'Verification and filing both need a clear photo of the entity certificate (business licence or similar), valid more than 3 months after submission.',
  ],
  'reason.legal-rep-identity': [
    '备案要上传{who}证件的人像面和国徽面，且证件须在有效期内。',
    '{who} ID is needed, photo side and emblem side, still valid.',
  ],
  'reason.admin-contact': [
    '管理员手机号用于注册、短信核验和平台联系。',
    'The administrator mobile is used for registration, SMS verification and platform contact.',
  ],
  'reason.emergency-contact': [
    '备案要填紧急联系人，号码须与负责人不同。',
    'Filing asks for an emergency contact on a number different from the persons in charge.',
  ],
  'reason.wechat-pay': ['开通微信支付需要银行信息。', 'Bank information is needed to enable WeChat Pay.'],
  'reason.filing-commitment': [
    '每个备案都要一份落款 1 个月内的承诺书。',
    'Every filing carries a commitment letter dated within 1 month.',
  ],
  'reason.person-in-charge-differs': [
    '小程序负责人不是主体负责人时，要提供授权书和小程序负责人的证件，两人各自短信核验。',
    "When the mini program's person in charge is not the entity's, an authorization letter and their ID are needed, and each does the SMS verification.",
  ],
  'reason.principal-not-legal-person': [
    '主体负责人不是法定代表人时，要提供法定代表人签署的授权书，并填写法定代表人的姓名和证件号码。',
    "When the entity's person in charge is not the legal representative, add an authorization letter signed by the legal representative and give the legal representative's name and ID number.",
  ],
  'reason.personal-outside-home-province': [
    '你不住在备案省份：个人跨省备案要提供暂住证、居住证、社保证明或房产证明。',
    'You live outside the filing province: individuals filing there need a residence permit, social security or property proof.',
  ],
  'reason.guangdong-signed-documents': [
    '广东的企业和组织需要上传签字盖章的材料。',
    'Guangdong companies and organisations upload signed and stamped documents.',
  ],
  'reason.prior-approval-required': [
    '涉及前置审批的行业，要上传主管部门的审批文件；客服可免费协助。',
    "Industries needing prior approval upload the competent department's approval; customer service helps for free.",
  ],
  'mproblem.invalid-format': ['格式不对，去修改', 'Wrong format; fix it'],
  'mproblem.needs-confirmation': [
    '请确认这个邮箱没在其他微信平台用过',
    'Confirm this email is unused on other WeChat platforms',
  ],
  'mproblem.mobile-duplicate': [
    '紧急联系人要与负责人用不同的手机号',
    'The emergency contact needs a different number from the persons in charge',
  ],
  'mproblem.photo-flagged': [
    '照片质量检查有问题，建议重拍',
    'The photo quality check found problems; consider retaking',
  ],
  'mproblem.photo-file-missing': ['照片文件找不到了，请重拍', 'The photo file is gone; retake it'],
} as const;

/** Messages of the journey feature (and the materials checklist). */
export const journey = defineMessagePairs(pairs);
