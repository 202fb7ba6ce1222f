/**
 * The training procedure behind `npm run train:ner` as library functions: featurise labelled
 * sentences (with the cross-validated name lexicon), train one stage (CRF or perceptron), predict
 * with it, and the two-stage stacked model whose second stage is trained on first-stage labels
 * obtained by cross-validation (so that it learns how far to trust them on unseen text).
 */
import { trainCrf } from './crf.ts';
import { sentenceFeatures, WordCache, type FeatureResources, type NameLexicon, type SentenceFeatures } from './features.ts';
import { labelIndex, NUM_LABELS, repairBio } from './labels.ts';
import { buildLexicon, foldLexicons, lexiconView, type LabelledSentence, type LexiconCounts } from './lexicon.ts';
import { LinearChainModel, viterbi, type ModelWeights } from './model.ts';
import type { NerResources } from './resources.ts';
import { stackFeatures, type StageOne } from './stack.ts';
import { trainPerceptron, type TrainingSentence } from './train.ts';

export interface TrainConfig {
  readonly algo: 'crf' | 'perceptron';
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number;
  /** CRF: L2 strength per token and initial learning rate; averaging from this epoch. */
  readonly c: number;
  readonly eta: number;
  readonly averageFrom?: number;
  /** Folds of the cross-validated name lexicon (0 = no lexicon). */
  readonly lexiconFolds: number;
  /** Folds of the cross-validated first stage for stacking. */
  readonly stackFolds: number;
  readonly window: number;
  readonly onEpoch?: (stage: string, epoch: number, w: ModelWeights, stat: number) => void;
  readonly log?: (line: string) => void;
}

export interface StageModel {
  readonly weights: ModelWeights;
  readonly lexicon: LexiconCounts | null;
}

/** Features of labelled sentences with a cross-validated lexicon (each fold sees the others' counts). */
export function featurizeTraining(
  sents: readonly LabelledSentence[],
  res: NerResources,
  cache: WordCache,
  cfg: TrainConfig,
  extra?: readonly (readonly Uint32Array[])[],
): TrainingSentence[] {
  const base: FeatureResources = { clusters: res.clusters, gazetteer: res.gazetteer, lexicon: null };
  const folds = cfg.lexiconFolds > 1 ? foldLexicons(sents, cfg.lexiconFolds) : null;
  const foldRes = folds ? folds.lexicons.map((l) => ({ ...base, lexicon: lexiconView(l) })) : [];
  return sents.map((s, i) => ({
    feats: sentenceFeatures(s.tokens, folds ? foldRes[folds.foldOf[i]!]! : base, cache, extra?.[i]),
    gold: Int32Array.from(repairBio(s.labels), labelIndex),
  }));
}

/** Trains one stage on featurised sentences. */
export function trainStage(stage: string, data: readonly TrainingSentence[], cfg: TrainConfig): ModelWeights {
  const onEpoch = cfg.onEpoch ? (e: number, w: ModelWeights, s: number) => cfg.onEpoch!(stage, e, w, s) : undefined;
  return cfg.algo === 'crf'
    ? trainCrf(data, { epochs: cfg.epochs, seed: cfg.seed, minCount: cfg.minCount, c: cfg.c, eta0: cfg.eta, averageFrom: cfg.averageFrom, onEpoch })
    : trainPerceptron(data, { epochs: cfg.epochs, seed: cfg.seed, minCount: cfg.minCount, onEpoch });
}

/** A model over raw weights (for decoding during training; no header worth keeping). */
export function modelOf(w: ModelWeights): LinearChainModel {
  return new LinearChainModel({ format: 1, featureVersion: 0, labels: [], rows: w.keys.length, scale: 1, resources: {}, lexicon: {}, training: {} }, w);
}

/** Decodes featurised sentences with a model. */
export function decodeAll(model: LinearChainModel, feats: readonly SentenceFeatures[]): Int32Array[] {
  const maxN = feats.reduce((m, f) => Math.max(m, f.offsets.length - 1), 1);
  const emit = new Float64Array(maxN * NUM_LABELS);
  const out: Int32Array[] = [];
  for (const sf of feats) {
    const n = sf.offsets.length - 1;
    const pred = new Int32Array(n);
    model.emissions(sf, n, emit);
    viterbi(emit, n, model.transitions, pred);
    out.push(pred);
  }
  return out;
}

/** Features of unlabelled sentences with a fixed lexicon. */
export function featurizePlain(
  sents: readonly (readonly string[])[],
  res: NerResources,
  lexicon: LexiconCounts | null,
  cache: WordCache,
  extra?: readonly (readonly Uint32Array[])[],
): SentenceFeatures[] {
  const fr: FeatureResources = { clusters: res.clusters, gazetteer: res.gazetteer, lexicon: lexicon ? lexiconView(lexicon) : null };
  return sents.map((s, i) => sentenceFeatures(s, fr, cache, extra?.[i]));
}

/** Trains a single stage on all of `sents` and returns it with its lexicon. */
export function trainSingle(stage: string, sents: readonly LabelledSentence[], res: NerResources, cache: WordCache, cfg: TrainConfig): StageModel {
  const data = featurizeTraining(sents, res, cache, cfg);
  return { weights: trainStage(stage, data, cfg), lexicon: cfg.lexiconFolds > 1 ? buildLexicon(sents) : null };
}

/** The stem keys of sentences (what stacking aggregates on). */
export function stemKeys(sents: readonly (readonly string[])[], cache: WordCache): string[][] {
  return sents.map((s) => s.map((w) => cache.get(w).stemKey));
}

/** Stacked features for every sentence of a run, from first-stage labels. */
export function allStackFeatures(
  keys: readonly (readonly string[])[],
  labels: readonly Int32Array[],
  window: number,
  news: (s: number) => NameLexicon | null = () => null,
): Uint32Array[][] {
  const doc: StageOne = { keys, labels };
  return keys.map((_, s) => stackFeatures(doc, s, window, news(s)));
}

/**
 * First-stage labels for the training sentences by cross-validation: contiguous folds, each tagged
 * by a first stage trained on the others.
 */
export function crossValidatedStageOne(
  sents: readonly LabelledSentence[],
  res: NerResources,
  cache: WordCache,
  cfg: TrainConfig,
): { labels: Int32Array[]; foldOf: Int32Array; models: StageModel[] } {
  const k = cfg.stackFolds;
  const total = sents.reduce((a, s) => a + s.tokens.length, 0);
  const foldOf: number[] = [];
  let seen = 0;
  for (const s of sents) {
    foldOf.push(Math.min(k - 1, Math.floor((seen * k) / Math.max(1, total))));
    seen += s.tokens.length;
  }
  const out: Int32Array[] = new Array(sents.length);
  const models: StageModel[] = [];
  for (let f = 0; f < k; f++) {
    const trainPart = sents.filter((_, i) => foldOf[i] !== f);
    const heldIdx = sents.map((_, i) => i).filter((i) => foldOf[i] === f);
    const m = trainSingle(`fold ${f + 1}/${k}`, trainPart, res, cache, { ...cfg, onEpoch: undefined });
    models.push(m);
    const feats = featurizePlain(heldIdx.map((i) => sents[i]!.tokens), res, m.lexicon, cache);
    const pred = decodeAll(modelOf(m.weights), feats);
    heldIdx.forEach((i, j) => (out[i] = pred[j]!));
    cfg.log?.(`stacking: fold ${f + 1}/${k} tagged (${heldIdx.length} sentences)`);
  }
  return { labels: out, foldOf: Int32Array.from(foldOf), models };
}

/** Tags many unlabelled sentences with one stage (in batches, to bound memory). */
export function tagPlain(m: StageModel, sents: readonly (readonly string[])[], res: NerResources, cache: WordCache): Int32Array[] {
  const model = modelOf(m.weights);
  const out: Int32Array[] = [];
  const B = 5000;
  for (let a = 0; a < sents.length; a += B) out.push(...decodeAll(model, featurizePlain(sents.slice(a, a + B), res, m.lexicon, cache)));
  return out;
}
