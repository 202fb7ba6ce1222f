/**
 * Near-duplicate detection for reprints and light rewrites of one story: MinHash signatures over
 * word shingles of the index terms (so clitics, diacritics and hamza spelling do not count as
 * differences), and locality-sensitive hashing in bands to find candidates without comparing
 * every pair. Two articles are the same story when the estimated Jaccard similarity of their
 * shingle sets reaches `SAME_STORY`. Pure functions; the store keeps the signatures and bands.
 */

/** Words per shingle. */
export const SHINGLE = 3;
/** Hash functions in a signature. */
export const NUM_HASHES = 64;
/** LSH bands × rows per band = NUM_HASHES. With 16 × 4 the candidate threshold is about (1/16)^(1/4) ≈ 0.5. */
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
/** Estimated Jaccard similarity from which two articles are one story. */
export const SAME_STORY = 0.5;
/** Articles with fewer shingles than this get no signature (too short to tell a reprint from a formula). */
export const MIN_SHINGLES = 8;

/** FNV-1a over a string's UTF-16 code units, 32 bits. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 32-bit finaliser (murmur3 fmix32) of `x` xor a per-function seed: a family of hash functions. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: readonly number[] = Array.from({ length: NUM_HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15, 0x2545f491));

/** The set of shingle hashes of an index text (space-separated terms). */
export function shingles(terms: string): Set<number> {
  const words = terms.split(' ').filter(Boolean);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return out;
}

/** The MinHash signature of an index text, or null when it has fewer than MIN_SHINGLES shingles. */
export function signature(terms: string): Uint32Array | null {
  const sh = shingles(terms);
  if (sh.size < MIN_SHINGLES) return null;
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const x of sh) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = mix(x, SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** The LSH band keys of a signature: one signed 32-bit integer per band (band index mixed in). */
export function bandKeys(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(sig[b * ROWS + r]!, h);
    out.push(h | 0);
  }
  return out;
}

/** Estimated Jaccard similarity: the share of equal signature positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) eq++;
  return eq / NUM_HASHES;
}

/** A signature as bytes for storage (little-endian), and back. */
export function signatureToBytes(sig: Uint32Array): Buffer {
  const buf = Buffer.alloc(NUM_HASHES * 4);
  for (let i = 0; i < NUM_HASHES; i++) buf.writeUInt32LE(sig[i]!, i * 4);
  return buf;
}

export function signatureFromBytes(buf: Uint8Array): Uint32Array {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const sig = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) sig[i] = b.readUInt32LE(i * 4);
  return sig;
}

/**
 * The stories of a set of articles: connected components of the pairs that share an LSH band and
 * are similar enough. Returns each article's story id, the smallest article id of its component.
 */
export function storyComponents(members: readonly { id: number; sig: Uint32Array | null }[]): Map<number, number> {
  const bands = members.map((m) => (m.sig ? new Set(bandKeys(m.sig)) : null));
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!.sig;
      const b = members[j]!.sig;
      if (!a || !b) continue;
      if (![...bands[i]!].some((k) => bands[j]!.has(k))) continue;
      if (similarity(a, b) >= SAME_STORY) parent[find(j)] = find(i);
    }
  }
  const minOf = new Map<number, number>();
  members.forEach((m, i) => {
    const r = find(i);
    minOf.set(r, Math.min(minOf.get(r) ?? Infinity, m.id));
  });
  return new Map(members.map((m, i) => [m.id, minOf.get(find(i))!]));
}
