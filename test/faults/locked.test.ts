/**
 * Fault: a SQLite database locked by another process (issue #10). Another process takes the
 * write lock (`BEGIN IMMEDIATE`, test/faults/hold-lock.ts) and holds it longer than rasd's busy
 * timeout (1 s here, through `$RASD_SQLITE_BUSY_TIMEOUT_MS`; 5 s by default):
 *
 * - mid-ingest, `rasd ingest` fails with E_STORE "database is locked" naming the file, having
 *   stored whole batches only; once the lock is released, the same command stores the rest and the
 *   database equals one clean run;
 * - held from before the start, the ingest stores nothing and changes nothing, while the read
 *   commands keep working (WAL readers do not wait for writers);
 * - two `rasd ingest` processes on one new file at the same time both finish (their writes are
 *   serialised, the second to open waits for the first's migration) and store each article once;
 * - opening a new file while another process writes to it in rollback mode waits (SQLite refuses
 *   the switch to WAL at once there, without its busy handler; the store retries it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { MIGRATIONS } from '../../src/store/schema.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { tempDir } from '../helpers/store.ts';
import {
  assertCliError, BATCH, cleanRun, contentsByKey, corpus, dumpSqlite, holdLock, ingestText, killIfRunning, literally, partialArticles,
  rasd, sqliteKeys, sqliteLayerCounts, startRasd, waitFor, withSqlite, type LockHolder, type RasdChild,
} from './helpers.ts';

const BUSY = { RASD_SQLITE_BUSY_TIMEOUT_MS: '1000' };
const ingestArgs = (db: string): string[] => ['ingest', '-', '--db', db, '--threads', '0', '--batch', String(BATCH), '--json'];

test('locked mid-ingest by another process: E_STORE "database is locked" naming the file, whole batches only; after the lock is released a re-run equals a clean run', { timeout: 90_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-lock-');
  const { jsonl, inputs } = corpus(20);
  let holder: LockHolder | undefined;
  let run: RasdChild | undefined;
  try {
    const clean = await cleanRun(path.join(dir, 'clean.db'), jsonl);
    const db = path.join(dir, 'locked.db');
    holder = holdLock(db, 'after', String(2 * BATCH));
    run = startRasd(ingestArgs(db), { stdin: jsonl, env: BUSY });
    const atLock = await holder.locked;
    const r = await run.exited;
    assertCliError({ code: r.code, stderr: run.stderr() }, 'E_STORE', literally(db), /database is locked/, /locked by another process/,
      new RegExp(`stopped after storing ${atLock} articles, in whole batches`));
    await holder.release();

    // what the failed run stored: the batches committed before the lock, each article whole
    const keys = sqliteKeys(db);
    assert.equal(keys.length, atLock, 'nothing stored while the lock was held');
    assert.ok(atLock >= 2 * BATCH && atLock < inputs.length && atLock % BATCH === 0, `whole batches: ${atLock} of ${inputs.length}`);
    assert.deepEqual(keys, clean.keys.slice(0, atLock), 'a prefix of the input');
    assert.deepEqual(partialArticles(sqliteLayerCounts(db)), []);
    const status = withSqlite(db, (d) => d.prepare('SELECT status FROM runs').pluck().all());
    assert.deepEqual(status, ['running'], 'the run could not even be marked while the lock was held: it stays running, not done');

    // the lock is gone: the same command stores the rest
    const again = await rasd(ingestArgs(db), { stdin: jsonl, env: BUSY });
    assert.equal(again.code, 0, again.stderr);
    const summary = JSON.parse(again.stdout) as { added: number; unchanged: number; failed: number; interrupted: boolean };
    assert.deepEqual([summary.added, summary.unchanged, summary.failed, summary.interrupted], [inputs.length - atLock, atLock, 0, false]);
    assert.deepEqual(dumpSqlite(db), clean.dump, 'the same database as one clean run');
  } finally {
    killIfRunning(run);
    killIfRunning(holder?.child);
    cleanup();
  }
});

test('locked from before the start: the ingest stores nothing and changes nothing, and the read commands still work', { timeout: 60_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-lock-');
  const { jsonl, inputs } = corpus(4);
  const firstHalf = jsonl.split('\n').slice(0, 18).join('\n') + '\n';
  let holder: LockHolder | undefined;
  try {
    const db = path.join(dir, 'rasd.db');
    const store = new SqliteStore(db);
    await ingestText(store, firstHalf);
    await store.close();
    const before = dumpSqlite(db);

    holder = holdLock(db, 'now');
    assert.equal(await holder.locked, 18);
    const stats = await rasd(['stats', '--db', db], { env: BUSY });
    assert.equal(stats.code, 0, stats.stderr);
    assert.match(stats.stdout, /^articles\s+18 /m);
    const search = await rasd(['search', 'إسرائيل', '--db', db, '--json'], { env: BUSY });
    assert.equal(search.code, 0, search.stderr);
    assert.ok((JSON.parse(search.stdout) as { total: number }).total > 0, search.stdout);

    const r = await rasd(ingestArgs(db), { stdin: jsonl, env: BUSY });
    assertCliError(r, 'E_STORE', literally(`cannot write to ${db}`), /database is locked/);
    assert.doesNotMatch(r.stderr, /the ingest stopped/, 'it failed before its run began');
    await holder.release();
    assert.deepEqual(dumpSqlite(db), before, 'nothing written, nothing lost');

    const resumed = new SqliteStore(db);
    try {
      const again = await ingestText(resumed, jsonl);
      assert.deepEqual([again.added, again.unchanged, again.failed], [inputs.length - 18, 18, 0]);
    } finally {
      await resumed.close();
    }
  } finally {
    killIfRunning(holder?.child);
    cleanup();
  }
});

test('opening a new file while another process writes to it in rollback mode waits for that write: SQLite refuses the switch to WAL at once, without its busy handler, and the store retries it (regression: one of two concurrent ingests failed as locked)', { timeout: 30_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-lock-');
  let holder: LockHolder | undefined;
  try {
    const db = path.join(dir, 'new.db');
    holder = holdLock(db, 'rollback', '700');
    await holder.locked;
    const store = new SqliteStore(db);
    try {
      assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(store.schemaVersion, MIGRATIONS.length);
    } finally {
      await store.close();
    }
    await new Promise<void>((resolve) => (holder!.child.exitCode !== null ? resolve() : holder!.child.on('close', () => resolve())));
    assert.match(holder.output(), /released/, 'the other process committed and exited cleanly');
  } finally {
    killIfRunning(holder?.child);
    cleanup();
  }
});

test('two rasd ingest processes on one new file at the same time both finish and store each article once', { timeout: 60_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-lock-');
  const { jsonl, inputs, keys } = corpus(8);
  const runs: RasdChild[] = [];
  try {
    const clean = path.join(dir, 'clean.db');
    await cleanRun(clean, jsonl);
    const db = path.join(dir, 'shared.db');
    runs.push(startRasd(ingestArgs(db), { stdin: jsonl }), startRasd(ingestArgs(db), { stdin: jsonl }));
    const results = await Promise.all(runs.map((c) => c.exited));
    const summaries = runs.map((c, i) => {
      assert.equal(results[i]!.code, 0, c.stderr());
      return JSON.parse(c.stdout()) as { added: number; unchanged: number; failed: number };
    });
    assert.equal(summaries[0]!.added + summaries[1]!.added, inputs.length, 'each article added by exactly one of them');
    assert.equal(summaries[0]!.unchanged + summaries[1]!.unchanged, inputs.length, 'and found stored by the other');
    assert.deepEqual(summaries.map((s) => s.failed), [0, 0]);
    withSqlite(db, (d) => {
      assert.deepEqual(d.prepare('SELECT count(*) AS n, count(DISTINCT content_hash) AS h, count(DISTINCT key) AS k FROM articles').get(), { n: inputs.length, h: inputs.length, k: inputs.length });
    });
    assert.deepEqual(partialArticles(sqliteLayerCounts(db)), []);
    const [a, b] = [new SqliteStore(db), new SqliteStore(clean)];
    try {
      assert.deepEqual(await contentsByKey(a, keys), await contentsByKey(b, keys), 'the same articles, stories and merged events as one clean run');
    } finally {
      await a.close();
      await b.close();
    }
  } finally {
    for (const r of runs) killIfRunning(r);
    cleanup();
  }
});

test('a process that opens a new file while another is creating its tables waits for it instead of failing (regression: "table runs already exists")', { timeout: 30_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-lock-');
  let holder: LockHolder | undefined;
  try {
    const db = path.join(dir, 'new.db');
    // the other process has opened the new file and holds the write lock while it creates the tables
    holder = holdLock(db, 'migrate', '400');
    assert.equal(await holder.locked, 0);
    const store = new SqliteStore(db);
    try {
      assert.equal(store.schemaVersion, MIGRATIONS.length);
      const other = holder;
      await waitFor('the other process has created the tables', () => /migrated/.test(other.output()));
      assert.equal(await store.beginRun('test'), 1);
    } finally {
      await store.close();
      await holder.release();
    }
  } finally {
    killIfRunning(holder?.child);
    cleanup();
  }
});
