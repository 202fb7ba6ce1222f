/**
 * Arabic normalisation. The first group of functions mirrors CAMeL Tools'
 * `camel_tools/utils/normalize.py` and `dediac.py` one function at a time (string in, string out);
 * `removeTatweel`, `normalizeDigits` and `removeBidiAndZeroWidth` are rasd's own.
 *
 * The key piece is {@link normalizeView}: the whole composition used for matching, computed as a
 * *view* of the original text with an offset map back to it, so that matchers run on the
 * normalised string and report spans in the original (see docs/text-layer.md).
 *
 * All offsets are UTF-16 code unit indexes; ranges are half-open `[start, end)`.
 */
import { loadData } from '../../data.ts';
import type { Span } from '../../doc/types.ts';
import {
  AR_ALEF,
  AR_ALEF_MAKSURA,
  AR_ALEF_VARIANTS_CHARSET,
  AR_COMPOSING_MARKS_CHARSET,
  AR_DIAC_CHARSET,
  AR_EXTRA_MARKS_CHARSET,
  AR_HEH,
  AR_INDIC_DIGITS,
  AR_PRESENTATION_DIAC_CHARSET,
  AR_TEH_MARBUTA,
  AR_YEH,
  BIDI_ZERO_WIDTH_CHARSET,
  PERSIAN_DIGITS,
  TATWEEL,
} from './charsets.ts';

/** The shape of a character map file in `data/lang/ar/charmap_*.json` (as camel_tools' charmaps). */
interface CharMapFile {
  readonly charMap: Readonly<Record<string, string>>;
}

/** camel_tools' `_UNICODE_CHAR_FIX`: U+FDFC → ريال, U+FDFD → the basmala, applied before NFKC. */
const UNICODE_CHAR_FIX: ReadonlyMap<string, string> = new Map(
  Object.entries(loadData<CharMapFile>('lang/ar/charmap_unicode_fix.json').charMap),
);
/** rasd's extra one-to-one folds in the match view (Persian yeh and keheh, Arabic separators). */
const LETTER_VARIANTS: ReadonlyMap<string, string> = new Map(
  Object.entries(loadData<CharMapFile>('lang/ar/charmap_letter_variants.json').charMap),
);

const classOf = (chars: Iterable<string>): string => `[${[...chars].join('')}]`;
const UNICODE_FIX_RE = new RegExp(classOf(UNICODE_CHAR_FIX.keys()), 'g');
const DEDIAC_AR_RE = new RegExp(classOf(AR_DIAC_CHARSET), 'g');
const ALEF_NORMALIZE_AR_RE = new RegExp(classOf(AR_ALEF_VARIANTS_CHARSET), 'g');
const TATWEEL_RE = /\u0640/g;
const DIGITS_RE = /[\u0660-\u0669\u06f0-\u06f9]/g;
const BIDI_ZERO_WIDTH_RE = new RegExp(classOf(BIDI_ZERO_WIDTH_CHARSET), 'g');

/**
 * camel_tools `normalize_unicode`: with `compatibility` (the default) maps U+FDFC to ريال and U+FDFD
 * to the basmala, then applies NFKC (so presentation forms such as ﻻ or ﺍﻟﻌﺮﺑﻴﺔ become plain letters and
 * ﷺ becomes صلى الله عليه وسلم); without it, plain NFC.
 * @param s any string
 * @returns the normalised string (its length may differ from `s`)
 */
export function normalizeUnicode(s: string, compatibility = true): string {
  if (!compatibility) return s.normalize('NFC');
  return s.replace(UNICODE_FIX_RE, (c) => UNICODE_CHAR_FIX.get(c) ?? c).normalize('NFKC');
}

/**
 * camel_tools `dediac_ar`: removes the characters of `AR_DIAC_CHARSET` (tanween, fatha, damma, kasra,
 * shadda, sukun U+064B–U+0652 and superscript alef U+0670). Tatweel and hamza marks are kept.
 */
export function dediacAr(s: string): string {
  return s.replace(DEDIAC_AR_RE, '');
}

/** camel_tools `normalize_alef_ar`: إ أ ٱ آ → ا. */
export function normalizeAlefAr(s: string): string {
  return s.replace(ALEF_NORMALIZE_AR_RE, AR_ALEF);
}

/** camel_tools `normalize_alef_maksura_ar`: ى (U+0649) → ي (U+064A). */
export function normalizeAlefMaksuraAr(s: string): string {
  return s.replaceAll(AR_ALEF_MAKSURA, AR_YEH);
}

/** camel_tools `normalize_teh_marbuta_ar`: ة (U+0629) → ه (U+0647). */
export function normalizeTehMarbutaAr(s: string): string {
  return s.replaceAll(AR_TEH_MARBUTA, AR_HEH);
}

/** Removes tatweel (kashida, U+0640). */
export function removeTatweel(s: string): string {
  return s.replace(TATWEEL_RE, '');
}

/** Maps Arabic-Indic digits ٠–٩ (U+0660–U+0669) and Persian digits ۰–۹ (U+06F0–U+06F9) to ASCII 0–9. */
export function normalizeDigits(s: string): string {
  return s.replace(DIGITS_RE, (d) => String.fromCharCode(48 + (d.charCodeAt(0) & 0x0f)));
}

/**
 * Removes invisible formatting characters (`BIDI_ZERO_WIDTH_CHARSET`): U+200B–U+200F, U+202A–U+202E,
 * U+2066–U+2069, U+FEFF, U+061C and the soft hyphen U+00AD.
 */
export function removeBidiAndZeroWidth(s: string): string {
  return s.replace(BIDI_ZERO_WIDTH_RE, '');
}

// ---------------------------------------------------------------------------------------------
// The match view
// ---------------------------------------------------------------------------------------------

/**
 * A normalised view of a string with its offset map back to the original.
 *
 * `toSource[i]` is the index in `source` of the character that produced `text[i]` (every character
 * of an expansion such as ﻻ → لا or ﷺ → صلى الله عليه وسلم maps to the one source character);
 * `toSource` is non-decreasing, has length `text.length + 1`, `toSource[0]` is 0 whenever `text` is
 * non-empty (source characters dropped before the first kept one belong to it) and the last entry is
 * `source.length`. Characters dropped after a kept character (diacritics, tatweel, bidi marks) belong
 * to that character: use {@link sourceSpan} to map ranges.
 */
export interface NormView {
  /** The normalised text (what {@link normalizeForMatch} returns). */
  readonly text: string;
  /** The original text. */
  readonly source: string;
  /** For each normalised index, its index in `source`; length `text.length + 1`, last = `source.length`. */
  readonly toSource: Int32Array;
}

// Classes of BMP code units for the single pass of the view.
const C_KEEP = 0; // NFKC-stable alone, not a mark, unchanged
const C_FOLD = 1; // NFKC-stable, replaced by one character (FOLD)
const C_DROP = 2; // dropped, not a combining mark (tatweel, bidi/zero width, U+FE70–U+FE7F)
const C_DROP_MARK = 3; // dropped combining mark that never composes (harakat, Quranic marks)
const C_SLOW = 4; // needs NFKC (compatibility character, U+FDFC/U+FDFD, high surrogate)
const C_MARK_SLOW = 5; // any other combining mark: its cluster goes through NFKC

/** The class and fold tables of one flavour of the view (full match view or letter-preserving view). */
interface ViewTables {
  /** Per BMP code unit: one of the classes above. */
  readonly cls: Uint8Array;
  /** Per BMP code unit: its replacement in the view, or 0. */
  readonly fold: Uint16Array;
}

/** Per BMP code unit: 1 if the view drops it (also applied to NFKC output). Shared by both flavours. */
const DROP = new Uint8Array(0x10000);

function buildTables(orthographic: boolean): ViewTables {
  const cls = new Uint8Array(0x10000);
  const fold = new Uint16Array(0x10000);
  const code = (ch: string): number => ch.charCodeAt(0);
  if (orthographic) {
    for (const ch of AR_ALEF_VARIANTS_CHARSET) fold[code(ch)] = code(AR_ALEF);
    fold[code(AR_ALEF_MAKSURA)] = code(AR_YEH);
    fold[code(AR_TEH_MARBUTA)] = code(AR_HEH);
  }
  for (let d = 0; d < 10; d++) {
    fold[code(AR_INDIC_DIGITS[d]!)] = 48 + d;
    fold[code(PERSIAN_DIGITS[d]!)] = 48 + d;
  }
  for (const [from, to] of LETTER_VARIANTS) fold[code(from)] = code(to);

  for (let c = 0; c < 0x10000; c++) {
    const p = PROPS[c]!;
    if (p & P_HIGH_SURROGATE) cls[c] = C_SLOW;
    else if (p & P_LOW_SURROGATE) continue; // a lone low surrogate is kept as it is
    else if (DROP[c] && !(p & P_MARK)) cls[c] = C_DROP;
    else if (DROP[c] && !(p & P_UNSTABLE) && !(p & P_COMPOSING)) cls[c] = C_DROP_MARK;
    else if (p & P_MARK) cls[c] = C_MARK_SLOW;
    else if (p & P_UNSTABLE || UNICODE_CHAR_FIX.has(String.fromCharCode(c))) cls[c] = C_SLOW;
    else if (fold[c]) cls[c] = C_FOLD;
  }
  return { cls, fold };
}

const P_MARK = 1;
const P_UNSTABLE = 2;
const P_COMPOSING = 4;
const P_HIGH_SURROGATE = 8;
const P_LOW_SURROGATE = 16;
/** Per BMP code unit: Unicode properties the tables are built from, computed once. */
const PROPS = new Uint8Array(0x10000);
(function computeProps(): void {
  const MARK_RE = /\p{M}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) PROPS[c] = P_HIGH_SURROGATE;
    else if (c >= 0xdc00 && c <= 0xdfff) PROPS[c] = P_LOW_SURROGATE;
    else {
      const ch = String.fromCharCode(c);
      // Hangul medial vowels and final consonants compose with the preceding syllable: treat as marks.
      let p = MARK_RE.test(ch) || (c >= 0x1160 && c <= 0x11ff) ? P_MARK : 0;
      if (ch.normalize('NFKC') !== ch) p |= P_UNSTABLE;
      if (AR_COMPOSING_MARKS_CHARSET.has(ch)) p |= P_COMPOSING;
      PROPS[c] = p;
    }
  }
})();
for (const ch of [...AR_DIAC_CHARSET, ...AR_EXTRA_MARKS_CHARSET, ...BIDI_ZERO_WIDTH_CHARSET, ...AR_PRESENTATION_DIAC_CHARSET, TATWEEL]) {
  DROP[ch.charCodeAt(0)] = 1;
}
/** The full match view: all folds. */
const FULL = buildTables(true);
/** The letter-preserving view: no alef, alef maksura or teh marbuta folds. */
const LIGHT = buildTables(false);

// Reused output buffers (JavaScript is single-threaded and the pass is not re-entrant).
let BUF = new Uint16Array(1024);
let MAP = new Int32Array(1025);

function ensureCapacity(n: number): void {
  if (n <= BUF.length) return;
  let size = BUF.length;
  while (size < n) size *= 2;
  const buf = new Uint16Array(size);
  buf.set(BUF);
  const map = new Int32Array(size + 1);
  map.set(MAP);
  BUF = buf;
  MAP = map;
}

/**
 * Extends a cluster over the combining marks that follow `i`, and over dropped characters
 * (tatweel, bidi and zero-width marks) that stand between marks: the view joins those marks, so
 * NFKC must see them together (else `a◌́<RLM>◌̣` came out unordered and a second pass changed it);
 * returns the cluster's end.
 */
function extendMarks(s: string, i: number, cls: Uint8Array): number {
  const n = s.length;
  while (i < n) {
    const k = cls[s.charCodeAt(i)];
    if (k === C_DROP_MARK || k === C_MARK_SLOW) {
      i++;
      continue;
    }
    if (k !== C_DROP) break;
    let j = i + 1;
    while (j < n && cls[s.charCodeAt(j)] === C_DROP) j++;
    const next = j < n ? cls[s.charCodeAt(j)] : -1;
    if (next !== C_DROP_MARK && next !== C_MARK_SLOW) break;
    i = j;
  }
  return i;
}

/**
 * Clusters longer than this (in source code units) are normalised in pieces of this length: ICU's
 * canonical reordering inserts each combining mark into place by walking back over the marks before
 * it, so NFKC of one base with 200 k marks of alternating combining classes (U+0654 U+0655 …) takes
 * seconds. No real cluster comes near this length (the Unicode stream-safe format allows 30 marks).
 */
const LONG_CLUSTER = 256;

/** NFKC of a long cluster, piece by piece (never splitting a surrogate pair). */
function nfkcInPieces(cluster: string): string {
  let out = '';
  for (let p = 0; p < cluster.length; ) {
    let q = Math.min(cluster.length, p + LONG_CLUSTER);
    const last = cluster.charCodeAt(q - 1);
    if (q < cluster.length && last >= 0xd800 && last <= 0xdbff) q++;
    out += cluster.slice(p, q).normalize('NFKC');
    p = q;
  }
  return out;
}

/**
 * The slow path: NFKC of the cluster `s[a, e)` (after camel's char fix), then the drops and folds;
 * every output character maps to `a`. Returns the new output length.
 */
function slowCluster(s: string, a: number, e: number, o: number, t: ViewTables): number {
  // dropped characters go first (a dropped base such as tatweel or U+FE7x leaves only its marks;
  // bidi and zero-width marks between marks must not keep them apart in NFKC)
  let cluster = '';
  let run = a;
  for (let i = a; i < e; i++) {
    if (t.cls[s.charCodeAt(i)] !== C_DROP) continue;
    cluster += s.slice(run, i);
    run = i + 1;
  }
  cluster = run === a ? s.slice(a, e) : cluster + s.slice(run, e);
  const c0 = cluster.charCodeAt(0);
  if (c0 === 0xfdfc || c0 === 0xfdfd) cluster = cluster.replace(UNICODE_FIX_RE, (c) => UNICODE_CHAR_FIX.get(c) ?? c);
  cluster = e - a > LONG_CLUSTER ? nfkcInPieces(cluster) : cluster.normalize('NFKC');
  ensureCapacity(o + cluster.length + 1);
  for (let j = 0; j < cluster.length; j++) {
    const u = cluster.charCodeAt(j);
    if (DROP[u]) continue;
    BUF[o] = t.fold[u] || u;
    MAP[o++] = a;
  }
  return o;
}

/** The single pass over `s`: fills BUF/MAP and returns the output length. */
function runView(s: string, t: ViewTables): number {
  const { cls, fold } = t;
  const n = s.length;
  ensureCapacity(n + 1);
  let buf = BUF;
  let map = MAP;
  let o = 0;
  let cs = 0; // start (source index) of the current cluster
  let co = 0; // output length when the current cluster started
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    switch (cls[c]) {
      case C_KEEP:
        cs = i;
        co = o;
        buf[o] = c;
        map[o++] = i++;
        break;
      case C_FOLD:
        cs = i;
        co = o;
        buf[o] = fold[c]!;
        map[o++] = i++;
        break;
      case C_DROP:
        // no new cluster: marks after a dropped character join the cluster before it, as in the view
        i++;
        break;
      case C_DROP_MARK:
        i++;
        break;
      case C_SLOW: {
        cs = i;
        co = o;
        let e = i + 1;
        if (c <= 0xdbff && e < n) {
          const lo = s.charCodeAt(e);
          if (lo >= 0xdc00 && lo <= 0xdfff) e++;
        }
        e = extendMarks(s, e, cls);
        o = slowCluster(s, i, e, o, t);
        ensureCapacity(o + (n - e) + 1);
        buf = BUF;
        map = MAP;
        i = e;
        break;
      }
      default: {
        // C_MARK_SLOW: redo the whole cluster (its base and marks) through NFKC.
        const e = extendMarks(s, i + 1, cls);
        o = slowCluster(s, cs, e, co, t);
        ensureCapacity(o + (n - e) + 1);
        buf = BUF;
        map = MAP;
        i = e;
        break;
      }
    }
  }
  if (o > 0) map[0] = 0;
  map[o] = n;
  return o;
}

/**
 * The first `len` code units of the buffer as a string. Node's UTF-16LE decoding copies code units
 * as they are (lone surrogates included, unlike TextDecoder), and is some 30 times faster than
 * `String.fromCharCode(...units)` on article-sized text.
 */
function bufferToString(len: number): string {
  return Buffer.from(BUF.buffer, BUF.byteOffset, len * 2).toString('utf16le');
}

/** True when every code unit of `s` is kept unchanged by the view (the common case for plain text). */
function isViewIdentity(s: string, cls: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) if (cls[s.charCodeAt(i)] !== C_KEEP) return false;
  return true;
}

/** Options of {@link normalizeView}. */
export interface NormViewOptions {
  /**
   * Apply the orthographic folds alef variants → ا, ى → ي and ة → ه (default true). Without them the
   * view keeps hamza forms, alef maksura and teh marbuta apart (the "letter view" the clitic
   * segmenter and the lexicon use); everything else is the same.
   */
  readonly foldLetters?: boolean;
}

/**
 * Builds the match view of `source`: camel's Unicode char fix and NFKC applied per cluster (a base
 * character and its following combining marks; characters known to be NFKC-stable skip
 * `String.prototype.normalize`), then bidi and zero-width characters dropped, diacritics
 * (`AR_DIAC_CHARSET`, `AR_EXTRA_MARKS_CHARSET`, presentation-form diacritics U+FE70–U+FE7F) and
 * tatweel removed, alef variants → ا, ى → ي, ة → ه, Arabic-Indic and Persian digits → ASCII, and the
 * extra folds of `data/lang/ar/charmap_letter_variants.json` (ی → ي, ک → ك, ٫ → `.`, ٬ → `,`, ٪ → `%`).
 * A cluster longer than 256 code units (never seen in real text) is normalised in pieces of 256, so
 * that the pass stays linear on adversarial input.
 * @param source the original text (any length)
 * @param options `foldLetters: false` gives the letter view (see {@link NormViewOptions})
 * @returns the view; `view.text === normalizeForMatch(source)` (or `normalizeLetters(source)`)
 */
export function normalizeView(source: string, options?: NormViewOptions): NormView {
  const t = options?.foldLetters === false ? LIGHT : FULL;
  if (isViewIdentity(source, t.cls)) {
    const toSource = new Int32Array(source.length + 1);
    for (let i = 0; i <= source.length; i++) toSource[i] = i;
    return { text: source, source, toSource };
  }
  const len = runView(source, t);
  return { text: bufferToString(len), source, toSource: MAP.slice(0, len + 1) };
}

/**
 * The normalised string of {@link normalizeView} without the offset map (for token `norm` and
 * gazetteer keys); returns `s` itself when nothing changes.
 */
export function normalizeForMatch(s: string): string {
  return simpleOrFull(s, FULL);
}

/**
 * The view's text without the offset map: when `s` has only kept, folded and dropped characters
 * (no NFKC work) it is built from slices, which is much cheaper for short strings than the buffer.
 */
function simpleOrFull(s: string, t: ViewTables): string {
  const { cls, fold } = t;
  const n = s.length;
  let out = '';
  let run = 0; // start of the current run of kept characters
  for (let i = 0; i < n; i++) {
    const k = cls[s.charCodeAt(i)];
    if (k === C_KEEP) continue;
    if (k === C_FOLD) {
      out += s.slice(run, i) + String.fromCharCode(fold[s.charCodeAt(i)]!);
      run = i + 1;
    } else if (k === C_DROP || k === C_DROP_MARK) {
      out += s.slice(run, i);
      run = i + 1;
    } else {
      return bufferToString(runView(s, t));
    }
  }
  return run === 0 ? s : out + s.slice(run);
}

/** True when `normalizeForMatch(s) === s` by a quick scan (every code unit is kept unchanged). */
export function isMatchIdentity(s: string): boolean {
  return isViewIdentity(s, FULL.cls);
}

/** True when `normalizeLetters(s) === s` by a quick scan (every code unit is kept unchanged). */
export function isLetterIdentity(s: string): boolean {
  return isViewIdentity(s, LIGHT.cls);
}

/**
 * The letter view's string (`normalizeView(s, { foldLetters: false }).text`): like
 * {@link normalizeForMatch} but keeping hamza forms, ى and ة (used for the clitic lexicon).
 */
export function normalizeLetters(s: string): string {
  return simpleOrFull(s, LIGHT);
}

/**
 * Maps a half-open range `[nStart, nEnd)` of `view.text` to the half-open range of `view.source`
 * that produced it. A range that starts or ends inside an expansion (ﻻ → لا) widens to the whole
 * source character; characters dropped after the last character of the range (diacritics, tatweel,
 * bidi marks) are included, as are those dropped before the first kept character when `nStart` is 0.
 * `sourceSpan(view, 0, view.text.length)` is always `{ start: 0, end: view.source.length }`.
 * An empty range maps to an empty range.
 * @throws RangeError when the range is not within `[0, view.text.length]` or `nStart > nEnd`
 */
export function sourceSpan(view: NormView, nStart: number, nEnd: number): Span {
  const n = view.text.length;
  if (!(Number.isInteger(nStart) && Number.isInteger(nEnd) && nStart >= 0 && nStart <= nEnd && nEnd <= n)) {
    throw new RangeError(`normalised range [${nStart}, ${nEnd}) is not within [0, ${n}]`);
  }
  const map = view.toSource;
  const start = nStart === 0 ? 0 : map[nStart]!;
  if (nEnd === n) return { start, end: view.source.length };
  if (nStart === nEnd) return { start, end: start };
  const last = map[nEnd - 1]!;
  let k = nEnd;
  while (map[k]! === last) k++;
  return { start, end: map[k]! };
}

/**
 * The normalised index where a source offset falls: the first index `i` of `view.text` with
 * `view.toSource[i] >= sourceOffset` (so a token boundary in the source maps to a boundary in the view).
 * @param sourceOffset a UTF-16 offset in `[0, view.source.length]`
 */
export function toNormIndex(view: NormView, sourceOffset: number): number {
  const map = view.toSource;
  let lo = 0;
  let hi = view.text.length;
  if (sourceOffset <= 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid]! < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
