import fc from 'fast-check';
import { PROVINCES } from '@/domain/provinces';
import { FILING_NUMBER_REASONS, validateFilingNumber } from '@/domain/filing-number';

describe('validateFilingNumber', () => {
  test.each([
    // The example the WeChat filing guide gives for an approved mini program.
    ['粤B2-20090059-1626X', '粤B2-20090059-1626X', '44'],
    ['京ICP备2023000001号-3X', '京ICP备2023000001号-3X', '11'],
    // 号 is optional on input and always present in the canonical form.
    ['京ICP备2023000001-3X', '京ICP备2023000001号-3X', '11'],
    // Older 8-digit (two-digit year) entity numbers carry new mini-program service numbers too.
    ['京ICP备05087018号-12X', '京ICP备05087018号-12X', '11'],
    // Lower case, spaces, full-width and typographic dashes.
    ['  粤icp备2023012345号－7x ', '粤ICP备2023012345号-7X', '44'],
    ['粤 B2－20090059—1626ｘ', '粤B2-20090059-1626X', '44'],
    ['宁ICP备2024000123号‐1X', '宁ICP备2024000123号-1X', '64'],
  ])('%s is valid', (input, normalized, provinceCode) => {
    expect(validateFilingNumber(input)).toEqual({ status: 'valid', normalized, provinceCode });
  });

  test('every province abbreviation is recognised', () => {
    for (const province of PROVINCES) {
      expect(validateFilingNumber(`${province.abbr}ICP备2023000001号-1X`)).toEqual({
        status: 'valid',
        normalized: `${province.abbr}ICP备2023000001号-1X`,
        provinceCode: province.code,
      });
    }
  });

  /**
   * One real filing number per abbreviation, as printed in a public site footer (found with the
   * code search over public GitHub source; docs/rules.md lists them). Each is a website's number,
   * so it lacks the mini program's X suffix: the abbreviation is recognised and the number is
   * refused only for the suffix; the same entity number with a mini-program suffix is valid.
   */
  test.each([
    ['京ICP备09019508号', '11'],
    ['津ICP备19002572号-1', '12'],
    ['冀ICP备05023975号-1', '13'],
    ['晋ICP备18000458号', '14'],
    ['蒙ICP备17005582号', '15'],
    ['辽ICP备14011916号', '21'],
    ['吉ICP备10002740号-1', '22'],
    ['黑ICP备10202513号', '23'],
    ['沪ICP备14033591号-8', '31'],
    ['苏ICP备16043372号-1', '32'],
    ['浙ICP备09102757号-28', '33'],
    ['皖ICP备20001257号', '34'],
    ['闽ICP备14008589号-1', '35'],
    ['赣ICP备12007816号-23', '36'],
    ['鲁ICP备17035173号-1', '37'],
    ['豫ICP备16019993号', '41'],
    ['鄂ICP备14017254号-1', '42'],
    ['湘ICP备17009477号', '43'],
    ['粤ICP备16102940号-1', '44'],
    ['桂ICP备12002922号-1', '45'],
    ['琼ICP备17001532号', '46'],
    ['渝ICP备14000653号-3', '50'],
    ['蜀ICP备19026949号-1', '51'],
    ['川ICP备09150084号', '51'],
    ['黔ICP备15014846号-1', '52'],
    ['贵ICP备05052049号-13', '52'],
    ['滇ICP备12006807号-1', '53'],
    ['藏ICP备05000064号', '54'],
    ['陕ICP备05007857号', '61'],
    ['陇ICP备2021003158号-1', '62'],
    ['甘ICP备14018586号', '62'],
    ['青ICP备15000618号', '63'],
    ['宁ICP备14000922号-2', '64'],
    ['新ICP备2024015133号-3', '65'],
  ])('real number %s: province %s recognised', (printed, provinceCode) => {
    expect(validateFilingNumber(printed)).toMatchObject({ status: 'invalid', reason: 'service-suffix', provinceCode });
    const entity = printed.replace(/-\d+$/, '');
    expect(validateFilingNumber(`${entity}-7X`)).toEqual({ status: 'valid', normalized: `${entity}-7X`, provinceCode });
  });

  test('every current and older abbreviation is covered by a real number above', () => {
    const all = PROVINCES.flatMap((p) => [p.abbr, ...(p.formerAbbrs ?? [])]);
    expect(all).toHaveLength(34);
    expect(new Set(all).size).toBe(34);
  });

  test('an older abbreviation keeps its own character: 川 stays 川, 甘 stays 甘', () => {
    expect(validateFilingNumber('川ICP备09150084号-2X')).toEqual({
      status: 'valid',
      normalized: '川ICP备09150084号-2X',
      provinceCode: '51',
    });
    expect(validateFilingNumber('甘icp备14018586-1x').normalized).toBe('甘ICP备14018586号-1X');
  });

  test.each(['云ICP备12345678号-1X', '秦ICP备12345678号-1X'])('%s is no province abbreviation', (input) => {
    expect(validateFilingNumber(input)).toMatchObject({ status: 'invalid', reason: 'province' });
  });

  test.each<[string, string, string | undefined]>([
    ['', 'empty', undefined],
    ['   ', 'empty', undefined],
    // 港/澳/台 and an arbitrary character are not PROVINCES abbreviations.
    ['港ICP备2023000001号-1X', 'province', undefined],
    ['ICP备2023000001号-1X', 'province', undefined],
    ['B2-20090059-1626X', 'province', undefined],
    // Wrong digit counts or separators.
    ['粤ICP备202301234号-1X', 'format', '44'],
    ['粤ICP备20230123456号-1X', 'format', '44'],
    ['粤B2-2009005-1626X', 'format', '44'],
    ['粤B220090059-1626X', 'format', '44'],
    ['粤ICP证2023012345号-1X', 'format', '44'],
    ['粤ICP备2023012345号-X', 'format', '44'],
    ['粤ICP备2023012345号-1X-2X', 'format', '44'],
    ['粤ICP备2023012345号-1Y', 'format', '44'],
    // The entity part alone, or a website service number (no X), is not a mini program's number.
    ['粤ICP备2023012345号', 'service-suffix', '44'],
    ['粤ICP备2023012345号-1', 'service-suffix', '44'],
    ['粤B2-20090059', 'service-suffix', '44'],
    ['粤B2-20090059-1626', 'service-suffix', '44'],
  ])('%s is invalid (%s)', (input, reason, provinceCode) => {
    const result = validateFilingNumber(input);
    expect(result.status).toBe('invalid');
    expect(result.reason).toBe(reason);
    expect(result.provinceCode).toBe(provinceCode);
  });

  test('non-strings are empty', () => {
    for (const value of [null, undefined, 7, {}, []]) {
      expect(validateFilingNumber(value as unknown as string)).toEqual({
        status: 'invalid',
        normalized: '',
        reason: 'empty',
      });
    }
  });

  test('never throws and returns a well-formed result', () => {
    const pieces = fc.constantFrom(
      '粤',
      '京',
      '港',
      'ICP',
      'icp',
      '备',
      '号',
      'B2',
      '-',
      '－',
      'X',
      'x',
      '2023',
      '0',
      ' ',
    );
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(fc.oneof(text, fc.anything()), (input) => {
        const result = validateFilingNumber(input as string);
        expect(['valid', 'invalid']).toContain(result.status);
        expect(typeof result.normalized).toBe('string');
        if (result.status === 'valid') {
          expect(result.reason).toBeUndefined();
          expect(result.normalized).toMatch(/-\d+X$/);
          // The canonical form is a fixed point.
          expect(validateFilingNumber(result.normalized)).toEqual(result);
        } else {
          expect(FILING_NUMBER_REASONS).toContain(result.reason);
        }
      }),
      { numRuns: 500 },
    );
  });
});
