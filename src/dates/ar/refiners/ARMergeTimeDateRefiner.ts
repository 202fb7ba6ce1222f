/**
 * Merges a clock time with the part of a day after it: `الساعة السادسة صباح غد الاثنين`,
 * `الساعة السادسة من صباح الجمعة` → `2020-05-25T06:00` (the part of the day sets am/pm).
 */
import type { Result } from '../../types.ts';
import type { ParsingContext } from '../../common/parser.ts';
import { MergingRefiner } from '../../common/refiners.ts';
import { pad2 } from '../../common/calendar.ts';

const DAY_RE = /^\d{4}-\d{2}-\d{2}/;

export class ARMergeTimeDateRefiner extends MergingRefiner {
  readonly name = 'ARMergeTimeDateRefiner';
  protected shouldMerge(_ctx: ParsingContext, between: string, a: Result, b: Result): boolean {
    return a.kind === 'time' && b.kind === 'partofday' && DAY_RE.test(b.value) && /^[^\S\n]*(?:من[^\S\n]+)?$/u.test(between);
  }
  protected merge(_ctx: ParsingContext, a: Result, b: Result): Result | null {
    const hm = /T(\d{2}):(\d{2})$/.exec(a.value);
    if (!hm) return null;
    let h = Number(hm[1]);
    const pod = /T(MO|AF|EV|NI)$/.exec(b.value)?.[1];
    if (pod && pod !== 'MO' && h < 12) h += 12;
    return {
      ...a,
      end: b.end,
      value: `${b.value.slice(0, 10)}T${pad2(h)}:${hm[2]}`,
      stated: [...new Set([...a.stated, ...b.stated])],
      implied: b.implied,
    };
  }
}
