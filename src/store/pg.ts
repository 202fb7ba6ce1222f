/**
 * The PostgreSQL store (node-postgres): the same `Store` as the embedded SQLite engine, for data
 * that outgrows one machine and for many ingest workers writing at once (docs/scale-out.md).
 *
 * - Chosen by `--db postgres://user[:password]@host[:port]/database[?schema=NAME]` (or `$RASD_DB`).
 *   `schema` puts rasd's tables in their own PostgreSQL schema (created if missing).
 * - Versioned migrations (`pg-schema.ts`), applied under an advisory lock so that workers starting
 *   together migrate once.
 * - Writes: one transaction per batch, with one bulk statement per table (`INSERT … SELECT FROM
 *   unnest(arrays)`). Writers take one transaction-scoped advisory lock, so batches from any
 *   number of processes are serialised: the content-hash check, stories and merged events then see
 *   every committed article, and a batch is stored whole or not at all. Readers never wait.
 * - Search: a `tsvector` built by rasd from the same index terms as the SQLite index (clitics,
 *   hamza and diacritics handled by `search-text.ts`; title terms weighted A, body terms D), so the
 *   database's text-search configuration and locale play no part; ranked with `ts_rank`.
 */
import pg from 'pg';
import { RasdError, redactUrl } from '../errors.ts';
import { bandKeys, signatureFromBytes, signatureToBytes, similarity, SAME_STORY, storyComponents } from './minhash.ts';
import { EVENT_COLUMNS, MEMBER_SELECT, mergeMembers, planRegroup, type GroupingRow, type MemberRow } from './merge.ts';
import { PG_MIGRATIONS, pgType } from './pg-schema.ts';
import {
  ACTOR_COLUMNS, ARTICLE_COLUMNS, ARTICLE_EVENT_COLUMNS, articleValues, actorDetail, ENTITY_COLUMNS, EVIDENCE_SELECT, layerRows,
  SIDE_COLUMNS, TIMEX_COLUMNS, toEvidence, toRunInfo, toSearchResult, toStoredArticle, toStoredEvent, topActorCounts, type Row,
} from './rows.ts';
import { parseQuery, type SearchQuery } from './search-text.ts';
import { ACTOR_TYPE_COUNTS, actorEventsSql, Binder, eventWhere, searchFilterSql, STATS_COUNTS, STATS_EVENTS_BY_TYPE, STATS_RANGE, STATS_RUNS, STATS_TOP_SOURCES } from './sql.ts';
import type {
  ActorCount, ActorDetail, ArticleRecord, EventEvidence, EventFilters, IngestErrorRecord, RunSummary,
  SearchFilters, SearchResult, Store, StoreStats, StoredArticle, StoredEvent, WriteStatus,
} from './types.ts';

/** Advisory lock keys (arbitrary constants): one for migrations, one for writers. */
const MIGRATE_LOCK = 7_372_001;
const WRITE_LOCK = 7_372_002;

/** tsvector limits: positions above 16383 are not kept, nor more than 256 positions of a lexeme; words longer than 512 characters are not indexed. */
const MAX_POS = 16_383;
const MAX_POSITIONS = 256;
const MAX_LEXEME = 512;

const now = (): string => new Date().toISOString();

/** SQLSTATE codes of a lost or refused connection: class 08, and 57P01–57P03 (the server shut the session down). */
const CONNECTION_LOST = /^(08|57P0)/;

/**
 * What a PostgreSQL or connection error means, for the message of an E_STORE error: the cause in
 * plain words, followed by the server's or the driver's own message.
 */
export function pgReason(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  // (a connection refused on every address comes as an AggregateError with an empty message)
  const message = (typeof e.message === 'string' && e.message) || code || String(err);
  if (CONNECTION_LOST.test(code) || code === 'ECONNRESET' || code === 'EPIPE' || /^Connection terminated/.test(message)) {
    return `the connection to the database was lost (${message})`;
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT'].includes(code) || /timeout exceeded when trying to connect/.test(message)) {
    return `the database server cannot be reached (${message})`;
  }
  if (code === '53100') return `the database server's disk is full (${message})`;
  if (code === '25006') return `the database is read-only (${message})`;
  return message;
}

/** Whether a `--db` value names a PostgreSQL database. */
export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

export { redactUrl };

/** Quotes a lexeme for a tsvector or tsquery literal. */
function lexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The tsvector literal of an article's index terms: title terms weighted A, body terms D (the
 * default), each with its positions so that phrases match in order.
 */
export function toTsvector(titleTerms: string, bodyTerms: string): string {
  const lex = new Map<string, string[]>();
  let pos = 0;
  const add = (terms: string, weight: string): void => {
    for (const t of terms.split(' ')) {
      if (!t || t.length > MAX_LEXEME) continue;
      pos++;
      let list = lex.get(t);
      if (!list) lex.set(t, (list = []));
      if (pos <= MAX_POS && list.length < MAX_POSITIONS) list.push(`${pos}${weight}`);
    }
    pos++; // no phrase across the title and the body
  };
  add(titleTerms, 'A');
  add(bodyTerms, '');
  const out: string[] = [];
  for (const [t, ps] of lex) out.push(ps.length ? `${lexeme(t)}:${ps.join(',')}` : lexeme(t));
  return out.join(' ');
}

/** The tsquery literal of a parsed query: every term and every phrase (terms in order, adjacent). */
export function toTsquery(q: SearchQuery): string {
  return [...q.terms.map(lexeme), ...q.phrases.map((p) => `(${p.map(lexeme).join(' <-> ')})`)].join(' & ');
}

/** Connection settings from a `postgres://` address: the pool's config and the schema, if any. */
function connectionOf(url: string): { config: pg.PoolConfig; schema: string | null } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RasdError('E_USAGE', `not a PostgreSQL address: ${redactUrl(url)} (expected postgres://user@host:port/database)`);
  }
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new RasdError('E_USAGE', `the schema name ${JSON.stringify(schema)} must be lower-case letters, digits and _ (in ${redactUrl(url)})`);
  }
  return {
    schema,
    config: {
      connectionString: u.toString(),
      // how rasd's connections show in pg_stat_activity (an application_name in the address wins)
      fallback_application_name: 'rasd',
      max: 4,
      connectionTimeoutMillis: 10_000,
      // no JIT: rasd's queries are short, and compiling one costs more (300 ms) than running it
      options: `-c jit=off${schema ? ` -c search_path=${schema}` : ''}`,
      // counts come back as int8: read them as numbers (they stay far below 2^53)
      types: { getTypeParser: ((oid: number, format?: string) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser },
    },
  };
}

type Client = pg.PoolClient;

/**
 * PostgreSQL text cannot hold U+0000. The readers never put one in an article's text, but an
 * input's id, title, URL or outlet, or a search filter, may hold one: it is stored and compared as
 * U+FFFD (the replacement character) instead of failing the whole batch or query.
 */
function safeParam(v: unknown): unknown {
  if (typeof v === 'string') return v.includes('\u0000') ? v.replace(/\u0000/g, '\uFFFD') : v;
  if (Array.isArray(v)) return v.map(safeParam);
  return v;
}

/** A client whose queries pass their parameters through `safeParam`. */
function safeClient(c: Client): Client {
  return new Proxy(c, {
    get(target, prop, receiver) {
      if (prop === 'query') return (sql: string, params?: unknown[]) => target.query(sql, params?.map(safeParam));
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

/** `INSERT INTO table (columns) SELECT * FROM unnest(one array per column)`: one statement for many rows. */
async function bulkInsert(c: Client, table: string, columns: readonly string[], rows: readonly unknown[][], suffix = ''): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map((_, i) => rows.map((r) => r[i] ?? null));
  const names = columns.map((n) => (n === 'end' ? '"end"' : n)).join(', ');
  const params = columns.map((col, i) => `$${i + 1}::${pgType(table, col)}[]`).join(', ');
  await c.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${params}) ${suffix}`, arrays);
}

export class PostgresStore implements Store {
  readonly description: string;
  readonly pool: pg.Pool;
  readonly schema: string | null;
  private readonly ready: Promise<void>;

  constructor(url: string) {
    const { config, schema } = connectionOf(url);
    this.description = redactUrl(url);
    this.schema = schema;
    this.pool = new pg.Pool(config);
    // an idle client that loses its connection must not crash the process; the next query reports it
    this.pool.on('error', () => undefined);
    this.ready = this.migrate();
    this.ready.catch(() => undefined);
  }

  private fail(action: string, err: unknown): RasdError {
    if (err instanceof RasdError) return err;
    return new RasdError('E_STORE', `cannot ${action} ${this.description}: ${pgReason(err)}`, { item: this.description, cause: err });
  }

  private migrate(): Promise<void> {
    return this.transaction('set up the schema of', [['SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]]], async (c) => {
      if (this.schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await c.query('CREATE TABLE IF NOT EXISTS rasd_schema (version integer NOT NULL)');
      const got = await c.query<{ version: number }>('SELECT version FROM rasd_schema');
      const version = got.rows[0]?.version ?? 0;
      if (got.rows.length === 0) await c.query('INSERT INTO rasd_schema (version) VALUES (0)');
      if (version > PG_MIGRATIONS.length) {
        throw new RasdError('E_STORE', `the database ${this.description} has schema version ${version}, newer than this rasd (${PG_MIGRATIONS.length}): upgrade rasd`, { item: this.description });
      }
      for (let v = version; v < PG_MIGRATIONS.length; v++) await c.query(PG_MIGRATIONS[v]!);
      await c.query('UPDATE rasd_schema SET version = $1', [PG_MIGRATIONS.length]);
    }, false);
  }

  /** The schema version (number of migrations applied). */
  async schemaVersion(): Promise<number> {
    return (await this.one<number>('SELECT version FROM rasd_schema')) ?? 0;
  }

  /** Runs one statement (after the migrations) and returns its rows; `action` words the error (`read from`, `write to`). */
  async query<T extends Row = Row>(sql: string, params: readonly unknown[] = [], action = 'read from'): Promise<T[]> {
    await this.ready;
    try {
      return (await this.pool.query<T>(sql, params.map(safeParam))).rows;
    } catch (err) {
      throw this.fail(action, err);
    }
  }

  /**
   * Runs `f` in a transaction on one connection (`setup` statements first) and commits; rolls
   * back and reports an E_STORE error naming the database when anything fails. Waits for the
   * migrations first, except when it runs them.
   */
  private async transaction<T>(action: string, setup: readonly [string, unknown[]?][], f: (c: Client) => Promise<T>, afterMigrations = true): Promise<T> {
    if (afterMigrations) await this.ready;
    let c: Client;
    try {
      c = await this.pool.connect();
    } catch (err) {
      throw this.fail('connect to', err);
    }
    // A connection lost while the client is checked out (the server restarted, the backend was
    // terminated) makes the client emit 'error', which pg.Pool only listens to on idle clients:
    // unheard, it would crash the process. The query in progress fails anyway and says why.
    let broken: Error | undefined;
    const onError = (err: Error): void => { broken ??= err; };
    c.on('error', onError);
    try {
      await c.query('BEGIN');
      for (const [sql, params] of setup) await c.query(sql, params);
      const out = await f(safeClient(c));
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch((rollback: Error) => { broken ??= rollback; });
      throw this.fail(action, err);
    } finally {
      c.off('error', onError);
      // a connection that failed is closed, not given back to the pool (the next use opens another)
      c.release(broken);
    }
  }

  /**
   * Runs full-text queries with sequential scans discouraged. The planner does not count the cost
   * of reading each article's TOASTed tsvector, so once the table is analysed it prefers scanning
   * every row (60 ms for a frequent word over 14,000 articles) to the GIN index (a few ms); with
   * a date filter it would rather read every article of the date range through its index.
   */
  private withPlanner<T>(f: (c: Client) => Promise<T>): Promise<T> {
    return this.transaction('read from', [['SET LOCAL enable_seqscan = off']], f);
  }

  private async one<T>(sql: string, params: readonly unknown[] = []): Promise<T | null> {
    const rows = await this.query(sql, params);
    const r = rows[0];
    return r === undefined ? null : (Object.values(r)[0] as T);
  }

  async beginRun(args: string): Promise<number> {
    return (await this.query<{ id: number }>('INSERT INTO runs (started_at, args) VALUES ($1, $2) RETURNING id', [now(), args], 'write to'))[0]!.id;
  }

  async finishRun(runId: number, s: RunSummary, status: 'done' | 'interrupted' = 'done'): Promise<void> {
    await this.query('UPDATE runs SET finished_at = $1, status = $2, added = $3, updated = $4, unchanged = $5, failed = $6 WHERE id = $7',
      [now(), status, s.added, s.updated, s.unchanged, s.failed, runId], 'write to');
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows = await this.query<{ content_hash: string }>('SELECT content_hash FROM articles WHERE content_hash = ANY($1::text[])', [hashes]);
    return new Set(rows.map((r) => r.content_hash));
  }

  // ---------------------------------------------------------------- writing

  async writeBatch(runId: number, articles: readonly ArticleRecord[], errors: readonly IngestErrorRecord[]): Promise<WriteStatus[]> {
    return this.transaction('write to', [['SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]]], async (c) => {
      const known = new Set((await c.query<{ content_hash: string }>('SELECT content_hash FROM articles WHERE content_hash = ANY($1::text[])', [articles.map((r) => r.contentHash)])).rows.map((r) => r.content_hash));
      const statuses: WriteStatus[] = new Array<WriteStatus>(articles.length);
      const touched = new Set<string>();
      const staleStories = new Set<number>();
      const linked: { id: number; sig: Uint32Array }[] = [];
      // segments in which every key occurs once (a key met again is an update of the earlier record)
      let segment: { rec: ArticleRecord; i: number }[] = [];
      let keys = new Set<string>();
      const flush = async (): Promise<void> => {
        if (segment.length === 0) return;
        const st = await this.writeArticles(c, runId, segment.map((s) => s.rec), touched, staleStories, linked);
        segment.forEach((s, k) => { statuses[s.i] = st[k]!; });
        segment = [];
        keys = new Set();
      };
      for (let i = 0; i < articles.length; i++) {
        const rec = articles[i]!;
        if (known.has(rec.contentHash)) { statuses[i] = 'unchanged'; continue; }
        known.add(rec.contentHash);
        if (keys.has(rec.key)) await flush();
        keys.add(rec.key);
        segment.push({ rec, i });
      }
      await flush();
      await bulkInsert(c, 'ingest_errors', ['run_id', 'item', 'code', 'message'], errors.map((e) => [runId, e.item, e.code, e.message]));
      for (const s of staleStories) await this.reclusterStory(c, s);
      for (const a of linked) await this.linkStory(c, a.id, a.sig);
      await this.regroup(c, touched);
      return statuses;
    });
  }

  /** Writes records whose keys are distinct and whose contents are new: added or updated. */
  private async writeArticles(c: Client, runId: number, recs: readonly ArticleRecord[], touched: Set<string>, staleStories: Set<number>, linked: { id: number; sig: Uint32Array }[]): Promise<WriteStatus[]> {
    const olds = new Map((await c.query<{ id: number; key: string; story_id: number | null }>('SELECT id, key, story_id FROM articles WHERE key = ANY($1::text[])', [recs.map((r) => r.key)])).rows.map((r) => [r.key, r]));
    const columns = [...ARTICLE_COLUMNS, 'minhash', 'run_id', 'tsv'];
    const valuesOf = (rec: ArticleRecord): unknown[] => [...articleValues(rec), rec.minhash ? signatureToBytes(rec.minhash) : null, runId, toTsvector(rec.titleTerms, rec.bodyTerms)];
    const updated = recs.filter((r) => olds.has(r.key));
    await this.deleteLayers(c, updated.map((r) => olds.get(r.key)!.id), touched);
    for (const rec of updated) {
      const old = olds.get(rec.key)!;
      if (old.story_id !== null) staleStories.add(old.story_id);
      await c.query(`UPDATE articles SET ${columns.map((col, i) => `${col} = $${i + 1}`).join(', ')}, story_id = id WHERE id = $${columns.length + 1}`, [...valuesOf(rec), old.id]);
    }
    const added = recs.filter((r) => !olds.has(r.key));
    const newIds = await this.nextIds(c, 'articles_id_seq', added.length);
    await bulkInsert(c, 'articles', ['id', 'story_id', ...columns], added.map((rec, i) => [newIds[i], newIds[i], ...valuesOf(rec)]));
    const idOf = new Map<string, number>([...updated.map((r): [string, number] => [r.key, olds.get(r.key)!.id]), ...added.map((r, i): [string, number] => [r.key, newIds[i]!])]);
    // layers of all of them, one statement per table
    const entities: unknown[][] = [];
    const actors = new Map<string, unknown[]>();
    const timexes: unknown[][] = [];
    const events: { values: unknown[]; block: string | null; sides: unknown[][] }[] = [];
    const bands: unknown[][] = [];
    for (const rec of recs) {
      const id = idOf.get(rec.key)!;
      const rows = layerRows(id, rec.analysis);
      entities.push(...rows.entities);
      for (const a of rows.actors) {
        const k = a[0] as string;
        const known = actors.get(k);
        if (!known) actors.set(k, a);
        else if (known[3] === null) known[3] = a[3];
      }
      timexes.push(...rows.timexes);
      events.push(...rows.events);
      if (rec.minhash) {
        for (const k of new Set(bandKeys(rec.minhash))) bands.push([k, id]);
        linked.push({ id, sig: rec.minhash });
      }
    }
    await bulkInsert(c, 'entities', ENTITY_COLUMNS, entities);
    await bulkInsert(c, 'actors', ACTOR_COLUMNS, [...actors.values()], 'ON CONFLICT (id) DO UPDATE SET name = COALESCE(actors.name, excluded.name)');
    await bulkInsert(c, 'timexes', TIMEX_COLUMNS, timexes);
    await bulkInsert(c, 'minhash_bands', ['band_key', 'article_id'], bands, 'ON CONFLICT DO NOTHING');
    const evIds = await this.nextIds(c, 'article_events_id_seq', events.length);
    // an event without a country merges with nothing: it is its own merged event from the start
    await bulkInsert(c, 'article_events', ['id', 'cluster_id', ...ARTICLE_EVENT_COLUMNS], events.map((v, i) => [evIds[i], v.block === null ? evIds[i] : null, ...v.values]));
    const sides: unknown[][] = [];
    events.forEach((v, i) => { for (const s of v.sides) sides.push([evIds[i], ...s]); });
    await bulkInsert(c, 'event_sides', ['event_id', ...SIDE_COLUMNS], sides);
    const singles: number[] = [];
    events.forEach((v, i) => { if (v.block === null) singles.push(evIds[i]!); else touched.add(v.block); });
    await this.writeClusters(c, new Map(singles.map((id) => [id, [id]])), new Map());
    return recs.map((r) => (olds.has(r.key) ? 'updated' : 'added'));
  }

  private async nextIds(c: Client, sequence: string, n: number): Promise<number[]> {
    if (n === 0) return [];
    return (await c.query<{ id: number }>(`SELECT nextval('${sequence}')::int AS id FROM generate_series(1, $1)`, [n])).rows.map((r) => r.id);
  }

  /** Removes the layers of articles about to be updated, noting the event blocks and singleton events to redo. */
  private async deleteLayers(c: Client, ids: readonly number[], touched: Set<string>): Promise<void> {
    if (ids.length === 0) return;
    const evs = (await c.query<{ id: number; block: string | null; cluster_id: number | null }>('SELECT id, block, cluster_id FROM article_events WHERE article_id = ANY($1::int[])', [ids])).rows;
    const singles: number[] = [];
    for (const e of evs) {
      if (e.block !== null) touched.add(e.block);
      else if (e.cluster_id !== null) singles.push(e.cluster_id);
    }
    await c.query('DELETE FROM events WHERE id = ANY($1::int[])', [singles]);
    await c.query('DELETE FROM event_sides WHERE event_id = ANY($1::int[])', [evs.map((e) => e.id)]);
    for (const table of ['article_events', 'entities', 'timexes', 'minhash_bands']) await c.query(`DELETE FROM ${table} WHERE article_id = ANY($1::int[])`, [ids]);
  }

  // ---------------------------------------------------------------- stories (near-duplicates)

  private async linkStory(c: Client, id: number, sig: Uint32Array): Promise<void> {
    const cands = (await c.query<{ minhash: Buffer; story: number }>(`SELECT DISTINCT b.article_id AS id, a.minhash AS minhash, a.story_id AS story
      FROM minhash_bands b JOIN articles a ON a.id = b.article_id WHERE b.band_key = ANY($1::int[]) AND b.article_id <> $2`, [bandKeys(sig), id])).rows;
    const stories = new Set<number>();
    for (const cand of cands) if (similarity(sig, signatureFromBytes(cand.minhash)) >= SAME_STORY) stories.add(cand.story);
    if (stories.size === 0) return;
    const own = (await c.query<{ story_id: number | null }>('SELECT story_id FROM articles WHERE id = $1', [id])).rows[0]?.story_id ?? id;
    stories.add(own);
    const target = Math.min(...stories);
    await c.query('UPDATE articles SET story_id = $1 WHERE story_id = ANY($2::int[])', [target, [...stories].filter((s) => s !== target)]);
  }

  private async reclusterStory(c: Client, storyId: number): Promise<void> {
    const members = (await c.query<{ id: number; minhash: Buffer | null }>('SELECT id, minhash FROM articles WHERE story_id = $1 ORDER BY id', [storyId])).rows;
    const stories = storyComponents(members.map((m) => ({ id: m.id, sig: m.minhash ? signatureFromBytes(m.minhash) : null })));
    await c.query('UPDATE articles a SET story_id = s.story FROM unnest($1::int[], $2::int[]) AS s(id, story) WHERE a.id = s.id', [[...stories.keys()], [...stories.values()]]);
  }

  // ---------------------------------------------------------------- events across articles

  /** Regroups the article events of the given blocks (merge.ts planRegroup), all blocks in a few statements. */
  private async regroup(c: Client, blocks: ReadonlySet<string>): Promise<void> {
    if (blocks.size === 0) return;
    const list = [...blocks];
    const rows = (await c.query<GroupingRow & { block: string }>('SELECT id, block, ref_day, cluster_id FROM article_events WHERE block = ANY($1::text[]) ORDER BY id', [list])).rows;
    const existing = (await c.query<{ id: number; block: string }>('SELECT id, block FROM events WHERE block = ANY($1::text[])', [list])).rows;
    const rowsOf = new Map<string, GroupingRow[]>();
    const existingOf = new Map<string, number[]>();
    for (const r of rows) (rowsOf.get(r.block) ?? rowsOf.set(r.block, []).get(r.block)!).push(r);
    for (const e of existing) (existingOf.get(e.block) ?? existingOf.set(e.block, []).get(e.block)!).push(e.id);
    const drop: number[] = [];
    const move: [number, number][] = [];
    const write = new Map<number, number[]>();
    const blockOf = new Map<number, string>();
    for (const block of list) {
      const plan = planRegroup(block, rowsOf.get(block) ?? [], existingOf.get(block) ?? []);
      drop.push(...plan.drop);
      move.push(...plan.move);
      for (const [g, ids] of plan.write) { write.set(g, ids); blockOf.set(g, block); }
    }
    await c.query('DELETE FROM events WHERE id = ANY($1::int[])', [drop]);
    if (move.length) {
      await c.query('UPDATE article_events e SET cluster_id = m.g FROM unnest($1::int[], $2::int[]) AS m(id, g) WHERE e.id = m.id', [move.map((m) => m[0]), move.map((m) => m[1])]);
    }
    await this.writeClusters(c, write, blockOf);
  }

  /** Writes merged events (group id → member article event ids) in one statement. */
  private async writeClusters(c: Client, groups: ReadonlyMap<number, readonly number[]>, blockOf: ReadonlyMap<number, string>): Promise<void> {
    if (groups.size === 0) return;
    const ids = [...groups.values()].flat();
    const members = new Map((await c.query<MemberRow>(`${MEMBER_SELECT} WHERE e.id = ANY($1::int[])`, [ids])).rows.map((m) => [m.id, m]));
    const rows = [...groups].map(([g, list]) => mergeMembers(g, blockOf.get(g) ?? null, list.map((id) => members.get(id)!)));
    await bulkInsert(c, 'events', EVENT_COLUMNS, rows);
  }

  // ---------------------------------------------------------------- reading

  async article(idOrKey: number | string): Promise<StoredArticle | null> {
    const rows = typeof idOrKey === 'number'
      ? await this.query('SELECT id, key, content_hash, origin, source, story_id, analysis FROM articles WHERE id = $1', [idOrKey])
      : await this.query('SELECT id, key, content_hash, origin, source, story_id, analysis FROM articles WHERE key = $1 OR key = $2 ORDER BY key = $1 DESC LIMIT 1', [idOrKey, `id:${idOrKey}`]);
    return rows[0] ? toStoredArticle(rows[0]) : null;
  }

  async articleByHash(hash: string): Promise<{ id: number; key: string } | null> {
    return (await this.query<{ id: number; key: string }>('SELECT id, key FROM articles WHERE content_hash = $1', [hash]))[0] ?? null;
  }

  async search(query: string, f: SearchFilters = {}): Promise<SearchResult> {
    const q = parseQuery(query);
    if (q === null) throw new RasdError('E_USAGE', `the query ${JSON.stringify(query)} has no word to search for`);
    // words longer than a lexeme may be are not indexed (see toTsvector): such a required word matches nothing
    if ([...q.terms, ...q.phrases.flat()].some((t) => t.length > MAX_LEXEME)) return { total: 0, hits: [] };
    const b = new Binder('pg');
    const tsq = b.p(toTsquery(q));
    // the publication day is compared as an expression that no index serves, so that the matches
    // always come from the GIN index (see withPlanner) and no other index leads to reading the
    // tsvector of every article in a date range
    const where = `a.tsv @@ ${tsq}::tsquery${searchFilterSql(b, f, 'ILIKE', "(a.published_day || '')")}`;
    const countParams = [...b.params];
    // ts_rank weights {D, C, B, A}: a title term counts three times a body term; negated so that lower is better, as with bm25
    const limit = b.p(f.limit ?? 20);
    const offset = b.p(f.offset ?? 0);
    const [total, rows] = await this.withPlanner(async (c) => [
      (await c.query<{ n: number }>(`SELECT count(*) AS n FROM articles a WHERE ${where}`, countParams)).rows[0]!.n,
      (await c.query(`SELECT a.id, a.key, a.title, a.published, a.source, a.url, a.text, -ts_rank('{0.333, 0.333, 0.333, 1.0}', a.tsv, ${tsq}::tsquery, 1) AS score
        FROM articles a WHERE ${where} ORDER BY score, a.id LIMIT ${limit} OFFSET ${offset}`, b.params)).rows,
    ] as const);
    return toSearchResult(total, rows, q);
  }

  async events(f: EventFilters = {}): Promise<{ total: number; events: StoredEvent[] }> {
    const b = new Binder('pg');
    const where = eventWhere(b, f);
    const total = (await this.one<number>(`SELECT count(*) FROM events ${where}`, b.params)) ?? 0;
    const rows = await this.query(`SELECT * FROM events ${where} ORDER BY day IS NULL, day, id LIMIT ${b.p(f.limit ?? null)} OFFSET ${b.p(f.offset ?? 0)}`, b.params);
    return { total, events: rows.map(toStoredEvent) };
  }

  async eventEvidence(eventId: number): Promise<EventEvidence[]> {
    return (await this.query(`${EVIDENCE_SELECT} WHERE e.cluster_id = $1 ORDER BY a.published IS NULL, a.published, a.id, e.id`, [eventId])).map(toEvidence);
  }

  async timeline(a: string, b: string): Promise<StoredEvent[]> {
    return (await this.events({ dyad: [a, b] })).events.filter((e) => e.date !== null && e.day !== null);
  }

  private async actorNames(ids: readonly string[]): Promise<Map<string, string | null>> {
    const rows = await this.query<{ id: string; name: string | null }>('SELECT id, name FROM actors WHERE id = ANY($1::text[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async topActors(limit: number): Promise<ActorCount[]> {
    const top = topActorCounts(await this.query(ACTOR_TYPE_COUNTS) as unknown as Parameters<typeof topActorCounts>[0], limit);
    const names = await this.actorNames(top.map((a) => a.actor));
    for (const a of top) a.name = names.get(a.actor) ?? null;
    return top;
  }

  async actor(code: string): Promise<ActorDetail | null> {
    const b = new Binder('pg');
    const rows = await this.query(actorEventsSql(b, code), b.params) as unknown as Parameters<typeof actorDetail>[1];
    const names = await this.actorNames([code, ...new Set(rows.map((r) => r.other).filter((x): x is string => x !== null))]);
    return actorDetail(code, rows, (id) => names.get(id) ?? null);
  }

  async event(id: number): Promise<StoredEvent | null> {
    const r = (await this.query('SELECT * FROM events WHERE id = $1', [id]))[0];
    return r ? toStoredEvent(r) : null;
  }

  async stats(): Promise<StoreStats> {
    const counts = {} as Record<keyof typeof STATS_COUNTS, number>;
    for (const [k, sql] of Object.entries(STATS_COUNTS)) counts[k as keyof typeof STATS_COUNTS] = (await this.one<number>(sql)) ?? 0;
    const eventsByType: Record<string, number> = {};
    for (const r of await this.query<{ type: string; n: number }>(STATS_EVENTS_BY_TYPE)) eventsByType[r.type] = r.n;
    const range = (await this.query<{ lo: string | null; hi: string | null }>(STATS_RANGE))[0]!;
    return {
      ...counts,
      firstPublished: range.lo,
      lastPublished: range.hi,
      eventsByType,
      topSources: await this.query<{ source: string; articles: number }>(STATS_TOP_SOURCES),
      runs: (await this.query(STATS_RUNS)).map(toRunInfo),
    };
  }

  async errors(runId?: number): Promise<(IngestErrorRecord & { runId: number })[]> {
    const rows = runId === undefined
      ? await this.query('SELECT run_id, item, code, message FROM ingest_errors ORDER BY run_id DESC, id')
      : await this.query('SELECT run_id, item, code, message FROM ingest_errors WHERE run_id = $1 ORDER BY id', [runId]);
    return rows.map((r) => ({ runId: r.run_id as number, item: r.item as string, code: r.code as string, message: r.message as string }));
  }

  private closed = false;
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.ready.catch(() => undefined);
    await this.pool.end();
  }
}
