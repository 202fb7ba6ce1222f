/**
 * A checker of TIMEX3 values as rasd writes them (docs/dates.md): dates `2022-09-12`, `2022-09`,
 * `2022`, `199X`, `2022-W37`, `2022-SU`, `2022-Q3`, `XXXX-WXX-1`, times `2022-09-12T14:30`,
 * `2022-09-12TMO`, ranges `a/b`, durations `P3D`, `P10Y6M`, `PT5H`, `PXD`, `P2DE`, and the
 * vague `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`. Used by the fuzz suite on every value it sees.
 */

const YEAR = '(?<y>\\d{4}|\\d{3}X|\\d{2}XX|XXXX)';
const MONTH = '(?<m>\\d{2}|XX)';
const DAY = '(?<d>\\d{2}|XX)';
const WEEK = '(?<w>\\d{2}|XX)';
const POINT_RE = new RegExp(
  `^${YEAR}(?:-${MONTH}(?:-${DAY})?|-W${WEEK}(?:-(?<wd>[1-7]|WE))?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?` +
    '(?:T(?:(?<hh>\\d{2})(?::(?<mm>\\d{2}))?|MO|MI|AF|EV|NI|DT))?$',
);
/** A duration: at least one part, each a whole or decimal number (or X) and a unit. */
const DURATION_RE = /^P(?=[^T]|T.)(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?$/;
const REF_RE = /^(?:PAST|PRESENT|FUTURE)_REF$/;

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The problem with one point value (a date, maybe with a time), or null. */
function pointProblem(v: string): string | null {
  const m = POINT_RE.exec(v);
  if (!m) return `not a TIMEX3 date or time: ${v}`;
  const g = m.groups!;
  if (g.m !== undefined && g.m !== 'XX') {
    const month = Number(g.m);
    if (month < 1 || month > 12) return `month ${g.m} in ${v}`;
    if (g.d !== undefined && g.d !== 'XX') {
      const day = Number(g.d);
      const max = /^\d{4}$/.test(g.y!) ? daysIn(Number(g.y), month) : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
      if (day < 1 || day > max) return `day ${g.d} in ${v}`;
    }
  } else if (g.d !== undefined && g.d !== 'XX' && (Number(g.d) < 1 || Number(g.d) > 31)) {
    return `day ${g.d} in ${v}`;
  }
  if (g.w !== undefined && g.w !== 'XX' && (Number(g.w) < 1 || Number(g.w) > 53)) return `week ${g.w} in ${v}`;
  if (g.hh !== undefined && Number(g.hh) > 24) return `hour ${g.hh} in ${v}`;
  if (g.mm !== undefined && Number(g.mm) > 59) return `minute ${g.mm} in ${v}`;
  return null;
}

/** What is wrong with a timex value for its type, or null when it is well-formed. */
export function timexValueProblem(type: string, value: string): string | null {
  if (REF_RE.test(value)) return null;
  switch (type) {
    case 'DURATION':
      return DURATION_RE.test(value) ? null : `not a TIMEX3 duration: ${value}`;
    case 'SET':
      return DURATION_RE.test(value) ? null : pointProblem(value);
    case 'TIME':
    case 'DATE': {
      if (type === 'TIME' && !value.includes('T')) return `a TIME without a time part: ${value}`;
      const parts = value.split('/');
      if (parts.length > 2) return `more than one / in ${value}`;
      for (const p of parts) {
        const why = pointProblem(p);
        if (why) return why;
      }
      return null;
    }
    default:
      return `unknown timex type ${type}`;
  }
}
