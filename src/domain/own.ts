/**
 * Lookups of ids that came from outside (a share link, a route, stored data) in plain-object
 * maps. `map[id]` also finds what every object inherits: `filings['constructor']` is the Object
 * function, so a crafted reply named "constructor" once passed for a filing (issue 13, finding 4).
 * Only own properties count here. `Object.hasOwn` is ES2022 and missing from older WeChat JS
 * runtimes, so this goes through `Object.prototype.hasOwnProperty`.
 */

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** True when `map` itself (not its prototype chain) has the string key `key`. */
export function hasOwnKey(map: object | null | undefined, key: unknown): boolean {
  return map !== null && map !== undefined && typeof key === 'string' && hasOwnProperty.call(map, key);
}

/** The value `map` itself holds under `key`, or undefined: never an inherited member. */
export function ownValue<T>(map: Readonly<Record<string, T>> | null | undefined, key: unknown): T | undefined {
  return hasOwnKey(map, key) ? (map as Record<string, T>)[key as string] : undefined;
}
