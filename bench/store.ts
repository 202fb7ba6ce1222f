/**
 * `npm run bench:store` (also part of `npm run bench`): the store end to end on the shared news.
 * 1. `ingest` of every file of `news/` into a new database with the full pipeline, on all cores:
 *    articles/s and the process's peak memory (worker threads included); target ≥ 150/s, ≤ 1 GB.
 * 2. The same ingest again: it must add nothing (and how long skipping takes).
 * 3. Search latency over that database: frequent, rare and two-word queries, some with filters;
 *    p50/p95/p99 in ms (target p95 < 50 ms).
 * Options: `--db PATH` keeps the database there (default: a temporary file, removed), or
 * `--db postgres://…?schema=NAME` measures the PostgreSQL engine in that schema (emptied first);
 * `--reuse` skips the ingest and measures search on an existing `--db`; `--limit N` ingests only
 * the first N lines of each file; `--threads N`.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingest } from '../src/ingest/ingest.ts';
import { openStore } from '../src/store/open.ts';
import { redactUrl } from '../src/store/pg.ts';
import { emptyDatabase, flag, opt } from './common.ts';
import type { SearchFilters } from '../src/store/types.ts';
import { missingDataMessage, sharedDataFile } from '../src/shared-data.ts';

const newsDir = sharedDataFile('news');
if (!newsDir) {
  console.log(missingDataMessage('news'));
  process.exit(0);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rasd-bench-'));
const dbFile = opt('--db') ?? path.join(tmp, 'bench.db');
const reuse = flag('--reuse');
const limit = opt('--limit') ? Number(opt('--limit')) : undefined;
const threads = opt('--threads') ? Number(opt('--threads')) : os.availableParallelism();

let files = readdirSync(newsDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(newsDir, f));
if (limit !== undefined) {
  files = files.map((f) => {
    const out = path.join(tmp, path.basename(f));
    writeFileSync(out, readFileSync(f, 'utf8').split('\n').slice(0, limit).join('\n') + '\n');
    return out;
  });
}

const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

if (!reuse) {
  await emptyDatabase(dbFile);
  const store = openStore(dbFile);
  console.log(`ingest: ${files.length} files of ${newsDir}${limit ? ` (first ${limit} lines each)` : ''} into ${redactUrl(dbFile)}, ${threads} worker threads`);
  let lastShown = 0;
  const s = await ingest(store, { paths: files }, {
    threads,
    onProgress: (p) => {
      if (p.done - lastShown >= 2000) {
        lastShown = p.done;
        console.log(`  ${p.done}/${p.total} after ${p.elapsed.toFixed(0)} s (${(p.done / p.elapsed).toFixed(1)} items/s)`);
      }
    },
  });
  console.log(`  stored ${s.added} articles (${s.failed} items failed, ${s.unchanged} duplicates skipped) in ${s.seconds.toFixed(1)} s`);
  console.log(`  end to end: ${s.articlesPerSecond.toFixed(1)} articles/s stored, ${(s.items / s.seconds).toFixed(1)} items/s read (target ≥ 150 articles/s)`);
  console.log(`  peak memory (resident, all threads): ${mb(process.resourceUsage().maxRSS)} (target ≤ 1024 MB)`);
  const errs = new Map<string, number>();
  for (const e of await store.errors(s.runId)) errs.set(e.code, (errs.get(e.code) ?? 0) + 1);
  console.log(`  failed items by code: ${[...errs].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  const again = await ingest(store, { paths: files }, { threads });
  console.log(`second run: added ${again.added}, updated ${again.updated}, unchanged ${again.unchanged}, failed ${again.failed} in ${again.seconds.toFixed(1)} s`);
  const st = await store.stats();
  console.log(`database: ${st.articles} articles, ${st.stories} stories, ${st.sources} sources, ${st.entities} entities, ${st.articleEvents} article events merged into ${st.events} events`);
  await store.close();
}

// --- search latency ----------------------------------------------------------------------------
const store = openStore(dbFile);
const queries: { q: string; f?: SearchFilters }[] = [];
for (const q of ['إسرائيل', 'الحكومة', 'وزير الخارجية', 'تونس', 'غزة', 'الرئيس', 'الأمم المتحدة', 'مظاهرة', 'اعتقال', 'قصف', 'الانتخابات', 'السعودية', 'النفط', 'كورونا', 'الجيش', 'المغرب', 'اتفاق', 'الحوثيين', 'حماس', 'البرلمان']) {
  queries.push({ q });
  queries.push({ q, f: { from: '2015-01-01', to: '2020-12-31' } });
}
for (const q of ['"وزير الخارجية"', 'الجيش غزة', 'الحكومة تونس', 'الرياض الهلال', 'مجلس الأمن']) queries.push({ q });
queries.push({ q: 'إسرائيل', f: { actor: 'ISR' } }, { q: 'الحكومة', f: { type: 'PROTEST' } }, { q: 'تونس', f: { source: 'Jawhara' } });
// rare words: one run of each
for (const q of ['بوريطة', 'الفاروق', 'كوخافي', 'زلزال', 'الطماطم']) queries.push({ q });

const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const { q, f } of queries) {
    const t0 = performance.now();
    await store.search(q, { limit: 20, ...f });
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number): string => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
console.log(`search (${store.description.split(':')[0]}): ${times.length} queries (${queries.length} distinct × 5, 20 hits with snippets each): p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${times[times.length - 1]!.toFixed(1)} ms (target p95 < 50 ms)`);
await store.close();
if (!opt('--db')) rmSync(tmp, { recursive: true, force: true });
