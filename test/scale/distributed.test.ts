/**
 * Distributed ingest with real PostgreSQL and Redis, as on several machines: 2,000 real news
 * articles and one poison input are enqueued with `rasd ingest --queue`; two `rasd worker`
 * processes take them; one is killed with SIGKILL half-way and a new one starts. Then every
 * article is stored exactly once, the poison input is in the dead-letter queue with its error,
 * and the database holds what one local `ingest` of the same file into SQLite holds: the same
 * articles, stories and merged events.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/data.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import type { AnalyzeInput } from '../../src/reader/input.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';
import { PostgresStore } from '../../src/store/pg.ts';
import { articleKey, contentHash } from '../../src/store/records.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { runCli } from '../helpers/cli.ts';
import { pgMissing, pgSchemaUrl } from '../helpers/engines.ts';
import { tempDir } from '../helpers/store.ts';
import { REDIS_URL, redisMissing, uniqueName } from '../queue/helpers.ts';

const NEWS = ['news', 'aljazeera_palestine_excerpts.jsonl'];
const ARTICLES = 2000;
const news = sharedDataFile(...NEWS);
const skip = pgMissing || (await redisMissing()) || (news ? false : missingDataMessage(...NEWS));

interface Status { counts: { waiting: number; active: number; delayed: number; completed: number; failed: number; dead: number }; drained: boolean; workers: number }

async function status(queue: string): Promise<Status> {
  const r = await runCli(['queue', 'status', '--queue', REDIS_URL, '--queue-name', queue, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Status;
}

function startWorker(queue: string, db: string): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'rasd.js'), 'worker', '--queue', REDIS_URL, '--queue-name', queue, '--db', db,
    '--concurrency', '1', '--lock-ms', '2000', '--log-every', '5', '--json'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => { out += b.toString(); });
  child.stderr!.on('data', (b: Buffer) => { out += b.toString(); });
  return Object.assign(child, { output: () => out });
}

const exited = (c: ChildProcess): Promise<number | null> => new Promise((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve(c.exitCode) : c.once('exit', (code) => resolve(code))));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** What a store holds, by article key (ids differ between the two runs): articles, stories, merged events. */
async function contents(store: Store, storyRows: { key: string; story: string }[]): Promise<unknown> {
  const events: string[] = [];
  for (const e of (await store.events()).events) {
    const keys = (await store.eventEvidence(e.id)).map((x) => `${x.key}#${x.eventId}`).sort();
    events.push(JSON.stringify({ ...e, id: 0, firstArticleId: 0, keys }));
  }
  // stories as a partition of the keys
  const byStory = new Map<string, string[]>();
  for (const r of storyRows) (byStory.get(r.story) ?? byStory.set(r.story, []).get(r.story)!).push(r.key);
  const stories = [...byStory.values()].map((k) => k.sort().join(' ')).sort();
  const s = await store.stats();
  return { events: events.sort(), stories, counts: [s.articles, s.stories, s.entities, s.linkedEntities, s.timexes, s.articleEvents, s.events] };
}

test('2,000 articles through Redis and two workers into PostgreSQL, one worker killed half-way: each stored once, the poison in the dead-letter queue, the same database as one local run', { skip, timeout: 600_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-scale-');
  const pgs = pgSchemaUrl('rasd_scale');
  const queue = uniqueName('scale');
  const workers: (ChildProcess & { output: () => string })[] = [];
  const pg = new PostgresStore(pgs.url);
  try {
    const lines = readFileSync(news!, 'utf8').split('\n').filter((l) => l.trim()).slice(0, ARTICLES);
    const poison: AnalyzeInput = { id: 'poison-1', text: '   ' };
    lines.splice(777, 0, JSON.stringify(poison));
    const file = path.join(dir, 'batch.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const inputs = lines.map((l) => JSON.parse(l) as AnalyzeInput);
    const good = inputs.filter((i) => i !== inputs[777]);
    const expectedHashes = new Set(good.map((i) => contentHash(i)));
    const expectedKeys = new Set(good.map((i) => articleKey(i, contentHash(i))));

    // enqueue: one job per distinct content
    const enq = await runCli(['ingest', file, '--queue', REDIS_URL, '--queue-name', queue, '--json']);
    assert.equal(enq.code, 0, enq.stderr);
    const e = JSON.parse(enq.stdout) as { enqueued: number; duplicates: number; dead: number };
    assert.equal(e.enqueued, expectedHashes.size + 1, 'every distinct content and the poison input');
    assert.equal(e.dead, 0);

    // two workers; the first is killed with SIGKILL once a quarter of the batch is stored, and another starts
    workers.push(startWorker(queue, pgs.url), startWorker(queue, pgs.url));
    for (;;) {
      const stored = Number(await pg.query('SELECT count(*) AS n FROM articles').then((r) => r[0]!.n));
      if (stored >= ARTICLES / 4) break;
      assert.equal(workers[0]!.exitCode, null, workers[0]!.output());
      await sleep(200);
    }
    const activeBefore = (await status(queue)).counts.active;
    workers[0]!.kill('SIGKILL');
    await exited(workers[0]!);
    workers.push(startWorker(queue, pgs.url));

    // wait until every job is completed or dead
    const deadline = Date.now() + 480_000;
    let st = await status(queue);
    while (!(st.drained && st.counts.completed + st.counts.dead === expectedHashes.size + 1)) {
      assert.ok(Date.now() < deadline, `the queue did not drain: ${JSON.stringify(st)}\n${workers.map((w) => w.output()).join('\n')}`);
      await sleep(1000);
      st = await status(queue);
    }
    assert.ok(activeBefore >= 1, 'the killed worker held jobs');
    // the others stop cleanly on SIGTERM
    for (const w of workers.slice(1)) w.kill('SIGTERM');
    for (const w of workers.slice(1)) assert.equal(await exited(w), 0, w.output());

    // every article exactly once
    const rows = await pg.query<{ key: string; content_hash: string }>('SELECT key, content_hash FROM articles');
    assert.equal(rows.length, expectedHashes.size, 'no article lost, none doubled');
    assert.deepEqual(new Set(rows.map((r) => r.content_hash)), expectedHashes);
    assert.deepEqual(new Set(rows.map((r) => r.key)), expectedKeys);
    // the poison input: in the dead-letter queue with its error, and in the store's errors
    const dead = await runCli(['queue', 'dead', '--queue', REDIS_URL, '--queue-name', queue, '--json']);
    const letters = JSON.parse(dead.stdout) as { item: string; code: string; message: string; key?: string }[];
    assert.equal(letters.length, 1, dead.stdout);
    assert.equal(letters[0]!.code, 'E_EMPTY_INPUT');
    assert.match(letters[0]!.item, /batch\.jsonl:778$/);
    assert.ok((await pg.errors()).some((x) => x.code === 'E_EMPTY_INPUT' && /batch\.jsonl:778$/.test(x.item)));

    // the same database as one local ingest of the same file
    const sqlite = new SqliteStore(path.join(dir, 'local.db'));
    try {
      const local = await ingest(sqlite, { paths: [file] }, { threads: 2 });
      assert.equal(local.added, expectedHashes.size);
      const pgStories = await pg.query<{ key: string; story: string }>('SELECT key, story_id::text AS story FROM articles');
      const sqStories = sqlite.db.prepare('SELECT key, CAST(story_id AS TEXT) AS story FROM articles').all() as { key: string; story: string }[];
      assert.deepEqual(await contents(pg, pgStories), await contents(sqlite, sqStories));
      for (const key of [...expectedKeys].slice(0, 50)) {
        assert.deepEqual((await pg.article(key))!.analysis, (await sqlite.article(key))!.analysis, key);
      }
    } finally {
      await sqlite.close();
    }
  } finally {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await pg.close();
    await pgs.drop();
    const { openQueue } = await import('../../src/queue/queue.ts');
    const q = await openQueue(REDIS_URL, queue);
    await q.obliterate();
    await q.close();
    cleanup();
  }
});
