/**
 * The SQLite schema as versioned migrations. `PRAGMA user_version` holds the number of
 * migrations applied; each new migration is appended, never edited once released.
 *
 * Tables (docs/store.md describes each column):
 * - `runs`, `ingest_errors`: ingest runs and the inputs they could not store;
 * - `articles`: one row per article (identity `key`, `content_hash`, the cleaned text, the
 *   whole output v1 as JSON, its near-duplicate `story_id` and MinHash signature);
 * - `article_fts`: the full-text index over the articles' index terms (contentless FTS5);
 * - `minhash_bands`: LSH band keys for finding near-duplicate candidates;
 * - `entities`, `actors`, `timexes`: the entity and time layers, actors by code;
 * - `article_events`, `event_sides`: events as coded in each article, with all their sides;
 * - `events`: real-world events, the article events that report one event merged.
 */

export const MIGRATIONS: readonly string[] = [
  /* 1: the schema of output v1 */ `
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL DEFAULT 'running',
  args TEXT NOT NULL,
  added INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ingest_errors (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  item TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX ingest_errors_run ON ingest_errors(run_id);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  input_id TEXT,
  origin TEXT NOT NULL,
  source TEXT,
  url TEXT,
  title TEXT,
  published TEXT,
  published_day TEXT,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  story_id INTEGER,
  minhash BLOB,
  run_id INTEGER NOT NULL REFERENCES runs(id)
);
CREATE INDEX articles_published ON articles(published_day);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_story ON articles(story_id);
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE TABLE minhash_bands (
  band_key INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  country TEXT,
  sector TEXT,
  name TEXT
);
CREATE TABLE entities (
  article_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  eid TEXT NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  name TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  actor TEXT,
  country TEXT,
  sector TEXT,
  actor_name TEXT,
  role TEXT,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor, article_id);
CREATE INDEX entities_country ON entities(country, article_id);
CREATE TABLE timexes (
  article_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  tid TEXT NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  value TEXT,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE TABLE article_events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  vid TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT NOT NULL,
  goldstein REAL NOT NULL,
  quad INTEGER NOT NULL,
  date TEXT,
  ref_day TEXT,
  modality TEXT NOT NULL,
  confidence REAL NOT NULL,
  trigger_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  src_actor TEXT, src_country TEXT, src_sector TEXT, src_name TEXT,
  tgt_actor TEXT, tgt_country TEXT, tgt_sector TEXT, tgt_name TEXT,
  location_country TEXT,
  location_name TEXT,
  block TEXT,
  cluster_id INTEGER,
  UNIQUE (article_id, vid)
);
CREATE INDEX article_events_block ON article_events(block);
CREATE INDEX article_events_cluster ON article_events(cluster_id);
CREATE INDEX article_events_type ON article_events(type, article_id);
CREATE TABLE event_sides (
  event_id INTEGER NOT NULL,
  role TEXT NOT NULL,
  idx INTEGER NOT NULL,
  actor TEXT,
  country TEXT,
  sector TEXT,
  name TEXT,
  text TEXT NOT NULL,
  entity TEXT,
  PRIMARY KEY (event_id, role, idx)
) WITHOUT ROWID;
CREATE INDEX event_sides_actor ON event_sides(actor);
CREATE INDEX event_sides_country ON event_sides(country);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  block TEXT,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT NOT NULL,
  goldstein REAL NOT NULL,
  quad INTEGER NOT NULL,
  date TEXT,
  day TEXT,
  modality TEXT NOT NULL,
  source_actor TEXT, source_country TEXT, source_sector TEXT, source_name TEXT,
  target_actor TEXT, target_country TEXT, target_sector TEXT, target_name TEXT,
  mentions INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  first_article_id INTEGER NOT NULL,
  first_url TEXT,
  evidence TEXT NOT NULL
);
CREATE INDEX events_block ON events(block);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX events_source ON events(source_country, source_actor);
CREATE INDEX events_target ON events(target_country, target_actor);
`,
  /* 2: indexes for actor filters (a code and the codes under it, as a range) */ `
CREATE INDEX events_source_actor ON events(source_actor);
CREATE INDEX events_target_actor ON events(target_actor);
CREATE INDEX event_sides_event ON event_sides(actor, event_id);
`,
  /* 3: grouping reads (block → id, reference day, group) from the index alone */ `
CREATE INDEX article_events_grouping ON article_events(block, id, ref_day, cluster_id);
`,
];
