/**
 * Fault: the connection to PostgreSQL lost in the middle of an ingest (issue #10). rasd's
 * connections carry an `application_name` (here a unique one, given in the address), so the test
 * can find them in `pg_stat_activity` and end them with `pg_terminate_backend`, as a server
 * restart, a failover or a network cut would. To cut them inside a write, the test locks the
 * `events` table, waits until rasd's batch is blocked on it (having inserted its articles and
 * their layers), terminates rasd's connections, and lets the table go.
 *
 * Shown, for `rasd ingest --db postgres://…`: E_STORE naming the database (without password) and
 * saying the connection was lost, the failed batch rolled back (every stored article whole, a
 * prefix of the input), the run marked interrupted, and a re-run that stores the rest and gives
 * what one clean run gives. For the queue worker: the cut fails a write, the worker neither dies
 * nor loses anything (pg.Pool opens new connections and the write is tried again), and every
 * article ends stored exactly once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import pg from 'pg';
import { ingest, inputSources } from '../../src/ingest/ingest.ts';
import { openQueue } from '../../src/queue/queue.ts';
import { statusOf, waitUntilDrained } from '../../src/queue/status.ts';
import { runWorker } from '../../src/queue/worker.ts';
import { PostgresStore } from '../../src/store/pg.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { PG_URL, pgMissing, pgSchemaUrl } from '../helpers/engines.ts';
import { tempDir } from '../helpers/store.ts';
import { REDIS_URL, redisMissing, uniqueName, writeJsonl } from '../queue/helpers.ts';
import {
  assertCliError, BATCH, contentsByKey, corpus, cutConnectionsMidWrite, ingestText, killIfRunning, layerCountsSql, literally, namedConnection,
  partialArticles, pgArticleCount, PG_INDEXED, rasd, startRasd, waitFor, type LayerCounts, type RasdChild,
} from './helpers.ts';

const redis = await redisMissing();

test('PostgreSQL connections cut mid-ingest: E_STORE "connection lost" naming the database, the batch rolled back, the run interrupted; the re-run equals a clean run', { skip: pgMissing, timeout: 90_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-pg-');
  const pgs = pgSchemaUrl('rasd_fault');
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const { jsonl, inputs, keys } = corpus(24);
  const { url, app } = namedConnection(pgs.url, 'ingest');
  const args = ['ingest', '-', '--db', url, '--threads', '0', '--batch', String(BATCH), '--json'];
  let child: RasdChild | undefined;
  try {
    const reference = new SqliteStore(path.join(dir, 'clean.db'));
    await ingestText(reference, jsonl);

    child = startRasd(args, { stdin: jsonl });
    const running = child;
    await waitFor('the ingest has stored two batches', async () => (await pgArticleCount(admin, pgs.schema)) >= 2 * BATCH, { detail: () => running.stderr() });
    const killed = await cutConnectionsMidWrite(admin, pgs.schema, app, () => running.stderr());
    assert.ok(killed >= 1);
    const r = await child.exited;
    assertCliError({ code: r.code, stderr: child.stderr() }, 'E_STORE', literally(`cannot write to ${url}`),
      /the connection to the database was lost \(terminating connection due to administrator command\)/, /the ingest stopped after storing \d+ articles, in whole batches/);

    const store = new PostgresStore(pgs.url);
    try {
      const stored = await store.query<LayerCounts>(layerCountsSql(PG_INDEXED));
      assert.ok(stored.length >= 2 * BATCH && stored.length < inputs.length && stored.length % BATCH === 0, `whole batches: ${stored.length}`);
      assert.match(child.stderr(), new RegExp(`stopped after storing ${stored.length} articles`));
      assert.deepEqual(stored.map((s) => s.key), keysInOrder(reference).slice(0, stored.length), 'a prefix of the input');
      assert.deepEqual(partialArticles(stored), [], 'the batch cut mid-write left nothing behind');
      assert.deepEqual((await store.stats()).runs.map((x) => [x.status, x.added]), [['interrupted', stored.length]], 'the run is marked interrupted (on a new connection)');

      const again = await rasd(args, { stdin: jsonl });
      assert.equal(again.code, 0, again.stderr);
      const s = JSON.parse(again.stdout) as { added: number; unchanged: number; failed: number };
      assert.deepEqual([s.added, s.unchanged, s.failed], [inputs.length - stored.length, stored.length, 0]);
      assert.deepEqual(await contentsByKey(store, keys), await contentsByKey(reference, keys), 'the same articles, stories and merged events as one clean run');
      // without an application_name in the address, rasd's connections are named rasd
      assert.deepEqual(await store.query("SELECT current_setting('application_name') AS name"), [{ name: 'rasd' }]);
    } finally {
      await store.close();
      await reference.close();
    }
  } finally {
    killIfRunning(child);
    await admin.end();
    await pgs.drop();
    cleanup();
  }
});

/** The keys of a SQLite store in storage order. */
function keysInOrder(s: SqliteStore): string[] {
  return s.db.prepare('SELECT key FROM articles ORDER BY id').pluck().all() as string[];
}

/** A store that passes everything through and keeps the errors of its writes (to see that the fault hit a write). */
function watched(inner: Store): Store & { writeErrors: Error[] } {
  const writeErrors: Error[] = [];
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'writeErrors') return writeErrors;
      if (prop === 'writeBatch') {
        return (...a: Parameters<Store['writeBatch']>) => target.writeBatch(...a).catch((err: Error) => {
          writeErrors.push(err);
          throw err;
        });
      }
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...x: unknown[]) => unknown).bind(target) : v;
    },
  }) as Store & { writeErrors: Error[] };
}

test('queue worker: its PostgreSQL connections cut mid-write, the write is tried again on new connections and every article ends stored exactly once', { skip: pgMissing || redis || false, timeout: 90_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-pg-');
  const pgs = pgSchemaUrl('rasd_fault');
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const { inputs, keys } = corpus(16);
  const file = writeJsonl(dir, 'batch.jsonl', inputs);
  const { url, app } = namedConnection(pgs.url, 'worker');
  const q = await openQueue(REDIS_URL, uniqueName('fault-pg'));
  const inner = new PostgresStore(url);
  const store = watched(inner);
  const stop = new AbortController();
  const errors: string[] = [];
  let done: ReturnType<typeof runWorker> | undefined;
  try {
    await q.enqueue(inputSources({ paths: [file] }).items, { attempts: 5, backoffMs: 100 });
    done = runWorker({ queueUrl: REDIS_URL, queueName: q.name, store, concurrency: 2, threads: 0, lockMs: 5000, signal: stop.signal, onError: (e) => errors.push(e.message) });
    await waitFor('the worker has stored two batches', async () => (await pgArticleCount(admin, pgs.schema)) >= 2 * BATCH);
    assert.ok(await cutConnectionsMidWrite(admin, pgs.schema, app) >= 1);
    const drained = await waitUntilDrained(q, { timeoutMs: 60_000, pollMs: 50 });
    stop.abort();
    const summary = await done;

    assert.ok(store.writeErrors.length >= 1, 'the cut failed a write');
    for (const e of store.writeErrors) {
      assert.match(e.message, /^cannot write to postgres:\/\/.* the connection to the database was lost/, e.message);
      assert.equal((e as { code?: string }).code, 'E_STORE');
    }
    assert.deepEqual([summary.added, summary.failed], [inputs.length, 0], `every job stored, none failed (errors: ${errors.join('; ')})`);
    assert.deepEqual([drained.counts.completed, drained.counts.failed, drained.counts.dead], [inputs.length, 0, 0]);
    const rows = await inner.query<{ n: number; h: number; k: number }>('SELECT count(*) AS n, count(DISTINCT content_hash) AS h, count(DISTINCT key) AS k FROM articles');
    assert.deepEqual(rows[0], { n: inputs.length, h: inputs.length, k: inputs.length }, 'each article exactly once');
    assert.deepEqual(partialArticles(await inner.query<LayerCounts>(layerCountsSql(PG_INDEXED))), []);
    assert.deepEqual((await statusOf(q)).counts.dead, 0);

    // the same as one local ingest of the same file
    const reference = new SqliteStore(path.join(dir, 'clean.db'));
    try {
      await ingest(reference, { paths: [file] }, { threads: 0, batchSize: BATCH });
      assert.deepEqual(await contentsByKey(inner, keys), await contentsByKey(reference, keys));
    } finally {
      await reference.close();
    }
  } finally {
    stop.abort();
    await done?.catch(() => undefined);
    await inner.close();
    await q.obliterate();
    await q.close();
    await admin.end();
    await pgs.drop();
    cleanup();
  }
});
