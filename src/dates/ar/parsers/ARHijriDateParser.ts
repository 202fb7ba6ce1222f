/**
 * Hijri dates, converted to Gregorian with the Umm al-Qura calendar: `25 شوال 1436 هـ`,
 * `التاسع من شهر رمضان 1436ه`, `غرة محرم`, `20 ذي الحجة` (the Hijri year nearest the reference
 * date), and a Hijri month with its year or a modifier (`رمضان 1436`, `شهر رجب الماضي`) as a
 * range of days. A Hijri month name that is also a common word (صفر، رجب، رمضان) needs a day, a
 * year, `شهر` or a modifier.
 */
import type { Result, TimexField } from '../../types.ts';
import { ARParserBase, S, SO, WE, type ParsingContext } from '../../common/parser.ts';
import { dayDiff, hijriToIso, hijriYearOf, parseRef } from '../../common/calendar.ts';
import { AR, key } from '../constants.ts';
import { P, dayOf, modDir } from '../patterns.ts';

function monthRange(hy: number, month: number): [string, string] | null {
  const first = hijriToIso(hy, month, 1);
  const last = hijriToIso(hy, month, 30) ?? hijriToIso(hy, month, 29);
  return first && last ? [first, last] : null;
}

export class ARHijriDateParser extends ARParserBase {
  readonly name = 'ARHijriDateParser';
  protected inner(): string {
    const r = AR().re;
    return (
      `(?:${P().day}${SO}(?:من${S})?)?(?:(?<shahr>شهر)${S})?(?<hm>${r.hijriMonth})${WE}` +
      `(?:${SO}[,،]?${SO}(?:(?:عام|سنه|لعام|لسنه)${S})?(?<hy>1[34]\\d\\d)(?!\\d)(?:${SO}(?:${r.hijriSuffix})${WE})?|${S}(?<mod>${r.modifier}))?`
    );
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const t = AR();
    const g = m.groups ?? {};
    const hmKey = key(g.hm ?? '');
    const month = t.hijriMonth.get(hmKey);
    if (month === undefined) return null;
    const day = dayOf(m);
    const stated: TimexField[] = ['month'];
    const implied: TimexField[] = [];
    let hy: number;
    if (g.hy) {
      hy = Number(g.hy);
      stated.push('year');
    } else {
      if (day === null && !g.shahr && !g.mod) return null;
      if (day === null && !g.mod && t.ambiguousMonths.has(hmKey)) return null;
      if (day !== null && t.ambiguousMonths.has(hmKey) && !g.shahr && !g.od) return null;
      if (!ctx.ref) return null;
      const cur = hijriYearOf(ctx.ref);
      if (cur === null) return null;
      // the year whose date is nearest the reference date, or the last before / next after it
      const dir = modDir(g.mod);
      let best: number | null = null;
      let bestDist = Infinity;
      for (const y of [cur - 1, cur, cur + 1]) {
        const iso = day !== null ? hijriToIso(y, month, day) : (monthRange(y, month)?.[0] ?? null);
        if (!iso) continue;
        const diff = dayDiff(ctx.ref, parseRef(iso)!);
        if (dir === -1 && diff >= 0) continue;
        if (dir === 1 && diff <= 0) continue;
        const dist = dir === -1 ? -diff : Math.abs(diff);
        if (dist < bestDist) [best, bestDist] = [y, dist];
      }
      if (best === null) return null;
      hy = best;
      implied.push('year');
    }
    if (day !== null) {
      const iso = hijriToIso(hy, month, day);
      if (!iso) return null;
      return this.result(start, end, 'DATE', iso, 'day', [...stated, 'day'], implied);
    }
    const range = monthRange(hy, month);
    if (!range) return null;
    return this.result(start, end, 'DATE', `${range[0]}/${range[1]}`, 'range', stated, implied);
  }
}
