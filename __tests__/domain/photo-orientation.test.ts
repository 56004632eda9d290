import fc from 'fast-check';
import {
  isQuarterTurn,
  orientationAfterResample,
  orientationOf,
  uprightSize,
  uprightTransform,
  type Orientation,
} from '@/domain/photo-orientation';
import { uprightOf } from '../support/wx-fake/images';

const ALL: Orientation[] = [
  'up',
  'up-mirrored',
  'down',
  'down-mirrored',
  'left-mirrored',
  'right',
  'right-mirrored',
  'left',
];

describe('uprightTransform', () => {
  it("puts every stored point where getImageInfo's orientation table says it is shown", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (o, sw, sh, ru, rv) => {
          const [a, b, c, d, e, f] = uprightTransform(o, sw, sh);
          const x = ru * sw;
          const y = rv * sh;
          const up = uprightSize(sw, sh, o);
          const [u, v] = uprightOf(o, ru, rv);
          expect((a * x + c * y + e) / up.width).toBeCloseTo(u, 9);
          expect((b * x + d * y + f) / up.height).toBeCloseTo(v, 9);
        },
      ),
    );
  });
});

describe('uprightSize and orientationOf', () => {
  it('swaps the sides for EXIF 5–8 only', () => {
    expect(ALL.filter(isQuarterTurn)).toEqual(['left-mirrored', 'right', 'right-mirrored', 'left']);
    expect(uprightSize(4000, 3000, 'right')).toEqual({ width: 3000, height: 4000 });
    expect(uprightSize(4000, 3000, 'down')).toEqual({ width: 4000, height: 3000 });
  });
  it('reads anything unknown as up', () => {
    expect(orientationOf('right')).toBe('right');
    expect(orientationOf(undefined)).toBe('up');
    expect(orientationOf('sideways')).toBe('up');
  });
});

describe('orientationAfterResample', () => {
  const original = { width: 12000, height: 9000, orientation: 'right' as Orientation };
  it('keeps a tag the copy still carries', () => {
    expect(orientationAfterResample(original, { width: 4096, height: 3072, orientation: 'right' })).toBe('right');
  });
  it('applies the original turn when the copy lost the tag but kept the stored pixels', () => {
    expect(orientationAfterResample(original, { width: 4096, height: 3072, orientation: 'up' })).toBe('right');
  });
  it('applies nothing when the copy has the turn baked in (its sides are swapped)', () => {
    expect(orientationAfterResample(original, { width: 3072, height: 4096, orientation: 'up' })).toBe('up');
  });
  it('keeps an upright original upright, and re-applies a half turn the copy lost', () => {
    expect(
      orientationAfterResample({ ...original, orientation: 'up' }, { width: 4096, height: 3072, orientation: 'up' }),
    ).toBe('up');
    expect(
      orientationAfterResample({ ...original, orientation: 'down' }, { width: 4096, height: 3072, orientation: 'up' }),
    ).toBe('down');
  });
});
