/**
 * The store engines the shared store tests run on: SQLite (in memory, always) and PostgreSQL (a
 * fresh schema per store in the database `$RASD_TEST_PG`, default the machine's
 * postgres://root@127.0.0.1:5432/test). Without a reachable PostgreSQL its tests are skipped with
 * a message saying what is missing.
 */
import pg from 'pg';
import { PostgresStore } from '../../src/store/pg.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { AnalyzeInput } from '../../src/reader/input.ts';
import type { ArticleRecord, Store } from '../../src/store/types.ts';
import { recordOf } from './store.ts';

export const PG_URL = process.env.RASD_TEST_PG ?? 'postgres://root@127.0.0.1:5432/test';

/** Why the PostgreSQL tests cannot run here, or false when they can. */
export const pgMissing: string | false = await (async () => {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return false;
  } catch (err) {
    return `PostgreSQL is not reachable at ${PG_URL} (${(err as Error).message}); set RASD_TEST_PG to a database the tests may create schemas in`;
  } finally {
    await c.end().catch(() => undefined);
  }
})();

let counter = 0;

/** A fresh PostgreSQL schema's address (`?schema=`), and a function that drops it. */
export function pgSchemaUrl(prefix = 'rasd_t'): { url: string; schema: string; drop: () => Promise<void> } {
  const schema = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  return {
    url,
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A store of one engine, with a way to look inside it (SQL with `?` placeholders) for the tests. */
export interface TestStore {
  readonly store: Store;
  /** The first column of the first row of a query, or null. */
  scalar(sql: string, params?: unknown[]): Promise<unknown>;
  /** Closes the store and removes what it created. */
  dispose(): Promise<void>;
}

export interface Engine {
  readonly name: 'sqlite' | 'postgres';
  /** A skip message when the engine is not available here, else false. */
  readonly skip: string | false;
  open(): Promise<TestStore>;
}

export const ENGINES: readonly Engine[] = [
  {
    name: 'sqlite',
    skip: false,
    async open() {
      const store = new SqliteStore(':memory:');
      return {
        store,
        scalar: async (sql, params = []) => (store.db.prepare(sql).pluck().get(...params) as unknown) ?? null,
        dispose: () => store.close(),
      };
    },
  },
  {
    name: 'postgres',
    skip: pgMissing,
    async open() {
      const { url, drop } = pgSchemaUrl();
      const store = new PostgresStore(url);
      return {
        store,
        scalar: async (sql, params = []) => {
          let n = 0;
          const rows = await store.query(sql.replace(/\?/g, () => `$${++n}`), params);
          return rows[0] ? Object.values(rows[0])[0] : null;
        },
        dispose: async () => {
          await store.close();
          await drop();
        },
      };
    },
  },
];

/** A fresh store of one engine holding the analysed inputs, written in one batch of one run. */
export async function storeWith(engine: Engine, inputs: readonly AnalyzeInput[]): Promise<{ t: TestStore; store: Store; run: number; records: ArticleRecord[] }> {
  const t = await engine.open();
  const run = await t.store.beginRun('test');
  const records = await Promise.all(inputs.map((i) => recordOf(i)));
  await t.store.writeBatch(run, records, []);
  return { t, store: t.store, run, records };
}
