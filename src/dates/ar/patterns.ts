/**
 * Pattern pieces shared by several Arabic parsers (regex sources over the normalised text) and the
 * resolution helpers they share: the year of a month named without one, the day a weekday names,
 * the tense of the clause around an expression.
 */
import type { RefDate } from '../types.ts';
import { addDays, dayDiff, isoWeekday } from '../common/calendar.ts';
import { S, SO, WE, WORD_CHAR } from '../common/parser.ts';
import { AR, key } from './constants.ts';

/** Not followed by a letter (a year may stick to a month name: يوليو2016). */
const WL = `(?![${WORD_CHAR.replace('0-9', '')}])`;

let cache: ReturnType<typeof build> | undefined;
function build() {
  const r = AR().re;
  const monthPair = (g: string): string =>
    `(?<${g}1>${r.month})${WL}(?:${SO}[/\\\\(-]${SO}(?<${g}2>${r.month})${WL}${SO}\\)?|${S}(?<${g}3>${r.monthUnambiguous})${WL})?`;
  return {
    /** A month name, optionally paired with its other-system name (سبتمبر/أيلول, مايو أيار). Groups g1, g2, g3. */
    monthPair,
    /** Optional year after a month: `[،] [عام|سنة] 2020 [م]`. Group `yy`. */
    yearTail: `(?:${SO}[,،]?${SO}(?:(?:${r.yearWord})${S})?(?<yy>\\d{4})(?![\\d%])(?:${SO}(?:${r.yearSuffix})${WE})?)?`,
    /** Optional modifier word (الماضي، الجاري، المقبل …). Group `mod`. */
    modTail: `(?:${S}(?<mod>${r.modifier}))?`,
    /** A day of the month in digits or ordinal words. Groups `dd`, `od`. */
    day: `(?:(?<dd>\\d{1,2})(?!\\d)|(?<od>${r.ordinalMasc}))`,
  };
}
export function P(): ReturnType<typeof build> {
  cache ??= build();
  return cache;
}

/** The month number of the month groups `<g>1`, `<g>2`, `<g>3`, or null when the pair disagrees. */
export function monthOf(m: RegExpExecArray, g: string): { month: number; ambiguousAlone: boolean; paired: boolean } | null {
  const t = AR();
  const a = m.groups?.[`${g}1`];
  if (!a) return null;
  const n1 = t.gregMonth.get(key(a));
  if (n1 === undefined) return null;
  const b = m.groups?.[`${g}2`] ?? m.groups?.[`${g}3`];
  if (b) {
    const n2 = t.gregMonth.get(key(b));
    if (n2 !== n1) return null;
  }
  return { month: n1, ambiguousAlone: t.ambiguousMonths.has(key(a)) && !b, paired: !!b };
}

/** Direction of a modifier word: -1 past, 0 current, +1 next, or undefined. */
export function modDir(word: string | undefined): number | undefined {
  if (!word) return undefined;
  return AR().modifier.get(key(word));
}

/** A day number from the `dd` / `od` groups, or null. */
export function dayOf(m: RegExpExecArray): number | null {
  const g = m.groups ?? {};
  if (g.dd) return Number(g.dd);
  if (g.od) return AR().ordinalMasc.get(key(g.od)) ?? null;
  return null;
}

/**
 * The year of a month (and day) named without a year: with a modifier, the last one before
 * (past), the next one after (next) or the reference year (current); otherwise the candidate
 * nearest the reference date.
 */
export function yearFor(ref: RefDate, month: number, day: number | null, dir: number | undefined): number {
  const d = day ?? 15;
  const cands = [ref.y - 1, ref.y, ref.y + 1];
  const diff = (y: number): number => dayDiff(ref, { y, m: month, d: Math.min(d, 28) });
  if (dir === 0) return ref.y;
  if (dir === -1) {
    if (day === null) return month < ref.m ? ref.y : month === ref.m ? ref.y - 1 : ref.y - 1;
    return cands.filter((y) => diff(y) < 0).sort((a, b) => diff(b) - diff(a))[0] ?? ref.y;
  }
  if (dir === 1) {
    if (day === null) return month > ref.m ? ref.y : ref.y + 1;
    return cands.filter((y) => diff(y) > 0).sort((a, b) => diff(a) - diff(b))[0] ?? ref.y;
  }
  if (day === null) {
    // month only: same month → this year; else the nearest by months
    const mdiff = (y: number): number => Math.abs(y * 12 + month - (ref.y * 12 + ref.m));
    return cands.sort((a, b) => mdiff(a) - mdiff(b))[0]!;
  }
  return cands.sort((a, b) => Math.abs(diff(a)) - Math.abs(diff(b)))[0]!;
}

/** The day a weekday (ISO 1–7) names: `dir` -1 last before, +1 next after, 0/undefined nearest on or before (future tense: on or after). */
export function weekdayDate(ref: RefDate, wd: number, dir: number | undefined, future: boolean): RefDate {
  const cur = isoWeekday(ref);
  if (dir === -1) return addDays(ref, -(((cur - wd + 7) % 7) || 7));
  if (dir === 1) return addDays(ref, ((wd - cur + 7) % 7) || 7);
  if (future) return addDays(ref, (wd - cur + 7) % 7);
  return addDays(ref, -((cur - wd + 7) % 7));
}

/**
 * Future-tense cues: the particle سوف, words of plans (المقرر، المتوقع، يعتزم …) and verbs with the
 * future prefix سـ (سيزور، ستعقد، سنبحث) — minus common words that start the same way (سيطرة،
 * سياسة، سيارة، ستة، سنة …).
 */
const FUTURE_RE =
  /(?<![\p{L}])(?:[وف]?س[يتن](?!طر|اس|ار|اد|د|يد|ف|ير|ول|نما|ناء|نه|نو|نين|تين|ته|تار|تو|ود|ت(?![\p{L}])|ين)\p{L}{3,}|سوف|المقرر|مقرر|المنتظر|المتوقع|يعتزم|تعتزم|يرتقب|يرتقب|يتوقع|المرتقب|المزمع|غدا)(?![\p{L}])/u;
const SENTENCE_END_RE = /[.!?؟\n]/g;

/** True when the clause before `pos` (up to 80 chars, not past a sentence end) reads as future tense. */
export function isFutureContext(text: string, pos: number): boolean {
  let from = Math.max(0, pos - 80);
  const back = text.slice(from, pos);
  let last = -1;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(back); m; m = SENTENCE_END_RE.exec(back)) last = m.index;
  from = last + 1;
  return FUTURE_RE.test(back.slice(from));
}
