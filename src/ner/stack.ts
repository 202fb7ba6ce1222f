/**
 * Document-level consistency by stacking (Krishnan & Manning 2006; Ratinov & Roth 2009): a first
 * tagger labels every sentence of a document window, and a second tagger sees, besides its own
 * features, what the first one said of
 *   - the token itself and its neighbours (S1_SELF, S1_PREV, S1_NEXT),
 *   - the other occurrences of the same word (its clitic-stripped key) in the window: which entity
 *     types they got and how often (DOC_TYPE), or that they were all `O` (DOC_ALLO),
 *   - entity strings the first tagger found anywhere in the window, matched again here
 *     (DOC_ENT, with B/I position): `كافو` tagged once as a person is a person everywhere.
 * The window is the sentences within ±`window` of the current one (ANERcorp has no document
 * boundaries; in `rasd analyze` a document is the article, whose sentences are the window's limit).
 */
import * as H from './hash.ts';
import * as Labels from './labels.ts';
import type { NameLexicon } from './features.ts';
import { addPhrase, markPhrases, type PhraseIndex } from './phrases.ts';

// module-local copies (imported bindings read in hot loops are slower once transpiled)
const feat1 = H.feat1;
const NER_TYPES = Labels.NER_TYPES;
const NUM_LABELS = Labels.NUM_LABELS;
const isInside = Labels.isInside;

/** Template ids of the stacked features (disjoint from features.ts, which stays below 100). */
const S1_SELF = 201;
const S1_PREV = 202;
const S1_NEXT = 203;
const DOC_TYPE = 204;
const DOC_ALLO = 205;
const DOC_NONE = 206;
const DOC_ENT = 207;
const NLEX0 = 208;
const NLEX_M1 = 209;
const NLEX_P1 = 210;
const NLEX_UNSEEN = 211;

/** Sentences within ±DEFAULT_WINDOW form the context of a sentence. */
export const DEFAULT_WINDOW = 20;

/** First-stage output over a run of sentences. */
export interface StageOne {
  /** Clitic-stripped word keys per sentence (features.ts `WordInfo.stemKey`). */
  readonly keys: readonly (readonly string[])[];
  /** First-stage label indexes per sentence. */
  readonly labels: readonly Int32Array[];
}

const typeOf = (l: number): number => (l === 0 ? -1 : (l - 1) >> 1);

function bucket(r: number): number {
  return r < 0.34 ? 0 : r < 0.67 ? 1 : 2;
}

/** Keys too short or non-alphabetic to be worth aggregating. */
function content(k: string): boolean {
  if (k.length < 2) return false;
  const c = k.charCodeAt(0);
  return (c >= 0x620 && c <= 0x64a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The stacked features of sentence `s` of `doc`.
 * @param news the self-trained news lexicon (newslex.ts): how the words were tagged in the
 *   unlabelled news (NLEX0/NLEX_M1/NLEX_P1, NLEX_UNSEEN), or null
 * @returns per token, the extra feature hashes
 */
export function stackFeatures(doc: StageOne, s: number, window = DEFAULT_WINDOW, news: NameLexicon | null = null): Uint32Array[] {
  const keys = doc.keys[s]!;
  const labels = doc.labels[s]!;
  const n = keys.length;
  const lo = Math.max(0, s - window);
  const hi = Math.min(doc.keys.length, s + window + 1);
  // occurrence counts of the sentence's keys elsewhere in the window: [O, PERS, LOC, ORG, MISC]
  const wanted = new Map<string, number[]>();
  for (let i = 0; i < n; i++) if (content(keys[i]!) && !wanted.has(keys[i]!)) wanted.set(keys[i]!, [0, 0, 0, 0, 0]);
  // entity strings found by the first stage in the window, by first key
  const ents: PhraseIndex = new Map();
  for (let t = lo; t < hi; t++) {
    const ks = doc.keys[t]!;
    const ls = doc.labels[t]!;
    for (let i = 0; i < ks.length; i++) {
      const c = wanted.get(ks[i]!);
      if (c && !(t === s)) c[typeOf(ls[i]!) + 1]!++;
      const l = ls[i]!;
      if (l !== 0 && !isInside(l)) {
        let j = i + 1;
        while (j < ks.length && isInside(ls[j]!) && typeOf(ls[j]!) === typeOf(l)) j++;
        const e = ks.slice(i, j);
        if (e.every(content)) addPhrase(ents, e, typeOf(l));
      }
    }
  }
  // occurrences of the same key within the sentence itself count too: each of a key's m positions
  // adds the labels of the m − 1 others, i.e. (m − 1) × the sum over its positions (one pass, linear)
  const own = ownCounts(keys, labels, wanted);
  for (const [k, o] of own) {
    const c = wanted.get(k)!;
    const m1 = o[5]! - 1;
    for (let t = 0; t < 5; t++) c[t]! += m1 * o[t]!;
  }
  return finish(keys, labels, wanted, ents, news);
}

/**
 * {@link stackFeatures} of every sentence of `doc` at once (what the tagger needs for a document):
 * the same features, with the window's counts kept up to date as the window slides (a sentence
 * entering adds its keys, one leaving takes them away) and each sentence's entity strings found
 * once, so that the cost grows with the document's length, not with its length times the window.
 * @returns per sentence, per token, the extra feature hashes
 */
export function stackDocument(doc: StageOne, window = DEFAULT_WINDOW, news: NameLexicon | null = null): Uint32Array[][] {
  const S = doc.keys.length;
  // the entity strings of each sentence, in order (as stackFeatures meets them)
  const phrases: { keys: string[]; type: number }[][] = new Array(S);
  for (let t = 0; t < S; t++) {
    const ks = doc.keys[t]!;
    const ls = doc.labels[t]!;
    const list: { keys: string[]; type: number }[] = [];
    for (let i = 0; i < ks.length; i++) {
      const l = ls[i]!;
      if (l !== 0 && !isInside(l)) {
        let j = i + 1;
        while (j < ks.length && isInside(ls[j]!) && typeOf(ls[j]!) === typeOf(l)) j++;
        const e = ks.slice(i, j);
        if (e.every(content)) list.push({ keys: e, type: typeOf(l) });
      }
    }
    phrases[t] = list;
  }
  // counts over the window [lo, hi) of every content key: [O, PERS, LOC, ORG, MISC]
  const counts = new Map<string, number[]>();
  const slide = (t: number, d: number): void => {
    const ks = doc.keys[t]!;
    const ls = doc.labels[t]!;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i]!;
      if (!content(k)) continue;
      let c = counts.get(k);
      if (!c) counts.set(k, (c = [0, 0, 0, 0, 0]));
      c[typeOf(ls[i]!) + 1]! += d;
    }
  };
  const out: Uint32Array[][] = new Array(S);
  let lo = 0;
  let hi = 0;
  for (let s = 0; s < S; s++) {
    const nlo = Math.max(0, s - window);
    const nhi = Math.min(S, s + window + 1);
    for (; hi < nhi; hi++) slide(hi, 1);
    for (; lo < nlo; lo++) slide(lo, -1);
    const keys = doc.keys[s]!;
    const labels = doc.labels[s]!;
    const n = keys.length;
    const wanted = new Map<string, number[]>();
    for (let i = 0; i < n; i++) if (content(keys[i]!) && !wanted.has(keys[i]!)) wanted.set(keys[i]!, counts.get(keys[i]!)!.slice());
    const ents: PhraseIndex = new Map();
    for (let t = lo; t < hi; t++) for (const p of phrases[t]!) addPhrase(ents, p.keys, p.type);
    // the window's counts include the sentence's own occurrences: each of a key's m positions sees
    // the m − 1 others, so the own sum counts m − 1 times instead of once
    const own = ownCounts(keys, labels, wanted);
    for (const [k, o] of own) {
      const c = wanted.get(k)!;
      const m2 = o[5]! - 2;
      for (let t = 0; t < 5; t++) c[t]! += m2 * o[t]!;
    }
    out[s] = finish(keys, labels, wanted, ents, news);
  }
  return out;
}

/** Per key of `wanted` in the sentence: its label types' counts there [O, PERS, LOC, ORG, MISC] and, last, its number of positions. */
function ownCounts(keys: readonly string[], labels: Int32Array, wanted: ReadonlyMap<string, number[]>): Map<string, number[]> {
  const own = new Map<string, number[]>();
  for (let i = 0; i < keys.length; i++) {
    if (!wanted.has(keys[i]!)) continue;
    let o = own.get(keys[i]!);
    if (!o) own.set(keys[i]!, (o = [0, 0, 0, 0, 0, 0]));
    o[typeOf(labels[i]!) + 1]!++;
    o[5]!++;
  }
  return own;
}

/** The features of each token of a sentence from its key counts (`wanted`) and the window's entity strings. */
function finish(keys: readonly string[], labels: Int32Array, wanted: ReadonlyMap<string, number[]>, ents: PhraseIndex, news: NameLexicon | null): Uint32Array[] {
  const n = keys.length;
  const out: Uint32Array[] = new Array(n);
  const entMark = markPhrases(keys, ents);
  // each content key's news-lexicon counts, looked up once (a token reads its own and its neighbours')
  const nc: (readonly number[] | undefined)[] = new Array(n);
  if (news) for (let i = 0; i < n; i++) nc[i] = content(keys[i]!) ? news.get(keys[i]!) : undefined;
  for (let i = 0; i < n; i++) {
    const f: number[] = [];
    f.push(feat1(S1_SELF, labels[i]!));
    f.push(feat1(S1_PREV, i > 0 ? labels[i - 1]! : NUM_LABELS));
    f.push(feat1(S1_NEXT, i + 1 < n ? labels[i + 1]! : NUM_LABELS));
    const c = wanted.get(keys[i]!);
    if (c) {
      const others = c[0]! + c[1]! + c[2]! + c[3]! + c[4]!;
      if (others === 0) f.push(feat1(DOC_NONE, 0));
      else if (c[0] === others) f.push(feat1(DOC_ALLO, 0));
      else for (let t = 0; t < NER_TYPES.length; t++) if (c[t + 1]! > 0) f.push(feat1(DOC_TYPE, t * 4 + bucket(c[t + 1]! / others)));
    }
    for (const m of entMark[i]!) f.push(feat1(DOC_ENT, m));
    if (news) {
      const c0 = nc[i];
      if (c0 === undefined) f.push(feat1(NLEX_UNSEEN, 0));
      else pushNews(f, NLEX0, c0, 0);
      if (i > 0) pushNews(f, NLEX_M1, nc[i - 1], 0.5);
      if (i + 1 < n) pushNews(f, NLEX_P1, nc[i + 1], 0.5);
    }
    out[i] = new Uint32Array(f);
  }
  return out;
}

function newsBucket(r: number): number {
  return r < 0.05 ? 0 : r < 0.2 ? 1 : r < 0.5 ? 2 : r < 0.8 ? 3 : 4;
}

/** News-lexicon features of one word: per type its share of the word's occurrences (bucketed) and how often it was seen (log bucket). */
function pushNews(f: number[], t: number, c: readonly number[] | undefined, minShare: number): void {
  if (c === undefined) return;
  const total = c[0]!;
  if (total === 0) return;
  const freq = Math.min(4, Math.floor(Math.log10(total)));
  let any = false;
  for (let k = 1; k < c.length; k++) {
    const r = c[k]! / total;
    if (c[k]! > 0 && r >= minShare) {
      f.push(feat1(t, k * 64 + newsBucket(r) * 8 + freq));
      any = true;
    }
  }
  if (!any && minShare === 0) f.push(feat1(t, freq));
}
