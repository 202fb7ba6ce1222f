/**
 * 32-bit hashing for feature interning: FNV-1a over UTF-16 code units for strings, and a
 * murmur3-style finaliser to combine a template id with atom hashes. A feature is the hash of
 * (template, atoms…); the model maps feature hashes to weight rows. 0 is never returned (the
 * model's hash table uses 0 as its empty slot).
 */

/** FNV-1a over the UTF-16 code units of `s`. */
export function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two 32-bit values into one well-mixed non-zero 32-bit value. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/** The feature hash of a template and one atom. */
export function feat1(template: number, a: number): number {
  return mix(template, a);
}

/** The feature hash of a template and two atoms. */
export function feat2(template: number, a: number, b: number): number {
  return mix(mix(template, a), b);
}
