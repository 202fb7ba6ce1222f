/**
 * Times of day: `الساعة الثالثة عصرا`, `السابعة صباحاً`, `السابعة مساء`, `الساعة 3.46 بتوقيت غرينتش`,
 * `04.00 بتوقيت غرينتش`, `14:30`, `الساعة الحادية عشرة بتوقيت غرينتش`, `العاشرة والنصف ليلا`.
 * An hour in words or a lone number needs `الساعة`, a part of the day or a time zone.
 * The day is the reference date (the refiner merges a preceding day).
 */
import type { Result, TimexField } from '../../types.ts';
import { ARParserBase, S, SO, WE, type ParsingContext } from '../../common/parser.ts';
import { isoDay, pad2 } from '../../common/calendar.ts';
import { AR, key } from '../constants.ts';

export class ARTimeParser extends ARParserBase {
  readonly name = 'ARTimeParser';
  protected inner(): string {
    const r = AR().re;
    return (
      `(?:(?<tw>${r.timeWord})${S})?(?:(?<hh>\\d{1,2})(?:(?<sep>[:.])(?<mm>\\d{2}))?(?![\\d.,:]\\d)|(?<hw>${r.ordinalFem})${WE})` +
      `(?:${S}(?<mw>${r.minuteWord})${WE}|${S}و(?<mn>\\d{1,2})${S}(?:دقيقه|دقائق)${WE})?(?:${S}(?<pod>${r.partOfDayAdverb})${WE})?(?:${SO}(?<zone>${r.zone})${WE})?`
    );
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const t = AR();
    const g = m.groups ?? {};
    let h: number | undefined;
    let min = 0;
    if (g.hh !== undefined) {
      h = Number(g.hh);
      if (g.mm !== undefined) min = Number(g.mm);
      const strong = g.tw || g.pod || g.zone || (g.sep === ':' && g.mm !== undefined);
      if (!strong) return null;
    } else {
      h = t.ordinalFem.get(key(g.hw ?? ''));
      if (!(g.tw || g.pod || g.zone)) return null;
    }
    if (h === undefined || h > 24 || min > 59) return null;
    if (g.mn !== undefined) min += Number(g.mn);
    if (g.mw) {
      const add = t.minuteWord.get(key(g.mw)) ?? 0;
      if (add < 0) {
        h = (h + 23) % 24;
        min = 60 + add;
      } else min += add;
    }
    // minutes added to a time that has them (`0:30 والنصف`, `14:50 و15 دقيقة`) can pass the hour: no time of day
    if (min > 59 || (h === 24 && min > 0)) return null;
    if (g.pod) {
      const code = t.partOfDayAdverb.get(key(g.pod));
      if (code && code !== 'MO' && h < 12 && !(code === 'NI' && h <= 4)) h += 12;
    }
    // a trailing space before the zone's closing bracket is not part of the span
    const hm = `T${pad2(h)}:${pad2(min)}`;
    const stated: TimexField[] = g.mm !== undefined || g.mw || g.mn ? ['hour', 'minute'] : ['hour'];
    if (!ctx.ref) return this.result(start, end, 'TIME', `XXXX-XX-XX${hm}`, 'time', stated, [], { unit: 'day', offset: 0 });
    return this.result(start, end, 'TIME', `${isoDay(ctx.ref)}${hm}`, 'time', stated, ['year', 'month', 'day']);
  }
}
