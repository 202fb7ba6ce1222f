/**
 * The tokeniser: one hand-written left-to-right scan over the text that dispatches on a per-code-unit
 * class table and tries precompiled sticky regexes only where a shape can start (a digit, `h`/`w`,
 * `#`, `@`). Tokens never contain whitespace and never split a surrogate pair or detach a combining
 * mark from its base. Offsets are UTF-16 code unit indexes, half-open.
 *
 * Kept as single tokens: numbers with decimal and thousands separators (3.5، 1,200، 12,5، ٣٫٥),
 * dates (12/09/2022, 12-9-2022, 12.09.2022, 2022-09-12, 2022/9/12), times (14:30, 09:22:05), URLs,
 * e-mails, hashtags, mentions, abbreviations (`data/lang/ar/abbreviations.json` and the initials
 * rules described there), runs of sentence-final marks (`...`, `؟!`) and words. Split off: every
 * other punctuation mark, `%` and currency signs (`50%` is `50` + `%`), and digits from letters that
 * follow them (`2014م` is `2014` + `م`, as `2014 م`). See docs/text-layer.md.
 */
import { loadData } from '../data.ts';
import type { Token, TokenKind } from '../doc/types.ts';
import { SENTENCE_FINAL_CHARSET } from '../lang/ar/charsets.ts';
import { normalizeForMatch } from '../lang/ar/normalize.ts';
import { segmentClitics } from './clitics.ts';

interface AbbreviationsFile {
  readonly forms: readonly string[];
  readonly latinLetterNames: readonly string[];
  readonly eraMarkers: readonly string[];
}

const ABBREVIATIONS = loadData<AbbreviationsFile>('lang/ar/abbreviations.json');
/** Listed abbreviations by first code unit, longest first. */
const ABBR_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const m = new Map<number, string[]>();
  for (const f of [...ABBREVIATIONS.forms, ...ABBREVIATIONS.latinLetterNames.map((l) => `${l}.`)]) {
    const k = f.charCodeAt(0);
    const list = m.get(k) ?? [];
    list.push(f);
    m.set(k, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
})();
/** Era markers (م، هـ) as their letters without tatweel. */
const ERA_MARKERS: ReadonlySet<string> = new Set(ABBREVIATIONS.eraMarkers.map((m) => m.replace(/\u0640/g, '')));

// Character classes of BMP code units.
// class 0: symbols and anything unlisted (the default of the table)
const T_SPACE = 1; // whitespace (as /\s/)
const T_SKIP = 2; // invisible formatting characters between tokens (bidi marks, ZWSP, ALM)
const T_JOIN = 3; // ZWNJ, ZWJ, soft hyphen: kept inside a word, skipped elsewhere
const T_AR = 4; // Arabic-script letters, presentation forms and tatweel
const T_LETTER = 5; // other letters (and digits of other scripts)
const T_MARK = 6; // combining marks
const T_DIGIT = 7; // 0-9, ٠-٩, ۰-۹
const T_TERM = 8; // sentence-final marks . ! ? ؟ … ۔ ‼ ⁇ ⁈ ⁉
const T_PUNCT = 9; // other punctuation
const T_HIGH = 10; // high surrogate

const TYPE = new Uint8Array(0x10000);
/** Punctuation characters the tokeniser reports as `symbol` rather than `punct`. */
const SYMBOL_PUNCT = new Set('%‰‱٪&*#@§¶†‡•·'.split('').map((c) => c.charCodeAt(0)));

(function buildTypes(): void {
  const SPACE_RE = /\s/;
  const LETTER_RE = /[\p{L}\p{Nd}]/u;
  const ARABIC_RE = /\p{Script=Arabic}/u;
  const MARK_RE = /\p{M}/u;
  const PUNCT_RE = /\p{P}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) {
      TYPE[c] = T_HIGH;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (SPACE_RE.test(ch)) TYPE[c] = T_SPACE;
    else if (MARK_RE.test(ch)) TYPE[c] = T_MARK;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) TYPE[c] = T_DIGIT;
    else if (LETTER_RE.test(ch)) TYPE[c] = ARABIC_RE.test(ch) ? T_AR : T_LETTER;
    else if (SENTENCE_FINAL_CHARSET.has(ch)) TYPE[c] = T_TERM;
    else if (PUNCT_RE.test(ch) && !SYMBOL_PUNCT.has(c)) TYPE[c] = T_PUNCT;
  }
  TYPE[0x0640] = T_AR; // tatweel (script Common) stretches Arabic words
  for (const c of [0x200c, 0x200d, 0x00ad]) TYPE[c] = T_JOIN;
  for (const c of [0x200b, 0x200e, 0x200f, 0x061c, 0x2060]) TYPE[c] = T_SKIP;
  for (let c = 0x202a; c <= 0x202e; c++) TYPE[c] = T_SKIP;
  for (let c = 0x2066; c <= 0x2069; c++) TYPE[c] = T_SKIP;
  TYPE[0x5f] = T_PUNCT; // `_` joins only inside hashtags, mentions, e-mails and URLs
})();

/** Any digit the tokeniser reads: ASCII, Arabic-Indic or Persian. */
const D = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9]';
/** Day-month-year (or month-day-year) with one repeated separator `/`, `-` or `.`. */
const DATE_DMY_RE = new RegExp(`(${D}{1,2})([/.\\-])(${D}{1,2})\\2(${D}{4}|${D}{2})(?!${D}|[/.\\-]${D})`, 'y');
/** Year-month-day with one repeated separator. */
const DATE_YMD_RE = new RegExp(`(${D}{4})([/.\\-])(${D}{1,2})\\2(${D}{1,2})(?!${D}|[/.\\-]${D})`, 'y');
/** Hours and minutes (and seconds). */
const TIME_RE = new RegExp(`(${D}{1,2}):(${D}{2})(?::(${D}{2}))?(?!${D}|[:.,\\u066b\\u066c]${D})`, 'y');
/** Digits of one number with single decimal or thousands separators between digits. */
const NUMBER_RE = new RegExp(`${D}+(?:[.,\\u066b\\u066c]${D}+)*`, 'y');
/** A URL starting with a scheme or `www.` (trailing punctuation is trimmed afterwards). */
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"«»\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/iy;
/** An e-mail address with an ASCII local part and domain. */
const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![A-Za-z0-9])/y;
/** A URL reduced to its prefix by trimming. */
const URL_PREFIX_ONLY_RE = /^(?:https?:\/\/|www\.)$/i;
/** Characters a URL does not end with. */
const URL_TRAILING = new Set('.,;:!?،؛؟\'"’”»)]}'.split(''));

/** Value of a digit code unit of any of the three families. */
const digitValue = (c: number): number => c & 0x0f;

function numberAt(text: string, a: number, b: number): number {
  let v = 0;
  for (let i = a; i < b; i++) v = v * 10 + digitValue(text.charCodeAt(i));
  return v;
}

/** True for code units that may continue a hashtag. */
function isTagChar(t: number, c: number): boolean {
  return t === T_AR || t === T_LETTER || t === T_MARK || t === T_DIGIT || t === T_JOIN || c === 0x5f;
}

/**
 * Splits a text into tokens.
 * @param text the document text
 * @returns tokens in order, non-overlapping, each with `text === text.slice(start, end)` (UTF-16
 *   offsets), its `kind`, `norm` (`normalizeForMatch` of its text) and, for Arabic words that carry
 *   clitics, `segments` (absolute offsets)
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  resetScanMemos();
  let prevKind: TokenKind | null = null;

  const push = (start: number, end: number, kind: TokenKind, arabic = false): number => {
    // a combining mark never starts a token: it stays with whatever precedes it
    while (end < n && TYPE[text.charCodeAt(end)] === T_MARK) end++;
    const t = text.slice(start, end);
    const norm = normalizeForMatch(t);
    const segments = arabic ? segmentClitics(t, start) : undefined;
    tokens.push(segments ? { start, end, text: t, kind, norm, segments } : { start, end, text: t, kind, norm });
    prevKind = kind;
    return end;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const t = TYPE[c]!;
    switch (t) {
      case T_SPACE:
      case T_SKIP:
      case T_JOIN:
        i++;
        break;
      case T_AR:
        i = arabicWord(text, i, push, prevKind);
        break;
      case T_LETTER:
        i = latinWord(text, i, push);
        break;
      case T_DIGIT:
        i = numeric(text, i, push);
        break;
      case T_TERM: {
        let e = i + 1;
        while (e < n && TYPE[text.charCodeAt(e)] === T_TERM) e++;
        i = push(i, e, 'punct');
        break;
      }
      case T_MARK: {
        // marks with no base: they lead the following word, or stand alone as a symbol
        let e = i + 1;
        while (e < n && TYPE[text.charCodeAt(e)] === T_MARK) e++;
        const next = e < n ? TYPE[text.charCodeAt(e)] : T_SPACE;
        if (next === T_AR) i = arabicWord(text, i, push, prevKind);
        else if (next === T_LETTER) i = latinWord(text, i, push);
        else {
          i = push(i, e, 'symbol');
        }
        break;
      }
      case T_PUNCT:
        i = punct(text, i, push);
        break;
      default:
        i = symbol(text, i, push);
        break;
    }
  }
  return tokens;
}

/** Adds a token (extended over following combining marks); returns its end. */
type Push = (start: number, end: number, kind: TokenKind, arabic?: boolean) => number;

/** Scans the Arabic word at `i` (with the abbreviation and initial rules); returns its end. */
function arabicWord(text: string, i: number, push: Push, prevKind: TokenKind | null): number {
  const n = text.length;
  let e = i;
  let letters = 0;
  while (e < n) {
    const t = TYPE[text.charCodeAt(e)];
    if (t === T_AR) {
      if (text.charCodeAt(e) !== 0x0640) letters++;
      e++;
    } else if (t === T_MARK) e++;
    else if (t === T_JOIN && e + 1 < n && (TYPE[text.charCodeAt(e + 1)] === T_AR || TYPE[text.charCodeAt(e + 1)] === T_MARK)) e++;
    else break;
  }
  if (e < n && text.charCodeAt(e) === 0x2e) {
    const abbr = listedAbbreviation(text, i);
    if (abbr > e) {
      return push(i, abbr, 'word');
    }
    const dotted = arabicInitials(text, i);
    if (dotted > e) {
      return push(i, dotted, 'word');
    }
    if (letters === 1) {
      const isEra = ERA_MARKERS.has(text.slice(i, e).replace(/[\u0640\u064b-\u065f\u0670]/g, ''));
      if (!(isEra && (prevKind === 'number' || prevKind === 'date'))) {
        return push(i, e + 1, 'word'); // an initial or title: د. م. أ.
      }
    }
  }
  return push(i, e, 'word', true);
}

/** End of the listed abbreviation starting at `i`, or -1. */
function listedAbbreviation(text: string, i: number): number {
  const forms = ABBR_BY_FIRST.get(text.charCodeAt(i));
  if (!forms) return -1;
  for (const f of forms) {
    if (!text.startsWith(f, i)) continue;
    const end = i + f.length;
    if (f.endsWith('.')) return end;
    const nt = end < text.length ? TYPE[text.charCodeAt(end)] : T_SPACE;
    if (nt !== T_AR && nt !== T_LETTER && nt !== T_MARK && nt !== T_DIGIT) return end;
  }
  return -1;
}

/**
 * The last chain `arabicInitials` scanned in `arText`: the start of each of its one-letter segments
 * (`arLetters`, ascending), where it ends (`arEnd`) and whether it ended in a segment of several
 * letters (`arFailed`). From any segment start of the chain the scan reaches the same end, so a chain
 * that is rejected (أ.أ.أ.… ending in a longer word) is not rescanned from each of its letters.
 */
let arText = '';
let arLetters: number[] = [];
let arEnd = -1;
let arFailed = false;

/** End of a dotted run of single Arabic letters at `i` (أ.ف.ب، ق.م), without a final period; or -1. */
function arabicInitials(text: string, i: number): number {
  if (arLetters.length > 0 && i >= arLetters[0]! && i <= arLetters[arLetters.length - 1]! && text === arText) {
    let lo = 0;
    let hi = arLetters.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (arLetters[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    if (arLetters[lo] === i) {
      if (arFailed) return -1;
      return arLetters.length - lo >= 2 ? arEnd : -1;
    }
  }
  const n = text.length;
  const letters: number[] = [];
  let p = i;
  let failed = false;
  for (;;) {
    // one letter (with tatweel or marks)
    if (p >= n || TYPE[text.charCodeAt(p)] !== T_AR) break;
    letters.push(p);
    p++;
    while (p < n && (TYPE[text.charCodeAt(p)] === T_MARK || text.charCodeAt(p) === 0x0640)) p++;
    if (p < n && TYPE[text.charCodeAt(p)] === T_AR) {
      failed = true; // a segment of several letters: not initials
      break;
    }
    if (p + 1 < n && text.charCodeAt(p) === 0x2e && TYPE[text.charCodeAt(p + 1)] === T_AR) p++;
    else break;
  }
  arText = text;
  arLetters = letters;
  arEnd = p;
  arFailed = failed;
  if (failed) return -1;
  return letters.length >= 2 ? p : -1;
}

/** Forgets the scans `emailAt`, `latinInitials` and `arabicInitials` remember (at the start of each text). */
function resetScanMemos(): void {
  runText = '';
  runStart = runEnd = 0;
  runResult = -1;
  latText = '';
  latStart = latEnd = 0;
  arText = '';
  arLetters = [];
  arEnd = -1;
  arFailed = false;
}

/** Scans the Latin (non-Arabic) word at `i`, with URLs, e-mails and Latin abbreviations; returns its end. */
function latinWord(text: string, i: number, push: Push): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  if (c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57) {
    const u = urlAt(text, i);
    if (u > i) {
      return push(i, u, 'url');
    }
  }
  const em = emailAt(text, i);
  if (em > i) {
    return push(i, em, 'email');
  }
  let e = i;
  while (e < n) {
    const ch = text.charCodeAt(e);
    const t = TYPE[ch];
    if (t === T_LETTER || t === T_MARK || (t === T_DIGIT && ch < 0x80)) e++;
    else if (
      (t === T_JOIN || ch === 0x27 || ch === 0x2019) &&
      e > i &&
      e + 1 < n &&
      TYPE[text.charCodeAt(e + 1)] === T_LETTER &&
      TYPE[text.charCodeAt(e - 1)] !== T_DIGIT
    )
      e++; // O'Brien, don't
    else break;
  }
  if (e < n && text.charCodeAt(e) === 0x2e) {
    const abbr = listedAbbreviation(text, i);
    if (abbr > e) {
      return push(i, abbr, 'word');
    }
    const end = latinInitials(text, i);
    if (end > i) {
      const nt = end < n ? TYPE[text.charCodeAt(end)] : T_SPACE;
      if (nt !== T_LETTER) {
        return push(i, end, 'word');
      }
    }
    if (e === i + 1 && c >= 0x41 && c <= 0x5a) {
      return push(i, e + 1, 'word'); // an initial: George W. Bush
    }
  }
  return push(i, e, 'word');
}

/**
 * The last chain of dotted single Latin letters `latinInitials` scanned: it starts at `latStart` of
 * `latText` and ends at `latEnd` (after its last period). A start inside the chain at an even offset
 * from `latStart` reaches the same end, so a chain that is rejected (`A.B.C.…` followed by a letter)
 * is not rescanned from each of its letters.
 */
let latText = '';
let latStart = 0;
let latEnd = 0;

/** True for an ASCII letter code unit. */
function isAsciiLetter(ch: number): boolean {
  return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

/** End of the run of at least two single Latin letters each followed by a period at `i` (U.S., U.S.A., J.K.), or -1. */
function latinInitials(text: string, i: number): number {
  let p: number;
  if (i >= latStart && i < latEnd && ((i - latStart) & 1) === 0 && text === latText) p = latEnd;
  else {
    const n = text.length;
    p = i;
    while (p + 1 < n && isAsciiLetter(text.charCodeAt(p)) && text.charCodeAt(p + 1) === 0x2e) p += 2;
    latText = text;
    latStart = i;
    latEnd = p;
  }
  return p - i >= 4 ? p : -1;
}

/** End of the URL at `i` (trailing punctuation and unbalanced closing brackets trimmed), or -1. */
function urlAt(text: string, i: number): number {
  URL_RE.lastIndex = i;
  if (!URL_RE.test(text)) return -1;
  let end = URL_RE.lastIndex;
  // bracket counts of the URL, counted once and kept up to date while trimming (linear in its length)
  let paren = 0;
  let bracket = 0;
  let brace = 0;
  for (let k = i; k < end; k++) {
    switch (text.charCodeAt(k)) {
      case 0x28: paren++; break; // (
      case 0x29: paren--; break; // )
      case 0x5b: bracket++; break; // [
      case 0x5d: bracket--; break; // ]
      case 0x7b: brace++; break; // {
      case 0x7d: brace--; break; // }
    }
  }
  for (;;) {
    const last = text[end - 1]!;
    if (!URL_TRAILING.has(last)) break;
    // a closing bracket with at least as many openers as closers in the URL is balanced: part of the URL
    if (last === ')') {
      if (paren >= 0) break;
      paren++;
    } else if (last === ']') {
      if (bracket >= 0) break;
      bracket++;
    } else if (last === '}') {
      if (brace >= 0) break;
      brace++;
    }
    end--;
  }
  return URL_PREFIX_ONLY_RE.test(text.slice(i, end)) ? -1 : end;
}

/** True for the code units of an e-mail run: `[A-Za-z0-9._%+-]`. */
function isEmailRunChar(ch: number): boolean {
  return (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a) || ch === 0x2e || ch === 0x5f || ch === 0x25 || ch === 0x2b || ch === 0x2d;
}

/**
 * The last run of e-mail characters `emailAt` scanned: `[runStart, runEnd)` of `runText`, and the
 * result for any start inside it (`runResult`). Every start in one run reaches the same end and the
 * same `@`; the local part must run up to that `@` and the domain after it does not depend on the
 * start, so the answer is the same for every start whose first character is an ASCII letter or digit
 * (the only starts the tokeniser tries). Without this memo a run such as `a-a-a-…` or `1-1-1-…` was
 * rescanned to its end from each word in it (quadratic).
 */
let runText = '';
let runStart = 0;
let runEnd = 0;
let runResult = -1;

/** End of the e-mail address at `i`, or -1 (a cheap scan for `@` first). */
function emailAt(text: string, i: number): number {
  if (i >= runStart && i < runEnd && text === runText) return runResult;
  let j = i;
  const n = text.length;
  while (j < n && isEmailRunChar(text.charCodeAt(j))) j++;
  if (j === i) return -1;
  let result = -1;
  if (j < n && text.charCodeAt(j) === 0x40) {
    EMAIL_RE.lastIndex = i;
    result = EMAIL_RE.test(text) ? EMAIL_RE.lastIndex : -1;
  }
  runText = text;
  runStart = i;
  runEnd = j;
  runResult = result;
  return result;
}

/** Scans a date, time or number at `i` (or an e-mail whose local part starts with a digit); returns its end. */
function numeric(text: string, i: number, push: Push): number {
  if (text.charCodeAt(i) < 0x80) {
    const em = emailAt(text, i);
    if (em > i) {
      return push(i, em, 'email');
    }
  }
  DATE_DMY_RE.lastIndex = i;
  let m = DATE_DMY_RE.exec(text);
  if (m) {
    const a = numberAt(m[1]!, 0, m[1]!.length);
    const b = numberAt(m[3]!, 0, m[3]!.length);
    if (a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31))) {
      return push(i, DATE_DMY_RE.lastIndex, 'date');
    }
  }
  DATE_YMD_RE.lastIndex = i;
  m = DATE_YMD_RE.exec(text);
  if (m) {
    const mo = numberAt(m[3]!, 0, m[3]!.length);
    const d = numberAt(m[4]!, 0, m[4]!.length);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      return push(i, DATE_YMD_RE.lastIndex, 'date');
    }
  }
  TIME_RE.lastIndex = i;
  m = TIME_RE.exec(text);
  if (m) {
    const h = numberAt(m[1]!, 0, m[1]!.length);
    const mi = numberAt(m[2]!, 0, m[2]!.length);
    const s = m[3] === undefined ? 0 : numberAt(m[3], 0, m[3].length);
    if ((h <= 23 || (h === 24 && mi === 0 && s === 0)) && mi <= 59 && s <= 59) {
      return push(i, TIME_RE.lastIndex, 'time');
    }
  }
  NUMBER_RE.lastIndex = i;
  NUMBER_RE.test(text);
  const end = NUMBER_RE.lastIndex;
  return push(i, end, 'number');
}

/** Scans one punctuation mark at `i`; returns its end. */
function punct(_text: string, i: number, push: Push): number {
  return push(i, i + 1, 'punct');
}

/** Scans a symbol at `i`: `#hashtag`, `@mention`, or one symbol with its emoji modifiers; returns its end. */
function symbol(text: string, i: number, push: Push): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  const prevType = i > 0 ? TYPE[text.charCodeAt(i - 1)] : T_SPACE;
  const afterWordChar = prevType === T_AR || prevType === T_LETTER || prevType === T_DIGIT || prevType === T_MARK;
  if (c === 0x23 /* # */ && !afterWordChar) {
    let e = i + 1;
    let body = false;
    while (e < n) {
      const ch = text.charCodeAt(e);
      const t = TYPE[ch]!;
      if (!isTagChar(t, ch)) break;
      if (ch !== 0x5f && t !== T_JOIN) body = true;
      e++;
    }
    while (e > i + 1 && TYPE[text.charCodeAt(e - 1)] === T_JOIN) e--;
    if (body) {
      return push(i, e, 'hashtag');
    }
  } else if (c === 0x40 /* @ */ && !afterWordChar) {
    let e = i + 1;
    while (e < n) {
      const ch = text.charCodeAt(e);
      if ((ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a) || ch === 0x5f) e++;
      else break;
    }
    if (e > i + 1) {
      return push(i, e, 'mention');
    }
  }
  let e = i + codePointLength(text, i);
  const first = text.codePointAt(i)!;
  if (first > 0xffff && /[\p{L}\p{N}]/u.test(String.fromCodePoint(first))) {
    while (e < n && TYPE[text.charCodeAt(e)] === T_MARK) e++;
    return push(i, e, 'word');
  }
  const regional = first >= 0x1f1e6 && first <= 0x1f1ff;
  for (;;) {
    if (e >= n) break;
    const ch = text.charCodeAt(e);
    if (TYPE[ch] === T_MARK) {
      e++; // variation selectors, keycap, combining marks
      continue;
    }
    const cp = text.codePointAt(e)!;
    if (cp >= 0x1f3fb && cp <= 0x1f3ff) {
      e += 2; // skin tone
      continue;
    }
    if (ch === 0x200d && e + 1 < n && TYPE[text.charCodeAt(e + 1)] !== T_SPACE) {
      e += 1 + codePointLength(text, e + 1); // ZWJ sequence
      continue;
    }
    if (regional && cp >= 0x1f1e6 && cp <= 0x1f1ff && e === i + 2) {
      e += 2; // a flag: two regional indicators
      continue;
    }
    break;
  }
  return push(i, e, 'symbol');
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}
