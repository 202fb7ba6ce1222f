/**
 * Durations: `ثلاثة أيام`, `3 أيام`, `عشرين عاما`, `يومين`, `عقدين`, `نحو 20 عاما`, `أكثر من عقد`,
 * `ساعة واحدة`, `عشر سنوات ونصف سنة`, `ثماني سنوات وتسعة أشهر`, definite counted periods
 * (`الخمس ساعات`, `الـ24 ساعة الماضية`, `اليومين الماضيين`, `الأيام العشرة القادمة`), vague amounts
 * (`أيام` PXD, `بضعة أيام`, `أيام قليلة`, `سنوات` PXY, `عقود` PXDE, `غضون أيام`) and past/future
 * plurals (`الأشهر الماضية` PAST_REF, `الأيام المقبلة` FUTURE_REF). Ages are not durations
 * (see AgeFilter).
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, WE, type ParsingContext } from '../../common/parser.ts';
import { AR, key } from '../constants.ts';
import { amountPattern, durationValue, readAmounts } from '../durations.ts';

export class ARDurationParser extends ARParserBase {
  readonly name = 'ARDurationParser';
  protected inner(): string {
    const r = AR().re;
    return (
      `(?:غضون${S})?(?:${amountPattern('a', { definite: true })})(?:${S}(?<mod>${r.modifier}))?(?:${S}تقريبا)?` +
      `|(?<dp>${r.unitPlural})${S}ال(?<dn>${r.number})${WE}(?:${S}(?<dmod>${r.modifier}))?` +
      `|(?:غضون${S})?(?:(?<vq>${r.vagueQuantifier})${S})?(?<vp>${r.unitPlural})${WE}(?:${S}(?<vmod>${r.modifier}|${r.vagueFollower}))?`
    );
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const t = AR();
    const g = m.groups ?? {};
    if (g.vp) {
      const [unit] = t.unit.get(key(g.vp)) ?? [];
      if (!unit) return null;
      const definite = g.vp.startsWith('ال');
      const dir = g.vmod ? t.modifier.get(key(g.vmod)) : undefined;
      if (definite) {
        if (dir === undefined || dir === 0) return null;
        return this.result(start, end, 'DURATION', dir < 0 ? 'PAST_REF' : 'FUTURE_REF', 'vague', [], []);
      }
      if (!g.vmod && !g.vq && /^\s+ال\p{L}/u.test(ctx.text.slice(end, end + 4))) return null;
      const v = t.vaguePlural[unit];
      if (!v) return null;
      return this.result(start, end, 'DURATION', v, 'duration', [], []);
    }
    if (g.dp) {
      const [unit] = t.unit.get(key(g.dp)) ?? [];
      const n = t.number.get(key(g.dn ?? ''));
      const value = unit && n ? durationValue([{ unit, n }]) : null;
      return value === null ? null : this.result(start, end, 'DURATION', value, 'duration', [], []);
    }
    const amounts = readAmounts(g, 'a');
    if (!amounts) return null;
    // a bare definite singular (العام، الشهر) is the relative-unit parser's
    const value = durationValue(amounts);
    return value === null ? null : this.result(start, end, 'DURATION', value, 'duration', [], []);
  }
}
