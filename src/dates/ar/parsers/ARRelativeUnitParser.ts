/**
 * A calendar unit moved by a modifier or demonstrative: `الأسبوع الماضي` (a week value),
 * `الشهر الجاري`, `العام الماضي`, `هذا العام`, `السنة المقبلة`, with period parts (`مطلع الأسبوع
 * الماضي`, `بداية العام`, `منتصف الشهر`) and weekends (`نهاية الأسبوع` → Saturday/Sunday).
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, WE, type ParsingContext } from '../../common/parser.ts';
import { addDays, addMonths, isoDay, isoMonth, isoWeek, isoWeekday } from '../../common/calendar.ts';
import { AR, key } from '../constants.ts';
import { modDir } from '../patterns.ts';

const UNITS: Record<string, 'week' | 'month' | 'year'> = { الاسبوع: 'week', الشهر: 'month', العام: 'year', السنه: 'year' };

export class ARRelativeUnitParser extends ARParserBase {
  readonly name = 'ARRelativeUnitParser';
  protected inner(): string {
    const r = AR().re;
    return `(?:(?<earlier>وقت${S}(?:سابق|لاحق))${S}من${S}|(?<pp>${r.periodPart})${S})?(?:(?<dem>${r.demonstrative})${S})?(?<u>الاسبوع|الشهر|العام|السنه)${WE}(?:${S}(?<mod>${r.modifier}))?`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const g = m.groups ?? {};
    const unit = UNITS[g.u ?? ''];
    if (!unit) return null;
    const part = g.pp ? AR().periodPart.get(key(g.pp)) : undefined;
    if (!g.dem && !g.mod && !part) return null;
    // هذا العام / العام الجاري: 0; الماضي: -1; المقبل: +1
    const off = modDir(g.mod) ?? 0;
    // "العام" after a period part with a digit year following is the year parser's
    if (!ctx.ref) {
      const v = off < 0 ? 'PAST_REF' : off > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
      return this.result(start, end, 'DATE', v, unit, [], [], { unit, offset: off });
    }
    const ref = ctx.ref;
    let value: string;
    if (unit === 'week') {
      const day = addDays(ref, 7 * off);
      if (part === 'end') {
        // the weekend: Saturday and Sunday of that ISO week
        const sat = addDays(day, 6 - isoWeekday(day));
        value = `${isoDay(sat)}/${isoDay(addDays(sat, 1))}`;
      } else value = isoWeek(day);
    } else if (unit === 'month') {
      const [y, mo] = addMonths(ref, off);
      value = isoMonth(y, mo);
    } else value = String(ref.y + off);
    return this.result(start, end, 'DATE', value, unit, [], unit === 'year' ? ['year'] : ['year', 'month']);
  }
}
