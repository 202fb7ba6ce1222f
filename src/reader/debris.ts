/**
 * Page debris of scraped text: share and print widgets, "read also" links, copyright and
 * follow-us lines, bylines… The patterns are data (`data/reader/debris.json`); this module
 * compiles them once and matches them against a normalised form of a whole line.
 *
 * The normalisation here ({@link foldForMatch}, {@link foldWithMap}: one table-driven pass) is for
 * matching only — it is never written back into the text (output keeps words unchanged).
 */
import { loadData } from '../data.ts';
import { isDropReason, type DropReason } from './reasons.ts';

/** Where a rule applies: any line, or only lines before / after the prose of the article. */
export type DebrisScope = 'any' | 'head' | 'tail' | 'edge';

/** Where a line sits: before the first prose paragraph, after the last one, or in between. */
export type LineZone = 'head' | 'tail' | 'middle';

interface DebrisRuleData {
  reason: string;
  where: DebrisScope;
  follow?: number;
  headlineLike?: boolean;
  patterns: string[];
}
interface DebrisFile {
  maxChars: number;
  rules: DebrisRuleData[];
}

/** A compiled debris rule. */
export interface DebrisRule {
  readonly reason: DropReason;
  readonly where: DebrisScope;
  /** How many following headline-like lines are dropped with the same reason (link lists). */
  readonly follow: number;
  /** The rule also matches some headlines (`X – Y`): it is not applied to the line taken as the title. */
  readonly headlineLike: boolean;
  readonly patterns: readonly RegExp[];
}

/** What {@link matchDebris} found. */
export interface DebrisMatch {
  readonly reason: DropReason;
  readonly follow: number;
}

// ---------------------------------------------------------------------------------------------
// Normalisation for matching
// ---------------------------------------------------------------------------------------------

/** True for Arabic letters (not digits, marks or punctuation). */
function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c < 0x20 // other control characters count as space
  );
}

/** Characters dropped outright: harakat and Quranic marks, bidi and zero-width marks, BOM, soft hyphen. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c ||
    c === 0xfeff ||
    c === 0xad
  );
}

/** Maps one code unit to its folded form ('' to drop); `prev` is the previous code unit of the source. */
function foldChar(c: number, prev: number): string | null {
  if (c < 0x80) return null; // ASCII: unchanged (spaces handled by the caller)
  if (isDropped(c)) return '';
  switch (c) {
    case 0x0640: // tatweel: a kashida inside a word disappears; a free-standing one is a dash
      return isArabicLetter(prev) ? '' : '-';
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
    case 0x0672:
    case 0x0673:
      return 'ا';
    case 0x0649:
    case 0x06cc:
    case 0x06d2:
      return 'ي';
    case 0x0629:
      return 'ه';
    case 0x06a9:
    case 0x06af:
      return 'ك';
    case 0x06a4:
      return 'ف';
    case 0x067e:
      return 'ب';
    case 0x06a8:
      return 'ق';
    case 0x0686:
      return 'ج';
    default:
      if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
      if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
      return null;
  }
}

/** Per-code-unit folding table: a code unit, or one of the markers below. */
const KEEP = -1;
const DROP = -2;
const SPACE = -3;
const TATWEEL = -4;
const EXPAND = -5;
/** Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE): decomposed by NFKC, then folded. */
function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}
/** Folded expansions of presentation forms that give more than one character (ﻻ → لا, ﷺ → صلي الله عليه وسلم). */
const EXPANSIONS = new Map<number, string>();
const FOLD_TABLE: Int32Array = (() => {
  const t = new Int32Array(0x10000).fill(KEEP);
  for (let c = 0; c < 0x10000; c++) {
    if (isSpace(c)) t[c] = SPACE;
    else if (c === 0x0640) t[c] = TATWEEL;
    else if (isPresentationForm(c)) {
      const nfkc = String.fromCharCode(c).normalize('NFKC');
      if (nfkc.length === 1 && nfkc.charCodeAt(0) === c) continue;
      let out = '';
      let prev = 0x0628; // a kashida inside a presentation form is part of the word
      for (let k = 0; k < nfkc.length; k++) {
        const d = nfkc.charCodeAt(k);
        const f = d === 0x20 ? ' ' : foldChar(d, prev);
        out += f === null ? nfkc[k] : f;
        prev = d;
      }
      if (out.length === 0) t[c] = DROP;
      else if (out.length === 1) t[c] = out.charCodeAt(0);
      else {
        t[c] = EXPAND;
        EXPANSIONS.set(c, out);
      }
    } else {
      const f = foldChar(c, 0);
      if (f === '') t[c] = DROP;
      else if (f !== null) t[c] = f.charCodeAt(0);
    }
  }
  return t;
})();
let foldBuffer = new Uint16Array(1024);
/** 1 for Arabic letters (folded or not): a tatweel after one is a kashida. */
const LETTER_TABLE: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isArabicLetter(c)) t[c] = 1;
  return t;
})();

/**
 * The one folding pass behind {@link foldForMatch} and {@link foldWithMap}: table-driven, one
 * step per code unit; when `map` is given, the source index of every folded code unit is pushed.
 */
function foldCore(s: string, map: number[] | null): string {
  if (foldBuffer.length < s.length + 32) foldBuffer = new Uint16Array(s.length * 2 + 32);
  let out = foldBuffer;
  let len = 0;
  let pendingSpace = -1;
  let prevLetter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f = FOLD_TABLE[c]!;
    if (f === SPACE) {
      if (len > 0 && pendingSpace < 0) pendingSpace = i;
      prevLetter = false;
      continue;
    }
    if (f === DROP) continue; // transparent: the letter before the mark still counts
    if (f === TATWEEL) {
      if (prevLetter) continue;
      f = 0x2d;
    }
    if (pendingSpace >= 0) {
      out[len++] = 0x20;
      if (map) map.push(pendingSpace);
      pendingSpace = -1;
    }
    if (f === EXPAND) {
      const e = EXPANSIONS.get(c)!;
      // Without expansions the output never outgrows the source; keep room for the rest of it.
      if (len + e.length + (s.length - i) + 1 >= out.length) {
        const bigger = new Uint16Array(out.length * 2 + e.length + s.length);
        bigger.set(out.subarray(0, len));
        foldBuffer = out = bigger;
      }
      for (let k = 0; k < e.length; k++) {
        out[len++] = e.charCodeAt(k);
        if (map) map.push(i);
      }
      prevLetter = LETTER_TABLE[e.charCodeAt(e.length - 1)] === 1;
      continue;
    }
    if (f === KEEP) f = c;
    out[len++] = f;
    if (map) map.push(i);
    prevLetter = LETTER_TABLE[f] === 1;
  }
  let res = '';
  for (let i = 0; i < len; i += 4096) res += String.fromCharCode.apply(null, out.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  return res;
}

/**
 * Normalises a line for matching: strips tatweel inside words (a free-standing tatweel becomes
 * `-`), harakat, bidi and zero-width marks; decomposes Arabic presentation forms (`ﺗﺎﺑﻌﻮﻧﺎ`,
 * `ﻻ`); folds أ إ آ ٱ → ا, ى ی → ي, ة → ه, ک → ك, ڤ → ف, پ → ب; turns Arabic-Indic digits into
 * ASCII; collapses all spaces (NBSP too) into one and trims. Latin letters keep their case
 * (patterns match case-insensitively).
 */
export function foldForMatch(s: string): string {
  return foldCore(s, null);
}

/** {@link foldForMatch} plus, for every folded code unit, the index of its source code unit. */
export function foldWithMap(s: string): { folded: string; map: number[] } {
  const map: number[] = [];
  const folded = foldCore(s, map);
  return { folded, map };
}

const KEY_STRIP_RE = /[^\p{L}\p{N}]+/gu;
const ENTITY_RE = /&(?:quot|amp|apos|#39|#34|lt|gt|nbsp);/g;
const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&amp;': '&',
  '&apos;': "'",
  '&#39;': "'",
  '&#34;': '"',
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': ' ',
};

/**
 * A comparison key for titles: folded, letters and digits only, lower case, single spaces.
 * Two lines with the same key are copies of each other (punctuation, harakat or hamza aside).
 */
export function titleKey(s: string): string {
  const decoded = s.includes('&') ? s.replace(ENTITY_RE, (e) => ENTITIES[e] ?? e) : s;
  return keyOfFolded(foldForMatch(decoded));
}

/** {@link titleKey} of `source` when its folded form is already at hand (folds again only for HTML entities). */
export function titleKeyOfFolded(folded: string, source: string): string {
  return source.includes('&') ? titleKey(source) : keyOfFolded(folded);
}

function keyOfFolded(folded: string): string {
  return folded.replace(KEY_STRIP_RE, ' ').trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

/** Normalises the Arabic of a pattern the way lines are normalised (regex syntax is ASCII: untouched). */
function foldPattern(p: string): string {
  let out = '';
  let prevLetter = false;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    const f = FOLD_TABLE[c]!;
    if (f === DROP) continue;
    if (f === TATWEEL) {
      if (!prevLetter) out += '-';
      continue;
    }
    out += f === KEEP || f === SPACE ? p[i] : f === EXPAND ? EXPANSIONS.get(c)! : String.fromCharCode(f);
    prevLetter = isArabicLetter(c);
  }
  return out;
}

function compile(): { rules: DebrisRule[]; maxChars: number; any: RegExp; edge: RegExp } {
  const file = loadData<DebrisFile>('reader/debris.json');
  const rules: DebrisRule[] = [];
  const anySources: string[] = [];
  const edgeSources: string[] = [];
  for (const r of file.rules) {
    if (!isDropReason(r.reason)) throw new Error(`data/reader/debris.json: unknown reason "${r.reason}"`);
    if (!['any', 'head', 'tail', 'edge'].includes(r.where)) throw new Error(`data/reader/debris.json: bad "where" ${r.where}`);
    const sources = r.patterns.map(foldPattern);
    const patterns = sources.map((src) => {
      try {
        return new RegExp(src, 'iu');
      } catch (err) {
        throw new Error(`data/reader/debris.json: bad pattern ${JSON.stringify(src)}: ${(err as Error).message}`);
      }
    });
    rules.push({ reason: r.reason, where: r.where, follow: r.follow ?? 0, headlineLike: r.headlineLike === true, patterns });
    for (const src of sources) (r.where === 'any' ? anySources : edgeSources).push(`(?:${src})`);
  }
  return {
    rules,
    maxChars: file.maxChars,
    // One anchored alternation per zone: an ordinary line fails it after a few characters.
    any: new RegExp(`^(?:${anySources.join('|')})`, 'iu'),
    edge: new RegExp(`^(?:${[...anySources, ...edgeSources].join('|')})`, 'iu'),
  };
}

let compiled: ReturnType<typeof compile> | undefined;
function data(): ReturnType<typeof compile> {
  compiled ??= compile();
  return compiled;
}

/** Lines longer than this (in UTF-16 code units, before folding) are never debris. */
export function debrisMaxChars(): number {
  return data().maxChars;
}

function applies(where: DebrisScope, zone: LineZone): boolean {
  switch (where) {
    case 'any':
      return true;
    case 'edge':
      return zone !== 'middle';
    default:
      return where === zone;
  }
}

/**
 * Matches a folded line (see {@link foldForMatch}) against the debris rules that apply in `zone`.
 * A single combined expression rejects ordinary lines first, so the cost for body text is one test.
 * With `headlineLike: false`, rules that also match headlines are skipped (for a title candidate).
 */
export function matchDebris(folded: string, zone: LineZone, headlineLike = true): DebrisMatch | null {
  const d = data();
  if (!(zone === 'middle' ? d.any : d.edge).test(folded)) return null;
  for (const rule of d.rules) {
    if (!applies(rule.where, zone) || (!headlineLike && rule.headlineLike)) continue;
    for (const re of rule.patterns) {
      if (re.test(folded)) return { reason: rule.reason, follow: rule.follow };
    }
  }
  return null;
}
