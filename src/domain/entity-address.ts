/**
 * A basic shape check of the entity's filing address (备案省市区 + 通讯地址). "Address fails
 * validation" is a common rejection; the app cannot look addresses up, but it can catch the
 * shapes reviewers refuse.
 *
 * Sources:
 * - WeChat applyIcpFiling, base_info.address: "通讯地址，必须属于备案省市区，地址开头的省市区不用填入"
 *   (e.g. only 高碑店路181号1栋12345室 for 北京市朝阳区高碑店路181号1栋12345室):
 *   https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling.html
 * - docs/domain.md: "The filing province must match the certificate address."
 * - County-level names end in 区, 县, 市, 旗 (自治县, 自治旗, 特区 and 林区 included): GB/T 2260.
 */
import { provinceByCode } from '@/domain/provinces';

export type AddressProblem =
  /** The district does not end like a county-level name (区/县/市/旗…). */
  | 'district-unusual'
  /** The detailed address starts with the province, city or district again. */
  | 'address-repeats-region'
  /** No street number, building or room: reviewers ask for a full address. */
  | 'address-without-number'
  /** The certificate's address does not name the filing city or district. */
  | 'certificate-address-mismatch';

const COUNTY_SUFFIX = /(区|县|市|旗|特区|林区)$/;
/** Something that locates a door: a digit, or 号/栋/幢/楼/室/单元/层/座. */
const HOUSE_NUMBER = /[0-9０-９]|号|栋|幢|楼|室|单元|层|座|弄|巷/;

/** A region name without its administrative suffix, for matching inside addresses: 杭州市 → 杭州. */
function core(name: string): string {
  return name
    .trim()
    .replace(/(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|自治州|地区|盟|区|县|旗)$/, '');
}

export interface AddressInput {
  province: string;
  city: string;
  district: string;
  address: string;
  certificateAddress: string;
}

/** The shape problems of a filing address (empty fields are "required" problems elsewhere). */
export function addressProblems(input: AddressInput): AddressProblem[] {
  const problems: AddressProblem[] = [];
  const district = input.district.trim();
  const address = input.address.trim();
  if (district !== '' && !COUNTY_SUFFIX.test(district)) problems.push('district-unusual');
  if (address !== '') {
    const province = provinceByCode(input.province);
    // Full names only (and the province without 省/市): a bare "西湖" may well start a street name.
    const heads = [province?.zh ?? '', province ? core(province.zh) : '', input.city.trim(), district].filter(
      (h) => h.length >= 2,
    );
    if (heads.some((head) => address.startsWith(head))) problems.push('address-repeats-region');
    if (!HOUSE_NUMBER.test(address)) problems.push('address-without-number');
  }
  const certificate = input.certificateAddress.trim();
  if (certificate !== '') {
    const names = [input.city, district].map(core).filter((n) => n.length >= 2);
    if (names.length > 0 && !names.some((n) => certificate.includes(n))) problems.push('certificate-address-mismatch');
  }
  return problems;
}
