/**
 * Helpers for the fault-injection tests (issue #10): small inputs written in the tests, `rasd`
 * child processes with their output, waiting for a condition, and the three checks every fault
 * test makes — the error is coded and says what and why, no article is stored in part, and a
 * re-run gives what one clean run gives.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { Redis, type RedisOptions } from 'ioredis';
import type pg from 'pg';
import { PROJECT_ROOT } from '../../src/data.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import type { AnalysisV1 } from '../../src/output/v1.ts';
import type { AnalyzeInput } from '../../src/reader/input.ts';
import { articleKey, contentHash } from '../../src/store/records.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { manyArticles } from '../queue/helpers.ts';

/** Articles per transaction in the fault tests: small, so that a fault falls between batches of a short input. */
export const BATCH = 8;

/** A line of a stack trace: what no CLI error may print. */
export const STACK_LINE = /^\s+at .+[(:]\d+/m;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** `copies` × 9 short distinct articles (the store tests' articles, each copy with another id and last line), as inputs and as JSON lines. */
export function corpus(copies: number): { inputs: AnalyzeInput[]; jsonl: string; keys: string[]; hashes: Set<string> } {
  const inputs = manyArticles(copies);
  return {
    inputs,
    jsonl: inputs.map((i) => JSON.stringify(i)).join('\n') + '\n',
    keys: inputs.map((i) => articleKey(i, contentHash(i))),
    hashes: new Set(inputs.map((i) => contentHash(i))),
  };
}

/** Ingests JSON lines, read as stdin (origins `stdin:N`, as `rasd ingest -` gives), into a store in this process. */
export function ingestText(store: Store, jsonl: string, options: Parameters<typeof ingest>[2] = {}): ReturnType<typeof ingest> {
  return ingest(store, { paths: ['-'], stdin: Readable.from([jsonl]) }, { threads: 0, batchSize: BATCH, ...options });
}

export interface RasdChild {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited, with its code and signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `rasd ARGS` (bin/rasd.js) as a child process. `stdin` is written and closed at once,
 * or kept open when it is `'pipe'`; `env` is added to the environment; `prefix` runs it under
 * another command (`setpriv …`).
 */
export function startRasd(args: readonly string[], options: { stdin?: string | 'pipe'; env?: Record<string, string>; prefix?: readonly string[] } = {}): RasdChild {
  const argv = [...(options.prefix ?? []), process.execPath, path.join(PROJECT_ROOT, 'bin', 'rasd.js'), ...args];
  const child = spawn(argv[0]!, argv.slice(1), { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let out = '';
  let err = '';
  child.stdout!.on('data', (b: Buffer) => { out += b.toString('utf8'); });
  child.stderr!.on('data', (b: Buffer) => { err += b.toString('utf8'); });
  child.stdin!.on('error', () => undefined);
  if (options.stdin !== 'pipe') child.stdin!.end(options.stdin ?? '');
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Runs `rasd ARGS` to its end. */
export async function rasd(args: readonly string[], options: Parameters<typeof startRasd>[1] = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const c = startRasd(args, options);
  const { code, signal } = await c.exited;
  return { code, signal, stdout: c.stdout(), stderr: c.stderr() };
}

/** Kills a child that is still running (cleanup after a failed test). */
export function killIfRunning(c: { child: ChildProcess } | ChildProcess | undefined): void {
  const child = c && 'child' in c ? c.child : c;
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Polls `cond` until it holds; fails the test with `what` (and `detail()`) after `timeoutMs`. */
export async function waitFor(what: string, cond: () => boolean | Promise<boolean>, options: { timeoutMs?: number; pollMs?: number; detail?: () => string } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (await cond()) return;
    assert.ok(Date.now() < deadline, `timed out waiting until ${what}${options.detail ? `\n${options.detail()}` : ''}`);
    await sleep(options.pollMs ?? 20);
  }
}

/** Articles stored in a SQLite file, read without disturbing writers (0 while it has no tables yet). */
export function sqliteArticleCount(file: string): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/** Reads a SQLite file with a plain connection (not through rasd). */
export function withSqlite<T>(file: string, f: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return f(db);
  } finally {
    db.close();
  }
}

/**
 * Everything a SQLite store holds about its articles, comparable between two files (runs and times
 * left out), with the articles that FTS5 `queries` (index terms) find.
 */
export function dumpSqlite(file: string, queries: readonly string[] = ['"اسرائيل"', '"وزير"', '"القاهره"', '"تحديث"']): Record<string, unknown> {
  return withSqlite(file, (db) => {
    const all = (sql: string): unknown[] => db.prepare(sql).all();
    const searches: Record<string, unknown> = {};
    for (const q of queries) {
      searches[q] = db.prepare('SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid').pluck().all(q);
    }
    return {
      articles: all('SELECT id, key, content_hash, input_id, origin, source, url, title, published, published_day, text, analysis, story_id, hex(minhash) FROM articles ORDER BY id'),
      bands: all('SELECT * FROM minhash_bands ORDER BY band_key, article_id'),
      actors: all('SELECT * FROM actors ORDER BY id'),
      entities: all('SELECT * FROM entities ORDER BY article_id, idx'),
      timexes: all('SELECT * FROM timexes ORDER BY article_id, idx'),
      articleEvents: all('SELECT * FROM article_events ORDER BY id'),
      sides: all('SELECT * FROM event_sides ORDER BY event_id, role, idx'),
      events: all('SELECT * FROM events ORDER BY id'),
      errors: all('SELECT DISTINCT item, code, message FROM ingest_errors ORDER BY item'),
      searches,
    };
  });
}

/** The keys of a SQLite store's articles in storage order. */
export function sqliteKeys(file: string): string[] {
  return withSqlite(file, (db) => db.prepare('SELECT key FROM articles ORDER BY id').pluck().all() as string[]);
}

/** One stored article's layer rows, counted, next to its stored output v1. */
export interface LayerCounts {
  [column: string]: unknown;
  key: string;
  analysis: string;
  entities: number;
  timexes: number;
  events: number;
  sides: number;
  /** Article events not in any merged event. */
  unmerged: number;
  /** 1 when the article is in the full-text index. */
  indexed: number;
}

/** The query behind `LayerCounts`, for either engine: `indexed` is the engine's full-text index expression. */
export function layerCountsSql(indexed: string): string {
  return `SELECT a.key, a.analysis,
    (SELECT count(*) FROM entities x WHERE x.article_id = a.id) AS entities,
    (SELECT count(*) FROM timexes x WHERE x.article_id = a.id) AS timexes,
    (SELECT count(*) FROM article_events x WHERE x.article_id = a.id) AS events,
    (SELECT count(*) FROM event_sides s JOIN article_events x ON x.id = s.event_id WHERE x.article_id = a.id) AS sides,
    (SELECT count(*) FROM article_events x LEFT JOIN events m ON m.id = x.cluster_id WHERE x.article_id = a.id AND m.id IS NULL) AS unmerged,
    ${indexed} AS indexed
    FROM articles a ORDER BY a.id`;
}

export const SQLITE_INDEXED = '(SELECT count(*) FROM article_fts f WHERE f.rowid = a.id)';
export const PG_INDEXED = '(CASE WHEN a.tsv IS NULL THEN 0 ELSE 1 END)';

export function sqliteLayerCounts(file: string): LayerCounts[] {
  return withSqlite(file, (db) => db.prepare(layerCountsSql(SQLITE_INDEXED)).all() as LayerCounts[]);
}

/**
 * The articles stored in part: any whose entity, time, event or event-side rows do not match its
 * stored output v1 one for one, whose events are not merged, or that is not in the search index.
 * An empty list means every stored article is whole.
 */
export function partialArticles(rows: readonly LayerCounts[]): string[] {
  const bad: string[] = [];
  for (const r of rows) {
    const a = JSON.parse(r.analysis) as AnalysisV1;
    const want = {
      entities: a.entities.length,
      timexes: a.timexes.length,
      events: a.events.length,
      sides: a.events.reduce((n, e) => n + e.source.length + e.target.length, 0),
      unmerged: 0,
      indexed: 1,
    };
    const got = { entities: Number(r.entities), timexes: Number(r.timexes), events: Number(r.events), sides: Number(r.sides), unmerged: Number(r.unmerged), indexed: Number(r.indexed) };
    if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${r.key}: stored ${JSON.stringify(got)}, its analysis has ${JSON.stringify(want)}`);
  }
  return bad;
}

/**
 * What a store holds, by article key, through the `Store` interface only (so that two engines,
 * or two runs that gave different ids, compare): each article's identity and output v1, the
 * stories as a partition of the keys, the merged events with the keys of their reports, the
 * counts and the errors recorded.
 */
export async function contentsByKey(store: Store, keys: readonly string[]): Promise<unknown> {
  const articles: Record<string, unknown> = {};
  const byStory = new Map<number, string[]>();
  for (const key of [...keys].sort()) {
    const a = await store.article(key);
    articles[key] = a && { key: a.key, contentHash: a.contentHash, origin: a.origin, source: a.source, analysis: a.analysis };
    if (a?.storyId != null) (byStory.get(a.storyId) ?? byStory.set(a.storyId, []).get(a.storyId)!).push(key);
  }
  const events: string[] = [];
  for (const e of (await store.events()).events) {
    const reports = (await store.eventEvidence(e.id)).map((x) => `${x.key}#${x.eventId}`).sort();
    events.push(JSON.stringify({ ...e, id: 0, firstArticleId: 0, reports }));
  }
  const s = await store.stats();
  const errors = [...new Set((await store.errors()).map((e) => `${e.item} ${e.code} ${e.message}`))].sort();
  return {
    articles,
    stories: [...byStory.values()].map((k) => k.sort().join(' ')).sort(),
    events: events.sort(),
    counts: { articles: s.articles, stories: s.stories, entities: s.entities, linkedEntities: s.linkedEntities, timexes: s.timexes, articleEvents: s.articleEvents, events: s.events },
    errors,
  };
}

/** One clean run of JSON lines into a SQLite file (in this process): the reference a faulty run and its re-run must equal. */
export async function cleanRun(file: string, jsonl: string): Promise<{ dump: Record<string, unknown>; keys: string[]; added: number }> {
  const store = new SqliteStore(file);
  try {
    const s = await ingestText(store, jsonl);
    assert.equal(s.failed, 0, 'the clean run stores every input');
    return { dump: dumpSqlite(file), keys: sqliteKeys(file), added: s.added };
  } finally {
    await store.close();
  }
}

/**
 * The CLI's report of a failed command: exit status 1 and one line
 * `rasd: CODE: message`, with no stack trace and no E_INTERNAL.
 */
export function assertCliError(r: { code: number | null; stderr: string }, code: string, ...mustMatch: RegExp[]): void {
  assert.equal(r.code, 1, `exit status 1, got ${r.code}: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, STACK_LINE, `no stack trace: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /E_INTERNAL/, r.stderr);
  const line = r.stderr.split('\n').find((l) => l.startsWith(`rasd: ${code}: `));
  assert.ok(line, `a line "rasd: ${code}: …" on stderr: ${r.stderr}`);
  for (const re of mustMatch) assert.match(line, re);
}

/** A regular expression matching a string literally. */
export function literally(s: string): RegExp {
  return new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Another process holding SQLite's write lock on a file (`hold-lock.ts`): started, then released by the test. */
export interface LockHolder {
  readonly child: ChildProcess;
  /** Resolves with the articles stored when the lock was taken. */
  readonly locked: Promise<number>;
  output(): string;
  /** Lets the lock go (rolls back) and waits for the process to end. */
  release(): Promise<void>;
}

export function holdLock(file: string, mode: 'now' | 'after' | 'migrate' | 'rollback', arg = ''): LockHolder {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'test', 'faults', 'hold-lock.ts'), file, mode, arg], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const locked = new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      const m = /^locked (\d+)$/m.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.stderr!.on('data', (b: Buffer) => { out += b.toString('utf8'); });
    void exited.then(() => reject(new Error(`the lock holder ended without taking the lock: ${out}`)));
  });
  locked.catch(() => undefined);
  child.stdin!.on('error', () => undefined);
  return {
    child,
    locked,
    output: () => out,
    release: async () => {
      child.stdin!.end();
      await exited;
    },
  };
}

/** Articles stored in a PostgreSQL schema (0 while it has no tables yet). */
export async function pgArticleCount(admin: pg.Client, schema: string): Promise<number> {
  try {
    return Number((await admin.query(`SELECT count(*) AS n FROM ${schema}.articles`)).rows[0].n);
  } catch {
    return 0;
  }
}

/**
 * Cuts the connections of a rasd process to PostgreSQL in the middle of a write: locks the
 * schema's `events` table, waits until a connection named `app` is blocked on it inside a batch
 * (which by then has inserted its articles and their layers: it holds a row-exclusive lock on
 * `articles`), terminates every connection named `app`, and lets the table go. Returns how many
 * connections were terminated.
 */
export async function cutConnectionsMidWrite(admin: pg.Client, schema: string, app: string, detail?: () => string): Promise<number> {
  await admin.query('BEGIN');
  try {
    await admin.query(`LOCK TABLE ${schema}.events IN EXCLUSIVE MODE`);
    let blocked: number[] = [];
    await waitFor(`a connection of ${app} is blocked writing a batch`, async () => {
      blocked = (await admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`, [app])).rows.map((r) => r.pid);
      return blocked.length > 0;
    }, { detail });
    const wrote = await admin.query(`SELECT 1 FROM pg_locks WHERE pid = ANY($1::int[]) AND relation = '${schema}.articles'::regclass AND mode = 'RowExclusiveLock' AND granted`, [blocked]);
    assert.ok(wrote.rows.length > 0, 'the blocked batch had already inserted articles when its connection was cut');
    const killed = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [app]);
    return killed.rows.length;
  } finally {
    await admin.query('COMMIT');
  }
}

let appSerial = 0;
/** An application_name no other connection uses, and a PostgreSQL address that gives it to rasd's connections. */
export function namedConnection(url: string, what: string): { url: string; app: string } {
  const app = `rasd_fault_${what}_${process.pid}_${appSerial++}`;
  return { url: `${url}${url.includes('?') ? '&' : '?'}application_name=${app}`, app };
}

/** Why no private Redis server can be started here (no `redis-server`), or null. */
export function redisServerMissing(): string | null {
  const r = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  return r.status === 0 ? null : 'skipped: redis-server is not installed (the Redis fault tests start a server of their own, to stop and restart it)';
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A Redis server of the test's own (so that stopping it or cutting its connections touches no
 * other test), on a free port, with its data in `dir` (append-only file, synced on every write,
 * so that a restart after SIGKILL keeps every job), optionally with a password.
 */
export class PrivateRedis {
  private proc: ChildProcess | undefined;
  private constructor(readonly dir: string, readonly port: number, readonly password: string | undefined) {}

  static async start(dir: string, password?: string): Promise<PrivateRedis> {
    mkdirSync(dir, { recursive: true });
    const r = new PrivateRedis(dir, await freePort(), password);
    await r.start();
    return r;
  }

  /** The address (with the password, when there is one). */
  get url(): string {
    return `redis://${this.password ? `:${this.password}@` : ''}127.0.0.1:${this.port}`;
  }

  /** Starts the server (again, on the same port and data) and waits until it answers. */
  async start(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', this.dir];
    if (this.password) args.push('--requirepass', this.password);
    this.proc = spawn('redis-server', args, { stdio: 'ignore' });
    await waitFor(`redis-server answers on port ${this.port}`, async () => {
      const c = this.client({ lazyConnect: true, retryStrategy: () => null });
      try {
        await c.connect();
        return (await c.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        c.disconnect();
      }
    }, { timeoutMs: 10_000, pollMs: 50 });
  }

  /** A plain client of the server (errors ignored: the tests look at results). */
  client(options: RedisOptions = {}): Redis {
    const c = new Redis({ host: '127.0.0.1', port: this.port, password: this.password, maxRetriesPerRequest: 1, ...options });
    c.on('error', () => undefined);
    return c;
  }

  /** Stops the server with a signal (SIGKILL: as a crash) and waits until it is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => p.once('exit', () => resolve()));
    p.kill(signal);
    await gone;
  }
}
