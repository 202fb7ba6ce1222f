/**
 * Sets (repetitions): `سنويا` / `كل عام` → P1Y, `أسبوعيا`, `شهريا`, `يوميا`, `كل ثلاثة أشهر` → P3M,
 * `كل يومين` → P2D, and weekly days `كل يوم جمعة`, `أيام الثلاثاء` → XXXX-WXX-5 / XXXX-WXX-2.
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, WE, type ParsingContext } from '../../common/parser.ts';
import { AR, key } from '../constants.ts';
import { amountPattern, durationValue, readAmounts } from '../durations.ts';

export class ARSetParser extends ARParserBase {
  readonly name = 'ARSetParser';
  protected inner(): string {
    const r = AR().re;
    return `كل${S}(?:يوم${S}(?<wd>${r.weekday})${WE}|${amountPattern('a')})|(?<s>${r.set})|(?:ايام|ايام${S}يوم)${S}(?<wd2>${r.weekday})${WE}`;
  }
  protected extractMatch(_ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const t = AR();
    const g = m.groups ?? {};
    if (g.s) {
      const v = t.set.get(key(g.s));
      return v ? this.result(start, end, 'SET', v, 'set', [], []) : null;
    }
    const wdWord = g.wd ?? g.wd2;
    if (wdWord) {
      const wd = t.weekday.get(key(wdWord));
      return wd ? this.result(start, end, 'SET', `XXXX-WXX-${wd}`, 'set', ['weekday'], []) : null;
    }
    const amounts = readAmounts(g, 'a', true);
    const value = amounts ? durationValue(amounts) : null;
    return value === null ? null : this.result(start, end, 'SET', value, 'set', [], []);
  }
}
