/**
 * Merges double dating: `الخامس عشر من محرم 1435هـ الموافق 18 نوفمبر 2013م`,
 * `8 ذي الحجة الموافق 2 أكتوبر` — one expression whose value is the Gregorian (second) date.
 */
import type { Result } from '../../types.ts';
import type { ParsingContext } from '../../common/parser.ts';
import { MergingRefiner } from '../../common/refiners.ts';

export class ARMergeEquivalentDateRefiner extends MergingRefiner {
  readonly name = 'ARMergeEquivalentDateRefiner';
  protected shouldMerge(_ctx: ParsingContext, between: string, a: Result, b: Result): boolean {
    return a.type === 'DATE' && b.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(b.value) && /^[^\S\n]*[,،(-]?[^\S\n]*(?:الموافق|الموافقه|الموافق ل|الذي يوافق|ويوافق|يوافق)[^\S\n]*ل?$/u.test(between);
  }
  protected merge(_ctx: ParsingContext, a: Result, b: Result): Result {
    return { ...b, start: a.start, stated: [...new Set([...a.stated, ...b.stated])], implied: b.implied };
  }
}
