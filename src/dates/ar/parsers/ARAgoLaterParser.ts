/**
 * Points in time counted from the reference date: `منذ ثلاثة أيام`, `قبل أسبوعين`, `منذ 9 أعوام`
 * (a year), `منذ نحو عامين`, `بعد نحو الشهرين من …` (the reference date is that long after an
 * earlier event: past); `بعد شهرين` and `قبل يومين من …` are left to the duration parser, `منذ سنوات` / `قبل أيام` (PAST_REF). The word منذ/قبل/بعد
 * is part of the span because it turns the duration into a date.
 */
import type { Result } from '../../types.ts';
import { ARParserBase, S, WE, type ParsingContext } from '../../common/parser.ts';
import { addDays, addMonths, isoDay, isoMonth, pad4 } from '../../common/calendar.ts';
import { AR, key } from '../constants.ts';
import { amountPattern, readAmounts } from '../durations.ts';

/** "X comes N after Y" (تأتي الزيارة بعد شهرين من …): the sentence's own event is N after Y. */
const COMES_RE = /(?<![\p{L}])[وف]?(?:تاتي|ياتي|جاءت|جاء|اتت|اتي|تجيء|يجيء)(?![\p{L}])/u;
const OPEN_BOUND_RE = /^(?:اكثر|اقل|ما يزيد|ازيد|ما لا يقل)/u;

/** The clause before `pos` (up to 80 characters, not past a sentence end). */
function clauseBefore(text: string, pos: number): string {
  const back = text.slice(Math.max(0, pos - 80), pos);
  const cut = Math.max(back.lastIndexOf('.'), back.lastIndexOf('\n'), back.lastIndexOf('؟'));
  return back.slice(cut + 1);
}

export class ARAgoLaterParser extends ARParserBase {
  readonly name = 'ARAgoLaterParser';
  protected inner(): string {
    const r = AR().re;
    return `(?<w>منذ|قبل|بعد)${S}(?:${amountPattern('a', { definite: true })}|(?:(?<vq>${r.vagueQuantifier})${S})?(?<vp>${r.unitPlural})${WE}(?:${S}(?<vf>${r.vagueFollower}))?)(?:${S}(?<madi>مضت|مضي|خلت))?`;
  }
  protected extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const t = AR();
    const g = m.groups ?? {};
    const fromEvent = /^\s+من\s/u.test(ctx.text.slice(end, end + 5));
    // قبل يومين من مصرعه: counted from another event, a duration (the duration parser's);
    // بعد أسبوع (without من): a duration too, as the annotators read it;
    // بعد نحو الشهرين من …: the reference date is that long after an earlier event (past).
    if (g.w === 'قبل' && fromEvent) return null;
    if (g.w === 'بعد' && !(fromEvent && COMES_RE.test(clauseBefore(ctx.text, start)))) return null;
    // منذ أكثر من عقد: an open bound is a duration, not a date
    if (g.aap && OPEN_BOUND_RE.test(g.aap)) return null;
    const sign = -1;
    if (g.vp) {
      // منذ سنوات: how long, a vague duration (the duration parser's)
      if (g.vp.startsWith('ال') || g.w === 'منذ') return null;
      return this.result(start, end, 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'agovague', [], []);
    }
    const amounts = readAmounts(g, 'a', true);
    if (!amounts || amounts.length !== 1) return null;
    const { unit, n } = amounts[0]!;
    if (!Number.isInteger(n)) return null;
    const ref = ctx.ref;
    const vagueV = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    const anchorUnit = unit === 'century' || unit === 'second' ? 'year' : unit;
    if (!ref) return this.result(start, end, 'DATE', vagueV, 'ago', [], [], { unit: anchorUnit, offset: sign * n });
    let value: string;
    let year: number;
    switch (unit) {
      case 'day':
      case 'week': {
        const d = addDays(ref, sign * (unit === 'week' ? 7 : 1) * n);
        year = d.y;
        value = isoDay(d);
        break;
      }
      case 'month': {
        const [y, mo] = addMonths(ref, sign * n);
        year = y;
        value = isoMonth(y, mo);
        break;
      }
      case 'year':
      case 'decade':
        year = ref.y + sign * (unit === 'decade' ? 10 : 1) * n;
        value = pad4(year);
        break;
      default:
        year = ref.y;
        value = vagueV;
    }
    // A date before year 1 or after 9999 (منذ 5000 سنة) has no four-digit TIMEX3 year: it stays
    // unresolved, anchored as without a reference date.
    if (!(year >= 1 && year <= 9999)) return this.result(start, end, 'DATE', vagueV, 'ago', [], [], { unit: anchorUnit, offset: sign * n });
    void key;
    void t;
    return this.result(start, end, 'DATE', value, 'ago', [], ['year', 'month', 'day']);
  }
}
