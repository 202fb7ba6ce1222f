/**
 * Resolves the results of ARAnaphoricDateParser from the nearest preceding result that has the
 * needed fields (a day for اليوم نفسه, a month for … من الشهر نفسه, a year for … من العام نفسه);
 * without one the result is dropped.
 */
import type { Result } from '../../types.ts';
import type { ParsingContext, Refiner } from '../../common/parser.ts';
import { isValidDate, isoDay, isoMonth } from '../../common/calendar.ts';

export class ARAnaphoraRefiner implements Refiner {
  readonly name = 'ARAnaphoraRefiner';
  refine(_ctx: ParsingContext, results: Result[]): Result[] {
    const out: Result[] = [];
    for (const r of results) {
      if (r.kind !== 'anaphor') {
        out.push(r);
        continue;
      }
      const [, need, mo, d] = r.value.split(':');
      const month = Number(mo);
      const day = Number(d);
      const re = need === 'day' ? /^(\d{4})-(\d{2})-(\d{2})/ : need === 'month' ? /^(\d{4})-(\d{2})(?!\d)/ : /^(\d{4})(?![\d])/;
      let value: string | null = null;
      for (let j = out.length - 1; j >= 0 && value === null; j--) {
        const p = out[j]!;
        if (/^P|_REF$/.test(p.value)) continue; // a range counts by its start
        const m = re.exec(p.value);
        if (!m) continue;
        const y = Number(m[1]);
        if (need === 'day') value = m[0];
        else if (need === 'month') value = isValidDate(y, Number(m[2]), day) ? isoDay({ y, m: Number(m[2]), d: day }) : null;
        else value = day ? (isValidDate(y, month, day) ? isoDay({ y, m: month, d: day }) : null) : isoMonth(y, month);
        if (value === null) break;
      }
      if (value !== null) out.push({ ...r, kind: 'day', value, tags: [...r.tags, `refiner/${this.name}`] });
    }
    return out;
  }
}
