/**
 * Puts a clock time on the day named next to it in the same sentence: `بعد غد الخميس في الساعة
 * الثالثة عصرا`, `فجر السادس من شباط الماضي عند الساعة ٤:١٧`, `عند الساعة 14:30 بتوقيت غرينتش يوم
 * الثلاثاء الماضي` — the time's day was only implied (the reference date); a day stated in the same
 * clause is a better guess. The nearest day before (within 60 characters) wins, else one right after.
 */
import type { Result } from '../../types.ts';
import type { ParsingContext, Refiner } from '../../common/parser.ts';

const DAY_RE = /^\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?$/;
const SENTENCE_END_RE = /[.!?؟\n]/u;

export class ARTimeAnchorRefiner implements Refiner {
  readonly name = 'ARTimeAnchorRefiner';
  refine(ctx: ParsingContext, results: Result[]): Result[] {
    return results.map((r, i) => {
      if (r.kind !== 'time' || !r.implied.includes('day') || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(r.value)) return r;
      let day: Result | undefined;
      for (let j = i - 1; j >= 0; j--) {
        const p = results[j]!;
        if (r.start - p.end > 60 || SENTENCE_END_RE.test(ctx.text.slice(p.end, r.start))) break;
        if (DAY_RE.test(p.value)) {
          day = p;
          break;
        }
      }
      if (!day) {
        const n = results[i + 1];
        if (n && n.start - r.end <= 30 && DAY_RE.test(n.value) && !SENTENCE_END_RE.test(ctx.text.slice(r.end, n.start))) day = n;
      }
      if (!day || day.value.slice(0, 10) === r.value.slice(0, 10)) return r;
      return { ...r, value: `${day.value.slice(0, 10)}${r.value.slice(10)}`, tags: [...r.tags, `refiner/${this.name}`] };
    });
  }
}
