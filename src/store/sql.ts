/**
 * SQL shared by the store engines: the conditions of the search and event filters, written once
 * and bound with each engine's placeholders (`?` in SQLite, `$1 $2 …` in PostgreSQL). Every value
 * a user gives goes in as a parameter, never into the SQL text.
 */
import type { EventFilters, SearchFilters } from './types.ts';

/** Collects parameters and hands out the placeholder of each. */
export class Binder {
  readonly params: unknown[] = [];
  constructor(readonly style: 'sqlite' | 'pg') {}
  /** The placeholder of a new parameter with this value. */
  p(value: unknown): string {
    this.params.push(value);
    return this.style === 'pg' ? `$${this.params.length}` : '?';
  }
}

/**
 * A condition matching an actor code against an (actor, country) column pair: a code matches
 * itself and the codes under it (`PSE.REB` matches `PSE.REB.HMS`, as the index range
 * `PSE.REB.` ≤ actor < `PSE.REB/`, '/' following '.'), and a country code also matches every
 * actor of that country.
 */
export function actorCondition(b: Binder, actorCol: string, countryCol: string, code: string): string {
  const own = `${actorCol} = ${b.p(code)}`;
  const under = `(${actorCol} >= ${b.p(`${code}.`)} AND ${actorCol} < ${b.p(`${code}/`)})`;
  if (code.includes('.')) return `(${own} OR ${under})`;
  return `(${countryCol} = ${b.p(code)} OR ${own} OR ${under})`;
}

/** The WHERE clause (or '') of an events query on the `events` table. */
export function eventWhere(b: Binder, f: EventFilters): string {
  const conds: string[] = [];
  if (f.type) conds.push(`type = ${b.p(f.type)}`);
  if (f.from) conds.push(`day >= ${b.p(f.from)}`);
  if (f.to) conds.push(`day <= ${b.p(f.to)}`);
  if (f.actor) {
    const c1 = actorCondition(b, 'source_actor', 'source_country', f.actor);
    const c2 = actorCondition(b, 'target_actor', 'target_country', f.actor);
    conds.push(`(${c1} OR ${c2})`);
  }
  if (f.dyad) {
    const [x, y] = f.dyad;
    const dir = (s: string, t: string): string => `(${actorCondition(b, 'source_actor', 'source_country', s)} AND ${actorCondition(b, 'target_actor', 'target_country', t)})`;
    const ab = dir(x, y);
    const ba = dir(y, x);
    conds.push(`(${ab} OR ${ba})`);
  }
  return conds.length ? `WHERE ${conds.join(' AND ')}` : '';
}

/**
 * The conditions of the search filters on an article aliased `a` (each starting with ' AND ').
 * `like` is the engine's case-insensitive LIKE (LIKE in SQLite, ILIKE in PostgreSQL); `day` the
 * expression of the publication day compared with the date range.
 */
export function searchFilterSql(b: Binder, f: SearchFilters, like: string, day = 'a.published_day'): string {
  let where = '';
  if (f.from) where += ` AND ${day} >= ${b.p(f.from)}`;
  if (f.to) where += ` AND ${day} <= ${b.p(f.to)}`;
  if (f.source) where += ` AND a.source ${like} ${b.p(`%${f.source.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`;
  if (f.actor) {
    const c1 = actorCondition(b, 'n.actor', 'n.country', f.actor);
    const c2 = actorCondition(b, 's.actor', 's.country', f.actor);
    where += ` AND (EXISTS (SELECT 1 FROM entities n WHERE n.article_id = a.id AND ${c1})
        OR EXISTS (SELECT 1 FROM article_events v JOIN event_sides s ON s.event_id = v.id WHERE v.article_id = a.id AND ${c2}))`;
  }
  if (f.type) where += ` AND EXISTS (SELECT 1 FROM article_events v WHERE v.article_id = a.id AND v.type = ${b.p(f.type)})`;
  return where;
}

/** Events per actor and type, both sides (for the top actors). */
export const ACTOR_TYPE_COUNTS = `SELECT actor, country, sector, type, count(*) AS n FROM (
        SELECT COALESCE(source_actor, source_country) AS actor, source_country AS country, source_sector AS sector, type FROM events WHERE source_country IS NOT NULL OR source_actor IS NOT NULL
        UNION ALL
        SELECT COALESCE(target_actor, target_country), target_country, target_sector, type FROM events WHERE target_country IS NOT NULL OR target_actor IS NOT NULL
      ) x GROUP BY actor, country, sector, type`;

/** One actor's events: type, month, Goldstein score and the other side (the actor's conditions bound by `b`). */
export function actorEventsSql(b: Binder, code: string): string {
  const src = (): string => actorCondition(b, 'source_actor', 'source_country', code);
  const tgt = (): string => actorCondition(b, 'target_actor', 'target_country', code);
  return `SELECT type, substr(day, 1, 7) AS month, goldstein,
        CASE WHEN ${src()} THEN COALESCE(target_actor, target_country) ELSE COALESCE(source_actor, source_country) END AS other
      FROM events WHERE (${src()}) OR (${tgt()}) ORDER BY id`;
}

/** The counts of `Store.stats()`, one query each. */
export const STATS_COUNTS = {
  articles: 'SELECT count(*) FROM articles',
  stories: 'SELECT count(DISTINCT story_id) FROM articles',
  sources: 'SELECT count(DISTINCT source) FROM articles',
  entities: 'SELECT count(*) FROM entities',
  linkedEntities: 'SELECT count(*) FROM entities WHERE actor IS NOT NULL',
  timexes: 'SELECT count(*) FROM timexes',
  articleEvents: 'SELECT count(*) FROM article_events',
  events: 'SELECT count(*) FROM events',
  errors: 'SELECT count(*) FROM ingest_errors',
} as const;

export const STATS_EVENTS_BY_TYPE = 'SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type';
export const STATS_RANGE = 'SELECT min(published_day) AS lo, max(published_day) AS hi FROM articles';
export const STATS_TOP_SOURCES = 'SELECT source, count(*) AS articles FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY articles DESC, source LIMIT 10';
export const STATS_RUNS = 'SELECT * FROM runs ORDER BY id DESC LIMIT 5';
