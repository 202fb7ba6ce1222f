/**
 * Calendar arithmetic on plain (y, m, d) fields, all in UTC with explicit arguments (never the clock).
 */
import type { RefDate } from '../types.ts';
import { hijriToIso as hijriToIsoUncached } from '../../reader/dateline.ts';

export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
export const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True for a real Gregorian date with a plausible year (1000–2200). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1000 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `YYYY-MM-DD`. */
export function isoDay(r: RefDate): string {
  return `${pad4(r.y)}-${pad2(r.m)}-${pad2(r.d)}`;
}

/** `YYYY-MM`. */
export function isoMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

/** The date `n` days after `r` (negative: before). */
export function addDays(r: RefDate, n: number): RefDate {
  const t = new Date(Date.UTC(r.y, r.m - 1, r.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The month `n` months after the month of `r`: [year, month]. */
export function addMonths(r: RefDate, n: number): [number, number] {
  const k = r.y * 12 + (r.m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export function isoWeekday(r: RefDate): number {
  const w = new Date(Date.UTC(r.y, r.m - 1, r.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week value `YYYY-Www` of a day. */
export function isoWeek(r: RefDate): string {
  const t = new Date(Date.UTC(r.y, r.m - 1, r.d));
  const dow = isoWeekday(r);
  t.setUTCDate(t.getUTCDate() + 4 - dow); // the Thursday of this week decides the year
  const y = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return `${pad4(y)}-W${pad2(week)}`;
}

/** Parses `YYYY-MM-DD…` into fields, or null. */
export function parseRef(s: string | null): RefDate | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const r = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(r.y, r.m, r.d) ? r : null;
}

/** Day difference b − a. */
export function dayDiff(a: RefDate, b: RefDate): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000);
}

/** The Hijri (Umm al-Qura) year of a Gregorian day, or null without ICU calendar data. */
let hijriYearFormat: Intl.DateTimeFormat | null | undefined;
export function hijriYearOf(r: RefDate): number | null {
  if (hijriYearFormat === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric' });
      hijriYearFormat = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
    } catch {
      hijriYearFormat = null;
    }
  }
  if (hijriYearFormat === null) return null;
  const key = (r.y * 100 + r.m) * 100 + r.d;
  const hit = hijriYearCache.get(key);
  if (hit !== undefined) return hit;
  const y = parseInt(hijriYearFormat.format(new Date(Date.UTC(r.y, r.m - 1, r.d))), 10);
  const out = Number.isFinite(y) ? y : null;
  remember(hijriYearCache, key, out);
  return out;
}
const hijriYearCache = new Map<number, number | null>();

/**
 * `hijriToIso` of src/reader/dateline.ts (Umm al-Qura via Intl, a costly call) remembered per
 * Hijri date: a text that names the same feast or month thousands of times converts it once.
 */
export function hijriToIso(y: number, m: number, d: number): string | null {
  const key = (y * 100 + m) * 100 + d;
  const hit = hijriIsoCache.get(key);
  if (hit !== undefined) return hit;
  const out = hijriToIsoUncached(y, m, d);
  remember(hijriIsoCache, key, out);
  return out;
}
const hijriIsoCache = new Map<number, string | null>();

/** Caches stay small: past 4096 entries one is emptied and starts again. */
function remember<V>(cache: Map<number, V>, key: number, value: V): void {
  if (cache.size >= 4096) cache.clear();
  cache.set(key, value);
}
