/** A day of a relative month: `الثامن من الشهر الحالي`, `15 من الشهر الجاري`, `العاشر من الشهر المقبل`. */
import type { Result } from '../../types.ts';
import { ARParserBase, S, type ParsingContext } from '../../common/parser.ts';
import { addMonths, isValidDate, isoDay } from '../../common/calendar.ts';
import { AR } from '../constants.ts';
import { P, dayOf, modDir } from '../patterns.ts';

export class ARDayOfRelativeMonthParser extends ARParserBase {
  readonly name = 'ARDayOfRelativeMonthParser';
  protected inner(): string {
    const r = AR().re;
    return `${P().day}${S}من${S}(?:(?<dem>${r.demonstrative})${S})?الشهر(?:${S}(?<mod>${r.modifier}))?`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const g = m.groups ?? {};
    const day = dayOf(m);
    if (day === null || (!g.dem && !g.mod)) return null;
    const off = modDir(g.mod) ?? 0;
    if (!ctx.ref) return this.result(start, end, 'DATE', off < 0 ? 'PAST_REF' : off > 0 ? 'FUTURE_REF' : 'PRESENT_REF', 'day', ['day'], [], { unit: 'month', offset: off });
    const [y, mo] = addMonths(ctx.ref, off);
    if (!isValidDate(y, mo, day)) return null;
    return this.result(start, end, 'DATE', isoDay({ y, m: mo, d: day }), 'day', ['day'], ['year', 'month']);
  }
}
