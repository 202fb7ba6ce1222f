/**
 * Parts of a named day and part-of-day adverbs: `صباح الأحد`, `مساء السبت`, `بعد ظهر السبت`,
 * `فجر الأحد`, `ليل الجمعة`, and alone `صباحا`, `فجرا`, `الصباح الباكر` (on the reference day).
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, type ParsingContext } from '../../common/parser.ts';
import { addDays, isoDay } from '../../common/calendar.ts';
import { AR, key } from '../constants.ts';
import { isFutureContext, modDir, weekdayDate } from '../patterns.ts';

export class ARPartOfDayParser extends ARParserBase {
  readonly name = 'ARPartOfDayParser';
  protected inner(): string {
    const r = AR().re;
    return `(?<pod>${r.partOfDay})${S}(?:يوم${S})?(?<wd>${r.weekday})(?:${S}(?<mod>${r.modPast}|${r.modNext}))?|(?<adv>${r.partOfDayAdverb})`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const t = AR();
    const g = m.groups ?? {};
    if (g.adv) {
      const code = t.partOfDayAdverb.get(key(g.adv));
      if (!code) return null;
      if (!ctx.ref) return this.result(start, end, 'TIME', 'PRESENT_REF', 'partofday', [], [], { unit: 'day', offset: 0 });
      return this.result(start, end, 'TIME', `${isoDay(ctx.ref)}T${code}`, 'partofday', [], ['year', 'month', 'day']);
    }
    const code = t.partOfDay.get(key(g.pod ?? ''));
    const wd = t.weekday.get(key(g.wd ?? ''));
    if (!code || wd === undefined) return null;
    const dir = modDir(g.mod);
    if (!ctx.ref) return this.result(start, end, 'TIME', `XXXX-WXX-${wd}T${code}`, 'partofday', ['weekday'], [], { unit: 'weekday', offset: dir ?? 0 });
    let d = weekdayDate(ctx.ref, wd, dir, dir === undefined && isFutureContext(ctx.text, start));
    // ليل/ليلة الجمعة: the Arabic night goes before its day (Thursday night)
    if (/^ليل/u.test(g.pod ?? '')) d = addDays(d, -1);
    return this.result(start, end, 'TIME', `${isoDay(d)}T${code}`, 'partofday', ['weekday'], ['year', 'month', 'day']);
  }
}
