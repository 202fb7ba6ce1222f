/**
 * Deictic days, with an optional part of the day and weekday: `اليوم`, `أمس`, `أول أمس`, `غدا`,
 * `بعد غد`, `اليوم الإثنين`, `أمس السبت`, `صباح اليوم`, `مساء أمس`, `صباح أمس الجمعة`,
 * `الليلة`, `الليلة الماضية`. `اليوم` followed by an adjective (اليوم الوطني) is not today.
 */
import type { Result, TimexAnchor } from '../../types.ts';
import { ARParserBase, S, WE, type ParsingContext } from '../../common/parser.ts';
import { addDays, isoDay } from '../../common/calendar.ts';
import { AR, key } from '../constants.ts';

/**
 * Does the word after اليوم / الغد qualify it (a nisba الوطني، العالمي، التالي; an ordinal الأول،
 * الثالث، الأخير; a passive participle المفتوح، الموعود; a relative الذي) rather than start a noun of
 * the clause (الاستقالة، الحكومة)?
 */
function dayAdjective(word: string): boolean {
  const w = word.replace(/[\u064B-\u0652]/gu, '').replace(/[^\p{L}]+$/u, '');
  // the listed words (relative.json dayQualifiers), a nisba, a passive participle مفعول
  return (w.startsWith('ال') && AR().dayQualifier.has(w.slice(2))) || /(ي|ية|يه)$/u.test(w) || /^الم..و.$/u.test(w);
}

const REF = (off: number): string => (off < 0 ? 'PAST_REF' : off > 0 ? 'FUTURE_REF' : 'PRESENT_REF');

export class ARRelativeDayParser extends ARParserBase {
  readonly name = 'ARRelativeDayParser';
  protected inner(): string {
    const r = AR().re;
    return (
      `(?:(?<pod>${r.partOfDay})${S})?(?<dw>${r.dayWord})${WE}(?:${S}(?<wd>${r.weekday}))?` +
      `|(?<tn>${r.tonight})(?:${S}(?<tmod>${r.modPast}|${r.modNext}))?`
    );
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const t = AR();
    const g = m.groups ?? {};
    let off: number;
    let pod: string | undefined;
    if (g.tn) {
      off = g.tmod ? (t.modifier.get(key(g.tmod)) === -1 ? -1 : 1) : 0;
      pod = 'NI';
    } else {
      const k = key(g.dw ?? '');
      const o = t.dayWord.get(k);
      if (o === undefined) return null;
      off = o;
      if (g.pod) pod = t.partOfDay.get(key(g.pod));
      if (!g.wd && !g.pod) {
        const next = /^\s+(\S+)/u.exec(ctx.text.slice(end, end + 30))?.[1] ?? '';
        // اليوم الوطني / اليوم العالمي / اليوم التالي / اليوم الأول / اليوم المفتوح / اليوم الذي: a
        // named, counted or described day, not today — but a definite noun after it is the clause's own
        // (رفض في تصريح صحفي اليوم الاستقالة: today)
        if ((k === 'اليوم' || k === 'الغد') && /^ال/u.test(next) && !t.modifier.has(next) && dayAdjective(next)) return null;
        if (k === 'اليوم' && t.modifier.has(next)) return null;
      }
      if (g.wd && t.weekday.get(key(g.wd)) === undefined) return null;
    }
    const stated = g.wd ? (['weekday'] as const) : ([] as const);
    if (!ctx.ref) {
      const anchor: TimexAnchor = { unit: 'day', offset: off };
      return this.result(start, end, pod ? 'TIME' : 'DATE', REF(off), 'relday', [...stated], [], anchor);
    }
    const d = isoDay(addDays(ctx.ref, off));
    return this.result(start, end, pod ? 'TIME' : 'DATE', pod ? `${d}T${pod}` : d, pod ? 'partofday' : 'day', [...stated], ['year', 'month', 'day']);
  }
}
