/**
 * Weekdays alone or with a modifier: `الأحد`, `يوم الخميس`, `الجمعة الماضي`, `الأحد المقبل`.
 * Without a modifier, the nearest such day on or before the reference date, or on or after it when
 * the clause reads as future (سيزور، من المقرر …). Bare forms that are also common words
 * (أحد، سبت، جمعة) need `يوم` before them.
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, type ParsingContext } from '../../common/parser.ts';
import { isoDay } from '../../common/calendar.ts';
import { AR, key } from '../constants.ts';
import { isFutureContext, modDir, weekdayDate } from '../patterns.ts';

export class ARWeekdayParser extends ARParserBase {
  readonly name = 'ARWeekdayParser';
  protected inner(): string {
    const r = AR().re;
    return `(?:(?<yawm>يوم)${S}(?<wd1>${r.weekday})|(?<wd2>${r.weekdayUnambiguous}))(?:${S}(?<mod>${r.modPast}|${r.modNext}))?`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const g = m.groups ?? {};
    const wd = AR().weekday.get(key(g.wd1 ?? g.wd2 ?? ''));
    if (wd === undefined) return null;
    // الأحد in "أحد الأشخاص"-like uses has no article; with the article, still skip "الاحد عشر"
    if (/^\s+عشر/u.test(ctx.text.slice(end, end + 6))) return null;
    // صلاة الجمعة / خطبة الجمعة: the prayer, not a day
    if (/(?:صلاه|صلوات|خطبه|خطب|خطيب|صلاتي)\s+$/u.test(ctx.text.slice(Math.max(0, start - 8), start))) return null;
    const dir = modDir(g.mod);
    if (!ctx.ref) {
      return this.result(start, end, 'DATE', `XXXX-WXX-${wd}`, 'weekday', ['weekday'], [], { unit: 'weekday', offset: dir ?? 0 });
    }
    const future = dir === undefined && isFutureContext(ctx.text, start);
    const d = weekdayDate(ctx.ref, wd, dir, future);
    return this.result(start, end, 'DATE', isoDay(d), 'weekday', ['weekday'], ['year', 'month', 'day']);
  }
}
