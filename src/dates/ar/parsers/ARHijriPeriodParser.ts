/**
 * Named Hijri periods without a year (data/time/hijri.json): `شهر رمضان المبارك`, `رمضان`,
 * `الشهر الفضيل` (ranges), `عيد الفطر`, `عيد الأضحى` (their first day), `ثاني أيام عيد الفطر`,
 * `رأس السنة الهجرية`, `غرة محرم` — the occurrence nearest the reference date (or the last one
 * before / the next one after with الماضي / المقبل). `العيد` alone is the feast within 15 days
 * of the reference date, else nothing.
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, type ParsingContext } from '../../common/parser.ts';
import { addDays, dayDiff, hijriToIso, hijriYearOf, isoDay, parseRef } from '../../common/calendar.ts';
import { loadData } from '../../../data.ts';
import { AR, alt, key, norm } from '../constants.ts';
import { modDir } from '../patterns.ts';

interface Period {
  name: string;
  month: number;
  first: number;
  last: number;
  contextual?: boolean;
}

let dayOfWords: Map<string, number> | undefined;
function dayOfTable(): Map<string, number> {
  if (!dayOfWords) {
    dayOfWords = new Map();
    const f = loadData<{ dayOfWords: Record<string, string[]> }>('time/hijri.json');
    for (const [n, forms] of Object.entries(f.dayOfWords)) for (const w of forms) dayOfWords.set(norm(w), Number(n));
  }
  return dayOfWords;
}

/** The [first, last] days of a period in Hijri year `y`. */
function occurrence(p: Period, y: number): [string, string] | null {
  const a = hijriToIso(y, p.month, p.first);
  const b = p.last === 0 ? (hijriToIso(y, p.month, 30) ?? hijriToIso(y, p.month, 29)) : hijriToIso(y, p.month, p.last);
  return a && b ? [a, b] : null;
}

export class ARHijriPeriodParser extends ARParserBase {
  readonly name = 'ARHijriPeriodParser';
  protected inner(): string {
    return `(?:(?<dayof>${alt(dayOfTable().keys())})${S})?(?<hp>${AR().re.hijriPeriod})(?:${S}(?<mod>${AR().re.modPast}|${AR().re.modNext}))?`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const t = AR();
    const g = m.groups ?? {};
    const i = t.hijriPeriod.get(key(g.hp ?? ''));
    if (i === undefined) return null;
    let periods: Period[] = [t.hijriPeriods[i]!];
    const contextual = !!periods[0]!.contextual;
    if (contextual) periods = t.hijriPeriods.filter((p) => p.name === 'eid-al-fitr' || p.name === 'eid-al-adha');
    if (!ctx.ref) return contextual ? null : this.result(start, end, 'DATE', 'PRESENT_REF', 'period', [], [], { unit: 'period', offset: 0 });
    const hy = hijriYearOf(ctx.ref);
    if (hy === null) return null;
    const dir = modDir(g.mod);
    let best: [string, string, number] | null = null;
    for (const p of periods) {
      for (const y of [hy - 1, hy, hy + 1]) {
        const occ = occurrence(p, y);
        if (!occ) continue;
        const da = dayDiff(ctx.ref, parseRef(occ[0])!);
        const db = dayDiff(ctx.ref, parseRef(occ[1])!);
        if (dir === -1 && db >= 0) continue;
        if (dir === 1 && da <= 0) continue;
        const dist = da <= 0 && db >= 0 ? 0 : Math.min(Math.abs(da), Math.abs(db));
        if (!best || dist < best[2]) best = [occ[0], occ[1], dist];
      }
    }
    if (!best || (contextual && best[2] > 15)) return null;
    let [a, b] = best;
    if (g.dayof) {
      const n = dayOfTable().get(key(g.dayof)) ?? 1;
      a = b = isoDay(addDays(parseRef(a)!, n - 1));
    }
    const value = a === b ? a : `${a}/${b}`;
    return this.result(start, end, 'DATE', value, a === b ? 'day' : 'period', [], ['year', 'month', 'day']);
  }
}
