/**
 * Events across articles: which article events report the same real-world event. Pure functions,
 * shared by every store engine.
 *
 * Two article events are one real-world event when they fall in the same **block** — the same
 * PLOVER type, the same first source country, the same first target country (either may be
 * absent, not both) and a compatible modality (a denial or a hypothesis never merges with an
 * assertion) — and their **reference days** lie within `WINDOW_DAYS` of the first event of the
 * group. The reference day is the event's own date when it names a day, the start of a coarser
 * own date (a month, a week, a range), or, for an undated event, the article's publication day;
 * an event with none of these merges with nothing.
 *
 * Within a block the events are sorted by (reference day, id) and swept: an event opens a new
 * group when it lies more than `WINDOW_DAYS` after the group's first event. The result depends
 * only on the set of events, never on the order they were stored in, so an interrupted and
 * resumed ingest gives the same groups as one clean run.
 */
import { dateStart } from '../events/timeline.ts';

export const WINDOW_DAYS = 2;

/** The merge-relevant fields of one stored article event. */
export interface MergeItem {
  readonly id: number;
  readonly block: string | null;
  readonly refDay: string | null;
}

/** The modality class used in blocks: negated and hypothetical events stay apart from the rest. */
export function modalityClass(modality: string): string {
  return modality === 'negated' ? 'neg' : modality === 'hypothetical' ? 'hyp' : 'pos';
}

/** The first country of a side list, or null. */
function firstCountry(side: readonly { country: string | null }[]): string | null {
  for (const s of side) if (s.country) return s.country;
  return null;
}

/** The block key of an event, or null when neither side has a country (such events merge with nothing). */
export function blockKey(e: { type: string; modality: string; source: readonly { country: string | null }[]; target: readonly { country: string | null }[] }): string | null {
  const s = firstCountry(e.source);
  const t = firstCountry(e.target);
  if (s === null && t === null) return null;
  return `${e.type}|${s ?? '-'}|${t ?? '-'}|${modalityClass(e.modality)}`;
}

/** The first day (YYYY-MM-DD) of a TIMEX3 date value's start, or null for a non-date (`PAST_REF`, `P3D`). */
export function firstDay(value: string | null): string | null {
  const s = dateStart(value);
  if (s === null) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-W(\d{2})/.exec(s);
  if (m) {
    // ISO week: the Monday of week w
    const y = Number(m[1]);
    const jan4 = Date.UTC(y, 0, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7;
    const monday = jan4 - dow * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  m = /^(\d{4})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})$/.exec(s);
  if (m) return `${m[1]}-01-01`;
  return null;
}

/** The reference day of an event: its own date's first day, else the publication day, else null. */
export function referenceDay(date: string | null, published: string | null): string | null {
  return firstDay(date) ?? firstDay(published);
}

function dayNumber(day: string): number {
  return Math.round(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000);
}

/**
 * Groups the events of one block (or of several: items with different blocks never share a
 * group). Returns, for every item, the id of its group: the id of the group's first event.
 */
export function groupEvents(items: readonly MergeItem[]): Map<number, number> {
  const out = new Map<number, number>();
  const byBlock = new Map<string, MergeItem[]>();
  for (const it of items) {
    if (it.block === null || it.refDay === null) {
      out.set(it.id, it.id);
      continue;
    }
    let list = byBlock.get(it.block);
    if (!list) byBlock.set(it.block, (list = []));
    list.push(it);
  }
  for (const list of byBlock.values()) {
    list.sort((a, b) => (a.refDay! < b.refDay! ? -1 : a.refDay! > b.refDay! ? 1 : a.id - b.id));
    let anchor: MergeItem | null = null;
    let anchorDay = 0;
    for (const it of list) {
      const d = dayNumber(it.refDay!);
      if (anchor === null || d - anchorDay > WINDOW_DAYS) {
        anchor = it;
        anchorDay = d;
      }
      out.set(it.id, anchor.id);
    }
  }
  return out;
}

// ------------------------------------------------------------------ regrouping a block

/** A stored article event as grouping reads it: its id, reference day and current group. */
export interface GroupingRow {
  readonly id: number;
  readonly ref_day: string | null;
  readonly cluster_id: number | null;
}

/** What regrouping one block changes: merged events to delete, reports to move, merged events to (re)write. */
export interface RegroupPlan {
  /** Merged events whose members are no longer exactly what they were. */
  readonly drop: number[];
  /** Article events whose group changes: [article event id, new group id]. */
  readonly move: [number, number][];
  /** Groups to write (new or changed), with their member article event ids. */
  readonly write: Map<number, number[]>;
}

/**
 * Plans the regrouping of one block: groups its article events anew and compares with the groups
 * stored (`existing`: the merged events of the block). Only the groups whose members changed are
 * dropped and rewritten, so a large block (ASSAULT ISR → PSE) costs little per batch.
 */
export function planRegroup(block: string, rows: readonly GroupingRow[], existing: Iterable<number>): RegroupPlan {
  const groups = groupEvents(rows.map((r): MergeItem => ({ id: r.id, block, refDay: r.ref_day })));
  const add = (m: Map<number, number[]>, k: number, id: number): void => {
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(id);
  };
  const before = new Map<number, number[]>();
  const after = new Map<number, number[]>();
  for (const r of rows) {
    if (r.cluster_id !== null) add(before, r.cluster_id, r.id);
    add(after, groups.get(r.id)!, r.id);
  }
  const same = (a: number[] | undefined, b: number[] | undefined): boolean => a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
  const kept = new Set<number>();
  const drop: number[] = [];
  for (const id of existing) {
    if (same(before.get(id), after.get(id))) kept.add(id);
    else drop.push(id);
  }
  const move: [number, number][] = [];
  const write = new Map<number, number[]>();
  for (const r of rows) {
    const g = groups.get(r.id)!;
    if (kept.has(g)) continue;
    if (r.cluster_id !== g) move.push([r.id, g]);
    if (!write.has(g)) write.set(g, after.get(g)!);
  }
  return { drop, move, write };
}

// ------------------------------------------------------------------ one merged event from its reports

/** A stored article event with its article's outlet, URL and publication (what merging reads). */
export interface MemberRow {
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
  /** The article's key and the event's id in its article: a tie-break that does not depend on storage order. */
  key: string;
  vid: string;
}

/** The query that reads member rows (a WHERE clause on `e`, the article events, is appended). */
export const MEMBER_SELECT = `SELECT e.id, e.article_id, e.type, e.mode, e.cameo, e.goldstein, e.quad, e.date, e.ref_day, e.modality, e.mentions, e.evidence,
      e.src_actor, e.src_country, e.src_sector, e.src_name, e.tgt_actor, e.tgt_country, e.tgt_sector, e.tgt_name, e.block, e.cluster_id,
      a.source, a.url, a.published, a.key, e.vid
      FROM article_events e JOIN articles a ON a.id = e.article_id`;

/** Columns of the `events` table, in the order of `mergeMembers`' values. */
export const EVENT_COLUMNS = [
  'id', 'block', 'type', 'mode', 'cameo', 'goldstein', 'quad', 'date', 'day', 'modality',
  'source_actor', 'source_country', 'source_sector', 'source_name', 'target_actor', 'target_country', 'target_sector', 'target_name',
  'mentions', 'articles', 'sources', 'first_article_id', 'first_url', 'evidence',
] as const;

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

/** Date precision for choosing a merged event's date: a day beats a month beats a year. */
function precision(date: string): number {
  const s = date.split('/')[0]!;
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? 3 : /^\d{4}-(\d{2}|W\d{2})/.test(s) ? 2 : /^\d{4}/.test(s) ? 1 : 0;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The row of one merged event (columns `EVENT_COLUMNS`) from its member reports: the first report
 * is the earliest published; the CAMEO code, mode and sides are the most frequent; the date is the
 * most frequent of the most precise; the modality is asserted when any report asserts it. Ties go
 * to the earlier report in (publication, article key, event id) order — never to storage order,
 * so that articles stored in any order (many workers, resumed runs) give the same merged events.
 */
export function mergeMembers(id: number, block: string | null, members: readonly MemberRow[]): unknown[] {
  const ordered = [...members].sort((a, b) =>
    cmp(a.published ?? '\uffff', b.published ?? '\uffff') || cmp(a.key, b.key) || a.vid.length - b.vid.length || cmp(a.vid, b.vid));
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
  return [
    id, block, first.type, withMode?.mode ?? null, byCameo.cameo, byCameo.goldstein, byCameo.quad, dateRow?.date ?? null, day, modality,
    src?.src_actor ?? null, src?.src_country ?? null, src?.src_sector ?? null, src?.src_name ?? null,
    tgt?.tgt_actor ?? null, tgt?.tgt_country ?? null, tgt?.tgt_sector ?? null, tgt?.tgt_name ?? null,
    mentions, articles.size, outlets.size, first.article_id, first.url, first.evidence,
  ];
}
