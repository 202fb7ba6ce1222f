/**
 * Dyad timelines: the events between two countries in the order of their own dates (not the
 * publication date), e.g. Morocco–Israel in the seed article: relations resumed 2020-12-10 →
 * security memorandum 2021-11-24 → Kochavi in Morocco ≈2022-07 → Belkhir El Farouk in Israel
 * 2022-09-12.
 */
import type { Event } from './types.ts';

/** The start of a TIMEX3 date value as a sortable string (`2022-09-12/2022-09-15` → `2022-09-12`), or null. */
export function dateStart(value: string | null): string | null {
  if (!value) return null;
  const start = value.split('/')[0]!;
  return /^\d{4}/.test(start) ? start : null;
}

/** The countries on each side of an event. */
function sides(e: Event): { source: Set<string>; target: Set<string> } {
  const c = (xs: Event['source']): Set<string> => new Set(xs.map((x) => x.country).filter((x): x is string => x !== null));
  return { source: c(e.source), target: c(e.target) };
}

/**
 * The dated events between countries `a` and `b` (either one as source, the other as target),
 * sorted by their own date; coarser dates (`2022-07`) sort before finer ones of the same month.
 * @param events the events of one or more articles
 */
export function dyadTimeline(events: readonly Event[], a: string, b: string): Event[] {
  const out = events.filter((e) => {
    if (!dateStart(e.date)) return false;
    const s = sides(e);
    return (s.source.has(a) && s.target.has(b)) || (s.source.has(b) && s.target.has(a));
  });
  return out.sort((x, y) => dateStart(x.date)!.localeCompare(dateStart(y.date)!));
}
