import { defineMessagePairs } from '../define';

/**
 * Messages of the form-filling assistant (填表助手, issue 14), a subpackage page: registered by
 * that page only (register-form-assistant.ts), so none of it weighs on the 512 KB main package.
 * `fa.label.*` are WeChat's forms' own words in zh-CN (sources: src/domain/filing-forms.ts and
 * docs/rules.md); `fa.term.*` the forms' options; `fa.template.*` the service-description
 * templates, whose Chinese is what gets written (the form is in Chinese). Written as [zh-CN, en].
 */
const pairs = {
  'fa.navTitle': ['填表助手', 'Forms'],
  'fa.intro': [
    '按微信表单的顺序排列，字段名就是表单上的字样。点「复制」就能粘贴到表单里。证件号码和手机号在屏幕上隐藏中间几位，复制的是完整号码。',
    "Fields come in the order of WeChat's forms, each under the form's own label. Tap Copy and paste into the form. ID numbers and mobiles are partly hidden on screen; what is copied is the full number.",
  ],
  'fa.formWords': ['表单字样：{label}', 'On the form: {label}'],
  'fa.desktop': [
    '在电脑版微信上：把窗口拉宽，左边看表单，右边复制。拍照和 12381 短信核验仍要在手机上完成。',
    'In WeChat on a computer: widen the window to see the form and copy side by side. Photos and the 12381 SMS check still happen on a phone.',
  ],

  // Sections
  'fa.section.registration': ['注册', 'Registration'],
  'fa.section.entity-verification': ['主体验证', 'Entity verification'],
  'fa.section.wechat-verification': ['微信认证', 'WeChat verification'],
  'fa.section.icp-entity': ['备案 · 主体信息', 'Filing · Entity'],
  'fa.section.icp-entity-principal': ['备案 · 主体负责人', "Filing · Entity's person in charge"],
  'fa.section.icp-mini-program': ['备案 · 小程序信息', 'Filing · Mini program'],
  'fa.section.icp-mini-program-principal': ['备案 · 小程序负责人', "Filing · Mini program's person in charge"],
  'fa.order.confirmed': ['字段顺序已按资料核实。', 'Field order checked against sources.'],
  'fa.order.partly': [
    '部分字段的顺序已按资料核实；标着「顺序未核实」的，按微信接口文档排列，表单上可能不同。',
    'Some fields\' order is checked; those marked "order unconfirmed" follow WeChat\'s API documentation and may differ on the form.',
  ],
  'fa.order.field': ['顺序未核实', 'Order unconfirmed'],
  'fa.order.unconfirmed': [
    '字段顺序未能核实：按微信接口文档排列，表单上可能不同。',
    "Field order not confirmed: it follows WeChat's API documentation and may differ on the form.",
  ],
  'fa.skip.personal': ['个人主体没有主体验证这一步。', 'Individuals have no entity verification step.'],
  'fa.skip.wechat-verification-route': [
    '这个备案选了微信认证来验证主体，请看下面的「微信认证」。',
    'This filing verifies its entity through WeChat verification: see "WeChat verification" below.',
  ],
  'fa.skip.already-registered': [
    '2023 年 9 月 1 日前已上线：帐号已注册，这一节仅供核对。',
    'Published before 1 September 2023: the account exists; this section is for checking only.',
  ],

  // Field labels: WeChat's forms' own words
  'fa.label.reg.email': ['邮箱', 'Email (login)'],
  'fa.label.reg.entity-type': ['主体类型', 'Entity type'],
  'fa.label.reg.business-kind': ['企业类型', 'Kind of enterprise'],
  'fa.label.reg.entity-name': ['企业名称', 'Enterprise name'],
  'fa.label.reg.licence-number': ['营业执照注册号', 'Business licence number'],
  'fa.label.reg.org-name': ['组织名称', 'Organisation name'],
  'fa.label.reg.org-code': ['统一社会信用代码', 'Unified social credit code'],
  'fa.label.reg.verification-route': ['主体验证方式', 'Entity verification route'],
  'fa.label.reg.admin-name': ['管理员身份证姓名', "Administrator's name (as on the ID)"],
  'fa.label.reg.admin-id-number': ['管理员身份证号码', "Administrator's ID number"],
  'fa.label.reg.self-name': ['身份证姓名', 'Name on your ID'],
  'fa.label.reg.self-id-number': ['身份证号码', 'Your ID number'],
  'fa.label.reg.admin-mobile': ['管理员手机号码', "Administrator's mobile"],
  'fa.label.verify.account-name': ['开户名称', 'Account name'],
  'fa.label.verify.bank': ['开户银行', 'Bank'],
  'fa.label.verify.account-number': ['账号', 'Account number'],
  'fa.label.verify.legal-name': ['法定代表人姓名', "Legal representative's name"],
  'fa.label.verify.legal-id-number': ['法定代表人身份证号码', "Legal representative's ID number"],
  'fa.label.wxv.customer-type': ['认证类型', 'Verification type'],
  'fa.label.wxv.contact-name': ['认证联系人姓名', "Contact's name"],
  'fa.label.wxv.contact-mobile': ['认证联系人手机号', "Contact's mobile"],
  'fa.label.wxv.contact-email': ['认证联系人邮箱', "Contact's email"],
  'fa.label.wxv.account-name': ['小程序账号名称', 'Mini program name'],
  'fa.label.wxv.invoice-title': ['发票抬头', 'Invoice title'],
  'fa.label.icp.region': ['选择地区', 'Region'],
  'fa.label.icp.entity-nature': ['主体性质', 'Nature of the entity'],
  'fa.label.icp.certificate-type': ['证件类型', 'Certificate type'],
  'fa.label.icp.certificate-photo': ['上传证件', 'Certificate photo'],
  'fa.label.icp.entity-name': ['主办单位名称', 'Entity name'],
  'fa.label.icp.certificate-number': ['证件号码', 'Certificate number'],
  'fa.label.icp.certificate-address': ['证件住所', 'Address on the certificate'],
  'fa.label.icp.address': ['通信地址', 'Mailing address'],
  'fa.label.icp.residence-proof': ['临时居住证明', 'Proof of residence'],
  'fa.label.icp.ep.name': ['负责人姓名', 'Name'],
  'fa.label.icp.ep.mobile': ['手机号码', 'Mobile'],
  'fa.label.icp.ep.email': ['电子邮件', 'Email'],
  'fa.label.icp.ep.emergency': ['应急联系方式', 'Emergency contact'],
  'fa.label.icp.ep.id-type': ['证件类型', 'ID document'],
  'fa.label.icp.ep.id-number': ['证件号码', 'ID number'],
  'fa.label.icp.ep.valid-from': ['证件有效期开始', 'Valid from'],
  'fa.label.icp.ep.valid-to': ['证件有效期结束', 'Valid until'],
  'fa.label.icp.legal.name': ['法人姓名', "Legal representative's name"],
  'fa.label.icp.legal.id-number': ['法人证件号码', "Legal representative's ID number"],
  'fa.label.icp.mp.name': ['小程序名称', 'Mini program name'],
  'fa.label.icp.mp.service-types': ['服务内容', 'Service types'],
  'fa.label.icp.mp.prior-approval': ['前置审批项', 'Prior approval'],
  'fa.label.icp.mp.comment': ['备注', 'Remarks (service description)'],
  'fa.label.icp.mpp.name': ['负责人姓名', 'Name'],
  'fa.label.icp.mpp.mobile': ['手机号码', 'Mobile'],
  'fa.label.icp.mpp.email': ['电子邮件', 'Email'],
  'fa.label.icp.mpp.emergency': ['应急联系方式', 'Emergency contact'],
  'fa.label.icp.mpp.id-type': ['证件类型', 'ID document'],
  'fa.label.icp.mpp.id-number': ['证件号码', 'ID number'],
  'fa.label.icp.mpp.valid-from': ['证件有效期开始', 'Valid from'],
  'fa.label.icp.mpp.valid-to': ['证件有效期结束', 'Valid until'],

  // The forms' options
  'fa.term.reg-personal': ['个人', 'Individual'],
  'fa.term.reg-enterprise': ['企业', 'Enterprise'],
  'fa.term.reg-government': ['政府', 'Government'],
  'fa.term.reg-other-organization': ['其他组织', 'Other organisation'],
  'fa.term.reg-public-institution': [
    '政府或其他组织（事业单位按页面上的类型说明选）',
    "Government or other organisation (a public institution picks by the page's descriptions)",
  ],
  'fa.term.kind-enterprise': ['企业', 'Enterprise'],
  'fa.term.kind-individual-business': ['个体工商户', 'Individual business'],
  'fa.term.route-bank-transfer': ['对公打款', 'Transfer from the public account'],
  'fa.term.route-wechat-verification': ['微信认证', 'WeChat verification'],
  'fa.term.nature-enterprise': ['企业', 'Enterprise'],
  'fa.term.nature-personal': ['个人', 'Individual'],
  'fa.term.nature-public-institution': ['事业单位', 'Public institution'],
  'fa.term.nature-government': ['政府机关', 'Government body'],
  'fa.term.nature-social-organization': ['社会团体', 'Social organisation'],
  'fa.term.nature-private-non-enterprise': ['民办非企业单位', 'Private non-enterprise unit'],
  'fa.term.nature-foundation': ['基金会', 'Foundation'],
  'fa.term.nature-other': ['按证件选择对应的性质', 'The nature your certificate names'],
  'fa.term.wxv-enterprise': ['企业', 'Enterprise'],
  'fa.term.wxv-individual-business': ['个体工商户', 'Individual business'],
  'fa.term.wxv-personal': ['个人', 'Individual'],
  'fa.term.wxv-public-institution': ['事业单位', 'Public institution'],
  'fa.term.wxv-government': ['政府', 'Government'],
  'fa.term.wxv-other-organization': ['其他组织', 'Other organisation'],
  'fa.term.long-term': ['长期', 'Long-term'],
  'fa.term.no-prior-approval': ['以上都不涉及', 'None of the above'],

  // Notes under a field
  'fa.note.auto-filled': ['表单会自动带出，核对一致即可。', 'The form fills this in; just check it matches.'],
  'fa.note.reuses-entity-principal': [
    '和主体负责人是同一人：表单默认复用主体负责人的信息。',
    "The same person as the entity's person in charge: the form reuses their details by default.",
  ],
  'fa.note.invoice-matches-entity': [
    '发票抬头要和认证主体名称一致。',
    "The invoice title must match the entity's name.",
  ],
  'fa.note.contact-is-administrator': [
    '通常填管理员本人；认证审核会联系这个人。',
    'Usually the administrator; the verification review contacts this person.',
  ],
  'fa.note.address-below-district': [
    '只填省市区之后的部分，不要重复省市区。',
    'Only the part after province, city and district; do not repeat them.',
  ],
  'fa.note.address-as-printed': ['照证件上印的住所一字不差地填。', 'Exactly as printed on the certificate.'],
  'fa.note.bank-last4': [
    '本应用只记了卡号后 4 位（{last4}），请对照银行卡填写完整账号。',
    'The app keeps only the last 4 digits ({last4}); copy the full number from the bank card.',
  ],
  'fa.note.legal-person-face-check': [
    '选「法人扫脸」验证时用；对公打款不需要。',
    "For the legal representative's face check route; the bank transfer does not need it.",
  ],
  'fa.note.id-card-address': [
    '填身份证上的住址。本应用不保存这项，请照证件填写。',
    'The address on your ID card. The app does not keep it; copy it from the card.',
  ],
  'fa.note.upload-on-form': [
    '在表单上传照片：照片在「证件照片」里。',
    'Upload it on the form; your photos are under Photos.',
  ],

  // Copying
  'fa.copy': ['复制', 'Copy'],
  'fa.copied': ['已复制', 'Copied'],
  'fa.copyFailed': ['没有复制成功，请再点一次。', 'Not copied; tap again.'],
  'fa.copyAll': ['复制本节为文字', 'Copy this section as text'],
  'fa.copyAll.done': ['本节已复制', 'Section copied'],
  'fa.copyAll.includeIds': ['这次包含证件号码', 'Include ID numbers this time'],
  'fa.copyAll.note': [
    '复制成「字段：值」的文字，方便发给代办或记下来。证件号码默认不包含。',
    'Copies "field: value" lines for a note or an agent. ID numbers are left out unless you switch them on.',
  ],
  'fa.copyAll.missing': ['（未填写）', '(not filled in)'],
  'fa.copyAll.omitted': ['（未包含证件号码）', '(ID number left out)'],
  'fa.notice.title': ['复制到剪贴板', 'Copy to the clipboard'],
  'fa.notice.body': [
    '「{label}」将完整复制到剪贴板。剪贴板里的内容，手机或电脑上的其他应用也可能读到；粘贴完后可以复制别的内容把它覆盖。',
    '"{label}" will be copied in full to the clipboard. Other apps on this phone or computer may read the clipboard; after pasting, copy something else over it.',
  ],
  'fa.notice.confirm': ['复制', 'Copy'],
  'fa.notice.cancel': ['取消', 'Cancel'],

  // Why a field has nothing to copy
  'fa.missing.not-entered': ['还没填写', 'Not filled in yet'],
  'fa.missing.not-kept': ['本应用不保存这项', 'The app does not keep this'],
  'fa.missing.route-not-chosen': [
    '还没选验证方式（注册第 4.4 步）',
    'No verification route chosen yet (registration step 4.4)',
  ],
  'fa.fix.profile': ['去填写', 'Fill in'],
  'fa.fix.route': ['去选择', 'Choose'],
  'fa.fix.photos': ['看照片', 'Photos'],

  // Service description help
  'fa.desc.title': ['备注（服务内容描述）', 'Remarks (service description)'],
  'fa.desc.rule': [
    '要写 {min}–{max} 个字，具体说明小程序实际做什么、主要服务内容，这是主管部门审核的重要依据。',
    '{min}–{max, plural, one {# character} other {# characters}}, saying what the mini program actually does and its main services: the authorities review it closely.',
  ],
  'fa.desc.count': ['{count} 字', '{count, plural, one {# character} other {# characters}}'],
  'fa.desc.placeholder': [
    '写下或套用模板，然后把〔…〕换成实际内容',
    'Write one, or use a template and replace each 〔…〕',
  ],
  'fa.desc.templates': ['按服务类型套用模板', 'Templates by service type'],
  'fa.desc.suggested': ['推荐', 'Suggested'],
  'fa.desc.use': ['用这个模板', 'Use this template'],
  'fa.desc.replace': ['替换成这个模板', 'Replace with this template'],
  'fa.desc.undo': ['撤销替换', 'Undo'],
  'fa.desc.chinese': ['描述用中文写，和表单一致。', 'The description is written in Chinese, as the form needs.'],
  'fa.desc.clear': ['没有发现问题。', 'No problems found.'],
  'fa.desc.saved': ['已保存到资料', 'Saved to the profile'],
  'fa.template.name.generic': ['通用', 'General'],
  'fa.template.name.tool': ['工具', 'Tool'],
  'fa.template.name.showcase': ['企业展示', 'Company showcase'],
  'fa.template.name.ordering': ['餐饮点餐', 'Restaurant ordering'],
  'fa.template.name.retail': ['自营零售', 'Own-goods retail'],
  'fa.template.name.booking': ['预约报名', 'Booking'],
  'fa.template.name.training': ['培训机构', 'Training'],
  'fa.template.name.organisation': ['政务与组织', 'Public body or organisation'],
  'fa.template.generic': [
    '{name}是{entity}运营的小程序，为〔服务对象〕提供{services}服务，包括〔功能一〕、〔功能二〕和〔功能三〕。不涉及新闻、出版、医疗、药品、金融、教育培训等前置审批内容。',
    '{name} is a mini program run by {entity}, offering {services} to 〔whom〕, including 〔function one〕, 〔function two〕 and 〔function three〕. It involves no news, publishing, medical, drug, finance, education or training content needing prior approval.',
  ],
  'fa.template.tool': [
    '{name}是{entity}开发的{services}类工具小程序，为个人用户提供〔记账/备忘/查询〕服务，包括数据录入、保存和查看。不提供交易、社交或用户发布内容的功能。',
    '{name} is a {services} tool by {entity}, offering 〔bookkeeping/notes/look-ups〕 to individual users: entering, saving and viewing data. No trading, social or user-posting features.',
  ],
  'fa.template.showcase': [
    '{name}是{entity}的企业信息展示小程序，向客户提供公司简介、〔产品与服务〕介绍、联系方式和门店地址查询，服务类型为{services}。不涉及在线交易。',
    '{name} shows information about {entity}: company profile, 〔products and services〕, contact details and shop addresses ({services}). No online trading.',
  ],
  'fa.template.ordering': [
    '{name}为{entity}门店的顾客提供{services}服务，包括菜单浏览、下单、订单查询和〔取餐/配送〕提醒。只服务本店，不提供第三方商家入驻。',
    "{name} serves customers of {entity}'s shops with {services}: browsing the menu, ordering, order look-up and 〔pick-up/delivery〕 reminders. Own shops only, no third-party sellers.",
  ],
  'fa.template.retail': [
    '{name}是{entity}自营商品的线上销售渠道，为消费者提供商品展示、下单支付、物流查询和售后服务（{services}），只销售本公司的〔商品类别〕，没有第三方商家入驻。',
    "{name} sells {entity}'s own goods online: product pages, ordering and payment, delivery tracking and after-sales ({services}). Only the company's own 〔product category〕, no third-party sellers.",
  ],
  'fa.template.booking': [
    '{name}为{entity}的客户提供〔服务项目〕的在线预约服务（{services}），包括项目介绍、时间预约、预约查询和取消。',
    '{name} lets customers of {entity} book 〔services〕 online ({services}): descriptions, booking a time, looking up and cancelling bookings.',
  ],
  'fa.template.training': [
    '{name}为{entity}的学员提供课程信息展示、课程预约和上课时间查询服务（{services}），课程为〔课程类别〕，不涉及学科类校外培训。',
    "{name} shows {entity}'s courses to its students, with course booking and timetable look-up ({services}); courses are 〔course kinds〕, no academic off-campus tutoring.",
  ],
  'fa.template.organisation': [
    '{name}是{entity}面向〔群众/会员〕提供{services}的服务平台，内容包括〔办事指南/活动报名/通知公告〕，信息均由本单位发布。',
    "{name} is {entity}'s service for 〔the public/members〕 offering {services}: 〔guides/event sign-up/notices〕, all published by the body itself.",
  ],
  'fa.slot.name': ['〔小程序名称〕', '〔mini program name〕'],
  'fa.slot.entity': ['〔主体名称〕', '〔entity name〕'],
  'fa.slot.services': ['〔服务内容〕', '〔services〕'],
} as const;

/** Messages of the form-filling assistant (its subpackage only). */
export const formAssistant = defineMessagePairs(pairs);
