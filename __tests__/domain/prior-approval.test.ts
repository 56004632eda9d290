import { PRIOR_APPROVAL_INDUSTRIES, industryOfText, isPriorApprovalIndustry } from '@/domain/prior-approval';

describe('prior-approval industries', () => {
  test('the list WeChat and MIIT offer, including online car-hailing and religion', () => {
    expect(PRIOR_APPROVAL_INDUSTRIES).toEqual([
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
    ]);
    expect(isPriorApprovalIndustry('religion')).toBe(true);
    expect(isPriorApprovalIndustry('gambling')).toBe(false);
    expect(isPriorApprovalIndustry(3)).toBe(false);
  });

  test.each([
    ['药品信息服务许可', 'drugs-medical-devices'],
    ['医疗器械', 'drugs-medical-devices'],
    ['互联网医疗保健', 'medical'],
    ['新闻信息服务', 'news'],
    ['校外培训许可', 'off-campus-training'],
    ['网约车经营许可', 'online-car-hailing'],
    ['网络文化经营许可证', 'culture'],
    ['信息网络传播视听节目许可证', 'radio-film-tv'],
    ['宗教信息服务', 'religion'],
    ['某地方许可', null],
    ['', null],
  ])('old free text %s → %s', (text, industry) => {
    expect(industryOfText(text)).toBe(industry);
  });
});
