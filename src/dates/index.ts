/**
 * rasd's Arabic temporal tagger (issue #4): `tagTimexes(text, { referenceDate })` finds dates,
 * times, durations and sets and normalises them to TIMEX3 values against the reference date
 * (the article's publication date; never the clock). See docs/dates.md.
 */
import { normalizeView, sourceSpan } from '../lang/ar/normalize.ts';
import { parseRef } from './common/calendar.ts';
import { parseNormalized } from './engine.ts';
import type { TagContext, Timex } from './types.ts';

export type { Timex, TimexType, TimexField, TimexAnchor, TagContext } from './types.ts';

/**
 * Tags the time expressions of `text`.
 * @param text any text (a title, a body); offsets are UTF-16 code units into it
 * @param ctx `referenceDate`: `YYYY-MM-DD` (or a longer ISO date-time) or null — without it,
 *   relative expressions get vague values (`PAST_REF` …) with an `anchor`, never an invented date
 * @returns the expressions, sorted by start, non-overlapping
 */
export function tagTimexes(text: string, ctx: TagContext): Timex[] {
  if (!text) return [];
  const view = ctx.view && ctx.view.source === text ? ctx.view : normalizeView(text);
  const results = parseNormalized(view.text, parseRef(ctx.referenceDate));
  const out: Timex[] = [];
  for (const r of results) {
    let { start, end } = sourceSpan(view, r.start, r.end);
    // dropped characters after the last one (a diacritic) belong to it; trailing blanks do not
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    const t: Timex = {
      start,
      end,
      text: text.slice(start, end),
      type: r.type,
      value: r.value,
      tags: r.tags,
      stated: r.stated,
      implied: r.implied,
      ...(r.anchor ? { anchor: r.anchor } : {}),
    };
    out.push(t);
  }
  return out;
}
