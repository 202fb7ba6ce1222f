/**
 * Arabic lexical knowledge of the date tagger, loaded from `data/time/*.json` and normalised the
 * way the match view is (`normalizeForMatch`: alef variants → ا, ى → ي, ة → ه, no diacritics or
 * tatweel, Arabic-Indic digits → ASCII). Every table is built once, on first use.
 */
import { loadData } from '../../data.ts';
import { normalizeForMatch } from '../../lang/ar/normalize.ts';

interface MonthsFile {
  gregorian: Record<string, Record<string, string[]>>;
  hijri: Record<string, string[]>;
  ambiguous: string[];
}
interface WeekdaysFile {
  weekdays: Record<string, { en: string; forms: string[] }>;
  ambiguous: string[];
}
interface NumbersFile {
  cardinals: Record<string, string[]>;
  unitsForCompounds: Record<string, string[]>;
  teens: Record<string, string[]>;
  tens: Record<string, string[]>;
  hundreds: Record<string, string[]>;
  ordinalsMasculine: Record<string, string[]>;
  ordinalUnitsForCompounds: Record<string, string[]>;
  ordinalTensForCompounds: Record<string, string[]>;
  ordinalsFeminine: Record<string, string[]>;
}
interface UnitEntry {
  timex: string;
  singular: string[];
  dual: string[];
  plural: string[];
}
interface RelativeFile {
  units: Record<string, UnitEntry>;
  modifiers: Record<string, string[]>;
  demonstratives: string[];
  days: Record<string, string[]>;
  dayQualifiers: string[];
  tonight: string[];
  vague: Record<string, string[]>;
  vaguePlurals: Record<string, string>;
  vagueQuantifiers: string[];
  vagueFollowers: string[];
  partsOfDay: Record<string, string[]>;
  partsOfDayAdverbs: Record<string, string[]>;
  hourShift: Record<string, number>;
  seasons: Record<string, string[]>;
  periodParts: Record<string, string[]>;
  weekend: string[];
  approximators: string[];
  ago: string[];
  after: string[];
  yearWords: string[];
  yearSuffix: string[];
  hijriSuffix: string[];
  decades: Record<string, string[]>;
  centuryWords: string[];
  sets: Record<string, string[]>;
  timeWord: string[];
  zoneWords: string[];
  minuteWords: Record<string, string[]>;
  quantityNouns: string[];
  numberBlockers: string[];
}
interface HijriFile {
  periods: { name: string; forms: string[]; month: number; first: number; last: number; contextual?: boolean }[];
}

/** Normalises one dictionary entry like the match view (and collapses spaces). */
export const norm = (s: string): string => normalizeForMatch(s).replace(/\s+/g, ' ').trim();

const ESCAPE_RE = /[.*+?^${}()|[\]\\/]/g;
/** Regex alternation of normalised words, longest first; a space inside an entry matches any run of blanks. */
export function alt(words: Iterable<string>): string {
  const set = new Set<string>();
  for (const w of words) {
    const f = norm(w);
    if (f) set.add(f);
  }
  return [...set]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(ESCAPE_RE, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Key of a matched string in a lookup table: normalised, blanks collapsed. */
export const key = (s: string): string => s.replace(/\s+/g, ' ').trim();

function lookup(table: Record<string, string[]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [k, forms] of Object.entries(table)) for (const f of forms) m.set(norm(f), Number(k));
  return m;
}
function lookupStr(table: Record<string, string[]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, forms] of Object.entries(table)) for (const f of forms) m.set(norm(f), k);
  return m;
}

export type UnitName = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'hour' | 'minute' | 'second';

/** All tables. */
export interface ArTables {
  gregMonth: Map<string, number>;
  /** Month names that are also ordinary words: only inside a date with a day or a year, or paired. */
  ambiguousMonths: Set<string>;
  hijriMonth: Map<string, number>;
  weekday: Map<string, number>;
  ambiguousWeekdays: Set<string>;
  number: Map<string, number>;
  ordinalMasc: Map<string, number>;
  ordinalFem: Map<string, number>;
  /** unit spelling → [unit, number: 1 singular, 2 dual, 0 plural] */
  unit: Map<string, [UnitName, number]>;
  unitTimex: Record<UnitName, string>;
  modifier: Map<string, number>;
  dayWord: Map<string, number>;
  /** Words (without ال) that make اليوم / الغد a described day, not today (الأول، الذي، الموعود). */
  dayQualifier: Set<string>;
  vague: Map<string, string>;
  vaguePlural: Record<string, string>;
  partOfDay: Map<string, string>;
  partOfDayAdverb: Map<string, string>;
  hourShift: Record<string, number>;
  season: Map<string, string>;
  periodPart: Map<string, string>;
  decade: Map<string, number>;
  set: Map<string, string>;
  minuteWord: Map<string, number>;
  quantityNouns: Set<string>;
  /** Words before a bare 4-digit number that make it a quantity or a label (القضية 2000، أكثر من 1900). */
  numberBlocker: RegExp;
  hijriPeriods: HijriFile['periods'];
  hijriPeriod: Map<string, number>;
  /** Regex sources (alternations of normalised forms). */
  re: {
    month: string;
    monthUnambiguous: string;
    hijriMonth: string;
    weekday: string;
    weekdayUnambiguous: string;
    number: string;
    ordinalMasc: string;
    ordinalFem: string;
    unitSingular: string;
    unitDual: string;
    unitPlural: string;
    unitAny: string;
    modifier: string;
    modPast: string;
    modNext: string;
    modCurrent: string;
    demonstrative: string;
    dayWord: string;
    tonight: string;
    vague: string;
    vagueQuantifier: string;
    vagueFollower: string;
    partOfDay: string;
    partOfDayAdverb: string;
    season: string;
    periodPart: string;
    weekend: string;
    approximator: string;
    ago: string;
    after: string;
    yearWord: string;
    yearSuffix: string;
    hijriSuffix: string;
    decade: string;
    centuryWord: string;
    set: string;
    timeWord: string;
    zone: string;
    minuteWord: string;
    hijriPeriod: string;
  };
}

function build(): ArTables {
  const months = loadData<MonthsFile>('time/months.json');
  const weekdays = loadData<WeekdaysFile>('time/weekdays.json');
  const nums = loadData<NumbersFile>('time/numbers.json');
  const rel = loadData<RelativeFile>('time/relative.json');
  const hijri = loadData<HijriFile>('time/hijri.json');

  // Gregorian months: every system but the Libyan one (its names are common words, rare after 2011).
  const gregTable: Record<string, string[]> = {};
  for (const [n, systems] of Object.entries(months.gregorian)) {
    gregTable[n] = Object.entries(systems).filter(([sys]) => sys !== 'libyan').flatMap(([, f]) => f);
  }
  const gregMonth = lookup(gregTable);
  const ambiguousMonths = new Set(months.ambiguous.map(norm));
  const hijriMonth = lookup(months.hijri);
  const wdTable: Record<string, string[]> = {};
  for (const [n, w] of Object.entries(weekdays.weekdays)) wdTable[n] = w.forms;
  const weekday = lookup(wdTable);
  const ambiguousWeekdays = new Set(weekdays.ambiguous.map(norm));

  // Numbers 1–99 (and 100, 200) in words, masculine and feminine.
  const number = new Map<string, number>();
  for (const t of [nums.cardinals, nums.teens, nums.tens, nums.hundreds]) for (const [k, v] of lookup(t)) number.set(k, v);
  const unitsC = lookup(nums.unitsForCompounds);
  const tensC = lookup(nums.tens);
  for (const [u, uv] of unitsC) for (const [t, tv] of tensC) number.set(`${u} و${t}`, uv + tv);
  const ordinalMasc = lookup(nums.ordinalsMasculine);
  const ordU = lookup(nums.ordinalUnitsForCompounds);
  const ordT = lookup(nums.ordinalTensForCompounds);
  for (const [u, uv] of ordU) for (const [t, tv] of ordT) ordinalMasc.set(`${u} و${t}`, uv + tv);
  const ordinalFem = lookup(nums.ordinalsFeminine);

  const unit = new Map<string, [UnitName, number]>();
  const unitTimex = {} as Record<UnitName, string>;
  const sing: string[] = [];
  const dual: string[] = [];
  const plur: string[] = [];
  for (const [name, e] of Object.entries(rel.units) as [UnitName, UnitEntry][]) {
    unitTimex[name] = e.timex;
    for (const f of e.singular) unit.set(norm(f), [name, 1]);
    for (const f of e.dual) unit.set(norm(f), [name, 2]);
    for (const f of e.plural) unit.set(norm(f), [name, 0]);
    sing.push(...e.singular);
    dual.push(...e.dual);
    plur.push(...e.plural);
  }
  const modifier = lookup(rel.modifiers);
  const partOfDay = lookupStr(rel.partsOfDay);
  // فجر is both MO and NI in the data: dawn is morning.
  partOfDay.set(norm('فجر'), 'MO');
  const minuteWord = lookup(rel.minuteWords);
  const hijriPeriod = new Map<string, number>();
  hijri.periods.forEach((p, i) => p.forms.forEach((f) => hijriPeriod.set(norm(f), i)));

  return {
    gregMonth,
    ambiguousMonths,
    hijriMonth,
    weekday,
    ambiguousWeekdays,
    number,
    ordinalMasc,
    ordinalFem,
    unit,
    unitTimex,
    modifier,
    dayWord: lookup(rel.days),
    dayQualifier: new Set(rel.dayQualifiers),
    vague: lookupStr(rel.vague),
    vaguePlural: rel.vaguePlurals,
    partOfDay,
    partOfDayAdverb: lookupStr(rel.partsOfDayAdverbs),
    hourShift: rel.hourShift,
    season: lookupStr(rel.seasons),
    periodPart: lookupStr(rel.periodParts),
    decade: lookup(rel.decades),
    set: lookupStr(rel.sets),
    minuteWord,
    quantityNouns: new Set(rel.quantityNouns.map(norm)),
    numberBlocker: new RegExp(`(?<![\\p{L}])(?:${alt(rel.numberBlockers)})\\s*$`, 'u'),
    hijriPeriods: hijri.periods,
    hijriPeriod,
    re: {
      month: alt(gregMonth.keys()),
      monthUnambiguous: alt([...gregMonth.keys()].filter((k) => !ambiguousMonths.has(k))),
      hijriMonth: alt(hijriMonth.keys()),
      weekday: alt(weekday.keys()),
      weekdayUnambiguous: alt([...weekday.keys()].filter((k) => !ambiguousWeekdays.has(k))),
      // compounds as structure, not as an enumeration (a smaller, faster regex)
      number: `(?:${alt(unitsC.keys())})(?:\\s+و(?:${alt(tensC.keys())}))?|${alt(lookup(nums.teens).keys())}|${alt([...tensC.keys(), ...lookup(nums.hundreds).keys(), ...lookup(nums.cardinals).keys()])}`,
      ordinalMasc: `(?:${alt(ordU.keys())})\\s+و(?:${alt(ordT.keys())})|${alt(lookup(nums.ordinalsMasculine).keys())}`,
      ordinalFem: alt(ordinalFem.keys()),
      unitSingular: alt(sing),
      unitDual: alt(dual),
      unitPlural: alt(plur),
      unitAny: alt([...sing, ...dual, ...plur]),
      modifier: alt(modifier.keys()),
      modPast: alt(rel.modifiers['-1'] ?? []),
      modNext: alt(rel.modifiers['1'] ?? []),
      modCurrent: alt(rel.modifiers['0'] ?? []),
      demonstrative: alt(rel.demonstratives),
      dayWord: alt(Object.values(rel.days).flat()),
      tonight: alt(rel.tonight),
      vague: alt(Object.values(rel.vague).flat()),
      vagueQuantifier: alt(rel.vagueQuantifiers),
      vagueFollower: alt(rel.vagueFollowers),
      partOfDay: alt(partOfDay.keys()),
      partOfDayAdverb: alt(Object.values(rel.partsOfDayAdverbs).flat()),
      season: alt(Object.values(rel.seasons).flat()),
      periodPart: alt(Object.values(rel.periodParts).flat()),
      weekend: alt(rel.weekend),
      approximator: alt(rel.approximators),
      ago: alt(rel.ago),
      after: alt(rel.after),
      yearWord: alt(rel.yearWords),
      yearSuffix: alt(rel.yearSuffix),
      hijriSuffix: alt(rel.hijriSuffix),
      decade: alt(Object.values(rel.decades).flat()),
      centuryWord: alt(rel.centuryWords),
      set: alt(Object.values(rel.sets).flat()),
      timeWord: alt(rel.timeWord),
      zone: alt(rel.zoneWords),
      minuteWord: alt(Object.values(rel.minuteWords).flat()),
      hijriPeriod: alt(hijriPeriod.keys()),
    },
  };
}

let tables: ArTables | undefined;
/** The Arabic tables, built on first use. */
export function AR(): ArTables {
  tables ??= build();
  return tables;
}
