/**
 * The NER tagger: a trained linear-chain model over the features of features.ts, decoded with
 * BIO-constrained Viterbi. `loadNerTagger()` reads the committed model (`data/ner/model.bin`) with
 * its resources (word clusters, gazetteers) once; `tag()` labels one pre-tokenised sentence with
 * ANERcorp's labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../data.ts';
import { normalizeView } from '../lang/ar/normalize.ts';
import { RasdError } from '../errors.ts';
import { FEATURE_VERSION, WordCache, infoFeatures, withExtra, type FeatureResources, type NameLexicon, type SentenceFeatures, type WordInfo } from './features.ts';
import { LABELS, NUM_LABELS, isInside } from './labels.ts';
import { lexiconView } from './lexicon.ts';
import { LinearChainModel, readModelFile, viterbi } from './model.ts';
import { DEFAULT_WINDOW, stackDocument, stackFeatures } from './stack.ts';
import { loadNerResources, type NerResources } from './resources.ts';

/** Proclitics a name may carry, longest first (compared in the match view: no diacritics). */
const NAME_PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

export const DEFAULT_MODEL_PATH = join(PROJECT_ROOT, 'data', 'ner', 'model.bin');

/** Longest sentence decoded in one piece; longer ones are decoded in overlapping pieces of this many tokens. */
const MAX_WINDOW = 400;
/** Tokens at the inner edges of overlapping pieces whose labels are taken from the neighbouring piece. */
const OVERLAP = 50;

const RETRAIN = 'retrain it with `npm run train:ner` (needs ../shared/data/anercorp/train.txt)';

export class NerTagger {
  /** The first stage, and the stacked second stage when the model file has one. */
  readonly model: LinearChainModel;
  readonly stage2: LinearChainModel | null;
  private readonly res: FeatureResources;
  /** The second stage's news lexicon, or null. */
  private readonly news: NameLexicon | null;
  private readonly cache: WordCache;
  private emit = new Float64Array(MAX_WINDOW * NUM_LABELS);
  private out = new Int32Array(MAX_WINDOW);

  private readonly resources: NerResources;

  constructor(stages: readonly LinearChainModel[], resources: NerResources) {
    this.resources = resources;
    this.model = stages[0]!;
    this.stage2 = stages[1] ?? null;
    const lex = new Map(Object.entries(this.model.header.lexicon));
    this.res = { clusters: resources.clusters, gazetteer: resources.gazetteer, gazetteerStarts: resources.gazetteerStarts, lexicon: lexiconView(lex) };
    this.cache = new WordCache(resources.clusters, 50_000, resources.emb);
    const nl = this.stage2?.header.newsLexicon;
    this.news = nl ? lexiconView(new Map(Object.entries(nl))) : null;
  }

  /**
   * Where a name starts inside the first token of an entity: a proclitic (و ف ب ك ل or a pair such
   * as وب, ول) is left outside when what remains is a name in its own right — a single-word
   * gazetteer name, or a word the news lexicon shows mostly inside entities — of three letters or
   * more (two after و/ف), and more frequent in the news than the whole token: simply more after
   * و/ف or before ال, three times after ب/ك/ل, ten times when it would start with a bare ا
   * (`لإسرائيل` → `إسرائيل`, `وتل أبيب` → `تل أبيب`, `بالضفة` → `الضفة`, but `بلخير`, `بنكيران`,
   * `بابل`, `فاس`, `كابل` stay whole). `للمغرب` is ل + المغرب with the alif of ال absorbed: the span starts at
   * the second ل and `restoreAl` says that the name reads `المغرب`.
   * @returns the number of code units of `word` to leave out, and whether ال was absorbed
   */
  nameStart(word: string): { skip: number; restoreAl: boolean } {
    const view = normalizeView(word);
    const k = view.text;
    // the letter view keeps أ/إ/آ apart from a bare ا: after a real proclitic a word rarely starts
    // with a bare ا other than that of ال (بابل, فاس, كابل, لاس فيغاس are names, not ب/ف/ك/ل + …)
    const letters = normalizeView(word, { foldLetters: false }).text;
    const count = (x: string): number => this.resources.counts.get(x) ?? 0;
    const full = Math.max(1, count(k));
    for (const p of NAME_PROCLITICS) {
      if (!k.startsWith(p)) continue;
      const rest = k.slice(p.length);
      const bareAlef = letters.length === k.length && letters[p.length] === 'ا' && letters[p.length + 1] !== 'ل';
      const candidates: [string, boolean][] = [[rest, false]];
      if (p.endsWith('ل') && rest.startsWith('ل')) candidates.push(['ا' + rest, true]);
      for (const [rem, restore] of candidates) {
        // two letters are enough after the conjunctions و/ف (وتل أبيب), three after the others
        if (rem.length < (p === 'و' || p === 'ف' ? 2 : 3) || !this.nameLike(rem)) continue;
        // the remainder must be the commoner word: more frequent than the whole after و/ف or when it
        // starts with ال (بالضفة، وطرطوس، للأمم); 10 times as frequent after a bare ا (never for a
        // three-letter remainder); 3 times otherwise (ب/ك/ل + a consonant: بلخير, بنكيران stay)
        const easy = restore || rem.startsWith('ال') || p[0] === 'و' || p[0] === 'ف';
        if (bareAlef && !restore && (rem.length < 4 || count(rem) < 10 * full)) continue;
        if (easy ? count(rem) <= count(k) : count(rem) < 3 * full) continue;
        return { skip: view.toSource[p.length]!, restoreAl: restore };
      }
    }
    return { skip: 0, restoreAl: false };
  }

  private nameLike(key: string): boolean {
    if (this.resources.singleNames.has(key)) return true;
    const c = this.news?.get(this.cache.get(key).stemKey);
    if (!c || c[0]! < 3) return false;
    return (c[1]! + c[2]! + c[3]! + c[4]!) / c[0]! >= 0.5;
  }

  /** The cached `WordInfo` of each word. */
  private describe(words: readonly string[]): WordInfo[] {
    const n = words.length;
    const out = new Array<WordInfo>(n);
    for (let i = 0; i < n; i++) out[i] = this.cache.get(words[i]!);
    return out;
  }

  /** The document window of the second stage (± sentences). */
  get window(): number {
    return this.stage2?.header.window ?? DEFAULT_WINDOW;
  }

  /**
   * The features of a sentence: one piece, or for a sentence longer than MAX_WINDOW tokens,
   * overlapping pieces of MAX_WINDOW tokens every MAX_WINDOW − 2·OVERLAP tokens (see `decode`).
   */
  private features(infos: readonly WordInfo[]): { pieces: SentenceFeatures[]; n: number } {
    const n = infos.length;
    if (n <= MAX_WINDOW) return { pieces: [infoFeatures(infos, this.res, undefined, false)], n };
    const pieces: SentenceFeatures[] = [];
    for (let start = 0; ; start += MAX_WINDOW - 2 * OVERLAP) {
      pieces.push(infoFeatures(infos.slice(start, start + MAX_WINDOW), this.res, undefined, false));
      if (start + MAX_WINDOW >= n) break;
    }
    return { pieces, n };
  }

  /**
   * Decodes a sentence. Overlapping pieces each keep their middle (all but OVERLAP tokens at an
   * inner edge), so that no token is labelled without context on both sides; where two pieces
   * meet, an `I-X` that does not continue an `X` becomes `B-X`.
   */
  private decode(model: LinearChainModel, f: { pieces: readonly SentenceFeatures[]; n: number }, extra?: readonly Uint32Array[]): Int32Array {
    const result = new Int32Array(f.n);
    const step = MAX_WINDOW - 2 * OVERLAP;
    f.pieces.forEach((p, k) => {
      const start = k * step;
      const m = p.offsets.length - 1;
      const sf = extra ? withExtra(p, extra, start) : p;
      model.emissions(sf, m, this.emit, model === this.model ? 0 : 1);
      viterbi(this.emit, m, model.transitions, this.out);
      const from = k === 0 ? 0 : OVERLAP;
      const to = k === f.pieces.length - 1 ? m : m - OVERLAP;
      result.set(this.out.subarray(from, to), start + from);
    });
    if (f.pieces.length > 1) {
      for (let i = 1; i < f.n; i++) {
        const l = result[i]!;
        if (isInside(l) && result[i - 1] !== l && result[i - 1] !== l - 1) result[i] = l - 1;
      }
      if (isInside(result[0]!)) result[0] = result[0]! - 1;
    }
    return result;
  }

  /**
   * Labels the sentences of one document: the first stage tags each sentence, then the second stage
   * (when the model has one) re-tags each with what the first said of the sentence and of the other
   * sentences within the window.
   * @param sentences the tokens of each sentence as written (any script; empty sentences allowed)
   * @returns label indexes (see labels.ts) per sentence
   */
  tagDocument(sentences: readonly (readonly string[])[]): Int32Array[] {
    // each word is looked up in the cache once, for both stages
    const infos = sentences.map((s) => this.describe(s));
    const feats = infos.map((s) => this.features(s));
    const first = feats.map((f) => this.decode(this.model, f));
    if (!this.stage2) return first;
    const keys = infos.map((s) => s.map((w) => w.stemKey));
    const doc = { keys, labels: first };
    const extra = stackDocument(doc, this.window, this.news);
    return feats.map((f, i) => this.decode(this.stage2!, f, extra[i]));
  }

  /**
   * Tags a stream of sentences with bounded memory: `push` returns the labels of the sentences that
   * have their full window by now (in order), `end` those of the rest. The labels are exactly those
   * `tagDocument` gives for the whole stream.
   */
  stream(): { push(words: readonly string[]): Int32Array[]; end(): Int32Array[] } {
    const feats: { pieces: SentenceFeatures[]; n: number }[] = [];
    const keys: string[][] = [];
    const labels: Int32Array[] = [];
    let base = 0; // absolute index of words[0]
    let next = 0; // absolute index of the next sentence to emit
    const w = this.window;
    const emit = (upTo: number): Int32Array[] => {
      const out: Int32Array[] = [];
      while (next < upTo) {
        const local = next - base;
        out.push(this.stage2 ? this.decode(this.stage2, feats[local]!, stackFeatures({ keys, labels }, local, w, this.news)) : labels[local]!);
        next++;
      }
      const drop = next - base - w;
      if (drop > 0) {
        feats.splice(0, drop);
        keys.splice(0, drop);
        labels.splice(0, drop);
        base += drop;
      }
      return out;
    };
    return {
      push: (ws) => {
        const infos = this.describe(ws);
        const f = this.features(infos);
        feats.push(f);
        keys.push(infos.map((x) => x.stemKey));
        labels.push(this.decode(this.model, f));
        return emit(this.stage2 ? Math.max(next, base + feats.length - w) : base + feats.length);
      },
      end: () => emit(base + feats.length),
    };
  }

  /** Labels one sentence on its own (a document of one sentence). */
  tagIndices(words: readonly string[]): Int32Array {
    return this.tagDocument([words])[0]!;
  }

  /** Labels one sentence with label strings (`O`, `B-PERS`, `I-ORG`, …). */
  tag(words: readonly string[]): string[] {
    return Array.from(this.tagIndices(words), (l) => LABELS[l]!);
  }
}

/**
 * Loads a model file and checks it against this code's features and the resource files.
 * @throws RasdError E_MODEL naming the file and how to retrain when it is missing, corrupt or stale
 */
export function loadNerTagger(modelPath: string = DEFAULT_MODEL_PATH, resources?: NerResources): NerTagger {
  let bytes: Buffer;
  try {
    bytes = readFileSync(modelPath);
  } catch (err) {
    throw new RasdError('E_MODEL', `NER model ${modelPath} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); ${RETRAIN}`, { item: modelPath, cause: err });
  }
  let stages: LinearChainModel[];
  try {
    stages = readModelFile(bytes);
  } catch (err) {
    throw new RasdError('E_MODEL', `NER model ${modelPath} is corrupt: ${(err as Error).message}; ${RETRAIN}`, { item: modelPath, cause: err });
  }
  const model = stages[0]!;
  for (const m of stages) {
    if (m.header.featureVersion !== FEATURE_VERSION) {
      throw new RasdError('E_MODEL', `NER model ${modelPath} was built for feature version ${m.header.featureVersion}, this code has ${FEATURE_VERSION}; ${RETRAIN}`, { item: modelPath });
    }
  }
  const used = model.header.resources;
  const res = resources ?? loadNerResources({ clusters: 'clusters' in used, gazetteers: 'gazetteers' in used, embeddings: 'embclusters' in used });
  for (const name of new Set([...Object.keys(used), ...Object.keys(res.hashes)])) {
    if (res.hashes[name] !== used[name]) {
      const why = used[name] === undefined ? `without ${name}` : res.hashes[name] === undefined ? `with ${name} that are missing now` : `with another ${name} (the file changed since)`;
      throw new RasdError('E_MODEL', `NER model ${modelPath} was trained ${why}; ${RETRAIN}`, { item: modelPath });
    }
  }
  return new NerTagger(stages, res);
}

let shared: NerTagger | null = null;

/** The default tagger, loaded on first use and shared. */
export function defaultNerTagger(): NerTagger {
  shared ??= loadNerTagger();
  return shared;
}
