/**
 * Amounts of time shared by the duration and the ago/later parsers: a number (digits or words) and
 * a unit, a dual (`يومين`, `عقدين`), a singular with an approximator (`أكثر من عقد`) or `واحد`,
 * optionally `و` + a second amount (`عشر سنوات ونصف سنة`, `ثماني سنوات وتسعة أشهر`).
 */
import { S, SO, WE } from '../common/parser.ts';
import { AR, key, type UnitName } from './constants.ts';

/** An amount of one unit (fractions allowed: نصف سنة = 0.5 year). */
export interface Amount {
  unit: UnitName;
  n: number;
}

/**
 * The pattern source of an amount; group names get the prefix `p` so that two amounts can sit in
 * one pattern. Groups: `<p>ap` approximator, `<p>n` digits, `<p>nw` number words, `<p>u` unit,
 * `<p>du` dual, `<p>su` singular (with approximator or واحد), `<p>w` واحد, then the second
 * part `<p>n2`/`<p>nw2`/`<p>u2`, `<p>du2`, `<p>half`, `<p>hu`.
 */
export function amountPattern(p: string, { definite = false } = {}): string {
  const r = AR().re;
  const DEF = definite ? '(?:ال)?' : '';
  const second =
    `(?:${S}و(?:(?:(?<${p}n2>\\d+)|(?<${p}nw2>${r.number}))${S}(?<${p}u2>${r.unitSingular}|${r.unitPlural})${WE}` +
    `|(?<${p}half>نصف|ربع)(?:${S}(?<${p}hu>${r.unitSingular})${WE})?|(?<${p}du2>${r.unitDual})${WE}))?`;
  return (
    `(?:(?<${p}ap>${r.approximator})${S})?` +
    // Digits may touch their unit (`10سنوات`); a number word may not: `ستعقد` is "will hold", not ست + عقد.
    `(?:${DEF}(?:(?<${p}n>\\d+(?:[.,]\\d+)?)${SO}|(?<${p}nw>${r.number})${S})(?<${p}u>${r.unitSingular}|${r.unitPlural})${WE}` +
    `|(?<${p}du>${r.unitDual})${WE}` +
    `|(?<${p}su>${r.unitSingular})${WE}(?:${S}(?<${p}w>واحد|واحده)${WE})?)` +
    second
  );
}

/** The unit a unit word names, or null. */
function unitOf(s: string | undefined): UnitName | null {
  return s ? (AR().unit.get(key(s))?.[0] ?? null) : null;
}

/** Reads the amounts of a match of {@link amountPattern}; null when it is not one (a bare singular without approximator or واحد). */
export function readAmounts(g: Record<string, string | undefined>, p: string, allowBareSingular = false): Amount[] | null {
  const t = AR();
  const out: Amount[] = [];
  if (g[`${p}du`]) {
    const u = unitOf(g[`${p}du`]);
    if (!u) return null;
    out.push({ unit: u, n: 2 });
  } else if (g[`${p}su`]) {
    const su = g[`${p}su`]!;
    // an indefinite accusative singular (أسبوعا، شهرا) is adverbial: one unit
    const accusative = !su.startsWith('ال') && su.endsWith('ا') && t.unit.get(key(su))?.[0] !== 'decade'; // عقدا is also 'a contract'
    if (!g[`${p}ap`] && !g[`${p}w`] && !accusative && !(allowBareSingular && !su.startsWith('ال'))) return null;
    const u = unitOf(g[`${p}su`]);
    if (!u) return null;
    out.push({ unit: u, n: 1 });
  } else {
    const u = unitOf(g[`${p}u`]);
    if (!u) return null;
    let n: number | undefined;
    if (g[`${p}n`]) n = Number(g[`${p}n`]!.replace(',', '.'));
    else if (g[`${p}nw`]) n = t.number.get(key(g[`${p}nw`]!));
    if (n === undefined || !Number.isFinite(n) || n <= 0) return null;
    out.push({ unit: u, n });
  }
  const first = out[0]!;
  if (g[`${p}u2`]) {
    const u = unitOf(g[`${p}u2`]);
    const n = g[`${p}n2`] ? Number(g[`${p}n2`]) : t.number.get(key(g[`${p}nw2`] ?? ''));
    if (u && n) out.push({ unit: u, n });
  } else if (g[`${p}du2`]) {
    const u = unitOf(g[`${p}du2`]);
    if (u) out.push({ unit: u, n: 2 });
  } else if (g[`${p}half`]) {
    const u = unitOf(g[`${p}hu`]) ?? first.unit;
    out.push({ unit: u, n: g[`${p}half`] === 'ربع' ? 0.25 : 0.5 });
  }
  return out;
}

const YMD: Record<string, [string, number]> = {
  year: ['Y', 1],
  decade: ['Y', 10],
  century: ['Y', 100],
  month: ['M', 1],
  week: ['W', 1],
  day: ['D', 1],
};
const HMS: Record<string, string> = { hour: 'H', minute: 'M', second: 'S' };
/** Smaller unit to carry a fraction into. */
const DOWN: Record<string, [UnitName, number]> = { year: ['month', 12], month: ['day', 30], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60] };

/** Adds `n` of `unit` to `acc`, carrying a fraction into the next smaller unit. */
function addAmount(acc: Map<string, number>, unit: UnitName, n: number): void {
  if (!Number.isInteger(n) && DOWN[unit]) {
    const whole = Math.floor(n);
    if (whole) addAmount(acc, unit, whole);
    const [u2, k] = DOWN[unit]!;
    addAmount(acc, u2, Math.round((n - whole) * k));
    return;
  }
  acc.set(unit, (acc.get(unit) ?? 0) + n);
}

/**
 * The TIMEX3 duration of amounts: P3D, P10Y6M, PT5H, P20Y (decades in years). Null when the
 * amounts cannot be written as one: a fraction too small to survive rounding (`0.000000001 سنة`
 * would be an empty `P`) or a number JavaScript prints with an exponent (25 digits: `1e+24`).
 */
export function durationValue(amounts: Amount[]): string | null {
  const acc = new Map<string, number>();
  for (const a of amounts) addAmount(acc, a.unit, a.n);
  let date = '';
  let time = '';
  for (const u of ['century', 'decade', 'year', 'month', 'week', 'day']) {
    const n = acc.get(u);
    if (!n) continue;
    const [letter, k] = YMD[u]!;
    date += `${n * k}${letter}`;
  }
  // a number printed with an exponent or as Infinity would be misread by the merge below
  if (!PLAIN_PARTS_RE.test(date)) return null;
  // merge Y parts (century/decade/year all in years)
  date = mergeSame(date);
  for (const u of ['hour', 'minute', 'second']) {
    const n = acc.get(u);
    if (n) time += `${n}${HMS[u]}`;
  }
  const value = `P${date}${time ? `T${time}` : ''}`;
  return DURATION_RE.test(value) ? value : null;
}

/** Parts written as plain decimal numbers, each with its unit letter. */
const PLAIN_PARTS_RE = /^(?:\d+(?:\.\d+)?[YMWD])*$/;
/** A TIMEX3 duration with at least one part, every number plain. */
const DURATION_RE = /^P(?=.)(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?$/;

function mergeSame(s: string): string {
  const parts = [...s.matchAll(/(\d+(?:\.\d+)?)([A-Z])/g)];
  const order: string[] = [];
  const sum = new Map<string, number>();
  for (const [, n, l] of parts) {
    if (!sum.has(l!)) order.push(l!);
    sum.set(l!, (sum.get(l!) ?? 0) + Number(n));
  }
  return order.map((l) => `${sum.get(l)}${l}`).join('');
}
