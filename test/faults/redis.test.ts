/**
 * Fault: the Redis connection lost mid-ingest (issue #10). The tests start a Redis server of
 * their own (`redis-server` on a free port, its data in an append-only file synced on every
 * write), so that cutting its connections or killing it touches no other test.
 *
 * - A `rasd worker` process works through a queue while (1) every client connection of the
 *   server is cut (`CLIENT KILL TYPE normal`) and later (2) the server is killed with SIGKILL and
 *   started again: the worker reconnects each time, says so on stderr, and every article ends
 *   stored exactly once, whole, as one local ingest stores it; SIGTERM then stops it cleanly.
 * - `rasd ingest --queue` against a Redis that goes away mid-enqueue (killed with SIGKILL) fails
 *   within seconds with E_QUEUE naming the address without its password, exit status 1, no stack
 *   trace; with Redis back, enqueuing the same inputs again adds exactly what was missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ingest, inputSources } from '../../src/ingest/ingest.ts';
import { openQueue, type IngestQueue } from '../../src/queue/queue.ts';
import { statusOf, waitUntilDrained } from '../../src/queue/status.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { tempDir } from '../helpers/store.ts';
import { writeJsonl } from '../queue/helpers.ts';
import {
  assertCliError, BATCH, contentsByKey, corpus, killIfRunning, literally, partialArticles, PrivateRedis, rasd, redisServerMissing, sleep,
  sqliteArticleCount, sqliteLayerCounts, startRasd, waitFor, withSqlite, type RasdChild,
} from './helpers.ts';

const skip = redisServerMissing() ?? false;

test('rasd worker: its Redis connections cut, then Redis killed and restarted: it reconnects, and every article ends stored exactly once', { skip, timeout: 120_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-redis-');
  const redis = await PrivateRedis.start(path.join(dir, 'redis'));
  const { inputs, keys } = corpus(16);
  const file = writeJsonl(dir, 'batch.jsonl', inputs);
  const db = path.join(dir, 'rasd.db');
  const name = 'fault-worker';
  let worker: RasdChild | undefined;
  let q: IngestQueue | undefined;
  const admin = redis.client();
  try {
    q = await openQueue(redis.url, name);
    const enq = await q.enqueue(inputSources({ paths: [file] }).items, { attempts: 5, backoffMs: 200 });
    assert.equal(enq.enqueued, inputs.length);
    await q.close();

    worker = startRasd(['worker', '--queue', redis.url, '--queue-name', name, '--db', db, '--concurrency', '1', '--lock-ms', '2000', '--log-every', '1', '--json']);
    const w = worker;
    const detail = (): string => w.stderr();

    // (1) every client connection cut while jobs are in hand
    await waitFor('the worker has stored some articles', () => sqliteArticleCount(db) >= 3 * BATCH, { detail });
    const cut = Number(await admin.client('KILL', 'TYPE', 'normal'));
    assert.ok(cut >= 2, `the worker's connections were cut (${cut})`);
    const atCut = sqliteArticleCount(db);
    await waitFor('the worker goes on after its connections were cut', () => sqliteArticleCount(db) >= atCut + 2 * BATCH, { detail });

    // (2) Redis killed (as a crash) and started again on the same data
    admin.disconnect();
    await redis.stop('SIGKILL');
    const atKill = sqliteArticleCount(db);
    await sleep(300);
    await redis.start();
    q = await openQueue(redis.url, name);
    const drained = await waitUntilDrained(q, { timeoutMs: 60_000, pollMs: 100 });
    assert.ok(atKill < inputs.length, `Redis was killed before the end (${atKill} of ${inputs.length} stored)`);
    assert.deepEqual([drained.counts.completed, drained.counts.failed, drained.counts.dead], [inputs.length, 0, 0], detail());

    worker.child.kill('SIGTERM');
    const exit = await worker.exited;
    assert.equal(exit.code, 0, detail());
    assert.match(worker.stderr(), literally(`rasd worker: lost the connection to the queue at ${redis.url}; reconnecting\n`), 'it says it lost its connection');
    const summary = JSON.parse(worker.stdout()) as { added: number; failed: number; processed: number };
    assert.equal(summary.added, inputs.length, 'each article added once (a job run again after the restart finds it stored)');
    assert.equal(summary.failed, 0);

    withSqlite(db, (d) => {
      assert.deepEqual(d.prepare('SELECT count(*) AS n, count(DISTINCT content_hash) AS h FROM articles').get(), { n: inputs.length, h: inputs.length }, 'each article exactly once');
    });
    assert.deepEqual(partialArticles(sqliteLayerCounts(db)), []);
    const [stored, local] = [new SqliteStore(db), new SqliteStore(path.join(dir, 'local.db'))];
    try {
      await ingest(local, { paths: [file] }, { threads: 0, batchSize: BATCH });
      assert.deepEqual(await contentsByKey(stored, keys), await contentsByKey(local, keys), 'what one local ingest stores');
    } finally {
      await stored.close();
      await local.close();
    }
  } finally {
    killIfRunning(worker);
    admin.disconnect();
    await q?.close();
    await redis.stop('SIGKILL');
    cleanup();
  }
});

test('rasd ingest --queue against a Redis that goes away: E_QUEUE naming the address without its password, exit status 1; with Redis back, enqueuing again adds what was missing', { skip, timeout: 60_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-redis-');
  const redis = await PrivateRedis.start(path.join(dir, 'redis'), 'fault-secret');
  const name = 'fault-enqueue';
  const { jsonl, inputs } = corpus(80);
  const lines = jsonl.trimEnd().split('\n');
  const shown = `redis://:***@127.0.0.1:${redis.port}`;
  let child: RasdChild | undefined;
  const admin = redis.client();
  try {
    const args = ['ingest', '-', '--queue', redis.url, '--queue-name', name, '--json'];
    child = startRasd(args, { stdin: 'pipe' });
    child.child.stdin!.write(lines.slice(0, 600).join('\n') + '\n');
    const c = child;
    // jobs go to Redis 500 at a time: wait for the first 500
    await waitFor('the first 500 jobs are in Redis', async () => (await admin.llen(`bull:${name}:wait`).catch(() => 0)) >= 500, { detail: () => c.stderr() });
    admin.disconnect();
    await redis.stop('SIGKILL');
    const gone = Date.now();
    child.child.stdin!.end(lines.slice(600).join('\n') + '\n');
    const r = await child.exited;
    assert.ok(Date.now() - gone < 15_000, `it gave up within seconds (${Date.now() - gone} ms)`);
    // lost while a command was under way, or refused when it tried to reconnect
    assertCliError({ code: r.code, stderr: child.stderr() }, 'E_QUEUE', literally(`cannot use the queue at ${shown}: `), /: (the connection to Redis was lost \(|connect ECONNREFUSED)/);
    assert.doesNotMatch(child.stderr() + child.stdout(), /fault-secret/, 'the password is never shown');

    // Redis back with its data: the same inputs again add the rest
    await redis.start();
    const again = await rasd(args, { stdin: jsonl });
    assert.equal(again.code, 0, again.stderr);
    const s = JSON.parse(again.stdout) as { url: string; items: number; enqueued: number; duplicates: number; dead: number };
    assert.equal(s.url, shown);
    assert.deepEqual([s.items, s.enqueued, s.duplicates, s.dead], [inputs.length, inputs.length - 500, 500, 0]);
    const q = await openQueue(redis.url, name);
    try {
      assert.equal((await statusOf(q)).counts.waiting, inputs.length, 'every input once in the queue');
    } finally {
      await q.close();
    }
  } finally {
    killIfRunning(child);
    admin.disconnect();
    await redis.stop('SIGKILL');
    cleanup();
  }
});
