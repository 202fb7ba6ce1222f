/**
 * Feature extraction for the NER tagger.
 *
 * Every token is first described once by its `WordInfo` (cached by the token string): the hashes
 * of its key (`wordKey`), of its clitic-stripped forms, affixes, shape, and word-cluster prefixes.
 * A sentence then yields, for each token, a list of 32-bit feature hashes combining a template id
 * with the atoms of the token and its neighbours (±2), the gazetteer matches over the sentence and
 * the training-data name lexicon. The model (model.ts) maps feature hashes to weight rows; nothing
 * here depends on the labels.
 *
 * Templates are numbered constants; changing a number or an atom changes the features, so the model
 * records `FEATURE_VERSION` and refuses a model built with another one.
 */
import { segmentClitics } from '../tokenize/clitics.ts';
import * as H from './hash.ts';
import { wordKey } from './keys.ts';
import type { GazetteerStarts } from './gazetteer.ts';

// Module-local copies of the hash functions (see model.ts: imported bindings in hot loops are slower).
const feat1 = H.feat1;
const feat2 = H.feat2;
const hashStr = H.hashStr;
const mix = H.mix;

/** Bump when templates or atoms change: a model trained with another version is refused. */
export const FEATURE_VERSION = 2;

/** Resources the features read besides the tokens. */
export interface FeatureResources {
  /** Word key → Brown cluster bit string. */
  readonly clusters: ReadonlyMap<string, string>;
  /** Gazetteer matcher: for the keys of a sentence, a bitmask per token (see gazetteer.ts). */
  readonly gazetteer: ((keys: readonly string[], starts?: readonly (GazetteerStarts | undefined)[]) => Uint32Array) | null;
  /**
   * Where gazetteer matches of a word key may start (the same gazetteers as `gazetteer`); when given,
   * they are kept on each word (`WordInfo`) and handed to `gazetteer`, which then need not look the
   * word up again.
   */
  readonly gazetteerStarts?: ((key: string) => GazetteerStarts) | null;
  /** Training-data name lexicon (see lexicon.ts), or null. */
  readonly lexicon: NameLexicon | null;
}

/**
 * Per word key, how often it was seen in the training data inside an entity of each type and in
 * all: `counts[k]` = [total, PERS, LOC, ORG, MISC].
 */
export interface NameLexicon {
  get(key: string): readonly number[] | undefined;
}

/** Cluster prefix lengths used for the token itself and its neighbours. */
const CL_PREFIX_0 = [4, 6, 10, 20] as const;
const CL_PREFIX_CTX = [4, 10, 20] as const;

/** What is known of one word independently of its context. */
export interface WordInfo {
  readonly key: string;
  readonly kh: number;
  /** Word without conjunction/preposition proclitics (ال kept; لل → ال). */
  readonly core: number;
  /** Word without any clitic. */
  readonly stem: number;
  readonly stemKey: string;
  readonly procl: number;
  readonly shape: number;
  /**
   * The features that depend on this word alone, by role (`ROLE_*`): as the token itself (bias,
   * key, core, stem, proclitics, affixes, shape, length, clusters), and as the token's left or right
   * neighbour at distance 1 or 2 (its key, stem, clusters seen from there). The tagger sums their
   * weights once per word, role and model (`vecs`), so a token costs few hash lookups. (Views of
   * one buffer, to keep the tagger's word cache small.)
   */
  readonly roles: readonly Uint32Array[];
  /**
   * Per model slot, the summed weights of every role, `ROLES × labels` (filled by the tagger on
   * first use).
   */
  readonly vecs: (Float32Array | undefined)[];
  /**
   * Lookups in the resources kept for the next sentence with this word (set by `infoFeatures`):
   * the name lexicon's counts, valid for the lexicon `lexOf`, and the gazetteer starts, valid for
   * the `startsOf` function that gave them.
   */
  lexOf: NameLexicon | null;
  lexCounts: readonly number[] | undefined;
  startsOf: ((key: string) => GazetteerStarts) | null;
  starts: GazetteerStarts | undefined;
}

const enum T {
  BIAS = 1,
  W0,
  WM1,
  WP1,
  WM2,
  WP2,
  BI_M1_0,
  BI_0_P1,
  CORE0,
  STEM0,
  STEM_M1,
  STEM_P1,
  PROCL0,
  PRE,
  SUF,
  SPRE,
  SSUF,
  SHAPE0,
  SHAPE3,
  LEN0,
  CL0,
  CL_M1,
  CL_P1,
  CL_STEM0,
  NOCL0,
  GAZ0,
  GAZ_M1,
  GAZ_P1,
  LEX0,
  LEX_M1,
  LEX_P1,
  LEX_UNSEEN0,
  FIRST,
  LAST,
  PROCL_M1_W0,
  CL_M2,
  CL_P2,
  EMB0,
  EMB_M1,
  EMB_P1,
  NOEMB0,
}

const BOS = hashStr('<s>');
const EOS = hashStr('</s>');

/** Roles of `WordInfo.roles`: the token itself, its left/right neighbour at distance 1 and 2. */
export const ROLE_SELF = 0;
export const ROLE_LEFT1 = 1;
export const ROLE_RIGHT1 = 2;
export const ROLE_LEFT2 = 3;
export const ROLE_RIGHT2 = 4;
export const ROLES = 5;

/**
 * The features standing for a missing neighbour, by role and distance from the sentence edge:
 * `MISSING[role][0]` when the token is at the edge, `[1]` when it is one token away (distance 2
 * only; at distance 1 both are the same).
 */
export const MISSING: readonly (readonly Uint32Array[])[] = [
  [],
  [Uint32Array.of(feat1(T.WM1, BOS), feat1(T.STEM_M1, BOS)), Uint32Array.of(feat1(T.WM1, BOS), feat1(T.STEM_M1, BOS))],
  [Uint32Array.of(feat1(T.WP1, EOS), feat1(T.STEM_P1, EOS)), Uint32Array.of(feat1(T.WP1, EOS), feat1(T.STEM_P1, EOS))],
  [Uint32Array.of(feat1(T.WM2, EOS ^ 1)), Uint32Array.of(feat1(T.WM2, BOS))],
  [Uint32Array.of(feat1(T.WP2, BOS ^ 1)), Uint32Array.of(feat1(T.WP2, EOS))],
];

function shapeOf(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k: string;
    if (c >= 0x600 && c <= 0x6ff) k = c >= 0x660 && c <= 0x669 ? 'd' : 'a';
    else if (c >= 0x30 && c <= 0x39) k = 'd';
    else if (c >= 0x41 && c <= 0x5a) k = 'X';
    else if (c >= 0x61 && c <= 0x7a) k = 'x';
    else if (c >= 0x750 && c <= 0x77f) k = 'a';
    else if (c >= 0xfb50 && c <= 0xfeff) k = 'a';
    else if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || c === 0x60c || c === 0x61b || c === 0x61f || c === 0xab || c === 0xbb) k = 'p';
    else k = 'o';
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function lenBucket(n: number): number {
  if (n <= 4) return n;
  if (n <= 6) return 5;
  if (n <= 9) return 6;
  return 7;
}

function clusterHashes(bits: string | undefined, prefixes: readonly number[], salt: number): Uint32Array {
  const out = new Uint32Array(prefixes.length);
  if (bits === undefined) return out;
  for (let i = 0; i < prefixes.length; i++) out[i] = mix(salt + i, hashStr(bits.slice(0, prefixes[i])));
  return out;
}

/** Word key → embedding cluster ids at the granularities of `data/ner/embclusters.tsv` (64, 256, 1024). */
export type EmbClusters = ReadonlyMap<string, ArrayLike<number>>;

/** Describes a word (no context). Exported for tests. */
export function describeWord(word: string, clusters: ReadonlyMap<string, string>, emb: EmbClusters | null = null): WordInfo {
  const key = wordKey(word);
  const segs = segmentClitics(word);
  let stemKey = key;
  let coreKey = key;
  let procl = '';
  if (segs) {
    let stemStart = 0;
    let stemEnd = word.length;
    let hasAl = false;
    for (const s of segs) {
      if (s.role === 'proclitic') {
        procl += s.form + '+';
        if (s.form === 'ال') hasAl = true;
      } else if (s.role === 'stem') {
        stemStart = s.start;
        stemEnd = s.end;
      }
    }
    stemKey = wordKey(word.slice(stemStart, stemEnd)) || key;
    coreKey = hasAl ? 'ال' + stemKey : stemKey;
  }
  const affixes = new Uint32Array(13);
  let a = 0;
  for (let n = 1; n <= 3; n++) affixes[a++] = feat1(T.PRE * 16 + n, hashStr(key.slice(0, n)));
  for (let n = 1; n <= 4; n++) affixes[a++] = feat1(T.SUF * 16 + n, hashStr(key.slice(-n)));
  for (let n = 1; n <= 3; n++) affixes[a++] = feat1(T.SPRE * 16 + n, hashStr(stemKey.slice(0, n)));
  for (let n = 1; n <= 3; n++) affixes[a++] = feat1(T.SSUF * 16 + n, hashStr(stemKey.slice(-n)));
  const bits = clusters.get(key) ?? clusters.get(coreKey) ?? clusters.get(stemKey);
  const w = {
    key,
    kh: hashStr(key),
    core: hashStr(coreKey),
    stem: hashStr(stemKey),
    stemKey,
    procl: hashStr(procl),
    shape: hashStr(shapeOf(word)),
  };
  const cl0 = clusterHashes(bits, CL_PREFIX_0, 1000);
  const clCtx = clusterHashes(bits, CL_PREFIX_CTX, 2000);
  const clStem = clusterHashes(clusters.get(stemKey), CL_PREFIX_CTX, 3000);
  const f: number[] = [feat1(T.BIAS, 0), feat1(T.W0, w.kh), feat1(T.CORE0, w.core), feat1(T.STEM0, w.stem), feat1(T.PROCL0, w.procl), ...affixes, feat1(T.SHAPE0, w.shape), feat1(T.LEN0, lenBucket(key.length))];
  if (cl0[0] === 0) f.push(feat1(T.NOCL0, 0));
  else for (let k = 0; k < cl0.length; k++) f.push(feat1(T.CL0, cl0[k]!));
  if (clStem[0] !== 0) for (let k = 0; k < clStem.length; k++) f.push(feat1(T.CL_STEM0, clStem[k]!));
  const left1 = [feat1(T.WM1, w.kh), feat1(T.STEM_M1, w.stem)];
  const right1 = [feat1(T.WP1, w.kh), feat1(T.STEM_P1, w.stem)];
  if (emb) {
    const e = emb.get(key) ?? emb.get(coreKey) ?? emb.get(stemKey);
    if (e === undefined) f.push(feat1(T.NOEMB0, 0));
    else {
      for (let g = 0; g < e.length; g++) f.push(feat2(T.EMB0, g, e[g]!));
      for (let g = 1; g < e.length; g++) {
        left1.push(feat2(T.EMB_M1, g, e[g]!));
        right1.push(feat2(T.EMB_P1, g, e[g]!));
      }
    }
  }
  if (clCtx[0] !== 0) {
    for (let k = 0; k < clCtx.length; k++) left1.push(feat1(T.CL_M1, clCtx[k]!));
    for (let k = 0; k < clCtx.length; k++) right1.push(feat1(T.CL_P1, clCtx[k]!));
  }
  const left2 = [feat1(T.WM2, w.kh)];
  const right2 = [feat1(T.WP2, w.kh)];
  if (clCtx[1] !== 0) {
    left2.push(feat1(T.CL_M2, clCtx[1]!));
    right2.push(feat1(T.CL_P2, clCtx[1]!));
  }
  const parts = [f, left1, right1, left2, right2];
  // one buffer, filled part by part (`Uint32Array.from(parts.flat())` is many times slower)
  const buf = new Uint32Array(f.length + left1.length + right1.length + left2.length + right2.length);
  const roles: Uint32Array[] = [];
  let at = 0;
  for (const p of parts) {
    const from = at;
    for (let k = 0; k < p.length; k++) buf[at++] = p[k]!;
    roles.push(buf.subarray(from, at));
  }
  return { key: w.key, kh: w.kh, core: w.core, stem: w.stem, stemKey: w.stemKey, procl: w.procl, shape: w.shape, roles, vecs: [], lexOf: null, lexCounts: undefined, startsOf: null, starts: undefined };
}

/** Caches `WordInfo` by token string (bounded: cleared when it grows past `limit`). */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(
    private readonly clusters: ReadonlyMap<string, string>,
    private readonly limit = 200_000,
    private readonly emb: EmbClusters | null = null,
  ) {}
  get(word: string): WordInfo {
    let w = this.map.get(word);
    if (w === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      w = describeWord(word, this.clusters, this.emb);
      this.map.set(word, w);
    }
    return w;
  }
}

/** Features of one sentence: token i's hashes are `feats[offsets[i] .. offsets[i+1])`. */
export interface SentenceFeatures {
  readonly offsets: Int32Array;
  readonly feats: Uint32Array;
  /** Set when the word-only features were left out of `feats`: the words, whose `intrinsic` features complete them. */
  readonly infos?: readonly WordInfo[];
}

function lexBucket(n: number, total: number): number {
  const r = n / total;
  return r < 0.2 ? 0 : r < 0.5 ? 1 : r < 0.8 ? 2 : 3;
}

/** Pushes the lexicon features of `info` under template `t`; returns the new write position. */
function pushLex(out: Uint32Array, o: number, t: number, counts: readonly number[] | undefined): number {
  if (counts === undefined) return o;
  const total = counts[0]!;
  for (let k = 1; k < counts.length; k++) {
    const n = counts[k]!;
    if (n > 0) out[o++] = feat1(t, k * 8 + lexBucket(n, total));
  }
  return o;
}

/** Upper bound on features per token (for buffer sizing). */
const MAX_PER_TOKEN = 256;

/**
 * The features of one sentence.
 * @param words the tokens as written
 * @param res clusters, gazetteers and name lexicon
 * @param cache a word cache built on the same clusters
 * @param extra more feature hashes per token (the stacked document features of stack.ts; at most 48 a token)
 * @param withIntrinsic include the word-only features (`WordInfo.intrinsic`); when false they are left
 *   out and `infos` is set, for a caller that adds their summed weights itself (the tagger)
 */
export function sentenceFeatures(
  words: readonly string[],
  res: FeatureResources,
  cache: WordCache,
  extra?: readonly Uint32Array[],
  withIntrinsic = true,
): SentenceFeatures {
  const n = words.length;
  const infos: WordInfo[] = new Array<WordInfo>(n);
  for (let i = 0; i < n; i++) infos[i] = cache.get(words[i]!);
  return infoFeatures(infos, res, extra, withIntrinsic);
}

/** Scratch buffer of `infoFeatures` (grown as needed; the result is a copy of its used part). */
let scratch = new Uint32Array(64 * MAX_PER_TOKEN);

/**
 * {@link sentenceFeatures} of words already described (the tagger looks its words up once).
 * @param infos the `WordInfo` of each token, from a word cache built on `res`'s clusters
 */
export function infoFeatures(
  infos: readonly WordInfo[],
  res: FeatureResources,
  extra?: readonly Uint32Array[],
  withIntrinsic = true,
): SentenceFeatures {
  const n = infos.length;
  const keys: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) keys[i] = infos[i]!.key;
  let gaz: Uint32Array | null = null;
  if (res.gazetteer && n > 0) {
    const startsOf = res.gazetteerStarts;
    if (startsOf) {
      const starts = new Array<GazetteerStarts | undefined>(n);
      for (let i = 0; i < n; i++) {
        const w = infos[i]!;
        if (w.startsOf !== startsOf) (w.starts = startsOf(w.key)), (w.startsOf = startsOf);
        starts[i] = w.starts;
      }
      gaz = res.gazetteer(keys, starts);
    } else gaz = res.gazetteer(keys);
  }
  const lex = res.lexicon;
  const lexCounts: (readonly number[] | undefined)[] = new Array(n);
  if (lex) {
    for (let i = 0; i < n; i++) {
      const w = infos[i]!;
      if (w.lexOf !== lex) (w.lexCounts = lex.get(w.key) ?? lex.get(w.stemKey)), (w.lexOf = lex);
      lexCounts[i] = w.lexCounts;
    }
  }
  const offsets = new Int32Array(n + 1);
  if (scratch.length < n * MAX_PER_TOKEN) scratch = new Uint32Array(n * MAX_PER_TOKEN);
  const buf = scratch;
  let o = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = o;
    const w = infos[i]!;
    const m1 = i > 0 ? infos[i - 1]! : null;
    const p1 = i + 1 < n ? infos[i + 1]! : null;
    const m2 = i > 1 ? infos[i - 2]! : null;
    const p2 = i + 2 < n ? infos[i + 2]! : null;
    const km1 = m1 ? m1.kh : BOS;
    const kp1 = p1 ? p1.kh : EOS;
    if (withIntrinsic) {
      // the word-only features by role (see WordInfo.roles), or what stands for a missing neighbour
      const put = (x: Uint32Array): void => {
        buf.set(x, o);
        o += x.length;
      };
      put(w.roles[ROLE_SELF]!);
      put(m1 ? m1.roles[ROLE_LEFT1]! : MISSING[ROLE_LEFT1]![0]!);
      put(p1 ? p1.roles[ROLE_RIGHT1]! : MISSING[ROLE_RIGHT1]![0]!);
      put(m2 ? m2.roles[ROLE_LEFT2]! : MISSING[ROLE_LEFT2]![i === 1 ? 1 : 0]!);
      put(p2 ? p2.roles[ROLE_RIGHT2]! : MISSING[ROLE_RIGHT2]![i === n - 2 ? 1 : 0]!);
    }
    buf[o++] = feat2(T.BI_M1_0, km1, w.kh);
    buf[o++] = feat2(T.BI_0_P1, w.kh, kp1);
    buf[o++] = feat2(T.PROCL_M1_W0, m1 ? m1.procl : BOS, w.stem);
    buf[o++] = feat2(T.SHAPE3, mix(m1 ? m1.shape : BOS, w.shape), p1 ? p1.shape : EOS);
    if (gaz) {
      o = pushBits(buf, o, T.GAZ0, gaz[i]!);
      if (i > 0) o = pushBits(buf, o, T.GAZ_M1, gaz[i - 1]!);
      if (i + 1 < n) o = pushBits(buf, o, T.GAZ_P1, gaz[i + 1]!);
    }
    if (lex) {
      const c = lexCounts[i];
      if (c === undefined) buf[o++] = feat1(T.LEX_UNSEEN0, 0);
      else o = pushLex(buf, o, T.LEX0, c);
      if (i > 0) o = pushLex(buf, o, T.LEX_M1, lexCounts[i - 1]);
      if (i + 1 < n) o = pushLex(buf, o, T.LEX_P1, lexCounts[i + 1]);
    }
    if (i === 0) buf[o++] = feat1(T.FIRST, 0);
    if (i === n - 1) buf[o++] = feat1(T.LAST, 0);
    if (extra) {
      const x = extra[i]!;
      for (let k = 0; k < x.length && k < 48; k++) buf[o++] = x[k]!;
    }
  }
  offsets[n] = o;
  return withIntrinsic ? { offsets, feats: buf.slice(0, o) } : { offsets, feats: buf.slice(0, o), infos: infos as WordInfo[] };
}

function pushBits(out: Uint32Array, o: number, t: number, bits: number): number {
  while (bits !== 0) {
    const b = 31 - Math.clz32(bits);
    out[o++] = feat1(t, b);
    bits &= ~(1 << b);
  }
  return o;
}

/**
 * The features of a sentence with more features appended to each token (the stacked document
 * features of the second stage).
 * @param extra per token of the whole sentence; `from` is the index of `sf`'s first token in it
 */
export function withExtra(sf: SentenceFeatures, extra: readonly Uint32Array[], from = 0): SentenceFeatures {
  const n = sf.offsets.length - 1;
  let total = sf.feats.length;
  for (let i = 0; i < n; i++) total += extra[from + i]!.length;
  const feats = new Uint32Array(total);
  const offsets = new Int32Array(n + 1);
  let o = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = o;
    const a = sf.feats.subarray(sf.offsets[i]!, sf.offsets[i + 1]!);
    feats.set(a, o);
    o += a.length;
    const x = extra[from + i]!;
    feats.set(x, o);
    o += x.length;
  }
  offsets[n] = o;
  return sf.infos ? { offsets, feats, infos: sf.infos } : { offsets, feats };
}
