/**
 * Builds `data/ner/clusters.tsv`, the Brown word clusters the NER tagger uses as features
 * (src/ner/brown.ts, loaded by src/ner/clusters.ts).
 *
 * Corpus: the `title` and `text` of every article in `$RASD_DATA/news/*.jsonl` (an article whose text
 * was already seen is skipped, so that reposted articles do not count twice), tokenised with the
 * project's tokenizer, plus the first column of `$RASD_DATA/anercorp/train.txt`. The ANERcorp test
 * file is never read. Every token is keyed with `wordKey` (src/ner/keys.ts).
 *
 * Boundaries (no bigram spans them): the end of a title, a text or an ANERcorp sentence, every line
 * break (in these corpora a single newline separates paragraphs) and every sentence-final mark.
 * Punctuation tokens are kept as words: a comma, a quote or a bracket next to a word says much about
 * it (names and titles stand before commas and inside quotes, verbs after them), and the marks get
 * their own clusters. Sentence-final marks are kept too, with the boundary after them.
 *
 * Vocabulary: keys seen at least MIN_COUNT times; the occurrences of rarer keys are boundaries (a
 * rare word is neither clustered nor allowed to join its neighbours into a false bigram). Word ids
 * go by descending count, then by key in code-unit order, so the output is byte-identical on rerun.
 *
 * Output: `<bit string>\t<word key>\t<count>` per word, sorted by bit string, then descending count,
 * then key; a first `#` line records the settings and sizes.
 *
 * Run: `npm run train:clusters [-- --clusters N --min-count N --out FILE]`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/data.ts';
import { sharedDataFile, sharedDataRoot } from '../src/shared-data.ts';
import { tokenize } from '../src/tokenize/tokenizer.ts';
import { wordKey } from '../src/ner/keys.ts';
import { BOUNDARY, brownClusters } from '../src/ner/brown.ts';

/** C: the number of clusters (measured to fit about 15 minutes on one core; see the report in #3). */
const CLUSTERS = 1000;
/** Keys seen fewer times are not clustered (their occurrences are boundaries). */
const MIN_COUNT = 3;
const NEWS_FILES = [
  'aljazeera_palestine_excerpts.jsonl',
  'ant_jawharafm.jsonl',
  'ant_multisource.jsonl',
  'arabic_newspapers_corpus_19countries.jsonl',
  'saudinewsnet.jsonl',
] as const;
const SENTENCE_FINAL = /^[.!?\u061f\u2026\u06d4\u203c\u2047\u2048\u2049]+$/;
/** Control characters and U+FFFD: debris of broken encodings in some corpora, not words. */
const DEBRIS = /[\u0000-\u001f\u007f-\u009f\ufffd]/;

interface NewsRecord {
  readonly title?: string | null;
  readonly text?: string | null;
}

/** The corpus as provisional ids (first-seen order) with boundaries, and the key of each id. */
class CorpusBuilder {
  private ids = new Int32Array(1 << 20);
  length = 0;
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();

  push(id: number): void {
    if (this.length === this.ids.length) {
      const bigger = new Int32Array(this.ids.length * 2);
      bigger.set(this.ids);
      this.ids = bigger;
    }
    this.ids[this.length++] = id;
  }

  word(key: string): void {
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.index.set(key, id);
    }
    this.push(id);
  }

  /** A boundary, never two in a row and never first. */
  boundary(): void {
    if (this.length > 0 && this.ids[this.length - 1] !== BOUNDARY) this.push(BOUNDARY);
  }

  /** Tokenises a title or a text into words and boundaries. */
  text(text: string): void {
    let prevEnd = 0;
    for (const tok of tokenize(text)) {
      if (text.slice(prevEnd, tok.start).includes('\n')) this.boundary();
      prevEnd = tok.end;
      const key = wordKey(tok.text);
      if (key === '' || DEBRIS.test(key)) continue;
      this.word(key);
      if (tok.kind === 'punct' && SENTENCE_FINAL.test(tok.text)) this.boundary();
    }
    this.boundary();
  }

  corpus(): Int32Array {
    return this.ids.subarray(0, this.length);
  }
}

export function buildCorpus(log: (msg: string) => void): CorpusBuilder {
  const b = new CorpusBuilder();
  const seen = new Set<string>();
  for (const name of NEWS_FILES) {
    const file = sharedDataFile('news', name);
    if (!file) throw new Error(`missing ${path.join(sharedDataRoot(), 'news', name)} (set RASD_DATA)`);
    let articles = 0;
    let dupes = 0;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as NewsRecord;
      const text = rec.text ?? '';
      if (seen.has(text)) {
        dupes++;
        continue;
      }
      seen.add(text);
      articles++;
      if (rec.title) b.text(rec.title);
      if (text) b.text(text);
    }
    log(`${name}: ${articles} articles (${dupes} repeated texts skipped), ${b.length} positions so far`);
  }
  const aner = sharedDataFile('anercorp', 'train.txt');
  if (!aner) throw new Error(`missing ${path.join(sharedDataRoot(), 'anercorp', 'train.txt')} (set RASD_DATA)`);
  for (const line of readFileSync(aner, 'utf8').split('\n')) {
    const word = line.replace(/\r$/, '').split(/[ \t]/)[0] ?? '';
    if (word === '') {
      b.boundary();
      continue;
    }
    const key = wordKey(word);
    if (key !== '' && !DEBRIS.test(key)) b.word(key);
  }
  b.boundary();
  log(`anercorp/train.txt: ${b.length} positions in all, ${b.keys.length} distinct keys`);
  return b;
}

function codeUnitCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Args {
  clusters: number;
  minCount: number;
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { clusters: CLUSTERS, minCount: MIN_COUNT, out: path.join(PROJECT_ROOT, 'data', 'ner', 'clusters.tsv') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--clusters' && v) args.clusters = Number(v);
    else if (a === '--min-count' && v) args.minCount = Number(v);
    else if (a === '--out' && v) args.out = path.resolve(v);
    else throw new Error(`usage: train-clusters [--clusters N] [--min-count N] [--out FILE] (bad argument ${a})`);
    i++;
  }
  if (!Number.isInteger(args.clusters) || args.clusters < 1) throw new Error('--clusters must be a positive integer');
  if (!Number.isInteger(args.minCount) || args.minCount < 1) throw new Error('--min-count must be a positive integer');
  return args;
}

/** The vocabulary of a raw corpus: keys seen at least `minCount` times, numbered by count then key. */
export interface Vocabulary {
  /** Raw key id of each vocabulary word, in vocabulary order. */
  readonly kept: number[];
  readonly V: number;
  /** The corpus in vocabulary ids (rare words become boundaries; runs of boundaries collapse). */
  readonly corpus: Int32Array;
  /** Count of each vocabulary word. */
  readonly counts: Float64Array;
  /** Tokens in the raw corpus, and how many of them the vocabulary covers. */
  readonly tokens: number;
  readonly covered: number;
}

/** Counts, keeps the keys seen at least `minCount` times, and numbers them by count then key. */
export function buildVocabulary(keys: readonly string[], raw: Int32Array, minCount: number): Vocabulary {
  const rawCount = new Float64Array(keys.length);
  let tokens = 0;
  for (const id of raw) {
    if (id >= 0) {
      rawCount[id]!++;
      tokens++;
    }
  }
  const kept: number[] = [];
  for (let id = 0; id < keys.length; id++) if (rawCount[id]! >= minCount) kept.push(id);
  kept.sort((a, b) => rawCount[b]! - rawCount[a]! || codeUnitCompare(keys[a]!, keys[b]!));
  const finalId = new Int32Array(keys.length).fill(BOUNDARY);
  kept.forEach((id, w) => (finalId[id] = w));
  const V = kept.length;
  const corpus = new Int32Array(raw.length);
  let n = 0;
  let covered = 0;
  for (const id of raw) {
    const w = id >= 0 ? finalId[id]! : BOUNDARY;
    if (w >= 0) covered++;
    if (w === BOUNDARY && n > 0 && corpus[n - 1] === BOUNDARY) continue;
    corpus[n++] = w;
  }
  const counts = new Float64Array(V);
  kept.forEach((id, w) => (counts[w] = rawCount[id]!));
  return { kept, V, corpus: corpus.subarray(0, n), counts, tokens, covered };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const log = (msg: string): void => void process.stderr.write(msg + '\n');
  const t0 = performance.now();
  const built = buildCorpus(log);
  const raw = built.corpus();

  const { kept, V, corpus, counts, tokens, covered } = buildVocabulary(built.keys, raw, args.minCount);
  const t1 = performance.now();
  log(
    `corpus: ${tokens} tokens, ${built.keys.length} keys; vocabulary (count >= ${args.minCount}): ${V} keys covering ` +
      `${((100 * covered) / tokens).toFixed(1)}% of tokens; built in ${((t1 - t0) / 1000).toFixed(1)} s`,
  );

  const paths = brownClusters(corpus, V, counts, {
    clusters: args.clusters,
    progressEvery: 2000,
    onProgress: (p) => {
      const s = ((performance.now() - t1) / 1000).toFixed(1);
      log(p.phase === 'add' ? `words added: ${p.done}/${p.total} (${s} s)` : `final merges: ${p.done}/${p.total} (${s} s)`);
    },
  });
  const t2 = performance.now();

  const rows = [...Array(V).keys()].sort(
    (a, b) => codeUnitCompare(paths[a]!, paths[b]!) || counts[b]! - counts[a]! || codeUnitCompare(built.keys[kept[a]!]!, built.keys[kept[b]!]!),
  );
  const lines = [
    `# Brown clusters (src/ner/brown.ts, scripts/train-clusters.ts): C=${args.clusters} min_count=${args.minCount} ` +
      `corpus_tokens=${tokens} vocabulary=${V} clusters=${new Set(paths).size}`,
  ];
  for (const w of rows) lines.push(`${paths[w]}\t${built.keys[kept[w]!]}\t${counts[w]}`);
  mkdirSync(path.dirname(args.out), { recursive: true });
  const text = lines.join('\n') + '\n';
  writeFileSync(args.out, text);
  log(
    `clustered ${V} words into ${new Set(paths).size} clusters in ${((t2 - t1) / 1000).toFixed(1)} s; ` +
      `wrote ${args.out} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB)`,
  );
}

// run only when executed as a script, never on import
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
