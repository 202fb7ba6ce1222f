/**
 * The queue from the command line, as separate processes: `rasd ingest --queue` enqueues, a
 * `rasd worker` stopped with SIGTERM finishes the jobs in hand and exits 0 with nothing lost,
 * `rasd queue status` and `rasd queue dead` report, and an unreachable Redis is `E_QUEUE` within
 * seconds, its password never shown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/data.ts';
import { inputSources } from '../../src/ingest/ingest.ts';
import { openQueue } from '../../src/queue/queue.ts';
import { statusOf, waitUntilDrained } from '../../src/queue/status.ts';
import { runWorker } from '../../src/queue/worker.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/store.ts';
import { manyArticles, REDIS_URL, redisMissing, uniqueName, writeJsonl } from './helpers.ts';

const missing = await redisMissing();

test('rasd worker: SIGTERM finishes the jobs in hand and exits 0; nothing is lost and another worker finishes the rest', { skip: missing ?? false, timeout: 60_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-queue-cli-');
  const name = uniqueName('sigterm');
  const q = await openQueue(REDIS_URL, name);
  try {
    const inputs = manyArticles(6);
    const file = writeJsonl(dir, 'news.jsonl', [...inputs, 'not json']);
    const db = path.join(dir, 'rasd.db');
    const queueArgs = ['--queue', REDIS_URL, '--queue-name', name];

    const enq = await runCli(['ingest', file, ...queueArgs]);
    assert.equal(enq.code, 1, 'one line could not be read');
    const { seconds, ...counts } = JSON.parse(enq.stdout) as Record<string, unknown>;
    assert.equal(typeof seconds, 'number');
    assert.deepEqual(counts, { queue: name, url: REDIS_URL, items: inputs.length + 1, enqueued: inputs.length, requeued: 0, duplicates: 0, dead: 1 });

    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'rasd.js'), 'worker', ...queueArgs, '--db', db, '--concurrency', '1', '--lock-ms', '5000', '--log-every', '1'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => { stdout += b.toString('utf8'); });
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString('utf8'); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let atSignal = { completed: 0, active: 0 };
    for (let i = 0; i < 600 && !(atSignal.completed >= 3 && atSignal.active >= 1); i++) {
      await new Promise((r) => setTimeout(r, 50));
      atSignal = (await statusOf(q)).counts;
    }
    assert.ok(atSignal.completed >= 3 && atSignal.active >= 1, `the worker completed ${atSignal.completed} jobs and holds ${atSignal.active} (stderr: ${stderr})`);
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    assert.match(stderr, /stopping after the jobs in hand/);

    const stopped = await statusOf(q);
    assert.ok(stopped.counts.completed > atSignal.completed, 'the job in hand at SIGTERM was finished');
    assert.deepEqual([stopped.counts.active, stopped.counts.failed, stopped.counts.delayed], [0, 0, 0], 'no job left held or failed');
    assert.equal(stopped.counts.completed + stopped.counts.waiting, inputs.length);
    assert.ok(stopped.counts.waiting > 0, 'stopped before the end');
    const summary = JSON.parse(stdout) as { added: number; processed: number; runId: number };
    assert.deepEqual([summary.added, summary.processed], [stopped.counts.completed, stopped.counts.completed]);
    const store = new SqliteStore(db);
    const stats = await store.stats();
    assert.equal(stats.articles, stopped.counts.completed, 'every completed job is stored, and nothing else');
    assert.deepEqual(stats.runs.map((r) => [r.status, r.added]), [['done', stopped.counts.completed]]);

    // the rest, by another worker
    const stop = new AbortController();
    const done = runWorker({ queueUrl: REDIS_URL, queueName: name, store, concurrency: 2, threads: 0, signal: stop.signal, onError: () => undefined });
    const drained = await waitUntilDrained(q, { timeoutMs: 30_000, pollMs: 50 });
    stop.abort();
    const rest = await done;
    assert.equal(rest.added, stopped.counts.waiting);
    assert.deepEqual([drained.counts.completed, drained.counts.failed, drained.counts.dead], [inputs.length, 0, 1]);
    assert.equal((await store.stats()).articles, inputs.length);
    await store.close();

    // status and dead letters as the commands print them
    const status = await runCli(['queue', 'status', ...queueArgs, '--json']);
    assert.equal(status.code, 0, status.stderr);
    const s = JSON.parse(status.stdout) as { counts: Record<string, number>; drained: boolean; throughput: { completedTotal: number } };
    assert.deepEqual(s.counts, { waiting: 0, active: 0, delayed: 0, completed: inputs.length, failed: 0, dead: 1 });
    assert.equal(s.drained, true);
    assert.equal(s.throughput.completedTotal, inputs.length);
    const dead = await runCli(['queue', 'dead', ...queueArgs]);
    assert.equal(dead.code, 0, dead.stderr);
    assert.match(dead.stdout, new RegExp(`news\\.jsonl:${inputs.length + 1}  E_BAD_JSON  \\(0 attempts\\)`));
    assert.match(dead.stdout, /1 of 1 dead letters/);
  } finally {
    await q.obliterate();
    await q.close();
    cleanup();
  }
});

test('rasd queue: an unreachable Redis is E_QUEUE within seconds, and the message hides the password', { timeout: 30_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-queue-cli-');
  try {
    const url = 'redis://:s3cret@127.0.0.1:1';
    const file = writeJsonl(dir, 'a.jsonl', manyArticles(1).slice(0, 1));
    for (const args of [['queue', 'status', '--queue', url], ['ingest', file, '--queue', url], ['worker', '--queue', url, '--db', path.join(dir, 'rasd.db')]]) {
      const started = Date.now();
      const r = await runCli(args);
      const seconds = (Date.now() - started) / 1000;
      assert.equal(r.code, 1, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, /E_QUEUE: cannot use the queue at redis:\/\/:\*\*\*@127\.0\.0\.1:1: connect ECONNREFUSED/);
      assert.doesNotMatch(r.stderr, /s3cret/);
      assert.ok(seconds < 6, `${args.join(' ')} failed after ${seconds} s`);
    }
    if (process.env.RASD_QUEUE === undefined) {
      const none = await runCli(['queue', 'status']);
      assert.equal(none.code, 1);
      assert.match(none.stderr, /E_QUEUE: no queue address: give --queue redis:\/\/HOST:PORT or set \$RASD_QUEUE/);
    }
  } finally {
    cleanup();
  }
});

test('queue: enqueuing from the library and the command line gives the same jobs', { skip: missing ?? false }, async () => {
  const { dir, cleanup } = tempDir('rasd-queue-cli-');
  const [a, b] = [await openQueue(REDIS_URL, uniqueName('lib')), await openQueue(REDIS_URL, uniqueName('cli'))];
  try {
    const file = writeJsonl(dir, 'a.jsonl', manyArticles(1));
    await a.enqueue(inputSources({ paths: [file] }).items);
    const r = await runCli(['ingest', file, '--queue', REDIS_URL, '--queue-name', b.name, '--attempts', '3', '--backoff-ms', '200']);
    assert.equal(r.code, 0, r.stderr);
    const ids = async (q: typeof a): Promise<string[]> => (await q.jobs.getWaiting()).map((j) => j.id!).sort();
    assert.deepEqual(await ids(b), await ids(a));
    const [job] = await b.jobs.getWaiting(0, 0);
    assert.deepEqual([job!.opts.attempts, job!.opts.backoff], [3, { type: 'exponential', delay: 200 }]);
  } finally {
    for (const q of [a, b]) {
      await q.obliterate();
      await q.close();
    }
    cleanup();
  }
});
