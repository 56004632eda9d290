import fc from 'fast-check';
import { maskCreditCode, maskIdNumber, maskMiddle, maskMobile } from '@/domain/mask';

/** How many characters of `masked` are not '*'. */
const shown = (masked: string) => Array.from(masked).filter((ch) => ch !== '*').length;

describe('maskIdNumber', () => {
  test('keeps the first 4 and last 4 characters, length preserved', () => {
    expect(maskIdNumber('440301199001011234')).toBe('4403**********1234');
    expect(maskIdNumber('44011320141005001x')).toBe('4401**********001X');
    expect(maskIdNumber(' 4403 0119 9001 0112 34 ')).toBe('4403**********1234');
  });

  test.each([
    ['', ''],
    ['4', '*'],
    ['44', '4*'],
    ['4403', '4**3'],
    ['44030', '4***0'],
    ['44030119', '44****19'],
    ['440301199001011', '4403********011'],
  ])('short input %s → %s', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });
});

describe('maskCreditCode', () => {
  test('keeps the first 4 and last 4 characters, upper-cased', () => {
    expect(maskCreditCode('91110000600037341L')).toBe('9111**********341L');
    expect(maskCreditCode('91310115ma1k3btp2b')).toBe('9131**********TP2B');
  });

  test('a 15-digit registration number shows at most 7 characters', () => {
    expect(maskCreditCode('110108000000016')).toBe('1101********016');
  });
});

describe('maskMobile', () => {
  test('the conventional 3 + 4 form', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('+86 138-1234-5678')).toBe('138****5678');
  });

  test('anything that is not 11 characters shows at most half', () => {
    expect(maskMobile('')).toBe('');
    expect(maskMobile('1')).toBe('*');
    expect(maskMobile('138')).toBe('1**');
    expect(maskMobile('1381234')).toBe('13****4');
    expect(maskMobile('138123456789')).toBe('138******789');
  });
});

describe('maskMiddle', () => {
  test('honours the requested ends when they fit in half', () => {
    expect(maskMiddle('abcdefghij', 2, 2)).toBe('ab******ij');
    expect(maskMiddle('abcdefghij', 0, 0)).toBe('**********');
  });

  test('counts code points, so a surrogate pair is never split', () => {
    expect(maskMiddle('😀😀😀😀', 1, 1)).toBe('😀**😀');
  });

  test('bad head/tail values are treated as 0', () => {
    expect(maskMiddle('abcdefgh', Number.NaN, -3)).toBe('********');
  });
});

describe('mask totality and the at-most-half rule', () => {
  const maskers: Array<[string, (input: string) => string]> = [
    ['maskIdNumber', maskIdNumber],
    ['maskCreditCode', maskCreditCode],
    ['maskMobile', maskMobile],
    ['maskMiddle(4,4)', (input) => maskMiddle(input, 4, 4)],
  ];

  test.each(maskers)('%s returns "" for non-strings', (_name, mask) => {
    for (const value of [null, undefined, 5, {}, []]) expect(mask(value as unknown as string)).toBe('');
  });

  test.each(maskers)('%s never throws and never shows more than half (11-digit mobiles excepted)', (name, mask) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        const masked = mask(input as string);
        expect(typeof masked).toBe('string');
        const length = Array.from(masked).length;
        const isConventionalMobile = name === 'maskMobile' && length === 11;
        if (!isConventionalMobile) expect(shown(masked)).toBeLessThanOrEqual(Math.floor(length / 2));
      }),
      { numRuns: 300 },
    );
  });

  test('an 11-digit mobile shows exactly its 3 + 4 ends', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        expect(maskMobile(mobile)).toBe(`${mobile.slice(0, 3)}****${mobile.slice(7)}`);
      }),
    );
  });
});
