/** What the benchmarks share: their command-line options and emptying a benchmark database. */
import { rmSync } from 'node:fs';
import pg from 'pg';
import { isPostgresUrl, redactUrl } from '../src/store/pg.ts';

const argv = process.argv.slice(2);

/** The value after `--name` on the command line, or undefined. */
export function opt(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Whether `--name` is on the command line. */
export function flag(name: string): boolean {
  return argv.includes(name);
}

/** Empties a benchmark database: removes the SQLite file, or drops the PostgreSQL schema named in the address (which it must name). */
export async function emptyDatabase(db: string): Promise<void> {
  if (!isPostgresUrl(db)) return rmSync(db, { force: true });
  const u = new URL(db);
  const schema = u.searchParams.get('schema');
  if (!schema) throw new Error(`give the benchmark its own schema (${redactUrl(db)}?schema=rasd_bench): it is emptied first`);
  u.searchParams.delete('schema');
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema.replace(/[^a-z0-9_]/g, '')} CASCADE`);
  await c.end();
}
