/**
 * Drops `عاما` / `عامًا` that is the adjective "general", not "a year": a bare one-year duration right
 * after an indefinite noun in the accusative (`إضرابا عاما` a general strike, `أمينا عاما` a
 * secretary-general, `مديرا عاما`). A preposition with a pronoun before it is no noun (`بقي فيها
 * عاما`), and `عاما` after a verb or with a number (`قضى عاما`، `20 عاما`) is kept.
 */
import type { Result } from '../../types.ts';
import type { ParsingContext } from '../../common/parser.ts';
import { Filter } from '../../common/refiners.ts';

// (patterns run on the normalised text: no diacritics, hamza on alef folded, ى → ي)
/** A word of four letters or more ending in ا right before: an indefinite accusative noun, unless a preposition with a pronoun. */
const BEFORE_RE = /(?:^|[^\p{L}])(\p{L}{3,}ا)[^\S\n]+$/u;
const PREP_PRONOUN = /^[وف]?(?:في|علي|من|عن|مع|عند|لدي|الي|بين|ل|ب)(?:ها|نا|هما)$/u;

export class GeneralAdjectiveFilter extends Filter {
  readonly name = 'GeneralAdjectiveFilter';
  protected isValid(ctx: ParsingContext, r: Result): boolean {
    if (r.kind !== 'duration' || r.value !== 'P1Y') return true;
    if (ctx.text.slice(r.start, r.end) !== 'عاما') return true;
    const m = BEFORE_RE.exec(ctx.text.slice(Math.max(0, r.start - 30), r.start));
    if (!m) return true;
    // (a preposition with a pronoun is no noun: بقي فيها عاما، عاش بيننا عاما; nor a plural verb in ـوا:
    // قضوا عاما)
    return PREP_PRONOUN.test(m[1]!) || /وا$/u.test(m[1]!);
  }
}
