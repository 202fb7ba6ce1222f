/**
 * The embedded store: one SQLite file (better-sqlite3 12.x), WAL mode, versioned migrations.
 * Writes happen in one transaction per batch, so an interrupted ingest leaves whole batches
 * only; a re-run skips what is stored (content hash) and finishes the rest.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { RasdError } from '../errors.ts';
import type { AnalysisV1, EventV1 } from '../output/v1.ts';
import { bandKeys, signatureFromBytes, signatureToBytes, similarity, SAME_STORY } from './minhash.ts';
import { blockKey, groupEvents, referenceDay, type MergeItem } from './merge.ts';
import { MIGRATIONS } from './schema.ts';
import { makeSnippet, parseQuery, queryTermSet, toFts5Match } from './search-text.ts';
import { cameoQuad } from './cameo.ts';
import type {
  ActorCount, ActorDetail, ArticleRecord, ArticleRef, ClusterSide, EventEvidence, EventFilters, IngestErrorRecord, RunInfo, RunSummary,
  SearchFilters, SearchResult, Store, StoreStats, StoredArticle, StoredEvent, WriteStatus,
} from './types.ts';

type Row = Record<string, unknown>;
type Params = unknown[];

const now = (): string => new Date().toISOString();

/**
 * SQL that matches an actor code against an (actor, country) column pair: a code matches itself
 * and the codes under it (`PSE.REB` matches `PSE.REB.HMS`), and a country code also matches
 * every actor of that country.
 */
function actorCondition(actorCol: string, countryCol: string, code: string, params: Params): string {
  // the codes under `code` as a range (`MAR.` ≤ actor < `MAR/`, '/' following '.'), so indexes serve it
  const under = `(${actorCol} >= ? AND ${actorCol} < ?)`;
  if (code.includes('.')) {
    params.push(code, `${code}.`, `${code}/`);
    return `(${actorCol} = ? OR ${under})`;
  }
  params.push(code, code, `${code}.`, `${code}/`);
  return `(${countryCol} = ? OR ${actorCol} = ? OR ${under})`;
}

/** The first side with a country (the one blocks are made of), or the first side. */
function primarySide(side: EventV1['source']): EventV1['source'][number] | null {
  return side.find((s) => s.country) ?? side[0] ?? null;
}

function mostFrequent<T>(xs: readonly T[], key: (x: T) => string | null): T | null {
  const counts = new Map<string, { n: number; first: T }>();
  let best: { n: number; first: T } | null = null;
  for (const x of xs) {
    const k = key(x);
    if (k === null) continue;
    let c = counts.get(k);
    if (!c) counts.set(k, (c = { n: 0, first: x }));
    c.n++;
    if (best === null || c.n > best.n) best = c;
  }
  return best?.first ?? null;
}

interface MemberRow {
  id: number;
  article_id: number;
  type: string;
  mode: string | null;
  cameo: string;
  goldstein: number;
  quad: number;
  date: string | null;
  ref_day: string | null;
  modality: string;
  mentions: number;
  evidence: string;
  src_actor: string | null; src_country: string | null; src_sector: string | null; src_name: string | null;
  tgt_actor: string | null; tgt_country: string | null; tgt_sector: string | null; tgt_name: string | null;
  block: string | null;
  cluster_id: number | null;
  source: string | null;
  url: string | null;
  published: string | null;
}

/** Date precision for choosing a merged event's date: a day beats a month beats a year. */
function precision(date: string): number {
  const s = date.split('/')[0]!;
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? 3 : /^\d{4}-(\d{2}|W\d{2})/.test(s) ? 2 : /^\d{4}/.test(s) ? 1 : 0;
}

export class SqliteStore implements Store {
  readonly description: string;
  readonly db: Database.Database;
  readonly file: string;

  constructor(file: string, options: { readonly?: boolean } = {}) {
    this.file = file;
    this.description = `sqlite:${file}`;
    try {
      if (file !== ':memory:' && !options.readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      this.db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
      this.db.pragma('busy_timeout = 5000');
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
        this.db.pragma('foreign_keys = ON');
      }
      this.migrate(options.readonly ?? false);
    } catch (err) {
      if (err instanceof RasdError) throw err;
      throw new RasdError('E_STORE', `cannot open the database ${file}: ${(err as Error).message}`, { item: file, cause: err });
    }
  }

  private migrate(readonly: boolean): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new RasdError('E_STORE', `the database ${this.file} has schema version ${version}, newer than this rasd (${MIGRATIONS.length}): upgrade rasd`, { item: this.file });
    }
    if (version === MIGRATIONS.length) return;
    if (readonly) throw new RasdError('E_STORE', `the database ${this.file} needs migrating to schema version ${MIGRATIONS.length}; open it writable once`, { item: this.file });
    this.db.transaction(() => {
      for (let v = version; v < MIGRATIONS.length; v++) this.db.exec(MIGRATIONS[v]!);
      this.db.pragma(`user_version = ${MIGRATIONS.length}`);
    })();
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
    const r = this.st('INSERT INTO runs (started_at, args) VALUES (?, ?)').run(now(), args);
    return Number(r.lastInsertRowid);
  }

  async finishRun(runId: number, s: RunSummary, status: 'done' | 'interrupted' = 'done'): Promise<void> {
    this.st('UPDATE runs SET finished_at = ?, status = ?, added = ?, updated = ?, unchanged = ?, failed = ? WHERE id = ?')
      .run(now(), status, s.added, s.updated, s.unchanged, s.failed, runId);
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const stmt = this.st('SELECT 1 FROM articles WHERE content_hash = ?', true);
    for (const h of hashes) if (stmt.get(h) !== undefined) out.add(h);
    return out;
  }

  // ---------------------------------------------------------------- writing

  async writeBatch(runId: number, articles: readonly ArticleRecord[], errors: readonly IngestErrorRecord[]): Promise<WriteStatus[]> {
    try {
      return this.db.transaction(() => {
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
      })();
    } catch (err) {
      if (err instanceof RasdError) throw err;
      throw new RasdError('E_STORE', `cannot write to ${this.file}: ${(err as Error).message}`, { item: this.file, cause: err });
    }
  }

  private writeArticle(runId: number, rec: ArticleRecord, touched: Set<string>, staleStories: Set<number>, linked: { id: number; sig: Uint32Array }[]): WriteStatus {
    if (this.st('SELECT 1 FROM articles WHERE content_hash = ?').get(rec.contentHash)) return 'unchanged';
    const a = rec.analysis;
    const old = this.st('SELECT id, story_id FROM articles WHERE key = ?').get(rec.key) as { id: number; story_id: number | null } | undefined;
    const published = a.article.published;
    const values = [
      rec.key, rec.contentHash, a.id, rec.origin, rec.source, a.article.url, a.article.title, published,
      published ? published.slice(0, 10) : null, a.article.text, JSON.stringify(a), rec.minhash ? signatureToBytes(rec.minhash) : null, runId,
    ];
    let id: number;
    if (old) {
      id = old.id;
      this.deleteLayers(id, touched);
      if (old.story_id !== null) staleStories.add(old.story_id);
      this.st(`UPDATE articles SET key = ?, content_hash = ?, input_id = ?, origin = ?, source = ?, url = ?, title = ?, published = ?,
        published_day = ?, text = ?, analysis = ?, minhash = ?, run_id = ?, story_id = id WHERE id = ?`).run(...values, id);
    } else {
      const r = this.st(`INSERT INTO articles (key, content_hash, input_id, origin, source, url, title, published, published_day, text, analysis, minhash, run_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...values);
      id = Number(r.lastInsertRowid);
      this.st('UPDATE articles SET story_id = id WHERE id = ?').run(id);
    }
    this.st('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)').run(id, rec.titleTerms, rec.bodyTerms);
    if (rec.minhash) {
      const ins = this.st('INSERT OR IGNORE INTO minhash_bands (band_key, article_id) VALUES (?, ?)');
      for (const k of bandKeys(rec.minhash)) ins.run(k, id);
      linked.push({ id, sig: rec.minhash });
    }
    this.insertLayers(id, a, touched);
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
    const text = a.article.text;
    const insEnt = this.st(`INSERT INTO entities (article_id, idx, eid, type, text, name, start, "end", actor, country, sector, actor_name, role)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insActor = this.st('INSERT INTO actors (id, country, sector, name) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = COALESCE(actors.name, excluded.name)');
    a.entities.forEach((e, i) => {
      const ac = e.actor;
      insEnt.run(id, i, e.id, e.type, e.text, e.name ?? null, e.start, e.end, ac?.id ?? null, ac?.country ?? null, ac?.sector ?? null, ac?.name ?? null, ac?.role ?? null);
      // an actor's name is that of its country-level mentions (المغرب), not a person's
      if (ac?.id) insActor.run(ac.id, ac.country, ac.sector, ac.sector === null && e.type !== 'PER' ? ac.name : null);
    });
    const insTime = this.st('INSERT INTO timexes (article_id, idx, tid, type, text, start, "end", value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    a.timexes.forEach((t, i) => insTime.run(id, i, t.id, t.type, t.text, t.start, t.end, t.value ?? null));
    const insEv = this.st(`INSERT INTO article_events (article_id, vid, type, mode, cameo, goldstein, quad, date, ref_day, modality, confidence,
      trigger_text, trigger_start, trigger_end, sentence_start, sentence_end, evidence, mentions,
      src_actor, src_country, src_sector, src_name, tgt_actor, tgt_country, tgt_sector, tgt_name, location_country, location_name, block)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insSide = this.st('INSERT INTO event_sides (event_id, role, idx, actor, country, sector, name, text, entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const v of a.events) {
      const s = primarySide(v.source);
      const t = primarySide(v.target);
      const block = blockKey(v);
      const r = insEv.run(
        id, v.id, v.type, v.mode, v.cameo, v.goldstein, cameoQuad(v.cameo), v.date, referenceDay(v.date, a.article.published), v.modality, v.confidence,
        v.trigger.text, v.trigger.start, v.trigger.end, v.sentence.start, v.sentence.end, text.slice(v.sentence.start, v.sentence.end), v.mentions?.length ?? 1,
        s?.actor ?? null, s?.country ?? null, s?.sector ?? null, s?.name ?? null, t?.actor ?? null, t?.country ?? null, t?.sector ?? null, t?.name ?? null,
        v.location?.country ?? null, v.location?.name ?? null, block,
      );
      const eid = Number(r.lastInsertRowid);
      for (const role of ['source', 'target'] as const) {
        v[role].forEach((x, i) => insSide.run(eid, role, i, x.actor ?? null, x.country, x.sector, x.name ?? null, x.text, x.entity));
      }
      if (block !== null) touched.add(block);
      else this.writeCluster(eid, null, [this.memberRows('e.id = ?', [eid])[0]!]);
    }
  }

  // ---------------------------------------------------------------- stories (near-duplicates)

  /** Links a new or changed article to the stories of its near-duplicates (LSH candidates with a similar signature). */
  private linkStory(id: number, sig: Uint32Array): void {
    const keys = bandKeys(sig);
    const cands = this.st(`SELECT DISTINCT b.article_id AS id, a.minhash AS minhash, a.story_id AS story
      FROM minhash_bands b JOIN articles a ON a.id = b.article_id
      WHERE b.band_key IN (${keys.map(() => '?').join(',')}) AND b.article_id <> ?`).all(...keys, id) as { id: number; minhash: Buffer; story: number }[];
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
    const sigs = members.map((m) => (m.minhash ? signatureFromBytes(m.minhash) : null));
    const bands = sigs.map((s) => (s ? new Set(bandKeys(s)) : null));
    const parent = members.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = sigs[i];
        const b = sigs[j];
        if (!a || !b) continue;
        if (![...bands[i]!].some((k) => bands[j]!.has(k))) continue;
        if (similarity(a, b) >= SAME_STORY) parent[find(j)] = find(i);
      }
    }
    const upd = this.st('UPDATE articles SET story_id = ? WHERE id = ?');
    const minOf = new Map<number, number>();
    members.forEach((m, i) => {
      const r = find(i);
      minOf.set(r, Math.min(minOf.get(r) ?? Infinity, m.id));
    });
    members.forEach((m, i) => upd.run(minOf.get(find(i))!, m.id));
  }

  // ---------------------------------------------------------------- events across articles

  private memberRows(where: string, params: Params): MemberRow[] {
    return this.st(`SELECT e.id, e.article_id, e.type, e.mode, e.cameo, e.goldstein, e.quad, e.date, e.ref_day, e.modality, e.mentions, e.evidence,
      e.src_actor, e.src_country, e.src_sector, e.src_name, e.tgt_actor, e.tgt_country, e.tgt_sector, e.tgt_name, e.block, e.cluster_id,
      a.source, a.url, a.published
      FROM article_events e JOIN articles a ON a.id = e.article_id WHERE ${where}`).all(...params) as MemberRow[];
  }

  /**
   * Regroups the article events of the given blocks into real-world events. Grouping needs only
   * each event's id, reference day and current group; the merged rows are rewritten only for the
   * groups whose members changed, so a large block (ASSAULT ISR → PSE) costs little per batch.
   */
  private regroup(blocks: ReadonlySet<string>): void {
    const setCluster = this.st('UPDATE article_events SET cluster_id = ? WHERE id = ?');
    const delCluster = this.st('DELETE FROM events WHERE id = ?');
    for (const block of blocks) {
      const rows = this.st('SELECT id, ref_day, cluster_id FROM article_events WHERE block = ?').all(block) as { id: number; ref_day: string | null; cluster_id: number | null }[];
      const groups = groupEvents(rows.map((r): MergeItem => ({ id: r.id, block, refDay: r.ref_day })));
      const members = (m: Map<number, number[]>, k: number, id: number): void => {
        let list = m.get(k);
        if (!list) m.set(k, (list = []));
        list.push(id);
      };
      const before = new Map<number, number[]>();
      const after = new Map<number, number[]>();
      for (const r of rows) {
        if (r.cluster_id !== null) members(before, r.cluster_id, r.id);
        members(after, groups.get(r.id)!, r.id);
      }
      const same = (a: number[] | undefined, b: number[] | undefined): boolean => a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
      const current = new Map(rows.map((r) => [r.id, r.cluster_id]));
      const existing = new Set(this.st('SELECT id FROM events WHERE block = ?', true).all(block) as number[]);
      // merged events that no longer exist as they were (members gone, added or moved)
      for (const id of existing) if (!same(before.get(id), after.get(id))) { delCluster.run(id); existing.delete(id); }
      for (const [g, ids] of after) {
        if (existing.has(g)) continue;
        for (const id of ids) if (current.get(id) !== g) setCluster.run(g, id);
        this.writeCluster(g, block, this.memberRows(`e.id IN (${ids.map(() => '?').join(',')})`, ids));
      }
    }
  }

  /** Writes one merged event from its member article events. */
  private writeCluster(id: number, block: string | null, members: readonly MemberRow[]): void {
    if (members.length === 1 && members[0]!.cluster_id !== id) this.st('UPDATE article_events SET cluster_id = ? WHERE id = ?').run(id, members[0]!.id);
    // the first report: earliest publication, then storage order
    const ordered = [...members].sort((a, b) => {
      const pa = a.published ?? '\uffff';
      const pb = b.published ?? '\uffff';
      return pa < pb ? -1 : pa > pb ? 1 : a.article_id - b.article_id || a.id - b.id;
    });
    const first = ordered[0]!;
    const byCameo = mostFrequent(ordered, (m) => m.cameo)!;
    const withMode = mostFrequent(ordered, (m) => m.mode);
    const dated = ordered.filter((m) => m.date !== null);
    const best = dated.length === 0 ? null : Math.max(...dated.map((m) => precision(m.date!)));
    const dateRow = best === null ? null : mostFrequent(dated.filter((m) => precision(m.date!) === best), (m) => m.date);
    const src = mostFrequent(ordered, (m) => m.src_actor ?? m.src_country);
    const tgt = mostFrequent(ordered, (m) => m.tgt_actor ?? m.tgt_country);
    const modality = ordered.some((m) => m.modality === 'asserted') ? 'asserted' : mostFrequent(ordered, (m) => m.modality)!.modality;
    const articles = new Set(ordered.map((m) => m.article_id));
    const outlets = new Set(ordered.map((m) => m.source ?? `article:${m.article_id}`));
    const mentions = ordered.reduce((n, m) => n + m.mentions, 0);
    const anchor = members.find((m) => m.id === id) ?? first;
    const day = referenceDay(dateRow?.date ?? null, null) ?? anchor.ref_day;
    this.st(`INSERT INTO events (id, block, type, mode, cameo, goldstein, quad, date, day, modality,
      source_actor, source_country, source_sector, source_name, target_actor, target_country, target_sector, target_name,
      mentions, articles, sources, first_article_id, first_url, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      id, block, first.type, withMode?.mode ?? null, byCameo.cameo, byCameo.goldstein, byCameo.quad, dateRow?.date ?? null, day, modality,
      src?.src_actor ?? null, src?.src_country ?? null, src?.src_sector ?? null, src?.src_name ?? null,
      tgt?.tgt_actor ?? null, tgt?.tgt_country ?? null, tgt?.tgt_sector ?? null, tgt?.tgt_name ?? null,
      mentions, articles.size, outlets.size, first.article_id, first.url, first.evidence,
    );
  }

  // ---------------------------------------------------------------- reading

  async article(idOrKey: number | string): Promise<StoredArticle | null> {
    const row = (typeof idOrKey === 'number'
      ? this.st('SELECT id, key, content_hash, origin, source, story_id, analysis FROM articles WHERE id = ?').get(idOrKey)
      : this.st('SELECT id, key, content_hash, origin, source, story_id, analysis FROM articles WHERE key = ? OR key = ?').get(idOrKey, `id:${idOrKey}`)) as Row | undefined;
    if (!row) return null;
    return {
      id: row.id as number,
      key: row.key as string,
      contentHash: row.content_hash as string,
      origin: row.origin as string,
      source: row.source as string | null,
      storyId: row.story_id as number | null,
      analysis: JSON.parse(row.analysis as string) as AnalysisV1,
    };
  }

  async articleByHash(hash: string): Promise<{ id: number; key: string } | null> {
    return (this.st('SELECT id, key FROM articles WHERE content_hash = ?').get(hash) as { id: number; key: string } | undefined) ?? null;
  }

  async search(query: string, f: SearchFilters = {}): Promise<SearchResult> {
    const q = parseQuery(query);
    if (q === null) throw new RasdError('E_USAGE', `the query ${JSON.stringify(query)} has no word to search for`);
    const params: Params = [toFts5Match(q)];
    let where = 'article_fts MATCH ?';
    if (f.from) { where += ' AND a.published_day >= ?'; params.push(f.from); }
    if (f.to) { where += ' AND a.published_day <= ?'; params.push(f.to); }
    if (f.source) { where += " AND a.source LIKE ? ESCAPE '\\'"; params.push(`%${f.source.replace(/[\\%_]/g, (c) => `\\${c}`)}%`); }
    if (f.actor) {
      const p1: Params = [];
      const c1 = actorCondition('n.actor', 'n.country', f.actor, p1);
      const p2: Params = [];
      const c2 = actorCondition('s.actor', 's.country', f.actor, p2);
      where += ` AND (EXISTS (SELECT 1 FROM entities n WHERE n.article_id = a.id AND ${c1})
        OR EXISTS (SELECT 1 FROM article_events v JOIN event_sides s ON s.event_id = v.id WHERE v.article_id = a.id AND ${c2}))`;
      params.push(...p1, ...p2);
    }
    if (f.type) { where += ' AND EXISTS (SELECT 1 FROM article_events v WHERE v.article_id = a.id AND v.type = ?)'; params.push(f.type); }
    const from = 'FROM article_fts JOIN articles a ON a.id = article_fts.rowid';
    const total = this.st(`SELECT count(*) ${from} WHERE ${where}`, true).get(...params) as number;
    const limit = f.limit ?? 20;
    const rows = this.st(`SELECT a.id, a.key, a.title, a.published, a.source, a.url, a.text, bm25(article_fts, 3.0, 1.0) AS score
      ${from} WHERE ${where} ORDER BY score, a.id LIMIT ? OFFSET ?`).all(...params, limit, f.offset ?? 0) as Row[];
    const terms = queryTermSet(q);
    return {
      total,
      hits: rows.map((r) => {
        const sn = makeSnippet(r.text as string, terms);
        return {
          ...articleRef(r, 'id'),
          score: r.score as number,
          snippet: { text: sn.text, highlights: sn.highlights },
        };
      }),
    };
  }

  private eventWhere(f: EventFilters, params: Params): string {
    const conds: string[] = [];
    if (f.type) { conds.push('type = ?'); params.push(f.type); }
    if (f.from) { conds.push('day >= ?'); params.push(f.from); }
    if (f.to) { conds.push('day <= ?'); params.push(f.to); }
    if (f.actor) {
      const c1 = actorCondition('source_actor', 'source_country', f.actor, params);
      const c2 = actorCondition('target_actor', 'target_country', f.actor, params);
      conds.push(`(${c1} OR ${c2})`);
    }
    if (f.dyad) {
      const [a, b] = f.dyad;
      const p = (x: string, y: string): string => `(${actorCondition('source_actor', 'source_country', x, params)} AND ${actorCondition('target_actor', 'target_country', y, params)})`;
      const ab = p(a, b);
      const ba = p(b, a);
      conds.push(`(${ab} OR ${ba})`);
    }
    return conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  }

  async events(f: EventFilters = {}): Promise<{ total: number; events: StoredEvent[] }> {
    const params: Params = [];
    const where = this.eventWhere(f, params);
    const total = this.st(`SELECT count(*) FROM events ${where}`, true).get(...params) as number;
    const limit = f.limit ?? -1;
    const rows = this.st(`SELECT * FROM events ${where} ORDER BY day IS NULL, day, id LIMIT ? OFFSET ?`).all(...params, limit, f.offset ?? 0) as Row[];
    return { total, events: rows.map(toStoredEvent) };
  }

  async eventEvidence(eventId: number): Promise<EventEvidence[]> {
    const rows = this.st(`SELECT e.article_id, a.key, a.title, a.published, a.source, a.url, e.vid, e.evidence, e.sentence_start, e.sentence_end,
      e.trigger_text, e.trigger_start, e.trigger_end, e.date, e.modality
      FROM article_events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ? ORDER BY a.published IS NULL, a.published, a.id, e.id`).all(eventId) as Row[];
    return rows.map((r) => ({
      ...articleRef(r, 'article_id'),
      eventId: r.vid as string,
      sentence: r.evidence as string,
      sentenceStart: r.sentence_start as number,
      sentenceEnd: r.sentence_end as number,
      trigger: { text: r.trigger_text as string, start: r.trigger_start as number, end: r.trigger_end as number },
      date: r.date as string | null,
      modality: r.modality as string,
    }));
  }

  async timeline(a: string, b: string): Promise<StoredEvent[]> {
    // as in a single article's timeline (events/timeline.ts): events with a date of their own
    return (await this.events({ dyad: [a, b] })).events.filter((e) => e.date !== null && e.day !== null);
  }

  async topActors(limit: number): Promise<ActorCount[]> {
    const rows = this.st(`SELECT actor, country, sector, type, count(*) AS n FROM (
        SELECT COALESCE(source_actor, source_country) AS actor, source_country AS country, source_sector AS sector, type FROM events WHERE source_country IS NOT NULL OR source_actor IS NOT NULL
        UNION ALL
        SELECT COALESCE(target_actor, target_country), target_country, target_sector, type FROM events WHERE target_country IS NOT NULL OR target_actor IS NOT NULL
      ) GROUP BY actor, type`).all() as { actor: string; country: string | null; sector: string | null; type: string; n: number }[];
    const by = new Map<string, ActorCount>();
    for (const r of rows) {
      let a = by.get(r.actor);
      if (!a) by.set(r.actor, (a = { actor: r.actor, country: r.country, sector: r.sector, name: null, events: 0, byType: {} }));
      a.events += r.n;
      a.byType[r.type] = (a.byType[r.type] ?? 0) + r.n;
    }
    const top = [...by.values()].sort((x, y) => y.events - x.events || x.actor.localeCompare(y.actor)).slice(0, limit);
    const nameOf = this.st('SELECT name FROM actors WHERE id = ?', true);
    for (const a of top) a.name = (nameOf.get(a.actor) as string | null | undefined) ?? null;
    return top;
  }

  async actor(code: string): Promise<ActorDetail | null> {
    const ps: Params = [];
    const src = actorCondition('source_actor', 'source_country', code, ps);
    const pt: Params = [];
    const tgt = actorCondition('target_actor', 'target_country', code, pt);
    const rows = this.st(`SELECT type, substr(day, 1, 7) AS month, goldstein,
        CASE WHEN ${src} THEN COALESCE(target_actor, target_country) ELSE COALESCE(source_actor, source_country) END AS other
      FROM events WHERE (${src}) OR (${tgt})`).all(...ps, ...ps, ...pt) as { type: string; month: string | null; goldstein: number; other: string | null }[];
    if (rows.length === 0) return null;
    const byType: Record<string, number> = {};
    const months = new Map<string, { month: string; type: string; events: number; goldstein: number }>();
    const others = new Map<string, number>();
    for (const r of rows) {
      byType[r.type] = (byType[r.type] ?? 0) + 1;
      if (r.month) {
        const k = `${r.month}|${r.type}`;
        let m = months.get(k);
        if (!m) months.set(k, (m = { month: r.month, type: r.type, events: 0, goldstein: 0 }));
        m.events++;
        m.goldstein += r.goldstein;
      }
      if (r.other && r.other !== code) others.set(r.other, (others.get(r.other) ?? 0) + 1);
    }
    const nameOf = this.st('SELECT name FROM actors WHERE id = ?', true);
    const name = (id: string): string | null => (nameOf.get(id) as string | null | undefined) ?? null;
    const [country, sector] = code.split('.');
    return {
      actor: code,
      country: country ?? null,
      sector: sector ?? null,
      name: name(code),
      events: rows.length,
      byType,
      byMonth: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.type.localeCompare(b.type))),
      counterparts: [...others].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 20).map(([actor, events]) => ({ actor, name: name(actor), events })),
    };
  }

  async event(id: number): Promise<StoredEvent | null> {
    const r = this.st('SELECT * FROM events WHERE id = ?').get(id) as Row | undefined;
    return r ? toStoredEvent(r) : null;
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string): number => (this.st(sql).pluck().get() as number | null) ?? 0;
    const eventsByType: Record<string, number> = {};
    for (const r of this.st('SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC').all() as { type: string; n: number }[]) eventsByType[r.type] = r.n;
    const range = this.st('SELECT min(published_day) AS lo, max(published_day) AS hi FROM articles').get() as { lo: string | null; hi: string | null };
    return {
      articles: one('SELECT count(*) FROM articles'),
      stories: one('SELECT count(DISTINCT story_id) FROM articles'),
      sources: one('SELECT count(DISTINCT source) FROM articles'),
      entities: one('SELECT count(*) FROM entities'),
      linkedEntities: one('SELECT count(*) FROM entities WHERE actor IS NOT NULL'),
      timexes: one('SELECT count(*) FROM timexes'),
      articleEvents: one('SELECT count(*) FROM article_events'),
      events: one('SELECT count(*) FROM events'),
      errors: one('SELECT count(*) FROM ingest_errors'),
      firstPublished: range.lo,
      lastPublished: range.hi,
      eventsByType,
      topSources: this.st('SELECT source, count(*) AS articles FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY articles DESC, source LIMIT 10').all() as { source: string; articles: number }[],
      runs: (this.st('SELECT * FROM runs ORDER BY id DESC LIMIT 5').all() as Row[]).map(toRunInfo),
    };
  }

  async errors(runId?: number): Promise<(IngestErrorRecord & { runId: number })[]> {
    const rows = (runId === undefined
      ? this.st('SELECT run_id, item, code, message FROM ingest_errors ORDER BY run_id DESC, id').all()
      : this.st('SELECT run_id, item, code, message FROM ingest_errors WHERE run_id = ? ORDER BY id').all(runId)) as Row[];
    return rows.map((r) => ({ runId: r.run_id as number, item: r.item as string, code: r.code as string, message: r.message as string }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function articleRef(r: Row, idColumn: string): ArticleRef {
  return {
    articleId: r[idColumn] as number,
    key: r.key as string,
    title: r.title as string | null,
    published: r.published as string | null,
    source: r.source as string | null,
    url: r.url as string | null,
  };
}

function side(r: Row, p: 'source' | 'target'): ClusterSide {
  return { actor: r[`${p}_actor`] as string | null, country: r[`${p}_country`] as string | null, sector: r[`${p}_sector`] as string | null, name: r[`${p}_name`] as string | null };
}

function toStoredEvent(r: Row): StoredEvent {
  return {
    id: r.id as number,
    type: r.type as string,
    mode: r.mode as string | null,
    cameo: r.cameo as string,
    goldstein: r.goldstein as number,
    quad: r.quad as number,
    date: r.date as string | null,
    day: r.day as string | null,
    modality: r.modality as string,
    source: side(r, 'source'),
    target: side(r, 'target'),
    mentions: r.mentions as number,
    articles: r.articles as number,
    sources: r.sources as number,
    firstUrl: r.first_url as string | null,
    firstArticleId: r.first_article_id as number,
    evidence: r.evidence as string,
  };
}

function toRunInfo(r: Row): RunInfo {
  return {
    id: r.id as number,
    startedAt: r.started_at as string,
    finishedAt: r.finished_at as string | null,
    status: r.status as RunInfo['status'],
    args: r.args as string,
    added: r.added as number,
    updated: r.updated as number,
    unchanged: r.unchanged as number,
    failed: r.failed as number,
  };
}
