/**
 * Fault: a corrupt SQLite file (issue #10). A valid database written by rasd has the middle half
 * of its pages overwritten with garbage (its header and schema page stay intact, so it still
 * opens: the damage shows only when a damaged page is read) — what a torn write, a bad disk
 * block or a copy cut short leaves.
 *
 * Shown: every read and write that meets the damage is E_STORE naming the file and saying it is
 * corrupt, in the library and on the command line (exit status 1, one line, no stack trace,
 * never E_INTERNAL); `rasd ingest` into it stops with that error; reads that do not meet the
 * damage still answer. (A file that is not a database at all is covered by
 * test/store/store_engines.test.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { RasdError } from '../../src/errors.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { tempDir } from '../helpers/store.ts';
import { assertCliError, corpus, ingestText, literally, rasd, STACK_LINE, withSqlite } from './helpers.ts';

/** Overwrites the middle half of a database's pages with a byte pattern; returns the pages overwritten. */
function corruptMiddle(file: string): { from: number; to: number; pages: number } {
  const pageSize = withSqlite(file, (d) => d.pragma('page_size', { simple: true }) as number);
  const pages = statSync(file).size / pageSize;
  const from = Math.floor(pages / 4);
  const to = Math.ceil((3 * pages) / 4);
  const fd = openSync(file, 'r+');
  try {
    const junk = Buffer.alloc(pageSize, 0xa5);
    for (let p = from; p < to; p++) writeSync(fd, junk, 0, pageSize, p * pageSize);
  } finally {
    closeSync(fd);
  }
  return { from, to, pages };
}

/** E_STORE naming the file and saying it is corrupt (SQLite's own code, when SQLite noticed the damage itself). */
const isCorruptError = (file: string, sqliteNoticed = false) => (e: RasdError): boolean =>
  e.code === 'E_STORE' && e.item === file && e.message.includes(file) && /the database file is corrupt/.test(e.message) && (!sqliteNoticed || /SQLITE_CORRUPT/.test(e.message));

test('a database with pages overwritten in the middle: reads and writes that meet the damage are E_STORE naming the file, on the library and the CLI; ingest into it stops with that error', { timeout: 60_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-fault-corrupt-');
  const { jsonl, keys } = corpus(12);
  try {
    const db = path.join(dir, 'rasd.db');
    const writer = new SqliteStore(db);
    await ingestText(writer, jsonl);
    writer.db.pragma('wal_checkpoint(TRUNCATE)'); // everything in the main file, none in the WAL
    await writer.close();
    const damage = corruptMiddle(db);
    assert.ok(damage.to - damage.from >= 10, `${damage.to - damage.from} of ${damage.pages} pages overwritten`);

    // the library: it opens (header and schema are intact), and each read either answers or says the file is corrupt
    const store = new SqliteStore(db);
    try {
      const outcomes = await Promise.allSettled([
        store.search('إسرائيل'), store.search('القاهرة'), store.stats(), store.events(), store.topActors(10), store.errors(),
        ...keys.map((k) => store.article(k)),
      ]);
      const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      assert.ok(failed.length > 0, 'some reads meet the damage');
      for (const f of failed) assert.ok(isCorruptError(db)(f.reason as RasdError), `E_STORE naming the file and the corruption: ${(f.reason as Error).message}`);
      await assert.rejects(store.search('إسرائيل'), isCorruptError(db, true), 'the search meets the damaged index');

      // writing: the ingest stops with the same error, not an internal one
      await assert.rejects(ingestText(store, jsonl), isCorruptError(db));
    } finally {
      await store.close();
    }

    // the command line: one line naming the file and the corruption, exit status 1, no stack trace
    const search = await rasd(['search', 'إسرائيل', '--db', db]);
    assertCliError(search, 'E_STORE', literally(`cannot read from ${db}: the database file is corrupt`), /SQLITE_CORRUPT/, /restore it from a backup, or ingest again into a new file/);
    for (const args of [['stats'], ['events']]) {
      const r = await rasd([...args, '--db', db]);
      if (r.code === 0) continue; // this read did not meet the damage
      assertCliError(r, 'E_STORE', literally(db), /the database file is corrupt/);
    }
    const ing = await rasd(['ingest', '-', '--db', db, '--threads', '0', '--json'], { stdin: jsonl });
    assertCliError(ing, 'E_STORE', literally(db), /the database file is corrupt/);
    assert.equal(ing.stdout, '', 'no summary for a run that could not proceed');
    assert.doesNotMatch(ing.stderr + ing.stdout, STACK_LINE);
  } finally {
    cleanup();
  }
});

test('a stored value SQLite cannot tell is damaged (an article\'s output v1 that no longer parses) is E_STORE "corrupt" naming the file, not an internal error', async () => {
  const { dir, cleanup } = tempDir('rasd-fault-corrupt-');
  const { jsonl, keys } = corpus(1);
  try {
    const db = path.join(dir, 'rasd.db');
    const store = new SqliteStore(db);
    try {
      await ingestText(store, jsonl);
      // what a damaged last page of a long value reads as: bytes that are not the JSON rasd wrote
      store.db.prepare("UPDATE articles SET analysis = substr(analysis, 1, 100) || char(165, 165, 165) WHERE key = ?").run(keys[0]);
      await assert.rejects(store.article(keys[0]!), (e: RasdError) =>
        e.code === 'E_STORE' && e.item === db && e.message.startsWith(`cannot read from ${db}: the database file is corrupt: a stored value is not what rasd wrote (`));
      assert.equal((await store.article(keys[1]!))?.key, keys[1], 'the other articles still read');
    } finally {
      await store.close();
    }
  } finally {
    cleanup();
  }
});
