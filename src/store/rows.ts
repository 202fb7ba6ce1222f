/**
 * What every store engine writes and reads, as plain rows: an article's layers flattened into the
 * columns of `entities`, `actors`, `timexes`, `article_events` and `event_sides`, and the stored
 * rows mapped back to the `Store` interface's types. Pure functions; the engines only move the
 * rows in and out of their database (one statement per row in SQLite, one bulk statement per
 * table in PostgreSQL).
 */
import type { AnalysisV1, EventV1 } from '../output/v1.ts';
import { cameoQuad } from './cameo.ts';
import { blockKey, referenceDay } from './merge.ts';
import { queryTermSet, snippetOf, type SearchQuery } from './search-text.ts';
import type { ActorCount, ActorDetail, ArticleRecord, ArticleRef, ClusterSide, EventEvidence, RunInfo, SearchResult, StoredArticle, StoredEvent } from './types.ts';

export type Row = Record<string, unknown>;

/** Columns of the `articles` row written for a record (id, story_id and run_id are the engine's). */
export const ARTICLE_COLUMNS = ['key', 'content_hash', 'input_id', 'origin', 'source', 'url', 'title', 'published', 'published_day', 'text', 'analysis'] as const;

export function articleValues(rec: ArticleRecord): unknown[] {
  const a = rec.analysis;
  const published = a.article.published;
  return [rec.key, rec.contentHash, a.id, rec.origin, rec.source, a.article.url, a.article.title, published, published ? published.slice(0, 10) : null, a.article.text, JSON.stringify(a)];
}

export const ENTITY_COLUMNS = ['article_id', 'idx', 'eid', 'type', 'text', 'name', 'start', 'end', 'actor', 'country', 'sector', 'actor_name', 'role'] as const;
export const ACTOR_COLUMNS = ['id', 'country', 'sector', 'name'] as const;
export const TIMEX_COLUMNS = ['article_id', 'idx', 'tid', 'type', 'text', 'start', 'end', 'value'] as const;
export const ARTICLE_EVENT_COLUMNS = [
  'article_id', 'vid', 'type', 'mode', 'cameo', 'goldstein', 'quad', 'date', 'ref_day', 'modality', 'confidence',
  'trigger_text', 'trigger_start', 'trigger_end', 'sentence_start', 'sentence_end', 'evidence', 'mentions',
  'src_actor', 'src_country', 'src_sector', 'src_name', 'tgt_actor', 'tgt_country', 'tgt_sector', 'tgt_name', 'location_country', 'location_name', 'block',
] as const;
export const SIDE_COLUMNS = ['role', 'idx', 'actor', 'country', 'sector', 'name', 'text', 'entity'] as const;

/** One article event's row and the rows of all its sides (without the event id, which the engine assigns). */
export interface EventRows {
  readonly values: unknown[];
  readonly block: string | null;
  readonly sides: unknown[][];
}

/** An article's layers as rows of the layer tables. */
export interface LayerRows {
  readonly entities: unknown[][];
  /** Actors met in the article, each once: (id, country, sector, name); the name of a country-level mention, else null. */
  readonly actors: unknown[][];
  readonly timexes: unknown[][];
  readonly events: EventRows[];
}

/** The first side with a country (the one blocks are made of), or the first side. */
function primarySide(side: EventV1['source']): EventV1['source'][number] | null {
  return side.find((s) => s.country) ?? side[0] ?? null;
}

export function layerRows(articleId: number, a: AnalysisV1): LayerRows {
  const text = a.article.text;
  const entities: unknown[][] = [];
  const actors = new Map<string, unknown[]>();
  a.entities.forEach((e, i) => {
    const ac = e.actor;
    entities.push([articleId, i, e.id, e.type, e.text, e.name ?? null, e.start, e.end, ac?.id ?? null, ac?.country ?? null, ac?.sector ?? null, ac?.name ?? null, ac?.role ?? null]);
    if (!ac?.id) return;
    // an actor's name is that of its country-level mentions (المغرب), not a person's
    const name = ac.sector === null && e.type !== 'PER' ? ac.name : null;
    const known = actors.get(ac.id);
    if (!known) actors.set(ac.id, [ac.id, ac.country, ac.sector, name]);
    else if (known[3] === null) known[3] = name;
  });
  const timexes = a.timexes.map((t, i) => [articleId, i, t.id, t.type, t.text, t.start, t.end, t.value ?? null]);
  const events = a.events.map((v): EventRows => {
    const s = primarySide(v.source);
    const t = primarySide(v.target);
    const block = blockKey(v);
    const sides: unknown[][] = [];
    for (const role of ['source', 'target'] as const) v[role].forEach((x, i) => sides.push([role, i, x.actor ?? null, x.country, x.sector, x.name ?? null, x.text, x.entity]));
    return {
      block,
      sides,
      values: [
        articleId, v.id, v.type, v.mode, v.cameo, v.goldstein, cameoQuad(v.cameo), v.date, referenceDay(v.date, a.article.published), v.modality, v.confidence,
        v.trigger.text, v.trigger.start, v.trigger.end, v.sentence.start, v.sentence.end, text.slice(v.sentence.start, v.sentence.end), v.mentions?.length ?? 1,
        s?.actor ?? null, s?.country ?? null, s?.sector ?? null, s?.name ?? null, t?.actor ?? null, t?.country ?? null, t?.sector ?? null, t?.name ?? null,
        v.location?.country ?? null, v.location?.name ?? null, block,
      ],
    };
  });
  return { entities, actors: [...actors.values()], timexes, events };
}

// ------------------------------------------------------------------ reading rows back

export function articleRef(r: Row, idColumn: string): ArticleRef {
  return {
    articleId: r[idColumn] as number,
    key: r.key as string,
    title: r.title as string | null,
    published: r.published as string | null,
    source: r.source as string | null,
    url: r.url as string | null,
  };
}

/** A search's answer from the total and the hit rows (id, key, title, published, source, url, text, score). */
export function toSearchResult(total: number, rows: readonly Row[], q: SearchQuery): SearchResult {
  const terms = queryTermSet(q);
  return { total, hits: rows.map((r) => ({ ...articleRef(r, 'id'), score: r.score as number, snippet: snippetOf(r.text as string, terms) })) };
}

export function toStoredArticle(row: Row): StoredArticle {
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

function side(r: Row, p: 'source' | 'target'): ClusterSide {
  return { actor: r[`${p}_actor`] as string | null, country: r[`${p}_country`] as string | null, sector: r[`${p}_sector`] as string | null, name: r[`${p}_name`] as string | null };
}

export function toStoredEvent(r: Row): StoredEvent {
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

/** The columns `toEvidence` reads (article events joined with their articles as `e` and `a`). */
export const EVIDENCE_SELECT = `SELECT e.article_id, a.key, a.title, a.published, a.source, a.url, e.vid, e.evidence, e.sentence_start, e.sentence_end,
      e.trigger_text, e.trigger_start, e.trigger_end, e.date, e.modality
      FROM article_events e JOIN articles a ON a.id = e.article_id`;

export function toEvidence(r: Row): EventEvidence {
  return {
    ...articleRef(r, 'article_id'),
    eventId: r.vid as string,
    sentence: r.evidence as string,
    sentenceStart: r.sentence_start as number,
    sentenceEnd: r.sentence_end as number,
    trigger: { text: r.trigger_text as string, start: r.trigger_start as number, end: r.trigger_end as number },
    date: r.date as string | null,
    modality: r.modality as string,
  };
}

export function toRunInfo(r: Row): RunInfo {
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

// ------------------------------------------------------------------ actors

/** The top actors from per-(actor, type) event counts (`sql.ts` ACTOR_TYPE_COUNTS); names are filled by the engine. */
export function topActorCounts(rows: readonly { actor: string; country: string | null; sector: string | null; type: string; n: number }[], limit: number): ActorCount[] {
  const by = new Map<string, ActorCount>();
  for (const r of rows) {
    let a = by.get(r.actor);
    if (!a) by.set(r.actor, (a = { actor: r.actor, country: r.country, sector: r.sector, name: null, events: 0, byType: {} }));
    a.events += Number(r.n);
    a.byType[r.type] = (a.byType[r.type] ?? 0) + Number(r.n);
  }
  return [...by.values()].sort((x, y) => y.events - x.events || x.actor.localeCompare(y.actor)).slice(0, limit);
}

/** One actor's activity from its events (`sql.ts` actorEventsSql), or null when it has none. */
export function actorDetail(code: string, rows: readonly { type: string; month: string | null; goldstein: number; other: string | null }[], name: (id: string) => string | null): ActorDetail | null {
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
  const [country, sector] = code.split('.');
  return {
    actor: code,
    country: country ?? null,
    sector: sector ?? null,
    name: name(code),
    events: rows.length,
    byType,
    // Goldstein scores have one decimal: sums are rounded so that float noise does not show
    byMonth: [...months.values()].map((m) => ({ ...m, goldstein: Math.round(m.goldstein * 100) / 100 })).sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.type.localeCompare(b.type))),
    counterparts: [...others].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 20).map(([actor, events]) => ({ actor, name: name(actor), events })),
  };
}
