/**
 * Merges a weekday with the date right after it: `الإثنين 12 سبتمبر 2022`, `يوم الأحد، 3 مارس` —
 * one expression with the date's value (the weekday becomes a stated field).
 */
import type { Result } from '../../types.ts';
import type { ParsingContext } from '../../common/parser.ts';
import { MergingRefiner } from '../../common/refiners.ts';

export class ARMergeWeekdayDateRefiner extends MergingRefiner {
  readonly name = 'ARMergeWeekdayDateRefiner';
  protected shouldMerge(_ctx: ParsingContext, between: string, a: Result, b: Result): boolean {
    // a comma makes an apposition (السبت الماضي، 15 نيسان): two expressions
    // اليوم الأحد ١٢ آذار: the deictic day and the date are apposed, two expressions (as annotated)
    return a.kind === 'weekday' && b.kind === 'day' && b.stated.includes('month') && /^[^\S\n]+$/u.test(between);
  }
  protected merge(_ctx: ParsingContext, a: Result, b: Result): Result {
    return { ...b, start: a.start, stated: [...new Set([...b.stated, 'weekday' as const])] };
  }
}
