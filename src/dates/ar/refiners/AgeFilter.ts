/**
 * Drops ages: a duration in years right after `عمر`, `البالغ`, `يبلغ`, `سن`, `عن عمر يناهز` … or
 * followed by `من العمر` / `عاما من عمره` is someone's age, not a time expression (GUIDELINES).
 */
import type { Result } from '../../types.ts';
import type { ParsingContext } from '../../common/parser.ts';
import { Filter } from '../../common/refiners.ts';

const BEFORE_RE = /(?:عمر|عمره|عمرها|عمرهم|العمر|البالغ|البالغه|البالغين|يبلغ|تبلغ|سن|سنه|يناهز|ابن|ابنه|بعمر|وعمره|العجوز|المسن|المسنه)[^\S\n]+(?:نحو[^\S\n]+|حوالي[^\S\n]+)?$/u;
const AFTER_RE = /^[^\S\n]+(?:من[^\S\n]+(?:العمر|عمره|عمرها)|عمره|عمرها)/u;

export class AgeFilter extends Filter {
  readonly name = 'AgeFilter';
  protected isValid(ctx: ParsingContext, r: Result): boolean {
    if (r.kind !== 'duration' || !/^P\d+Y$/.test(r.value)) return true;
    const before = ctx.text.slice(Math.max(0, r.start - 24), r.start);
    if (BEFORE_RE.test(before)) return false;
    // تتراوح أعمارهم بين 22 و35 عاما / بين الـ10 والـ12 سنة
    if (/(?:اعمار|عمر)\p{L}*[^\S\n]+(?:[^\s.،]+[^\S\n]+){0,4}(?:وال|و|ال)?$/u.test(ctx.text.slice(Math.max(0, r.start - 40), r.start))) return false;
    if (AFTER_RE.test(ctx.text.slice(r.end, r.end + 16))) return false;
    // "(34 عاما)" after a name is an age
    if (/\(\s*$/u.test(before) && /^\s*\)/u.test(ctx.text.slice(r.end, r.end + 3))) return false;
    return true;
  }
}
