/**
 * Fault: a read-only database file (issue #10). `chmod` does not stop root, so the file is made
 * read-only in a way that binds whoever runs the tests:
 *
 * - **immutable** (the tests run as root and the filesystem supports it): `chattr +i`, which
 *   refuses every write to the file, root's too; always undone before the folder is removed;
 * - **another user** (as root where `chattr` is not supported, e.g. overlayfs or tmpfs): the
 *   file is `chmod 0444` and the `rasd` commands run as `nobody` through `setpriv`;
 * - **not root**: `chmod 0444` is enough.
 *
 * Shown: `rasd ingest` fails with E_STORE naming the file and saying it is read-only (one line,
 * exit status 1, no stack trace), writes nothing and loses nothing; `rasd stats` and
 * `rasd search` keep working; once the file is writable again, the same command stores the rest
 * and the database equals one clean run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { tempDir } from '../helpers/store.ts';
import { assertCliError, cleanRun, corpus, dumpSqlite, ingestText, literally, rasd } from './helpers.ts';

const NOBODY = 65534;

interface ReadOnlyWay {
  readonly name: string;
  /** A command `rasd` runs under while the file is read-only (empty: as the tests' user). */
  readonly prefix: string[];
  protect(file: string): void;
  unprotect(file: string): void;
}

const run = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** How to make a file read-only here, or why it cannot be done (the skip message). */
function readOnlyWay(dir: string): ReadOnlyWay | string {
  if (process.getuid?.() !== 0) {
    return { name: 'chmod 0444', prefix: [], protect: (f) => chmodSync(f, 0o444), unprotect: (f) => chmodSync(f, 0o644) };
  }
  const probe = path.join(dir, 'probe');
  writeFileSync(probe, 'x');
  if (run('chattr', ['+i', probe])) {
    run('chattr', ['-i', probe]);
    return {
      name: 'chattr +i',
      prefix: [],
      protect: (f) => assert.ok(run('chattr', ['+i', f]), `chattr +i ${f}`),
      unprotect: (f) => { run('chattr', ['-i', f]); },
    };
  }
  if (run('setpriv', ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', '--', 'true'])) {
    // nobody may create the database's -wal and -shm files in the folder, not write the file itself
    chmodSync(dir, 0o755);
    chownSync(dir, NOBODY, NOBODY);
    return {
      name: 'chmod 0444, rasd run as nobody (setpriv)',
      prefix: ['setpriv', '--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', '--'],
      protect: (f) => chmodSync(f, 0o444),
      unprotect: (f) => chmodSync(f, 0o644),
    };
  }
  return 'skipped: running as root, and neither chattr +i (not supported by this filesystem) nor setpriv (to run rasd as another user) is available, so no file is read-only to rasd here';
}

test('a read-only database file: rasd ingest fails with E_STORE naming the file, nothing is lost, search and stats still work; writable again, the re-run equals a clean run', { timeout: 60_000 }, async (t) => {
  const { dir, cleanup } = tempDir('rasd-fault-ro-');
  const db = path.join(dir, 'rasd.db');
  const way = readOnlyWay(dir);
  if (typeof way === 'string') {
    cleanup();
    return t.skip(way);
  }
  t.diagnostic(`read-only by ${way.name}`);
  const { jsonl, inputs } = corpus(8);
  const first = jsonl.split('\n').slice(0, 18).join('\n') + '\n';
  try {
    const clean = await cleanRun(path.join(dir, 'clean.db'), jsonl);
    const store = new SqliteStore(db);
    await ingestText(store, first);
    await store.close();
    const before = dumpSqlite(db);

    way.protect(db);
    const ingestArgs = ['ingest', '-', '--db', db, '--threads', '0', '--json'];
    const r = await rasd(ingestArgs, { stdin: jsonl, prefix: way.prefix });
    assertCliError(r, 'E_STORE', literally(`cannot write to ${db}: the database is read-only`), /SQLITE_READONLY/);
    assert.equal(r.stdout, '');

    const stats = await rasd(['stats', '--db', db], { prefix: way.prefix });
    assert.equal(stats.code, 0, stats.stderr);
    assert.match(stats.stdout, /^articles\s+18 /m);
    const search = await rasd(['search', 'إسرائيل', '--db', db, '--json'], { prefix: way.prefix });
    assert.equal(search.code, 0, search.stderr);
    const hits = JSON.parse(search.stdout) as { total: number; hits: { key: string }[] };
    assert.ok(hits.total > 0 && hits.hits.every((h) => /^id:c[1-3]-[01]$/.test(h.key)), search.stdout);
    assert.deepEqual(dumpSqlite(db), before, 'nothing written, nothing lost');

    way.unprotect(db);
    const again = await rasd(ingestArgs, { stdin: jsonl });
    assert.equal(again.code, 0, again.stderr);
    const s = JSON.parse(again.stdout) as { added: number; unchanged: number };
    assert.deepEqual([s.added, s.unchanged], [inputs.length - 18, 18]);
    assert.deepEqual(dumpSqlite(db), clean.dump, 'the same database as one clean run');
  } finally {
    way.unprotect(db);
    cleanup();
  }
});
