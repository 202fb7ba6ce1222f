/**
 * Another process that writes to a SQLite database, for the lock tests (locked.test.ts): it takes
 * the write lock with `BEGIN IMMEDIATE` and holds it.
 *
 *   node --import tsx test/faults/hold-lock.ts FILE now              take the lock at once; hold it until stdin ends
 *   node --import tsx test/faults/hold-lock.ts FILE after N          … once the file holds N articles (polled)
 *   node --import tsx test/faults/hold-lock.ts FILE migrate MS       on a new file: take the lock, wait MS, create
 *                                                                   rasd's tables (as a rasd opening the file at
 *                                                                   the same time would), commit and exit
 *   node --import tsx test/faults/hold-lock.ts FILE rollback MS      on a new file, still in rollback mode (no WAL):
 *                                                                   hold a write transaction for MS, then commit
 *                                                                   and exit (as a second process writing to the
 *                                                                   new file before its switch to WAL would)
 *
 * It prints `locked N` (N: the articles stored when it took the lock) once it holds the lock,
 * and `released` when it lets go (a rollback: it writes nothing).
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/store/schema.ts';

const [file, mode, arg] = process.argv.slice(2);
if (!file || !['now', 'after', 'migrate', 'rollback'].includes(mode ?? '')) {
  process.stderr.write('usage: hold-lock.ts FILE now | after N | migrate MS | rollback MS\n');
  process.exit(2);
}
// 'after' waits for rasd to create the file, so that rasd, not this process, creates the database
if (mode === 'after') while (!existsSync(file)) await new Promise((r) => setTimeout(r, 10));
const db = new Database(file);
db.pragma('busy_timeout = 30000');

const articles = (): number => {
  try {
    return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } catch {
    return 0; // no tables yet
  }
};

if (mode === 'after') {
  const n = Number(arg);
  while (articles() < n) await new Promise((r) => setTimeout(r, 10));
}
if (mode === 'rollback') {
  db.exec('BEGIN');
  db.exec('CREATE TABLE IF NOT EXISTS held (a)');
  process.stdout.write('locked 0\n');
  await new Promise((r) => setTimeout(r, Number(arg)));
  db.exec('COMMIT');
  db.close();
  process.stdout.write('released\n');
  process.exit(0);
}
if (mode === 'migrate') db.pragma('journal_mode = WAL');
db.exec('BEGIN IMMEDIATE');
process.stdout.write(`locked ${articles()}\n`);

if (mode === 'migrate') {
  await new Promise((r) => setTimeout(r, Number(arg)));
  for (const m of MIGRATIONS) db.exec(m);
  db.pragma(`user_version = ${MIGRATIONS.length}`);
  db.exec('COMMIT');
  db.close();
  process.stdout.write('migrated\n');
} else {
  process.stdin.resume();
  process.stdin.on('end', () => {
    db.exec('ROLLBACK');
    db.close();
    process.stdout.write('released\n');
  });
}
