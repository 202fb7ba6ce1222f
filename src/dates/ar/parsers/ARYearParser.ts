/**
 * Years: `عام 2011`, `سنة 2016`, `العام 2020`, `العام الجاري 2018`, `منتصف عام 2014`, `أواخر 2019`,
 * `نهاية العام 2020` (the end of a year is its last month), and bare years `2016` in 1900–2100
 * unless a quantity noun follows (`2000 دولار`).
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, SO, WE, type ParsingContext } from '../../common/parser.ts';
import { AR, key } from '../constants.ts';

export class ARYearParser extends ARParserBase {
  readonly name = 'ARYearParser';
  protected inner(): string {
    const r = AR().re;
    return `(?:(?<pp>${r.periodPart})${S})?(?:(?<yw>${r.yearWord})${S}(?:(?:الجاري|الحالي)${S})?)?(?<![\\d.,/:-])(?<y>\\d{4})(?![\\d%]|[.,/:-]\\d)(?:${SO}(?:${r.yearSuffix})${WE})?`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const g = m.groups ?? {};
    const y = Number(g.y);
    const t = AR();
    if (g.yw) {
      if (y < 1000 || y > 2200) return null;
    } else {
      if (y < 1900 || y > 2100) return null;
      // a bare number followed by a counted noun is a quantity
      const after = /^\s*(\S+)/u.exec(ctx.text.slice(end, end + 30));
      if (after && t.quantityNouns.has(key(after[1]!.replace(/[.,،:;!?)"]+$/u, '')))) return null;
      if (/^\s*(?:\d|[-–]\s*\d(?!\d{3}))/u.test(ctx.text.slice(end, end + 4))) return null;
      if (t.numberBlocker.test(ctx.text.slice(Math.max(0, start - 16), start))) return null;
    }
    const part = g.pp ? t.periodPart.get(key(g.pp)) : undefined;
    const value = part === 'end' ? `${y}-12` : String(y);
    return this.result(start, end, 'DATE', value, 'year', part === 'end' ? ['year', 'month'] : ['year'], []);
  }
}
