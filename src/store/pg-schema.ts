/**
 * The PostgreSQL schema as versioned migrations, the same tables and columns as the SQLite schema
 * (`schema.ts`, described in docs/store.md) with PostgreSQL types. Differences:
 * - the full-text index is a `tsv tsvector` column on `articles` with a GIN index (built by rasd
 *   from the same index terms as SQLite's FTS5 table, `pg.ts` toTsvector), not a separate table;
 * - actor code columns use the "C" collation, so that the range `MAR.` ≤ code < `MAR/` that
 *   selects a code and the codes under it means the same whatever the database's locale;
 * - `rasd_schema` holds the number of migrations applied (SQLite uses `PRAGMA user_version`).
 * Each new migration is appended, never edited once released.
 */

export const PG_MIGRATIONS: readonly string[] = [
  /* 1: the schema of output v1 */ `
CREATE TABLE runs (
  id serial PRIMARY KEY,
  started_at text NOT NULL,
  finished_at text,
  status text NOT NULL DEFAULT 'running',
  args text NOT NULL,
  added integer NOT NULL DEFAULT 0,
  updated integer NOT NULL DEFAULT 0,
  unchanged integer NOT NULL DEFAULT 0,
  failed integer NOT NULL DEFAULT 0
);
CREATE TABLE ingest_errors (
  id serial PRIMARY KEY,
  run_id integer NOT NULL REFERENCES runs(id),
  item text NOT NULL,
  code text NOT NULL,
  message text NOT NULL
);
CREATE INDEX ingest_errors_run ON ingest_errors(run_id);
CREATE TABLE articles (
  id serial PRIMARY KEY,
  key text NOT NULL UNIQUE,
  content_hash text NOT NULL UNIQUE,
  input_id text,
  origin text NOT NULL,
  source text,
  url text,
  title text,
  published text,
  published_day text,
  text text NOT NULL,
  analysis text NOT NULL,
  story_id integer,
  minhash bytea,
  run_id integer NOT NULL REFERENCES runs(id),
  tsv tsvector NOT NULL
);
CREATE INDEX articles_published ON articles(published_day);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_tsv ON articles USING gin(tsv);
CREATE TABLE minhash_bands (
  band_key integer NOT NULL,
  article_id integer NOT NULL,
  PRIMARY KEY (band_key, article_id)
);
CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
CREATE TABLE actors (
  id text COLLATE "C" PRIMARY KEY,
  country text,
  sector text,
  name text
);
CREATE TABLE entities (
  article_id integer NOT NULL,
  idx integer NOT NULL,
  eid text NOT NULL,
  type text NOT NULL,
  text text NOT NULL,
  name text,
  start integer NOT NULL,
  "end" integer NOT NULL,
  actor text COLLATE "C",
  country text,
  sector text,
  actor_name text,
  role text,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX entities_actor ON entities(actor, article_id);
CREATE INDEX entities_country ON entities(country, article_id);
CREATE TABLE timexes (
  article_id integer NOT NULL,
  idx integer NOT NULL,
  tid text NOT NULL,
  type text NOT NULL,
  text text NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  value text,
  PRIMARY KEY (article_id, idx)
);
CREATE TABLE article_events (
  id serial PRIMARY KEY,
  article_id integer NOT NULL,
  vid text NOT NULL,
  type text NOT NULL,
  mode text,
  cameo text NOT NULL,
  goldstein double precision NOT NULL,
  quad integer NOT NULL,
  date text,
  ref_day text,
  modality text NOT NULL,
  confidence double precision NOT NULL,
  trigger_text text NOT NULL,
  trigger_start integer NOT NULL,
  trigger_end integer NOT NULL,
  sentence_start integer NOT NULL,
  sentence_end integer NOT NULL,
  evidence text NOT NULL,
  mentions integer NOT NULL,
  src_actor text COLLATE "C", src_country text, src_sector text, src_name text,
  tgt_actor text COLLATE "C", tgt_country text, tgt_sector text, tgt_name text,
  location_country text,
  location_name text,
  block text,
  cluster_id integer,
  UNIQUE (article_id, vid)
);
CREATE INDEX article_events_cluster ON article_events(cluster_id);
CREATE INDEX article_events_type ON article_events(type, article_id);
CREATE INDEX article_events_grouping ON article_events(block, id, ref_day, cluster_id);
CREATE TABLE event_sides (
  event_id integer NOT NULL,
  role text NOT NULL,
  idx integer NOT NULL,
  actor text COLLATE "C",
  country text,
  sector text,
  name text,
  text text NOT NULL,
  entity text,
  PRIMARY KEY (event_id, role, idx)
);
CREATE INDEX event_sides_country ON event_sides(country);
CREATE INDEX event_sides_event ON event_sides(actor, event_id);
CREATE TABLE events (
  id integer PRIMARY KEY,
  block text,
  type text NOT NULL,
  mode text,
  cameo text NOT NULL,
  goldstein double precision NOT NULL,
  quad integer NOT NULL,
  date text,
  day text,
  modality text NOT NULL,
  source_actor text COLLATE "C", source_country text, source_sector text, source_name text,
  target_actor text COLLATE "C", target_country text, target_sector text, target_name text,
  mentions integer NOT NULL,
  articles integer NOT NULL,
  sources integer NOT NULL,
  first_article_id integer NOT NULL,
  first_url text,
  evidence text NOT NULL
);
CREATE INDEX events_block ON events(block);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX events_source ON events(source_country, source_actor);
CREATE INDEX events_target ON events(target_country, target_actor);
CREATE INDEX events_source_actor ON events(source_actor);
CREATE INDEX events_target_actor ON events(target_actor);
`,
];

/** PostgreSQL array types of the columns that are not text, per table (for bulk inserts through unnest). */
const NON_TEXT: Record<string, Record<string, string>> = {
  articles: { id: 'int4', story_id: 'int4', run_id: 'int4', minhash: 'bytea', tsv: 'tsvector' },
  entities: { article_id: 'int4', idx: 'int4', start: 'int4', end: 'int4' },
  timexes: { article_id: 'int4', idx: 'int4', start: 'int4', end: 'int4' },
  article_events: {
    id: 'int4', article_id: 'int4', goldstein: 'float8', quad: 'int4', confidence: 'float8', trigger_start: 'int4', trigger_end: 'int4',
    sentence_start: 'int4', sentence_end: 'int4', mentions: 'int4', cluster_id: 'int4',
  },
  event_sides: { event_id: 'int4', idx: 'int4' },
  events: { id: 'int4', goldstein: 'float8', quad: 'int4', mentions: 'int4', articles: 'int4', sources: 'int4', first_article_id: 'int4' },
  ingest_errors: { run_id: 'int4' },
  minhash_bands: { band_key: 'int4', article_id: 'int4' },
  actors: {},
};

/** The PostgreSQL type of a column. */
export function pgType(table: string, column: string): string {
  const t = NON_TEXT[table];
  if (t === undefined) throw new Error(`unknown table ${table}`);
  return t[column] ?? 'text';
}
