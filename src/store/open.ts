/**
 * Opening a store from what a user gives: `--db PATH` (or `$RASD_DB`), `./rasd.db` by default,
 * a SQLite file; a `postgres://` address chooses the PostgreSQL engine (docs/scale-out.md).
 */
import { existsSync } from 'node:fs';
import { RasdError } from '../errors.ts';
import { isPostgresUrl, PostgresStore } from './pg.ts';
import { SqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export const DEFAULT_DB = './rasd.db';

/** The help text of every command's `--db` option. */
export const DB_OPTION_HELP = 'the database: a SQLite file or a postgres://user@host:port/db[?schema=NAME] address (default $RASD_DB or ./rasd.db)';

/** The database a command uses: the flag, else `$RASD_DB`, else `./rasd.db` (a file path or a `postgres://` address). */
export function dbSpec(flag?: string): string {
  return flag ?? process.env.RASD_DB ?? DEFAULT_DB;
}

/**
 * Opens the store. With `mustExist`, a missing SQLite file is an E_STORE error naming it (the
 * read commands say so instead of creating an empty database). A PostgreSQL store connects and
 * migrates on its first call; a database it cannot reach is an E_STORE error then.
 */
export function openStore(spec: string, options: { mustExist?: boolean } = {}): Store {
  if (isPostgresUrl(spec)) return new PostgresStore(spec);
  if (options.mustExist && spec !== ':memory:' && !existsSync(spec)) {
    throw new RasdError('E_STORE', `no database at ${spec}: run rasd ingest first, or give --db PATH`, { item: spec });
  }
  return new SqliteStore(spec);
}
