/**
 * Comparing a TIMEX3 date value with a day: when does the period a value names begin? Used by the
 * event coder to keep a date after publication off a past act.
 */

/**
 * The first month of each season, quarter and half of the year a value may name (`2018-SU`,
 * `2018-Q2`, `2018-H2`), as an offset from January of the value's year: winter `YYYY-WI` runs from
 * December of YYYY−1 (the date tagger gives a winter the year of its January).
 */
const PART_START: Readonly<Record<string, number>> = { WI: -1, SP: 2, SU: 5, FA: 8, Q1: 0, Q2: 3, Q3: 6, Q4: 9, H1: 0, H2: 6 };

/** The first day of the period a value names, as a UTC time, or null for values with no calendar start (PAST_REF, durations). */
export function periodStart(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-(SP|SU|FA|WI|Q[1-4]|H[12]))?/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[4]) {
    // ISO week: its Monday (week 1 holds 4 January)
    const jan4 = Date.UTC(y, 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return monday1 + (Number(m[4]) - 1) * 7 * 86_400_000;
  }
  if (m[5]) return Date.UTC(y, PART_START[m[5]]!, 1);
  if (m[2]) return Date.UTC(y, Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
  return Date.UTC(y, 0, 1);
}

/**
 * Does the date value start after the day `dct` (YYYY-MM-DD)? FUTURE_REF does; any other value is
 * compared by the first day of the period it names (a week, season or month that holds the day does
 * not; a bare year starts after the day only when it is a later year).
 */
export function startsAfter(value: string, dct: string): boolean {
  if (value === 'FUTURE_REF') return true;
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct);
  if (!d) return false;
  if (/^\d{4}$/.test(value)) return value > d[1]!;
  const first = periodStart(value);
  return first !== null && first > Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]));
}

/**
 * The calendar day of a value that names a part of a day (`2022-06-30TMO` → `2022-06-30`; the parts
 * are TIMEX3's MO, MI, AF, EV, NI, DT); any other value unchanged, a clock time included. An event is
 * dated by its day, as the annotators of dev-gold date it: the part of the day stays on the time
 * expression that told it.
 */
export const dayOfPartOfDay = (value: string): string => value.replace(/^(\d{4}-\d{2}-\d{2})T(?:MO|MI|AF|EV|NI|DT)$/, '$1');

/**
 * The day `days` away from a day value (`2022-01-30`, −1 → `2022-01-29`); a part of a day keeps its
 * part (`2019-03-25TEV` → `2019-03-24TEV`). Any other value (a month, a week, a clock time) is not a
 * day and gives null.
 */
export function shiftDay(value: string, days: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T(?:MO|MI|AF|EV|NI|DT))?$/.exec(value);
  if (!m) return null;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * 86_400_000);
  return t.toISOString().slice(0, 10) + (m[4] ?? '');
}
