/** Quarters and halves of a year: `الربع الأول من 2025` → 2025-Q1, `النصف الثاني من العام الماضي` → 2021-H2. */
import type { Result } from '../../types.ts';
import { ARParserBase, S, type ParsingContext } from '../../common/parser.ts';
import { AR } from '../constants.ts';

const ORD: Record<string, number> = { الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4 };

export class ARQuarterParser extends ARParserBase {
  readonly name = 'ARQuarterParser';
  protected inner(): string {
    const r = AR().re;
    return `(?<kind>الربع|النصف)${S}(?<ord>الاول|الثاني|الثالث|الرابع)${S}(?:من${S})?(?:(?:(?:عام|العام|سنه)${S})?(?<yy>\\d{4})(?!\\d)|(?:العام|السنه)${S}(?<mod>${r.modifier})|(?<dem>هذا${S}العام|هذه${S}السنه|العام))`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const g = m.groups ?? {};
    const n = ORD[g.ord ?? ''];
    if (!n || (g.kind === 'النصف' && n > 2)) return null;
    const letter = g.kind === 'الربع' ? 'Q' : 'H';
    if (g.yy) return this.result(start, end, 'DATE', `${g.yy}-${letter}${n}`, 'quarter', ['year'], []);
    const off = g.mod ? (AR().modifier.get(g.mod) ?? 0) : 0;
    if (!ctx.ref) return this.result(start, end, 'DATE', off < 0 ? 'PAST_REF' : off > 0 ? 'FUTURE_REF' : 'PRESENT_REF', 'quarter', [], [], { unit: 'year', offset: off });
    return this.result(start, end, 'DATE', `${ctx.ref.y + off}-${letter}${n}`, 'quarter', [], ['year']);
  }
}
