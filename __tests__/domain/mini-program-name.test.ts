import fc from 'fast-check';
import { miniProgramNameProblems, weightedNameLength } from '@/domain/mini-program-name';

describe('mini program names (4–30, a Chinese character counts 2)', () => {
  test('weighted length', () => {
    expect(weightedNameLength('AB')).toBe(2);
    expect(weightedNameLength('示例')).toBe(4);
    expect(weightedNameLength('示例ABC')).toBe(7);
    expect(weightedNameLength('Ａ')).toBe(2); // full-width counts as a Chinese character
  });

  test.each([
    ['ABCD', []],
    ['名名', []],
    ['名'.repeat(15), []],
    ['A'.repeat(30), []],
    ['ABC', ['name-too-short']],
    ['名', ['name-too-short']],
    ['名'.repeat(16), ['name-too-long']],
    ['A'.repeat(31), ['name-too-long']],
    ['示例小程序', ['name-reserved-word']],
    ['示例 预约', ['name-unusual-characters']],
    ['示例·预约', ['name-unusual-characters']],
    ['示例😀', ['name-unusual-characters']],
    ['', []],
  ])('%s → %j', (name, problems) => {
    expect(miniProgramNameProblems(name)).toEqual(problems);
  });

  test('property: a name of 2–15 Chinese characters is always the right length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 15 }), (n) => {
        expect(miniProgramNameProblems('示'.repeat(n))).toEqual([]);
      }),
    );
  });
});
