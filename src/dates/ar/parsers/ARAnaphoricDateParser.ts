/**
 * Dates that point back to a date already named: `اليوم نفسه`, `السابع عشر من الشهر نفسه`,
 * `مارس من العام نفسه`, `30 يونيو من العام ذاته`. The parser records what is stated; the
 * ARAnaphoraRefiner fills the rest from the nearest preceding date (or drops the result).
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, type ParsingContext } from '../../common/parser.ts';
import { AR } from '../constants.ts';
import { P, dayOf, monthOf } from '../patterns.ts';

const SAME = '(?:نفسه|ذاته|نفسها|ذاتها)';

export class ARAnaphoricDateParser extends ARParserBase {
  readonly name = 'ARAnaphoricDateParser';
  protected inner(): string {
    const p = P();
    return (
      `(?<today>اليوم)${S}${SAME}` +
      `|${p.day}${S}من${S}(?:ذلك${S})?الشهر${S}${SAME}` +
      `|(?:(?<d2>\\d{1,2})${S}(?:من${S})?)?${p.monthPair('mo')}${S}من${S}(?:العام|السنه)${S}${SAME}`
    );
  }
  protected extractMatch(_ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const g = m.groups ?? {};
    // value: ANAPHOR:<needed granularity>:<month or 0>:<day or 0>, resolved by ARAnaphoraRefiner
    if (g.today) return this.result(start, end, 'DATE', 'ANAPHOR:day:0:0', 'anaphor', [], ['year', 'month', 'day']);
    if (g.mo1) {
      const mo = monthOf(m, 'mo');
      if (!mo) return null;
      const d = g.d2 ? Number(g.d2) : 0;
      return this.result(start, end, 'DATE', `ANAPHOR:year:${mo.month}:${d}`, 'anaphor', d ? ['month', 'day'] : ['month'], ['year']);
    }
    const day = dayOf(m);
    if (day === null) return null;
    void AR;
    return this.result(start, end, 'DATE', `ANAPHOR:month:0:${day}`, 'anaphor', ['day'], ['year', 'month']);
  }
}
