import fc from 'fast-check';
import { formatHms } from '@/domain/countdown-format';

const SECOND = 1000;
const HOUR = 3_600_000;

describe('formatHms', () => {
  it('formats hours, minutes and seconds with two digits each', () => {
    expect(formatHms(24 * HOUR)).toBe('24:00:00');
    expect(formatHms(5 * HOUR + 7 * 60 * SECOND + 9 * SECOND)).toBe('05:07:09');
    expect(formatHms(59 * SECOND)).toBe('00:00:59');
  });

  it('rounds partial seconds up, so zero shows only when the time is up', () => {
    expect(formatHms(1)).toBe('00:00:01');
    expect(formatHms(999)).toBe('00:00:01');
    expect(formatHms(1000)).toBe('00:00:01');
    expect(formatHms(1001)).toBe('00:00:02');
    expect(formatHms(24 * HOUR - 1)).toBe('24:00:00');
  });

  it('goes beyond 24 hours only when the input does', () => {
    expect(formatHms(100 * HOUR + 1 * SECOND)).toBe('100:00:01');
  });

  describe('edge cases', () => {
    it('clamps zero, negative and non-finite input to 00:00:00', () => {
      for (const bad of [0, -1, -24 * HOUR, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        expect([bad, formatHms(bad)]).toEqual([bad, '00:00:00']);
      }
      expect(formatHms(undefined as unknown as number)).toBe('00:00:00');
    });

    it('property: always H+:MM:SS and parses back to the rounded-up seconds', () => {
      fc.assert(
        fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (ms) => {
          const text = formatHms(ms);
          const match = /^(\d{2,}):([0-5]\d):([0-5]\d)$/.exec(text);
          expect(match).not.toBeNull();
          const [, h = NaN, m = NaN, s = NaN] = match!.map(Number);
          expect(h * 3600 + m * 60 + s).toBe(ms > 0 ? Math.ceil(ms / SECOND) : 0);
        }),
      );
    });
  });
});
