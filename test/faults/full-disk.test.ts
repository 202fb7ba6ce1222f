/**
 * Fault: a full disk under a SQLite database (issue #10). The disk is simulated without special
 * mounts by `PRAGMA max_page_count` on the ingest's own connection: once the file would grow past
 * that many pages, SQLite fails the write with SQLITE_FULL, as it does when the disk has no room
 * (it maps ENOSPC to the same code). The limit lies half-way between the empty database and the
 * one a clean run makes, so the disk fills mid-ingest.
 *
 * Shown: `ingest()` fails with E_STORE naming the file and the reason (the disk is full), the run
 * is marked interrupted, whole batches only are stored (every stored article has all its layers),
 * and once the disk has room again the same ingest stores the rest and the database equals one
 * clean run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { RasdError } from '../../src/errors.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { tempDir } from '../helpers/store.ts';
import { BATCH, cleanRun, corpus, dumpSqlite, ingestText, literally, partialArticles, sqliteKeys, sqliteLayerCounts, withSqlite } from './helpers.ts';

test('a disk that fills mid-ingest: E_STORE "disk is full" naming the file, the run interrupted, whole batches only; with room again, the re-run equals a clean run', { timeout: 60_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-full-');
  const { jsonl, inputs } = corpus(12);
  try {
    const clean = await cleanRun(path.join(dir, 'clean.db'), jsonl);
    const fullPages = withSqlite(path.join(dir, 'clean.db'), (d) => d.pragma('page_count', { simple: true }) as number);

    const db = path.join(dir, 'full.db');
    const store = new SqliteStore(db);
    const emptyPages = store.db.pragma('page_count', { simple: true }) as number;
    const limit = Math.round((emptyPages + fullPages) / 2);
    store.db.pragma(`max_page_count = ${limit}`);
    let err: RasdError | undefined;
    try {
      await ingestText(store, jsonl, { args: 'ingest - (disk fills)' });
    } catch (e) {
      err = e as RasdError;
    }
    assert.ok(err, `the ingest fails once the database reaches ${limit} pages`);
    assert.equal(err.code, 'E_STORE');
    assert.equal(err.item, db);
    assert.match(err.message, literally(`cannot write to ${db}: the disk is full`));
    assert.match(err.message, /SQLITE_FULL: database or disk is full/);
    const stats = await store.stats();
    await store.close();

    // whole batches, each article with all its layers, a prefix of the input; the run says it was interrupted
    const keys = sqliteKeys(db);
    assert.ok(keys.length >= BATCH && keys.length < inputs.length, `stopped mid-ingest: ${keys.length} of ${inputs.length}`);
    assert.equal(keys.length % BATCH, 0, 'whole batches only');
    assert.match(err.message, new RegExp(`the ingest stopped after storing ${keys.length} articles, in whole batches`));
    assert.deepEqual(keys, clean.keys.slice(0, keys.length));
    assert.deepEqual(partialArticles(sqliteLayerCounts(db)), []);
    assert.deepEqual(stats.runs.map((r) => [r.status, r.added]), [['interrupted', keys.length]]);

    // room again (a connection without the limit): the same ingest stores the rest
    const again = new SqliteStore(db);
    try {
      const s = await ingestText(again, jsonl);
      assert.deepEqual([s.added, s.unchanged, s.failed, s.interrupted], [inputs.length - keys.length, keys.length, 0, false]);
    } finally {
      await again.close();
    }
    assert.deepEqual(dumpSqlite(db), clean.dump, 'the same database as one clean run');
  } finally {
    cleanup();
  }
});
