/**
 * Datelines: lines of a scraped page that are only the article's date, such as
 * `12 سبتمبر 2022`, `الإثنين 12 سبتمبر/أيلول 2022`, `نشر في: 2018-08-12 - 14:30`,
 * `آخر تحديث: 25/05/2018 09:22` or `الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`.
 *
 * The parser reads the line left to right with small anchored expressions:
 * `[place] [label] [weekday] date [joiner date] [time-label] [time [am/pm]] [zone] [agency]`.
 * Everything must be consumed: a sentence that merely contains a date is not a dateline.
 * Month, weekday and label words are data (`data/time/months.json`, `data/time/weekdays.json`,
 * `data/reader/dateline.json`).
 *
 * Values: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS]` when a time is given, followed by a UTC
 * offset (`+04:00`, `Z`) only when the line states one (`GMT+0400`, `بتوقيت غرينتش`, `ت م`).
 * Numeric dates are read day first (`25/05/2018` is 25 May); `05/25/2018` is accepted as
 * month first only because 25 cannot be a month. Hijri-only dates are converted with the
 * Umm al-Qura calendar; when a line gives both calendars, the Gregorian date is used.
 */
import { loadData } from '../data.ts';
import { foldForMatch, foldWithMap } from './debris.ts';

/** A recognised dateline. */
export interface Dateline {
  /** ISO 8601 date or date-time (see the module comment for the forms). */
  value: string;
  /** The part of the line that expresses the date (weekday to time zone; labels, place and agency left out). */
  text: string;
  /** What the leading label says the date is: publication, last update, or unlabelled. */
  kind: 'published' | 'updated' | 'date';
}

// ---------------------------------------------------------------------------------------------
// Data and expressions (built once)
// ---------------------------------------------------------------------------------------------

interface MonthsFile {
  gregorian: Record<string, Record<string, string[]>>;
  hijri: Record<string, string[]>;
}
interface WeekdaysFile {
  weekdays: Record<string, { en: string; forms: string[] }>;
}
interface DatelineFile {
  labels: { published: string[]; updated: string[]; date: string[] };
  timeLabels: string[];
  dateJoiners: string[];
  am: string[];
  pm: string[];
  noon: string[];
  zones: { forms: string[]; offset: string | null }[];
  trailingAgencies: string[];
}

const ESCAPE_RE = /[.*+?^${}()|[\]\\/]/g;
/** A folded, regex-escaped alternation, longest first; spaces inside entries may be absent or repeated. */
function alternation(words: Iterable<string>): string {
  const set = new Set<string>();
  for (const w of words) {
    const f = foldForMatch(w);
    if (f) set.add(f);
  }
  return [...set]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(ESCAPE_RE, '\\$&').replace(/ /g, ' ?'))
    .join('|');
}

function lookupOf(table: Iterable<[string, string[]]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [num, forms] of table) for (const f of forms) m.set(foldForMatch(f).replace(/ /g, '').toLowerCase(), Number(num));
  return m;
}

interface Tables {
  gregMonth: Map<string, number>;
  hijriMonth: Map<string, number>;
  weekday: Map<string, number>;
  labelKind: Map<string, Dateline['kind']>;
  am: Set<string>;
  pm: Set<string>;
  noon: Set<string>;
  zoneOffset: Map<string, string | null>;
  re: {
    place: RegExp;
    label: RegExp;
    weekday: RegExp;
    dateName: RegExp;
    dateHijri: RegExp;
    dateNum: RegExp;
    dateIso: RegExp;
    joiner: RegExp;
    timeLabel: RegExp;
    time: RegExp;
    hourOnly: RegExp;
    ampm: RegExp;
    zoneWord: RegExp;
    zoneNumeric: RegExp;
    agency: RegExp;
    sep: RegExp;
    end: RegExp;
    yearSuffix: RegExp;
    hijriSuffix: RegExp;
    issue: RegExp;
  };
}

/** Not followed by a letter: the end of a word (JavaScript's \b is ASCII-only). */
const WE = '(?![\\p{L}\\p{N}])';

function buildTables(): Tables {
  const months = loadData<MonthsFile>('time/months.json');
  const weekdays = loadData<WeekdaysFile>('time/weekdays.json');
  const dl = loadData<DatelineFile>('reader/dateline.json');

  const gregPairs: [string, string[]][] = Object.entries(months.gregorian).map(([n, systems]) => [n, Object.values(systems).flat()]);
  const hijriPairs: [string, string[]][] = Object.entries(months.hijri);
  const wdPairs: [string, string[]][] = Object.entries(weekdays.weekdays).map(([n, w]) => [n, w.forms]);

  const labelKind = new Map<string, Dateline['kind']>();
  for (const kind of ['date', 'updated', 'published'] as const) {
    for (const l of dl.labels[kind]) labelKind.set(foldForMatch(l).replace(/ /g, '').toLowerCase(), kind);
  }
  const zoneOffset = new Map<string, string | null>();
  for (const z of dl.zones) for (const f of z.forms) zoneOffset.set(foldForMatch(f).replace(/ /g, '').toLowerCase(), z.offset);
  const setOf = (xs: string[]): Set<string> => new Set(xs.map((x) => foldForMatch(x).toLowerCase()));

  const MON = alternation(gregPairs.flatMap(([, f]) => f));
  const HMON = alternation(hijriPairs.flatMap(([, f]) => f));
  const WD = alternation(wdPairs.flatMap(([, f]) => f));
  const LABELS = alternation([...dl.labels.published, ...dl.labels.updated, ...dl.labels.date]);
  const YEAR_SUFFIX = '(?:\\s*(?:م|ميلادي|ميلاديه)' + WE + ')?';
  const HIJRI_SUFFIX = '(?:\\s*(?:ه|هجري|هجريه)' + WE + ')?';
  const DSEP = '\\s*(?:من\\s+)?(?:شهر\\s+)?[-/.,،]?\\s*';

  return {
    gregMonth: lookupOf(gregPairs),
    hijriMonth: lookupOf(hijriPairs),
    weekday: lookupOf(wdPairs),
    labelKind,
    am: setOf(dl.am),
    pm: setOf(dl.pm),
    noon: setOf(dl.noon),
    zoneOffset,
    re: {
      place: /(\p{L}+(?: \p{L}+){0,2})\s*([-–—:،,]+)?\s*/uy,
      label: new RegExp(`(${LABELS})${WE}\\s*[:：\\-–—|]*\\s*`, 'iuy'),
      weekday: new RegExp(`(?:يوم\\s+)?(${WD})${WE}\\s*[,،\\-–—:]*\\s*`, 'iuy'),
      dateName: new RegExp(
        `(\\d{1,2})(?:\\s*er)?${DSEP}(${MON})(?:\\s*[-/(]\\s*(${MON})\\s*\\)?)?${WE}\\s*[-/.,،]?\\s*(\\d{4})(?!\\d)`,
        'iuy',
      ),
      dateHijri: new RegExp(`(\\d{1,2})${DSEP}(${HMON})${WE}\\s*[-/.,،]?\\s*(\\d{4})(?!\\d)${HIJRI_SUFFIX}`, 'iuy'),
      dateNum: /(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?!\d|[/.-]\d)/uy,
      dateIso: /(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)/uy,
      joiner: new RegExp(`[\\s,،]*(?:${alternation(dl.dateJoiners)}|[-–—|/])\\s*`, 'iuy'),
      timeLabel: new RegExp(`(?:${alternation(dl.timeLabels)})${WE}\\s*[:：]?\\s*`, 'iuy'),
      time: /(\d{1,2})\s*(?::|h|H)\s*(\d{2})(?:\s*:\s*(\d{2}))?(?![\d:])/uy,
      hourOnly: /(\d{1,2})(?![\d:])/uy,
      ampm: new RegExp(`\\s*(${alternation([...dl.am, ...dl.pm, ...dl.noon])})(?![\\p{L}\\p{N}.])`, 'iuy'),
      zoneWord: new RegExp(`[\\s(\\[]*(${alternation(dl.zones.flatMap((z) => z.forms))})${WE}(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?\\s*[)\\]]?`, 'iuy'),
      zoneNumeric: /[\s([]*(?:(Z)|([+-])(\d{2}):?(\d{2}))(?![\p{L}\p{N}])\s*[)\]]?/uy,
      agency: new RegExp(`[\\s\\-–—(]*(?:${alternation(dl.trailingAgencies)})${WE}\\s*\\)?`, 'iuy'),
      sep: /[\s,،\-–—|]*/uy,
      end: /[\s:：,،.\-–—|]*$/uy,
      yearSuffix: new RegExp(YEAR_SUFFIX, 'iuy'),
      hijriSuffix: new RegExp(HIJRI_SUFFIX, 'iuy'),
      // A newspaper issue number before the date: `صحيفة الوطن - العدد 2403 الأثنين 9 يوليو 2012`.
      issue: new RegExp(`(?:العدد|عدد|issue|no\\.?)\\s*[:：]?\\s*\\d{1,6}${WE}[\\s,،\\-–—|]*`, 'iuy'),
    },
  };
}

let tables: Tables | undefined;
function T(): Tables {
  tables ??= buildTables();
  return tables;
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers
// ---------------------------------------------------------------------------------------------

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD` for a valid Gregorian date between 1900 and 2100, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

let umalqura: Intl.DateTimeFormat | null | undefined;
function umalquraFormat(): Intl.DateTimeFormat | null {
  if (umalqura === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      umalqura = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
    } catch {
      umalqura = null;
    }
  }
  return umalqura;
}

function hijriPartsOf(f: Intl.DateTimeFormat, ms: number): [number, number, number] {
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of f.formatToParts(new Date(ms))) {
    if (p.type === 'year') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return [y, m, d];
}

/**
 * Converts a Hijri date (Umm al-Qura calendar, as used by Saudi and most Gulf media) to an
 * ISO Gregorian date; null when the date does not exist (day 30 of a 29-day month) or lies
 * outside 1300–1500 AH. Without ICU calendar data, falls back to the arithmetic (tabular) calendar.
 */
export function hijriToIso(y: number, m: number, d: number): string | null {
  if (y < 1300 || y > 1500 || m < 1 || m > 12 || d < 1 || d > 30) return null;
  // Tabular Islamic calendar (civil epoch) as a first estimate.
  const jd = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  const estimate = Math.round((jd - 2440587.5) * 86400000);
  const f = umalquraFormat();
  if (f === null) {
    const dt = new Date(estimate);
    return isoDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
  }
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const ms = estimate + delta * 86400000;
    const [hy, hm, hd] = hijriPartsOf(f, ms);
    if (hy === y && hm === m && hd === d) {
      const dt = new Date(ms);
      return isoDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The parser
// ---------------------------------------------------------------------------------------------

interface DateHit {
  /** ISO date, or null when the expression is a date but an impossible one. */
  iso: string | null;
  hijri: boolean;
  end: number;
}

function monthNum(map: Map<string, number>, s: string): number {
  return map.get(s.replace(/ /g, '').toLowerCase()) ?? 0;
}

/** A four-digit year that can only be Hijri (Gregorian dates are only read from 1900). */
function isHijriYear(y: number): boolean {
  return y >= 1300 && y <= 1500;
}

/** Moves past an optional `هـ` / `هجري` after a Hijri date. */
function hijriSuffixEnd(s: string, pos: number): number {
  return skip(T().re.hijriSuffix, s, pos);
}

/** Reads one date expression starting exactly at `pos` of the folded line. */
function dateAt(s: string, pos: number): DateHit | null {
  const { re, gregMonth, hijriMonth } = T();
  re.dateName.lastIndex = pos;
  let m = re.dateName.exec(s);
  if (m) {
    const iso = isoDate(Number(m[4]), monthNum(gregMonth, m[2]!), Number(m[1]));
    re.yearSuffix.lastIndex = re.dateName.lastIndex;
    re.yearSuffix.exec(s);
    return { iso, hijri: false, end: re.yearSuffix.lastIndex };
  }
  re.dateHijri.lastIndex = pos;
  m = re.dateHijri.exec(s);
  if (m) {
    return { iso: hijriToIso(Number(m[3]), monthNum(hijriMonth, m[2]!), Number(m[1])), hijri: true, end: re.dateHijri.lastIndex };
  }
  re.dateIso.lastIndex = pos;
  m = re.dateIso.exec(s);
  if (m) {
    const y = Number(m[1]);
    // `1433-08-03`: a year of 1300–1500 is a Hijri year (Saudi papers print Hijri dates in ISO order).
    if (isHijriYear(y)) return { iso: hijriToIso(y, Number(m[3]), Number(m[4])), hijri: true, end: hijriSuffixEnd(s, re.dateIso.lastIndex) };
    return { iso: isoDate(y, Number(m[3]), Number(m[4])), hijri: false, end: re.dateIso.lastIndex };
  }
  re.dateNum.lastIndex = pos;
  m = re.dateNum.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    let y = Number(m[4]);
    // `بتاريخ 5-4-1433 هـ`: a numeric Hijri date, day first.
    if (isHijriYear(y)) return { iso: hijriToIso(y, b, a), hijri: true, end: hijriSuffixEnd(s, re.dateNum.lastIndex) };
    if (m[4]!.length === 2) y += y < 70 ? 2000 : 1900;
    // Day first; month first only when the first number cannot be a month and the second cannot be a day-first month.
    const iso = b <= 12 ? isoDate(y, b, a) : a <= 12 ? isoDate(y, a, b) : null;
    re.yearSuffix.lastIndex = re.dateNum.lastIndex;
    re.yearSuffix.exec(s);
    return { iso, hijri: false, end: re.yearSuffix.lastIndex };
  }
  return null;
}

interface TimeHit {
  hh: number;
  mm: number;
  ss: number | null;
  end: number;
}

/** Reads `14:30`, `09:22:05`, `07h22`, `2:30 م`, or `الساعة 8 مساء` at `pos`. */
function timeAt(s: string, pos: number, hourOnlyAllowed: boolean): TimeHit | null {
  const { re, am, pm, noon } = T();
  let hh: number;
  let mm = 0;
  let ss: number | null = null;
  let end: number;
  re.time.lastIndex = pos;
  const m = re.time.exec(s);
  if (m) {
    hh = Number(m[1]);
    mm = Number(m[2]);
    ss = m[3] === undefined ? null : Number(m[3]);
    end = re.time.lastIndex;
  } else if (hourOnlyAllowed) {
    re.hourOnly.lastIndex = pos;
    const h = re.hourOnly.exec(s);
    if (!h) return null;
    hh = Number(h[1]);
    end = re.hourOnly.lastIndex;
  } else {
    return null;
  }
  re.ampm.lastIndex = end;
  const ap = re.ampm.exec(s);
  if (ap) {
    const w = ap[1]!.toLowerCase();
    if (hh > 12 && !pm.has(w)) {
      // 14:30 ص is contradictory: keep the 24-hour reading, ignore the marker
    } else if (am.has(w)) {
      if (hh === 12) hh = 0;
    } else if (pm.has(w)) {
      if (hh < 12) hh += 12;
    } else if (noon.has(w)) {
      if (hh >= 1 && hh <= 6) hh += 12;
    }
    end = re.ampm.lastIndex;
  } else if (!m) {
    return null; // a bare hour needs a marker (الساعة 8 مساء)
  }
  if (hh > 23 || mm > 59 || (ss !== null && ss > 59)) return null;
  return { hh, mm, ss, end };
}

interface ZoneHit {
  offset: string | null;
  end: number;
}

function formatOffset(sign: string, h: string, mnt: string | undefined): string | null {
  const hh = Number(h);
  const mm = mnt === undefined ? 0 : Number(mnt);
  if (hh > 14 || mm > 59) return null;
  if (hh === 0 && mm === 0) return 'Z';
  return `${sign}${pad2(hh)}:${pad2(mm)}`;
}

/** Reads `(GMT+0400)`, `GMT+4`, `UTC`, `+03:00`, `بتوقيت غرينتش`, `ت م`, `بتوقيت القدس` at `pos`. */
function zoneAt(s: string, pos: number): ZoneHit | null {
  const { re, zoneOffset } = T();
  re.zoneWord.lastIndex = pos;
  const w = re.zoneWord.exec(s);
  if (w) {
    const base = zoneOffset.get(w[1]!.replace(/ /g, '').toLowerCase()) ?? null;
    let offset = base;
    if (w[2] !== undefined && w[3] !== undefined) offset = base === 'Z' ? formatOffset(w[2], w[3], w[4]) : null;
    return { offset, end: re.zoneWord.lastIndex };
  }
  re.zoneNumeric.lastIndex = pos;
  const n = re.zoneNumeric.exec(s);
  if (n) {
    return { offset: n[1] !== undefined ? 'Z' : formatOffset(n[2]!, n[3]!, n[4]), end: re.zoneNumeric.lastIndex };
  }
  return null;
}

/** Advances past a sticky expression when it matches; returns the new position (or `pos`). */
function skip(re: RegExp, s: string, pos: number): number {
  re.lastIndex = pos;
  return re.exec(s) ? re.lastIndex : pos;
}

interface Parsed {
  value: string;
  kind: Dateline['kind'];
  /** Folded offsets of the date text. */
  start: number;
  end: number;
}

/**
 * Parses the folded line from `pos` to its end as `[label] [weekday] date …`.
 * `needAgency`: the line began with a place name without a separator, which is only a
 * dateline when an agency closes it (`الرياض 25 شوال … واس`).
 */
function parseFrom(s: string, pos: number, needAgency: boolean): Parsed | null {
  const { re, labelKind } = T();
  let kind: Dateline['kind'] = 'date';
  re.label.lastIndex = pos;
  const lab = re.label.exec(s);
  if (lab) {
    kind = labelKind.get(lab[1]!.replace(/ /g, '').toLowerCase()) ?? 'date';
    pos = re.label.lastIndex;
  }
  const start = pos;
  pos = skip(re.weekday, s, pos);
  const first = dateAt(s, pos);
  if (!first && !lab) {
    // `العدد 2403 الأثنين 9 يوليو 2012`: an issue number, then the date.
    const afterIssue = skip(re.issue, s, start);
    if (afterIssue > start) return parseFrom(s, afterIssue, needAgency);
  }
  if (!first) return null;
  // A Gregorian date decides; a Hijri one only when the line gives no Gregorian date.
  if (!first.hijri && first.iso === null) return null;
  let iso = first.hijri ? null : first.iso;
  pos = first.end;
  if ((s[pos] === 'T' || s[pos] === 't') && /\d/.test(s[pos + 1] ?? '')) pos++; // 2018-08-12T14:30
  let dateEnd = pos;
  // A second date: `… الموافق 10 اغسطس 2015 م`, `… - 16 صفر 1444`.
  re.joiner.lastIndex = pos;
  if (re.joiner.exec(s)) {
    const second = dateAt(s, skip(re.weekday, s, re.joiner.lastIndex));
    if (second) {
      pos = second.end;
      dateEnd = pos;
      if (iso === null && !second.hijri) {
        if (second.iso === null) return null;
        iso = second.iso;
      }
    }
  }
  if (iso === null) iso = first.iso;
  if (iso === null) return null;
  let value = iso;
  let end = dateEnd;

  // Time, possibly after a label (`- 14:30`, `، آخر تحديث 14:00`, `الساعة 8 مساء`).
  let p = skip(re.sep, s, pos);
  re.timeLabel.lastIndex = p;
  const tl = re.timeLabel.exec(s);
  const afterLabel = tl ? skip(re.sep, s, re.timeLabel.lastIndex) : p;
  const time = timeAt(s, afterLabel, tl !== null);
  if (time) {
    value += `T${pad2(time.hh)}:${pad2(time.mm)}${time.ss === null ? '' : `:${pad2(time.ss)}`}`;
    end = time.end;
    p = time.end;
    const zone = zoneAt(s, p);
    if (zone) {
      if (zone.offset !== null) value += zone.offset;
      end = zone.end;
      p = zone.end;
    }
  }
  // A closing agency (`م واس`) and trailing punctuation.
  let q = p;
  re.agency.lastIndex = q;
  const hasAgency = re.agency.exec(s) !== null;
  if (hasAgency) q = re.agency.lastIndex;
  else if (needAgency) return null;
  re.end.lastIndex = q;
  if (!re.end.exec(s)) return null;
  return { value, kind, start, end };
}

const DIGIT_RE = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;
const MARK_RE = /[\u0640\u064b-\u065f\u0670]/u;

/** Moves an end offset past the tatweel and harakat that folding dropped (`هـ`, `مساءً`). */
function extendOverMarks(s: string, end: number): number {
  while (end < s.length && MARK_RE.test(s[end]!)) end++;
  return end;
}

/** Longest line considered a dateline (characters). */
export const MAX_DATELINE_CHARS = 160;

/** The folded form of a line with its map to the source (what `foldWithMap` returns), when the caller has it. */
export interface FoldedLine {
  folded: string;
  map: number[];
}

/**
 * Recognises a line that is a dateline as a whole and returns its ISO value; null for any other
 * line (including a sentence that merely contains a date, and impossible dates like 31 فبراير).
 * `view`: the line's `foldWithMap` result when the caller already folded it (folded once per line).
 */
export function parseDateline(line: string, view?: FoldedLine): Dateline | null {
  if (line.length > MAX_DATELINE_CHARS || !DIGIT_RE.test(line)) return null;
  const { folded, map } = view ?? foldWithMap(line);
  let parsed = parseFrom(folded, 0, false);
  if (!parsed) {
    // `القاهرة، 12 سبتمبر 2022` or `الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`.
    const { re } = T();
    re.place.lastIndex = 0;
    const pl = re.place.exec(folded);
    if (pl) parsed = parseFrom(folded, re.place.lastIndex, pl[2] === undefined);
  }
  if (!parsed) return null;
  const a = map[parsed.start] ?? 0;
  const b = extendOverMarks(line, parsed.end > 0 ? (map[parsed.end - 1] ?? line.length - 1) + 1 : a);
  return { value: parsed.value, text: line.slice(a, b).trim(), kind: parsed.kind };
}

/**
 * A line that is only a clock time (`18:25 ت م`, `07h22`, `14:30 GMT`): returns `HH:MM[:SS]`
 * with its offset when stated, else null. `folded`: the line's `foldForMatch` form when at hand.
 */
export function parseTimestamp(line: string, folded?: string): string | null {
  if (line.length > 40 || !DIGIT_RE.test(line)) return null;
  const s = folded ?? foldForMatch(line);
  const { re } = T();
  re.timeLabel.lastIndex = 0;
  const tl = re.timeLabel.exec(s);
  const t = timeAt(s, tl ? re.timeLabel.lastIndex : 0, tl !== null);
  if (!t) return null;
  let value = `${pad2(t.hh)}:${pad2(t.mm)}${t.ss === null ? '' : `:${pad2(t.ss)}`}`;
  let p = t.end;
  const z = zoneAt(s, p);
  if (z) {
    if (z.offset !== null) value += z.offset;
    p = z.end;
  }
  re.end.lastIndex = p;
  return re.end.exec(s) ? value : null;
}
