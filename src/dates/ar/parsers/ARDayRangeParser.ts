/**
 * Ranges of days in one month: `ما بين 12 و15 سبتمبر/أيلول الحالي`, `1-4 يونيو 2015م`,
 * `من 3 إلى 5 مارس`.
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, SO, type ParsingContext } from '../../common/parser.ts';
import { isValidDate, isoDay } from '../../common/calendar.ts';
import { P, modDir, monthOf, yearFor } from '../patterns.ts';

export class ARDayRangeParser extends ARParserBase {
  readonly name = 'ARDayRangeParser';
  protected inner(): string {
    const p = P();
    return `(?:(?:ما${S})?بين${S}(?:يومي${S})?|من${S}|يومي${S})?(?<d1>\\d{1,2})${SO}(?:-|–|و|الي|حتي|لغايه)${SO}(?<d2>\\d{1,2})${SO}(?:من${S})?(?:شهر${S})?${p.monthPair('mo')}${p.yearTail}${p.modTail}`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const mo = monthOf(m, 'mo');
    const g = m.groups ?? {};
    if (!mo) return null;
    const d1 = Number(g.d1);
    const d2 = Number(g.d2);
    if (d2 <= d1) return null;
    let y: number;
    const implied: ('year')[] = [];
    if (g.yy) y = Number(g.yy);
    else if (ctx.ref) {
      y = yearFor(ctx.ref, mo.month, d1, modDir(g.mod));
      implied.push('year');
    } else return null;
    if (!isValidDate(y, mo.month, d1) || !isValidDate(y, mo.month, d2)) return null;
    const value = `${isoDay({ y, m: mo.month, d: d1 })}/${isoDay({ y, m: mo.month, d: d2 })}`;
    return this.result(start, end, 'DATE', value, 'range', g.yy ? ['year', 'month', 'day'] : ['month', 'day'], implied);
  }
}
