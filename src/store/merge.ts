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
