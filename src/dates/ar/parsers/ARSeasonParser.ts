/** Seasons with a modifier: `الصيف المقبل` → 2018-SU, `الشتاء الماضي`, `هذا الصيف`, `نهاية الصيف المقبل`. */
import type { Result } from '../../types.ts';
import { ARParserBase, S, type ParsingContext } from '../../common/parser.ts';
import { AR, key } from '../constants.ts';
import { modDir } from '../patterns.ts';

/** Middle month of each season (northern hemisphere). */
const MID: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

export class ARSeasonParser extends ARParserBase {
  readonly name = 'ARSeasonParser';
  protected inner(): string {
    const r = AR().re;
    return `(?:(?:${r.periodPart})${S})?(?:(?<dem>${r.demonstrative})${S})?(?<s>${r.season})(?:${S}(?<mod>${r.modifier})|${S}(?:(?:عام|العام|سنه)${S})?(?<yy>\\d{4})(?!\\d))?`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const g = m.groups ?? {};
    const code = AR().season.get(key(g.s ?? ''));
    if (!code || (!g.dem && !g.mod && !g.yy)) return null;
    if (g.yy) return this.result(start, end, 'DATE', `${g.yy}-${code}`, 'season', ['year'], []);
    const dir = modDir(g.mod) ?? 0;
    if (!ctx.ref) return this.result(start, end, 'DATE', dir < 0 ? 'PAST_REF' : dir > 0 ? 'FUTURE_REF' : 'PRESENT_REF', 'season', [], [], { unit: 'season', offset: dir });
    const mid = MID[code]!;
    let y = ctx.ref.y;
    if (dir > 0 && mid < ctx.ref.m) y++;
    if (dir < 0 && mid > ctx.ref.m) y--;
    return this.result(start, end, 'DATE', `${y}-${code}`, 'season', [], ['year']);
  }
}
