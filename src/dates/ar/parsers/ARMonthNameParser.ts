/**
 * Gregorian dates with a month name, in all naming systems and paired forms:
 * `12 سبتمبر 2022`, `العاشر من ديسمبر/كانون الأول 2020`, `18 فبراير/ شباط الماضي`, `يوم 14 أبريل`,
 * `تموز/يوليو 2016`, `أبريل/نيسان`, `أواخر يونيو حزيران الماضي`, `الثامن من مايو أيار`.
 * Ambiguous names (ماي، آب …) need a day, a year or a paired name.
 */
import type { Result, TimexField } from '../../types.ts';
import { ARParserBase, S, SO, type ParsingContext } from '../../common/parser.ts';
import { daysInMonth, isValidDate, isoDay, isoMonth, pad4 } from '../../common/calendar.ts';
import { AR, key } from '../constants.ts';
import { P, dayOf, modDir, monthOf, yearFor } from '../patterns.ts';

export class ARMonthNameParser extends ARParserBase {
  readonly name = 'ARMonthNameParser';
  protected inner(): string {
    const p = P();
    return `(?:(?<pp>${AR().re.periodPart})${S}|(?<pod>${AR().re.partOfDay})${S})?(?:يوم${S})?(?:${p.day}${SO}(?:[-]${SO})?(?:من${S})?)?(?:شهر${S})?${p.monthPair('mo')}${p.yearTail}${p.modTail}`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const mo = monthOf(m, 'mo');
    if (!mo) return null;
    const day = dayOf(m);
    const g = m.groups ?? {};
    const year = g.yy ? Number(g.yy) : null;
    if (mo.ambiguousAlone && day === null && year === null) return null;
    if (g.dd === undefined && g.od === undefined && m[0].includes('يوم')) {
      // `يوم` belongs to a day number
      return null;
    }
    const dir = year === null ? modDir(g.mod) : undefined;
    const stated: TimexField[] = ['month'];
    const implied: TimexField[] = [];
    let y: number;
    if (year !== null) {
      if (year < 1000 || year > 2200) return null;
      y = year;
      stated.push('year');
    } else if (ctx.ref) {
      y = yearFor(ctx.ref, mo.month, day, dir);
      implied.push('year');
    } else y = -1;
    if (day !== null) {
      stated.push('day');
      // an impossible date (31 فبراير) is no date: an 'invalid' result hides its parts, then is dropped
      if (y !== -1 && !isValidDate(y, mo.month, day)) return this.result(start, end, 'DATE', '', 'invalid', [], []);
      if (y === -1 && (day < 1 || day > 31)) return null;
      // so is one without a year (30 فبراير, 31 أبريل); 29 فبراير may be a leap day
      if (y === -1 && day > daysInMonth(2000, mo.month)) return this.result(start, end, 'DATE', '', 'invalid', [], []);
      const value = y === -1 ? `XXXX-${isoMonth(0, mo.month).slice(5)}-${String(day).padStart(2, '0')}` : isoDay({ y, m: mo.month, d: day });
      const pod = g.pod ? AR().partOfDay.get(key(g.pod)) : undefined;
      if (pod) return this.result(start, end, 'TIME', `${value}T${pod}`, 'partofday', stated, implied);
      return this.result(start, end, 'DATE', value, 'day', stated, implied);
    }
    if (g.pod) return null;
    const value = y === -1 ? `XXXX-${isoMonth(0, mo.month).slice(5)}` : isoMonth(y, mo.month);
    void pad4;
    return this.result(start, end, 'DATE', value, 'month', stated, implied);
  }
}
