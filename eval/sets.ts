/**
 * Loading of annotated evaluation sets in the dev-gold layout: `articles.jsonl` (one article per
 * line, with `id`) and `gold/<id>.json` per article. Shared by the evaluations of actors and events.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createDoc } from '../src/doc/doc.ts';
import type { Doc } from '../src/doc/types.ts';
import { analyzeArticle } from '../src/analyze.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { readText } from '../src/reader/text.ts';
import '../src/pipeline/components.ts';

/**
 * The articles of a set that have a gold file, each with its gold annotation.
 * @param dir the set's directory
 */
export function loadGoldSet<A extends { id: string }, G>(dir: string): { a: A; g: G }[] {
  const out: { a: A; g: G }[] = [];
  for (const line of readFileSync(path.join(dir, 'articles.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as A;
    const gf = path.join(dir, 'gold', `${a.id}.json`);
    if (existsSync(gf)) out.push({ a, g: JSON.parse(readFileSync(gf, 'utf8')) as G });
  }
  return out;
}

/**
 * An evaluation article as one Doc — its title as the first paragraph, as the annotators read it —
 * analysed by the given pipeline against the gold publication date (the actors' evaluation, whose
 * gold entities include the title's; the events' evaluation uses `productDoc`).
 */
export function articleDoc(a: { title: string | null; text: string }, dct: string, pipeline: readonly string[]): Doc {
  const paras = [a.title ?? '', ...a.text.split(/\n+/)].map((p) => p.trim()).filter(Boolean);
  const doc = createDoc(paras, { title: a.title, published: dct, url: null, captions: [], dropped: [], format: 'text' });
  return runPipeline(doc, { referenceDate: dct }, pipeline);
}

/**
 * An evaluation article as `rasd analyze` sees it: the text through the reader (its page debris
 * dropped) with the gold title and publication date as given metadata, then `analyzeArticle` —
 * which analyses the title with the body and keeps only what the body says (src/doc/headline.ts).
 * What an evaluation measures this way is what the batch interface delivers.
 */
export function productDoc(a: { title: string | null; text: string }, dct: string): Doc {
  return analyzeArticle(readText(a.text, { title: a.title, published: dct, url: null }), { timeBudgetMs: Infinity });
}
