/**
 * `npm run eval:ner:ablation`: what each component of the NER tagger adds. Each row trains the
 * tagger twice with `scripts/train-ner.ts` — once on the first five sixths of train.txt, scored
 * on the held-out last sixth (the development split every decision was made on), and once on all
 * of train.txt, scored on test.txt — and prints seqeval micro F1 for both. Rows are cumulative.
 * Takes about half an hour on two cores (the two trainings of a row run in parallel).
 *
 *   --rows a,b,…   only these rows (by number)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/data.ts';
import { readConll } from '../src/ner/conll.ts';
import { LABELS } from '../src/ner/labels.ts';
import { seqeval } from '../src/ner/seqeval.ts';
import { loadNerTagger } from '../src/ner/tagger.ts';
import { missingDataMessage, sharedDataFile } from '../src/shared-data.ts';

const ROWS: [string, string[]][] = [
  ['averaged perceptron: word, affix, stem, shape, ±2 context', ['--algo', 'perceptron', '--no-clusters', '--no-embeddings', '--no-gazetteers', '--no-lexicon', '--no-stack']],
  ['+ name lexicon from train (10-fold cross-validated)', ['--algo', 'perceptron', '--no-clusters', '--no-embeddings', '--no-gazetteers', '--no-stack']],
  ['+ gazetteers', ['--algo', 'perceptron', '--no-clusters', '--no-embeddings', '--no-stack']],
  ['CRF (SGD, L2) instead of the perceptron', ['--no-clusters', '--no-embeddings', '--no-stack']],
  ['+ Brown clusters from the unlabelled news', ['--no-embeddings', '--no-stack']],
  ['+ document stage (stacking, ±20 sentences)', ['--no-embeddings', '--no-news']],
  ['+ self-trained news lexicon', ['--no-embeddings']],
  ['+ skip-gram embedding clusters (the committed model)', []],
];

const trainPath = sharedDataFile('anercorp', 'train.txt');
const testPath = sharedDataFile('anercorp', 'test.txt');
if (!trainPath || !testPath) {
  console.log(missingDataMessage('anercorp'));
  process.exit(0);
}
const only = process.argv.includes('--rows') ? new Set(process.argv[process.argv.indexOf('--rows') + 1]!.split(',').map(Number)) : null;

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'train-ner.ts'), ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`train-ner ${args.join(' ')} failed:\n${err.slice(-2000)}`))));
  });
}

function score(model: string, sents: { tokens: string[]; labels: string[] | null }[]): number {
  const tagger = loadNerTagger(model);
  const pred = tagger.tagDocument(sents.map((s) => s.tokens)).map((p) => Array.from(p, (l) => LABELS[l]!));
  return seqeval(sents.map((s) => s.labels!), pred).micro.f1;
}

const all = readConll(readFileSync(trainPath, 'utf8'), true);
const total = all.reduce((a, s) => a + s.tokens.length, 0);
let seen = 0;
let cut = 0;
while (cut < all.length && seen < (total * 5) / 6) seen += all[cut++]!.tokens.length;
const dev = all.slice(cut);
const test = readConll(readFileSync(testPath, 'utf8'), true);

console.log('| # | tagger | dev F1 | test F1 |');
console.log('|---|---|---|---|');
for (let i = 0; i < ROWS.length; i++) {
  if (only && !only.has(i + 1)) continue;
  const [name, flags] = ROWS[i]!;
  const devModel = path.join(tmpdir(), `rasd-ablation-${i + 1}-dev.bin`);
  const fullModel = path.join(tmpdir(), `rasd-ablation-${i + 1}-full.bin`);
  await Promise.all([run([...flags, '--dev', '--out', devModel]), run([...flags, '--out', fullModel])]);
  console.log(`| ${i + 1} | ${name} | ${score(devModel, dev).toFixed(2)} | ${score(fullModel, test).toFixed(2)} |`);
}
