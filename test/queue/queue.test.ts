/**
 * The ingest job queue with a real Redis and an in-process worker: a queue and a worker store what
 * local ingest stores; the same content is one job; poison inputs and read errors become dead
 * letters; transient store failures are retried; status counts and throughput. Each test uses a
 * queue of its own and removes it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { Redis } from 'ioredis';
import { RasdError } from '../../src/errors.ts';
import { ingest, inputSources } from '../../src/ingest/ingest.ts';
import { queueName } from '../../src/queue/queue.ts';
import { parseRedisUrl, redactUrl } from '../../src/queue/redis.ts';
import { perMinute, statusOf, waitUntilDrained } from '../../src/queue/status.ts';
import { runWorker, type RunWorkerOptions, type WorkerSummary } from '../../src/queue/worker.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { tempDir } from '../helpers/store.ts';
import { ARTICLES, REDIS_URL, redisMissing, withQueue, writeJsonl } from './helpers.ts';
import type { IngestQueue } from '../../src/queue/queue.ts';

const missing = await redisMissing();

/** Runs a worker on the queue until it is drained, then stops it and returns its summary. */
async function drain(q: IngestQueue, store: Store, options: Partial<RunWorkerOptions> = {}): Promise<WorkerSummary> {
  const stop = new AbortController();
  let onReady!: () => void;
  const ready = new Promise<void>((resolve) => { onReady = resolve; });
  const done = runWorker({ queueUrl: REDIS_URL, queueName: q.name, store, concurrency: 2, threads: 0, lockMs: 5000, signal: stop.signal, ...options, onReady });
  await Promise.race([ready, done]);
  await waitUntilDrained(q, { timeoutMs: 30_000, pollMs: 50 });
  stop.abort();
  return done;
}

/** A store whose writes of some articles fail (E_STORE) a number of times, by key; Infinity fails them always. */
function flakyStore(inner: SqliteStore, failures: Map<string, number>): Store & { attempts: Map<string, number> } {
  const attempts = new Map<string, number>();
  const writeBatch: Store['writeBatch'] = async (runId, articles, errors) => {
    for (const a of articles) {
      attempts.set(a.key, (attempts.get(a.key) ?? 0) + 1);
      const left = failures.get(a.key) ?? 0;
      if (left > 0) {
        failures.set(a.key, left - 1);
        throw new RasdError('E_STORE', `cannot write to the database: disk I/O error (injected for ${a.key})`);
      }
    }
    return inner.writeBatch(runId, articles, errors);
  };
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'writeBatch') return writeBatch;
      if (prop === 'attempts') return attempts;
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  }) as unknown as Store & { attempts: Map<string, number> };
}

function articleRows(s: SqliteStore): unknown[] {
  return s.db.prepare('SELECT key, content_hash, origin, source, title, published, analysis FROM articles ORDER BY key').all();
}

test('queue: redis:// addresses are parsed, passwords hidden, and the queue name comes from the flag, $RASD_QUEUE_NAME or rasd-ingest', () => {
  assert.deepEqual(parseRedisUrl('redis://:s3cret@cache.local:6380/2'), { host: 'cache.local', port: 6380, password: 's3cret', db: 2 });
  assert.deepEqual(parseRedisUrl('rediss://worker:p%40ss@[::1]'), { host: '::1', port: 6379, username: 'worker', password: 'p@ss', tls: {} });
  assert.equal(redactUrl('redis://worker:s3cret@cache.local:6380/2'), 'redis://worker:***@cache.local:6380/2');
  assert.equal(redactUrl('redis://127.0.0.1:6379'), 'redis://127.0.0.1:6379');
  assert.throws(() => parseRedisUrl('http://127.0.0.1:6379'), (e: RasdError) => e.code === 'E_USAGE' && /redis:\/\//.test(e.message));
  assert.throws(() => parseRedisUrl('redis://127.0.0.1/zero'), (e: RasdError) => e.code === 'E_USAGE');
  const saved = process.env.RASD_QUEUE_NAME;
  try {
    delete process.env.RASD_QUEUE_NAME;
    assert.equal(queueName(), 'rasd-ingest');
    process.env.RASD_QUEUE_NAME = 'news-2024';
    assert.equal(queueName(), 'news-2024');
    assert.equal(queueName('other'), 'other');
    assert.throws(() => queueName('a:b'), (e: RasdError) => e.code === 'E_USAGE');
  } finally {
    if (saved === undefined) delete process.env.RASD_QUEUE_NAME;
    else process.env.RASD_QUEUE_NAME = saved;
  }
});

test('queue: throughput per minute from BullMQ metrics counts the whole minutes asked for and the current one', () => {
  const now = Date.UTC(2024, 0, 1, 12, 10, 30); // 30 s into minute 12:10
  // the last point closed at 12:10:05 (5 completions since), 12:09 had 10, 12:08 had 20, 11:55 had 100
  const data = [10, 20, ...Array<number>(12).fill(0), 100];
  const metrics = { meta: { count: 1000, prevTS: Date.UTC(2024, 0, 1, 12, 10, 5), prevCount: 995 }, data, count: data.length };
  assert.equal(perMinute(metrics, now, 1), (5 + 10) / 1.5);
  assert.equal(perMinute(metrics, now, 5), (5 + 10 + 20) / 5.5);
  assert.equal(perMinute(metrics, now, 15), (5 + 10 + 20 + 100) / 15.5);
  // nothing completed for an hour: no throughput
  assert.equal(perMinute(metrics, now + 3_600_000, 15), 0);
  assert.equal(perMinute({ meta: { count: 0, prevTS: 0, prevCount: 0 }, data: [], count: 0 }, now, 5), 0);
});

test('queue: enqueued inputs and one worker store what local ingest stores; status counts and throughput', { skip: missing ?? false, timeout: 60_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-queue-');
  try {
    const inputs = path.join(dir, 'in');
    writeJsonl(dir, 'in/articles.jsonl', ARTICLES);
    writeJsonl(dir, 'in/more.jsonl', [{ id: 'm1', source: 'بترا', published: '2023-06-01', text: 'عمان - استقبل العاهل الأردني وزير الخارجية المصري في قصر الحسينية لبحث العلاقات الثنائية.' }]);
    const local = new SqliteStore(path.join(dir, 'local.db'));
    const ran = await ingest(local, { paths: [inputs] }, { threads: 0 });
    assert.equal(ran.added, ARTICLES.length + 1);

    await withQueue('same', async (q) => {
      const enq = await q.enqueue(inputSources({ paths: [inputs] }).items);
      assert.deepEqual({ items: enq.items, enqueued: enq.enqueued, duplicates: enq.duplicates, dead: enq.dead }, { items: ARTICLES.length + 1, enqueued: ARTICLES.length + 1, duplicates: 0, dead: 0 });
      const before = await statusOf(q);
      assert.deepEqual(before.counts, { waiting: ARTICLES.length + 1, active: 0, delayed: 0, completed: 0, failed: 0, dead: 0 });
      assert.equal(before.drained, false);
      assert.equal(before.workers, 0);

      const store = new SqliteStore(path.join(dir, 'queued.db'));
      const summary = await drain(q, store, { threads: 2 });
      assert.deepEqual([summary.added, summary.updated, summary.unchanged, summary.failed, summary.retried], [ARTICLES.length + 1, 0, 0, 0, 0]);
      assert.deepEqual(articleRows(store), articleRows(local), 'the same articles, keys, origins and analyses');
      const [a, b] = [await store.stats(), await local.stats()];
      assert.deepEqual([a.articles, a.stories, a.events, a.articleEvents, a.entities], [b.articles, b.stories, b.events, b.articleEvents, b.entities]);
      assert.deepEqual(a.runs.map((r) => [r.status, r.added]), [['done', ARTICLES.length + 1]], 'one run for the worker, finished with its counts');

      const after = await statusOf(q);
      assert.deepEqual(after.counts, { waiting: 0, active: 0, delayed: 0, completed: ARTICLES.length + 1, failed: 0, dead: 0 });
      assert.equal(after.drained, true);
      assert.equal(after.throughput.completedTotal, ARTICLES.length + 1);
      assert.ok(after.throughput.lastMinute > 0 && after.throughput.lastMinute <= ARTICLES.length + 1, `${after.throughput.lastMinute} jobs/min`);
      await store.close();
    });
    await local.close();
  } finally {
    cleanup();
  }
});

test('queue: the same content is one job, whether enqueued twice or twice in one go (job id = content hash)', { skip: missing ?? false }, async () => {
  const { dir, cleanup } = tempDir('rasd-queue-');
  try {
    // c1 again under another id: the same content, stored once by local ingest too
    const file = writeJsonl(dir, 'a.jsonl', [...ARTICLES, { ...ARTICLES[0]!, id: 'c1-again' }]);
    await withQueue('twice', async (q) => {
      const first = await q.enqueue(inputSources({ paths: [file] }).items);
      assert.deepEqual([first.enqueued, first.duplicates, first.requeued], [ARTICLES.length, 1, 0]);
      const second = await q.enqueue(inputSources({ paths: [file, file] }).items);
      assert.deepEqual([second.items, second.enqueued, second.duplicates], [2 * (ARTICLES.length + 1), 0, 2 * (ARTICLES.length + 1)]);
      assert.equal((await statusOf(q)).counts.waiting, ARTICLES.length);
      const [job] = await q.jobs.getWaiting(0, 0);
      assert.match(job!.id!, /^[0-9a-f]{64}$/);
      assert.equal(job!.id, job!.data.meta.contentHash);
      assert.deepEqual([job!.opts.attempts, job!.opts.removeOnFail], [5, false]);
    });
  } finally {
    cleanup();
  }
});

test('queue: a poison input fails at once into the dead-letter queue and the store\'s errors; a bad line goes there from the enqueuing side; enqueuing again retries what failed', { skip: missing ?? false, timeout: 30_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-queue-');
  try {
    const file = writeJsonl(dir, 'batch.jsonl', [ARTICLES[0]!, { id: 'poison', text: '   ' }, ARTICLES[1]!, '{"id": "broken", "text": "نص']);
    const store = new SqliteStore(path.join(dir, 'rasd.db'));
    await withQueue('poison', async (q) => {
      const enq = await q.enqueue(inputSources({ paths: [file] }).items);
      assert.deepEqual([enq.enqueued, enq.dead], [3, 1]);
      const summary = await drain(q, store);
      assert.deepEqual([summary.added, summary.failed, summary.retried], [2, 1, 0]);
      assert.equal((await store.stats()).articles, 2);

      const letters = await q.deadLetters();
      const poison = letters.find((d) => d.key === 'id:poison');
      assert.deepEqual(poison && { item: poison.item, code: poison.code, message: poison.message, attempts: poison.attempts, text: poison.input?.text },
        { item: `${file}:2`, code: 'E_EMPTY_INPUT', message: 'the text is empty', attempts: 1, text: '   ' }, 'not retried: the analysis would refuse it again');
      const broken = letters.find((d) => d.item === `${file}:4`);
      assert.deepEqual(broken && [broken.code, broken.attempts, broken.input, broken.key], ['E_BAD_JSON', 0, null, null]);
      assert.deepEqual((await store.errors()).map((e) => [e.item, e.code]), [[`${file}:2`, 'E_EMPTY_INPUT']], 'the worker records its dead letters in the store');
      const status = await statusOf(q);
      assert.deepEqual(status.counts, { waiting: 0, active: 0, delayed: 0, completed: 2, failed: 1, dead: 2 });
      assert.equal((await q.jobs.getJob(poison!.contentHash!))?.failedReason, 'E_EMPTY_INPUT: the text is empty');

      // again: the failed job is enqueued anew (its dead letter removed), the others are in the queue already
      const again = await q.enqueue(inputSources({ paths: [file] }).items);
      assert.deepEqual([again.enqueued, again.requeued, again.duplicates, again.dead], [1, 1, 2, 1]);
      assert.deepEqual((await q.deadLetters()).map((d) => d.code), ['E_BAD_JSON']);
      assert.equal((await statusOf(q)).counts.waiting, 1);
    });
    await store.close();
  } finally {
    cleanup();
  }
});

test('queue: a store write that fails once is retried and stored; one that keeps failing goes to the dead-letter queue when its attempts are spent', { skip: missing ?? false, timeout: 30_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-queue-');
  try {
    const file = writeJsonl(dir, 'a.jsonl', ARTICLES.slice(0, 3));
    const inner = new SqliteStore(path.join(dir, 'rasd.db'));
    const store = flakyStore(inner, new Map([['id:c1', 1], ['id:c2', Infinity]]));
    await withQueue('transient', async (q) => {
      await q.enqueue(inputSources({ paths: [file] }).items, { attempts: 3, backoffMs: 50 });
      const summary = await drain(q, store);
      // c2 is tried three times; c1's failed write is tried again, alone when its batch failed
      // (batcher.ts) or as a retried job when it was alone: how the jobs fell into batches varies
      assert.deepEqual([summary.added, summary.failed], [2, 1]);
      assert.ok(summary.retried >= 2 && summary.retried <= 3, `c2 retried twice, c1 at most once: ${summary.retried}`);
      assert.ok(store.attempts.get('id:c1')! >= 2 && store.attempts.get('id:c2')! >= 3, JSON.stringify([...store.attempts]));
      assert.ok(await inner.article('c1'), 'stored after its failed write');
      assert.ok(await inner.article('c3'), 'not taken down by c2 in its batch');
      assert.equal(await inner.article('c2'), null);

      const [dead] = await q.deadLetters();
      assert.deepEqual(dead && [dead.key, dead.code, dead.attempts], ['id:c2', 'E_STORE', 3]);
      assert.match(dead!.message, /disk I\/O error \(injected for id:c2\)/);
      assert.deepEqual((await inner.errors()).map((e) => [e.item, e.code]), [[`${file}:2`, 'E_STORE']]);
      const c1 = (await q.jobs.getCompleted()).find((j) => j.data.meta.key === 'id:c1');
      assert.ok(c1 && c1.attemptsMade >= 1 && c1.attemptsMade <= 2, `c1 completed after ${c1?.attemptsMade} attempts`);
      assert.deepEqual((await statusOf(q)).counts, { waiting: 0, active: 0, delayed: 0, completed: 2, failed: 1, dead: 1 });
    });
    await inner.close();
  } finally {
    cleanup();
  }
});

test('queue: a job BullMQ fails itself (stalled more than twice) gets an E_QUEUE dead letter and a row in the store\'s errors', { skip: missing ?? false, timeout: 30_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-queue-');
  const redis = new Redis(REDIS_URL);
  try {
    const file = writeJsonl(dir, 'a.jsonl', ARTICLES.slice(0, 2));
    const store = new SqliteStore(path.join(dir, 'rasd.db'));
    await withQueue('stalled', async (q) => {
      await q.enqueue(inputSources({ paths: [file] }).items);
      // what BullMQ's stalled check (moveStalledJobsToWait) writes on a job found stalled a third time
      const [job] = await q.jobs.getWaiting(0, 0);
      await redis.hset(q.jobs.toKey(job!.id!), { stc: 3, defa: 'job stalled more than allowable limit' });
      const summary = await drain(q, store);
      assert.deepEqual([summary.added, summary.failed], [1, 1]);
      const [dead] = await q.deadLetters();
      assert.deepEqual(dead && [dead.key, dead.code, dead.message], [job!.data.meta.key, 'E_QUEUE', 'the queue failed the job: job stalled more than allowable limit']);
      assert.deepEqual((await store.errors()).map((e) => [e.item, e.code]), [[job!.data.meta.origin, 'E_QUEUE']]);
    });
    await store.close();
  } finally {
    redis.disconnect();
    cleanup();
  }
});
