/**
 * Ranges of years: `بين عامي 2006 و2009`, `سنتي 2014 و2017`, `من 2011 إلى 2014`, `2011-2014`
 * with a year word before it.
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, SO, type ParsingContext } from '../../common/parser.ts';

export class ARYearRangeParser extends ARParserBase {
  readonly name = 'ARYearRangeParser';
  protected inner(): string {
    const YW = '(?:عامي|سنتي|العامين|الاعوام|السنوات|الفتره|عام|العام|سنه)';
    return (
      `(?:(?:(?:ما${S})?بين${S}(?:${YW}${S})?|${YW}${S})(?<a>\\d{4})${SO}(?:و|-|–)${SO}(?:(?:عام|سنه)${S})?(?<b>\\d{4})` +
      `|من${S}(?:(?:عام|العام|سنه)${S})?(?<c>\\d{4})${SO}(?:الي|حتي|-|–)${SO}(?:(?:عام|العام|سنه)${S})?(?<d>\\d{4}))(?!\\d)`
    );
  }
  protected extractMatch(_ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const g = m.groups ?? {};
    const a = Number(g.a ?? g.c);
    const b = Number(g.b ?? g.d);
    if (a < 1000 || b > 2200 || b <= a) return null;
    return this.result(start, end, 'DATE', `${a}/${b}`, 'range', ['year'], []);
  }
}
