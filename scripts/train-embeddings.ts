/**
 * Builds `data/ner/embclusters.tsv`, embedding clusters the NER tagger can use as features next to
 * the Brown clusters (src/ner/embclusters.ts): skip-gram word vectors with negative sampling
 * (src/ner/embeddings.ts) trained on the unlabelled corpus, then spherical k-means of the vectors at
 * k = 64, 256 and 1024 (Guo et al. 2014).
 *
 * Corpus and vocabulary are those of `scripts/train-clusters.ts` (its `buildCorpus`): news titles and
 * texts plus the ANERcorp training words, keyed with `wordKey`; keys seen at least MIN_COUNT times
 * are the vocabulary, numbered by descending count then key, and the occurrences of rarer keys are
 * boundaries, as are line breaks and sentence ends. No window spans a boundary.
 *
 * Output: `<word key>\t<c64>\t<c256>\t<c1024>` per word, by descending count then key (cluster ids
 * are numbered in that order of first occurrence); a first `#` line records the settings and sizes.
 * Everything is seeded, so a rerun writes the same bytes.
 *
 * Run: `npm run train:embeddings [-- --dim N --epochs N --window N --negatives N --iterations N
 *   --min-count N --limit POSITIONS --out FILE]` (`--limit` trains on a prefix of the corpus, for
 * timing).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/data.ts';
import { kmeans, trainSkipGram } from '../src/ner/embeddings.ts';
import { buildCorpus, buildVocabulary } from './train-clusters.ts';

/** Vector size, passes and iterations: measured to fit about 15 minutes on one core (see #3). */
const DIM = 100;
const EPOCHS = 5;
const WINDOW = 5;
const NEGATIVES = 5;
const SAMPLE = 1e-4;
const ALPHA = 0.025;
const SEED = 1;
const KS = [64, 256, 1024] as const;
const ITERATIONS = 25;
const MIN_COUNT = 3;

interface Args {
  dim: number;
  epochs: number;
  window: number;
  negatives: number;
  iterations: number;
  minCount: number;
  limit: number;
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    dim: DIM,
    epochs: EPOCHS,
    window: WINDOW,
    negatives: NEGATIVES,
    iterations: ITERATIONS,
    minCount: MIN_COUNT,
    limit: Infinity,
    out: path.join(PROJECT_ROOT, 'data', 'ner', 'embclusters.tsv'),
  };
  const ints: Record<string, Exclude<keyof Args, 'out'>> = {
    '--dim': 'dim',
    '--epochs': 'epochs',
    '--window': 'window',
    '--negatives': 'negatives',
    '--iterations': 'iterations',
    '--min-count': 'minCount',
    '--limit': 'limit',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = argv[i + 1];
    const key = ints[a];
    if (key && v && Number.isInteger(Number(v)) && Number(v) >= 1) args[key] = Number(v);
    else if (a === '--out' && v) args.out = path.resolve(v);
    else {
      throw new Error(
        'usage: train-embeddings [--dim N] [--epochs N] [--window N] [--negatives N] [--iterations N] [--min-count N] ' +
          `[--limit POSITIONS] [--out FILE] (bad argument ${a}; numbers are positive integers)`,
      );
    }
    i++;
  }
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const log = (msg: string): void => void process.stderr.write(msg + '\n');
  const t0 = performance.now();
  const secs = (): string => ((performance.now() - t0) / 1000).toFixed(1);
  const built = buildCorpus(log);
  const raw = built.corpus().subarray(0, Math.min(built.length, args.limit));

  const { kept, V, corpus, counts, tokens, covered } = buildVocabulary(built.keys, raw, args.minCount);
  log(
    `corpus: ${tokens} tokens, ${built.keys.length} keys; vocabulary (count >= ${args.minCount}): ${V} keys covering ` +
      `${((100 * covered) / tokens).toFixed(1)}% of tokens (${secs()} s)`,
  );

  const vectors = trainSkipGram(corpus, V, counts, {
    dim: args.dim,
    window: args.window,
    negatives: args.negatives,
    epochs: args.epochs,
    alpha: ALPHA,
    sample: SAMPLE,
    seed: SEED,
    onProgress: (p) =>
      log(`skip-gram epoch ${p.epoch + 1}/${args.epochs}: ${p.done}/${p.total} positions, alpha ${p.alpha.toFixed(5)} (${secs()} s)`),
  });
  log(`skip-gram trained: ${V} × ${args.dim} (${secs()} s)`);

  const clusterings: Int32Array[] = [];
  for (const k of KS) {
    clusterings.push(
      kmeans(vectors, args.dim, k, {
        seed: SEED,
        maxIterations: args.iterations,
        onIteration: (it, changed) => log(`k-means k=${k} round ${it}: ${changed} words moved (${secs()} s)`),
      }),
    );
  }

  const lines = [
    `# embedding clusters (src/ner/embeddings.ts, scripts/train-embeddings.ts): skip-gram dim=${args.dim} ` +
      `window=${args.window} negatives=${args.negatives} epochs=${args.epochs} sample=${SAMPLE} alpha=${ALPHA} seed=${SEED} ` +
      `min_count=${args.minCount}; spherical k-means k=${KS.join(',')} max_rounds=${args.iterations}; ` +
      `vocabulary=${V} corpus_tokens=${tokens}; columns: word c${KS.join(' c')}`,
  ];
  for (let w = 0; w < V; w++) lines.push(`${built.keys[kept[w]!]}\t${clusterings.map((c) => c[w]).join('\t')}`);
  const text = lines.join('\n') + '\n';
  mkdirSync(path.dirname(args.out), { recursive: true });
  writeFileSync(args.out, text);
  log(`wrote ${args.out} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB) in ${secs()} s`);
}

// run only when executed as a script, never on import
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
