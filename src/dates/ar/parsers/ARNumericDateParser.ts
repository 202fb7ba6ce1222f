/**
 * Numeric dates, day first as Arabic news writes them: `12/09/2022`, `12-9-2022`, `12.09.2022`,
 * and year first `2022-09-12`, `2022/9/12`. Impossible dates are not dates.
 */
import type { Result } from '../../types.ts';
import { ARParserBase, type ParsingContext } from '../../common/parser.ts';
import { isValidDate, isoDay } from '../../common/calendar.ts';
import { AR } from '../constants.ts';

export class ARNumericDateParser extends ARParserBase {
  readonly name = 'ARNumericDateParser';
  protected inner(): string {
    return `(?<![\\d.,/:-])(?:(?<d>\\d{1,2})(?<s>[/.-])(?<m>\\d{1,2})\\k<s>(?<y>\\d{4})|(?<Y>\\d{4})(?<s2>[/.-])(?<M>\\d{1,2})\\k<s2>(?<D>\\d{1,2}))(?![\\d]|[/.:-]\\d)(?:\\s*(?:${AR().re.yearSuffix}))?`;
  }
  protected extractMatch(_ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const g = m.groups ?? {};
    let y: number;
    let mo: number;
    let d: number;
    if (g.y) {
      y = Number(g.y);
      mo = Number(g.m);
      d = Number(g.d);
      if (mo > 12 && d <= 12) [mo, d] = [d, mo]; // 05/25/2018: month first only when the day cannot be a month
    } else {
      y = Number(g.Y);
      mo = Number(g.M);
      d = Number(g.D);
    }
    if (y < 1900 || y > 2100 || !isValidDate(y, mo, d)) return this.result(start, end, 'DATE', '', 'invalid', [], []);
    return this.result(start, end, 'DATE', isoDay({ y, m: mo, d }), 'day', ['year', 'month', 'day'], []);
  }
}
