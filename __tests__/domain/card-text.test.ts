import {
  OFFICIAL_GUIDANCE,
  containsForbiddenCharacters,
  linkSpans,
  namesOfficialBody,
  textCautions,
} from '@/domain/card-text';

describe('containsForbiddenCharacters', () => {
  it.each([
    ['a control character', 'a\u0007b'],
    ['a line break', '王\n五'],
    ['a line separator', 'a\u2028b'],
    ['a right-to-left override', '\u202e司公限有'],
    ['a bidi isolate', 'a\u2067b'],
    ['a zero-width space', '138\u200b0013'],
    ['a zero-width joiner', '工\u200d信部'],
    ['a word joiner', 'a\u2060b'],
    ['a byte order mark', '\ufeff青禾'],
    ['a soft hyphen', 'Qing\u00adhe'],
    ['a variation selector', '青\ufe0f禾'],
    ['a tag character', 'a\u{e0041}'],
  ])('refuses %s', (_name, text) => expect(containsForbiddenCharacters(text)).toBe(true));

  it.each(['杭州青禾科技有限公司', '（北京）青禾', 'ACME Co., Ltd.', '青禾 😀', 'Café Zoë'])('accepts %s', (text) =>
    expect(containsForbiddenCharacters(text)).toBe(false),
  );
});

describe('linkSpans', () => {
  it.each([
    'https://beian-miit.gov.cn.verify.example.com/sms',
    'http://1.2.3.4/x',
    'www.qinghe.top',
    'beian-miit.com',
    'BEIAN.MIIT.GOV.CN',
    'beian。miit。gov。cn',
    'ｂｅｉａｎ．ｍｉｉｔ．ｃｏｍ',
    'verify.miit.gov.cn/sms?code=1',
    '青禾 qinghe.cn 科技',
    'weixin://dl/business',
    'beian\u200b.miit\u200b.top',
  ])('finds a link in %s', (text) => expect(linkSpans(text).length).toBeGreaterThan(0));

  it.each(['ACME Co., Ltd.', 'Web3.0 实验室', 'Node.js 学习', '青禾科技有限公司', 'A.B. Smith', 'v2.0', 'ACME.Inc'])(
    'finds none in %s',
    (text) => expect(linkSpans(text)).toEqual([]),
  );

  it('reports the span as typed, in code points', () => {
    expect(linkSpans('青禾 qinghe.cn 科技')).toEqual([[3, 12]]);
  });
});

describe('namesOfficialBody', () => {
  it.each([
    '工信部备案中心',
    '工 信 部',
    '工业和信息化部',
    '广东省通信管理局',
    '管局审核组',
    '12381',
    '1 2 3 8 1',
    'MIIT',
    'Beian Center',
    '微信团队',
    '微信官方客服',
    '工\u200b信部',
  ])('%s', (text) => expect(namesOfficialBody(text)).toBe(true));

  it.each(['杭州青禾科技有限公司', '小王', '工信科技', '信息技术部', 'Qinghe Tech'])('not %s', (text) =>
    expect(namesOfficialBody(text)).toBe(false),
  );
});

describe('textCautions', () => {
  it('lists links, phone-like numbers and official names, in that order, once each', () => {
    expect(textCautions(['杭州青禾科技有限公司', '青禾备忘', '小王'])).toEqual([]);
    expect(textCautions(['工信部 beian-miit.top', '', '客服 95555'])).toEqual(['link', 'phone-like', 'official-name']);
    expect(textCautions(['青禾', '', '12381'])).toEqual(['phone-like', 'official-name']);
    expect(textCautions(['2046 工作室', '', ''])).toEqual([]);
  });

  it("the official guidance is the seed's: SMS from 12381, verified on beian.miit.gov.cn", () => {
    expect(OFFICIAL_GUIDANCE).toEqual({
      smsSender: '12381',
      site: 'beian.miit.gov.cn',
      siteUrl: 'https://beian.miit.gov.cn',
    });
  });
});
