/**
 * The store: what the CLI, the HTTP API and ingest use, whatever engine sits behind it (SQLite,
 * the embedded default; PostgreSQL later, issue #9). Every method is async so that a networked
 * engine fits the same interface.
 */
import type { AnalysisV1 } from '../output/v1.ts';

/** One analysed article, ready to store (built by `records.ts`, in an ingest worker). */
export interface ArticleRecord {
  /** Identity: the input id, else the URL, else the file, else the content hash. A new content under a known key updates the article. */
  readonly key: string;
  /** SHA-256 of the input content and metadata: the same content is stored once. */
  readonly contentHash: string;
  /** Where it came from: `file.jsonl:12`, a path, `stdin:3`, `api`. */
  readonly origin: string;
  /** The outlet (the input's `source`, else the URL's host), or null. */
  readonly source: string | null;
  readonly analysis: AnalysisV1;
  /** Index terms of the title and of the body (`search-text.ts`). */
  readonly titleTerms: string;
  readonly bodyTerms: string;
  /** MinHash signature of the body terms, or null for a text too short to have one. */
  readonly minhash: Uint32Array | null;
}

/** One input that could not be analysed: recorded, never fatal. */
export interface IngestErrorRecord {
  readonly item: string;
  readonly code: string;
  readonly message: string;
}

export type WriteStatus = 'added' | 'updated' | 'unchanged';

export interface RunSummary {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface RunInfo extends RunSummary {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'done' | 'interrupted';
  args: string;
}

export interface SearchFilters {
  /** Publication day range, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Outlet (case-insensitive substring). */
  source?: string;
  /** An actor code (`MAR`, `MAR.MIL`, `IGO.UN` …): articles with an entity or event side linked to it (a country code also matches its sectors). */
  actor?: string;
  /** A PLOVER event type: articles with such an event. */
  type?: string;
  limit?: number;
  offset?: number;
}

/** Which article a hit or a report is in. */
export interface ArticleRef {
  articleId: number;
  key: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
}

export interface SearchHit extends ArticleRef {
  /** bm25 score (lower is better, as SQLite reports it). */
  score: number;
  snippet: { text: string; highlights: { start: number; end: number }[] };
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface EventFilters {
  /** An actor code on either side (a country code also matches its sectors). */
  actor?: string;
  /** Two actor codes: events between them, either direction. */
  dyad?: [string, string];
  type?: string;
  /** Date range on the event's own date (its reference day), inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** A side of a merged event: its most frequent actor. */
export interface ClusterSide {
  actor: string | null;
  country: string | null;
  sector: string | null;
  name: string | null;
}

/** A real-world event: the article events that report it, merged. */
export interface StoredEvent {
  id: number;
  type: string;
  mode: string | null;
  cameo: string;
  goldstein: number;
  quad: number;
  /** The event's own date (TIMEX3 value), the most precise one its reports give, or null. */
  date: string | null;
  /** The day the event is placed on for merging and ordering (own date, else publication day). */
  day: string | null;
  modality: string;
  source: ClusterSide;
  target: ClusterSide;
  mentions: number;
  articles: number;
  sources: number;
  firstUrl: string | null;
  firstArticleId: number;
  evidence: string;
}

/** One report of a stored event: the article event and its sentence. */
export interface EventEvidence extends ArticleRef {
  eventId: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  trigger: { text: string; start: number; end: number };
  date: string | null;
  modality: string;
}

export interface ActorCount {
  actor: string;
  country: string | null;
  sector: string | null;
  name: string | null;
  events: number;
  byType: Record<string, number>;
}

/** One actor's activity: its events by type and by month, and its main counterparts. */
export interface ActorDetail extends ActorCount {
  /** Events per month (YYYY-MM of the event's day) and type, in month order. */
  byMonth: { month: string; type: string; events: number; goldstein: number }[];
  /** The actors on the other side of its events, most frequent first. */
  counterparts: { actor: string; name: string | null; events: number }[];
}

export interface StoreStats {
  articles: number;
  stories: number;
  sources: number;
  entities: number;
  linkedEntities: number;
  timexes: number;
  articleEvents: number;
  events: number;
  errors: number;
  firstPublished: string | null;
  lastPublished: string | null;
  eventsByType: Record<string, number>;
  topSources: { source: string; articles: number }[];
  runs: RunInfo[];
}

export interface StoredArticle {
  id: number;
  key: string;
  contentHash: string;
  origin: string;
  source: string | null;
  storyId: number | null;
  analysis: AnalysisV1;
}

export interface Store {
  /** A short engine name and location, for messages (`sqlite:./rasd.db`). */
  readonly description: string;
  /** Starts an ingest run and returns its id. */
  beginRun(args: string): Promise<number>;
  finishRun(runId: number, summary: RunSummary, status?: 'done' | 'interrupted'): Promise<void>;
  /** Which of these content hashes are already stored. */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  /**
   * Stores a batch in one transaction: articles added or updated, errors recorded, stories and
   * merged events brought up to date. Either all of it is stored or nothing.
   */
  writeBatch(runId: number, articles: readonly ArticleRecord[], errors: readonly IngestErrorRecord[]): Promise<WriteStatus[]>;
  article(idOrKey: number | string): Promise<StoredArticle | null>;
  /** The id and key of the article stored with this content hash, or null. */
  articleByHash(hash: string): Promise<{ id: number; key: string } | null>;
  search(query: string, filters?: SearchFilters): Promise<SearchResult>;
  events(filters?: EventFilters): Promise<{ total: number; events: StoredEvent[] }>;
  eventEvidence(eventId: number): Promise<EventEvidence[]>;
  /** The events between two actors, both directions, that have a date of their own, in date order. */
  timeline(a: string, b: string): Promise<StoredEvent[]>;
  topActors(limit: number): Promise<ActorCount[]>;
  /** One actor (a code; a country code includes its sectors), or null when no event involves it. */
  actor(code: string): Promise<ActorDetail | null>;
  /** A merged event by id, or null. */
  event(id: number): Promise<StoredEvent | null>;
  stats(): Promise<StoreStats>;
  /** Errors recorded by ingest runs (the latest run first). */
  errors(runId?: number): Promise<(IngestErrorRecord & { runId: number })[]>;
  close(): Promise<void>;
}
