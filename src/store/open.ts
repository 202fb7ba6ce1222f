/**
 * Opening a store from what a user gives: `--db PATH` (or `$RASD_DB`), `./rasd.db` by default.
 * A `postgres://` address will choose the PostgreSQL engine (issue #9); today it is refused
 * with a coded error rather than mistaken for a file name.
 */
import { existsSync } from 'node:fs';
import { RasdError } from '../errors.ts';
import { SqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export const DEFAULT_DB = './rasd.db';

/** The database a command uses: the flag, else `$RASD_DB`, else `./rasd.db`. */
export function dbSpec(flag?: string): string {
  return flag ?? process.env.RASD_DB ?? DEFAULT_DB;
}

/**
 * Opens the store. With `mustExist`, a missing SQLite file is an E_STORE error naming it (the
 * read commands say so instead of creating an empty database).
 */
export function openStore(spec: string, options: { mustExist?: boolean } = {}): Store {
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    throw new RasdError('E_USAGE', `PostgreSQL stores are not available in this version; use a SQLite file path for --db (got ${spec.replace(/\/\/[^@/]*@/, '//…@')})`);
  }
  if (options.mustExist && spec !== ':memory:' && !existsSync(spec)) {
    throw new RasdError('E_STORE', `no database at ${spec}: run rasd ingest first, or give --db PATH`, { item: spec });
  }
  return new SqliteStore(spec);
}
