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
