/**
 * Merges two dates joined as a range: `من 3 مارس إلى 5 أبريل`, `بين 2011 و2014` (when two
 * separate results), `12 سبتمبر - 15 سبتمبر` → value `a/b`, the span from `من`/`بين`.
 */
import type { Result } from '../../types.ts';
import type { ParsingContext } from '../../common/parser.ts';
import { MergingRefiner } from '../../common/refiners.ts';

const POINT = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)$/;
const FROM_RE = /(?:^|[^\p{L}])(?:[وف]?(?:من|بين|ما\s+بين))\s+$/u;

export class ARMergeDateRangeRefiner extends MergingRefiner {
  readonly name = 'ARMergeDateRangeRefiner';
  protected shouldMerge(ctx: ParsingContext, between: string, a: Result, b: Result): boolean {
    if (a.type !== 'DATE' || b.type !== 'DATE' || !POINT.test(a.value) || !POINT.test(b.value)) return false;
    if (a.value.length !== b.value.length || a.value >= b.value) return false;
    const before = ctx.text.slice(Math.max(0, a.start - 8), a.start);
    if (/^\s*(?:-|–)\s*$/u.test(between)) return true;
    if (/^\s*(?:الي|حتي|وحتي|لغايه)\s*$/u.test(between) && a.kind === 'day' && b.kind === 'day') return true;
    if (!FROM_RE.test(before)) return false;
    return /^\s*(?:الي|حتي|وحتي|لغايه|و)\s*$/u.test(between);
  }
  protected merge(ctx: ParsingContext, a: Result, b: Result): Result {
    const before = ctx.text.slice(Math.max(0, a.start - 8), a.start);
    const m = FROM_RE.exec(before);
    let start = a.start;
    if (m) {
      const word = /(من|بين|ما\s+بين)\s+$/u.exec(before); // من … إلى / بين … و are the range's own words
      if (word) start = a.start - (before.length - word.index);
    }
    return { ...a, start, end: b.end, value: `${a.value}/${b.value}`, kind: 'range', stated: [...new Set([...a.stated, ...b.stated])], implied: [...new Set([...a.implied, ...b.implied])] };
  }
}
