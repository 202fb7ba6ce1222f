/**
 * `npm run eval:ner`: the NER tagger on ANERcorp's test split (seqeval default and strict, per type
 * and micro, tokens/s, model load time) and on dev-gold's entities (distinct surface forms per
 * article, PER/ORG/LOC). `runNerEval()` is also used by `npm run eval`.
 *
 *   --verbose   list dev-gold misses and false alarms
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDoc } from '../src/doc/doc.ts';
import { normalizeForMatch } from '../src/lang/ar/normalize.ts';
import { readConll } from '../src/ner/conll.ts';
import { LABELS } from '../src/ner/labels.ts';
import { seqeval, TypeCounts, type PRF, type SeqevalReport } from '../src/ner/seqeval.ts';
import { loadNerTagger, type NerTagger } from '../src/ner/tagger.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { sharedDataFile, missingDataMessage } from '../src/shared-data.ts';

export interface NerEvalResult {
  loadMs: number;
  test: { default: SeqevalReport; strict: SeqevalReport; tokens: number; tokensPerSecond: number } | null;
  devGold: { byType: Record<string, PRF>; micro: PRF; articles: number; misses: string[] } | null;
}

interface GoldArticle { id: string; title: string | null; text: string }
interface GoldFile { entities: { text: string; type: string }[] }

/** Entities of a plain text (title or body): the pipeline's tokens, sentences and ner. */
function entitiesOf(text: string): { name: string; type: string }[] {
  const paragraphs = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) return [];
  const doc = createDoc(paragraphs, { title: null, published: null, url: null, captions: [], dropped: [], format: 'text' });
  const out = runPipeline(doc, { referenceDate: null }, ['tokenize', 'sentences', 'ner']);
  return (out.layers.entities ?? []).map((e) => ({ name: e.name, type: e.type }));
}

const key = (name: string, type: string): string => `${type}\t${normalizeForMatch(name)}`;

export function runNerEval(options: { tagger?: NerTagger } = {}): NerEvalResult {
  const t0 = performance.now();
  const tagger = options.tagger ?? loadNerTagger();
  const loadMs = performance.now() - t0;
  const result: NerEvalResult = { loadMs, test: null, devGold: null };

  const testPath = sharedDataFile('anercorp', 'test.txt');
  if (testPath) {
    const sents = readConll(readFileSync(testPath, 'utf8'), true);
    const tokens = sents.reduce((a, s) => a + s.tokens.length, 0);
    // the test file is one stream of sentences: the second stage sees ±window sentences around each
    // (as `rasd tag --conll` does)
    const t1 = performance.now();
    const pred = tagger.tagDocument(sents.map((s) => s.tokens)).map((p) => Array.from(p, (l) => LABELS[l]!));
    const secs = (performance.now() - t1) / 1000;
    const gold = sents.map((s) => s.labels!);
    result.test = { default: seqeval(gold, pred, 'default'), strict: seqeval(gold, pred, 'strict'), tokens, tokensPerSecond: tokens / secs };
  }

  const dir = sharedDataFile('dev-gold');
  if (dir && existsSync(path.join(dir, 'articles.jsonl'))) {
    const counts = new TypeCounts();
    const misses: string[] = [];
    let articles = 0;
    for (const line of readFileSync(path.join(dir, 'articles.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as GoldArticle;
      const gf = path.join(dir, 'gold', `${a.id}.json`);
      if (!existsSync(gf)) continue;
      articles++;
      const gold = new Set(
        (JSON.parse(readFileSync(gf, 'utf8')) as GoldFile).entities.filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC').map((e) => key(e.text, e.type)),
      );
      const pred = new Set<string>();
      for (const part of [a.title ?? '', a.text]) for (const e of entitiesOf(part)) if (e.type !== 'MISC') pred.add(key(e.name, e.type));
      counts.compare(gold, pred, (k, kind) => misses.push(`${a.id} [${kind === 'fp' ? 'false alarm' : 'missed'}] ${k.replace('\t', ' ')}`));
    }
    const { byType, micro } = counts.report();
    result.devGold = { byType, micro, articles, misses };
  }
  return result;
}

const f = (p: PRF): string => `P ${p.precision.toFixed(1)} R ${p.recall.toFixed(1)} F1 ${p.f1.toFixed(1)}`;

/** The short lines `npm run eval` prints. */
export function formatNerSummary(r: NerEvalResult): string[] {
  const out: string[] = [];
  if (r.test) out.push(`ANERcorp test (seqeval default, micro): ${f(r.test.default.micro)}; strict ${r.test.strict.micro.f1.toFixed(1)}; ${Math.round(r.test.tokensPerSecond).toLocaleString('en')} tokens/s`);
  else out.push(missingDataMessage('anercorp', 'test.txt'));
  if (r.devGold) out.push(`dev-gold entities (${r.devGold.articles} articles, distinct forms, PER/ORG/LOC): ${f(r.devGold.micro)}`);
  else out.push(missingDataMessage('dev-gold'));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0); // `npm run eval:ner -- --verbose | head`
    throw err;
  });
  const verbose = process.argv.includes('--verbose');
  const r = runNerEval();
  console.log(`model loaded in ${r.loadMs.toFixed(0)} ms`);
  if (r.test) {
    console.log(`\nANERcorp test.txt: ${r.test.tokens} tokens, tagged at ${Math.round(r.test.tokensPerSecond).toLocaleString('en')} tokens/s (one core, after loading)`);
    for (const mode of ['default', 'strict'] as const) {
      const rep = r.test[mode];
      console.log(`\nseqeval ${mode === 'default' ? 'default (an I- after O or another type starts an entity)' : 'strict (IOB2)'}:`);
      console.log(`  ${'type'.padEnd(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'support'.padStart(8)}`);
      for (const [t, p] of Object.entries(rep.byType)) console.log(`  ${t.padEnd(6)} ${p.precision.toFixed(2).padStart(6)} ${p.recall.toFixed(2).padStart(6)} ${p.f1.toFixed(2).padStart(6)} ${String(p.tp + p.fn).padStart(8)}`);
      const m = rep.micro;
      console.log(`  ${'micro'.padEnd(6)} ${m.precision.toFixed(2).padStart(6)} ${m.recall.toFixed(2).padStart(6)} ${m.f1.toFixed(2).padStart(6)} ${String(m.tp + m.fn).padStart(8)}`);
    }
  } else console.log(missingDataMessage('anercorp', 'test.txt'));
  if (r.devGold) {
    console.log(`\ndev-gold entities: ${r.devGold.articles} articles, distinct surface forms per article (clitics stripped, match normalisation), PER/ORG/LOC`);
    for (const [t, p] of Object.entries(r.devGold.byType)) console.log(`  ${t.padEnd(6)} ${f(p)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
    console.log(`  micro  ${f(r.devGold.micro)}`);
    if (verbose) for (const m of r.devGold.misses) console.log(`  ${m}`);
  } else console.log(missingDataMessage('dev-gold'));
}
