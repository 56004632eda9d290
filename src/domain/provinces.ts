/**
 * The 31 mainland provincial-level divisions, with their GB/T 2260 two-digit codes and the
 * one-character abbreviations used at the start of ICP filing numbers (e.g. 粤ICP备…).
 * Ningxia is flagged because its documents must stay valid for 6 months instead of 3.
 *
 * Abbreviations were checked against real filing numbers printed in public site footers (found
 * with the project's code search over public GitHub source; one example each is in
 * docs/rules.md, "Filing-number abbreviations"). Two provinces changed theirs: Sichuan prints
 * 蜀 today and 川 on older numbers (蜀ICP备19026949号-1, 川ICP备09150084号), Gansu 陇 today and
 * 甘 before (陇ICP备2021003158号-1, 甘ICP备14018586号); docs/domain.md names both. Guizhou's 黔
 * is current; 贵 appears on older numbers of Guizhou entities (贵ICP备05052049号-13, 贵阳开放大学),
 * so it is accepted too. 云 (Yunnan) and 秦 (Shaanxi) were found only in placeholders, never on a
 * real number, so they are not accepted.
 */
export interface Province {
  /** GB/T 2260 code, the first two digits of resident IDs and of a credit code's region part. */
  code: string;
  zh: string;
  en: string;
  /** Abbreviation printed in filing numbers issued today. */
  abbr: string;
  /** Abbreviations printed in older filing numbers that are still valid. */
  formerAbbrs?: readonly string[];
}

export const PROVINCES: readonly Province[] = [
  { code: '11', zh: '北京市', en: 'Beijing', abbr: '京' },
  { code: '12', zh: '天津市', en: 'Tianjin', abbr: '津' },
  { code: '13', zh: '河北省', en: 'Hebei', abbr: '冀' },
  { code: '14', zh: '山西省', en: 'Shanxi', abbr: '晋' },
  { code: '15', zh: '内蒙古自治区', en: 'Inner Mongolia', abbr: '蒙' },
  { code: '21', zh: '辽宁省', en: 'Liaoning', abbr: '辽' },
  { code: '22', zh: '吉林省', en: 'Jilin', abbr: '吉' },
  { code: '23', zh: '黑龙江省', en: 'Heilongjiang', abbr: '黑' },
  { code: '31', zh: '上海市', en: 'Shanghai', abbr: '沪' },
  { code: '32', zh: '江苏省', en: 'Jiangsu', abbr: '苏' },
  { code: '33', zh: '浙江省', en: 'Zhejiang', abbr: '浙' },
  { code: '34', zh: '安徽省', en: 'Anhui', abbr: '皖' },
  { code: '35', zh: '福建省', en: 'Fujian', abbr: '闽' },
  { code: '36', zh: '江西省', en: 'Jiangxi', abbr: '赣' },
  { code: '37', zh: '山东省', en: 'Shandong', abbr: '鲁' },
  { code: '41', zh: '河南省', en: 'Henan', abbr: '豫' },
  { code: '42', zh: '湖北省', en: 'Hubei', abbr: '鄂' },
  { code: '43', zh: '湖南省', en: 'Hunan', abbr: '湘' },
  { code: '44', zh: '广东省', en: 'Guangdong', abbr: '粤' },
  { code: '45', zh: '广西壮族自治区', en: 'Guangxi', abbr: '桂' },
  { code: '46', zh: '海南省', en: 'Hainan', abbr: '琼' },
  { code: '50', zh: '重庆市', en: 'Chongqing', abbr: '渝' },
  { code: '51', zh: '四川省', en: 'Sichuan', abbr: '蜀', formerAbbrs: ['川'] },
  { code: '52', zh: '贵州省', en: 'Guizhou', abbr: '黔', formerAbbrs: ['贵'] },
  { code: '53', zh: '云南省', en: 'Yunnan', abbr: '滇' },
  { code: '54', zh: '西藏自治区', en: 'Tibet', abbr: '藏' },
  { code: '61', zh: '陕西省', en: 'Shaanxi', abbr: '陕' },
  { code: '62', zh: '甘肃省', en: 'Gansu', abbr: '陇', formerAbbrs: ['甘'] },
  { code: '63', zh: '青海省', en: 'Qinghai', abbr: '青' },
  { code: '64', zh: '宁夏回族自治区', en: 'Ningxia', abbr: '宁' },
  { code: '65', zh: '新疆维吾尔自治区', en: 'Xinjiang', abbr: '新' },
];

export const GUANGDONG = '44';
export const NINGXIA = '64';

/** Every abbreviation a filing number may start with, current first, each with its province. */
export const FILING_ABBREVIATIONS: ReadonlyArray<{ abbr: string; province: Province; current: boolean }> =
  PROVINCES.flatMap((province) => [
    { abbr: province.abbr, province, current: true },
    ...(province.formerAbbrs ?? []).map((abbr) => ({ abbr, province, current: false })),
  ]);

/** The province with this GB/T 2260 code, or undefined. */
export function provinceByCode(code: string): Province | undefined {
  return PROVINCES.find((p) => p.code === code);
}
