/**
 * Rules a mini program name can be checked against before the platform sees it.
 *
 * Sources:
 * - 4–30 characters, a Chinese character counting as 2, not the same as an existing name:
 *   《小程序开发原理与实战》 (2021), 2.2.1 "名称长度要求 4~30 个字符（一个汉字等于 2 个字符），并且不能
 *   与已有的小程序名称冲突" (https://novel.qq.com/read/1041911858/11).
 * - No "小程序" in the name: WeChat setNickName, "昵称，不支持包含“小程序”关键字的昵称"
 *   (https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_setnickname.md).
 * - Chinese, English letters and digits: https://yisu.com/zixun/628004.html ("名称可以由中文、数字、
 *   英文"). Other characters are only a warning: WeChat does not publish its character list.
 * - A name naming a brand, a trademark or a specific person or organisation needs proof such as a
 *   《商标注册证》 (WeChat checkNickName, hit_condition wording), which the app can only remind of.
 */

/** The weighted length: ASCII characters count 1, every other character (Chinese, full-width) 2. */
export function weightedNameLength(name: string): number {
  let length = 0;
  for (const ch of name) length += (ch.codePointAt(0) ?? 0) <= 0x7f ? 1 : 2;
  return length;
}

export const MINI_PROGRAM_NAME_LIMITS = { min: 4, max: 30 } as const;

export type MiniProgramNameProblem =
  /** Weighted length below 4. */
  | 'name-too-short'
  /** Weighted length above 30. */
  | 'name-too-long'
  /** Contains the reserved word 小程序. */
  | 'name-reserved-word'
  /** Characters other than Chinese, letters and digits (a warning). */
  | 'name-unusual-characters';

/** CJK ideographs (basic and extension A), ASCII letters and digits. */
const PLAIN_NAME = /^[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9]+$/;

/** The problems of a (non-empty) name, blocking ones first. */
export function miniProgramNameProblems(input: string): MiniProgramNameProblem[] {
  const name = input.trim();
  if (name === '') return [];
  const problems: MiniProgramNameProblem[] = [];
  const length = weightedNameLength(name);
  if (length < MINI_PROGRAM_NAME_LIMITS.min) problems.push('name-too-short');
  if (length > MINI_PROGRAM_NAME_LIMITS.max) problems.push('name-too-long');
  if (name.includes('小程序')) problems.push('name-reserved-word');
  if (!PLAIN_NAME.test(name)) problems.push('name-unusual-characters');
  return problems;
}
