/**
 * Faults: SIGTERM and SIGKILL during a local ingest (issue #10). (SIGKILL into SQLite, on real
 * news, is test/ingest/crash.test.ts.)
 *
 * - SIGTERM during `rasd ingest` into SQLite: it stops reading, stores what is analysed, marks
 *   its run interrupted and exits with status 130 (docs/store.md); the database holds whole
 *   articles, a prefix of the input; the same command then stores the rest, and the database
 *   equals one clean run.
 * - SIGKILL during `rasd ingest --db postgres://…`: the transaction in flight dies with the
 *   connection; what is stored is whole articles, a prefix of the input; the re-run stores the
 *   rest and the store holds what one clean run gives (compared through the Store's reads, by
 *   article key).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../../src/store/pg.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { PG_URL, pgMissing, pgSchemaUrl } from '../helpers/engines.ts';
import { tempDir } from '../helpers/store.ts';
import {
  BATCH, cleanRun, contentsByKey, corpus, dumpSqlite, killIfRunning, layerCountsSql, partialArticles, pgArticleCount, PG_INDEXED, rasd,
  sqliteArticleCount, sqliteKeys, sqliteLayerCounts, startRasd, waitFor, withSqlite, type LayerCounts, type RasdChild,
} from './helpers.ts';

const { jsonl, inputs, keys } = corpus(24);
const { dir, cleanup } = tempDir('rasd-fault-signals-');
const CLEAN = path.join(dir, 'clean.db');
/** One clean run for both tests. */
let reference: ReturnType<typeof cleanRun> | undefined;
const clean = (): ReturnType<typeof cleanRun> => (reference ??= cleanRun(CLEAN, jsonl));

test.after(cleanup);

test('SIGTERM during rasd ingest: exit status 130, the run marked interrupted, whole articles only; the re-run equals a clean run', { timeout: 90_000 }, async () => {
  const db = path.join(dir, 'term.db');
  const args = ['ingest', '-', '--db', db, '--threads', '1', '--batch', String(BATCH), '--json'];
  let child: RasdChild | undefined;
  try {
    const ref = await clean();
    child = startRasd(args, { stdin: jsonl });
    const running = child;
    await waitFor('the ingest has stored three batches', () => sqliteArticleCount(db) >= 3 * BATCH, { detail: () => running.stderr() });
    child.child.kill('SIGTERM');
    const r = await child.exited;
    assert.deepEqual([r.code, r.signal], [130, null], child.stderr());
    const summary = JSON.parse(child.stdout()) as { added: number; failed: number; interrupted: boolean; items: number };
    assert.equal(summary.interrupted, true);

    const stored = sqliteKeys(db);
    assert.ok(stored.length >= 3 * BATCH && stored.length < inputs.length, `stopped before the end: ${stored.length} of ${inputs.length}`);
    assert.equal(summary.added, stored.length, 'what it says it stored is what is stored');
    assert.deepEqual(stored, ref.keys.slice(0, stored.length), 'a prefix of the input');
    assert.deepEqual(partialArticles(sqliteLayerCounts(db)), []);
    const runs = withSqlite(db, (d) => d.prepare('SELECT status, added FROM runs').all());
    assert.deepEqual(runs, [{ status: 'interrupted', added: stored.length }]);

    const again = await rasd(args, { stdin: jsonl });
    assert.equal(again.code, 0, again.stderr);
    const s = JSON.parse(again.stdout) as { added: number; unchanged: number; interrupted: boolean };
    assert.deepEqual([s.added, s.unchanged, s.interrupted], [inputs.length - stored.length, stored.length, false]);
    assert.deepEqual(dumpSqlite(db), ref.dump, 'the same database as one clean run');
  } finally {
    killIfRunning(child);
  }
});

test('SIGKILL during rasd ingest --db postgres://…: whole articles only; the re-run equals a clean run, read back by key', { skip: pgMissing, timeout: 90_000 }, async () => {
  const pgs = pgSchemaUrl('rasd_fault');
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const args = ['ingest', '-', '--db', pgs.url, '--threads', '0', '--batch', String(BATCH), '--json'];
  let child: RasdChild | undefined;
  try {
    const ref = await clean();
    child = startRasd(args, { stdin: jsonl });
    const running = child;
    await waitFor('the ingest has stored two batches', async () => (await pgArticleCount(admin, pgs.schema)) >= 2 * BATCH, { detail: () => running.stderr() });
    child.child.kill('SIGKILL');
    assert.equal((await child.exited).signal, 'SIGKILL');

    const store = new PostgresStore(pgs.url);
    const sqlite = new SqliteStore(CLEAN);
    try {
      const stored = await store.query<LayerCounts>(layerCountsSql(PG_INDEXED));
      assert.ok(stored.length >= 2 * BATCH && stored.length < inputs.length, `killed half-way: ${stored.length} of ${inputs.length}`);
      assert.deepEqual(stored.map((x) => x.key), ref.keys.slice(0, stored.length), 'a prefix of the input');
      assert.deepEqual(partialArticles(stored), []);

      const again = await rasd(args, { stdin: jsonl });
      assert.equal(again.code, 0, again.stderr);
      const s = JSON.parse(again.stdout) as { added: number; unchanged: number };
      assert.deepEqual([s.added, s.unchanged], [inputs.length - stored.length, stored.length]);
      assert.deepEqual(await contentsByKey(store, keys), await contentsByKey(sqlite, keys), 'the same articles, stories and merged events as one clean run');
      assert.deepEqual((await store.stats()).runs.map((x) => x.status).sort(), ['done', 'running'], 'the killed run stays running; the re-run is done');
    } finally {
      await store.close();
      await sqlite.close();
    }
  } finally {
    killIfRunning(child);
    await admin.end();
    await pgs.drop();
  }
});
