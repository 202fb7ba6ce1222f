/**
 * Conservative clitic segmentation of Arabic words, as information: the token text is never
 * rewritten; the result is a list of segments (proclitics, one stem, an enclitic) that tile the
 * word exactly.
 *
 * Proclitics: the conjunctions و ف, then one of the prepositions ب ك ل or the future marker س, then
 * the article ال (ل + ال is written لل and gives two segments `ل` + `ال`, the second one letter long).
 * Enclitics: the third-person and first-person-plural pronouns ه ها هم هما هن نا on any stem, and
 * also ك كم كما كن ي ني on a listed function word (منك، عليكم، مني، إنني); never ي on a content word,
 * where it is almost always the nisba ending (عربي، دولي). Everything is checked in the letter view
 * (`normalizeLetters`), where hamza forms, ى and ة stay distinct, so أ/إ/آ never start an article
 * and ة never ends in a pronoun. The article and a pronoun suffix never co-occur.
 *
 * A split is made only with evidence (see docs/text-layer.md): what remains must be a word of the
 * frequency lexicon `data/lang/ar/lexicon_counts.json` (or a listed short function word), and the
 * whole word must not itself be a lexeme that happens to start with a clitic letter, which the
 * lexicon shows by the word being seen with prefixes that could not precede the clitic (الوزير
 * proves وزير is a word; nobody writes الوقال). The inventory and exception lists are in
 * `data/lang/ar/clitics.json`.
 */
import { loadData } from '../data.ts';
import type { Segment } from '../doc/types.ts';
import { isLetterIdentity, normalizeForMatch, normalizeLetters, normalizeView } from '../lang/ar/normalize.ts';

interface CliticsFile {
  readonly conjunctions: readonly string[];
  readonly prepositions: readonly string[];
  readonly future: string;
  readonly futureNext: readonly string[];
  readonly article: string;
  readonly enclitics: readonly string[];
  readonly hostEnclitics: readonly string[];
  readonly firstPersonEnclitics: readonly string[];
  readonly hosts: readonly string[];
  readonly firstPersonHosts: readonly string[];
  readonly shortStemsAfterConjunction: readonly string[];
  readonly shortStemsAfterPreposition: readonly string[];
  readonly noSplit: readonly string[];
  readonly noProclitic: readonly string[];
  readonly notArticle: readonly string[];
  readonly minStem: number;
  readonly minArticleStem: number;
  readonly minArticleStemAfterClitic: number;
  readonly minCount: number;
  readonly minRatio: number;
  readonly minEncliticRatio: number;
  readonly minRatioAfterPreposition: number;
  readonly lexemeEvidenceRatio: number;
}

interface LexiconFile {
  readonly buckets: Readonly<Record<string, string>>;
}

const DATA = loadData<CliticsFile>('lang/ar/clitics.json');
const letterSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalizeLetters));

/**
 * Approximate corpus counts of letter-view words (quarter-octave buckets), built on first use so
 * that commands which never segment a word (`rasd --help`) do not load the 0.8 MB lexicon.
 */
let lexicon: ReadonlyMap<string, number> | undefined;
function buildLexicon(): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  const file = loadData<LexiconFile>('lang/ar/lexicon_counts.json');
  for (const [bucket, words] of Object.entries(file.buckets)) {
    const c = Math.round(2 ** (Number(bucket) / 4));
    for (const w of words.split(' ')) m.set(w, c);
  }
  return m;
}

const count = (w: string): number => (lexicon ??= buildLexicon()).get(w) ?? 0;

/**
 * About how often a word (letter view: `normalizeLetters`) occurs in the shared news the lexicon was
 * counted over; 0 when it was seen fewer than 3 times.
 */
export function wordCount(letterViewWord: string): number {
  return count(letterViewWord);
}

const HEH = '\u0647';
const TEH = '\u062a';
const LAM = '\u0644';
const TEH_MARBUTA = '\u0629';

const ARTICLE = normalizeLetters(DATA.article);
const FUTURE = normalizeLetters(DATA.future);
const FUTURE_NEXT = letterSet(DATA.futureNext);
const ENCLITICS = DATA.enclitics.map(normalizeLetters).sort((a, b) => b.length - a.length);
const byLength = (a: string, b: string): number => b.length - a.length;
const HOST_ENCLITICS = DATA.hostEnclitics.map(normalizeLetters).sort(byLength);
const FIRST_PERSON_ENCLITICS = DATA.firstPersonEnclitics.map(normalizeLetters).sort(byLength);
const ALL_ENCLITICS = [...ENCLITICS, ...HOST_ENCLITICS, ...FIRST_PERSON_ENCLITICS];
const HOSTS = letterSet(DATA.hosts);
const FIRST_PERSON_HOSTS = letterSet(DATA.firstPersonHosts);
const SHORT_AFTER_CONJ = letterSet(DATA.shortStemsAfterConjunction);
const SHORT_AFTER_PREP = letterSet(DATA.shortStemsAfterPreposition);
const NO_SPLIT = letterSet(DATA.noSplit);
const NO_PROCLITIC = letterSet(DATA.noProclitic);
const NOT_ARTICLE = letterSet(DATA.notArticle);

/** Prefixes whose presence before a word shows it is a lexeme (see `isLexeme`). */
const EVIDENCE_CONJ = [ARTICLE, ...DATA.conjunctions].map(normalizeLetters);
const EVIDENCE_PREP = [ARTICLE, ...DATA.prepositions.filter((p) => p !== 'ل')].map(normalizeLetters);
const EVIDENCE_ARTICLE_ONLY = [ARTICLE];

/** One clitic of a proclitic sequence. */
interface Part {
  /** Its letters in the word (letter view). */
  readonly letters: string;
  /** Its normalised form (`ال` also for the one-letter article of لل). */
  readonly form: string;
}

/** A proclitic sequence such as و، بال، ولل، فس. */
interface ProcliticSeq {
  readonly letters: string;
  readonly parts: readonly Part[];
  readonly conj: string;
  readonly mid: string;
  readonly future: boolean;
  readonly article: boolean;
  /** ل + ال written لل. */
  readonly elided: boolean;
}

/** Every proclitic sequence, longest first. */
const SEQUENCES: readonly ProcliticSeq[] = (() => {
  const out: ProcliticSeq[] = [];
  const conjs = ['', ...DATA.conjunctions.map(normalizeLetters)];
  const mids = ['', ...DATA.prepositions.map(normalizeLetters), FUTURE];
  for (const conj of conjs) {
    for (const mid of mids) {
      for (const article of [false, true]) {
        const future = mid === FUTURE && mid !== '';
        if (future && article) continue;
        if (!conj && !mid && !article) continue;
        const elided = article && mid === 'ل';
        const parts: Part[] = [];
        if (conj) parts.push({ letters: conj, form: normalizeForMatch(conj) });
        if (mid) parts.push({ letters: mid, form: normalizeForMatch(mid) });
        if (article) parts.push({ letters: elided ? 'ل' : ARTICLE, form: normalizeForMatch(ARTICLE) });
        out.push({ letters: parts.map((p) => p.letters).join(''), parts, conj, mid, future, article, elided });
      }
    }
  }
  return out.sort((a, b) => b.letters.length - a.letters.length);
})();

/** The proclitic sequences by their first code unit (each list longest first). */
const SEQUENCES_BY_FIRST: ReadonlyMap<number, readonly ProcliticSeq[]> = (() => {
  const m = new Map<number, ProcliticSeq[]>();
  for (const seq of SEQUENCES) {
    const k = seq.letters.charCodeAt(0);
    const list = m.get(k) ?? [];
    list.push(seq);
    m.set(k, list);
  }
  return m;
})();

/** True when the word is a lexeme: seen often enough after prefixes that could not precede the clitic reading. */
function isLexeme(word: string, prefixes: readonly string[]): boolean {
  let evidence = 0;
  for (const p of prefixes) evidence += count(p + word);
  return evidence >= Math.max(DATA.minCount, DATA.lexemeEvidenceRatio * count(word));
}

/**
 * `isLexeme` for the word or the word without a pronoun suffix (بيانها → بيان), where a stem in ت
 * is also tried with ة (وفاته → وفاة). The suffix reading is tried only when its stem is at least as
 * frequent as `rest`, what the proclitic reading leaves (واتهم is و + اتهم, not وات + هم).
 */
function isLexemeAny(word: string, prefixes: readonly string[], rest: string): boolean {
  if (isLexeme(word, prefixes)) return true;
  const restCount = count(rest);
  for (const e of ENCLITICS) {
    if (word.length <= e.length + 2 || !word.endsWith(e)) continue;
    const stem = word.slice(0, word.length - e.length);
    if (count(stem) < restCount) continue;
    if (isLexeme(stem, prefixes)) return true;
    if (stem.endsWith(TEH) && isLexeme(stem.slice(0, -1) + TEH_MARBUTA, prefixes)) return true;
  }
  return false;
}

/** True for words (possibly with a pronoun suffix) that never lose their first letter to a proclitic. */
function isNoProclitic(x: string): boolean {
  if (NO_PROCLITIC.has(x)) return true;
  for (const e of ALL_ENCLITICS) {
    if (x.length > e.length && x.endsWith(e)) {
      const host = x.slice(0, x.length - e.length);
      if (NO_PROCLITIC.has(host) || HOSTS.has(host)) return true;
    }
  }
  return false;
}

/** True when `rest` (what follows a proclitic) is a known word, or a known stem with a pronoun suffix. */
function remainderIsWord(rest: string, word: string, ratio: number): boolean {
  const c = count(rest);
  if (c >= DATA.minCount) return c >= ratio * count(word);
  for (const e of ENCLITICS) {
    if (rest.length > e.length && rest.endsWith(e)) {
      const stem = rest.slice(0, rest.length - e.length);
      if ((stem.length >= DATA.minStem || HOSTS.has(stem)) && count(stem) >= DATA.minCount) return true;
    }
  }
  return false;
}

function acceptSequence(seq: ProcliticSeq, w: string): boolean {
  const rest = w.slice(seq.letters.length);
  const afterConj = w.slice(seq.conj.length);
  if (seq.conj && (seq.mid || seq.article) && (isNoProclitic(afterConj) || NO_SPLIT.has(afterConj))) return false;
  if (seq.article) {
    const alone = !seq.conj && (!seq.mid || seq.elided);
    if (rest.length < (alone ? DATA.minArticleStem : DATA.minArticleStemAfterClitic)) return false;
    const articleWord = seq.elided ? ARTICLE + rest : w.slice(seq.conj.length + seq.mid.length);
    if (NOT_ARTICLE.has(articleWord)) return false;
    // after another clitic the article word must be known (كاليفورنيا is not ك + ال + يفورنيا)
    if ((seq.conj || seq.mid) && count(articleWord) < DATA.minCount) return false;
    // لل + X: ل + ال + X, or ل + a word that starts with ل (للجنة = ل + لجنة, لليبيا = ل + ليبيا)?
    if (seq.elided && lamWordWins(rest)) return false;
    return true;
  }
  if (seq.future) {
    if (!FUTURE_NEXT.has(rest[0] ?? '') || rest.length < DATA.minStem) return false;
    return remainderIsWord(rest, afterConj, DATA.minRatioAfterPreposition) && !isLexemeAny(afterConj, EVIDENCE_PREP, rest);
  }
  if (rest.length < 2) return false;
  const short = seq.mid ? SHORT_AFTER_PREP : SHORT_AFTER_CONJ;
  const ratio = seq.mid ? DATA.minRatioAfterPreposition : DATA.minRatio;
  if (!short.has(rest) && (rest.length < DATA.minStem || !remainderIsWord(rest, seq.mid ? afterConj : w, ratio))) return false;
  // ل + لX only when لX is a word of its own; otherwise لل is ل + ال
  if (seq.mid === LAM && rest.startsWith(LAM) && !lamWordWins(rest.slice(1))) return false;
  if (seq.mid) return !isLexemeAny(afterConj, EVIDENCE_PREP, rest) && (!seq.conj || !isLexemeAny(w, EVIDENCE_CONJ, rest));
  return !isLexemeAny(w, EVIDENCE_CONJ, rest);
}

/** For a word لل + `rest`: true when ل + (ل + `rest`) beats ل + ال + `rest`. */
function lamWordWins(rest: string): boolean {
  const withLam = LAM + rest;
  const c = count(withLam);
  return c >= DATA.minCount && c >= count(rest) && isLexeme(withLam, EVIDENCE_PREP);
}

/** The pronoun suffix of `rest` (a word without its proclitics), or null. */
function chooseEnclitic(rest: string): string | null {
  if (NO_SPLIT.has(rest)) return null;
  for (const e of ENCLITICS) {
    if (rest.length <= e.length || !rest.endsWith(e)) continue;
    const stem = rest.slice(0, rest.length - e.length);
    if (HOSTS.has(stem)) return e;
    if (stem.length < DATA.minStem) continue;
    const c = count(stem);
    if (c < DATA.minCount || c < DATA.minEncliticRatio * count(rest)) continue;
    // the article and a pronoun suffix exclude each other: الاتجاه proves اتجاه is one word
    if (isLexeme(rest, EVIDENCE_ARTICLE_ONLY)) continue;
    // a final ه may be a teh marbuta written without its dots (ساره، سلامه): then the ة spelling is common
    if (e === HEH && count(stem + TEH_MARBUTA) >= count(rest)) continue;
    return e;
  }
  for (const e of HOST_ENCLITICS) {
    if (rest.length > e.length && rest.endsWith(e) && HOSTS.has(rest.slice(0, rest.length - e.length))) return e;
  }
  for (const e of FIRST_PERSON_ENCLITICS) {
    if (rest.length > e.length && rest.endsWith(e) && FIRST_PERSON_HOSTS.has(rest.slice(0, rest.length - e.length))) return e;
  }
  return null;
}

/** A segment of a word: `[start, end)` relative indexes, its form and role. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly form: string;
  readonly role: Segment['role'];
}

/** Arabic letters only (the letter view of a word that may be segmented). */
const AR_LETTERS_RE = /^[\u0621-\u063a\u0641-\u064a]+$/;

/**
 * Segments a word given in the letter view (`normalizeLetters`); returns view-relative pieces, or
 * null when there is no clitic.
 */
function analyze(w: string): Piece[] | null {
  if (w.length < 3 || NO_SPLIT.has(w) || !AR_LETTERS_RE.test(w)) return null;
  const pieces: Piece[] = [];
  let stemStart = 0;
  let article = false;
  const candidates = SEQUENCES_BY_FIRST.get(w.charCodeAt(0));
  if (candidates) {
    for (const seq of candidates) {
      if (!w.startsWith(seq.letters) || !acceptSequence(seq, w)) continue;
      if (isNoProclitic(w)) break; // checked only once a proclitic reading is found (it is rarer)
      for (const p of seq.parts) {
        pieces.push({ start: stemStart, end: stemStart + p.letters.length, form: p.form, role: 'proclitic' });
        stemStart += p.letters.length;
      }
      article = seq.article;
      break;
    }
  }
  const rest = w.slice(stemStart);
  const enclitic = article ? null : chooseEnclitic(rest);
  if (!pieces.length && !enclitic) return null;
  const stemEnd = w.length - (enclitic?.length ?? 0);
  pieces.push({ start: stemStart, end: stemEnd, form: 'stem', role: 'stem' });
  if (enclitic) pieces.push({ start: stemEnd, end: w.length, form: normalizeForMatch(enclitic), role: 'enclitic' });
  return pieces;
}

/** A segment relative to the start of the word's source text (same shape as a view Piece). */
type RelSegment = Piece;

/**
 * A memo from word text to its segmentation: open addressing over a power-of-two table with an
 * FNV-1a hash computed in JavaScript, about twice as fast as a `Map` with 100 k fresh string keys.
 * When it holds `MAX` words it starts again empty.
 */
class WordMemo<V> {
  private static readonly MAX = 1 << 18;
  private mask = (1 << 12) - 1;
  private keys: (string | undefined)[] = new Array<string | undefined>(this.mask + 1);
  private values: (V | undefined)[] = new Array<V | undefined>(this.mask + 1);
  private hashes = new Int32Array(this.mask + 1);
  private size = 0;

  private static hash(s: string): number {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h | 1; // never 0, which marks an empty slot
  }

  get(key: string): V | undefined {
    const h = WordMemo.hash(key);
    const mask = this.mask;
    for (let p = h & mask; this.hashes[p] !== 0; p = (p + 1) & mask) {
      if (this.hashes[p] === h && this.keys[p] === key) return this.values[p];
    }
    return undefined;
  }

  set(key: string, value: V): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.resize();
    const h = WordMemo.hash(key);
    const mask = this.mask;
    let p = h & mask;
    while (this.hashes[p] !== 0) {
      if (this.hashes[p] === h && this.keys[p] === key) {
        this.values[p] = value;
        return;
      }
      p = (p + 1) & mask;
    }
    this.hashes[p] = h;
    this.keys[p] = key;
    this.values[p] = value;
    this.size++;
  }

  private resize(): void {
    const { keys, values, hashes } = this;
    const grow = this.size < WordMemo.MAX;
    const cap = grow ? (this.mask + 1) * 2 : this.mask + 1;
    this.mask = cap - 1;
    this.keys = new Array<string | undefined>(cap);
    this.values = new Array<V | undefined>(cap);
    this.hashes = new Int32Array(cap);
    this.size = 0;
    if (!grow) return; // full: start again empty
    for (let i = 0; i < hashes.length; i++) {
      if (hashes[i] === 0) continue;
      let p = hashes[i]! & this.mask;
      while (this.hashes[p] !== 0) p = (p + 1) & this.mask;
      this.hashes[p] = hashes[i]!;
      this.keys[p] = keys[i];
      this.values[p] = values[i];
      this.size++;
    }
  }
}

const CACHE = new WordMemo<readonly RelSegment[] | null>();

/** Last letters a word with an enclitic can end with (ه ا م ن ك ي). */
const ENCLITIC_LAST = new Set(ALL_ENCLITICS.map((e) => e.charCodeAt(e.length - 1)));

function relativeSegments(word: string): readonly RelSegment[] | null {
  // quick rejection before any lookup: no clitic can start or end this word
  let identity: boolean | undefined;
  if (!SEQUENCES_BY_FIRST.has(word.charCodeAt(0)) && !ENCLITIC_LAST.has(word.charCodeAt(word.length - 1))) {
    identity = isLetterIdentity(word);
    if (identity) return null;
  }
  const cached = CACHE.get(word);
  if (cached !== undefined) return cached;
  let result: RelSegment[] | null = null;
  if (identity ?? isLetterIdentity(word)) {
    const pieces = analyze(word);
    if (pieces) result = pieces;
  } else {
    const view = normalizeView(word, { foldLetters: false });
    const pieces = analyze(view.text);
    if (pieces) {
      const n = view.text.length;
      const at = (k: number): number => (k === 0 ? 0 : k === n ? word.length : view.toSource[k]!);
      result = [];
      for (const p of pieces) {
        const start = at(p.start);
        const end = at(p.end);
        if (end <= start) {
          result = null; // a boundary falls inside one source character (a ligature): give up
          break;
        }
        result.push({ start, end, form: p.form, role: p.role });
      }
    }
  }
  CACHE.set(word, result);
  return result;
}

/**
 * Splits an Arabic word into clitic segments (conservatively; see the module comment).
 * @param word the word as it appears in the text (it may carry diacritics, tatweel, presentation forms)
 * @param offset the UTF-16 offset of `word` in the document; segment offsets are absolute (`offset` + index)
 * @returns segments tiling `[offset, offset + word.length)` exactly (proclitics, one stem, at most one
 *   enclitic; `form` is the normalised clitic or `stem`), or undefined when the word has no clitic
 */
export function segmentClitics(word: string, offset = 0): Segment[] | undefined {
  const rel = relativeSegments(word);
  if (!rel) return undefined;
  const out: Segment[] = new Array<Segment>(rel.length);
  for (let i = 0; i < rel.length; i++) {
    const s = rel[i]!;
    out[i] = { start: offset + s.start, end: offset + s.end, form: s.form, role: s.role };
  }
  return out;
}
