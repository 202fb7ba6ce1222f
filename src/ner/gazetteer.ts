/**
 * Gazetteer membership for the NER tagger: which gazetteer classes cover each token of a sentence.
 *
 * The lists are `data/ner/gazetteers.json` (built by scripts/build-ner-gazetteers.ts): per class,
 * entries written as space-joined word keys (`wordKey`, src/ner/keys.ts). They are compiled once into
 * a trie keyed by word keys; {@link matchGazetteers} walks it from every token.
 *
 * Matching, per class independently: leftmost-longest — at each token the longest entry of the
 * class starting there is taken, unless the token is already inside a match of that class. So one
 * token can carry several classes (`مصر` in `بنك مصر` is org:I and country:B).
 * When the first token of a candidate is not the first word of any entry, it is retried with a
 * proclitic removed (و ف ب ل ك, وب ول فب فل وك فك; لل/ولل/فلل → ال): `وبغداد`, `لمصر`,
 * `للقاهرة` match. Only the first token of an entry is stripped.
 *
 * Bit layout of the result (one `Uint32Array` element per token): class `c` (its index in
 * {@link GAZETTEER_CLASSES}) has bit `2c` for B (the match starts at this token) and bit `2c + 1`
 * for I (the token continues a match). With 11 classes, bits 0–21 are used; 0 means no match.
 *   country B=0 I=1 · city 2/3 · loc_other 4/5 · nationality 6/7 · person_first 8/9 ·
 *   person_last 10/11 · person 12/13 · person_particle 14/15 · person_title 16/17 · org 18/19 ·
 *   org_token 20/21
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../data.ts';

/** The classes in bit order (append only: the bit of a class must never change). */
export const GAZETTEER_CLASSES = [
  'country',
  'city',
  'loc_other',
  'nationality',
  'person_first',
  'person_last',
  'person',
  'person_particle',
  'person_title',
  'org',
  'org_token',
] as const;
export type GazetteerClass = (typeof GAZETTEER_CLASSES)[number];

const N_CLASSES = GAZETTEER_CLASSES.length;
const CLASS_INDEX = new Map<string, number>(GAZETTEER_CLASSES.map((c, i) => [c, i]));

/** The bit of a class at a position: B (the match starts at the token) or I (it continues one). */
export function gazBit(cls: GazetteerClass, pos: 'B' | 'I'): number {
  const c = CLASS_INDEX.get(cls)!;
  return (pos === 'B' ? 1 : 2) << (2 * c);
}

/** A trie node: `mask` has bit c set when an entry of class c ends here. */
interface TrieNode {
  mask: number;
  next: Map<string, TrieNode> | null;
}

/** Compiled gazetteers (see {@link compileGazetteers}). */
export interface Gazetteers {
  /** first word key → trie node */
  readonly root: Map<string, TrieNode>;
  /** entries per class (after compilation) */
  readonly sizes: Readonly<Record<GazetteerClass, number>>;
}

/** The file `data/ner/gazetteers.json`. */
export interface GazetteerFile {
  readonly version: number;
  readonly classes: Readonly<Partial<Record<string, readonly string[]>>>;
  readonly sources?: unknown;
}

/**
 * Compiles lists of entries (space-joined word keys) into a matcher. Unknown class names are an
 * error; a class may be missing (no entries).
 */
export function compileGazetteers(lists: Readonly<Partial<Record<string, readonly string[]>>>): Gazetteers {
  const root = new Map<string, TrieNode>();
  const sizes = Object.fromEntries(GAZETTEER_CLASSES.map((c) => [c, 0])) as Record<GazetteerClass, number>;
  for (const [cls, entries] of Object.entries(lists)) {
    const c = CLASS_INDEX.get(cls);
    if (c === undefined) throw new Error(`unknown gazetteer class: ${cls}`);
    if (!entries) continue;
    const bit = 1 << c;
    for (const entry of entries) {
      const words = entry.split(' ');
      if (words.length === 0 || words.some((w) => w === '')) continue;
      let level = root;
      let node: TrieNode | undefined;
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        node = level.get(w);
        if (!node) level.set(w, (node = { mask: 0, next: null }));
        if (i < words.length - 1) level = node.next ??= new Map();
      }
      if (!(node!.mask & bit)) sizes[cls as GazetteerClass]++;
      node!.mask |= bit;
    }
  }
  return { root, sizes };
}

let loaded: Gazetteers | undefined;

/**
 * Parses the text of a gazetteer file.
 * @throws Error naming `where` when it is not JSON or not version 1
 */
export function parseGazetteerFile(text: string, where: string): GazetteerFile {
  let file: GazetteerFile;
  try {
    file = JSON.parse(text) as GazetteerFile;
  } catch (err) {
    throw new Error(`${where}: not valid JSON (${(err as Error).message})`);
  }
  if (file?.version !== 1 || typeof file.classes !== 'object' || file.classes === null) throw new Error(`${where}: not a version 1 gazetteer file`);
  return file;
}

/** The project gazetteers (`data/ner/gazetteers.json`), compiled once. */
export function loadGazetteers(): Gazetteers {
  loaded ??= compileGazetteers(parseGazetteerFile(readFileSync(join(PROJECT_ROOT, 'data', 'ner', 'gazetteers.json'), 'utf8'), 'data/ner/gazetteers.json').classes);
  return loaded;
}

/** Two-letter proclitic pairs stripped as a whole (before the single letters). */
const PROCLITIC_PAIRS = ['وب', 'ول', 'فب', 'فل', 'وك', 'فك'];
const PROCLITIC_LETTERS = 'وفبلك';

/**
 * The word keys a first token may stand for once a proclitic is removed (`وبغداد` → `بغداد`,
 * `للقاهره` → `القاهره`), longest proclitic first; each remainder has at least two letters.
 */
export function procliticVariants(key: string): string[] {
  return procliticCuts(key).map((v) => v.key);
}

/**
 * {@link procliticVariants} with the number of letters each removes from the front of the word
 * (`وبغداد` → `بغداد` 1 and `غداد` 2; `للقاهره` → `القاهره` 1: the ال that ل absorbed is restored,
 * so a span starts at the second ل, as entity spans do).
 */
export function procliticCuts(key: string): { key: string; cut: number }[] {
  const out: { key: string; cut: number }[] = [];
  const n = key.length;
  if (n >= 5 && (key.startsWith('ولل') || key.startsWith('فلل'))) out.push({ key: 'ال' + key.slice(3), cut: 2 });
  if (n >= 4 && key.startsWith('لل')) out.push({ key: 'ال' + key.slice(2), cut: 1 });
  if (n >= 4) for (const p of PROCLITIC_PAIRS) if (key.startsWith(p)) out.push({ key: key.slice(2), cut: 2 });
  if (n >= 3 && PROCLITIC_LETTERS.includes(key[0]!)) out.push({ key: key.slice(1), cut: 1 });
  return out;
}

/**
 * Gazetteer tags of one sentence: for each word key, the B/I bits of every class whose
 * leftmost-longest match covers it (bit layout in the module comment).
 * @param keys the word keys of the sentence's tokens (`wordKey`)
 * @param gaz the compiled gazetteers (default: the project's)
 */
export function matchGazetteers(keys: readonly string[], gaz: Gazetteers = loadGazetteers(), starts?: readonly (GazetteerStarts | undefined)[]): Uint32Array {
  const n = keys.length;
  const out = new Uint32Array(n);
  if (n === 0) return out;
  const root = gaz.root;
  const best = new Int32Array(N_CLASSES); // longest match length per class at the current start
  const coveredTo = new Int32Array(N_CLASSES); // end (exclusive) of the last match per class
  for (let i = 0; i < n; i++) {
    let found = 0;
    const known = starts?.[i];
    if (known !== undefined) {
      for (const node of known as readonly TrieNode[]) found |= walk(node, keys, i, best);
    } else {
      const first = root.get(keys[i]!);
      if (first) found = walk(first, keys, i, best);
      else {
      const k = keys[i]!;
        if (k.length >= 3) for (const v of procliticVariants(k)) {
          const node = root.get(v);
          if (node) found |= walk(node, keys, i, best);
        }
      }
    }
    if (found === 0) continue;
    for (let c = 0; c < N_CLASSES; c++) {
      const len = best[c]!;
      if (len === 0) continue;
      best[c] = 0;
      if (i < coveredTo[c]!) continue;
      out[i]! |= 1 << (2 * c);
      const I = 2 << (2 * c);
      for (let j = i + 1; j < i + len; j++) out[j]! |= I;
      coveredTo[c] = i + len;
    }
  }
  return out;
}

/**
 * Where matches of a word key may start, for `matchGazetteers`' `starts` (opaque outside this module):
 * the trie node of the key itself, or else those of its proclitic variants. A caller that meets the
 * same word often keeps them to save these lookups.
 */
export type GazetteerStarts = readonly unknown[];

/** The {@link GazetteerStarts} of a word key (as `matchGazetteers` finds them). */
export function gazetteerStarts(key: string, gaz: Gazetteers = loadGazetteers()): GazetteerStarts {
  const first = gaz.root.get(key);
  if (first) return [first];
  const out: TrieNode[] = [];
  if (key.length >= 3) for (const v of procliticVariants(key)) {
    const node = gaz.root.get(v);
    if (node) out.push(node);
  }
  return out;
}

/**
 * Follows the trie from `node` (the match of `keys[i]`) along `keys[i+1…]`, raising `best[c]` to the
 * length of every entry of class c that ends on the way; returns the union of class bits found.
 */
function walk(node: TrieNode, keys: readonly string[], i: number, best: Int32Array): number {
  let found = 0;
  let d = 1;
  const n = keys.length;
  for (;;) {
    let m = node.mask;
    if (m !== 0) {
      found |= m;
      for (let c = 0; m !== 0; c++, m >>>= 1) if (m & 1 && best[c]! < d) best[c] = d;
    }
    if (node.next === null || i + d >= n) break;
    const nx = node.next.get(keys[i + d]!);
    if (!nx) break;
    node = nx;
    d++;
  }
  return found;
}

/** The readable tags of one result element, in class order: e.g. `['country:B', 'org:I']`. */
export function gazetteerTags(mask: number): string[] {
  const tags: string[] = [];
  for (let c = 0; c < N_CLASSES; c++) {
    if (mask & (1 << (2 * c))) tags.push(`${GAZETTEER_CLASSES[c]}:B`);
    if (mask & (2 << (2 * c))) tags.push(`${GAZETTEER_CLASSES[c]}:I`);
  }
  return tags;
}
