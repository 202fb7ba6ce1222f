/**
 * `npm run bench:queue` (also part of `npm run bench`): distributed ingest through Redis into
 * PostgreSQL on this machine, with 1 and then 2 `rasd worker` processes (one analysis thread
 * each), on the same articles: articles/s from the first job taken to the queue drained, and the
 * ratio of the two (the scaling). Each run uses a fresh PostgreSQL schema and queue, removed after.
 * Options: `--articles N` (default 2,000: the first N/5 lines of each news file), `--workers 1,2`,
 * `--concurrency N` (analysis threads per worker, default 1). Needs `$RASD_BENCH_PG` (default
 * postgres://root@127.0.0.1:5432/test) and `$RASD_BENCH_REDIS` (default redis://127.0.0.1:6379).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PROJECT_ROOT } from '../src/data.ts';
import { inputSources } from '../src/ingest/ingest.ts';
import { openQueue } from '../src/queue/queue.ts';
import { statusOf } from '../src/queue/status.ts';
import { missingDataMessage, sharedDataFile } from '../src/shared-data.ts';
import { PostgresStore } from '../src/store/pg.ts';
import { opt } from './common.ts';

const PG_URL = process.env.RASD_BENCH_PG ?? 'postgres://root@127.0.0.1:5432/test';
const REDIS_URL = process.env.RASD_BENCH_REDIS ?? 'redis://127.0.0.1:6379';
const articles = Number(opt('--articles') ?? 2000);
const workerCounts = (opt('--workers') ?? '1,2').split(',').map(Number);
const concurrency = Number(opt('--concurrency') ?? 1);

const newsDir = sharedDataFile('news');
if (!newsDir) {
  console.log(missingDataMessage('news'));
  process.exit(0);
}
try {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  await c.end();
} catch (err) {
  console.log(`bench:queue skipped: no PostgreSQL at ${PG_URL} (${(err as Error).message}); set RASD_BENCH_PG`);
  process.exit(0);
}

// the same articles for every run: the first lines of each news file
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rasd-bench-queue-'));
const files = readdirSync(newsDir).filter((f) => f.endsWith('.jsonl')).sort();
const per = Math.ceil(articles / files.length);
const lines = files.flatMap((f) => readFileSync(path.join(newsDir, f), 'utf8').split('\n').filter((l) => l.trim()).slice(0, per)).slice(0, articles);
const input = path.join(tmp, 'bench.jsonl');
writeFileSync(input, lines.join('\n') + '\n');

function startWorker(queue: string, db: string): ChildProcess {
  return spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'rasd.js'), 'worker', '--queue', REDIS_URL, '--queue-name', queue, '--db', db,
    '--concurrency', String(concurrency), '--log-every', '3600', '--json'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The machine's CPU time so far (all cores): busy and total jiffies, from /proc/stat (Linux). */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3]! + (f[4] ?? 0);
    const total = f.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

const results: { workers: number; seconds: number; rate: number; stored: number }[] = [];
console.log(`queue: ${lines.length} news articles (${per} per file), Redis ${REDIS_URL}, PostgreSQL ${PG_URL}, ${concurrency} analysis thread(s) per worker, ${os.availableParallelism()} cores`);
for (const n of workerCounts) {
  const schema = `rasd_bench_q${n}_${process.pid}`;
  const db = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  const name = `rasd-bench-${n}-${process.pid}`;
  const q = await openQueue(REDIS_URL, name);
  const store = new PostgresStore(db);
  await store.stats(); // migrate before the clock starts
  const workers: ChildProcess[] = [];
  try {
    const e = await q.enqueue(inputSources({ paths: [input] }).items);
    // the clock starts when the first job is taken, so that worker start-up (loading the models) is not counted
    for (let i = 0; i < n; i++) workers.push(startWorker(name, db));
    let s = await statusOf(q);
    while (s.counts.waiting === e.enqueued) {
      await new Promise((r) => setTimeout(r, 20));
      s = await statusOf(q);
    }
    const t0 = performance.now();
    const cpu0 = cpuTimes();
    while (!s.drained) {
      await new Promise((r) => setTimeout(r, 100));
      s = await statusOf(q);
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = cpuTimes();
    const busy = cpu0 && cpu1 ? `, the machine's CPUs ${(((cpu1.busy - cpu0.busy) / (cpu1.total - cpu0.total)) * 100).toFixed(0)}% busy (workers, PostgreSQL and Redis)` : '';
    const stored = (await store.stats()).articles;
    results.push({ workers: n, seconds, rate: stored / seconds, stored });
    console.log(`  ${n} worker${n > 1 ? 's' : ''}: ${stored} articles stored (${s.counts.dead} dead letters) in ${seconds.toFixed(1)} s: ${(stored / seconds).toFixed(1)} articles/s${busy}`);
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
    await q.obliterate();
    await q.close();
    await store.query(`DROP SCHEMA ${schema} CASCADE`);
    await store.close();
  }
}
const one = results.find((r) => r.workers === 1);
for (const r of results) if (one && r !== one) console.log(`  scaling: ${r.workers} workers give ${(r.rate / one.rate).toFixed(2)}× the throughput of one`);
rmSync(tmp, { recursive: true, force: true });
