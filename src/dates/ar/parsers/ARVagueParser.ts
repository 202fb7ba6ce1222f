/**
 * Vague references (data/time/relative.json `vague`): `الآن`, `حاليا` (PRESENT_REF), `مؤخرا`,
 * `سابقا`, `وقت سابق`, `الآونة الأخيرة` (PAST_REF), `لاحقا`, `قريبا` (FUTURE_REF), and `من قبل`
 * at the end of a clause ("before", not the passive agent "by").
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, type ParsingContext } from '../../common/parser.ts';
import { AR, key } from '../constants.ts';

export class ARVagueParser extends ARParserBase {
  readonly name = 'ARVagueParser';
  protected inner(): string {
    return `(?<v>${AR().re.vague})|(?<mq>من${S}قبل)(?=\\s*(?:[.,،؛:!؟")]|$))`;
  }
  protected extractMatch(_ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const g = m.groups ?? {};
    if (g.mq) return this.result(start, end, 'DATE', 'PAST_REF', 'vague', [], []);
    const v = AR().vague.get(key(g.v ?? ''));
    if (!v) return null;
    return this.result(start, end, 'DATE', v, 'vague', [], []);
  }
}
