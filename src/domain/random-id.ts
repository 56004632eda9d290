/**
 * Random ids: a filing's id and an SMS round's id. Both travel in share cards and replies, so
 * they are URL-safe, and both are drawn with a `random` the caller passes in (the domain never
 * reads Math.random itself).
 */

/** No 0/O, 1/l/I: an id read aloud or copied by hand stays unambiguous. */
const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** What a share card accepts as a filing or round id. */
export const SHARE_ID_PATTERN = /^[A-Za-z0-9_-]{10,16}$/;

/** A `length`-character id (default 12, about 70 bits) drawn with `random` (0 ≤ r < 1). */
export function randomId(random: () => number, length = 12): string {
  let id = '';
  for (let i = 0; i < length; i += 1) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length];
  return id;
}

/** FNV-1a (32-bit) of `text`: a seed for `seededRandom`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: a small deterministic generator of numbers in [0, 1) from `seed`. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
