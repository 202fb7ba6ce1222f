/**
 * `npm run train:ner` — trains the NER model on ANERcorp's train.txt (never test.txt) and writes
 * `data/ner/model.bin`. Deterministic: fixed seed, fixed contiguous folds, sorted output.
 *
 *   --dev             hold out the last sixth of train.txt (by tokens, like the CAMeL split) and
 *                     print its scores after every epoch; writes no model unless --out is given
 *   --algo crf|perceptron   the learner (default crf)
 *   --epochs N        passes over the data
 *   --c X --eta X --average-from N   CRF: L2 strength per token, initial rate, iterate averaging
 *   --min-count N     drop features seen fewer than N times
 *   --folds N         cross-validation folds of the name lexicon (default 10)
 *   --no-stack        one stage only (no document-level second stage)
 *   --stack-folds N --window N   the second stage: folds of its cross-validated first stage, window
 *   --no-news         no self-trained news lexicon in the second stage
 *   --news-tokens N   how many tokens of ../shared/data/news/ the first stages tag for it (default 1.5 M)
 *   --no-clusters --no-embeddings --no-gazetteers --no-lexicon   ablations
 *   --prune X         leave out feature rows whose weights are all below X in absolute value
 *   --out PATH        where to write the model
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConll } from '../src/ner/conll.ts';
import { FEATURE_VERSION, WordCache } from '../src/ner/features.ts';
import { LABELS } from '../src/ner/labels.ts';
import { buildLexicon, lexiconView, type LabelledSentence, type LexiconCounts } from '../src/ner/lexicon.ts';
import { LinearChainModel, writeModelFile, type ModelWeights } from '../src/ner/model.ts';
import { loadNerResources } from '../src/ner/resources.ts';
import { seqeval } from '../src/ner/seqeval.ts';
import { DEFAULT_MODEL_PATH } from '../src/ner/tagger.ts';
import { pruneZeroRows } from '../src/ner/train.ts';
import {
  allStackFeatures,
  crossValidatedStageOne,
  decodeAll,
  featurizePlain,
  featurizeTraining,
  modelOf,
  stemKeys,
  tagPlain,
  trainStage,
  type TrainConfig,
} from '../src/ner/training.ts';
import { missingDataMessage, sharedDataFile } from '../src/shared-data.ts';
import { countNewsLexicon, pruneNewsLexicon, readNewsSentences, type NewsLexicon } from '../src/ner/newslex.ts';
import type { NameLexicon } from '../src/ner/features.ts';

/** The unlabelled news the first stages tag for the news lexicon, in this order. */
const NEWS_FILES = ['ant_multisource.jsonl', 'ant_jawharafm.jsonl', 'saudinewsnet.jsonl', 'arabic_newspapers_corpus_19countries.jsonl', 'aljazeera_palestine_excerpts.jsonl'];
/** Words seen fewer times than this in the tagged news are left out of the lexicon. */
const NEWS_MIN_COUNT = 2;
import type { SentenceFeatures } from '../src/ner/features.ts';

const SEED = 20061;

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    algo: { type: 'string', default: 'crf' },
    epochs: { type: 'string', default: '10' },
    c: { type: 'string', default: '10' },
    eta: { type: 'string', default: '0.02' },
    'average-from': { type: 'string', default: '4' },
    'min-count': { type: 'string', default: '1' },
    folds: { type: 'string', default: '10' },
    'no-stack': { type: 'boolean', default: false },
    'no-news': { type: 'boolean', default: false },
    'news-tokens': { type: 'string', default: '1500000' },
    'stack-folds': { type: 'string', default: '5' },
    window: { type: 'string', default: '20' },
    'no-clusters': { type: 'boolean', default: false },
    'no-gazetteers': { type: 'boolean', default: false },
    'no-embeddings': { type: 'boolean', default: false },
    'emb-path': { type: 'string' },
    'no-lexicon': { type: 'boolean', default: false },
    out: { type: 'string' },
    prune: { type: 'string', default: '0.03' },
  },
});

const trainPath = sharedDataFile('anercorp', 'train.txt');
if (!trainPath) {
  console.error(missingDataMessage('anercorp', 'train.txt'));
  process.exit(2);
}
const all: LabelledSentence[] = readConll(readFileSync(trainPath, 'utf8'), true).map((s) => ({ tokens: s.tokens, labels: s.labels! }));
let train = all;
let dev: LabelledSentence[] = [];
if (values.dev) {
  const total = all.reduce((a, s) => a + s.tokens.length, 0);
  let seen = 0;
  let cut = 0;
  while (cut < all.length && seen < (total * 5) / 6) seen += all[cut++]!.tokens.length;
  train = all.slice(0, cut);
  dev = all.slice(cut);
}
if (values.algo !== 'crf' && values.algo !== 'perceptron') {
  console.error(`--algo must be crf or perceptron, not ${values.algo}`);
  process.exit(2);
}
const stack = !values['no-stack'];
const t0 = Date.now();
const secs = (): string => ((Date.now() - t0) / 1000).toFixed(1);
const resources = loadNerResources({ clusters: !values['no-clusters'], gazetteers: !values['no-gazetteers'], embeddings: !values['no-embeddings'], embPath: values['emb-path'] });
const cache = new WordCache(resources.clusters, 2_000_000, resources.emb);

let devFeats: SentenceFeatures[] = [];
const devGold = dev.map((s) => s.labels as string[]);
const cfg: TrainConfig = {
  algo: values.algo,
  epochs: Number(values.epochs),
  seed: SEED,
  minCount: Number(values['min-count']),
  c: Number(values.c),
  eta: Number(values.eta),
  averageFrom: Number(values['average-from']),
  lexiconFolds: values['no-lexicon'] ? 0 : Number(values.folds),
  stackFolds: Number(values['stack-folds']),
  window: Number(values.window),
  log: (line) => console.error(`${line} (${secs()} s)`),
  onEpoch: (stage: string, epoch: number, w: ModelWeights, stat: number) => {
    let line = `${stage} epoch ${epoch}: ${values.algo === 'crf' ? `loss ${stat.toFixed(0)}` : `${stat} token errors`} on train, ${secs()} s`;
    if (devFeats.length > 0) {
      const pred = decodeAll(modelOf(w), devFeats).map((p) => Array.from(p, (l) => LABELS[l]!));
      const r = seqeval(devGold, pred);
      const per = Object.entries(r.byType).map(([t, p]) => `${t} ${p.f1.toFixed(1)}`).join(', ');
      line += `; dev micro F1 ${r.micro.f1.toFixed(2)} (P ${r.micro.precision.toFixed(1)} R ${r.micro.recall.toFixed(1)}; ${per})`;
    }
    console.error(line);
  },
};
console.error(
  `train: ${train.length} sentences, ${train.reduce((a, s) => a + s.tokens.length, 0)} tokens; dev: ${dev.length} sentences; ` +
    `clusters: ${resources.clusters.size} words; gazetteers: ${resources.gazetteer ? 'on' : 'off'}; lexicon: ${cfg.lexiconFolds > 1 ? `${cfg.lexiconFolds} folds` : 'off'}; ` +
    `${cfg.algo}, ${cfg.epochs} epochs; ${stack ? `stacked (window ±${cfg.window}, ${cfg.stackFolds} folds)` : 'one stage'}`,
);

// stage 1 on all of train
const lexicon = cfg.lexiconFolds > 1 ? buildLexicon(train) : null;
const data1 = featurizeTraining(train, resources, cache, cfg);
devFeats = featurizePlain(dev.map((s) => s.tokens), resources, lexicon, cache);
console.error(`stage 1 features in ${secs()} s`);
const w1 = trainStage('stage 1', data1, cfg);
const stages: { w: ModelWeights; window?: number }[] = [{ w: w1 }];

let newsFull: NewsLexicon | null = null;
if (stack) {
  const cv = crossValidatedStageOne(train, resources, cache, cfg);
  // the self-trained news lexicon: each fold's first stage tags the unlabelled news, and the training
  // sentences of that fold see only that lexicon; dev and the final model see the full first stage's
  let newsOf: ((s: number) => NameLexicon | null) = () => null;
  if (!values['no-news']) {
    const files = NEWS_FILES.map((f) => sharedDataFile('news', f)).filter((f): f is string => f !== null);
    const newsSents = readNewsSentences(files, Number(values['news-tokens']));
    const newsKeys = stemKeys(newsSents, cache);
    cfg.log?.(`news lexicon: ${newsSents.length} sentences, ${newsSents.reduce((a, s) => a + s.length, 0)} tokens from ${files.length} files`);
    const lexOf = (m: { weights: ModelWeights; lexicon: LexiconCounts | null }): NewsLexicon =>
      pruneNewsLexicon(countNewsLexicon(newsKeys, tagPlain(m, newsSents, resources, cache)), NEWS_MIN_COUNT);
    const foldLex = cv.models.map((m, i) => {
      const l = lexiconView(lexOf(m));
      cfg.log?.(`news lexicon of fold ${i + 1}/${cv.models.length}`);
      return l;
    });
    newsFull = lexOf({ weights: w1, lexicon });
    cfg.log?.(`news lexicon of the full first stage: ${newsFull.size} words`);
    newsOf = (s) => foldLex[cv.foldOf[s]!]!;
  }
  const extra = allStackFeatures(stemKeys(train.map((s) => s.tokens), cache), cv.labels, cfg.window, newsOf);
  const data2 = featurizeTraining(train, resources, cache, cfg, extra);
  if (dev.length > 0) {
    const devS1 = decodeAll(modelOf(w1), devFeats);
    const full = newsFull ? lexiconView(newsFull) : null;
    const devExtra = allStackFeatures(stemKeys(dev.map((s) => s.tokens), cache), devS1, cfg.window, () => full);
    devFeats = featurizePlain(dev.map((s) => s.tokens), resources, lexicon, cache, devExtra);
  }
  const w2 = trainStage('stage 2', data2, cfg);
  stages.push({ w: w2, window: cfg.window });
}

const out = values.out ?? (values.dev ? null : DEFAULT_MODEL_PATH);
if (out) {
  const lex: Record<string, number[]> = {};
  if (lexicon) for (const k of [...lexicon.keys()].sort()) lex[k] = lexicon.get(k)!;
  const training = {
    data: 'anercorp/train.txt',
    sentences: train.length,
    algo: cfg.algo,
    epochs: cfg.epochs,
    seed: SEED,
    minCount: cfg.minCount,
    c: cfg.c,
    eta: cfg.eta,
    averageFrom: cfg.averageFrom,
    lexiconFolds: cfg.lexiconFolds,
    stackFolds: stack ? cfg.stackFolds : 0,
    newsTokens: stack && !values['no-news'] ? Number(values['news-tokens']) : 0,
  };
  const parts = stages.map((s, i) =>
    LinearChainModel.serialize(
      {
        featureVersion: FEATURE_VERSION,
        labels: LABELS,
        resources: resources.hashes,
        lexicon: i === 0 ? lex : {},
        ...(s.window !== undefined ? { window: s.window } : {}),
        ...(s.window !== undefined && newsFull ? { newsLexicon: Object.fromEntries(newsFull) } : {}),
        training: { ...training, stage: i + 1 },
      },
      pruneZeroRows(s.w, Math.max(1e-6, Number(values.prune))),
    ),
  );
  const bytes = writeModelFile(parts);
  writeFileSync(out, bytes);
  console.error(`wrote ${out}: ${stages.length} stage(s), ${stages.map((s) => pruneZeroRows(s.w, Math.max(1e-6, Number(values.prune))).keys.length).join(' + ')} feature rows, ${(bytes.length / 1e6).toFixed(2)} MB, ${secs()} s in all`);
}
