/**
 * The embedded store: one SQLite file (better-sqlite3 12.x), WAL mode, versioned migrations.
 * Writes happen in one transaction per batch, so an interrupted ingest leaves whole batches
 * only; a re-run skips what is stored (content hash) and finishes the rest.
 *
 * Every failure of the database itself — a full disk, a read-only or locked file, a corrupt one —
 * is an `E_STORE` error that names the file and says what went wrong (`sqliteReason`), whether it
 * happens while opening, reading or writing.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { RasdError } from '../errors.ts';
import type { AnalysisV1 } from '../output/v1.ts';
import { bandKeys, signatureFromBytes, signatureToBytes, similarity, SAME_STORY, storyComponents } from './minhash.ts';
import { EVENT_COLUMNS, MEMBER_SELECT, mergeMembers, planRegroup, type GroupingRow, type MemberRow } from './merge.ts';
import {
  ACTOR_COLUMNS, ARTICLE_COLUMNS, ARTICLE_EVENT_COLUMNS, articleValues, actorDetail, ENTITY_COLUMNS, EVIDENCE_SELECT, layerRows,
  SIDE_COLUMNS, TIMEX_COLUMNS, toEvidence, toRunInfo, toSearchResult, toStoredArticle, toStoredEvent, topActorCounts, type Row,
} from './rows.ts';
import { MIGRATIONS } from './schema.ts';
import { parseQuery, toFts5Match } from './search-text.ts';
import { ACTOR_TYPE_COUNTS, actorEventsSql, Binder, eventWhere, searchFilterSql, STATS_COUNTS, STATS_EVENTS_BY_TYPE, STATS_RANGE, STATS_RUNS, STATS_TOP_SOURCES } from './sql.ts';
import type {
  ActorCount, ActorDetail, ArticleRecord, EventEvidence, EventFilters, IngestErrorRecord, RunSummary,
  SearchFilters, SearchResult, Store, StoreStats, StoredArticle, StoredEvent, WriteStatus,
} from './types.ts';

const cols = (names: readonly string[]): string => names.map((n) => (n === 'end' ? '"end"' : n)).join(', ');
const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

type Params = unknown[];

const now = (): string => new Date().toISOString();

/** Blocks the thread for `ms` milliseconds (the store's constructor is synchronous). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** How long a write waits for another connection's write transaction before it fails as locked (ms). */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** The busy timeout from `$RASD_SQLITE_BUSY_TIMEOUT_MS` (a whole number of ms), else the default. */
function busyTimeoutFromEnv(): number {
  const v = process.env.RASD_SQLITE_BUSY_TIMEOUT_MS;
  if (v === undefined || v === '') return DEFAULT_BUSY_TIMEOUT_MS;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new RasdError('E_USAGE', `$RASD_SQLITE_BUSY_TIMEOUT_MS must be a whole number of milliseconds, not ${v}`);
  return n;
}

/**
 * What a SQLite error means, for the message of an E_STORE error: the cause in plain words,
 * followed by SQLite's own code and message.
 */
export function sqliteReason(err: unknown, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): string {
  const code = (err as { code?: unknown }).code;
  const message = err instanceof Error ? err.message : String(err);
  // the only JSON rasd parses when reading is what it stored (an article's output v1): a page that
  // SQLite cannot tell is damaged (the last page of a long value) comes back as garbage
  if (err instanceof SyntaxError) return `the database file is corrupt: a stored value is not what rasd wrote (${message}); restore it from a backup, or ingest again into a new file`;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return message;
  const own = `${code}: ${message}`;
  if (code.startsWith('SQLITE_FULL')) return `the disk is full or the database reached its size limit (${own})`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return `the database is locked by another process or connection that is writing to it; rasd waited ${busyTimeoutMs / 1000} s (${own})`;
  }
  if (code.startsWith('SQLITE_READONLY')) return `the database is read-only: the file or its folder cannot be written (${own})`;
  if (code.startsWith('SQLITE_CORRUPT')) return `the database file is corrupt (${own}); restore it from a backup, or ingest again into a new file`;
  if (code === 'SQLITE_NOTADB') return `the file is not a SQLite database, or its header is corrupt (${own})`;
  if (code.startsWith('SQLITE_IOERR')) return `a disk input/output error (${own})`;
  if (code.startsWith('SQLITE_CANTOPEN')) return `the file cannot be opened (${own})`;
  return own;
}

export interface SqliteStoreOptions {
  /** Open without writing (no migration, no journal-mode change); the file must exist. */
  readonly?: boolean;
  /**
   * How long a write waits for another connection's write before it fails with E_STORE (locked),
   * in ms (default `$RASD_SQLITE_BUSY_TIMEOUT_MS`, else 5,000).
   */
  busyTimeoutMs?: number;
}

export class SqliteStore implements Store {
  readonly description: string;
  readonly db: Database.Database;
  readonly file: string;
  readonly busyTimeoutMs: number;

  constructor(file: string, options: SqliteStoreOptions = {}) {
    this.file = file;
    this.description = `sqlite:${file}`;
    this.busyTimeoutMs = options.busyTimeoutMs ?? busyTimeoutFromEnv();
    try {
      if (file !== ':memory:' && !options.readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      this.db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
      this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
      if (!options.readonly) {
        this.toWal();
        this.db.pragma('synchronous = NORMAL');
        this.db.pragma('foreign_keys = ON');
      }
      this.migrate(options.readonly ?? false);
    } catch (err) {
      throw this.fail('open the database', err);
    }
  }

  /**
   * Switches the file to WAL. SQLite answers a journal-mode change that meets another connection's
   * lock with SQLITE_BUSY at once, without its busy handler (two processes opening one new file at
   * the same time, `test/faults/locked.test.ts`): the switch is retried here, with short sleeps, for
   * as long as the busy timeout allows.
   */
  private toWal(): void {
    const deadline = Date.now() + this.busyTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        this.db.pragma('journal_mode = WAL');
        return;
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() >= deadline) throw err;
        sleepSync(Math.min(100, 5 * 2 ** attempt, Math.max(1, deadline - Date.now())));
      }
    }
  }

  /** The E_STORE error of a failed action on the database, naming the file and the cause. */
  private fail(action: string, err: unknown): RasdError {
    if (err instanceof RasdError) return err;
    return new RasdError('E_STORE', `cannot ${action} ${this.file}: ${sqliteReason(err, this.busyTimeoutMs)}`, { item: this.file, cause: err });
  }

  /** Runs a read; a failure of the database is an E_STORE error naming the file. */
  private read<T>(f: () => T): T {
    try {
      return f();
    } catch (err) {
      throw this.fail('read from', err);
    }
  }

  /** Runs a write; a failure of the database is an E_STORE error naming the file. */
  private write<T>(f: () => T): T {
    try {
      return f();
    } catch (err) {
      throw this.fail('write to', err);
    }
  }

  private migrate(readonly: boolean): void {
    const check = (version: number): boolean => {
      if (version > MIGRATIONS.length) {
        throw new RasdError('E_STORE', `the database ${this.file} has schema version ${version}, newer than this rasd (${MIGRATIONS.length}): upgrade rasd`, { item: this.file });
      }
      return version === MIGRATIONS.length;
    };
    if (check(this.db.pragma('user_version', { simple: true }) as number)) return;
    if (readonly) throw new RasdError('E_STORE', `the database ${this.file} needs migrating to schema version ${MIGRATIONS.length}; open it writable once`, { item: this.file });
    // under the write lock, and with the version read again inside it: two processes opening a
    // new file at the same time must not both create the tables
    this.db.transaction(() => {
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (check(version)) return;
      for (let v = version; v < MIGRATIONS.length; v++) this.db.exec(MIGRATIONS[v]!);
      this.db.pragma(`user_version = ${MIGRATIONS.length}`);
    }).immediate();
  }

  private readonly stmts = new Map<string, Database.Statement>();
  /** A prepared statement, cached by its SQL (and whether it plucks the first column). */
  private st(sql: string, pluck = false): Database.Statement {
    const k = pluck ? `p:${sql}` : sql;
    let s = this.stmts.get(k);
    if (!s) {
      s = this.db.prepare(sql);
      if (pluck) s.pluck();
      this.stmts.set(k, s);
    }
    return s;
  }

  /** The schema version (number of migrations applied). */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async beginRun(args: string): Promise<number> {
    return this.write(() => Number(this.st('INSERT INTO runs (started_at, args) VALUES (?, ?)').run(now(), args).lastInsertRowid));
  }

  async finishRun(runId: number, s: RunSummary, status: 'done' | 'interrupted' = 'done'): Promise<void> {
    this.write(() => this.st('UPDATE runs SET finished_at = ?, status = ?, added = ?, updated = ?, unchanged = ?, failed = ? WHERE id = ?')
      .run(now(), status, s.added, s.updated, s.unchanged, s.failed, runId));
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    return this.read(() => {
      const out = new Set<string>();
      const stmt = this.st('SELECT 1 FROM articles WHERE content_hash = ?', true);
      for (const h of hashes) if (stmt.get(h) !== undefined) out.add(h);
      return out;
    });
  }

  // ---------------------------------------------------------------- writing

  async writeBatch(runId: number, articles: readonly ArticleRecord[], errors: readonly IngestErrorRecord[]): Promise<WriteStatus[]> {
    return this.write(() => this.db.transaction(() => {
      const statuses: WriteStatus[] = [];
      const touchedBlocks = new Set<string>();
      const staleStories = new Set<number>();
      const linked: { id: number; sig: Uint32Array }[] = [];
      for (const rec of articles) {
        const st = this.writeArticle(runId, rec, touchedBlocks, staleStories, linked);
        statuses.push(st);
      }
      const addError = this.st('INSERT INTO ingest_errors (run_id, item, code, message) VALUES (?, ?, ?, ?)');
      for (const e of errors) addError.run(runId, e.item, e.code, e.message);
      for (const s of staleStories) this.reclusterStory(s);
      for (const a of linked) this.linkStory(a.id, a.sig);
      this.regroup(touchedBlocks);
      return statuses;
    }).immediate());
  }

  private writeArticle(runId: number, rec: ArticleRecord, touched: Set<string>, staleStories: Set<number>, linked: { id: number; sig: Uint32Array }[]): WriteStatus {
    if (this.st('SELECT 1 FROM articles WHERE content_hash = ?').get(rec.contentHash)) return 'unchanged';
    const old = this.st('SELECT id, story_id FROM articles WHERE key = ?').get(rec.key) as { id: number; story_id: number | null } | undefined;
    const values = [...articleValues(rec), rec.minhash ? signatureToBytes(rec.minhash) : null, runId];
    const columns = [...ARTICLE_COLUMNS, 'minhash', 'run_id'];
    let id: number;
    if (old) {
      id = old.id;
      this.deleteLayers(id, touched);
      if (old.story_id !== null) staleStories.add(old.story_id);
      this.st(`UPDATE articles SET ${columns.map((c) => `${c} = ?`).join(', ')}, story_id = id WHERE id = ?`).run(...values, id);
    } else {
      const r = this.st(`INSERT INTO articles (${cols(columns)}) VALUES (${marks(columns.length)})`).run(...values);
      id = Number(r.lastInsertRowid);
      this.st('UPDATE articles SET story_id = id WHERE id = ?').run(id);
    }
    this.st('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)').run(id, rec.titleTerms, rec.bodyTerms);
    if (rec.minhash) {
      const ins = this.st('INSERT OR IGNORE INTO minhash_bands (band_key, article_id) VALUES (?, ?)');
      for (const k of bandKeys(rec.minhash)) ins.run(k, id);
      linked.push({ id, sig: rec.minhash });
    }
    this.insertLayers(id, rec.analysis, touched);
    return old ? 'updated' : 'added';
  }

  /** Removes an article's layers (before an update), noting the event blocks and singleton events to redo. */
  private deleteLayers(id: number, touched: Set<string>): void {
    const evs = this.st('SELECT id, block, cluster_id FROM article_events WHERE article_id = ?').all(id) as { id: number; block: string | null; cluster_id: number | null }[];
    for (const e of evs) {
      if (e.block !== null) touched.add(e.block);
      else if (e.cluster_id !== null) this.st('DELETE FROM events WHERE id = ?').run(e.cluster_id);
      this.st('DELETE FROM event_sides WHERE event_id = ?').run(e.id);
    }
    this.st('DELETE FROM article_events WHERE article_id = ?').run(id);
    this.st('DELETE FROM entities WHERE article_id = ?').run(id);
    this.st('DELETE FROM timexes WHERE article_id = ?').run(id);
    this.st('DELETE FROM minhash_bands WHERE article_id = ?').run(id);
    this.st('DELETE FROM article_fts WHERE rowid = ?').run(id);
  }

  private insertLayers(id: number, a: AnalysisV1, touched: Set<string>): void {
    const rows = layerRows(id, a);
    const insEnt = this.st(`INSERT INTO entities (${cols(ENTITY_COLUMNS)}) VALUES (${marks(ENTITY_COLUMNS.length)})`);
    for (const r of rows.entities) insEnt.run(...r);
    const insActor = this.st(`INSERT INTO actors (${cols(ACTOR_COLUMNS)}) VALUES (${marks(ACTOR_COLUMNS.length)}) ON CONFLICT(id) DO UPDATE SET name = COALESCE(actors.name, excluded.name)`);
    for (const r of rows.actors) insActor.run(...r);
    const insTime = this.st(`INSERT INTO timexes (${cols(TIMEX_COLUMNS)}) VALUES (${marks(TIMEX_COLUMNS.length)})`);
    for (const r of rows.timexes) insTime.run(...r);
    const insEv = this.st(`INSERT INTO article_events (${cols(ARTICLE_EVENT_COLUMNS)}) VALUES (${marks(ARTICLE_EVENT_COLUMNS.length)})`);
    const insSide = this.st(`INSERT INTO event_sides (event_id, ${cols(SIDE_COLUMNS)}) VALUES (?, ${marks(SIDE_COLUMNS.length)})`);
    for (const v of rows.events) {
      const eid = Number(insEv.run(...v.values).lastInsertRowid);
      for (const side of v.sides) insSide.run(eid, ...side);
      if (v.block !== null) touched.add(v.block);
      else {
        // an event without a country merges with nothing: its own merged event
        this.st('UPDATE article_events SET cluster_id = ? WHERE id = ?').run(eid, eid);
        this.writeCluster(eid, null, this.memberRows([eid]));
      }
    }
  }

  // ---------------------------------------------------------------- stories (near-duplicates)

  /** Links a new or changed article to the stories of its near-duplicates (LSH candidates with a similar signature). */
  private linkStory(id: number, sig: Uint32Array): void {
    const keys = bandKeys(sig);
    const cands = this.st(`SELECT DISTINCT b.article_id AS id, a.minhash AS minhash, a.story_id AS story
      FROM minhash_bands b JOIN articles a ON a.id = b.article_id
      WHERE b.band_key IN (${marks(keys.length)}) AND b.article_id <> ?`).all(...keys, id) as { id: number; minhash: Buffer; story: number }[];
    const stories = new Set<number>();
    for (const c of cands) if (similarity(sig, signatureFromBytes(c.minhash)) >= SAME_STORY) stories.add(c.story);
    if (stories.size === 0) return;
    const own = (this.st('SELECT story_id FROM articles WHERE id = ?', true).get(id) as number | null) ?? id;
    stories.add(own);
    const target = Math.min(...stories);
    const upd = this.st('UPDATE articles SET story_id = ? WHERE story_id = ?');
    for (const s of stories) if (s !== target) upd.run(target, s);
  }

  /** Recomputes the stories of the members of one story (after one of them changed): connected components of similar pairs. */
  private reclusterStory(storyId: number): void {
    const members = this.st('SELECT id, minhash FROM articles WHERE story_id = ? ORDER BY id').all(storyId) as { id: number; minhash: Buffer | null }[];
    const stories = storyComponents(members.map((m) => ({ id: m.id, sig: m.minhash ? signatureFromBytes(m.minhash) : null })));
    const upd = this.st('UPDATE articles SET story_id = ? WHERE id = ?');
    for (const [id, story] of stories) upd.run(story, id);
  }

  // ---------------------------------------------------------------- events across articles

  private memberRows(ids: readonly number[]): MemberRow[] {
    return this.st(`${MEMBER_SELECT} WHERE e.id IN (${marks(ids.length)})`).all(...ids) as MemberRow[];
  }

  /** Regroups the article events of the given blocks into real-world events (merge.ts planRegroup). */
  private regroup(blocks: ReadonlySet<string>): void {
    const setCluster = this.st('UPDATE article_events SET cluster_id = ? WHERE id = ?');
    const delCluster = this.st('DELETE FROM events WHERE id = ?');
    for (const block of blocks) {
      const rows = this.st('SELECT id, ref_day, cluster_id FROM article_events WHERE block = ?').all(block) as GroupingRow[];
      const plan = planRegroup(block, rows, this.st('SELECT id FROM events WHERE block = ?', true).all(block) as number[]);
      for (const id of plan.drop) delCluster.run(id);
      for (const [id, g] of plan.move) setCluster.run(g, id);
      for (const [g, ids] of plan.write) this.writeCluster(g, block, this.memberRows(ids));
    }
  }

  /** Writes one merged event from its member article events. */
  private writeCluster(id: number, block: string | null, members: readonly MemberRow[]): void {
    this.st(`INSERT INTO events (${cols(EVENT_COLUMNS)}) VALUES (${marks(EVENT_COLUMNS.length)})`).run(...mergeMembers(id, block, members));
  }

  // ---------------------------------------------------------------- reading

  async article(idOrKey: number | string): Promise<StoredArticle | null> {
    return this.read(() => {
      const row = (typeof idOrKey === 'number'
        ? this.st('SELECT id, key, content_hash, origin, source, story_id, analysis FROM articles WHERE id = ?').get(idOrKey)
        : this.st('SELECT id, key, content_hash, origin, source, story_id, analysis FROM articles WHERE key = ? OR key = ?').get(idOrKey, `id:${idOrKey}`)) as Row | undefined;
      return row ? toStoredArticle(row) : null;
    });
  }

  async articleByHash(hash: string): Promise<{ id: number; key: string } | null> {
    return this.read(() => (this.st('SELECT id, key FROM articles WHERE content_hash = ?').get(hash) as { id: number; key: string } | undefined) ?? null);
  }

  async search(query: string, f: SearchFilters = {}): Promise<SearchResult> {
    return this.read(() => {
      const q = parseQuery(query);
      if (q === null) throw new RasdError('E_USAGE', `the query ${JSON.stringify(query)} has no word to search for`);
      const b = new Binder('sqlite');
      const where = `article_fts MATCH ${b.p(toFts5Match(q))}${searchFilterSql(b, f, 'LIKE')}`;
      const from = 'FROM article_fts JOIN articles a ON a.id = article_fts.rowid';
      const total = this.st(`SELECT count(*) ${from} WHERE ${where}`, true).get(...b.params) as number;
      const rows = this.st(`SELECT a.id, a.key, a.title, a.published, a.source, a.url, a.text, bm25(article_fts, 3.0, 1.0) AS score
        ${from} WHERE ${where} ORDER BY score, a.id LIMIT ? OFFSET ?`).all(...b.params, f.limit ?? 20, f.offset ?? 0) as Row[];
      return toSearchResult(total, rows, q);
    });
  }

  async events(f: EventFilters = {}): Promise<{ total: number; events: StoredEvent[] }> {
    return this.read(() => {
      const b = new Binder('sqlite');
      const where = eventWhere(b, f);
      const total = this.st(`SELECT count(*) FROM events ${where}`, true).get(...b.params) as number;
      const rows = this.st(`SELECT * FROM events ${where} ORDER BY day IS NULL, day, id LIMIT ? OFFSET ?`).all(...b.params, f.limit ?? -1, f.offset ?? 0) as Row[];
      return { total, events: rows.map(toStoredEvent) };
    });
  }

  async eventEvidence(eventId: number): Promise<EventEvidence[]> {
    return this.read(() => {
      const rows = this.st(`${EVIDENCE_SELECT} WHERE e.cluster_id = ? ORDER BY a.published IS NULL, a.published, a.id, e.id`).all(eventId) as Row[];
      return rows.map(toEvidence);
    });
  }

  async timeline(a: string, b: string): Promise<StoredEvent[]> {
    // as in a single article's timeline (events/timeline.ts): events with a date of their own
    return (await this.events({ dyad: [a, b] })).events.filter((e) => e.date !== null && e.day !== null);
  }

  private actorName(id: string): string | null {
    return (this.st('SELECT name FROM actors WHERE id = ?', true).get(id) as string | null | undefined) ?? null;
  }

  async topActors(limit: number): Promise<ActorCount[]> {
    return this.read(() => {
      const top = topActorCounts(this.st(ACTOR_TYPE_COUNTS).all() as Parameters<typeof topActorCounts>[0], limit);
      for (const a of top) a.name = this.actorName(a.actor);
      return top;
    });
  }

  async actor(code: string): Promise<ActorDetail | null> {
    return this.read(() => {
      const b = new Binder('sqlite');
      const sql = actorEventsSql(b, code);
      return actorDetail(code, this.st(sql).all(...b.params) as Parameters<typeof actorDetail>[1], (id) => this.actorName(id));
    });
  }

  async event(id: number): Promise<StoredEvent | null> {
    return this.read(() => {
      const r = this.st('SELECT * FROM events WHERE id = ?').get(id) as Row | undefined;
      return r ? toStoredEvent(r) : null;
    });
  }

  async stats(): Promise<StoreStats> {
    return this.read(() => {
      const counts = Object.fromEntries(Object.entries(STATS_COUNTS).map(([k, sql]) => [k, (this.st(sql, true).get() as number | null) ?? 0])) as Record<keyof typeof STATS_COUNTS, number>;
      const eventsByType: Record<string, number> = {};
      for (const r of this.st(STATS_EVENTS_BY_TYPE).all() as { type: string; n: number }[]) eventsByType[r.type] = r.n;
      const range = this.st(STATS_RANGE).get() as { lo: string | null; hi: string | null };
      return {
        ...counts,
        firstPublished: range.lo,
        lastPublished: range.hi,
        eventsByType,
        topSources: this.st(STATS_TOP_SOURCES).all() as { source: string; articles: number }[],
        runs: (this.st(STATS_RUNS).all() as Row[]).map(toRunInfo),
      };
    });
  }

  async errors(runId?: number): Promise<(IngestErrorRecord & { runId: number })[]> {
    return this.read(() => {
      const rows = (runId === undefined
        ? this.st('SELECT run_id, item, code, message FROM ingest_errors ORDER BY run_id DESC, id').all()
        : this.st('SELECT run_id, item, code, message FROM ingest_errors WHERE run_id = ? ORDER BY id').all(runId)) as Row[];
      return rows.map((r) => ({ runId: r.run_id as number, item: r.item as string, code: r.code as string, message: r.message as string }));
    });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
