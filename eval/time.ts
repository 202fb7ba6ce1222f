/**
 * `npm run eval:time`: the date tagger (src/dates) against the annotated time expressions of
 * `../shared/data/dev-gold/` and, when present, rasd's own additions in `eval/gold/time/`
 * (same format: `articles.jsonl` + `gold/<id>.json`).
 *
 * For each article, `tagTimexes` runs on the title and on the body with the gold `dct` as
 * reference date; the distinct (text, value) pairs are compared with the gold list (which names
 * each distinct expression once per article):
 * - detection P/R/F1 by exact text (distinct texts per article), and a lenient figure where a
 *   predicted text and a gold text overlap (one contains the other);
 * - value accuracy: of the gold (text, value) pairs whose text was found, the share for which the
 *   tagger gave that value.
 * `--verbose` prints the misses and false alarms.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/data.ts';
import { sharedDataFile } from '../src/shared-data.ts';
import { tagTimexes } from '../src/dates/index.ts';

interface Article {
  id: string;
  source?: string;
  title?: string | null;
  text: string;
}
interface Gold {
  id: string;
  dct: string;
  timexes: { text: string; value: string }[];
}

/** Counts of one group of articles. */
export interface TimeCounts {
  articles: number;
  gold: number;
  predicted: number;
  tp: number;
  lenientGoldHit: number;
  lenientPredHit: number;
  valueTotal: number;
  valueCorrect: number;
}
/** Figures of one group. */
export interface TimeFigures extends TimeCounts {
  precision: number;
  recall: number;
  f1: number;
  lenientPrecision: number;
  lenientRecall: number;
  lenientF1: number;
  valueAccuracy: number;
}
export interface TimeEvalResult {
  /** Which sets were read (`dev-gold`, `eval/gold/time`). */
  sets: string[];
  devGold: TimeFigures | null;
  additions: TimeFigures | null;
  /** `eval/gold/events`: time expressions annotated for the event set, not used to develop the tagger. */
  heldOut: TimeFigures | null;
  all: TimeFigures | null;
  bySource: Record<string, TimeFigures>;
  misses: string[];
}

const empty = (): TimeCounts => ({ articles: 0, gold: 0, predicted: 0, tp: 0, lenientGoldHit: 0, lenientPredHit: 0, valueTotal: 0, valueCorrect: 0 });
function add(a: TimeCounts, b: TimeCounts): void {
  for (const k of Object.keys(a) as (keyof TimeCounts)[]) a[k] += b[k];
}
function figures(c: TimeCounts): TimeFigures {
  const f = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
  const precision = c.predicted ? c.tp / c.predicted : 0;
  const recall = c.gold ? c.tp / c.gold : 0;
  const lp = c.predicted ? c.lenientPredHit / c.predicted : 0;
  const lr = c.gold ? c.lenientGoldHit / c.gold : 0;
  return { ...c, precision, recall, f1: f(precision, recall), lenientPrecision: lp, lenientRecall: lr, lenientF1: f(lp, lr), valueAccuracy: c.valueTotal ? c.valueCorrect / c.valueTotal : 0 };
}

function readSet(dir: string): { article: Article; gold: Gold }[] {
  const file = path.join(dir, 'articles.jsonl');
  if (!existsSync(file)) return [];
  const out: { article: Article; gold: Gold }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as Article;
    const gf = path.join(dir, 'gold', `${article.id}.json`);
    if (!existsSync(gf)) continue;
    out.push({ article, gold: JSON.parse(readFileSync(gf, 'utf8')) as Gold });
  }
  return out;
}

function scoreArticle(article: Article, gold: Gold, misses: string[]): TimeCounts {
  const ref = gold.dct;
  const pred = new Map<string, Set<string>>();
  for (const part of [article.title ?? '', article.text]) {
    for (const t of tagTimexes(part, { referenceDate: ref })) {
      let s = pred.get(t.text);
      if (!s) pred.set(t.text, (s = new Set()));
      s.add(t.value);
    }
  }
  const goldTexts = new Map<string, Set<string>>();
  for (const g of gold.timexes) {
    let s = goldTexts.get(g.text);
    if (!s) goldTexts.set(g.text, (s = new Set()));
    s.add(g.value);
  }
  const c = empty();
  c.articles = 1;
  c.gold = goldTexts.size;
  c.predicted = pred.size;
  const overlaps = (a: string, b: string): boolean => a.includes(b) || b.includes(a);
  for (const [text, values] of goldTexts) {
    const pv = pred.get(text);
    if (pv) {
      c.tp++;
      for (const v of values) {
        c.valueTotal++;
        if (pv.has(v)) c.valueCorrect++;
        else misses.push(`${article.id} [value] ${text} gold=${v} got=${[...pv].join('|')}`);
      }
    } else {
      const near = [...pred.keys()].find((p) => overlaps(p, text));
      misses.push(`${article.id} [miss] ${text} = ${[...values].join('|')}${near ? `   (near: ${near} = ${[...pred.get(near)!].join('|')})` : ''}`);
    }
    if ([...pred.keys()].some((p) => overlaps(p, text))) c.lenientGoldHit++;
  }
  for (const [text, values] of pred) {
    if (!goldTexts.has(text)) misses.push(`${article.id} [false] ${text} = ${[...values].join('|')}`);
    if ([...goldTexts.keys()].some((g) => overlaps(g, text))) c.lenientPredHit++;
  }
  return c;
}

/** Runs the evaluation; figures are fractions (0–1). */
export async function runTimeEval(): Promise<TimeEvalResult> {
  const sets: { name: string; items: { article: Article; gold: Gold }[] }[] = [];
  const dev = sharedDataFile('dev-gold', 'articles.jsonl');
  if (dev) sets.push({ name: 'dev-gold', items: readSet(path.dirname(dev)) });
  const own = path.join(PROJECT_ROOT, 'eval', 'gold', 'time');
  const ownItems = readSet(own);
  if (ownItems.length) sets.push({ name: 'eval/gold/time', items: ownItems });
  // the event set's time expressions: annotated for issue #6, never used to develop the time tagger
  const evItems = readSet(path.join(PROJECT_ROOT, 'eval', 'gold', 'events'));
  if (evItems.length) sets.push({ name: 'eval/gold/events', items: evItems });
  const misses: string[] = [];
  const bySourceCounts = new Map<string, TimeCounts>();
  const setCounts = new Map<string, TimeCounts>();
  const all = empty();
  for (const s of sets) {
    const sc = empty();
    for (const { article, gold } of s.items) {
      const c = scoreArticle(article, gold, misses);
      add(sc, c);
      const src = `${s.name}: ${article.source ?? article.id.split('-')[0]}`;
      let b = bySourceCounts.get(src);
      if (!b) bySourceCounts.set(src, (b = empty()));
      add(b, c);
    }
    setCounts.set(s.name, sc);
    add(all, sc);
  }
  const bySource: Record<string, TimeFigures> = {};
  for (const [k, v] of [...bySourceCounts].sort()) bySource[k] = figures(v);
  const dg = setCounts.get('dev-gold');
  const ad = setCounts.get('eval/gold/time');
  const ev = setCounts.get('eval/gold/events');
  return {
    sets: sets.map((s) => s.name),
    devGold: dg ? figures(dg) : null,
    additions: ad ? figures(ad) : null,
    heldOut: ev ? figures(ev) : null,
    all: all.articles ? figures(all) : null,
    bySource,
    misses,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1);
/** One line of figures. */
export function formatFigures(f: TimeFigures): string {
  return (
    `${f.articles} articles, ${f.gold} gold / ${f.predicted} predicted expressions: ` +
    `P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)} (lenient overlap F1 ${pct(f.lenientF1)}); ` +
    `value accuracy ${pct(f.valueAccuracy)} (${f.valueCorrect}/${f.valueTotal})`
  );
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const r = await runTimeEval();
  console.log('== dates (src/dates tagTimexes vs annotated time expressions) ==');
  if (!r.sets.length) {
    console.log('skipped: no dev-gold (set RASD_DATA) and no eval/gold/time');
    return;
  }
  if (r.devGold) console.log(`dev-gold:        ${formatFigures(r.devGold)}`);
  if (r.additions) console.log(`eval/gold/time:  ${formatFigures(r.additions)}`);
  if (r.heldOut) console.log(`eval/gold/events (held out): ${formatFigures(r.heldOut)}`);
  if (r.all && r.sets.length > 1) console.log(`all:             ${formatFigures(r.all)}`);
  console.log('by source:');
  for (const [k, f] of Object.entries(r.bySource)) console.log(`  ${k}: ${formatFigures(f)}`);
  if (verbose) {
    console.log('\nmisses ([miss] gold not found, [false] found but not in gold, [value] wrong value):');
    for (const m of r.misses) console.log(`  ${m}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
