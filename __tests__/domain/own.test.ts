import { hasOwnKey, ownValue } from '@/domain/own';

/** Every member every plain object inherits: constructor, hasOwnProperty, __proto__, toString, … */
const INHERITED = Object.getOwnPropertyNames(Object.prototype);

describe('own-property lookups (issue 13, finding 4)', () => {
  test('the list covers the names of the finding', () => {
    expect(INHERITED).toEqual(expect.arrayContaining(['constructor', 'hasOwnProperty', '__proto__', 'toString']));
  });

  test.each(INHERITED)('"%s" is nothing in a map that does not hold it', (name) => {
    const map: Record<string, number> = { a: 1 };
    expect(hasOwnKey(map, name)).toBe(false);
    expect(ownValue(map, name)).toBeUndefined();
    expect(ownValue({}, name)).toBeUndefined();
  });

  test.each(INHERITED.filter((name) => name !== '__proto__'))('"%s" is found when the map holds it', (name) => {
    const map: Record<string, number> = JSON.parse(`{"${name}": 7}`);
    expect(hasOwnKey(map, name)).toBe(true);
    expect(ownValue(map, name)).toBe(7);
  });

  test('"__proto__" read from JSON is an own key, and found as such', () => {
    const map: Record<string, number> = JSON.parse('{"__proto__": 7}');
    expect(ownValue(map, '__proto__')).toBe(7);
  });

  test('anything but a string key, or no map, finds nothing', () => {
    const map: Record<string, number> = { 1: 1, a: 2 };
    for (const key of [1, null, undefined, {}, ['a'], Symbol('a')]) expect(ownValue(map, key)).toBeUndefined();
    expect(ownValue(null, 'a')).toBeUndefined();
    expect(ownValue(undefined, 'a')).toBeUndefined();
    expect(ownValue(Object.create(null) as Record<string, number>, 'a')).toBeUndefined();
    expect(ownValue(map, 'a')).toBe(2);
  });
});
