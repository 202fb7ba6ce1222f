/**
 * Resolves the results of ARAnaphoricDateParser from the nearest preceding result that has the
 * needed fields (a day for اليوم نفسه, a month for … من الشهر نفسه, a year for … من العام نفسه);
 * without one the result is dropped.
 */
import type { Result } from '../../types.ts';
import type { ParsingContext, Refiner } from '../../common/parser.ts';
import { isValidDate, isoDay, isoMonth } from '../../common/calendar.ts';

const NEED_RE: Record<string, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})/,
  month: /^(\d{4})-(\d{2})(?!\d)/,
  year: /^(\d{4})(?![\d])/,
};

export class ARAnaphoraRefiner implements Refiner {
  readonly name = 'ARAnaphoraRefiner';
  refine(_ctx: ParsingContext, results: Result[]): Result[] {
    const out: Result[] = [];
    // per need, the match of the latest kept result that has the field (ranges by their start,
    // durations and vague values never): the antecedent, found without walking back over `out`
    const last: Record<string, RegExpExecArray | null> = { day: null, month: null, year: null };
    const keep = (r: Result): void => {
      out.push(r);
      if (/^P|_REF$/.test(r.value)) return;
      for (const need of ['day', 'month', 'year']) {
        const m = NEED_RE[need]!.exec(r.value);
        if (m) last[need] = m;
      }
    };
    for (const r of results) {
      if (r.kind !== 'anaphor') {
        keep(r);
        continue;
      }
      const [, need, mo, d] = r.value.split(':');
      const month = Number(mo);
      const day = Number(d);
      const key = need === 'day' ? 'day' : need === 'month' ? 'month' : 'year';
      const m = last[key];
      let value: string | null = null;
      if (m) {
        const y = Number(m[1]);
        if (need === 'day') value = m[0];
        else if (need === 'month') value = isValidDate(y, Number(m[2]), day) ? isoDay({ y, m: Number(m[2]), d: day }) : null;
        else value = day ? (isValidDate(y, month, day) ? isoDay({ y, m: month, d: day }) : null) : isoMonth(y, month);
      }
      if (value !== null) keep({ ...r, kind: 'day', value, tags: [...r.tags, `refiner/${this.name}`] });
    }
    return out;
  }
}
