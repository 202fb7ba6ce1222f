/**
 * The event coder (issue #6): a pipeline stage that reads the token, sentence, time and actor layers
 * and codes PLOVER events — who did what to whom, when, where, with which certainty — each with the
 * trigger and the sentence that state it.
 *
 * In order (docs/events.md says why each step is as it is):
 * 1. **Triggers.** Every word is looked up in the trigger lexicon (`data/events/triggers.json`)
 *    under its key and its keys without proclitics and ال; multi-word phrases are matched with their
 *    gaps. A sense survives when its `requires` context is there and none of its `not_when` contexts
 *    is; the longest match wins; purpose adverbs (احتجاجا، تنديدا) are never triggers.
 * 2. **Clauses.** Each sentence is cut at clause punctuation and before clause openers and
 *    complementizers (فيما، الذي، أن، إن …, `data/events/syntax.json`).
 * 3. **Arguments**, from actor mentions (#5) only — never invented: a side with no actor mention
 *    stays empty. بين X و Y gives both sides; otherwise the nearest bare (preposition-less) mention
 *    before the trigger in its clause is the subject (SVO), the first bare one after it the subject
 *    (VSO) or, after a verbal noun, the genitive; the target is the object or the mention after one
 *    of the sense's target prepositions. Inverted senses (استقبل) swap the two. After verbal nouns of
 *    acts done to someone (اعتقال، قصف، طرد) the genitive is the target. A missing source is
 *    carried over from an earlier event of the sentence, else from the sentence's subject before the
 *    trigger (قال الجيش إنه قصف …).
 * 4. **Place**: a place mention after في (or بـ) in the clause.
 * 5. **Date**: the time expression that governs the clause — each date in a sentence goes to the
 *    nearest trigger, clause boundaries counting as distance; else the publication date when the
 *    text places the event now (a present-tense verb, الآن); else null.
 * 6. **Modality**: negated (a negation cue just before the trigger), hypothetical (a condition in
 *    the clause), expected (سـ, a planning cue, or a date after publication), reported (a claim
 *    word in the sentence, or an attribution to someone other than the actor), else asserted.
 * 7. **One event, several mentions**: triggers of one type in one clause are one event; events of
 *    the article with the same type, sides, modality and a compatible date are merged.
 */
import type { Context, Doc, Entity, Sentence, Span, Token } from '../doc/types.ts';
import type { ActorMention } from '../actors/types.ts';
import type { Timex } from '../dates/types.ts';
import { requireLayer } from '../doc/doc.ts';
import { headlineFirst } from '../doc/headline.ts';
import { normalizeLetters } from '../lang/ar/normalize.ts';
import { defaultKb } from '../actors/kb.ts';
import { RasdError } from '../errors.ts';
import { accusativeNisba, conceptBefore } from '../actors/link.ts';
import { dayOfPartOfDay, periodStart, shiftDay, startsAfter } from '../dates/compare.ts';
import { defaultEventLexicon, wordVariants, keyOf as keyOfText, type Cue, type CueSet, type CompiledFilter, type EventLexicon, type Phrase, type Sense } from './lexicon.ts';
import type { Event, EventArg, EventLocation, EventMention, Modality, TextSpan } from './types.ts';

/** A trigger occurrence: tokens [first, last] of the document, the sense, the letters cut off the front. */
interface Hit {
  first: number;
  last: number;
  sense: Sense;
  cut: number;
  /** Whether the trigger word carries ال or a proclitic preposition (a verbal noun). */
  nominal: boolean;
  /** The matched key of the first word (after its proclitics). */
  key: string;
  /** The tokens that are part of the trigger (a phrase with gaps leaves other words between them). */
  parts: number[];
  /** The first word carries the article ال (written so: not the أل / إل of a verb such as ألقت). */
  definite: boolean;
  sentence: number;
}

/** An actor mention with where it sits and how it is introduced. */
interface Slot {
  m: ActorMention;
  first: number;
  last: number;
  /** The preposition that introduces it (a separate word's key, or a proclitic letter), or null. */
  prep: string | null;
  /** Joined to the mention before by و. */
  coord: boolean;
  /** A place (country, city, region) rather than an institution or person. */
  place: boolean;
  /** A capital city (a metonym for its state: عمّان تتهم …). */
  capital: boolean;
  /** For an unnamed group of people (متظاهرين): its sector; its country is found per event. */
  people: string | null;
  entity: Entity | null;
}

/** Types whose subject of شهد / تعرض is still the place where a domestic act happened (شهدت تركيا عمليات اعتقال): handled by the domestic-target rule instead. */
const DOMESTIC_SUBJECT_TYPES = new Set<string>(['COERCE', 'PROTEST']);

/** Types whose events name both sides (in the annotated sets 87–96 % of them do). */
const TWO_SIDED = new Set<string>(['SUPPORT', 'COOPERATE']);
/**
 * A verb right after a relative pronoun (غينيا الاستوائية التي تتهم باريس): its subject is the
 * antecedent, and it describes it — in the present a standing state, no news-day act (a past one may be
 * the news: العبوات التي قتلت أسبر).
 */
const relativeVerb = (w: Work, h: Hit): boolean => !h.nominal && h.first > 0 && w.lex.syntax.relativePronouns.has(w.keys[h.first - 1]!);
/**
 * Talks named by a definite plural verbal noun (تتعثر المفاوضات، بعد أسبوعين من المفاوضات): a process
 * the story refers to, not the news day's act.
 */
const talksUnderway = (h: Hit): boolean => h.sense.type === 'CONSULT' && h.nominal && h.definite && /ات$/.test(h.key);

/** Acts of force, which may fall on things (a crossing closed to aid, aid trucks looted). */
const FORCE_TYPES = new Set<string>(['COERCE', 'ASSAULT', 'SANCTION']);

/** Reactions whose object may be an earlier event: condemnations, refusals, praise, demands. */
const REACTIONS = new Set<string>(['ACCUSE', 'REJECT', 'SUPPORT', 'REQUEST', 'THREATEN']);


/** Per-document working state. */
interface Work {
  doc: Doc;
  lex: EventLexicon;
  toks: readonly Token[];
  /** Match keys per token (empty for punctuation). */
  keys: string[];
  /** What the coder looks up per token (lazily). */
  info: (WordInfo | undefined)[];
  /** Each token's packed word entry — flags and flag-table index ({@link packedOf}) — or -1 until looked at. */
  flags: Int32Array;
  /** The word cache and filter of the lexicon and knowledge base in use ({@link wordCacheOf}). */
  wordCache: WordCache;
  sentOf: Int32Array;
  clauseOf: Int32Array;
  /** The first token of each token's clause (filled after the clauses are cut). */
  clauseStart: Int32Array;
  slots: Slot[];
  sentences: readonly Sentence[];
  /** The country the article's actors belong to most often, or null. */
  articleCountry: string | null;
  /** Reported-speech cues per sentence (computed on first use). */
  reported: Map<number, { i: number; cue: Cue }[]>;
  /** Word and comma counts before each token (prefix sums), for {@link between}. */
  wordsBefore: Int32Array;
  commasBefore: Int32Array;
  /** The slot covering each token, or -1. */
  slotAt: Int32Array;
  /**
   * Per token, the first token of the actor phrase it belongs to — a slot, or a person's name with
   * its title chains (ActorMention.titles) — or -1: a phrase counts as one word in context windows.
   */
  unitFirst: Int32Array;
  /** 1 for a token inside a time expression. */
  inTimex: Uint8Array;
  /** Per sentence, the range [from, to) of its slots in `slots` (slots are in text order). */
  slotRange: Int32Array;
}

const DEBUG = process.env.RASD_EVENTS_DEBUG === '1';
/**
 * A variant of a word (`wordVariants`) with what the trigger search looks up for it in the lexicon,
 * found once when the word's variants are made (they are cached per lexicon).
 */
interface Variant {
  key: string;
  cut: number;
  /** `lex.forms.get(key)`. */
  forms: readonly Sense[] | undefined;
  /** `lex.phrases.get(key)`. */
  phrases: readonly Phrase[] | undefined;
  /** `lex.purpose.has(key)`. */
  purpose: boolean;
}

/**
 * What the coder looks up for a word, found once per word form and lexicon (cached, bounded): its
 * variants, and the first variant that is a people noun, a place noun, a country nisba, or a country
 * name the knowledge base gives only with an entity — the lookups {@link buildSlots} makes for every
 * token. A plain word — one the lexicon's {@link WordFilter} rules out — gets an entry of its own
 * per token, with every flag off and its variants made on first use ({@link variantsOf}).
 */
interface WordInfo {
  /** The variants (null in a plain word's entry until {@link variantsOf} makes them). */
  vars: Variant[] | null;
  /** Some variant is a trigger form or starts a trigger phrase. */
  trigger: boolean;
  /** Some variant is a purpose adverb (no trigger then). */
  purpose: boolean;
  /** Some variant starts a cue of the lexicon's cue sets. */
  cue: boolean;
  /** The ids ({@link WordCache.cueIds}) of the variants that start a cue, in the variants' order: what {@link cueFrom} looks up. */
  cueIds: readonly number[];
  /** Some variant is a word of a phrase after its first ({@link EventLexicon.phraseWords}). */
  phraseWord: boolean;
  people: Variant | undefined;
  place: Variant | undefined;
  nisba: { country: string; cut: number } | undefined;
  needsEntityCountry: Variant | undefined;
  /** Some variant is an opinion verb (syntax `opinion_verbs`). */
  opinion: boolean;
  /** The word, or the word without its و/ف, opens a clause (`clause_openers`, `complementizers`). */
  opensClause: boolean;
  /** The word without its و/ف is a cause word (`cause_words`). */
  cause: boolean;
}
const NO_IDS: readonly number[] = [];
const NO_WORD: WordInfo = plainInfo([]);
/** An entry with every flag off: {@link NO_WORD}, or a plain word's (variants made on first use). */
function plainInfo(vars: Variant[] | null): WordInfo {
  return {
    vars,
    trigger: false,
    purpose: false,
    cue: false,
    cueIds: NO_IDS,
    phraseWord: false,
    people: undefined,
    place: undefined,
    nisba: undefined,
    needsEntityCountry: undefined,
    opinion: false,
    opensClause: false,
    cause: false,
  };
}

/**
 * A Bloom filter over every key that can turn a flag of {@link WordInfo} on: trigger forms and
 * phrase starts, purpose adverbs, cue starts, later phrase words, people and place nouns, opinion
 * verbs, clause openers, complementizers, cause words, and the knowledge base's nisbas and
 * entity-only names. A word none of whose variants (or the suffixes that stand for them, see
 * {@link plainWord}) is in the filter has every flag off, so the coder skips the word cache for it:
 * most of the text's rare words are such, and the cache look-up of a rare word is a chain of cache
 * misses that cost a fifth of the stage (docs/events.md, "Speed in session 23"). No false negatives,
 * so the flags are exactly those the cache would give; a false positive only takes the cache path.
 */
interface WordFilter {
  bits: Uint32Array;
}
/**
 * log2 of the filter's size in bits: 2^19 bits, 64 KB (about 31 bits per key for the lexicon's
 * 16,800 keys), blocked: a key's two bits lie in one 512-bit block (one cache line), chosen by the
 * top bits of its hash, so that a look-up touches one line of memory.
 */
const FILTER_LOG2 = 19;
/** One step of the right-to-left string hash: `h` of a string `s` to the hash of `c + s`. */
const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
const HASH_SEED = 0x811c9dc5 | 0;
const ALIF = 0x0627;
const LAM = 0x0644;
/** Sets the filter's two bits of a string hash (murmur3's finaliser: the block from its top bits, the two bits from its low 18). */
function filterAdd(f: WordFilter, h: number): void {
  const x = fmix32(h);
  const block = (x >>> (32 - (FILTER_LOG2 - 9))) << 4;
  const a = x & 511;
  const b = (x >>> 9) & 511;
  f.bits[block + (a >>> 5)]! |= 1 << (a & 31);
  f.bits[block + (b >>> 5)]! |= 1 << (b & 31);
}
function filterHas(f: WordFilter, h: number): boolean {
  const x = fmix32(h);
  const block = (x >>> (32 - (FILTER_LOG2 - 9))) << 4;
  const a = x & 511;
  const b = (x >>> 9) & 511;
  return (f.bits[block + (a >>> 5)]! & (1 << (a & 31))) !== 0 && (f.bits[block + (b >>> 5)]! & (1 << (b & 31))) !== 0;
}
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
function stringHash(s: string): number {
  let h = HASH_SEED;
  for (let i = s.length - 1; i >= 0; i--) h = hashStep(h, s.charCodeAt(i));
  return h;
}
function buildWordFilter(lex: EventLexicon, kb: ReturnType<typeof defaultKb>): WordFilter {
  const f: WordFilter = { bits: new Uint32Array(1 << (FILTER_LOG2 - 5)) };
  const { syntax } = lex;
  const sets: Iterable<string>[] = [
    lex.forms.keys(),
    lex.phrases.keys(),
    lex.purpose,
    lex.cueStarts,
    lex.phraseWords,
    syntax.peopleNouns.keys(),
    syntax.placeNouns,
    syntax.opinionVerbs,
    syntax.clauseOpeners,
    syntax.complementizers,
    syntax.causeWords,
    kb.nisbas.keys(),
    kb.needsEntity,
  ];
  for (const set of sets) for (const k of set) filterAdd(f, stringHash(k));
  return f;
}
/**
 * Can no variant of the word turn a flag on? {@link wordVariants} makes the word itself, the word
 * without one or two proclitic letters, with ال put back for لل (`ال` + the word from its third or
 * fourth letter), and each of these without its ال: all are suffixes of the word from its first to
 * its fifth letter, or ال + a suffix from its third or fourth. The bare word of {@link stripConj} is
 * one of them. A superset of the variants is looked up (neverStrip and the length rules ignored).
 */
function plainWord(f: WordFilter, k: string): boolean {
  const n = k.length;
  let h = HASH_SEED;
  let hit = false;
  for (let i = n - 1; i >= 0; i--) {
    h = hashStep(h, k.charCodeAt(i));
    if (!hit && i <= 4) hit = filterHas(f, h) || ((i === 2 || i === 3) && filterHas(f, hashStep(hashStep(h, LAM), ALIF)));
  }
  lastHash = h;
  return !hit;
}
/** The {@link stringHash} of the word {@link plainWord} last looked at (no object made per call). */
let lastHash = 0;

/**
 * A word's flags as bits ({@link flagsOf}): what {@link WordInfo}'s flags say, one bit each, and
 * whether its people, place, nisba and entity-only-country variants exist. 0: a plain word.
 */
const F_TRIGGER = 1;
const F_PURPOSE = 2;
const F_CUE = 4;
const F_PHRASE_WORD = 8;
const F_PEOPLE = 16;
const F_PLACE = 32;
const F_NISBA = 64;
const F_NEEDS_ENTITY = 128;
const F_OPINION = 256;
const F_OPENS_CLAUSE = 512;
const F_CAUSE = 1024;
function infoFlags(x: WordInfo): number {
  return (
    (x.trigger ? F_TRIGGER : 0) |
    (x.purpose ? F_PURPOSE : 0) |
    (x.cue ? F_CUE : 0) |
    (x.phraseWord ? F_PHRASE_WORD : 0) |
    (x.people ? F_PEOPLE : 0) |
    (x.place ? F_PLACE : 0) |
    (x.nisba ? F_NISBA : 0) |
    (x.needsEntityCountry ? F_NEEDS_ENTITY : 0) |
    (x.opinion ? F_OPINION : 0) |
    (x.opensClause ? F_OPENS_CLAUSE : 0) |
    (x.cause ? F_CAUSE : 0)
  );
}

/**
 * The words the {@link WordFilter} lets through, in one flat open-addressing table: a record of 16
 * UTF-16 units (32 bytes, half a cache line) per word — its length, its flags, the index of its
 * {@link WordInfo} in `infos` and its letters — so that the first look at a token costs one cache
 * line and its `WordInfo` one more, where a `Map` look-up walks a hash chain through several objects.
 * Words longer than {@link FLAG_CHARS} letters are not kept here (they take the `Map` path,
 * {@link cachedInfo}). The table is emptied between documents once it is half full
 * ({@link wordCacheOf}), never inside one: a token's entry keeps its index for the whole document.
 */
interface FlagTable {
  recs: Uint16Array;
  /** The words' entries (a word with no flag on has none: its record's index is 0). */
  infos: WordInfo[];
  /** Records in use. */
  size: number;
}
const FLAG_LOG2 = 17;
const FLAG_SLOTS = 1 << FLAG_LOG2;
const FLAG_CHARS = 12;
const FLAG_REC = 16;
/** A token's packed entry ({@link Work.flags}): the flags in the low bits, then 1 + the index into `infos` (0: none). */
const FLAG_BITS = 11;
const FLAG_MASK = (1 << FLAG_BITS) - 1;
/** `k`'s packed entry in the table, or -1. `h` is the word's {@link stringHash}. */
function flagGet(t: FlagTable, k: string, h: number): number {
  const n = k.length;
  const recs = t.recs;
  for (let slot = fmix32(h) & (FLAG_SLOTS - 1); ; slot = (slot + 1) & (FLAG_SLOTS - 1)) {
    const r = slot * FLAG_REC;
    const len = recs[r]!;
    if (len === 0) return -1;
    if (len !== n) continue;
    let c = 0;
    while (c < n && recs[r + 4 + c] === k.charCodeAt(c)) c++;
    if (c === n) return recs[r + 1]! | ((recs[r + 2]! | (recs[r + 3]! << 16)) << FLAG_BITS);
  }
}
/** Keeps `k` and its entry in the table (unless the table is three quarters full); returns its packed entry. */
function flagPut(t: FlagTable, k: string, h: number, info: WordInfo): number {
  const flags = infoFlags(info);
  if (t.size >= (FLAG_SLOTS >>> 2) * 3) return flags; // (only a huge document gets here: the Map path then)
  let ref = 0;
  if (flags !== 0) ref = t.infos.push(info);
  const recs = t.recs;
  let slot = fmix32(h) & (FLAG_SLOTS - 1);
  while (recs[slot * FLAG_REC] !== 0) slot = (slot + 1) & (FLAG_SLOTS - 1);
  const r = slot * FLAG_REC;
  recs[r] = k.length;
  recs[r + 1] = flags;
  recs[r + 2] = ref & 0xffff;
  recs[r + 3] = ref >>> 16;
  for (let c = 0; c < k.length; c++) recs[r + 4 + c] = k.charCodeAt(c);
  t.size++;
  return flags | (ref << FLAG_BITS);
}

/** Per lexicon, the cache and the knowledge base it was filled from (a new knowledge base empties it). */
const WORD_CACHES = new WeakMap<EventLexicon, WordCache>();
interface WordCache {
  kb: ReturnType<typeof defaultKb>;
  /** The entries of words too long for the flag table. */
  map: Map<string, WordInfo>;
  filter: WordFilter;
  flags: FlagTable;
  /** A number for each key of {@link EventLexicon.cueStarts}: cue look-ups by number touch no string. */
  cueIds: Map<string, number>;
}
/**
 * The word cache of a lexicon, emptied when the knowledge base changes, its flag table once half
 * full (looked up once per document, before any of its words).
 */
function wordCacheOf(lex: EventLexicon): WordCache {
  const kb = defaultKb();
  let entry = WORD_CACHES.get(lex);
  if (!entry || entry.kb !== kb) {
    const flags = { recs: new Uint16Array(FLAG_SLOTS * FLAG_REC), infos: [], size: 0 };
    const cueIds = new Map([...lex.cueStarts].map((k, id) => [k, id]));
    WORD_CACHES.set(lex, (entry = { kb, map: new Map(), filter: buildWordFilter(lex, kb), flags, cueIds }));
  } else if (entry.flags.size >= FLAG_SLOTS >>> 1) {
    entry.flags.recs.fill(0);
    entry.flags.infos = [];
    entry.flags.size = 0;
  }
  return entry;
}
/** A word's variants with what the trigger search looks up for each ({@link Variant}). */
function makeVariants(lex: EventLexicon, k: string): Variant[] {
  return wordVariants(k, lex.neverStrip).map((x) => ({ key: x.key, cut: x.cut, forms: lex.forms.get(x.key), phrases: lex.phrases.get(x.key), purpose: lex.purpose.has(x.key) }));
}
/** Token `i`'s packed entry (flags and index, {@link FLAG_BITS}); 0 for a plain word, punctuation or an empty key. */
function packedOf(w: Work, i: number): number {
  const known = w.flags[i]!;
  if (known >= 0) return known;
  const k = w.keys[i]!;
  if (!k) return (w.flags[i] = 0);
  if (plainWord(w.wordCache.filter, k)) return (w.flags[i] = 0);
  return (w.flags[i] = tableEntry(w.lex, w.wordCache, k, lastHash));
}
/** The flags of token `i`'s word (bits F_*; 0 for a plain word, punctuation or an empty key). */
function flagsOf(w: Work, i: number): number {
  return packedOf(w, i) & FLAG_MASK;
}
/** The packed entry of a word the filter lets through, from the flag table (filled on first sight); `h` its {@link stringHash}. */
function tableEntry(lex: EventLexicon, cache: WordCache, k: string, h: number): number {
  if (k.length > FLAG_CHARS) return infoFlags(cachedInfo(lex, cache, k));
  const packed = flagGet(cache.flags, k, h);
  return packed >= 0 ? packed : flagPut(cache.flags, k, h, makeInfo(lex, cache, k));
}

/**
 * The words whose flags the fast path — the {@link WordFilter}, then the flag table — gives other
 * than the full look-up ({@link makeInfo}) does: none, by construction; the tests check it on real
 * text and on the lexicon's own words with proclitics.
 */
export function wordFlagMismatches(keys: Iterable<string>, lex: EventLexicon = defaultEventLexicon()): string[] {
  const cache = wordCacheOf(lex);
  const out: string[] = [];
  for (const k of keys) {
    if (!k) continue;
    const fast = plainWord(cache.filter, k) ? 0 : tableEntry(lex, cache, k, lastHash) & FLAG_MASK;
    if (fast !== infoFlags(makeInfo(lex, cache, k))) out.push(k);
  }
  return out;
}
/** What the coder looks up for token `i`'s word: a plain word's entry of its own, else the shared one. */
function wordInfo(w: Work, i: number): WordInfo {
  const info = w.info[i];
  if (info) return info;
  const k = w.keys[i]!;
  if (!k) return (w.info[i] = NO_WORD);
  const packed = packedOf(w, i);
  if ((packed & FLAG_MASK) === 0) return (w.info[i] = plainInfo(null));
  const ref = packed >>> FLAG_BITS;
  return (w.info[i] = ref > 0 ? w.wordCache.flags.infos[ref - 1]! : cachedInfo(w.lex, w.wordCache, k));
}
/** The {@link WordInfo} of a word too long for the flag table, cached in a `Map`. */
function cachedInfo(lex: EventLexicon, wordCache: WordCache, k: string): WordInfo {
  const cache = wordCache.map;
  let info = cache.get(k);
  if (!info) {
    info = makeInfo(lex, wordCache, k);
    if (cache.size > 100_000) cache.clear();
    cache.set(k, info);
  }
  return info;
}
/** What the coder looks up for a word ({@link WordInfo}), made from the lexicon and knowledge base. */
function makeInfo(lex: EventLexicon, wordCache: WordCache, k: string): WordInfo {
  const kb = wordCache.kb;
  const vars = makeVariants(lex, k);
  const nv = vars.find((x) => kb.nisbas.has(x.key));
  // (per word, not per token: the clause and cause tests of every token read these)
  const bare = bareKey(lex.syntax, k);
  const { clauseOpeners, complementizers, causeWords, opinionVerbs } = lex.syntax;
  const cueIds: number[] = [];
  for (const x of vars) {
    const id = wordCache.cueIds.get(x.key);
    if (id !== undefined) cueIds.push(id);
  }
  return {
    vars,
    trigger: vars.some((x) => x.forms !== undefined || x.phrases !== undefined),
    purpose: vars.some((x) => x.purpose),
    cue: cueIds.length > 0,
    cueIds,
    phraseWord: vars.some((x) => lex.phraseWords.has(x.key)),
    people: vars.find((x) => lex.syntax.peopleNouns.has(x.key)),
    place: vars.find((x) => lex.syntax.placeNouns.has(x.key)),
    nisba: nv ? { country: kb.nisbas.get(nv.key)!, cut: nv.cut } : undefined,
    needsEntityCountry: vars.find((x) => kb.needsEntity.has(x.key) && kb.names.get(x.key)?.vals.some((e) => e.kind === 'country')),
    opinion: vars.some((x) => opinionVerbs.has(x.key)),
    opensClause: clauseOpeners.has(k) || clauseOpeners.has(bare) || complementizers.has(k) || complementizers.has(bare),
    cause: causeWords.has(bare),
  };
}
/** The variants of token `i`'s word (made on first use for a plain word). */
function variantsOf(w: Work, i: number): Variant[] {
  const info = wordInfo(w, i);
  return info.vars ?? (info.vars = makeVariants(w.lex, w.keys[i]!));
}

const isWord = (t: Token): boolean => t.kind === 'word' || t.kind === 'number' || t.kind === 'date' || t.kind === 'time' || t.kind === 'hashtag';
/** An Arabic or Latin comma. */
const isComma = (t: Token | undefined): boolean => t !== undefined && (t.text === '،' || t.text === ',');

/** A proclitic preposition written apart with a tatweel (لـ in لـCNN، بـ in بـ"الإفراج") at token `k`: the letter, else null. */
function procliticApart(w: Work, k: number): string | null {
  if (!/ـ$/.test(w.toks[k]!.text)) return null;
  const letter = w.keys[k]!.replace(/^[وف]/, '');
  return letter.length === 1 && w.lex.syntax.procliticPrepositions.has(letter) ? letter : null;
}

/** Does token `i` carry this word (under any of its variants)? */
function tokenIs(w: Work, i: number, key: string): boolean {
  return variantsOf(w, i).some((v) => v.key === key);
}

/** Does a cue start at token `i`? Returns the index after it, or -1. */
function cueAt(w: Work, i: number, cue: Cue): number {
  let j = i;
  for (let c = 0; c < cue.length; c++) {
    const cw = cue[c]!;
    while (j < w.toks.length && !isWord(w.toks[j]!)) j++;
    if (j >= w.toks.length) return -1;
    if (cw.prefix) {
      // a preposition written on the next word: the next word starts with it (after و/ف)
      const k = w.keys[j]!.replace(/^[وف]/, '');
      if (!k.startsWith(cw.key) || k.length < cw.key.length + 2) return -1;
      return j; // the prefixed word is the complement itself
    }
    if (!tokenIs(w, j, cw.key)) return -1;
    j++;
  }
  return j;
}

/** Word-token indexes around a hit, within one sentence, `n` words on the given side. */
function windowWords(w: Work, h: { first: number; last: number; sentence: number }, n: number, side: 'before' | 'after' | 'both', namesAsOne = false): number[] {
  const out: number[] = [];
  const s = w.sentences[h.sentence]!;
  // (with namesAsOne, an actor's name — a person's with its titles — counts as one word: وصل الأمير
  // محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد … إلى;
  // no closure here: the function runs for every hit and filter)
  if (side !== 'after') {
    let c = 0;
    for (let i = h.first - 1; i >= 0 && c < n && w.toks[i]!.start >= s.start; i--) {
      if (!isWord(w.toks[i]!)) continue;
      out.push(i);
      if (!namesAsOne || w.unitFirst[i]! < 0 || w.unitFirst[i] === i) c++;
    }
  }
  if (side !== 'before') {
    let c = 0;
    for (let i = h.last + 1; i < w.toks.length && c < n && w.toks[i]!.end <= s.end; i++) {
      if (!isWord(w.toks[i]!)) continue;
      out.push(i);
      if (!namesAsOne || w.unitFirst[i]! < 0 || w.unitFirst[i] === i) c++;
    }
  }
  return out;
}

/** Per cue set, its cues by the number of their first word ({@link WordCache.cueIds}). */
const CUES_BY_ID = new WeakMap<CueSet, Map<number, readonly Cue[]>>();
function cuesById(w: Work, set: CueSet): Map<number, readonly Cue[]> {
  let byId = CUES_BY_ID.get(set);
  if (!byId) {
    byId = new Map();
    for (const [k, cues] of set.byFirst) {
      const id = w.wordCache.cueIds.get(k);
      // (every set the coder looks up is one cueStarts is made from: a set outside them is a bug)
      if (id === undefined) throw new RasdError('E_INTERNAL', `events: the cue word ${k} is not in the lexicon's cueStarts`);
      byId.set(id, cues);
    }
    CUES_BY_ID.set(set, byId);
  }
  return byId;
}

/**
 * The first cue of the set that starts at token `i`, or null. Only the variants that start some cue
 * are looked up, by number (`cueIds`): every set passed here is one of those
 * {@link EventLexicon.cueStarts} is made from.
 */
function cueFrom(w: Work, i: number, set: CueSet): Cue | null {
  if (!(flagsOf(w, i) & F_CUE)) return null;
  const byId = cuesById(w, set);
  for (const id of wordInfo(w, i).cueIds) {
    const cands = byId.get(id);
    if (cands) for (const c of cands) if (cueAt(w, i, c) >= 0) return c;
  }
  return null;
}

/** The word keys of actor names (cached: a name is folded once). */
const NAME_KEYS = new Map<string, ReadonlySet<string>>();
/** Is the word (a key) one of the words of the slot's known actor name (قوات الدعم السريع: الدعم)? Only a knowledge-base name: a span the tagger guessed may run past the name (قيس سعيد الله). */
const inName = (sl: Slot, key: string): boolean => {
  if (sl.m.kb === null || !sl.m.actor.name) return false;
  let keys = NAME_KEYS.get(sl.m.actor.name);
  if (!keys) NAME_KEYS.set(sl.m.actor.name, (keys = new Set(sl.m.actor.name.split(/\s+/).map((x) => keyOfText(x)))));
  return keys.has(key);
};

function filterHolds(w: Work, h: Hit, f: CompiledFilter, blocking = false): boolean {
  for (const i of windowWords(w, h, f.window, f.side, true)) {
    // (a word inside an actor's name is the name's, no word that blocks the trigger: ونفت قوات «الدعم»
    // السريع is no denial of support; a name's first word still counts, قناة الجزيرة — and a word a
    // sense requires may stand in a name, أوقفت أجهزة «الأمن»)
    // (… nor a later word of a person's name the tagger marked: عبد «الرحمن» بن سعد القحطاني is no
    // pilgrim, ضيوف الرحمن)
    const sl = w.slotAt[i]!;
    if (blocking && sl >= 0 && w.slots[sl]!.first < i && (w.slots[sl]!.entity?.type === 'PER' || inName(w.slots[sl]!, stripConj(w, w.keys[i]!)))) continue;
    if (cueFrom(w, i, f.near)) return true;
  }
  return false;
}

/**
 * Is the word an indefinite noun (تصريح، مؤتمر، مصدر), so that a nisba after it is its adjective? Not
 * definite, no preposition, number or verb (a feminine past, a report or light verb, a present form —
 * except a verbal noun of the pattern تفعيل: تصريح، تقرير).
 */
function nounAt(w: Work, k: number): boolean {
  if (w.toks[k]!.kind !== 'word') return false;
  const key = w.keys[k]!;
  const bare = stripConj(w, key);
  const { syntax } = w.lex;
  if (/^(ال|[وفبل]ال|لل)/.test(key) || syntax.prepositions.has(bare)) return false;
  if (/^ت..ي.$/.test(bare)) return true;
  if (syntax.reportVerbs.has(bare) || syntax.lightVerbs.has(bare) || /ت$/.test(bare) || /^(ي|ن|أ|ا|ت)/.test(bare)) return false;
  return true;
}

/** Step 1: the trigger hits of one sentence, filtered, longest first, not overlapping. */
function findTriggers(w: Work, si: number, from: number, to: number): Hit[] {
  const cands: Hit[] = [];
  const { lex } = w;
  for (let i = from; i < to; i++) {
    const t = w.toks[i]!;
    if (t.kind !== 'word') continue;
    const flags = flagsOf(w, i);
    if (!(flags & F_TRIGGER) || flags & F_PURPOSE) continue;
    const vars = variantsOf(w, i);
    const pk = i > from ? w.keys[i - 1]! : '';
    const prevKey = stripConj(w, pk);
    // (من before a present verb is the relative «whom», no preposition: ملاحقة من «تتهمهم» الحكومة;
    // relatives_before_present)
    const relativeMan = lex.syntax.relativesBeforePresent.has(prevKey) && /^[يت][^ا]/.test(w.keys[i]!) && (lex.forms.get('ي' + w.keys[i]!.slice(1)) ?? []).length > 0;
    const afterPrep = lex.syntax.prepositions.has(prevKey) && prevKey !== 'بعد' && prevKey !== 'قبل' && !relativeMan;
    let formFound = false;
    let phraseFound = false;
    for (const v of vars) {
      if (v.forms === undefined && v.phrases === undefined) continue;
      // a verbal noun: with ال, after a proclitic preposition, or ending in ة / ات (no verb does)
      const nominal =
        (v.key.startsWith('ال') && v.forms === undefined && realArticle(t.text, v.cut)) ||
        afterPrep ||
        v.key.length < w.keys[i]!.length - v.cut ||
        (v.cut > 0 && /[بلك]/.test(w.keys[i]!.slice(0, v.cut))) ||
        // ة / ات end nouns — not the participles مُتَّهِمة، مُتوعِّدا that act as verbs
        (/(ة|ات)[\u064B-\u0652]*$/.test(t.text) && !/^مت[^ا]/.test(v.key));
      if (!phraseFound) {
        for (const p of v.phrases ?? []) {
          let j = i;
          let ok = true;
          const parts = [i];
          for (let q = 1; q < p.positions.length && ok; q++) {
            let gap = 0;
            let k = j + 1;
            ok = false;
            while (k < to) {
              const tk = w.toks[k]!;
              // (a hashtag sign written onto the word before, وتُلقي#لندن, is passed over, and so is a
              // quotation mark inside the phrase: "لن تقطع" التعاون)
              if (tk.text === '#' || QUOTE_MARK.test(tk.text)) {
                k++;
                continue;
              }
              if (!isWord(tk)) break;
              if (flagsOf(w, k) & F_PHRASE_WORD && variantsOf(w, k).some((x) => p.positions[q]!.has(x.key))) {
                ok = true;
                j = k;
                parts.push(k);
                break;
              }
              // a number and the words of an approximate number (نحو 3600 جندي) are no gap
              if (tk.kind !== 'number' && !(w.lex.syntax.approximators.has(w.keys[k]!) && numberSoon(w, k)) && ++gap > p.gap) break;
              if (k - j > p.gap + 4) break;
              k++;
            }
          }
          if (ok) {
            cands.push({ first: i, last: j, sense: p.sense, cut: v.cut, nominal, key: v.key, sentence: si, parts, definite: realArticle(t.text, v.cut) });
            phraseFound = true;
          }
        }
      }
      if (!formFound) {
        const senses = v.forms;
        if (senses) {
          for (const s of senses) cands.push({ first: i, last: i, sense: s, cut: v.cut, nominal: nominal || s.trigger.verbal_noun === true, key: v.key, sentence: si, parts: [i], definite: realArticle(t.text, v.cut) });
          formFound = true;
        }
      }
    }
  }
  const kept = cands.filter((h) => (!h.sense.requires || filterHolds(w, h, h.sense.requires)) && !h.sense.notWhen.some((f) => filterHolds(w, h, f, true)));
  if (DEBUG) for (const h of cands) console.error(`[events] ${w.toks[h.first]!.text}…${w.toks[h.last]!.text} ${h.sense.id} ${kept.includes(h) ? 'kept' : 'filtered'}`);
  kept.sort((a, b) => b.last - b.first - (a.last - a.first) || b.sense.confidence - a.sense.confidence || a.first - b.first);
  const taken = new Uint8Array(to - from);
  const out: Hit[] = [];
  for (const h of kept) {
    let free = true;
    for (let i = h.first; i <= h.last && free; i++) free = taken[i - from] === 0;
    if (!free) continue;
    for (let i = h.first; i <= h.last; i++) taken[i - from] = 1;
    out.push(h);
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Is a number one or two tokens after `k` (نحو 3600، أكثر من 500)? */
const numberSoon = (w: Work, k: number): boolean => w.toks[k + 1]?.kind === 'number' || w.toks[k + 2]?.kind === 'number';

/** Is the trigger the object of a preposition (separate, or a proclitic بـ / لـ)? */
function introducedByPreposition(w: Work, h: Hit): boolean {
  if (/^[وف]?[بل]/.test(w.keys[h.first]!.slice(0, h.cut))) return true;
  // (a number may stand between: أفرجوا عن 290 محتجزا)
  let k = h.first - 1;
  if (k > 0 && w.toks[k]!.kind === 'number') k--;
  return w.lex.syntax.prepositions.has(stripConj(w, w.keys[k] ?? ''));
}

/** Does a demand's complement (بـ، إلى — syntax.json complement_heads) open right after token `k`? */
function complementAfter(w: Work, k: number): boolean {
  let j = k + 1;
  while (j < w.toks.length && !isWord(w.toks[j]!)) j++;
  if (j >= w.toks.length) return false;
  const heads = w.lex.syntax.complementHeads;
  const key = w.keys[j]!;
  return heads.has(key) || (key.length > 2 && heads.has(key[0]!)) || procliticApart(w, j) === 'ب';
}

/** Is the verbal noun the setting of an act before it: right after في / خلال / أثناء (في اشتباك; setting_prepositions)? */
const inPhrase = (w: Work, h: Hit): boolean => h.first > 0 && w.lex.syntax.settingPrepositions.has(stripConj(w, w.keys[h.first - 1] ?? ''));

/** Does the word carry the article ال after its first `cut` letters (ال written with a bare alef, not أل / إل)? */
function realArticle(text: string, cut: number): boolean {
  const letters = normalizeLetters(text);
  const rest = letters.slice(cut);
  // ال before a two-letter stem is a verb written without its hamza (والقت تونس القبض)
  if (rest.startsWith('ال') && rest.length <= 4) return false;
  return rest.startsWith('ال') || (cut > 0 && letters.slice(cut - 1).startsWith('لل'));
}

/** A word without its conjunction و / ف — unless it is a function word that starts with the letter (في، فيما، فوق). */
function stripConj(w: Work, k: string): string {
  return bareKey(w.lex.syntax, k);
}
function bareKey(syntax: EventLexicon['syntax'], k: string): string {
  if (k.length <= 2 || !(k[0] === 'و' || k[0] === 'ف') || syntax.prepositions.has(k) || syntax.clauseOpeners.has(k)) return k;
  return k.slice(1);
}

const QUOTES = new Set(['"', '“', '”', '«', '»']);
/** The other mark of a pair that may close it (a parenthesis only by its partner). */
const PARTNER: Record<string, string> = { '(': ')', ')': '(' };
/**
 * A quotation mark of a short quoted name (`"يونيتامس"`، «رابعة») or a parenthesis of a short aside
 * (الدفاع المدني السوري (الخوذ البيضاء) اتهم): no clause boundary.
 */
function shortQuote(w: Work, i: number): boolean {
  const mark = w.toks[i]!.text;
  const partner = PARTNER[mark];
  if (!QUOTES.has(mark) && !partner) return false;
  for (const dir of partner ? [mark === '(' ? 1 : -1] : [1, -1]) {
    let words = 0;
    for (let j = i + dir; j >= 0 && j < w.toks.length && words <= 3; j += dir) {
      const t = w.toks[j]!;
      if (partner ? t.text === partner : QUOTES.has(t.text)) return words > 0;
      if (!isWord(t)) break;
      words++;
    }
  }
  return false;
}

/** `وقال`، `وأضاف`، `واعتقلت`، `ويطالب`: و + a report, light or trigger verb, or a present verb. */
function verbAfterWa(w: Work, key: string): boolean {
  if (key.length < 4 || key[0] !== 'و' || key.startsWith('وال')) return false;
  const v = key.slice(1);
  const { syntax } = w.lex;
  // a present verb (ويطالب), or a feminine past verb (وأفضت، وقالت)
  return syntax.reportVerbs.has(v) || syntax.lightVerbs.has(v) || (w.lex.forms.has(v) && !/(ه|ات)$/.test(v)) || /^[يت][^ا]/.test(v) || (/ت$/.test(v) && v.length >= 4 && v.length <= 6 && !/ات$/.test(v));
}

/** Step 2: clause numbers per token (global, increasing). */
function cutClauses(w: Work): void {
  let c = 0;
  let sent = -1;
  const { syntax } = w.lex;
  for (let i = 0; i < w.toks.length; i++) {
    const t = w.toks[i]!;
    if (w.sentOf[i] !== sent) {
      sent = w.sentOf[i]!;
      c++;
    }
    if (t.kind === 'punct' || t.kind === 'symbol') {
      // a comma before و + a verb-like word (، وقال …، وأضاف …) joins a new clause; other commas do not cut
      const nextKey = w.keys[i + 1] ?? '';
      if ((syntax.clausePunctuation.has(t.text) && !shortQuote(w, i)) || (isComma(t) && verbAfterWa(w, nextKey))) c++;
      w.clauseOf[i] = c;
      continue;
    }
    if (flagsOf(w, i) & F_OPENS_CLAUSE) c++;
    w.clauseOf[i] = c;
  }
}

/**
 * Acts in kind (syntax.json `reciprocal_phrases`: خطوات مماثلة، بالمثل): for each phrase with a named
 * subject before it in its clause (اتخذت روسيا، وردت موسكو), the event of the latest act told in the
 * three sentences up to it against the subject's country by another — the same type, mode and CAMEO
 * code, the subject its source and that act's source its target. A phrase after a preposition names
 * the other side's act (ردا على إجراء مماثل اتخذته لندن), not one of its own; a future verb before it
 * makes it expected, a negation negated. Undated.
 */
function reciprocalActs<E extends Event & { clause: number; remention: boolean; argless: boolean; needsTarget: boolean }>(w: Work, events: readonly E[]): E[] {
  const out: E[] = [];
  const { toks, lex } = w;
  const { syntax } = lex;
  const firsts = syntax.reciprocalFirsts;
  // (one look at the whole text first: most articles have no such phrase)
  if (!syntax.reciprocalHint.test(w.doc.text.replace(/[\u064B-\u0652\u0640]/g, ''))) return out;
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i]!)) continue;
    // (most words start no such phrase: one look at the word's keys first)
    const vars = variantsOf(w, i);
    let starts = false;
    for (let v = 0; v < vars.length && !starts; v++) starts = firsts.has(vars[v]!.key);
    if (!starts) continue;
    let phrase: readonly string[] | undefined;
    for (const p of syntax.reciprocalPhrases) {
      let ok = true;
      for (let n = 0; n < p.length && ok; n++) ok = i + n < toks.length && tokenIs(w, i + n, p[n]!);
      if (ok) {
        phrase = p;
        break;
      }
    }
    if (!phrase) continue;
    const last = i + phrase.length - 1;
    const prevKey = i > 0 ? stripConj(w, w.keys[i - 1]!) : '';
    if (syntax.prepositions.has(prevKey)) continue;
    const sent = w.sentOf[i]!;
    const clause = w.clauseOf[i]!;
    const subj = sentenceSlots(w, sent)
      .filter((k) => w.slots[k]!.last < i && w.clauseOf[w.slots[k]!.first] === clause && w.slots[k]!.prep === null && w.slots[k]!.people === null && w.slots[k]!.m.actor.country !== null)
      .pop();
    if (subj === undefined) continue;
    const sides = groupBack(w, w.slots, subj).map((k) => w.slots[k]!);
    const own = new Set(sides.map((x) => x.m.actor.country));
    // (the trigger without its proclitics: ردت «بإجراءات» → إجراءات)
    const start = toks[i]!.start + cutChars(toks[i]!.text, variantsOf(w, i).find((v) => v.key === phrase[0])?.cut ?? 0);
    const answered = [...events]
      .reverse()
      .find((e) => e.trigger.start < start && sent - w.sentOf[tokenAt(toks, e.trigger.start)]! <= 2 && e.target.some((a) => own.has(a.country)) && e.source.some((a) => a.country !== null && !own.has(a.country)));
    if (!answered) continue;
    // (the modality cues of the lexicon, up to four words before it in its clause: عدم الرد بإجراءات
    // مماثلة; a future verb there: سترد بالمثل)
    const span = { first: i, last, sentence: sent };
    const negated = cueBefore(w, span, lex.modality.get('negated')!, 4, true) !== null;
    const expected = !negated && (cueBefore(w, span, lex.modality.get('expected')!, 4, true) !== null || windowWords(w, span, 4, 'before').some((k) => w.clauseOf[k] === clause && isFuture(w, stripConj(w, w.keys[k]!))));
    const modality: Modality = negated ? 'negated' : expected ? 'expected' : 'asserted';
    const end = toks[last]!.end;
    const trigger: TextSpan = { text: w.doc.text.slice(start, end), start, end };
    const sentence = w.sentences[sent]!;
    const source: EventArg[] = sides.map((x) => inferCountry(w, x, 'source', null, null, []));
    out.push({
      ...answered,
      trigger,
      sentence: { start: sentence.start, end: sentence.end },
      source,
      target: answered.source.filter((a) => !own.has(a.country)),
      date: null,
      timex: null,
      location: null,
      modality,
      confidence: answered.confidence * 0.8,
      mentions: [{ trigger, sentence: { start: sentence.start, end: sentence.end } }],
      why: [`in kind (${trigger.text}): answers «${answered.trigger.text}» (${answered.type}) against ${[...own].join('+')}`, `source: «${sides.map((x) => x.m.text).join('، ')}», the subject before it`, `target: the author of «${answered.trigger.text}»`, modality],
      clause,
      remention: false,
      argless: false,
      needsTarget: false,
    });
  }
  return out;
}

/**
 * Per sentence, the token after which commentators' opinion runs: an opinion verb (syntax.json
 * `opinion_verbs`: يرى، اعتبر، يعتقد) with a commentator after it (`commentators`: مراقبون، محللون،
 * الباحث) and then أنّ (ويرى مراقبون أن …، ويرى الباحث … جاد الحلو أن …).
 */
function commentaries(w: Work): Map<number, number> {
  const out = new Map<number, number>();
  const { syntax } = w.lex;
  for (let k = 0; k < w.toks.length; k++) {
    if (!isWord(w.toks[k]!)) continue;
    // (the word's cached flag, no lookup per token)
    if (!(flagsOf(w, k) & F_OPINION)) continue;
    const sent = w.sentOf[k]!;
    if (out.has(sent)) continue;
    let who = false;
    for (let j = k + 1; j < w.toks.length && j <= k + 10 && w.sentOf[j] === sent; j++) {
      if (!isWord(w.toks[j]!)) continue;
      const key = stripConj(w, w.keys[j]!);
      if (j <= k + 2 && syntax.commentators.has(key)) who = true;
      else if (who && syntax.complementizers.has(key)) {
        out.set(sent, j);
        break;
      }
    }
  }
  return out;
}

/** Is hit `h`, a verbal noun of the same type, what verb `v`'s sense requires near it (وقّع … اتفاقية)? */
/** The first token after the trigger, within its sense's window, of the word the sense requires after it (قضت … «بسجن»), or undefined. */
function requiredAfter(w: Work, h: Hit): number | undefined {
  const req = h.sense.requires;
  if (!req || req.side !== 'after') return undefined;
  return windowWords(w, h, req.window, 'after', true).find((k) => cueFrom(w, k, req.near) !== null);
}

function requiredBy(w: Work, v: Hit, h: Hit): boolean {
  const req = v.sense.requires;
  if (!req || v.nominal || !h.nominal || v.sense.type !== h.sense.type || h.first <= v.last) return false;
  return windowWords(w, v, req.window, req.side, true).includes(h.first) && cueFrom(w, h.first, req.near) !== null;
}

/** The token index containing a character offset (binary search). */
function tokenAt(toks: readonly Token[], off: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (toks[mid]!.start <= off) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A quantity word before token `i`, with at most two words between and no preposition (عشرات «سائقي الشاحنات» الأردنيين). */
function quantityBefore(w: Work, i: number): boolean {
  const { syntax } = w.lex;
  for (let j = i - 2; j >= Math.max(0, i - 3); j--) {
    if (!isWord(w.toks[j + 1]!) || syntax.prepositions.has(stripConj(w, w.keys[j + 1]!))) return false;
    if (isWord(w.toks[j]!) && syntax.crowdNouns.has(stripConj(w, w.keys[j]!))) return true;
  }
  return false;
}

/** The actor mentions as slots: not overlapping (the longest kept), with their preposition. */
function buildSlots(w: Work, mentions: readonly ActorMention[], entities: readonly Entity[]): Slot[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Slot[] = [];
  let lastEnd = -1;
  const { syntax } = w.lex;
  const taken = new Uint8Array(w.toks.length); // tokens of the slots made so far
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    lastEnd = m.end;
    const first = tokenAt(w.toks, m.start);
    const last = tokenAt(w.toks, m.end - 1);
    const tok = w.toks[first]!;
    const prefix = w.doc.text.slice(tok.start, m.start);
    let prep: string | null = null;
    let coord = false;
    const p = prefix.replace(/[\u064B-\u0652\u0640]/g, '');
    if (p.length) {
      if (p[0] === 'و' || p[0] === 'ف') coord = p[0] === 'و';
      const letter = p.replace(/^[وف]/, '')[0];
      if (letter && syntax.procliticPrepositions.has(letter)) prep = letter;
    }
    if (!prep && first > 0) {
      const j = first - 1;
      const pk = w.keys[j] ?? '';
      const pkBare = stripConj(w, pk);
      // two-word agent markers (من قبل، على يد، على أيدي) and one-word ones (بنيران، برصاص)
      for (const am of syntax.agentMarkers) {
        if (am.length === 2 && am[1] === pkBare && j > 0 && stripConj(w, w.keys[j - 1]!) === am[0]) prep = 'agent';
        if (am.length === 1 && am[0] === pkBare) prep = 'agent';
      }
      if (prep) {
        // an agent marker
      } else if (syntax.prepositions.has(pkBare)) {
        prep = pkBare;
        if (pk !== pkBare && pk[0] === 'و') coord = true;
      } else if (pk === 'و') coord = true;
      else if (!coord) {
        // the title words before the name: a preposition before them (مع نظيره المصري سامح شكري), or
        // one written on the first of them (لحركة حماس، للرئيس الفرنسي ماكرون), governs the name
        for (let k = j, seen = 0; k >= 0 && seen < 4; k--) {
          const t = w.toks[k]!;
          // (a name in apposition after its title's comma: بين الرئيسين الأميركي، دونالد ترمب)
          if (k === j && isComma(t)) continue;
          if (!isWord(t) || taken[k]) break;
          seen++;
          const bb = stripConj(w, w.keys[k]!);
          if (seen > 1 && syntax.prepositions.has(bb)) {
            if (w.lex.syntax.titleScopePrepositions.has(bb)) prep = bb;
            break;
          }
          const rest = bb.startsWith('لل') ? 'ال' + bb.slice(2) : /^[لب]/.test(bb) ? bb.slice(1) : '';
          if (rest.length >= 3 && w.lex.syntax.titleWord.test(rest)) {
            // (… unless it links two words of one title chain: النائب الأول «للرئيس» الإيراني محمد رضا
            // رحيمي, the deputy of the president — the chain's first word tells what governs the name)
            const before = k > 0 && isWord(w.toks[k - 1]!) && !taken[k - 1] ? stripConj(w, w.keys[k - 1]!) : '';
            if (before && !syntax.prepositions.has(before) && w.lex.syntax.titleWord.test(before)) continue;
            prep = bb[0]!;
            break;
          }
          if (!w.lex.syntax.titleWord.test(bb)) break;
          // … and a و on the first of them joins the name to the mention before (منير الحامدي
          // «ونظيره» الجزائري عبد الكريم بوزيد)
          // (or an organisation's head noun, وحركة حماس; not a title in ـي of the same person: الناشط
          // الحقوقي «والإعلامي» السوداني خالد عبد الكريم)
          if (w.keys[k] !== bb && w.keys[k]![0] === 'و' && (w.lex.syntax.titleHeadNoun.test(bb) || !/ي$/.test(bb))) {
            coord = true;
            break;
          }
        }
      }
    }
    // a mention that kept its proclitic (لحزب الله): the letter is a preposition when the name lacks it
    // (a work-around: the linker (#5) should leave the proclitic outside the span)
    if (!prep && m.start === tok.start && /^[لب]/.test(m.text) && m.actor.name && !m.actor.name.startsWith(m.text[0]!)) {
      const rest = keyOfText(m.text.slice(1));
      const nameWords = keyOfText(m.actor.name).split(' ');
      const firstWord = keyOfText(m.text).split(' ')[0]!;
      if (rest.length > 2 && !nameWords.includes(firstWord) && nameWords.includes(rest.split(' ')[0]!)) prep = m.text[0]!;
    }
    // وحدات من الجيش اللبناني، عناصر من الأمن: the actor after a partitive noun's من is the group that
    // acts (or is acted on), in the noun's place
    if (prep === 'من' && first > 1 && [w.keys[first - 2]!, stripConj(w, w.keys[first - 2]!)].some((k) => w.lex.syntax.partitiveNouns.has(k.replace(/^ال/, '')))) prep = null;
    // … a proclitic written apart with a tatweel (لـCNN، بـ"التقصير")
    const apart = first > 0 ? procliticApart(w, first - 1) : null;
    if (!prep) prep = apart;
    // قافلة مساعدات تابعة «للأمم المتحدة»: the owner of the noun before acts through it, an agent
    // (the mention may open the text: no word before it)
    const ow = first - (apart === 'ل' ? 2 : 1);
    if (prep === 'ل' && ow >= 0 && isWord(w.toks[ow]!) && syntax.ownerWords.has(stripConj(w, w.keys[ow]!))) prep = 'agent';
    // … and the supporter after بمساندة، بدعم من، مدعومة بـ (قوات الشرعية بمساندة مقاتلات التحالف العربي
    // سيطرت): no subject, the phrase of support is its preposition
    if (!prep) {
      for (let k = first - 1, seen = 0; k >= 0 && seen < 2 && isWord(w.toks[k]!) && !taken[k]; k--, seen++) {
        const bk = stripConj(w, w.keys[k]!);
        if (syntax.supportMarkers.has(bk)) {
          prep = bk;
          break;
        }
      }
    }
    // … and a nameless phrase written with لل (للمهاجرين: ل + المهاجرين)
    if (!prep && m.start === tok.start && m.entity === null && m.kb === null && /^لل/.test(keyOfText(m.text))) prep = 'ل';
    const entity = m.entity !== null ? entities[m.entity] ?? null : null;
    const place = (m.kb?.startsWith('country:') || m.kb?.startsWith('place:') || m.kb?.startsWith('region:') || entity?.type === 'LOC') === true;
    // a capital stands for its state (عمّان تتهم), not in the genitive of a noun of place (مطار دمشق
    // الدولي، مدينة بغداد: place_nouns): there it is the city
    const capital =
      m.kb?.startsWith('place:') === true &&
      defaultKb().byId.get(m.kb)?.note === 'capital' &&
      !(prep === null && first > 0 && syntax.placeNouns.has(stripConj(w, w.keys[first - 1]!)));
    out.push({ m, first, last, prep, coord, place, capital, people: null, entity });
    for (let k = first; k <= last; k++) taken[k] = 1;
  }
  // unnamed groups of people the linker gives no actor (ثمانية متظاهرين، المحتجين الفلسطينيين، 6 فلسطينيين)
  const covered = new Uint8Array(w.toks.length);
  for (const sl of out) for (let i = sl.first; i <= sl.last; i++) covered[i] = 1;
  const kb = defaultKb();
  const nisbaOf = (i: number): string | undefined => (i >= w.toks.length || covered[i] || w.toks[i]!.kind !== 'word' || !(flagsOf(w, i) & F_NISBA) ? undefined : wordInfo(w, i).nisba!.country);
  // (a work-around that belongs in the linker, #5) country names it leaves to the NER tagger (السعودية، الإمارات: also adjectives) standing
  // as nouns — after a verb, a preposition or at the start — are the country
  for (let i = 0; i < w.toks.length; i++) {
    if (covered[i] || w.toks[i]!.kind !== 'word') continue;
    const v = flagsOf(w, i) & F_NEEDS_ENTITY ? wordInfo(w, i).needsEntityCountry : undefined;
    if (!v) continue;
    const entry = kb.names.get(v.key)!.vals.find((e) => e.kind === 'country')!;
    const prev = i > 0 && isWord(w.toks[i - 1]!) ? w.keys[i - 1]! : '';
    const prevBare = stripConj(w, prev);
    if (prev && !syntax.prepositions.has(prevBare) && (/^(ال|لل|بال|وال)/.test(prev) || /[هة]$/.test(prev))) continue;
    // (nor an accusative nisba spelt as the name, after a counted or title noun: 23 دبلوماسيا «بريطانيا»)
    if (i > 0 && isWord(w.toks[i - 1]!) && accusativeNisba(kb, w.keys[i]!, w.keys[i - 1]!, i >= 2 && isWord(w.toks[i - 2]!) ? w.keys[i - 2]! : null) === entry.country) continue;
    const tok = w.toks[i]!;
    const start = tok.start + cutChars(tok.text, v.cut);
    const text = w.doc.text.slice(start, tok.end);
    const k = w.keys[i]!;
    const pre = k.slice(0, v.cut).replace(/^[وف]/, '');
    const prep = pre && syntax.procliticPrepositions.has(pre[0]!) ? pre[0]! : syntax.prepositions.has(prevBare) ? prevBare : null;
    const m: ActorMention = {
      start,
      end: tok.end,
      text,
      entity: null,
      actor: { id: entry.country!, country: entry.country, sector: null, name: entry.name, role: null },
      key: `country:${entry.country}`,
      rule: 'events:country-noun',
      kb: entry.kb,
      steps: [],
    };
    covered[i] = 1;
    out.push({ m, first: i, last: i, prep, coord: k[0] === 'و' && v.cut > 0, place: true, capital: false, people: null, entity: null });
  }
  for (let i = 0; i < w.toks.length; i++) {
    if (covered[i] || w.toks[i]!.kind !== 'word') continue;
    const v = flagsOf(w, i) & F_PEOPLE ? wordInfo(w, i).people : undefined;
    // a place or object with a nisba, up to two words on (بلدات إسرائيلية، مواقع عسكرية سورية)
    const pv = v || !(flagsOf(w, i) & F_PLACE) ? undefined : wordInfo(w, i).place;
    if (pv) {
      const n1 = nisbaOf(i + 1);
      const n2 = n1 ? undefined : isWord(w.toks[i + 1] ?? w.toks[i]!) && !nisbaOf(i + 1) ? nisbaOf(i + 2) : undefined;
      const c = n1 ?? n2;
      if (c) {
        const lastTok = n1 ? i + 1 : i + 2;
        const tok = w.toks[i]!;
        const start = tok.start + cutChars(tok.text, pv.cut);
        const end = w.toks[lastTok]!.end;
        const text = w.doc.text.slice(start, end);
        const k = w.keys[i]!;
        const pre = k.slice(0, pv.cut).replace(/^[وف]/, '');
        const prevBare = stripConj(w, w.keys[i - 1] ?? '');
        const prep = pre && syntax.procliticPrepositions.has(pre[0]!) ? pre[0]! : syntax.prepositions.has(prevBare) ? prevBare : null;
        const m: ActorMention = {
          start,
          end,
          text,
          entity: null,
          actor: { id: c, country: c, sector: null, name: text, role: null },
          key: `place:${i}`,
          rule: 'events:place-noun',
          kb: null,
          steps: [],
        };
        for (let j = i; j <= lastTok; j++) covered[j] = 1;
        out.push({ m, first: i, last: lastTok, prep, coord: k[0] === 'و' && pv.cut > 0, place: true, capital: false, people: null, entity: null });
        i = lastTok;
        continue;
      }
    }
    let sector: string;
    let country: string | null = null;
    let last = i;
    let cut = 0;
    // an institution word after a title or an institution's head is part of it (وزير الأمن، مجلس الأمن)
    if (v && w.lex.syntax.titleHeads.has(stripConj(w, w.keys[i - 1] ?? ''))) continue;
    // … and security as a concern (الأمن المائي) is no force
    if (v && i + 1 < w.toks.length && conceptBefore(v.key, w.keys[i + 1]!)) continue;
    // … and a singular nisba right after an indefinite noun is its adjective (في تصريح «صحفي»، مؤتمر
    // «صحفي»، مصدر «عسكري»), no group of people
    if (v && v.cut === 0 && /[^ي]ي$/.test(v.key) && i > 0 && nounAt(w, i - 1)) continue;
    if (v) {
      sector = syntax.peopleNouns.get(v.key)!;
      cut = v.cut;
      // a compound of two such nouns is one group (قوات الأمن: security forces)
      const v2 = i + 1 < w.toks.length && !covered[i + 1] && w.toks[i + 1]!.kind === 'word' && flagsOf(w, i + 1) & F_PEOPLE ? wordInfo(w, i + 1).people : undefined;
      if (v2) (sector = syntax.peopleNouns.get(v2.key)!), (last = i + 1);
      const c = nisbaOf(last + 1);
      if (c) (country = c), (last = last + 1);
    } else {
      // a plural nisba used as a noun, after a number, a quantity word, a preposition or a part of a
      // group (أغلبهم بريطانيون): nisba_people_after
      // (a dual in ـيان names two people by itself, its number in the word: قتل فيها «فلسطينيان»)
      const k = w.keys[i]!;
      const dual = /يان$/.test(k);
      if (!/(ين|ون|يا)$/.test(k) && !dual) continue;
      // (the nisbas list no dual: its singular, فلسطيني، names the country)
      const dualNisba = dual && !covered[i];
      const c = nisbaOf(i) ?? (dualNisba ? kb.nisbas.get(k.replace(/ان$/, '')) ?? (k[0] === 'و' ? kb.nisbas.get(k.slice(1).replace(/ان$/, '')) : undefined) : undefined);
      if (!c) continue;
      const prevKey = stripConj(w, w.keys[i - 1] ?? '');
      // (… or after a quantity word and a group of two words at most: عشرات «سائقي الشاحنات» الأردنيين)
      if (!dual && i > 0 && isWord(w.toks[i - 1]!) && !/^[\d٠-٩]+$/.test(prevKey) && !syntax.nisbaPeopleAfter.has(prevKey) && w.toks[i - 1]!.kind !== 'number' && !quantityBefore(w, i)) continue;
      sector = 'CVL';
      country = c;
      cut = wordInfo(w, i).nisba?.cut ?? (kb.nisbas.has(k.replace(/ان$/, '')) ? 0 : 1);
    }
    const tok = w.toks[i]!;
    const start = tok.start + cutChars(tok.text, cut);
    const end = w.toks[last]!.end;
    const k = w.keys[i]!;
    const pre = k.slice(0, cut).replace(/^[وف]/, '');
    const prevKey = w.keys[i - 1] ?? '';
    const prevBare = stripConj(w, prevKey);
    const prep = pre && syntax.procliticPrepositions.has(pre[0]!) ? pre[0]! : syntax.prepositions.has(prevBare) ? prevBare : null;
    const text = w.doc.text.slice(start, end);
    const m: ActorMention = {
      start,
      end,
      text,
      entity: null,
      actor: { id: country ? `${country}.${sector}` : sector, country, sector: sector as ActorMention['actor']['sector'], name: text, role: null },
      key: `people:${i}`,
      rule: 'events:people',
      kb: null,
      steps: [],
    };
    for (let j = i; j <= last; j++) covered[j] = 1;
    out.push({ m, first: i, last, prep, coord: k[0] === 'و' && cut > 0, place: false, capital: false, people: country ? null : sector, entity: null });
    i = last;
  }
  return out.sort((a, b) => a.first - b.first);
}

const argOf = (s: Slot, inferred: { country: string; from: 'source' | 'place' | 'article' } | null = null): EventArg => ({
  text: s.m.text,
  start: s.m.start,
  end: s.m.end,
  country: inferred ? inferred.country : s.m.actor.country,
  sector: s.m.actor.sector,
  actor: inferred ? `${inferred.country}.${s.m.actor.id}` : s.m.actor.id,
  name: s.m.actor.name,
  entity: s.m.entity,
  countryFrom: inferred ? inferred.from : null,
});

/** A side the text names by words that are no actor mention (an object, a crowd), with the country the clause gives it. */
const spanArg = (span: TextSpan, country: string, sector: ActorMention['actor']['sector'], from: EventArg['countryFrom']): EventArg => ({
  ...span,
  country,
  sector,
  actor: sector ? `${country}.${sector}` : country,
  name: span.text,
  entity: null,
  countryFrom: from,
});

/** A title word or nisba between two coordinated names (X «ونظيره الجزائري» Y): part of the second's title. */
function titleJoin(w: Work, k: number): boolean {
  if (!isWord(w.toks[k]!)) return false;
  const bare = stripConj(w, w.keys[k]!);
  return w.lex.syntax.titleWord.test(bare) || defaultKb().nisbas.has(bare);
}
/** A mention and the mentions joined to it by و right after it (or by و on a second person's title). */
function group(w: Work, slots: readonly Slot[], i: number): number[] {
  const out = [i];
  // (the end of the mention before, or of a place that qualifies it: ميليشيات مرتبطة «بإيران» و"حزب الله")
  let end = slots[i]!.last;
  for (let j = i + 1; j < slots.length; j++) {
    const prev = slots[out[out.length - 1]!]!;
    const s = slots[j]!;
    if (w.sentOf[s.first] !== w.sentOf[prev.last]) break;
    // (و standing apart before a quoted name: و"حزب الله")
    let q = s.first - 1;
    while (q > end && QUOTE_MARK.test(w.toks[q]!.text)) q--;
    const coord = s.coord || (q < s.first - 1 && q > end && w.keys[q] === 'و');
    if (!coord) {
      // a country after a word of affiliation right after a group of people qualifies it (مرتبطة
      // بإيران, موالية لتركيا; affiliation_words): the group may go on past it
      if (prev.people !== null && s.prep !== null && s.place && between(w, end, s.first).words === 1 && w.lex.syntax.affiliationWords.has(stripConj(w, w.keys[s.first - 1]!))) {
        end = s.last;
        continue;
      }
      break;
    }
    // adjacent: nothing but a standalone و between them, or the title words of the second and the
    // commas of an apposition (دونالد ترمب، والزعيم الكوري الشمالي، كيم يونغ أون), or the quotes
    // around a name (و"حزب الله")
    let ok = true;
    for (let k = end + 1; k < s.first && ok; k++) ok = w.keys[k] === 'و' || titleJoin(w, k) || isComma(w.toks[k]) || QUOTE_MARK.test(w.toks[k]!.text);
    if (!ok) break;
    // a name after و with a verb right after it opens a clause of its own when the group is a
    // preposition's object (عقوبات على مسؤولين سوريين «ودمشق تندد»: Damascus condemns, it is not sanctioned)
    if (slots[i]!.prep !== null && s.last + 1 < w.toks.length && isWord(w.toks[s.last + 1]!) && verbLike(w, s.last + 1)) break;
    out.push(j);
    end = s.last;
  }
  return out;
}

/** The both-sides word (بين «البلدين»، «الجانبين»، لقاء «الزعيمين») within four words after a trigger, or -1. */
function bothSidesWord(w: Work, h: Hit): number {
  const { syntax } = w.lex;
  let words = 0;
  for (let k = h.last + 1; k < w.toks.length && words <= 4 && w.sentOf[k] === h.sentence; k++) {
    if (!isWord(w.toks[k]!)) continue;
    words++;
    if (variantsOf(w, k).some((v) => v.key === 'بين') && k + 1 < w.toks.length && variantsOf(w, k + 1).some((v) => syntax.bothSidesWords.has(v.key))) return k + 1;
    const v = variantsOf(w, k);
    if (v.some((x) => x.key.startsWith('بين') && syntax.bothSidesWords.has(x.key.slice(3)))) return k;
    // the dual right after a mutual act, as its subject or genitive (ووافقت الدولتان، لقاء الزعيمين)
    if (words === 1 && syntax.mutualTypes.has(h.sense.type) && v.some((x) => syntax.bothSidesWords.has(x.key))) return k;
  }
  return -1;
}

/**
 * The two nisbas that qualify the both-sides word (بين الجانبين «التونسي» «والليبي»، الوفدين المصري
 * والسعودي): the two sides, by the countries they name.
 */
function nisbaPair(w: Work, h: Hit, k: number): [EventArg, EventArg] | null {
  if (k < 0) return null;
  const a = k + 1;
  const b = k + 2;
  if (b >= w.toks.length || w.sentOf[b] !== h.sentence || w.slotAt[a]! >= 0 || w.slotAt[b]! >= 0) return null;
  const nisbas = defaultKb().nisbas;
  const ca = nisbas.get(w.keys[a]!);
  const kb = w.keys[b]!;
  const cb = kb.startsWith('و') ? nisbas.get(kb.slice(1)) : undefined;
  if (!ca || !cb || ca === cb) return null;
  return [nisbaArg(w.toks[a]!, ca), nisbaArg(w.toks[b]!, cb)];
}

/**
 * `بين البلدين` (الجانبين، الطرفين …) within four words after the trigger: the slots of the last two
 * different countries named before it in the article.
 */
function bothSidesPair(w: Work, h: Hit, slots: readonly Slot[], k: number): [number, number] | null {
  if (k < 0) return null;
  const picked: number[] = [];
  const countries: string[] = [];
  for (let i = slots.length - 1; i >= 0 && picked.length < 2; i--) {
    const sl = slots[i]!;
    if (sl.last >= h.first || sl.people) continue;
    const c = sl.m.actor.country;
    if (!c || countries.includes(c)) continue;
    countries.push(c);
    picked.push(i);
  }
  return picked.length === 2 ? [picked[1]!, picked[0]!] : null;
}

/** Does the trigger's clause open with a contrast (اعتقلت الشرطة … بينما احتج مئات)? */
function contrastClause(w: Work, h: Hit): boolean {
  // the clause's first token, computed once (walking back from every trigger was quadratic in a long clause)
  let k = w.clauseStart[h.first]!;
  while (k < h.first && !isWord(w.toks[k]!)) k++;
  return w.lex.syntax.contrastWords.has(stripConj(w, w.keys[k]!)) || (k > 0 && w.lex.syntax.contrastWords.has(stripConj(w, w.keys[k - 1] ?? '')));
}

/**
 * A passive verb, written with its damma (قُتل، يُتهم، اُعتقل) or paired with a verb of wounding (قتل
 * وجرح): the grammatical subject is the target.
 */
function passive(w: Work, h: Hit): boolean {
  if (h.nominal) return false;
  // قتل وجرح عدد من …، قتل وأصيب عشرات: a verb of wounding joined right after makes the pair passive
  const next = w.keys[h.last + 1];
  if (next !== undefined && next[0] === 'و' && isWord(w.toks[h.last + 1]!) && w.lex.syntax.passivePairVerbs.has(stripConj(w, next))) return true;
  const t = w.toks[h.first]!.text;
  const i = cutChars(t, h.cut);
  // the damma on the first letter (past) or on the present prefix (يُ / تُ)
  if (t.charCodeAt(i + 1) !== 0x064f) return false;
  // … but the present of أفعل has it too (تُلقي، يُرسل، يُعلن: active). Told apart by shape, يُفعل (a
  // prefix and three letters, not in ت: يُتهم، يُحتجز، يُستهدف stay passive), whose past with أ (an
  // alef once normalised) is a form the lexicon knows
  const { lex } = w;
  if (!lex.syntax.presentPrefixes.has(h.key[0]!) || h.key.length !== 4 || h.key[1] === 'ت') return true;
  const past = 'ا' + h.key.slice(1);
  return !(lex.forms.has(past) || lex.phrases.has(past) || lex.syntax.reportVerbs.has(past) || lex.syntax.lightVerbs.has(past));
}
const args_agent = (steps: readonly string[]): boolean => steps.some((x) => x.startsWith('source: agent'));

/**
 * The object phrase after a trigger (and after its subject when that follows the verb): up to three
 * words, stopping at punctuation, a preposition, a date or another actor.
 */
function objectPhrase(w: Work, h: Hit, source: readonly Slot[]): TextSpan | null {
  let k = h.last + 1;
  for (const s of source) if (s.first >= k && s.first <= k + 8) k = Math.max(k, s.last + 1);
  const { syntax } = w.lex;
  let first = -1;
  let last = -1;
  for (let n = 0; k < w.toks.length && n < 3; k++) {
    const t = w.toks[k]!;
    if (!isWord(t) || w.sentOf[k] !== h.sentence) break;
    const key = w.keys[k]!;
    const bare = stripConj(w, key);
    if (syntax.prepositions.has(bare) || syntax.clauseOpeners.has(bare) || w.slotAt[k]! >= 0 || w.inTimex[k]) break;
    // a preposition with a pronoun (فيها، عليه) or alone (بـ), or a conjunct (ورئيس: the subject goes on)
    if (PREP_PRONOUN.test(key) || PREP_PRONOUN.test(bare) || (t.text.endsWith('ـ') && key.length <= 2) || (n === 0 && bare !== key && key[0] === 'و')) break;
    if (n === 0 && syntax.procliticPrepositions.has(key[0]!) && !/^ل?ال/.test(key)) break;
    // … and further on, a word with a proclitic preposition opens a prepositional phrase (الطرف الحكومي بتسييس)
    if (n > 0 && (/^(بال|لل|كال)/.test(key) || (key[0] === 'ب' && key.length >= 5 && w.slotAt[k]! < 0))) break;
    // a verb ends the phrase (… حركة طالبان «شنته»، العقوبات الأوروبية «فشلت»); a nisba is no object
    if (verbLike(w, k) || (n === 0 && defaultKb().nisbas.has(key))) break;
    if (first < 0) first = k;
    last = k;
    n++;
  }
  if (first < 0) return null;
  const start = w.toks[first]!.start;
  const end = w.toks[last]!.end;
  return { text: w.doc.text.slice(start, end), start, end };
}

/** A quotation mark standing alone as a token (و"حزب الله"، «…»). */
const QUOTE_MARK = /^["«»“”]$/;

/** A preposition carrying a pronoun (فيها، عليهم، منه، إليها, folded). */
const PREP_PRONOUN = /^(?:في|علي|عن|من|الي|ب|ل|مع|لدي|عند)(?:هما|هم|هن|ها|ه|ي|نا|كم)$/;

/** Does the word look like a verb: a report, light or support verb, a trigger verb form, a verb with an object pronoun, a feminine past (فشلت) or a present form? */
function verbLike(w: Work, k: number): boolean {
  const key = w.keys[k]!;
  return verbLikeKey(w.lex.syntax, key) || verbLikeKey(w.lex.syntax, stripConj(w, key));
}
/** {@link verbLike} for one spelling of the word. */
function verbLikeKey(syntax: EventLexicon['syntax'], key: string): boolean {
  if (syntax.reportVerbs.has(key) || syntax.lightVerbs.has(key) || syntax.supportVerbsAfter.has(key)) return true;
  if (/^ال/.test(key)) return false;
  if (/ت(ه|ها|هم)$/.test(key) && key.length >= 4) return true; // شنته، فرضتها
  // (ـات is a feminine plural noun, عشرات، قوات، مئات: a past verb ends so only in a three-letter word, مات)
  // (… nor does a present form: a ت-word in ـات of five letters or more is a plural noun, تعزيزات، تصريحات)
  return (/^[يت][^ا].{2,}$/.test(key) && !(key[0] === 'ت' && /ات$/.test(key) && key.length >= 5)) || (/ت$/.test(key) && !/ات$/.test(key) && key.length >= 4 && key.length <= 6); // يطالب، فشلت
}

/** Is token `x` a support verb that follows a verbal noun (قام بها، شنها، فرضتها)? */
const supportVerbAt = (w: Work, x: number): boolean => x < w.toks.length && isWord(w.toks[x]!) && variantsOf(w, x).some((v) => w.lex.syntax.supportVerbsAfter.has(v.key));

/** The agent of a verbal noun told in its relative clause (الهجوم الذي شنته روسيا), as a side. */
function relativeAgent(w: Work, h: Hit): EventArg | null {
  let k = h.last + 1;
  if (k < w.toks.length && w.slotAt[k]! < 0 && !w.lex.syntax.relativePronouns.has(w.keys[k]!) && w.toks[k]!.kind === 'word') k++; // one adjective
  if (!w.lex.syntax.relativePronouns.has(w.keys[k] ?? '')) return null;
  k++;
  if (!supportVerbAt(w, k)) return null;
  for (let j = k + 1; j < w.toks.length && j <= k + 3; j++) {
    const si = w.slotAt[j]!;
    if (si >= 0 && w.slots[si]!.first === j && w.slots[si]!.prep === null) return argOf(w.slots[si]!);
  }
  return null;
}

/** Pronoun suffixes (object pronouns on a verb, possessives on a noun), longest first. */
const OBJECT_PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'ه'];
/** The ways a word splits into a stem of three letters or more and a pronoun suffix (فرقتها → فرقت + ها). */
const pronounSplits = (key: string): [stem: string, pronoun: string][] =>
  OBJECT_PRONOUNS.filter((p) => key.endsWith(p) && key.length - p.length >= 3).map((p) => [key.slice(0, -p.length), p]);
/**
 * The object pronoun a verb trigger carries (فرقتها، نفته، تتهمهم), when the word without it is also
 * a form of the trigger's sense, or that the preposition right after it carries; null if none.
 */
function objectPronoun(w: Work, h: Hit): string | null {
  if (h.first !== h.last) return null;
  // … or on the preposition the verb takes (أفرجت عنهم، اعتدى عليها)
  const next = w.keys[h.last + 1] ?? '';
  const m = /^(?:عن|علي|الي|ب|ل|مع)(هما|هم|هن|ها|ه)$/.exec(next);
  if (m && w.sentOf[h.last + 1] === h.sentence) return m[1]!;
  // (a ة, which the match view writes ه, is no pronoun: تظاهرة is a noun, not تظاهر + ه)
  const taMarbuta = /ة[\u064B-\u0652]*$/.test(w.toks[h.last]!.text);
  for (const [stem, p] of pronounSplits(h.key)) {
    if (taMarbuta && p === 'ه') continue;
    // a verb, not a verbal noun with a possessive (اجتماعها "its meeting"): a present prefix, a past
    // ending (فرقت، نفت، رفضوا) or a bare three-letter past (رفض)
    if (!/^[يتن]/.test(stem) && !/(ت|وا|ا)$/.test(stem) && stem.length !== 3) continue;
    // (a feminine plural noun in ـات carries a possessive, no object: تهديداتها "its threats" — a past
    // verb ends so only in a three-letter word, مات)
    if (/ات$/.test(stem) && stem.length >= 5) continue;
    if (h.sense.id.endsWith('-enclitic') || w.lex.forms.get(stem)?.some((s) => s.type === h.sense.type)) return p;
  }
  return null;
}

/**
 * Does word `k` after the trigger read as an adjective qualifying it rather than as its object: a
 * definite word after a definite one (مذكرة التفاهم الأمني) or a nisba (معدات أمنية، التعاون العسكري)?
 */
function adjectiveAfter(w: Work, h: Hit, k: number): boolean {
  const key = w.keys[k]!;
  // definite: with the article, or a noun with a possessive (اجتماعها الأول)
  const last = stripConj(w, w.keys[h.last]!);
  if (/^(ال|لل)/.test(key) && (/^(ال|لل)/.test(last) || ((h.nominal || !objectPronoun(w, h)) && possessed(w, last)))) return true;
  // indefinite accusative: a word in ـا right after a verbal noun in ـا, neither of them a group of
  // people (إضرابا «عاما», هجوما «عنيفا»; not متظاهرا)
  if (k === h.last + 1 && /[^و]ا$/.test(last) && /[^و]ا$/.test(key) && key.length >= 4 && !/^(ال|لل)/.test(key) && !variantsOf(w, k).some((v) => w.lex.syntax.peopleNouns.has(v.key)) && !(flagsOf(w, k) & F_NISBA)) return true;
  return /[^ي]يه?$/.test(key) && key.length >= 4;
}

/** A trigger noun with a possessive pronoun (اجتماعها، زيارته): the word without it is a form too (not متهما). */
function possessed(w: Work, key: string): boolean {
  // a definite noun has no possessive (الاستقالة: its folded ة is no pronoun)
  if (key.startsWith('ال')) return false;
  // a ة before a pronoun is written ت (زيارته ← زيارة, folded زياره)
  return pronounSplits(key).some(([stem]) => w.lex.forms.has(stem) || (stem.endsWith('ت') && w.lex.forms.has(stem.slice(0, -1) + 'ه')));
}

/** The match key of the trigger's last word without its proclitics (and without ال for a one-word trigger). */
const lastKey = (w: Work, h: Hit): string => (h.first === h.last ? h.key : stripConj(w, w.keys[h.last]!));

/**
 * A verbal noun in a purpose complement (توجه الوفد إلى إسرائيل للمشاركة في المؤتمر): the verb's
 * subject is its agent.
 */
const purposeComplement = (w: Work, h: Hit): boolean => /^[وف]?ل/.test(w.keys[h.first]!.slice(0, h.cut));

/** Is the word a trigger form of the lexicon (an event noun such as العقوبات، اتفاقية، مظاهرة)? */
const eventWord = (w: Work, k: number): boolean => (flagsOf(w, k) & F_TRIGGER) !== 0;

/** The nearest actor before the trigger in its sentence that is not one of its sources (the antecedent of an object pronoun). */
function antecedent(w: Work, h: Hit, source: readonly number[]): Slot | null {
  // in a relative clause (المذكرة التي وقعها، مظاهرة فرقتها) the pronoun stands for the head noun, here an event
  let k = h.first - 1;
  while (k >= 0 && !isWord(w.toks[k]!)) k--;
  if (k < 0 || w.lex.syntax.relativePronouns.has(w.keys[k]!) || eventWord(w, k)) return null;
  const from = w.slotRange[2 * h.sentence]!;
  const to = w.slotRange[2 * h.sentence + 1]!;
  if (from < 0) return null;
  for (let i = to - 1; i >= from; i--) {
    const s = w.slots[i]!;
    if (s.last >= h.first || source.includes(i)) continue;
    if (!s.m.actor.country && !s.people) continue;
    return s;
  }
  return null;
}

/**
 * Does slot `s` agree with pronoun suffix `p`: ه a person or a masculine institution (الجيش) or
 * place (لبنان), ها a feminine one (الحكومة، الميليشيات، روسيا), هم a group of people (الحوثيون، ناشطين),
 * هما a person (one of two)?
 */
function pronounAgrees(w: Work, s: Slot, p: string): boolean {
  const head = normalizeLetters(s.m.text.split(/\s+/)[0]!).replace(/[\u064B-\u0652]/g, '');
  // (a group of people is هم, and ها too when its noun is a plural in ات: الميليشيات شنت هجومها)
  if (s.people !== null) return p === 'هم' || (p === 'ها' && /ات$/.test(head));
  if (isPerson(s)) return p === 'ه' || p === 'هما';
  if (/(ون|ين)$/.test(head) && !s.place) return p === 'هم';
  const masculine = s.place ? w.lex.syntax.masculinePlaces.has(keyOfText(s.m.text)) : !/(ة|ات|ه)$/.test(head);
  return p === (masculine ? 'ه' : 'ها');
}

/**
 * A side named by a pronoun with no actor of its own (قررت المحكمة إطلاق سراحهما، شككت الحكومة في
 * جديته): the pronoun on the last word of a trigger whose genitive is acted upon, or on the noun after
 * a reaction's preposition, stands for the nearest agreeing mention before the trigger in its sentence
 * or the one before — two persons for هما; for the reaction, a verbal noun of the pronoun's gender told
 * there too, whose author is then the target. Never a mention the source agrees with (سحب دبلوماسييها:
 * the pronoun is the subject's own), and nothing without an agreeing antecedent.
 */
function pronounTarget(w: Work, h: Hit, sourceSlots: readonly number[], told: readonly Event[]): { args: EventArg[] | null; slots: number[]; text: string } | null {
  const bare = (k: number): string => stripConj(w, w.keys[k] ?? '');
  const suffix = (k: number): string | null => {
    if (k >= w.toks.length || w.sentOf[k] !== h.sentence || /ة[\u064B-\u0652]*$/.test(w.toks[k]!.text)) return null;
    const b = bare(k);
    const key = w.lex.syntax.procliticPrepositions.has(b[0] ?? '') && !b.startsWith('ال') ? b.slice(1) : b;
    if (key.startsWith('ال')) return null;
    return pronounSplits(key)[0]?.[1] ?? null;
  };
  let p: string | null = null;
  let at = -1;
  let reaction = false;
  // إطلاق سراحهما، اعتقالهم: on the trigger's last word, a genitive acted upon
  if (h.sense.genitive === 'target' && (h.first !== h.last || (h.nominal && possessed(w, lastKey(w, h))))) {
    p = suffix(h.last);
    at = h.last;
  }
  // شككت الحكومة في جديته، نددت بتصريحاته: on the noun a reaction's preposition governs, past its subject
  if (!p && REACTIONS.has(h.sense.type) && !h.nominal) {
    let k = h.last + 1;
    while (k < w.toks.length && sourceSlots.includes(w.slotAt[k]!)) k++;
    if (k < w.toks.length && w.lex.syntax.prepositions.has(w.keys[k]!) && w.clauseOf[k + 1] === w.clauseOf[h.first]) k++;
    else if (!w.lex.syntax.procliticPrepositions.has(bare(k)[0] ?? '')) k = -1;
    // (… not an adjunct before the object: انتقدت ميركل في كلمتها «الحكومة التركية»)
    const objectAfter = k > h.last && w.slots.some((s) => s.prep === null && s.first > k && between(w, k, s.first).words <= 2 && w.sentOf[s.first] === h.sentence);
    if (k > h.last && w.slotAt[k]! < 0 && !(flagsOf(w, k) & F_TRIGGER) && !objectAfter) {
      p = suffix(k);
      at = k;
      reaction = true;
    }
  }
  // منع مواطنيها من السفر إليه: on the sense's own target preposition right after the trigger
  // (a phrase: after one word, المفرج عنهم, the pronoun is the word's own — "those released")
  if (!p && h.parts.length > 1 && h.last + 1 < w.toks.length && w.sentOf[h.last + 1] === h.sentence) {
    const next = bare(h.last + 1);
    for (const tp of h.sense.targetPreps) {
      if (!next.startsWith(tp) || !OBJECT_PRONOUNS.includes(next.slice(tp.length))) continue;
      p = next.slice(tp.length);
      at = h.last + 1;
      break;
    }
  }
  if (!p) return null;
  const pr = p;
  // (the subject's own: سحب دبلوماسييها، وقف هجماتها — a person's too whatever the pronoun's gender,
  // the knowledge base giving none: إطلاق سراحها after a woman named as the source)
  if (sourceSlots.some((i) => pronounAgrees(w, w.slots[i]!, pr) || (isPerson(w.slots[i]!) && pr === 'ها'))) return null;
  const text = w.toks[at]!.text;
  const found: number[] = [];
  for (const sent of [h.sentence, h.sentence - 1]) {
    if (sent < 0) continue;
    const from = w.slotRange[2 * sent]!;
    const to = w.slotRange[2 * sent + 1]!;
    if (from < 0) continue;
    for (let i = to - 1; i >= from && found.length < (pr === 'هما' ? 2 : 1); i--) {
      const s = w.slots[i]!;
      if (s.last >= h.first || sourceSlots.includes(i) || (!s.m.actor.country && !s.people)) continue;
      if (sourceSlots.some((x) => w.slots[x]!.m.key === s.m.key)) continue;
      if (pr === 'هما' ? !isPerson(s) : !pronounAgrees(w, s, pr)) continue;
      // … a reaction's pronoun may stand for a verbal noun nearer than the mention (انسحابا … جديته)
      if (reaction && found.length === 0) {
        const act = nearerAct(w, h, s.last, pr, told, sourceSlots);
        if (act) return { args: act, slots: [], text };
      }
      found.push(i);
    }
    if (found.length) break;
  }
  if (reaction && !found.length) {
    const act = nearerAct(w, h, -1, pr, told, sourceSlots);
    if (act) return { args: act, slots: [], text };
  }
  if (pr === 'هما' ? found.length < 2 : !found.length) return null;
  return { args: null, slots: found.sort((a, b) => a - b), text };
}

/**
 * The author of the last event told by a verbal noun of the pronoun's gender (ه: انسحاب، ها: الضربة)
 * after token `after` and before the trigger, in its sentence or the one before — not the reaction's
 * own source; null if none.
 */
function nearerAct(w: Work, h: Hit, after: number, p: string, told: readonly Event[], sourceSlots: readonly number[]): EventArg[] | null {
  if (p !== 'ه' && p !== 'ها') return null;
  const own = new Set(sourceSlots.map((i) => w.slots[i]!.m.start));
  for (let e = told.length - 1; e >= 0; e--) {
    const ev = told[e]!;
    const k = tokenAt(w.toks, ev.trigger.start);
    if (k >= h.first) continue;
    if (k <= after || w.sentOf[k]! < h.sentence - 1) return null;
    const last = tokenAt(w.toks, ev.trigger.end - 1);
    if (verbLike(w, k) || !ev.source.length || ev.source.some((a) => own.has(a.start))) continue;
    const feminine = /(ة|ات)[\u064B-\u0652]*$/.test(w.toks[last]!.text);
    if ((p === 'ها') === feminine) return [...ev.source];
  }
  return null;
}

/** A crowd word (الآلاف، المئات) right after a protest verb or just before the trigger in its clause, or -1. */
function crowdNear(w: Work, h: Hit): number {
  const isCrowd = (k: number): boolean => k >= 0 && k < w.toks.length && w.clauseOf[k] === w.clauseOf[h.first] && variantsOf(w, k).some((v) => w.lex.syntax.crowdNouns.has(v.key));
  for (let k = h.last + 1, n = 0; k < w.toks.length && n < 2; k++) {
    if (!isWord(w.toks[k]!)) break;
    if (isCrowd(k)) return k;
    n++;
  }
  for (let k = h.first - 1, n = 0; k >= 0 && n < 2; k--) {
    if (!isWord(w.toks[k]!)) break;
    if (isCrowd(k)) return k;
    n++;
  }
  return -1;
}

/** The words of a conjunct right after token `last` (و + up to three words, to punctuation, a preposition or a verb), or undefined. */
function conjunctAfter(w: Work, last: number): TextSpan | undefined {
  let k = last + 1;
  if (k >= w.toks.length || !isWord(w.toks[k]!) || w.keys[k]![0] !== 'و' || w.sentOf[k] !== w.sentOf[last]) return undefined;
  const { syntax } = w.lex;
  let end = -1;
  for (let n = 0; k < w.toks.length && n < 3; k++, n++) {
    const t = w.toks[k]!;
    if (!isWord(t) || w.sentOf[k] !== w.sentOf[last] || w.inTimex[k]) break;
    const key = n === 0 ? w.keys[k]!.slice(1) : w.keys[k]!;
    if (syntax.prepositions.has(key) || syntax.clauseOpeners.has(key) || (n > 0 && (verbLike(w, k) || /^(بال|لل|في)/.test(key)))) break;
    end = k;
  }
  if (end < 0) return undefined;
  const t0 = w.toks[last + 1]!;
  const start = t0.start + 1; // after the و
  return { text: w.doc.text.slice(start, w.toks[end]!.end), start, end: w.toks[end]!.end };
}

/**
 * The author of what a reaction reacts to, named in its object's relative clause (نفى نتنياهو التهم
 * التي وجهتها إليه الشرطة الإسرائيلية): the slot of the first bare mention after the relative pronoun
 * that follows the object, or -1.
 */
function claimAuthor(w: Work, h: Hit, source: readonly number[]): number {
  let rel = -1;
  // past the subject (its words do not count) and up to six words of the object
  // (commas of an apposition and a date between them do not count: انتقد وزير الخارجية الروسي، سيرغي
  // لافروف، السبت، الضربة التي وجهتها أمريكا)
  for (let k = h.last + 1, n = 0; k < w.toks.length && n < 6 && rel < 0; k++) {
    if (w.sentOf[k] !== h.sentence) break;
    if (!isWord(w.toks[k]!)) {
      // a comma that sets off the subject's apposition or a date (next to a source's word or a date's)
      const side = (x: number): boolean => x >= 0 && x < w.toks.length && (source.includes(w.slotAt[x]!) || w.inTimex[x] === 1);
      if (isComma(w.toks[k]) && (side(k - 1) || side(k + 1))) continue;
      break;
    }
    if (w.lex.syntax.relativePronouns.has(w.keys[k]!)) rel = k;
    else if (!source.includes(w.slotAt[k]!) && !w.inTimex[k]) n++;
  }
  if (rel < 0) return -1;
  for (let k = rel + 1; k < w.toks.length && k <= rel + 6 && w.sentOf[k] === h.sentence; k++) {
    const si = w.slotAt[k]!;
    if (si >= 0 && w.slots[si]!.first === k && w.slots[si]!.prep === null && !source.includes(si)) return si;
  }
  return -1;
}

/** A masculine singular verb that is surely a verb (دعا، يدعو — not دعت، تدعو، دعوا, nor دعم, also a noun): its subject is no city. */
function masculineVerb(w: Work, h: Hit): boolean {
  if (h.first !== h.last) return false;
  const key = h.key;
  if (/^س?ي/.test(key)) return !/(ون|وا|ان)$/.test(key);
  // a bare past stem is also a verbal noun (دعم باريس: Paris's support), so only a past that no noun
  // shares: a defective verb ending in alif (دعا)
  return /^[^تن].+ا$/.test(key) && !/(وا|تا)$/.test(key);
}

/** A side named by a nisba word alone (قصف «روسي»): the country it names. */
const nisbaArg = (t: Token, country: string): EventArg => ({ text: t.text, start: t.start, end: t.end, country, sector: null, actor: country, name: t.text, entity: null, countryFrom: null });

/** A nisba adjective right after a verbal noun (لقصف روسي), as a side of its country. */
function nisbaAfter(w: Work, h: Hit): EventArg | null {
  const k = h.last + 1;
  if (k >= w.toks.length || w.toks[k]!.kind !== 'word' || w.slotAt[k]! >= 0) return null;
  const country = defaultKb().nisbas.get(w.keys[k]!);
  if (!country) return null;
  const t = w.toks[k]!;
  return nisbaArg(t, country);
}

/**
 * The nisba of the goods an aid noun names, a few words on in its noun phrase (أول شحنة من الأسلحة
 * والمعدات العسكرية «الألمانية»، مساعدات طبية «سعودية»): the giver. Up to four words through و and
 * adjectives, stopping at a preposition other than the trigger's own, an actor, a date or a verb.
 */
function goodsNisba(w: Work, h: Hit): EventArg | null {
  const clause = w.clauseOf[h.first]!;
  for (let k = h.last + 1, n = 0; k < w.toks.length && n < 4; k++, n++) {
    const t = w.toks[k]!;
    if (!isWord(t) || w.sentOf[k] !== h.sentence || w.clauseOf[k] !== clause) return null;
    if (w.slotAt[k]! >= 0 || w.inTimex[k] || verbLike(w, k) || w.lex.syntax.prepositions.has(stripConj(w, w.keys[k]!))) return null;
    const country = defaultKb().nisbas.get(w.keys[k]!);
    if (country) return nisbaArg(t, country);
  }
  return null;
}

/**
 * A nisba adjective in the words after the trigger, past its subject (وقررت وقف جميع الواردات
 * «اللبنانية»، ونفت أي تدخل في الشؤون «الصومالية»، حظر على استيراد النفط «الإيراني»): the country
 * whose things the act falls on. Up to five words, in the trigger's clause, through prepositions,
 * stopping at a verb, an actor, a date or the clause's end; the word right after a verbal noun is
 * its agent instead (nisbaAfter), and a nisba of a source's country describes the source.
 */
function nisbaInObject(w: Work, h: Hit, source: readonly number[], own: ReadonlySet<string>): EventArg | null {
  let k = h.last + 1;
  for (const si of source) if (w.slots[si]!.first >= k && w.slots[si]!.first <= k + 8) k = Math.max(k, w.slots[si]!.last + 1);
  if (h.nominal && h.first === h.last && k === h.last + 1) k++;
  const clause = w.clauseOf[h.first]!;
  for (let n = 0; k < w.toks.length && n < 5; k++) {
    const t = w.toks[k]!;
    if (!isWord(t) || w.sentOf[k] !== h.sentence || w.clauseOf[k] !== clause) break;
    // (a word after أي / كل is a noun, whatever it looks like: أي تدخل)
    if (w.slotAt[k]! >= 0 || w.inTimex[k] || (n > 0 && verbLike(w, k) && !w.lex.syntax.quantifiers.has(w.keys[k - 1]!))) break;
    const country = defaultKb().nisbas.get(w.keys[k]!);
    if (country) {
      if (own.has(country) || (n === 0 && h.first === h.last)) return null;
      return nisbaArg(t, country);
    }
    n++;
  }
  return null;
}

/**
 * A mention opened by a sound masculine plural or dual in its oblique case (الدبلوماسيين، المسؤولين،
 * الطرفين): an actor phrase, not a name, whose first word ends in ـين. Such a word is no verb's subject.
 */
function obliquePlural(w: Work, s: Slot): boolean {
  if (s.entity !== null || s.m.kb !== null) return false;
  const key = stripConj(w, w.keys[s.first]!).replace(/^ال/, '');
  return key.length >= 5 && key.endsWith('ين');
}

/** Is the mention inside parentheses (a credit such as "(CNN)", an aside)? */
function enclosed(w: Work, s: Slot): boolean {
  const prev = w.toks[s.first - 1];
  const next = w.toks[s.last + 1];
  return prev?.text === '(' && next?.text === ')';
}

/** The coordination a mention ends (السعودية وإيران … اجتماعا): back to its first member, then forward. */
function groupBack(w: Work, slots: readonly Slot[], i: number): number[] {
  let j = i;
  while (j > 0 && slots[j]!.coord) {
    const prev = slots[j - 1]!;
    let ok = w.sentOf[prev.last] === w.sentOf[slots[j]!.first];
    for (let k = prev.last + 1; k < slots[j]!.first && ok; k++) ok = w.keys[k] === 'و' || (!isWord(w.toks[k]!) && w.toks[k]!.text !== '،') || titleJoin(w, k);
    if (!ok) break;
    j--;
  }
  const g = group(w, slots, j);
  // (the group breaks before a name that opens a clause of its own: … على مسؤولين سوريين ودمشق تندد)
  return g.includes(i) ? g.filter((x) => x <= i) : [i];
}

interface Args {
  source: number[];
  target: number[];
  carried: boolean;
  steps: string[];
  /** The event accuses (its target is the accused, the source of the act it is accused of). */
  accuses?: boolean;
  /** The other side of بين X و Y where Y names no known actor (مسلحي جيش الإسلام): its words. */
  otherSide?: TextSpan;
  /** The two sides named by nisbas after بين الجانبين (التونسي والليبي). */
  nisbaSides?: [EventArg, EventArg];
  /** The owner of the decision whose act the verbal noun tells (قرار «روسيا» إغلاق): a slot index. */
  decisionOwner?: number;
  /** The source is the verb's own subject (VSO, SVO, كان … قد, or the verb a participle goes with): its speaker, for a statement. */
  speaker?: boolean;
}

/** A person (رئيس أركان جيش الاحتلال أفيف كوخافي: the name is an apposition, not an object). */
const isPerson = (s: Slot): boolean => s.entity?.type === 'PER' || s.m.kb?.startsWith('person:') === true;

/** Is this slot an armed or state actor (an agent rather than a victim)? */
const isAgentLike = (s: Slot): boolean => {
  const sec = s.m.actor.sector;
  return sec === 'MIL' || sec === 'COP' || sec === 'GOV' || sec === 'REB' || sec === 'SPY' || sec === 'IGO' || (s.place && s.m.kb?.startsWith('country:') === true);
};

/**
 * What the argument rules of one hit read ({@link findArgs}): passed to the helpers below, which are
 * module functions rather than closures so that a hit does not pay for making them.
 */
interface ArgScope {
  w: Work;
  h: Hit;
  slots: readonly Slot[];
  sent: number;
  /** The clauses of the trigger's first and last tokens. */
  clause: number;
  lastClause: number;
}
/** Is the mention in the trigger's sentence and clauses? */
const slotInClause = (a: ArgScope, s: Slot): boolean => a.w.sentOf[s.first] === a.sent && a.w.clauseOf[s.first]! >= a.clause && a.w.clauseOf[s.first]! <= a.lastClause;
/** A place after a preposition of location (not one of the sense's target prepositions): where, not who. */
function slotIsLocation(a: ArgScope, s: Slot): boolean {
  const syntax = a.w.lex.syntax;
  return s.place && s.prep !== null && !a.h.sense.targetPreps.has(s.prep) && (syntax.locationPrepositions.has(s.prep) || s.prep === syntax.locationProclitic || s.prep === 'من' || s.prep === 'عبر');
}
/**
 * A news outlet a statement is made to (لـCNN، لرويترز) or that interviews someone (لقاء مع قناة
 * العربية) reports the event, it takes no side in it — except as what an act against the press falls
 * on (إغلاق قناة الجزيرة، اتهم … صحيفة).
 */
const slotReporter = (a: ArgScope, s: Slot): boolean =>
  s.m.actor.sector === 'MED' && s.m.kb?.startsWith('org:') === true && (s.prep === 'ل' || !a.w.lex.syntax.pressTypes.has(a.h.sense.type) || toldBy(a.w, s.first));
/**
 * Is the word before token `k` a report verb, with or without an object pronoun (في بيان «نقلته» وكالة
 * الأنباء الأردنية، ذكرته الوكالة): the outlet after it carries the news, whatever the act told?
 */
function toldBy(w: Work, k: number): boolean {
  if (k < 1 || !isWord(w.toks[k - 1]!)) return false;
  const key = stripConj(w, w.keys[k - 1]!);
  const { reportVerbs } = w.lex.syntax;
  return reportVerbs.has(key) || reportVerbs.has(key.replace(/(ه|ها|هما|هم)$/, ''));
}
/**
 * A city (not a country) right after a meeting or agreement noun (اجتماع فيينا، قمة الرياض، اتفاق
 * أوسلو) is where it was held or what it is named after: the venue, no side of any event.
 */
function venue(w: Work, s: Slot): boolean {
  if (s.prep !== null || !s.place || s.m.kb?.startsWith('country:') === true || s.m.kb?.startsWith('region:') === true) return false;
  let k = s.first - 1;
  while (k >= 0 && !isWord(w.toks[k]!)) k--;
  // (… not one of two joined by و, the two sides named by their capitals: محادثات واشنطن وطهران)
  const nextSlot = w.slotAt[s.last + 1] ?? -1;
  if (nextSlot >= 0 && w.slots[nextSlot]!.coord) return false;
  return k >= 0 && !verbLike(w, k) && variantsOf(w, k).some((v) => (v.forms ?? []).some((x) => w.lex.syntax.mutualTypes.has(x.type) && x.type !== 'COOPERATE'));
}
/** Can the mention be a side: no place of location, no منذ, no من / عن unless the sense takes it, no reporter. */
const slotUsable = (a: ArgScope, s: Slot): boolean =>
  !slotIsLocation(a, s) &&
  !venue(a.w, s) && s.prep !== 'منذ' && ((s.prep !== 'من' && s.prep !== 'عن') || a.h.sense.targetPreps.has(s.prep)) && !slotReporter(a, s);
/** A town or province is where something happens or what is hit, not who acts (a capital may be its state). */
// (a city protesting or on strike stands for its people, as a country does: نفذت مدينة المتلوي إضرابا
// عاما، شهدت البصرة احتجاجات — dev-gold's guidelines: a city → its country)
const slotCityOnly = (a: ArgScope, i: number): boolean => a.slots[i]!.m.kb?.startsWith('place:') === true && !a.slots[i]!.capital && a.h.sense.type !== 'PROTEST';
/** Does the mention lie wholly inside the trigger's own words? */
function slotInTrigger(a: ArgScope, s: Slot): boolean {
  for (let k = s.first; k <= s.last; k++) if (!a.h.parts.includes(k)) return false;
  return true;
}
/** A mention with no preposition before it. */
const slotBare = (a: ArgScope, i: number): boolean => a.slots[i]!.prep === null;
/** Words from the trigger to the mention, the trigger's own left out (and the words of a date on request: قمة الثاني عشر من يونيو بين الرئيسين). */
function wordsTo(a: ArgScope, i: number, skipDates = false): number {
  const { w, h } = a;
  let n = 0;
  for (let k = h.first + 1; k < a.slots[i]!.first; k++) if (isWord(w.toks[k]!) && !h.parts.includes(k) && !(skipDates && w.inTimex[k])) n++;
  return n;
}
/** Does a target preposition of the sense govern the mention (إلى too for a CONSULT)? */
function slotTargetPrep(a: ArgScope, i: number): boolean {
  const p = a.slots[i]!.prep;
  // (بحق، ضد: "against" — the target of any hostile act: مذكرات توقيف بحق ناشطين، حملة ضد المعارضة)
  return p !== null && p !== 'agent' && (a.h.sense.targetPreps.has(p) || (p === 'إلى' && a.h.sense.type === 'CONSULT') || (a.w.lex.syntax.againstPrepositions.has(p) && a.w.lex.syntax.hostileTypes.has(a.h.sense.type)));
}
/** Is token `i` a word of the trigger's clause that inverts the sense's sides (تلقى اتصالا من …)? */
const invertingWord = (a: ArgScope, i: number): boolean => a.w.clauseOf[i] === a.clause && variantsOf(a.w, i).some((v) => a.h.sense.invertedWith.has(v.key));
/** Does a verb govern the mention from right before it (أعلن المغرب رفضه القرار: رفضه is "its refusal")? */
const governedByVerb = (w: Work, slots: readonly Slot[], i: number): boolean => slots[i]!.first > 0 && verbLike(w, slots[i]!.first - 1);
/** Is there a verb between mention `from` and mention `i`? */
function verbBetweenSlots(w: Work, slots: readonly Slot[], from: number, i: number): boolean {
  for (let k = slots[from]!.last + 1; k < slots[i]!.first; k++) if (verbLike(w, k)) return true;
  return false;
}

/** Step 3: the arguments of one hit. */
/** An unnamed group in the gap of a trigger phrase (سحب «موظفين» دبلوماسيين): what the phrase acts with. */
const inPhraseGap = (h: Hit, s: Slot): boolean => s.people !== null && s.first > h.first && s.last < h.last;

/** Is there another act's word (not a purpose with ل) or a preposition between the trigger and slot `s`? */
function otherActBetween(w: Work, h: Hit, s: Slot): boolean {
  for (let k = h.last + 1; k < s.first - 1; k++) {
    if ((eventWord(w, k) && !/^[وف]?ل/.test(w.keys[k]!)) || w.lex.syntax.prepositions.has(stripConj(w, w.keys[k]!))) return true;
  }
  return false;
}

/** How many words after the trigger a بين pair may stand: 8 after a mutual act's noun with nothing else between, else 4. */
const betweenReach = (w: Work, h: Hit, s: Slot): number => (h.nominal && w.lex.syntax.mutualTypes.has(h.sense.type) && !otherActBetween(w, h, s) ? 8 : 4);

function findArgs(
  w: Work,
  h: Hit,
  slots: readonly Slot[],
  prevInSentence: Args | null,
  next: Hit | undefined,
  objects: ReadonlySet<number> = new Set(),
  condemned = false,
): Args {
  const { syntax } = w.lex;
  // (set where the source is found as the verb's own subject)
  let speaker = false;
  const clause = w.clauseOf[h.first]!;
  const lastClause = w.clauseOf[h.last]!;
  const sent = h.sentence;
  const steps: string[] = [];
  const a: ArgScope = { w, h, slots, sent, clause, lastClause };
  const idx = sentenceSlots(w, sent, h);
  // (stopping a trigger's arguments at the next trigger was tried: it lost more than it won)
  const stop = Infinity;
  // (an unnamed group in the gap of the trigger phrase is what the phrase acts with, the source's own:
  // سحب «موظفين» دبلوماسيين، نشر 3000 «جندي» — not a side; a name there may be: تنشر «كينيا» نحو 3600 جندي)
  const after0 = idx.filter((i) => slots[i]!.first > h.first && slots[i]!.first < stop && !slotInTrigger(a, slots[i]!) && !inPhraseGap(h, slots[i]!) && slotInClause(a, slots[i]!) && slotUsable(a, slots[i]!) && !enclosed(w, slots[i]!));
  // a mention a verbal-noun phrase takes in and runs past (إغلاق «القنصلية» الأميركية، طرد «السفير»
  // الإسرائيلي): the phrase's own object, no subject
  // (a verb phrase may take in its subject instead: دفعت «القوات» المسلحة بتعزيزات)
  const straddle = h.nominal || !verbLike(w, h.first) ? after0.find((i) => slots[i]!.first <= h.last && slots[i]!.last > h.last && slots[i]!.prep === null) : undefined;
  // … and the genitive of the noun a verb phrase ends with, where the sense's data says its genitive
  // is acted on (release: أطلق سراح «إيهود أولمرت», the released)
  const phraseObject =
    straddle === undefined && !h.nominal && h.parts.length > 1 && h.sense.trigger.args?.genitive === 'target'
      ? after0.find((i) => slots[i]!.first === h.last + 1 && slots[i]!.prep === null)
      : undefined;
  // (with the name in apposition right after it: الناشط المصري «علاء عبد الفتاح»)
  const apposition = phraseObject !== undefined ? after0.find((i) => slots[i]!.first === slots[phraseObject]!.last + 1) : undefined;
  const after = after0.filter((i) => i !== straddle && i !== phraseObject && i !== apposition);
  const before = idx.filter((i) => slots[i]!.last < h.first && slotInClause(a, slots[i]!) && slotUsable(a, slots[i]!) && !enclosed(w, slots[i]!)).reverse();
  let source: number[] = [];
  let target: number[] = [];
  let otherSide: TextSpan | undefined;
  // the source is an agent the text marks (من قبل، على يد، قام بها، شنها)
  let markedAgent = false;
  // بين X و Y: both sides (a date between is no distance)
  // (after a mutual act's noun, past the words of its purpose too: اتفاق تجاري لتبادل السلع والأدوية
  // والوقود بين تونس وليبيا)
  // (… not past a preposition or another event's word, whose pair it is — تعيد الزيارة الحياة «إلى»
  // الطريق الدولي بين عمّان وبغداد، الزيارة تأتي بعد أسبوعين من «اتصال» هاتفي بين ولي العهد الكويتي
  // وولي العهد السعودي — unless that word is the purpose, with ل: لتبادل السلع)
  const betweenSlot = after.find((i) => slots[i]!.prep === 'بين' && wordsTo(a, i, true) <= betweenReach(w, h, slots[i]!));
  // بين البلدين / الجانبين: the last two countries named before
  const bothWord = betweenSlot === undefined ? bothSidesWord(w, h) : -1;
  const nisbas = nisbaPair(w, h, bothWord);
  const pair = !nisbas ? bothSidesPair(w, h, slots, bothWord) : null;
  if (nisbas) return { source: [], target: [], carried: false, steps: ['both sides: بين الجانبين and the two nisbas after it'], nisbaSides: nisbas };
  if (pair) {
    source = [pair[0]];
    target = [pair[1]];
    steps.push('both sides: بين الجانبين → the two countries named before');
  }
  if (betweenSlot !== undefined) {
    const g = group(w, slots, betweenSlot);
    // بين X مع Y (a common variant of بين X و Y)
    const withSlot = g.length === 1 ? after.find((i) => i > betweenSlot && slots[i]!.prep === 'مع' && between(w, slots[betweenSlot]!.last, slots[i]!.first).words <= 1) : undefined;
    if (withSlot !== undefined) g.push(withSlot);
    if (g.length >= 2) {
      source = [g[0]!];
      target = g.slice(1);
      steps.push('both sides: بين X و Y');
    } else {
      source = g;
      steps.push('one side: بين X و … (the other is no known actor)');
      otherSide = conjunctAfter(w, slots[g[0]!]!.last);
    }
  }
  // انسحاب واشنطن من الاتفاق: a name right after the word that opens a phrase trigger, inside the
  // phrase, is its genitive or subject — the agent, where the sense's data says its genitive is the
  // source (withdraw-from-agreement; before the subject of a verb of reaction outside the phrase:
  // انتقدت روسيا انسحاب واشنطن من المعاهدة)
  if (!source.length && h.parts.length > 1 && h.sense.trigger.args?.genitive === 'source') {
    const g = idx.find((i) => slots[i]!.first === h.first + 1 && slots[i]!.last < h.last && slots[i]!.prep === null && slots[i]!.m.actor.country);
    if (g !== undefined) {
      source = [g];
      steps.push('source: the genitive inside the phrase');
    }
  }
  // اللقاء الذي جمع الرئيس المصري بنظيره الفرنسي، اللقاء الذي جمعه بنظيريه: a gathering verb right after
  // a meeting's noun names its sides — its object (or the one its pronoun stands for, the sentence's
  // subject) and the mention after ب
  if (!source.length && !target.length && h.nominal && h.sense.type === 'CONSULT') {
    let k = h.last + 1;
    while (k < w.toks.length && !isWord(w.toks[k]!)) k++;
    if (k < w.toks.length && syntax.relativePronouns.has(w.keys[k]!)) k++;
    const key = w.keys[k] ?? '';
    const gather = [...syntax.gatherVerbs].find((g) => key === g || (key.startsWith(g) && /^(ه|ها|هم|هما)$/.test(key.slice(g.length))));
    if (gather !== undefined && w.sentOf[k] === h.sentence) {
      const withB = idx.find((i) => slots[i]!.first > k && slots[i]!.prep === 'ب' && between(w, k, slots[i]!.first).words <= 4);
      const obj = key === gather ? idx.find((i) => slots[i]!.first > k && slotBare(a, i) && (withB === undefined || i < withB)) : undefined;
      if (withB !== undefined && (obj !== undefined || key !== gather)) {
        target = group(w, slots, withB);
        if (obj !== undefined) {
          source = group(w, slots, obj);
          steps.push(`both sides: «${w.toks[k]!.text}» X بـ Y after the meeting's noun`);
        } else steps.push(`target: after بـ, «${w.toks[k]!.text}» (the pronoun's side is the subject)`);
      }
    }
  }
  if (!source.length && syntax.mutualTypes.has(h.sense.type)) {
    // لقاءات بين المسؤولين المغاربة والإسرائيليين … أفضت إلى توقيع: the two sides named before
    const b = idx.filter((i) => slots[i]!.last < h.first && w.sentOf[slots[i]!.first] === sent && slots[i]!.prep === 'بين').pop();
    if (b !== undefined && !after.some((i) => slotBare(a, i) || slotTargetPrep(a, i))) {
      const g = group(w, slots, b);
      if (g.length >= 2) {
        source = [g[0]!];
        target = g.slice(1);
        steps.push('both sides: بين X و Y before the trigger');
      }
    }
  }
  const agent = after.find((i) => slots[i]!.prep === 'agent');
  if (!source.length && agent !== undefined) {
    source = group(w, slots, agent);
    markedAgent = true;
    steps.push('source: agent after من قبل / على يد / بنيران');
    // قتل 140 فلسطينيا … بنيران الجيش: the bare mention is the one acted upon
    const victim = after.find((i) => i < agent && slotBare(a, i)) ?? before.find((i) => slotBare(a, i) && slots[i]!.m.actor.sector === 'CVL');
    if (victim !== undefined && !target.length) {
      target = group(w, slots, victim).filter((i) => i !== agent);
      steps.push('target: the one acted upon (an agent is named)');
    }
  }
  // (the inverting word may open the trigger phrase itself: تلقى رئيس الحكومة اتصالا من …)
  const inverted = h.sense.inverted || (h.sense.invertedWith.size > 0 && (windowWords(w, h, 8, 'before').some((i) => invertingWord(a, i)) || invertingWord(a, h.first)));
  // (none past a mention the phrase takes in: that is its object, and what follows is no subject)
  // (nor a possessive standing for a country, بلاده، حكومته: after a verb it is a genitive's, أعضاء حكومته)
  const firstBareAfter = straddle !== undefined ? undefined : after.find((i) => slotBare(a, i) && slots[i]!.m.rule !== 'pronoun' && wordsTo(a, i) <= 8 && !(h.nominal && next && next.first < slots[i]!.first));
  const inPP = h.nominal && (/^[وف]?[بل]/.test(w.keys[h.first]!.slice(0, h.cut)) || w.lex.syntax.adjunctPrepositions.has(stripConj(w, w.keys[h.first - 1] ?? ''))) && lightVerbBefore(w, h) < 0;
  // (not an earlier event's object in the sentence: زار أحمد إريتريا … ووقع اتفاقا)
  // a trigger right after an indefinite noun that is no actor, no event and no adjunct preposition
  // (غداة): a verb there opens the noun's relative clause (رسائل تدعو إلى …: the letters call, not
  // the sentence's subject), a noun there is its genitive (خلية خططت لتنفيذ هجمات: the attacks are
  // the cell's plan); neither takes a subject carried over from before the noun (blocking the subject
  // before the noun too, SVO, lost as many right events as wrong ones)
  const prevBare = h.first > 0 ? stripConj(w, w.keys[h.first - 1]!) : '';
  const relativeOfNoun =
    !h.nominal &&
    prevBare.length >= 4 &&
    !PREP_PRONOUN.test(prevBare) &&
    !syntax.adjunctPrepositions.has(prevBare) &&
    !syntax.complementizers.has(prevBare) &&
    !syntax.clauseOpeners.has(prevBare) &&
    w.slotAt[h.first - 1]! < 0 &&
    nounAt(w, h.first - 1) &&
    !verbLike(w, h.first - 1) &&
    !isFuture(w, prevBare) &&
    // (a name the linker left without an actor is a subject: رجل الدين كاظم صديقي دعا)
    !(w.doc.layers.entities ?? []).some((e) => e.start < w.toks[h.first - 1]!.end && w.toks[h.first - 1]!.start < e.end);
  const nearestBareBefore = inPP ? undefined : before.find((i) => slotBare(a, i) && !slotCityOnly(a, i) && !objects.has(i));
  // the target: a slot after one of the sense's prepositions, or within three words of one
  // (عقوبات على ثمانية مسؤولين في الأجهزة الأمنية السورية)
  const nextStart = next ? next.first : Infinity;
  let prepTarget = after.find((i) => slotTargetPrep(a, i) && slots[i]!.first < nextStart);
  if (prepTarget === undefined && h.sense.targetPreps.size) {
    for (let k = h.last + 1; k < w.toks.length && k < nextStart && w.clauseOf[k] === w.clauseOf[h.last] && prepTarget === undefined; k++) {
      const key = w.keys[k]!;
      const bareKey = stripConj(w, key);
      const isPrep = h.sense.targetPreps.has(bareKey) || (bareKey.length > 2 && h.sense.targetPreps.has(bareKey[0]!) && syntax.procliticPrepositions.has(bareKey[0]!));
      if (!isPrep) continue;
      prepTarget = after.find((i) => slots[i]!.first >= k && slots[i]!.first <= k + 4 && !slotIsLocation(a, slots[i]!));
    }
  }
  // a verb right after a relative pronoun (غينيا الاستوائية التي تتهم باريس) has the antecedent as its
  // subject and the mention after it as its object
  if (!source.length && relativeVerb(w, h)) {
    const ante = sentenceSlots(w, sent, h).filter((i) => slots[i]!.last < h.first - 1 && !slotCityOnly(a, i) && !enclosed(w, slots[i]!)).pop();
    if (ante !== undefined && between(w, slots[ante]!.last, h.first - 1).words <= 2) {
      // a singular pronoun (الذي، التي) stands for the last of coordinated mentions only (بين فرنسا
      // وغينيا الاستوائية التي تتهم باريس); a dual or plural one for all of them
      source = w.lex.syntax.singularRelatives.has(w.keys[h.first - 1]!) ? [ante] : groupBack(w, slots, ante);
      steps.push('source: the antecedent of the relative pronoun');
      if (firstBareAfter !== undefined) {
        target = group(w, slots, firstBareAfter);
        steps.push('target: the object in the relative clause');
      }
    }
  }
  // a participle of state (سارعت روسيا إلى الرد متهمة بريطانيا …) has the subject of the verb before it
  // and its object after it
  // (also the active participles in ـا: داعيا، مطالبا، محذرا، مؤكدا)
  if (!source.length && participle(h)) {
    // (after a comma, the subject of the sentence's event before it, past that verb's object: وانتقد
    // السفير الروسي موقف الحكومة البريطانية، متهما رئيسة الوزراء …)
    const carriedSubject = isComma(w.toks[h.first - 1]) ? (prevInSentence?.source ?? []) : [];
    const nearest = carriedSubject.length ? undefined : idx.filter((i) => slots[i]!.last < h.first && slotBare(a, i) && !slotCityOnly(a, i) && !enclosed(w, slots[i]!)).pop();
    const subject = carriedSubject.length ? [...carriedSubject] : nearest !== undefined ? groupBack(w, slots, nearest) : [];
    if (subject.length) {
      source = subject;
      steps.push('source: the subject of the verb the participle goes with');
      speaker = true;
      if (firstBareAfter !== undefined) {
        target = group(w, slots, firstBareAfter);
        steps.push("target: the participle's object");
      }
    }
  }
  // زيارة قام بها X / غارات شنها X: the agent of the verbal noun
  if (!source.length && h.nominal) {
    let k = h.last + 1;
    while (k < w.toks.length && !isWord(w.toks[k]!)) k++;
    // one adjective may stand between (عقوبات مماثلة فرضتها واشنطن)
    if (!supportVerbAt(w, k) && supportVerbAt(w, k + 1) && w.slotAt[k]! < 0) k++;
    else if (!supportVerbAt(w, k) && !supportVerbAt(w, k + 1) && supportVerbAt(w, k + 2) && w.lex.syntax.relativePronouns.has(w.keys[k + 1] ?? '') && w.slotAt[k]! < 0) k += 2;
    if (supportVerbAt(w, k)) {
      // the agent may stand in the relative clause (العقوبات التي فرضتها الولايات المتحدة)
      const ag = idx.find((i) => slots[i]!.first > k && slotBare(a, i) && !slotIsLocation(a, slots[i]!) && between(w, k, slots[i]!.first).words <= 6);
      if (ag !== undefined) {
        source = group(w, slots, ag);
        markedAgent = true;
        steps.push('source: agent after قام بها / شنها');
        // … and the target in that clause (فرضتها الولايات المتحدة على شركات عراقية)
        const lastAg = source[source.length - 1]!;
        const tg = idx.find((i) => i > lastAg && slotTargetPrep(a, i) && between(w, slots[lastAg]!.last, slots[i]!.first).words <= 3);
        if (tg !== undefined && !target.length) {
          target = group(w, slots, tg);
          steps.push(`target: after ${slots[tg]!.prep}, in the agent's clause`);
        }
      }
    }
  }
  // وكانت وحدة نزع الألغام في المقاومة الجنوبية قد اتهمت الميليشيات الحوثية: in كان … قد + verb the
  // subject stands between كان and قد, and a mention after the verb is its object
  let subjectBefore = false;
  if (!source.length && !target.length && !h.nominal && h.first > 1 && stripConj(w, w.keys[h.first - 1]!) === 'قد') {
    let kana = -1;
    for (let k = h.first - 2; k >= 0 && w.clauseOf[k] === clause && kana < 0; k--) if (w.lex.syntax.kanaForms.has(stripConj(w, w.keys[k]!))) kana = k;
    if (kana >= 0) {
      const between_ = idx.filter((i) => slots[i]!.first > kana && slots[i]!.last < h.first - 1 && !slotIsLocation(a, slots[i]!));
      const subj = between_.filter((i) => slotBare(a, i)).pop() ?? between_[between_.length - 1];
      if (subj !== undefined) {
        source = groupBack(w, slots, subj);
        steps.push('source: the subject between كان and قد');
        speaker = true;
      }
      // a subject stands there (named as an actor or not): what follows the verb is its object
      if (subj !== undefined || between(w, kana, h.first - 1).words > 0) {
        subjectBefore = true;
        const obj = after.find((i) => slotBare(a, i) && wordsTo(a, i) <= 4);
        if (obj !== undefined) {
          target = group(w, slots, obj);
          steps.push(subj !== undefined ? 'target: the object after the verb' : 'target: the object after the verb (its subject, between كان and قد, names no actor)');
        }
      }
    }
  }
  // a verb with an object pronoun between two actors (المحتجون فرقتهم الشرطة، الناشطين أفرجت عنهم
  // السلطات): the one after it is its subject, the one before, which the pronoun repeats, its object
  if (!source.length && !target.length && !h.nominal && objectPronoun(w, h)) {
    const before1 = before.find((i) => slotBare(a, i) && !slotCityOnly(a, i));
    const after1 = after.find((i) => slotBare(a, i) && wordsTo(a, i) <= 1);
    if (before1 !== undefined && after1 !== undefined && between(w, slots[before1]!.last, h.first).words === 0 && !governedByVerb(w, slots, before1)) {
      source = group(w, slots, after1);
      target = groupBack(w, slots, before1);
      steps.push('source and target: the subject after a verb whose object pronoun repeats the actor before it');
    }
  }
  // تعرضت مدينة خاركيف لقصف روسي / شهدت تركيا عمليات اعتقال: the subject undergoes the act
  const undergo =
    h.nominal && windowWords(w, h, 6, 'before').some((i) => w.clauseOf[i] === clause && variantsOf(w, i).some((v) => syntax.undergoVerbs.has(v.key)));
  const undergoer = before.find((i) => slotBare(a, i));
  if (!source.length && !target.length && undergo && undergoer !== undefined && !DOMESTIC_SUBJECT_TYPES.has(h.sense.type)) {
    target = groupBack(w, slots, undergoer);
    steps.push('target: the subject of تعرض / شهد');
  }
  // غارة للتحالف العربي على صنعاء، هجوم للحوثيين على مأرب: an armed or state actor after ل right after
  // a verbal noun of force whose target follows with its preposition is the agent (قصف للمدينة: a
  // place, no agent; after a condemnation, الإدانات للجيش الإسرائيلي, ل marks the one condemned)
  if (!source.length && h.nominal && prepTarget !== undefined && (h.sense.type === 'ASSAULT' || h.sense.type === 'COERCE')) {
    const agent = after.find((i) => slots[i]!.prep === 'ل' && wordsTo(a, i) <= 2 && isAgentLike(slots[i]!) && !slots[i]!.place && slots[i]!.first < slots[prepTarget!]!.first);
    if (agent !== undefined && between(w, h.last, slots[agent]!.first).commas === 0) {
      source = group(w, slots, agent);
      steps.push('source: the armed actor after ل (the agent of the hostile verbal noun)');
    }
  }
  // سلمت الوزارة السفير مذكرة احتجاج: subject, object, then the verbal noun
  const bareBefore = before.filter((i) => slotBare(a, i) && !slotCityOnly(a, i));
  // (the verbal noun is the verb's own second object, not inside a prepositional phrase: احتمال ضلوع
  // إسرائيل في الاغتيال)
  if (!source.length && !target.length && h.nominal && !undergo && bareBefore.length >= 2 && !introducedByPreposition(w, h)) {
    const subj = groupBack(w, slots, bareBefore[bareBefore.length - 1]!);
    const obj = groupBack(w, slots, bareBefore[0]!);
    if (!obj.some((i) => subj.includes(i)) && between(w, slots[bareBefore[0]!]!.last, h.first).words <= 1) {
      source = subj;
      target = obj;
      steps.push('source and target: subject and object of the verb before the verbal noun');
    }
  }
  if (!source.length && !(undergo && target.length) && !subjectBefore) {
    if (h.nominal && h.sense.genitive === 'target') {
      // اعتقال الناشط / قصف المدينة: the genitive is acted upon, unless an agent with its own target
      if (firstBareAfter !== undefined && wordsTo(a, firstBareAfter) <= 1) {
        if (isAgentLike(slots[firstBareAfter]!) && (prepTarget !== undefined)) {
          source = group(w, slots, firstBareAfter);
          steps.push('source: agent genitive of the verbal noun');
        } else {
          target = group(w, slots, firstBareAfter);
          steps.push('target: genitive of the verbal noun');
        }
      }
      // … only when a light verb governs the noun (شنت إسرائيل غارات) or the subject stands within two
      // words of it: further off, the subject is another predicate's (ونزح السكان … مع تصاعد القتال)
      // (not the subject of the condemnation whose object the noun is: أدانت وزارة الخارجية المصرية
      // الهجوم الإرهابي — the ministry did not attack)
      if (nearestBareBefore !== undefined && !source.length && !condemned && (lightVerbBefore(w, h) >= 0 || between(w, slots[nearestBareBefore]!.last, h.first).words <= 2)) {
        source = groupBack(w, slots, nearestBareBefore);
        steps.push('source: subject before the verbal noun');
      }
    } else {
      const gapBefore = nearestBareBefore !== undefined ? subjectGap(w, slots[nearestBareBefore]!.last, h.first) : null;
      const svo = gapBefore !== null && gapBefore.words <= 1 && gapBefore.commas === 0;
      const vso = !svo && !h.nominal && firstBareAfter !== undefined && wordsTo(a, firstBareAfter) <= 8;
      if (!vso && nearestBareBefore !== undefined && (h.nominal ? firstBareAfter === undefined || wordsTo(a, firstBareAfter) > 1 : true)) {
        source = groupBack(w, slots, nearestBareBefore);
        steps.push('source: subject before the trigger (SVO)');
        speaker = true;
        // (a side after the sense's preposition before it wins: قطع العلاقات مع كينيا، متهمة نيروبي)
        if (firstBareAfter !== undefined && !h.nominal && straddle === undefined && !(prepTarget !== undefined && prepTarget < firstBareAfter)) {
          target = group(w, slots, firstBareAfter);
          steps.push('target: object after the verb');
        }
      } else if (
        firstBareAfter !== undefined &&
        h.sense.type === 'REQUEST' &&
        joinedByWa(w, h) &&
        prevInSentence !== null &&
        prevInSentence.source.length > 0 &&
        wordsTo(a, firstBareAfter) === 0 &&
        complementAfter(w, slots[firstBareAfter]!.last)
      ) {
        // وأدانت بعثة الأمم المتحدة … العنف، وطالبت السلطات بـ"احترام الحق في التظاهر": a demand joined
        // by و to an act of the sentence goes on with that act's subject; the mention right after it,
        // with the demand's complement after the mention, is the one asked
        target = group(w, slots, firstBareAfter);
        steps.push('target: the one asked, right after a demand joined by و (its complement follows)');
      } else if (firstBareAfter !== undefined && !h.nominal && slots[firstBareAfter]!.m.kb?.startsWith('place:') === true && masculineVerb(w, h)) {
        // ودعا أنقرة إلى سحب سفنها: a city is feminine, so a masculine verb's city after it is its
        // object, not its subject (دعت أنقرة); the subject is the clause's before
        target = group(w, slots, firstBareAfter);
        steps.push('target: a city after a masculine verb (its object: a city would take a feminine verb)');
      } else if (
        firstBareAfter !== undefined &&
        h.sense.mode === 'visit' &&
        slots[firstBareAfter]!.place &&
        !after.some((i) => i !== firstBareAfter && slotBare(a, i) && !group(w, slots, firstBareAfter).includes(i))
      ) {
        // زار أحمد إريتريا: a visit verb's only bare mention a place — the place visited (the visitor
        // is a name the linker does not know, or the subject of the clause before)
        target = group(w, slots, firstBareAfter);
        steps.push('target: the place a visit verb takes as its object');
      } else if (firstBareAfter !== undefined && !h.nominal && wordsTo(a, firstBareAfter) === 0 && obliquePlural(w, slots[firstBareAfter]!)) {
        // وأمهلت الدبلوماسيين الكينيين: a plural in ـين right after the verb is its object (a subject
        // would end in ـون); the subject is the clause's before
        target = group(w, slots, firstBareAfter);
        steps.push('target: a plural in ـين right after the verb (its object; a subject takes ـون)');
      } else if (
        firstBareAfter !== undefined &&
        h.first > 1 &&
        relativeVerb(w, h) &&
        w.slotAt[h.first - 2]! < 0 &&
        objectPronoun(w, h) === null &&
        wordsTo(a, firstBareAfter) <= 2 &&
        // (an armed or state actor there is the subject, the pronoun on a later word: صحيفة زمان التي
        // أمرت السلطات التركية بإغلاقها)
        !isAgentLike(slots[firstBareAfter]!)
      ) {
        // العبوات الناسفة التي قتلت أسبر: a relative verb with no object pronoun has the antecedent
        // (here no actor) as its subject, so the mention right after it is its object (with one, the
        // mention is the subject: الهجوم الذي شنته روسيا)
        target = group(w, slots, firstBareAfter);
        steps.push('target: the object of a relative verb whose subject is its antecedent (no actor)');
      } else if (firstBareAfter !== undefined && pronounSubject(w, h)) {
        // وقالت الخارجية المصرية إنها استدعت السفير التركي: after a complementizer whose pronoun the
        // verb agrees with, the pronoun is the subject, so the mention after the verb is its object;
        // the subject is the clause's before (the speaker)
        target = group(w, slots, firstBareAfter);
        steps.push('target: the object of a verb whose subject is the pronoun of إنها/أنه before it');
      } else if (firstBareAfter !== undefined && pluralSubjectVerb(h) && wordsTo(a, firstBareAfter) <= 3) {
        // وطالبوا برحيل رموز النظام: a verb whose ending is its plural subject has no subject after it
        // (before a plural subject the verb stays singular: طالب المحتجون), so the mention after it is
        // its object; the subject is the clause's before
        target = group(w, slots, firstBareAfter);
        steps.push('target: the object of a verb whose ending is its plural subject');
      } else if (
        firstBareAfter !== undefined &&
        !slotCityOnly(a, firstBareAfter) &&
        // (a verbal noun's genitive stands in its noun phrase: not past a comma and a verb, the subject
        // of the next clause — وخلال القمة مع ترمب، «أكد كيم»)
        !(h.nominal && between(w, h.last, slots[firstBareAfter]!.first).commas > 0 && verbIn(w, h.last + 1, slots[firstBareAfter]!.first)) &&
        // (a verb's subject stands before any other verb: وشنت من قبل غارات جوية وكذلك «اخترقت» الأراضي
        // العراقية — the land is what the second verb breached)
        !(!h.nominal && coordinatedVerbIn(w, h.last + 1, slots[firstBareAfter]!.first)) &&
        // (nor the second member of بين X و Y, one side of a pair: إمضائه لاتفاق تجاري … بين تونس «وليبيا»)
        !(firstBareAfter > 0 && slots[firstBareAfter - 1]!.prep === 'بين' && group(w, slots, firstBareAfter - 1).includes(firstBareAfter))
      ) {
        source = group(w, slots, firstBareAfter);
        steps.push(h.nominal ? 'source: genitive of the verbal noun' : 'source: subject after the verb (VSO)');
        if (!h.nominal) speaker = true;
        const last = source[source.length - 1]!;
        // the object: a later bare mention, not one standing right after the subject (its apposition),
        // nor one past another verb, which is that verb's (نددت الوزارة بالعقوبات، ووصفتها في بيان
        // «نقلته» وكالة الأنباء السورية)
        const obj = after.find(
          (i) =>
            i > last &&
            slotBare(a, i) &&
            !h.nominal &&
            // (a title of the same country right after a person is that person's: الأمير محمد بن سلمان
            // «ولي العهد السعودي»)
            (between(w, slots[last]!.last, slots[i]!.first).words > 0 ||
              slots[i]!.m.actor.country !== slots[last]!.m.actor.country ||
              (!isPerson(slots[i]!) && !(slots[i]!.m.actor.role !== null && isPerson(slots[last]!)))) &&
            !verbBetweenSlots(w, slots, last, i),
        );
        if (obj !== undefined && !target.length) {
          target = group(w, slots, obj);
          steps.push('target: object after the subject');
        }
      }
    }
  }
  // قضت محكمة … بسجن «تسعة ناشطين»: the genitive of the verbal noun a verb's sense requires after it,
  // where that noun's genitive is acted upon, is the target
  if (!target.length && !h.nominal && h.sense.genitive === 'target') {
    const r = requiredAfter(w, h);
    const g = r === undefined ? undefined : after.find((i) => slots[i]!.first > r && slots[i]!.prep === null && between(w, r, slots[i]!.first).words <= 2 && !source.includes(i));
    if (g !== undefined) {
      target = group(w, slots, g);
      steps.push(`target: the genitive of «${w.toks[r!]!.text}», the noun the verb requires`);
    }
  }
  if (!target.length && straddle !== undefined && !source.includes(straddle)) {
    target = group(w, slots, straddle);
    steps.push('target: the mention the trigger phrase takes in');
  }
  if (!target.length && phraseObject !== undefined && !source.includes(phraseObject)) {
    target = group(w, slots, phraseObject);
    steps.push("target: the genitive of the phrase's last noun");
  }
  if (!target.length && prepTarget !== undefined && !source.includes(prepTarget)) {
    target = group(w, slots, prepTarget);
    steps.push(`target: after ${slots[prepTarget]!.prep}`);
  }
  let carried = false;
  // a contrast (بينما، فيما، لكن) opens a clause with another subject: nothing is carried into it
  // (nor into the relative clause or genitive of an indefinite noun, relativeOfNoun above)
  if (!source.length && !contrastClause(w, h) && !relativeOfNoun && !condemned) {
    if (prevInSentence?.accuses && prevInSentence.target.length && h.nominal && introducedByPreposition(w, h)) {
      // the act someone is accused of (ويُتهم الجيش السوري باستهداف المدنيين، اتهمت X Y بقصف): the
      // accused did it
      source = prevInSentence.target.filter((i) => !target.includes(i));
      carried = true;
      steps.push('source: the accused, the target of the accusation before it');
    } else if (prevInSentence && prevInSentence.source.length) {
      // مؤكدا أنها ترفض التعاون: a feminine pronoun subject does not stand for a man who speaks — it
      // stands for the nearest feminine mention before it (انتقد ياكوفينكو موقف «الحكومة البريطانية»)
      const she = feminineAntecedent(a, idx, prevInSentence.source);
      if (she !== undefined) {
        source = [she];
        steps.push('source: the feminine mention the pronoun of أنها stands for (not the man speaking)');
      } else {
        source = prevInSentence.source;
        carried = true;
        steps.push('source: carried over from the previous event of the sentence');
      }
    } else {
      const pick = idx
        // (not the previous event's object: زار أحمد إريتريا ووقع اتفاقا — Eritrea is visited, not signing)
        .filter((i) => slots[i]!.last < h.first && w.sentOf[slots[i]!.first] === sent && slotBare(a, i) && !slotCityOnly(a, i) && !slots[i]!.people && !enclosed(w, slots[i]!) && !objects.has(i) && !slotReporter(a, slots[i]!))
        .shift();
      if (pick !== undefined) {
        source = [pick];
        carried = true;
        steps.push("source: the sentence's subject before the trigger's clause");
      }
    }
  }
  if (
    !h.nominal &&
    !target.length &&
    source.length &&
    (h.sense.type === 'ASSAULT' || h.sense.type === 'COERCE') &&
    source.every((i) => slots[i]!.m.actor.sector === 'CVL' || slots[i]!.m.actor.sector === 'MED') &&
    !args_agent(steps)
  ) {
    const afterVerb = slots[source[0]!]!.first > h.last;
    [source, target] = [target, source];
    steps.push('civilians as the subject of an attack or arrest verb with no object: its victims (7 فلسطينيين قتلوا)');
    // (civilians after the verb are its object, so the subject is the clause's before: وسجنت السلطات
    // المئات كما جردت بعض الناشطين من الجنسية)
    if (afterVerb && prevInSentence && prevInSentence.source.length && !contrastClause(w, h) && !relativeOfNoun && !condemned) {
      source = prevInSentence.source.filter((i) => !target.includes(i));
      carried = source.length > 0;
      if (carried) steps.push('source: carried over from the previous event of the sentence (the civilians after the verb are its object)');
    }
  } else if (passive(w, h) && source.length && !args_agent(steps)) {
    // (a passive verb has no object: a side after its subject is another word's — ويُتهم الجيش السوري
    // باستهداف المدنيين)
    [source, target] = [[], source];
    steps.push('passive verb (ُ): the subject is the target');
  }
  // (a manner adverb carrying the sides of the act it qualifies keeps them as they are: تلقى سلام اتصالا
  // هاتفيا من …)
  if (inverted && source.length && !(carried && h.first === h.last && syntax.mannerAdverbs.has(h.key))) {
    [source, target] = [target, source];
    steps.push('inverted sense: the subject is the target');
  }
  // تلقى X اتصالا من Y: the one it came from, after من, is the source (also when the receiver is no
  // actor: تلقى سلام اتصالا من الرئيس الفرنسي)
  if (inverted && !source.length && h.sense.invertedWith.size > 0) {
    const from = idx.find((i) => slots[i]!.first > h.last && slots[i]!.prep === 'من' && slotInClause(a, slots[i]!) && !target.includes(i) && wordsTo(a, i) <= 8);
    if (from !== undefined) {
      source = group(w, slots, from);
      steps.push('source: after من (the one it came from)');
    }
  }
  // وقعت تونس والسعودية اتفاقية، اتفق الرئيسان: a coordinated subject of a mutual act names both
  // sides, the first the source and the others the target, as بين X و Y does (data: mutual_note)
  if (syntax.mutualTypes.has(h.sense.type) && !target.length && source.length >= 2) {
    // (two actors of one country are two sides too: الحكومة اليمنية والحوثيون)
    const countriesOf = new Set(source.map((i) => slots[i]!.m.actor.id ?? slots[i]!.m.key));
    if (countriesOf.size >= 2) {
      target = source.slice(1);
      source = source.slice(0, 1);
      steps.push('both sides: a coordinated subject of a mutual act');
    }
  }
  // أعلنت وزارة الصحة الفلسطينية مقتل مزارع: the subject before a death noun that a report verb
  // governs announced the death; it is no killer
  // — and so did the subject before an attack noun it announces on its own people (أعلنت إيران اغتيال
  // العالم النووي محسن فخري زاده: Iran's scientist, Iran no killer; أعلنت إسرائيل اغتيال قائد في حماس
  // may be Israel's own act)
  // (a person of the announcer's country, the report verb right before the announcer and the noun its
  // object: not a place — أعلنت المعارضة السورية انتزاع السيطرة على بلدة — nor a verb after إن)
  const ownPeople =
    h.sense.type === 'ASSAULT' &&
    source.length > 0 &&
    (h.nominal || (!pastVerb(w, h) && !presentTense(w, h))) &&
    w.clauseOf[h.first] === w.clauseOf[slots[source[0]!]!.first] &&
    slots[source[0]!]!.first > 0 &&
    syntax.reportVerbs.has(stripConj(w, w.keys[slots[source[0]!]!.first - 1]!)) &&
    target.length > 0 &&
    target.every((t) => isPerson(slots[t]!) && slots[t]!.m.actor.country !== null && source.some((x) => slots[x]!.m.actor.country === slots[t]!.m.actor.country));
  if (source.length && slots[source[0]!]!.last < h.first && (deathNoun(w, h) || ownPeople)) {
    const from = slots[source[0]!]!.first;
    let report = false;
    for (let k = Math.max(0, from - 3); k < h.first && !report; k++) if (syntax.reportVerbs.has(stripConj(w, w.keys[k]!))) report = true;
    if (report) {
      source = [];
      steps.push('no source: the subject of the report verb announced the death or attack');
    }
  }
  // بطلب من ألمانيا، بدعوة من السعودية، بناء على طلب من …: "at X's request" — X, after من, asked; the
  // one asked is the subject of the clause the phrase qualifies
  if (h.nominal && h.sense.type === 'REQUEST' && target.length && slots[target[0]!]!.prep === 'من' && slots[target[0]!]!.first > h.last && atRequest(w, h)) {
    const asker = target;
    // (a subject carried from another clause of the sentence is no surer the one asked: left empty)
    const sameClause = source.every((x) => w.clauseOf[slots[x]!.first] === w.clauseOf[h.first]);
    target = carried && !sameClause ? [] : source.filter((x) => !asker.includes(x));
    source = asker;
    carried = false;
    steps.push('source: after من in «بطلب من» (at its request); target: the subject it asked');
  }
  // an explosion's subject or genitive is what exploded (سيارة انفجرت، انفجار عبوة), and a reporter
  // before it told of it: only an agent the text marks is its source
  if (h.sense.trigger.args?.undergoer_subject && source.length && !markedAgent) {
    source = [];
    carried = false;
    steps.push('no source: the subject of an act that befalls it (an explosion) is no agent');
  }
  let decisionOwner: number | undefined;
  // قرار روسيا إغلاق القنصلية، خطوة الإمارات سحب سفيرها: a verbal noun right after a decision noun and
  // its owner is the owner's act — the owner is its source, even as the object of the sentence's verb
  // (انتقدت الخارجية الأميركية قرار روسيا …: the ministry criticised, Russia closed)
  if ((h.nominal || !verbLike(w, h.first)) && h.first >= 2) {
    const at = w.slotAt[h.first - 1]!;
    const own = at >= 0 && slots[at]!.last === h.first - 1 && slots[at]!.prep === null && slots[at]!.people === null ? at : undefined;
    // (… and the act joined to that one by و: قرار روسيا إغلاق القنصلية «وطرد» دبلوماسيين)
    const prevOwner = prevInSentence?.decisionOwner;
    const owner =
      own !== undefined && slots[own]!.first > 0 && syntax.decisionNouns.has(stripConj(w, w.keys[slots[own]!.first - 1]!))
        ? own
        : prevOwner !== undefined && /^[وف]/.test(w.keys[h.first]!) && between(w, slots[prevOwner]!.last, h.first).words <= 8 && between(w, slots[prevOwner]!.last, h.first).commas === 0
          ? prevOwner
          : undefined;
    if (owner !== undefined) {
      decisionOwner = owner;
      if (!source.includes(owner)) {
        source = [owner];
        carried = false;
        target = target.filter((i) => i !== owner);
        steps.push(`source: «${slots[owner]!.m.text}», whose decision the verbal noun tells`);
      }
    }
  }
  // اعتبرت ماي أن … روسيا لا تحترم القانون الدولي: a judgement's target may stand in its أنّ-clause —
  // the first named actor after the verb that is not the judge (a sense that needs a target only)
  if (!target.length && h.sense.trigger.needs_target) {
    const keys = new Set(source.map((i) => slots[i]!.m.key));
    // (the one the wrong is said of stands last before the words that say it: أن «روسيا» لا تحترم)
    const req = h.sense.requires;
    const cue = req ? windowWords(w, h, req.window, 'after').find((k) => cueFrom(w, k, req.near) !== null) : undefined;
    const judged = idx
      .filter((i) => slots[i]!.first > h.last && (cue === undefined || slots[i]!.last < cue) && slots[i]!.people === null && !keys.has(slots[i]!.m.key) && slotUsable(a, slots[i]!) && !enclosed(w, slots[i]!))
      .pop();
    if (judged !== undefined) {
      target = [judged];
      steps.push('target: the actor named last before the words that tell the wrong');
    }
  }
  // no actor on both sides
  const srcKeys = new Set(source.map((i) => slots[i]!.m.key));
  target = target.filter((i) => !srcKeys.has(slots[i]!.m.key));
  return { source, target, carried, steps, otherSide: target.length ? undefined : otherSide, accuses: h.sense.type === 'ACCUSE', decisionOwner, speaker };
}

/** A place slot as an event's location. */
const locationOf = (s: Slot): EventLocation => ({ text: s.m.text, start: s.m.start, end: s.m.end, country: s.m.actor.country, name: s.entity?.name ?? s.m.text, entity: s.m.entity });

/** Step 4: a place named after في / بـ in the trigger's clause. */
function findLocation(w: Work, h: Hit, slots: readonly Slot[]): EventLocation | null {
  const { syntax } = w.lex;
  for (const i of sentenceSlots(w, h.sentence, h)) {
    const s = slots[i]!;
    if (s.first <= h.last) continue;
    if (w.clauseOf[s.first]! > w.clauseOf[h.last]!) break;
    if (!s.place || s.prep === null) continue;
    if (syntax.locationPrepositions.has(s.prep) || s.prep === syntax.locationProclitic) {
      return locationOf(s);
    }
  }
  // … else the place that opens the sentence, set off by a comma (وفي بورتسودان، وصلت أمس طائرتان
  // مصريتان …): the scene of all the sentence tells
  const first = tokenAt(w.toks, w.sentences[h.sentence]!.start);
  const i = w.slotAt[first + 1] ?? -1;
  const s = i >= 0 ? slots[i]! : null;
  if (s && s.place && s.first === first + 1 && s.first < h.first && w.toks[s.last + 1]?.text === '،' && stripConj(w, w.keys[first]!) === 'في') {
    return locationOf(s);
  }
  return null;
}

const NON_DATES = new Set(['DURATION', 'SET']);
/** The vague values of the timex layer (TIMEX3): a date of their own, not a duration. */
const VAGUE_REFS: ReadonlySet<string> = new Set(['PAST_REF', 'PRESENT_REF', 'FUTURE_REF']);
/** A date whose period began this many days or more before publication is no date of a present verb. */
const LONG_PAST_DAYS = 60;
const longPastDate = (value: string, dct: string | null): boolean => dct !== null && (periodStart(value) ?? Infinity) < Date.parse(dct.slice(0, 10)) - LONG_PAST_DAYS * 86_400_000;
/** A present form after أن، لم or لما (قبل أن يرفض، لم يتمكن; past_sense_particles): a subjunctive or jussive with a past sense. */
const pastSense = (w: Work, h: Hit): boolean => h.first > 0 && w.lex.syntax.pastSenseParticles.has(stripConj(w, w.keys[h.first - 1]!));

/** `NOUN … التي VERB-ها`: the verb (with an object pronoun) right after a relative pronoun that follows the noun, within three words. */
function relativeLink(w: Work, noun: Hit, verb: Hit): boolean {
  if (noun.sentence !== verb.sentence || !/(ها|ه|هما)$/.test(w.keys[verb.first]!)) return false;
  const gap = between(w, noun.last, verb.first);
  if (gap.words > 3 || gap.commas > 0) return false;
  const rel = w.keys[verb.first - 1] ?? '';
  return rel === 'التي' || rel === 'الذي' || rel === 'اللذين' || rel === 'اللتين' || rel === 'الذين';
}

/** The light verb governing a verbal noun (شهدت بغداد أمس السبت مظاهرة): its token, within six words before in the clause, or -1. */
function lightVerbBefore(w: Work, h: Hit): number {
  for (const i of windowWords(w, h, 6, 'before')) {
    if (w.clauseOf[i] !== w.clauseOf[h.first]) break;
    // with the future prefix too (ستشن إسرائيل هجوما)
    if (variantsOf(w, i).some((v) => w.lex.syntax.lightVerbs.has(v.key) || (isFuture(w, v.key) && w.lex.syntax.lightVerbs.has(v.key.slice(1))))) return i;
  }
  return -1;
}

/**
 * Words and commas between a subject and its verb (token indexes, exclusive), not counting a date and
 * the commas that set it off (أعلنت الحكومة الصومالية، اليوم الثلاثاء، قطع علاقاتها) nor a short aside
 * in parentheses (الدفاع المدني السوري (الخوذ البيضاء) اتهم): the subject still stands right before.
 */
function subjectGap(w: Work, a: number, b: number): { words: number; commas: number } {
  let words = 0;
  let commas = 0;
  for (let k = a + 1; k < b; k++) {
    if (w.inTimex[k]) continue;
    const t = w.toks[k]!;
    if (t.text === '(' && shortQuote(w, k)) {
      while (k < b && w.toks[k]!.text !== ')') k++;
      continue;
    }
    if (isComma(t)) {
      if (!w.inTimex[k - 1] && !w.inTimex[k + 1]) commas++;
    } else if (isWord(t)) words++;
  }
  return { words, commas };
}

/** Is a verb-like word among the tokens `[a, b)`? */
function verbIn(w: Work, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isWord(w.toks[k]!) && verbLike(w, k)) return true;
  return false;
}

/**
 * Is there, in tokens `[a, b)` past at least one word, a verb after a word that joins a new clause
 * (`verb_coordinators`: كذلك، ثم، كما — وشنت غارات «وكذلك اخترقت» الأراضي العراقية): a new clause with its
 * own subject and object. (A verb joined by a bare و is not enough: two verbs may share the subject
 * after them, وانتقدت بشدة واعتبرت الخارجية الروسية القرار …)
 */
function coordinatedVerbIn(w: Work, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (!isWord(w.toks[k]!) || w.slotAt[k]! >= 0 || !isWord(w.toks[k - 1]!)) continue;
    if (w.lex.syntax.verbCoordinators.has(stripConj(w, w.keys[k - 1]!)) && k - 1 > a && verbLike(w, k)) return true;
  }
  return false;
}

/** Words and commas between two token indexes (exclusive). */
function between(w: Work, a: number, b: number): { words: number; commas: number } {
  if (b <= a + 1) return { words: 0, commas: 0 };
  return { words: w.wordsBefore[b]! - w.wordsBefore[a + 1]!, commas: w.commasBefore[b]! - w.commasBefore[a + 1]! };
}

/**
 * How far (in tokens, each way) from its trigger an event's arguments and place are looked for.
 * Beyond what a real sentence gives: of the shared news articles, six have a sentence of more than
 * 300 tokens (the longest 841), and their events are the same with 300 as with 1000 but one, whose
 * source with 1000 was a mention more than 300 tokens away (BRA.MIL in a Sudanese article). It keeps the
 * search linear on a sentence of many thousand tokens, where looking at every slot of the sentence
 * for every trigger was quadratic (100 KB of «زار الرئيس المغربي مصر» without a full stop took
 * 4.4 s; with 1000 it took 1.4–1.9 s on this machine, near the 2 s guard of test/fuzz/redos.test.ts;
 * with 300, 0.8–1.2 s).
 */
const ARG_WINDOW = 300;

/** The first slot index in `[from, to)` whose first token is at or after `tok` (slots are in text order). */
function firstSlotFrom(w: Work, from: number, to: number, tok: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (w.slots[mid]!.first < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The slots of a sentence (indexes into `w.slots`, in order); with `near`, only those within ARG_WINDOW tokens of that hit. */
function sentenceSlots(w: Work, sent: number, near?: Hit): number[] {
  let from = w.slotRange[2 * sent]!;
  if (from < 0) return [];
  let to = w.slotRange[2 * sent + 1]!;
  if (near) {
    from = firstSlotFrom(w, from, to, near.first - ARG_WINDOW);
    to = firstSlotFrom(w, from, to, near.last + ARG_WINDOW + 1);
  }
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/**
 * Is token `t` in a relative clause (its clause opened by a relative pronoun) whose verb before `t`
 * tells an act of its own — no trigger the sense filters kept (`triggerTokens`), and no light or support
 * verb that restates its antecedent's act (الاجتماع الذي عُقد في …)?
 */
function relativeClauseVerb(w: Work, t: number, triggerTokens: ReadonlySet<number>): boolean {
  let k = w.clauseStart[t]!;
  while (k < t && !isWord(w.toks[k]!)) k++;
  if (k >= t || !w.lex.syntax.relativePronouns.has(w.keys[k]!)) return false;
  const { lightVerbs, supportVerbsAfter } = w.lex.syntax;
  for (let v = k + 1; v < t; v++) {
    if (!isWord(w.toks[v]!) || w.inTimex[v] || !verbLike(w, v) || triggerTokens.has(v)) continue;
    const key = stripConj(w, w.keys[v]!);
    if (!lightVerbs.has(key) && !supportVerbsAfter.has(key)) return true;
  }
  return false;
}

/**
 * Per comma, whether a word with و (not وذلك) after it opens another item of a list — not a side
 * joined to the one before with its title (عبد اللطيف لوديي، ووزير الأمن الإسرائيلي بني غانتس), a
 * verb, a contrast word or a date; as prefix sums over the tokens (`[k + 1]` counts the commas up to
 * token k), so that a date asks in one step whether one stands between it and a trigger.
 */
function listItemsUpTo(w: Work): Int32Array {
  const out = new Int32Array(w.toks.length + 1);
  for (let k = 0; k < w.toks.length; k++) {
    let item = false;
    if (isComma(w.toks[k])) {
      let j = k + 1;
      while (j < w.toks.length && !isWord(w.toks[j]!)) j++;
      const key = w.keys[j] ?? '';
      // (و + a definite noun: والحرب — not a word whose و is its own, وسط، وفق، وراء)
      item = j < w.toks.length && key.startsWith('وال') && key.length > 4 && !verbLike(w, j) && !w.lex.syntax.contrastWords.has(key.slice(1)) && w.inTimex[j] !== 1 && w.slotAt[j]! < 0 && w.unitFirst[j]! < 0;
    }
    out[k + 1] = out[k]! + (item ? 1 : 0);
  }
  return out;
}

/**
 * What it costs to give the date on tokens [first, last] to the verb on tokens [a, b]: the words and
 * commas between, a date after the verb cheaper, each clause boundary dear.
 */
function dateCost(w: Work, first: number, last: number, a: number, b: number): number {
  const after = first > a;
  const gap = after ? between(w, b, first) : between(w, last, a);
  const clauses = Math.abs(w.clauseOf[first]! - w.clauseOf[a]!);
  return (after ? 0.3 : 1) * gap.words + (after ? 0 : 2) + 4 * gap.commas + 8 * clauses;
}

/**
 * Step 5: which timex governs each hit (index into timexes, or -1). Each date goes to the nearest
 * trigger or report verb of its sentence: a date after its verb is preferred (أعلنت، اليوم، …;
 * وقعها … في 24 نوفمبر), commas and clause boundaries count as distance, and a date nearest a
 * report verb dates the statement, so no event gets it.
 */
function assignDates(w: Work, hits: readonly Hit[], timexes: readonly Timex[], named: readonly boolean[], dct: string | null, fromReport: Set<number> = new Set(), triggerTokens: ReadonlySet<number> = new Set()): Int32Array {
  const out = new Int32Array(hits.length).fill(-1);
  const best = new Float64Array(hits.length).fill(Infinity);
  const { reportVerbs } = w.lex.syntax;
  // the hits and the report verbs of each sentence, so that a date looks only at its own sentence
  const bySent = new Map<number, number[]>();
  hits.forEach((h, hi) => (bySent.get(h.sentence) ?? bySent.set(h.sentence, []).get(h.sentence)!).push(hi));
  const reportsBySent = new Map<number, number[]>();
  const reportsOf = (sent: number): number[] => {
    let r = reportsBySent.get(sent);
    if (r) return r;
    r = [];
    const s = w.sentences[sent]!;
    for (let k = tokenAt(w.toks, s.start); k < w.toks.length && w.toks[k]!.start < s.end; k++) {
      const key = w.keys[k]!;
      const bare = stripConj(w, key);
      if (reportVerbs.has(key) || reportVerbs.has(bare)) r.push(k);
    }
    reportsBySent.set(sent, r);
    return r;
  };
  // the date each report verb kept (its token → timex index)
  const reportDate = new Map<number, number>();
  // على خلفية تصريحات … بُثّت الاثنين الماضي: a date in a phrase of cause dates the cause, no trigger
  // before the phrase (causesUpTo[k]: the cause words before token k, to count those between)
  const causesUpTo = new Int32Array(w.toks.length + 1);
  const listItems = listItemsUpTo(w);
  // (بعد أن + a verb is no cause phrase: the act just before, in the same time — قتل مسلح 38 سائحا
  // … بعد أن شق طريقه إلى الشاطئ … في أواخر يونيو; syntax.json sequence_conjunctions)
  const { sequenceConjunctions } = w.lex.syntax;
  for (let k = 0; k < w.toks.length; k++) {
    const cause = isWord(w.toks[k]!) && (flagsOf(w, k) & F_CAUSE) !== 0 && !(k + 1 < w.toks.length && sequenceConjunctions.get(stripConj(w, w.keys[k]!))?.has(w.keys[k + 1]!) === true);
    causesUpTo[k + 1] = causesUpTo[k]! + (cause ? 1 : 0);
  }
  for (let ti = 0; ti < timexes.length; ti++) {
    const t = timexes[ti]!;
    // (a vague reference dates its clause as vaguely, whatever its type: خلال الأيام المقبلة is
    // FUTURE_REF, حتى الآن PRESENT_REF, مؤخرا PAST_REF)
    const vague = VAGUE_REFS.has(t.value);
    if (!vague && (NON_DATES.has(t.type) || /^P/.test(t.value))) continue;
    const first = tokenAt(w.toks, t.start);
    const last = tokenAt(w.toks, t.end - 1);
    const sent = w.sentOf[first]!;
    // a date set off by a comma after a verbal noun (وأدانت بعثة الأمم المتحدة لدعم الانتقال، مساء
    // الخميس، العنف): an adverbial after the subject belongs to the clause's verb, not to a noun inside it
    const commaBefore = first > 0 && w.toks[first - 1]!.text === '،';
    // a part of the day alone (ليلا، صباحا) dates less surely than a named day
    const partOnly = t.stated.some((f) => f === 'day' || f === 'weekday' || f === 'month' || f === 'year') || t.anchor ? 0 : 6;
    // حتى / لغاية + a date: a deadline or an end, not when the act happened
    const before1 = first > 0 ? stripConj(w, w.keys[first - 1] ?? '') : '';
    const deadline = before1 === 'حتي' || before1 === 'لغايه' || before1 === 'غايه' ? 8 : 0;
    let bi = -1;
    let bd = Infinity;
    const here = bySent.get(sent) ?? [];
    // a date after the publication date (الصيف المقبل، لاحقا) dates no past verb: انتقدت … كأس العالم
    // المفترض أن تُجرى الصيف المقبل (the date is the tournament's)
    const future = dct !== null && startsAfter(t.value, dct);
    const longPast = longPastDate(t.value, dct);
    const ownRelative = relativeClauseVerb(w, first, triggerTokens);
    for (const hi of here) {
      const h = hits[hi]!;
      if (!named[hi]) continue;
      // (a vague reference dates only its own clause: مؤكدا أن المعدات لم تصل حتى الآن does not date
      // the accusation before it)
      if (vague && w.clauseOf[h.first] !== w.clauseOf[first]) continue;
      if (future && pastVerb(w, h)) continue;
      // (… nor does a date months before publication date a present verb — unless منذ opens it, or the
      // verb follows أن/لم, which give a present form a past sense: وتتهم السلطات الصحيفة بأنها على صلة
      // بالمحاولة الانقلابية في تموز/يوليو 2016 — the date is the coup's; بعد محاولة الانقلاب في تموز/يوليو
      // 2016 «وتتهم» السلطات الصحيفة … — the accusation goes on)
      if (longPast && presentTense(w, h) && !pastSense(w, h) && !since(w, t)) continue;
      // (… nor past a comma and و opening another item of a list: أبرزها ضم روسيا لشبه جزيرة القرم،
      // والحرب في سوريا وما يتردد عن تدخل روسيا في الانتخابات … في 2016 — the date is the last item's)
      if (h.last < first && listItems[first - 1]! > listItems[h.last + 1]!) continue;
      // (a cause word between: the date dates the cause, not the trigger before it)
      if (h.last < first && causesUpTo[first]! > causesUpTo[h.last + 1]!) continue;
      // (an act named after «after», past the date: في 14 أغسطس 2013، بعد الإطاحة بحكم … — it came before that day)
      if (h.first > last && actBefore(w, h)) continue;
      // (a date in a relative clause with a verb of its own: الزلزال الذي ضرب … فجر الاثنين — the date
      // is the relative verb's, not a trigger's outside that clause)
      // (… which a comma after the date closes: الذي تولى رئاسة الوزراء بين عامي 2006 و2009، بعد …)
      if (ownRelative && (w.clauseOf[h.first] !== w.clauseOf[first] || (h.first > last && between(w, last, h.first).commas > 0))) continue;
      // (… nor does a date before a relative pronoun date the verb right after it: تعقد المحكمة اليوم
      // الاثنين جلسات … بين فرنسا وغينيا الاستوائية التي تتهم باريس — the clause tells its own time)
      if (last < h.first - 1 && relativeVerb(w, h)) continue;
      const lv = h.nominal ? lightVerbBefore(w, h) : -1;
      // (a verbal noun: dearer with the date before it, or after it past a comma)
      const nominalCost = h.nominal && lv < 0 ? (h.first > last ? 6 : 0) + (h.last < first && commaBefore ? 3 : 0) : 0;
      const score = (lv >= 0 ? dateCost(w, first, last, lv, lv) : dateCost(w, first, last, h.first, h.last)) + nominalCost + partOnly + deadline;
      if (DEBUG) console.error(`[events] date ${t.text} → ${w.toks[h.first]!.text}: ${score}`);
      if (score < bd) (bd = score), (bi = hi);
    }
    // بعد نحو الشهرين من أول زيارة …: a date offset "from" an event dates that event
    let j = last + 1;
    while (j < w.toks.length && !isWord(w.toks[j]!)) j++;
    if (j < w.toks.length && w.keys[j] === 'من') {
      for (const hi of here) {
        const h = hits[hi]!;
        if (named[hi] && h.first > j && between(w, j, h.first).words <= 1) {
          bi = hi;
          bd = 2.5; // a stated date of the same event, after its agent in its clause, still beats the offset (بعد عام من تهديد النائب الأول للرئيس الإيراني محمد رضا رحيمي في ديسمبر 2011)
        }
      }
    }
    if (bi < 0) continue;
    // نددت الوزارة بالعقوبات الجديدة، ووصفتها في بيان … اليوم الثلاثاء: a date past a comma after the
    // object of a reaction verb dates the reaction (the statement), not the act reacted to, told before
    {
      const obj = hits[bi]!;
      const verb = bi > 0 ? hits[bi - 1]! : null;
      if (
        verb &&
        obj.nominal &&
        !verb.nominal &&
        REACTIONS.has(verb.sense.type) &&
        named[bi - 1] &&
        verb.sentence === obj.sentence &&
        between(w, verb.last, obj.first).words <= 4 &&
        obj.last < first &&
        between(w, obj.last, first).commas > 0
      )
        bi = bi - 1;
    }
    // لفض اعتصامي "رابعة" و"النهضة"، في 14 أغسطس: a verbal noun in the genitive of another (the sit-ins
    // of the dispersal) — the date after the pair is the head's act, not the genitive's
    const head = bi > 0 ? hits[bi - 1]! : null;
    const gen = hits[bi]!;
    if (
      head &&
      head.nominal &&
      !head.definite &&
      // (not a reaction to the act it governs: وجددت مصر إدانة هجوم الجمعة — the date is the attack's)
      !REACTIONS.has(head.sense.type) &&
      named[bi - 1] &&
      (gen.nominal || !verbLike(w, gen.first)) &&
      head.sentence === gen.sentence &&
      head.last < gen.first &&
      between(w, head.last, gen.first).words === 0 &&
      head.last < first
    )
      bi = bi - 1;
    // a report verb nearer than every trigger keeps the date — unless the event is in the verb's own
    // clause (أعلنت الكويت اليوم السبت استدعاء سفيرها: the announcement is the act, its date the event's)
    let absorbed = false;
    let absorber = -1;
    // (a report verb after a verbal act reports that act — نددت الوزارة … ووصفتها في بيان نقلته الوكالة
    // اليوم الثلاثاء: the statement's day is the condemnation's)
    const act = hits[bi]!;
    const spoken = REACTIONS.has(act.sense.type) && !act.nominal;
    for (const k of reportsOf(sent)) {
      if (k >= first && k <= last) continue;
      if (spoken && k > act.last) continue;
      if (dateCost(w, first, last, k, k) < bd && w.clauseOf[k] !== w.clauseOf[hits[bi]!.first]) {
        absorbed = true;
        absorber = k;
        break;
      }
    }
    if (absorbed) {
      reportDate.set(absorber, ti);
      continue;
    }
    if (bd < best[bi]!) (best[bi] = bd), (out[bi] = ti);
  }
  // a date also dates an undated trigger right after its trigger in the same clause
  // (شهدت بغداد أمس السبت مظاهرة فرقتها قوات الأمن: the dispersal too)
  for (let hi = 1; hi < hits.length; hi++) {
    const h = hits[hi]!;
    const p = hits[hi - 1]!;
    const near = between(w, p.last, h.first);
    // — not from a verb of reaction to the verbal noun it governs: رفضت الحكومة اليوم دعوة الحوثيين
    // (what is refused, condemned or answered was told before; today is the refusal's day)
    if (!p.nominal && h.nominal && REACTIONS.has(p.sense.type)) continue;
    // (nor past a comma to a reaction verb that opens its clause with no و: انسحابا …، شككت الحكومة في
    // جديته — the answer to the act, told after it, not on its day)
    if (!h.nominal && REACTIONS.has(h.sense.type) && near.commas > 0 && !/^[وف]/.test(w.keys[h.first]!)) continue;
    // (nor to an act named after «after»: في 14 أغسطس، بعد الإطاحة بحكم …)
    // (nor to a present verb from a date months past: الاعتقالات … وملاحقة من تتهمهم الحكومة … في 2016)
    if (out[hi]! < 0 && out[hi - 1]! >= 0 && named[hi] && !answered(w, h) && !actBefore(w, h) && p.sentence === h.sentence && w.clauseOf[p.first] === w.clauseOf[h.first] && near.words <= 10 && near.commas <= 2 && !(presentTense(w, h) && !pastSense(w, h) && longPastDate(timexes[out[hi - 1]!]!.value, dct)))
      out[hi] = out[hi - 1]!;
  }
  // … and an act done in a dated act told right after it dates by it (منذ مقتل ضابط … في اشتباك مماثل
  // مطلع الشهر الجاري: the killing was in the clash)
  for (let hi = hits.length - 2; hi >= 0; hi--) {
    const h = hits[hi]!;
    const n = hits[hi + 1]!;
    const t = out[hi + 1]!;
    // (not a statement about the act: اتهمت السلطات قوات الدعم السريع بنهب شاحنات أمس — the ب is the
    // accusation's complement, the day the looting's)
    if (out[hi]! >= 0 || t < 0 || !named[hi] || REACTIONS.has(h.sense.type) || n.sentence !== h.sentence || w.clauseOf[n.first] !== w.clauseOf[h.first] || !inPhrase(w, n)) continue;
    if (between(w, h.last, n.first).words > 8) continue;
    // (not past a cause word, a verb or a complement, whose phrase the act is in: اعتقلت الشرطة عشرين
    // شخصا بتهمة المشاركة في مظاهرات يوم الخميس، طردت … صحفيين بسبب مشاركتهم في مظاهرة، وافقت الحكومة على
    // المشاركة في محادثات … الشهر المقبل، حكمت … بسجن عشرة أشخاص شاركوا في هجوم سوسة)
    if (causesUpTo[n.first]! > causesUpTo[h.last + 1]!) continue;
    let inner = false;
    for (let k = h.last + 1; k < n.first && !inner; k++) {
      if (!isWord(w.toks[k]!)) continue;
      const key = stripConj(w, w.keys[k]!);
      // (a past plural in ـوا, شاركوا, is a verb here; verbLike misses it, and teaching verbLike the
      // ending cost a false event elsewhere: a wrong subject for «اقتحام»)
      inner = verbLike(w, k) || /.{2}وا$/.test(key) || w.lex.syntax.complementHeads.has(key);
    }
    if (!inner) out[hi] = t;
  }
  // a date that opens its sentence (والجمعة، تظاهر الآلاف … حيث استخدمت القوات الأمنية خراطيم المياه)
  // sets the time of the whole sentence: it dates every act of the sentence left without a date of its own
  for (let ti = 0; ti < timexes.length; ti++) {
    const t = timexes[ti]!;
    if (NON_DATES.has(t.type) || /^P/.test(t.value) || !out.includes(ti)) continue;
    const first = tokenAt(w.toks, t.start);
    const sent = w.sentOf[first]!;
    const s0 = tokenAt(w.toks, w.sentences[sent]!.start);
    let k = s0;
    while (k < first && (w.keys[k] === 'و' || w.keys[k] === 'ف' || stripConj(w, w.keys[k]!) === 'في' || !isWord(w.toks[k]!))) k++;
    if (k !== first) continue;
    // … up to a report verb: what is said after it has the time of the saying or its own (والجمعة،
    // تظاهر الآلاف، وقال الجيش اليوم إنه اعتقل …)
    const last = tokenAt(w.toks, t.end - 1);
    const stop = reportsOf(sent).find((r) => r > last) ?? Infinity;
    // (not an earlier act the sentence names as background or as what it answers: وفي أبريل الماضي،
    // دمرت ضربات … مركز أبحاث ردا على هجوم شنته القوات الحكومية)
    for (const hi of bySent.get(sent) ?? []) {
      const h = hits[hi]!;
      if (out[hi]! < 0 && named[hi] && h.first > last && h.first < stop && !background(w, h) && !answered(w, h)) out[hi] = ti;
    }
  }
  // … and a date at the end of two coordinated verbs the first one too (استدعت … وطلبت … في فبراير 2019)
  for (let hi = hits.length - 2; hi >= 0; hi--) {
    const h = hits[hi]!;
    const n = hits[hi + 1]!;
    const t = out[hi + 1]!;
    const coordinated = !h.nominal && !n.nominal && w.keys[n.first]!.startsWith('و');
    if (coordinated && out[hi]! < 0 && t >= 0 && named[hi] && n.sentence === h.sentence && w.clauseOf[n.first] === w.clauseOf[h.first] && timexes[t]!.start > w.toks[n.last]!.end) out[hi] = t;
  }
  // a past verb joined by و after a comma (قطعت … منذ صباح الخميس، وأغلقت الجسور، ونشرت تعزيزات) goes
  // on telling the same scene: with no date of its own it has the date of the verb before it in the
  // sentence — only a date that verb took itself (ودعت … إلى اعتصامات ابتداء من اليوم، ورفضت: the date
  // is the sit-ins', not the call's, and the refusal gets none); so does a participle of state (وقال
  // الوزير اليوم إن …، داعيا الأساتذة إلى …)
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi]!;
    if (out[hi]! >= 0 || !named[hi] || !(coordinatedVerb(w, h) || participle(h))) continue;
    let p = hi - 1;
    while (p >= 0 && hits[p]!.sentence === h.sentence && hits[p]!.nominal) p--;
    const prevVerb = p >= 0 && hits[p]!.sentence === h.sentence ? hits[p]!.first : -1;
    // … or of the report verb before it, when that is nearer (وقال الوزير اليوم إن "…"، ودعا أنقرة إلى …)
    let report = -1;
    // (a participle goes with the sentence's main verb, past the verbs of the quote: وقال الوزير اليوم
    // إن الوزارة ترفض …، داعيا)
    const floor = participle(h) ? -1 : prevVerb;
    for (const k of reportsOf(h.sentence)) if (k < h.first && k > floor && reportDate.has(k)) report = k;
    const t = report >= 0 ? reportDate.get(report)! : prevVerb >= 0 ? out[p]! : -1;
    if (t >= 0 && timexes[t]!.start < w.toks[h.first]!.start) out[hi] = t;
  }
  // a date between a trigger and the word its sense requires after it (وحكم القضاء الفرنسي على X …، في
  // تشرين الأول/أكتوبر «بالسجن»): inside the act's own words, it is the act's
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi]!;
    if (out[hi]! >= 0 || !named[hi]) continue;
    const r = requiredAfter(w, h);
    if (r === undefined) continue;
    // (not a date a verb between tells, in its relative clause: على الناشط الذي «اعتقل» في مارس 2019 بالسجن —
    // past a comma that closes that clause it is the act's again: … في بلاده، في تشرين الأول بالسجن)
    const ti = timexes.findIndex((t) => {
      const tf = tokenAt(w.toks, t.start);
      if (NON_DATES.has(t.type) || /^P/.test(t.value) || VAGUE_REFS.has(t.value) || tf <= h.last || tokenAt(w.toks, t.end - 1) >= r) return false;
      let from = tf - 1;
      while (from > h.last && !isComma(w.toks[from])) from--;
      for (let k = from + 1; k < tf; k++) if (isWord(w.toks[k]!) && (verbLike(w, k) || w.lex.syntax.relativePronouns.has(w.keys[k]!))) return false;
      return true;
    });
    if (ti >= 0) out[hi] = ti;
  }
  // what a dated statement tells with no date of its own (وقالت الوزارة في بيان يوم الثلاثاء "تمكنت
  // الوحدة … من إيقاف 6 عناصر"): told that day, done then
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi]!;
    // (a present verb of a stance — support, refusal, a demand — whose subject is the speaker, the
    // pronoun of أنها/إنه, is the stance taken in the statement: وأكدت الدول الجمعة أنها تؤيد حق إيران;
    // stance_types — not another's stance it tells: قالت الخارجية يوم الثلاثاء إن إيران تهدد أمن المنطقة)
    if (out[hi]! >= 0 || !named[hi] || background(w, h) || answered(w, h) || (presentTense(w, h) && !(w.lex.syntax.stanceTypes.has(h.sense.type) && pronounSubject(w, h) && !relativeVerb(w, h))) || futureVerb(w, h)) continue;
    let report = -1;
    for (const k of reportsOf(h.sentence)) if (k < h.first && reportDate.has(k)) report = k;
    if (report < 0) continue;
    const t = reportDate.get(report)!;
    // — the date of the saying, in the report verb's own clause (قالت الوزارة في بيان يوم الثلاثاء إن
    // …), not one the statement tells (أوضح أن التبادل تراجع … عام 2014، معربا عن أمله في أن تعيد
    // الزيارة …); and not an act that a future verb after the report puts ahead (إن الوفد سيلتقي …
    // لبحث رفع القيود)
    if (w.clauseOf[tokenAt(w.toks, timexes[t]!.start)] !== w.clauseOf[report]) continue;
    let ahead = false;
    for (let k = report + 1; k < h.first && !ahead; k++) ahead = isFuture(w, stripConj(w, w.keys[k]!));
    if (ahead) continue;
    out[hi] = t;
    fromReport.add(hi);
  }
  return out;
}

/**
 * A verb right after a complementizer with a pronoun (إنها، أنه; pronoun_complementizers), or a
 * particle after it (إنها لن تقبل; verb_particles), that agrees with the pronoun: the pronoun is its
 * subject. أنه is the pronoun of the matter, no subject, before a feminine verb (أنه ستجري مفاوضات) or a
 * verb with a person or an institution right after it (أنه التقى الرئيس السوري …).
 */
function pronounSubject(w: Work, h: Hit): boolean {
  if (h.nominal) return false;
  let k = h.first - 1;
  while (k >= 0 && isWord(w.toks[k]!) && w.lex.syntax.verbParticles.has(w.keys[k]!) && h.first - k <= 2) k--;
  if (k < 0 || !isWord(w.toks[k]!) || w.sentOf[k] !== h.sentence) return false;
  const gender = w.lex.syntax.pronounComplementizers.get(stripConj(w, w.keys[k]!));
  if (gender === undefined) return false;
  const key = w.keys[h.first]!;
  const feminine = /^س?ت/.test(key) || /ت$/.test(key);
  // (أنه التقى «الرئيس السوري» …: a person or an institution right after the verb is its subject, and
  // أنه the pronoun of the matter)
  // (a title before the name counts: «الرئيس السوري» بشار الأسد)
  const next = h.last + 1;
  const sl = next < w.toks.length ? w.slotAt[next]! : -1;
  const opens = next < w.toks.length && w.unitFirst[next] === next;
  if (gender === 'm' && opens && (sl < 0 ? !w.keys[next]!.startsWith('ب') : w.slots[sl]!.prep === null && (isPerson(w.slots[sl]!) || isAgentLike(w.slots[sl]!)))) return false;
  return gender === 'f' ? !/^س?ي/.test(key) : !feminine;
}

/**
 * The subject a feminine pronoun after a complementizer stands for (مؤكدا أنها ترفض) when the source the
 * verb would carry over is a person (a man speaking): the nearest mention before the complementizer in
 * the sentence that agrees with ها and is no person; undefined otherwise.
 */
function feminineAntecedent(a: ArgScope, idx: readonly number[], carried: readonly number[]): number | undefined {
  const { w, h, slots } = a;
  if (!pronounSubject(w, h) || !carried.every((i) => isPerson(slots[i]!))) return undefined;
  let k = h.first - 1;
  while (k >= 0 && isWord(w.toks[k]!) && w.lex.syntax.verbParticles.has(w.keys[k]!)) k--;
  if (k < 0 || w.lex.syntax.pronounComplementizers.get(stripConj(w, w.keys[k]!)) !== 'f') return undefined;
  // (a woman speaking is ها herself: «مؤكدة» أنها، «رئيسة» الوزراء البريطانية تيريزا ماي … أنها — a ة
  // on the word before the complementizer, on the speaker's first word, or on a title right before it)
  const feminine = (x: number): boolean => x >= 0 && isWord(w.toks[x]!) && /ة[\u064B-\u0652]*$/.test(w.toks[x]!.text);
  const womanTitled = (s: Slot): boolean => feminine(s.first) || (feminine(s.first - 1) && w.lex.syntax.titleWord.test(stripConj(w, w.keys[s.first - 1]!)));
  if (feminine(k - 1) || carried.some((i) => womanTitled(slots[i]!))) return undefined;
  for (let j = idx.length - 1; j >= 0; j--) {
    const s = slots[idx[j]!]!;
    if (s.last >= k || w.sentOf[s.first] !== h.sentence || isPerson(s) || carried.includes(idx[j]!)) continue;
    if ((s.m.actor.country || s.people) && pronounAgrees(w, s, 'ها')) return idx[j];
  }
  return undefined;
}

/**
 * A verb whose ending is its plural subject (طالبوا، اعتصموا، يطالبون، سيواصلون): no subject follows
 * it — before a plural subject the verb stays singular (طالب المحتجون).
 */
const pluralSubjectVerb = (h: Hit): boolean => !h.nominal && h.first === h.last && (/.{2}وا$/.test(h.key) || /^س?[يت].{2,}ون$/.test(h.key));

/**
 * A participle of state that goes with the verb before it (سارعت روسيا إلى الرد متهمة بريطانيا; the
 * active participles in ـا: داعيا، مطالبا، محذرا; not a plural past verb, قاموا، طالبوا): it shares
 * that verb's subject and date.
 */
const participle = (h: Hit): boolean => !h.nominal && !/وا$/.test(h.key) && (/^مت[^ا].*[ها]$/.test(h.key) || /^(م[^ت].{2,4}|[^م]ا.{2,3})ا$/.test(h.key));

/**
 * Surely a past verb: not a verbal noun, present or future, and with a past ending of the third person
 * (انتقدت، اعتذروا، اتفقتا) — a bare masculine form may be an indefinite verbal noun (أو اعتقال).
 */
const pastVerb = (w: Work, h: Hit): boolean => !h.nominal && !presentTense(w, h) && !futureVerb(w, h) && /(ت|وا|تا)$/.test(h.key);

/**
 * A dateline opening a sentence (دبي، الإمارات العربية المتحدة (CNN)-- ، بيروت - ، الرباط – ): the
 * place the story was filed from, no side of the events that follow. Its slots are dropped: a
 * sentence whose first words, up to a dash, are only places, commas and a parenthesised agency.
 */
function dropDatelines(w: Work, slots: Slot[]): Slot[] {
  const drop = new Set<Slot>();
  const at = new Map<number, Slot>();
  for (const sl of slots) for (let k = sl.first; k <= sl.last; k++) at.set(k, sl);
  for (const sent of w.sentences) {
    let k = tokenAt(w.toks, sent.start);
    const here: Slot[] = [];
    let words = 0;
    let paren = false;
    let ok = false;
    for (; k < w.toks.length && w.toks[k]!.start < sent.end && words <= 8; k++) {
      const t = w.toks[k]!;
      if (/^[-–—]+$/.test(t.text)) {
        ok = here.length > 0;
        break;
      }
      if (t.text === '(') paren = true;
      else if (t.text === ')') paren = false;
      if (!isWord(t)) continue;
      words++;
      const sl = at.get(k);
      if (paren) continue; // the agency (CNN)، (رويترز)
      if (!sl || !sl.place) break;
      if (!here.includes(sl)) here.push(sl);
    }
    // … and words go on after the dash
    if (ok && k + 1 < w.toks.length && w.toks[k + 1]!.start < sent.end) for (const sl of here) drop.add(sl);
  }
  return drop.size ? slots.filter((sl) => !drop.has(sl)) : slots;
}

/** A verb with the conjunction و (وأغلقت، ويدفع; not وقعت, whose و is the root's): its hit cut the و off. */
function joinedByWa(w: Work, h: Hit): boolean {
  return !h.nominal && h.cut > 0 && w.keys[h.first]!.startsWith('و');
}
/** A past verb joined by و (وأغلقت، ونشرت): it goes on telling the scene of the verb before it. */
const coordinatedVerb = (w: Work, h: Hit): boolean => joinedByWa(w, h) && !presentTense(w, h);

/** The date part of an ISO value (`2022-09-12T10:00` → `2022-09-12`). */
const dayOf = (iso: string | null): string | null => (iso ? iso.slice(0, 10) : null);

/**
 * The sentences that a scene marker opens (syntax.json scene_markers: من جهته، في غضون ذلك — after و,
 * ف and punctuation): their acts belong to the scene the lead reports.
 */
function sceneSentences(w: Work): Set<number> {
  const out = new Set<number>();
  const { sceneMarkers, answeredSceneMarkers, answerParticles } = w.lex.syntax;
  w.sentences.forEach((s, si) => {
    let k = tokenAt(w.toks, s.start);
    while (k < w.toks.length && w.toks[k]!.start < s.end && (!isWord(w.toks[k]!) || w.keys[k] === 'و' || w.keys[k] === 'ف')) k++;
    if (k >= w.toks.length || w.toks[k]!.start >= s.end) return;
    const cue = cueFrom(w, k, sceneMarkers);
    if (!cue) return;
    // (أما … ف: a marker the particle ف must answer later in the sentence, on a trigger, a verb or a
    // particle — unlike إما … أو, written alike)
    if (cue.length === 1 && answeredSceneMarkers.has(cue[0]!.key)) {
      let answered = false;
      for (let x = cueAt(w, k, cue); x < w.toks.length && w.toks[x]!.start < s.end && !answered; x++) {
        const key = w.keys[x]!;
        answered = isWord(w.toks[x]!) && key.length > 2 && key.startsWith('ف') && (answerParticles.has(key.slice(1)) || (flagsOf(w, x) & F_TRIGGER) !== 0 || verbLike(w, x));
      }
      if (!answered) return;
    }
    out.add(si);
  });
  return out;
}

/** The lead: the first sentences of the body (three), after the headline when the Doc opens with the title (`analyzeArticle` puts it first). */
const LEAD_SENTENCES = 3;

/**
 * The day the news happened: the first day-level date of the lead (its first sentences) within the
 * week before publication (أمس، اليوم السبت), else the publication date. A day told with its part
 * keeps it (مساء أمس الأحد → 2022-07-17TEV), as the annotators do.
 */
function newsDayOf(timexes: readonly Timex[], dct: string | null, leadEnd: number): string | null {
  if (!dct) return null;
  const ref = Date.parse(dct);
  for (const t of timexes) {
    if (t.start >= leadEnd) break;
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !/^\d{4}-\d{2}-\d{2}(T(MO|AF|EV|NI))?$/.test(t.value)) continue;
    const d = (ref - Date.parse(t.value.slice(0, 10))) / 86_400_000;
    if (d >= 0 && d <= 7) return dayOfPartOfDay(t.value);
  }
  return dct;
}

/**
 * An act named after «after» (بعد التوصل إلى اتفاق، في أعقاب هجوم): one that came before what the clause
 * tells. (A word after one is a noun in the genitive even without ال — في اعقاب هجوم مسلح; a verb
 * would need أن.)
 */
const actBefore = (w: Work, h: Hit): boolean => h.first > 0 && w.lex.syntax.afterWords.has(stripConj(w, w.keys[h.first - 1]!));

/**
 * A sentence that opens with كان (وكانت الجماعة قد أعلنت الأسبوع الماضي …، فيما اتهمت واشنطن إيران
 * …، وهو ما نفته طهران) tells background all through: its undated acts, in whatever clause, are no
 * news-day acts.
 */
function backgroundSentence(w: Work, h: Hit): boolean {
  const s = w.sentences[h.sentence]!;
  let k = tokenAt(w.toks, s.start);
  while (k < w.toks.length && !isWord(w.toks[k]!)) k++;
  return k < h.first && w.lex.syntax.kanaForms.has(stripConj(w, w.keys[k]!));
}

/** Background told in the pluperfect or as a precedent (كان قد، سبق أن، منذ): no news-day date. */
function background(w: Work, h: Hit): boolean {
  if (actBefore(w, h)) return true;
  for (const i of windowWords(w, h, 4, 'before')) {
    if (w.clauseOf[i]! !== w.clauseOf[h.first]!) continue;
    if (w.lex.syntax.backgroundWords.has(stripConj(w, w.keys[i]!))) return true;
  }
  return false;
}

/** A frequency adverb up to four words before the hit in its sentence, no comma between (وكثيرا ما تنفذ تركيا ضربات): a habit. */
function habitual(w: Work, h: Hit): boolean {
  return windowWords(w, h, 4, 'before').some((i) => w.lex.syntax.habitWords.has(stripConj(w, w.keys[i]!)) && between(w, i, h.first).commas === 0);
}

/** A noun of a death (مقتل، مصرع، وفاة: `death_nouns`), with or without ال. */
const deathNoun = (w: Work, h: Hit): boolean => w.lex.syntax.deathNouns.has(stripConj(w, h.key).replace(/^ال/, ''));

/** A verbal noun an act answers (ردا على هجوم، احتجاجا على اعتقال): a purpose adverb and على before it. */
const answered = (w: Work, h: Hit): boolean =>
  h.nominal && h.first > 1 && stripConj(w, w.keys[h.first - 1]!) === 'علي' && (flagsOf(w, h.first - 2) & F_PURPOSE) !== 0;

/** A verb of continuing up to three words before the hit in its clause (تواصل تمشيط، لا تزال تطالب): the act goes on now. */
function ongoing(w: Work, h: Hit): boolean {
  for (const i of windowWords(w, h, 3, 'before')) {
    if (w.clauseOf[i]! !== w.clauseOf[h.first]!) continue;
    if (w.lex.syntax.ongoingWords.has(stripConj(w, w.keys[i]!))) return true;
  }
  return false;
}

/**
 * Is the date told with منذ (since_words): before a point in time (منذ عام 2012: the word right before
 * the expression) or opening a length of time (منذ أسبوعين: the timex tagger keeps the word in it)?
 */
function since(w: Work, t: Timex): boolean {
  const words = w.lex.syntax.sinceWords;
  const first = tokenAt(w.toks, t.start);
  if (first < 0) return false;
  if (words.has(stripConj(w, w.keys[first] ?? ''))) return true;
  const prev = first - 1;
  return prev >= 0 && isWord(w.toks[prev]!) && words.has(stripConj(w, w.keys[prev]!));
}

/**
 * غداة اشتباك، عشية الزيارة: a word that puts the act after it a day off its clause's date, up to six
 * words before the trigger in its sentence with no comma between, and after `from` (the token where
 * the date of the clause ends, or -1): the word and its days.
 */
function relativeDay(w: Work, h: Hit, from: number): { word: string; days: number } | null {
  for (const k of windowWords(w, h, 6, 'before')) {
    if (k <= from || w.sentOf[k] !== h.sentence) continue;
    const days = w.lex.syntax.relativeDayWords.get(stripConj(w, w.keys[k]!));
    if (days !== undefined && between(w, k, h.first).commas === 0) return { word: w.toks[k]!.text, days };
  }
  return null;
}

/** بطلب، بدعوة، بناء على طلب: a request or invitation noun as the phrase "at the request of" (ب on the noun, or a `request_phrases` phrase before it). */
function atRequest(w: Work, h: Hit): boolean {
  const key = w.keys[h.first]!;
  if (h.cut > 0 && key.slice(0, h.cut).replace(/^[وف]/, '') === 'ب') return true;
  // … or a phrase of "at the request of" before it (بناء على; `request_phrases`)
  return w.lex.syntax.requestPhrases.some((p) => p.length <= h.first && p.every((k, j) => stripConj(w, w.keys[h.first - p.length + j]!) === k));
}

/** `date` a day off after غداة / عشية before the hit (relativeDay, after token `from`), the step told in `why`; else `date`. */
function dayOff(w: Work, h: Hit, date: string, from: number, why: string[]): string {
  const rel = relativeDay(w, h, from);
  const shifted = rel ? shiftDay(date, rel.days) : null;
  if (!rel || !shifted) return date;
  why.push(`date: ${rel.days > 0 ? '+' : ''}${rel.days} day (${rel.word})`);
  return shifted;
}

/** Is the hit a present-tense verb (يزور، تستقبل، نرفض)? */
function presentTense(w: Work, h: Hit): boolean {
  if (h.nominal) return false;
  const k = h.key;
  if (k.length < 3 || !w.lex.syntax.presentPrefixes.has(k[0]!)) return false;
  if (k[0] === 'ي') return true;
  // ت / ن: a present verb only if the same word with يـ is a form of the sense (تتهم ~ يتهم; not توقيع)
  const y = 'ي' + k.slice(1);
  return (w.lex.forms.get(y) ?? []).some((s) => s.id === h.sense.id) || (w.lex.phrases.get(y) ?? []).some((p) => p.sense.id === h.sense.id);
}
/** سيزور، ستشن: the future prefix on a present form the lexicon knows (not سيطرت, whose س is the root's). */
const isFuture = (w: Work, key: string): boolean => {
  if (key.length < 4 || key[0] !== w.lex.syntax.futurePrefix || !w.lex.syntax.presentPrefixes.has(key[1]!)) return false;
  const rest = key.slice(1);
  return w.lex.forms.has(rest) || w.lex.phrases.has(rest) || w.lex.syntax.lightVerbs.has(rest) || w.lex.syntax.reportVerbs.has(rest);
};
/** سيزور، ستشن … هجوما: a future verb, or a future light verb before the verbal noun. */
const futureVerb = (w: Work, h: Hit): boolean => {
  if (isFuture(w, h.key)) return true;
  // a verbal noun, also one without ال (ستعقد اجتماعها الأول)
  const lv = lightVerbBefore(w, h);
  return lv >= 0 && isFuture(w, stripConj(w, w.keys[lv]!));
};

/** نفى / نفت … up to five words before, in the clause or the one it opens (نفت قطر وجود محادثات). */
function denialBefore(w: Work, h: Hit): string | null {
  for (const i of windowWords(w, h, 5, 'before')) {
    if (w.clauseOf[i]! < w.clauseOf[h.first]! - 1) break;
    if (variantsOf(w, i).some((v) => w.lex.syntax.denials.has(v.key))) return w.keys[i]!;
  }
  return null;
}

/** The reported-speech cues of a sentence, found once per sentence. */
function reportedCues(w: Work, sentence: number): { i: number; cue: Cue }[] {
  let found = w.reported.get(sentence);
  if (found) return found;
  found = [];
  const s = w.sentences[sentence]!;
  const set = w.lex.modality.get('reported')!;
  for (let i = tokenAt(w.toks, s.start); i < w.toks.length && w.toks[i]!.start < s.end; i++) {
    if (!isWord(w.toks[i]!)) continue;
    const cue = cueFrom(w, i, set);
    // a claim word written with ل is part of an agency's name (وكالة فارس للأنباء), not a claim; nor is
    // one inside a named actor (وكالة الأنباء السورية)
    if (cue && w.slotAt[i]! < 0 && !/^و?لل?/.test(w.keys[i]!.slice(0, w.keys[i]!.length - cue[0]!.key.length))) found.push({ i, cue });
  }
  w.reported.set(sentence, found);
  return found;
}

/**
 * Does a TIMEX3 value lie wholly after the publication day? Days, months and years compare by their
 * first day against the publication's day, month or year; weeks (2021-W42), seasons (2021-SU) and
 * quarters (2021-Q3) are compared as their year only, never as strings after the digits.
 */
function afterPublication(value: string, dct: string): boolean {
  const start = value.split('/')[0]!;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(start);
  if (day) return start.slice(0, 10) > dct.slice(0, 10);
  const month = /^(\d{4})-(\d{2})$/.exec(start);
  if (month) return start > dct.slice(0, 7);
  const year = /^(\d{4})/.exec(start);
  return year !== null && year[1]! > dct.slice(0, 4);
}

/** The first cue of the set in the `n` words before the hit (in its clause on request), as its words, or null. */
function cueBefore(w: Work, h: Pick<Hit, 'first' | 'last' | 'sentence'>, cues: CueSet, n: number, sameClause: boolean): string | null {
  const clause = w.clauseOf[h.first]!;
  for (const i of windowWords(w, h, n, 'before')) {
    if (sameClause && w.clauseOf[i]! !== clause) continue;
    const c = cueFrom(w, i, cues);
    if (c) return c.map((x) => x.key).join(' ');
  }
  return null;
}

/** Step 6: the modality of one hit. */
function modalityOf(w: Work, h: Hit, date: string | null, dct: string | null, source: readonly Slot[]): { modality: Modality; why: string } {
  const { lex } = w;
  const clause = w.clauseOf[h.first]!;
  const neg = cueBefore(w, h, lex.modality.get('negated')!, 2, true) ?? denialBefore(w, h);
  if (neg) return { modality: 'negated', why: `negated: ${neg}` };
  const hyp = cueBefore(w, h, lex.modality.get('hypothetical')!, 6, false);
  if (hyp) return { modality: 'hypothetical', why: `hypothetical: ${hyp}` };
  if (futureVerb(w, h)) return { modality: 'expected', why: 'expected: future verb' };
  // a verbal noun in the clause of a future verb before it (سيلتقي وزير النقل العراقي لبحث رفع القيود):
  // what the future act is for is ahead too
  if ((h.nominal || (!pastVerb(w, h) && !presentTense(w, h))) && windowWords(w, h, 6, 'before').some((i) => w.clauseOf[i] === clause && isFuture(w, stripConj(w, w.keys[i]!))))
    return { modality: 'expected', why: 'expected: in the clause of a future verb' };
  const exp = cueBefore(w, h, lex.modality.get('expected')!, 6, false);
  if (exp) return { modality: 'expected', why: `expected: ${exp}` };
  if (date && dct && afterPublication(date, dct))
    return { modality: 'expected', why: 'expected: dated after publication' };
  for (const { i, cue: c } of reportedCues(w, h.sentence)) {
    const isAttribution = lex.attributionOnly.some((a) => a.length === c.length && a.every((x, j) => x.key === c[j]!.key));
    let cited: Slot | undefined;
    for (let k = i; k <= i + 3 && k < w.toks.length && !cited; k++) if (w.slotAt[k]! >= 0 && w.slots[w.slotAt[k]!]!.first === k) cited = w.slots[w.slotAt[k]!];
    // a news outlet that carried a statement (في بيان نقلته وكالة الأنباء السورية) makes no claim of
    // its own — unless it cites someone in turn (نقلت الوكالة عن مصادر)
    const outletOnly =
      cited !== undefined && cited.m.actor.sector === 'MED' && !windowWords(w, { first: cited.first, last: cited.last, sentence: w.sentOf[cited.first]! }, 2, 'after').some((k) => w.keys[k] === 'عن');
    if (!isAttribution && !outletOnly) return { modality: 'reported', why: `reported: ${c.map((x) => x.key).join(' ')}` };
    // حسب / وفق: reported only when the cited source is not the actor itself nor a news outlet
    if (cited && (source.some((x) => x.m.key === cited.m.key || x.m.actor.country === cited.m.actor.country) || cited.m.actor.sector === 'MED')) continue;
    return { modality: 'reported', why: `reported: ${c.map((x) => x.key).join(' ')}` };
  }
  return { modality: 'asserted', why: 'asserted' };
}

/** نفت روسيا بشدة هذه الاتهامات: what a denial governs, told before (definite or with a demonstrative), is no new event. */
function deniedRemention(w: Work, h: Hit, prev: Hit): boolean {
  if (prev.sense.id !== 'deny' || prev.sentence !== h.sentence || !h.nominal) return false;
  if (between(w, prev.last, h.first).words > 4) return false;
  return h.definite || w.lex.syntax.demonstratives.has(stripConj(w, w.keys[h.first - 1] ?? ''));
}

/** Triggers in the complement of a demand, threat or refusal (دعا إلى وقف …، هدد بقصف …) are not events. */
function embedded(w: Work, h: Hit, prev: Hit | undefined): boolean {
  if (!prev || prev.sentence !== h.sentence) return false;
  // a denial negates what it governs (نفت روسيا قصف المستشفى: ASSAULT, negated) rather than hiding it
  if (!['REQUEST', 'THREATEN', 'REJECT', 'ACCUSE', 'AGREE', 'CONCEDE'].includes(prev.sense.type) || prev.sense.id === 'deny') return false;
  let words = 0;
  // (for a far complement: an actor — a person with the titles around the name — counts as one
  // word, and neither it nor a date is free: تهديد النائب الأول للرئيس الإيراني محمد رضا رحيمي في
  // ديسمبر 2011 «بإغلاق» مضيق هرمز)
  let units = 0;
  let free = 0; // words between that are no actor's (the verb's subject may stand between: طالب الرئيس X بالاعتراف)
  for (let k = prev.last + 1; k < h.first; k++) {
    if (!isWord(w.toks[k]!)) continue;
    words++;
    if (w.unitFirst[k]! >= 0) {
      if (w.unitFirst[k] === k || k === prev.last + 1) units++;
      continue;
    }
    units++;
    if (!w.inTimex[k]) free++;
  }
  const k = w.keys[h.first]!;
  // (the preposition may be written apart with a tatweel, before a quote: بـ"الإفراج")
  let pw = h.first - 1;
  while (pw > prev.last && !isWord(w.toks[pw]!)) pw--;
  const hasPrep = (h.cut > 0 && /[بلك]/.test(k.slice(0, h.cut))) || (pw > prev.last && procliticApart(w, pw) !== null);
  if (words > 3 && !(hasPrep && free <= 2 && units <= 10)) return false;
  const prevWord = w.keys[h.first - 1] ?? '';
  return hasPrep || w.lex.syntax.complementHeads.has(prevWord) || words <= 1;
}

/**
 * Is `h` a protest that the call `prev` calls for (دعت التنسيقية إلى مسيرة وطنية، دعا ناشطون على مواقع
 * التواصل إلى تظاهرة حاشدة): a protest's verbal noun right after إلى, a few words after the call, in
 * its clause? The project codes it as the planned protest, expected, not as a request
 * (eval/gold/events/README.md, "Calls to protest").
 */
function calledProtest(w: Work, prev: Hit, h: Hit): boolean {
  if (prev.sentence !== h.sentence || prev.sense.id !== 'call' || prev.nominal || h.sense.type !== 'PROTEST' || !h.nominal || h.first === 0) return false;
  if (!w.lex.syntax.callPrepositions.has(stripConj(w, w.keys[h.first - 1]!))) return false;
  if (between(w, prev.last, h.first).words > 10) return false;
  return w.clauseOf[prev.last] === w.clauseOf[h.first];
}

/**
 * Is `h` the next item of a list that `prev` opens: a verbal noun joined by و, a few words on, past
 * at most two commas of the list (الإفراج عن جميع المعتقلين، وإلغاء التهم)?
 */
function listedAfter(w: Work, prev: Hit, h: Hit): boolean {
  if (prev.sentence !== h.sentence || !w.keys[h.first]!.startsWith('و') || h.cut === 0) return false;
  const gap = between(w, prev.last, h.first);
  // (no verb between: a new clause is no item, …، والاحتجاجات متواصلة بعد أن خرجت)
  for (let k = prev.last + 1; k < h.first; k++) if (isWord(w.toks[k]!) && verbLike(w, k)) return false;
  // (a bare form may be a verb: only right after the item before it, ومصادرة للأموال ومنع من السفر)
  return (h.nominal || (gap.words === 0 && gap.commas === 0)) && gap.words <= 12 && gap.commas <= 2;
}

/** The date (and its timex) of two mentions of one event: a text-read date first, then the more precise. */
function datePair(a: Event, b: Event): { date: string | null; timex: number | null } {
  if (a.timex !== null && b.timex !== null) return (b.date ?? '').length > (a.date ?? '').length ? { date: b.date, timex: b.timex } : { date: a.date, timex: a.timex };
  if (a.timex !== null) return { date: a.date, timex: a.timex };
  if (b.timex !== null) return { date: b.date, timex: b.timex };
  return { date: a.date ?? b.date, timex: null };
}

/**
 * Two undated acts of other senses told in one sentence, the later by a verb joined with و (قطعت …
 * الجسور، وأغلقت الطرق; دفعت … بتعزيزات، ورفعت حالة التأهب; يرفع حالة التأهب ويدفع بتعزيزات), are
 * two events, not one told twice. `coordinated` holds the trigger starts of such verbs. (Dated acts of
 * other senses are never merged, see step 7.)
 */
const toldApart = (a: Event, b: Event, coordinated: ReadonlySet<number>): boolean =>
  a.mentions.some((x) =>
    b.mentions.some(
      (y) =>
        x.sentence.start === y.sentence.start &&
        x.trigger.start !== y.trigger.start &&
        coordinated.has(Math.max(x.trigger.start, y.trigger.start)),
    ),
  );

/**
 * Is one of two events told by a manner adverb (هاتفيا; `adverbs`: their trigger starts) after a
 * trigger of the other in its sentence (تباحث مع الرئيس الفلسطيني اليوم الاثنين هاتفيا)? Then they are
 * one act.
 */
const adverbOf = (a: Event, b: Event, adverbs: ReadonlySet<number>): boolean => {
  const one = (x: Event, y: Event): boolean =>
    x.mentions.some((mx) => adverbs.has(mx.trigger.start) && y.mentions.some((my) => my.sentence.start === mx.sentence.start && my.trigger.end <= mx.trigger.start));
  return one(a, b) || one(b, a);
};

/** Two sides that agree: one unsaid, or the same actors. */
const fits = (a: readonly EventArg[], b: readonly EventArg[]): boolean => !a.length || !b.length || sameSet(a, b);

/** Do two events have a mention in one sentence? */
const sameSentence = (a: Event, b: Event): boolean => a.mentions.some((x) => b.mentions.some((y) => x.sentence.start === y.sentence.start));

const countriesOf = (a: readonly EventArg[]): string => [...new Set(a.map((x) => x.country ?? x.actor))].sort().join(',');
/** Dates that can be one event's: equal, one unknown, or one a coarser form of the other (2020-12, 2020-12-10). */
const datesAgree = (a: string | null, b: string | null): boolean => a === null || b === null || a.startsWith(b) || b.startsWith(a);
const sameSet = (a: readonly EventArg[], b: readonly EventArg[]): boolean => {
  const ka = [...new Set(a.map((x) => x.country ?? x.actor))].sort().join(',');
  const kb = [...new Set(b.map((x) => x.country ?? x.actor))].sort().join(',');
  return ka === kb;
};

/** Does the text name people mostly foreign where they are acted upon (ترحيل مهاجرين, محاولة للهجرة; foreign_people)? */
function foreignPeople(w: Work, text: string): boolean {
  const stems = w.lex.syntax.foreignPeople;
  return keyOfText(text)
    .split(' ')
    .some((k) => {
      const bare = k.replace(/^[وف]?[بلك]?(ال|ل)?/, '');
      return stems.some((s) => k.startsWith(s) || bare.startsWith(s));
    });
}

/**
 * A side as an event argument; a group of people the text names without a country (المتظاهرين،
 * قوات الأمن) takes, as a target, the country of a domestic source (not of foreign forces), else the
 * country of the event's place, else the article's; people mostly foreign where acted upon
 * (مهاجرين، لاجئين: foreign_people) take none.
 */
function inferCountry(w: Work, sl: Slot, side: 'source' | 'target', home: string | null, location: EventLocation | null, src: readonly EventArg[]): EventArg {
  if (!sl.people || foreignPeople(w, sl.m.text)) return argOf(sl);
  const own =
    side === 'target'
      ? src.find((a) => a.country && a.sector && w.lex.syntax.domesticSectors.has(a.sector) && ((a.sector !== 'MIL' && a.sector !== 'REB') || a.country === home))
      : undefined;
  if (own?.country) return argOf(sl, { country: own.country, from: 'source' });
  if (location?.country) return argOf(sl, { country: location.country, from: 'place' });
  if (w.articleCountry) return argOf(sl, { country: w.articleCountry, from: 'article' });
  return argOf(sl);
}

/** Does the text name a group of foreign states or powers (القوى العالمية: syntax `foreign_sides`)? */
const foreignSide = (w: Work, t: TextSpan): boolean => w.lex.syntax.foreignSides.has(keyOfText(t.text.split(/\s+/u)[0]!));

/**
 * The sides of slots `idx` ({@link inferCountry}), in a list built by push: every list of sides then
 * has one elements kind for V8 (a `map` over no slots made a list of another kind, and the code that
 * read the lists' lengths deoptimised on it again and again).
 */
function slotArgs(w: Work, idx: readonly number[], side: 'source' | 'target', home: string | null, location: EventLocation | null, src: readonly EventArg[]): EventArg[] {
  const out: EventArg[] = [];
  for (const x of idx) out.push(inferCountry(w, w.slots[x]!, side, home, location, src));
  return out;
}

/** The last word of a text, folded and without ال (الاتفاق، اتفاق → اتفاق). */
const lastWordKey = (text: string): string => keyOfText(text.trim().split(/\s+/u).pop() ?? '').replace(/^ال/, '');

/** The longest paragraph (in words) read as a heading when it does not end like a sentence. */
const HEADING_MAX_WORDS = 14;
/** … and in characters, a bound no 14 words of Arabic news reach, checked before the words are counted. */
const HEADING_MAX_CHARS = 400;
/**
 * How a line of prose opens and a heading does not: a conjunction and a past verb or a preposition
 * (وشهدت، واعتبرت، وفي، فقد) — a sentence whose full stop the outlet left out.
 */
const PROSE_OPENING = /^[وف](?:في|على|من|قد|لكن|\S{2,}(?:ت|وا))$/u;
/** Punctuation a sentence, a quotation or a clause ends with (a line ending in a comma is a broken sentence). */
const SENTENCE_END = /[.!?؟…:"»”')،,؛;]\s*$/u;

/**
 * The paragraphs after the first `from` that are headings, not prose: at most
 * {@link HEADING_MAX_WORDS} words with no sentence-final punctuation — a subheading (أحكام قاسية،
 * ضغط على النظام) or the headline of a linked story left in a scraped text (العراق يستدعي سفير تركيا
 * لمطالبته بسحب قوات بلاده). Neither tells an event of the article: a subheading names what the
 * paragraphs after it tell, and a linked headline is another story's (the dev-gold annotates none
 * there, dev-gold/GUIDELINES.md). Not a line with a comma inside or one that opens like prose
 * (PROSE_OPENING), and none when such lines make a third of the paragraphs or more.
 */
function bodyHeadings(doc: Doc, from: number): Span[] {
  const out: Span[] = [];
  const paragraphs = doc.layers.paragraphs ?? [];
  for (let p = from; p < paragraphs.length; p++) {
    // (14 words are far fewer characters than this: a longer paragraph is prose, read no further)
    if (paragraphs[p]!.end - paragraphs[p]!.start > HEADING_MAX_CHARS) continue;
    const text = doc.text.slice(paragraphs[p]!.start, paragraphs[p]!.end).trim();
    const words = text.split(/\s+/u);
    if (words.length <= HEADING_MAX_WORDS && !SENTENCE_END.test(text) && !PROSE_OPENING.test(words[0]!) && !/[،,]/u.test(text)) out.push(paragraphs[p]!);
  }
  // (only in a text of prose paragraphs: where such lines are a third of the text or more, it is
  // verse or a text broken into lines, whose lines are no headings)
  return out.length * 3 < paragraphs.length - from + 1 ? out : [];
}

/** Trigger starts {@link codeHit} marks for the merging step: verbs joined by و, definite verbal nouns, verbs with their speakers as subjects, manner adverbs. */
interface MentionMarks {
  coordinated: ReadonlySet<number>;
  definiteNouns: ReadonlySet<number>;
  spokenBy: ReadonlySet<number>;
  adverbStarts: ReadonlySet<number>;
}

/** An event of the coder's working list: with the clause it was told in and the flags the last steps read. */
type CodedEvent = Event & { clause: number; remention: boolean; argless: boolean; needsTarget: boolean; aim?: boolean };

/** What {@link codeHit} reads: the document's work and what {@link codeEvents} found before it. */
interface HitScope {
  w: Work;
  timexes: readonly Timex[];
  reactsTo: ReadonlyMap<Hit, Hit>;
  accusedOf: ReadonlySet<Hit>;
  calledBy: ReadonlyMap<Hit, Hit>;
  callers: ReadonlySet<Hit>;
  live: readonly Hit[];
  dct: string | null;
  allArgs: readonly Args[];
  protestAt: ReadonlyMap<number, number>;
  fromReport: ReadonlySet<number>;
  dates: Int32Array;
  events: CodedEvent[];
  coordinated: Set<number>;
  definiteNouns: Set<number>;
  spokenBy: Set<number>;
  adverbStarts: Set<number>;
  habitFrom: Map<number, number>;
  habitClauses: ReadonlySet<number>;
  leadCount: number;
  newsDay: string | null;
  commentaryFrom: ReadonlyMap<number, number>;
  scenes: ReadonlySet<number>;
}

/**
 * Steps 2–6 for live hit `k`: its sides (from the arguments found), place, date and modality — a new
 * event, or one more mention of the event before it (one act told by several triggers of a clause).
 * (A function of its own, not the body of a loop in {@link codeEvents}: V8 optimises and re-optimises
 * a small function per call, where a loop in one very large function ran on-stack-replaced code that
 * deoptimised again and again.)
 */
function codeHit(c: HitScope, k: number): void {
  const { w, timexes, reactsTo, accusedOf, calledBy, callers, live, dct, allArgs, protestAt, fromReport, dates, events, coordinated, definiteNouns, spokenBy, adverbStarts, habitFrom, habitClauses, leadCount, newsDay, commentaryFrom, scenes } = c;
  const { doc, lex, toks, sentences } = w;
  const h = live[k]!;
  const args = allArgs[k]!;
  // a noun naming the event's people (العنف ضد المتظاهرين) is a cue only as a subject or genitive
  if (h.sense.trigger.participant_noun && (args.carried || introducedByPreposition(w, h))) return;
  if (callers.has(h)) return;
  const firstTok = toks[h.first]!;
  const start = firstTok.start + cutChars(firstTok.text, h.cut);
  const end = toks[h.last]!.end;
  const trigger: TextSpan = { text: doc.text.slice(start, end), start, end };
  const sentence = sentences[h.sentence]!;
  const location = findLocation(w, h, w.slots);
  // where the event happens: its place's country, else the article's (for sides the text names
  // without a country)
  const home = location?.country ?? w.articleCountry;
  const homeFrom = location?.country ? 'place' : 'article';
  const source = slotArgs(w, args.source, 'source', home, location, []);
  if (args.nisbaSides) source.push(args.nisbaSides[0]);
  // قصف روسي، غارات إسرائيلية، عقوبات أمريكية: the nisba after the verbal noun names the agent
  if (h.nominal && (!source.length || args.carried)) {
    const agent = nisbaAfter(w, h) ?? (h.sense.type === 'AID' && !source.length ? goodsNisba(w, h) : null);
    if (agent && !args.target.some((x) => w.slots[x]!.m.actor.country === agent.country)) {
      source.length = 0;
      source.push(agent);
      args.steps.push(`source: the nisba «${agent.text}» after the verbal noun`);
    }
  }
  const target = slotArgs(w, args.target, 'target', home, location, source);
  if (args.nisbaSides) target.push(args.nisbaSides[1]);
  // نددت دمشق بالعقوبات الجديدة: the target of a reaction to an event told before is that event's author
  const object = reactsTo.get(h);
  if (!target.length && object && REACTIONS.has(h.sense.type)) {
    // the object's own author first (ونددت سوريا بالغارات الإسرائيلية), else — for a definite object,
    // one told before (بالعقوبات الجديدة) — the author of the last such event
    const own = nisbaAfter(w, object) ?? relativeAgent(w, object);
    const told = own
      ? null
      : object.definite
        ? [...events].reverse().find((e) => e.type === object.sense.type && e.source.length && !e.source.some((a) => source.some((b) => b.country === a.country)))
        : undefined;
    if (own && !source.some((b) => b.country === own.country)) {
      target.push(own);
      args.steps.push(`target: the author the nisba names of the ${object.sense.type} it reacts to («${own.text}»)`);
    } else if (told) {
      target.push(...told.source);
      args.steps.push(`target: the author of the ${object.sense.type} it reacts to («${told.trigger.text}»)`);
    }
  }
  // an object the text does not name as an actor (اعتقلت الشرطة 160 ألف شخص، ودعت النقابة رئاسة
  // الحكومة، وبرأت المحكمة 23 منهم): the object phrase is the target, of the source's country when
  // that is the country where the event happens (its place, else the article's country). In the
  // annotated sets such an object is of the scene's country far more often than foreign; restricting
  // the rule to acts of a state's own forces (arrests, attacks, sanctions) found under half of them.
  // Not for a refusal or denial: what is refused is a proposal or a claim (تنفي روسيا أي دور), and
  // its target is that claim's author, which the object does not name.
  // (a nisba in the object, another country's, names the one acted upon instead — rule below)
  const objectNisba =
    !target.length && (source.length || deathNoun(w, h)) ? nisbaInObject(w, h, args.source, new Set(source.map((a) => a.country).filter((c): c is string => !!c))) : null;
  if (!target.length && source.length && h.sense.type !== 'REJECT') {
    const own = source.find((a) => a.country && (!home || a.country === home));
    // a definite verbal noun takes no genitive (العقوبات الأوروبية: an adjective follows)
    // a verbal noun's genitive is its target only where the lexicon says so (اعتقال الناشطين, not انتفاضة الشعب)
    const phrase = !(h.nominal && (h.definite || h.sense.genitive !== 'target')) ? objectPhrase(w, h, args.source.map((x) => w.slots[x]!)) : null;
    const obj = own ? phrase : null;
    const objTok = obj ? tokenAt(w.toks, obj.start) : -1;
    // … an object that is a protest (أخمدت السلطات الاحتجاجات، فض اعتصامي رابعة والنهضة): force used
    // on a protest falls on its people, the protest's source where it names them
    const protest = obj && (h.sense.type === 'COERCE' || h.sense.type === 'ASSAULT') ? protestAt.get(objTok) ?? -1 : -1;
    // … an object owned by an actor named right after it (استهدف نفقين لحركة حماس، قصف مواقع الجيش
    // السوري): the act falls on the owner
    const objEnd = phrase ? tokenAt(w.toks, phrase.end - 1) : -1;
    const owner = phrase && protest < 0 && objEnd + 1 < w.toks.length ? w.slotAt[objEnd + 1]! : -1;
    const os = owner >= 0 ? w.slots[owner]! : null;
    // (a news outlet after ل is who was told, not an owner: في تصريحات لرويترز)
    const outlet = os !== null && os.m.actor.sector === 'MED' && os.prep === 'ل';
    if (os && !args.source.includes(owner) && os.m.actor.country && (os.prep === null || os.prep === 'ل') && !outlet) {
      for (const i of group(w, w.slots, owner)) target.push(inferCountry(w, w.slots[i]!, 'target', home, location, source));
      args.steps.push(`target: «${w.slots[owner]!.m.text}», the owner of the object «${phrase!.text}»`);
    } else if (own && obj && protest >= 0) {
      const people = allArgs[protest]!.source.filter((x) => !args.source.includes(x)).map((x) => inferCountry(w, w.slots[x]!, 'target', home, location, source));
      target.push(...(people.length ? people : [spanArg(obj, own.country!, null, 'source')]));
      args.steps.push(`target: the people of the protest «${obj.text}»`);
    } else if (
      own &&
      obj &&
      !lex.syntax.quantityWords.test(obj.text) &&
      !eventWord(w, objTok) &&
      !(objTok === h.last + 1 && adjectiveAfter(w, h, objTok)) &&
      // (migrants, refugees, tourists: mostly not of the country acting on them)
      !foreignPeople(w, obj.text) &&
      // (an object a nisba of another country qualifies is that country's: أيدت فرنسا خطة الحكم الذاتي
      // المغربية)
      !objectNisba
    ) {
      target.push(spanArg(obj, own.country!, null, 'source'));
      args.steps.push(`target: the object «${obj.text}», of the source's country`);
    } else if (own && !obj && !objectNisba && !/^none/.test(h.sense.trigger.args?.target ?? '')) {
      // (not for an act with no object: استقالته is "his resignation", its pronoun the one resigning)
      // … and an object pronoun no actor before it takes up (وتتهمهم السلطات، أفرجت عنهم): people of
      // the source's country too, by the same rule
      const p = objectPronoun(w, h);
      const onNext = p !== null && w.keys[h.last + 1]?.endsWith(p) === true && !w.keys[h.last]!.endsWith(p);
      const tok = p === null ? null : w.toks[onNext ? h.last + 1 : h.last]!;
      if (tok && p) {
        const start = Math.max(tok.start, tok.end - p.length);
        target.push(spanArg({ text: doc.text.slice(start, tok.end), start, end: tok.end }, own.country!, null, 'source'));
        args.steps.push(`target: the object pronoun «${doc.text.slice(start, tok.end)}», people of the source's country`);
      }
    }
  }
  // وقررت وقف جميع الواردات اللبنانية: a nisba in the object names the country acted upon — also of a
  // death with no killer named before it (مقتل مزارع فلسطيني: the dead man's country)
  if (!target.length && objectNisba) {
    target.push(objectNisba);
    args.steps.push(`target: the nisba «${objectNisba.text}» in the object`);
  }
  // تظاهر الآلاف في مناطق عدة من العراق: a protest whose subject is a crowd named by its number;
  // the crowd is of the country where it protests (its place, else the article's)
  if (h.sense.type === 'PROTEST' && !source.length && !target.length && home) {
    const crowd = crowdNear(w, h);
    if (crowd >= 0) {
      const t = w.toks[crowd]!;
      const cut = variantsOf(w, crowd).find((v) => lex.syntax.crowdNouns.has(v.key))?.cut ?? 0;
      const start = t.start + cutChars(t.text, cut);
      source.push(spanArg({ text: doc.text.slice(start, t.end), start, end: t.end }, home, 'CVL', homeFrom));
      args.steps.push(`source: the crowd «${t.text}», of the ${homeFrom === 'place' ? "event's place" : "article's country"}`);
    }
  }
  // أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين، استخدم الجنود الغاز تجاه الشبان: force used
  // on people named later in its clause — the first group of people after it is the target
  if (!target.length && source.length && (h.sense.type === 'ASSAULT' || h.sense.type === 'COERCE')) {
    const from = w.slotRange[2 * h.sentence]!;
    const to = w.slotRange[2 * h.sentence + 1]!;
    for (let i = from; from >= 0 && i < to; i++) {
      const sl = w.slots[i]!;
      if (sl.first <= h.last || w.clauseOf[sl.first] !== w.clauseOf[h.first]) continue;
      if (between(w, h.last, sl.first).words > 6) break;
      if (sl.people === null || args.source.includes(i)) continue;
      target.push(inferCountry(w, sl, 'target', home, location, source));
      args.steps.push(`target: the people the force was used on («${sl.m.text}»)`);
      break;
    }
  }
  // aid sent to another country's soil (سترسل الجمعية طائرتين … تحملان مواد غذائية للمتضررين في
  // سوريا): the country where the aid goes is the one it is given to
  if (!target.length && h.sense.type === 'AID' && location?.country && source.length && !source.some((a) => a.country === location.country)) {
    target.push(spanArg(location, location.country, null, 'place'));
    args.steps.push(`target: the country the aid goes to («${location.name}»)`);
  }
  // بين X و Y with Y no known actor (بين القوات الحكومية ومسلحي جيش الإسلام): Y's words are the other
  // side, of the country where the event happens (its place, else the article's)
  // (not when the named side is a state itself and the other a group of states or powers, بين
  // طهران والقوى العالمية: no party of the state's own country; بين الهند والمتمردين stays domestic)
  if (!target.length && args.otherSide && home && !(source.length > 0 && source.every((a) => a.sector === null && a.actor === a.country) && foreignSide(w, args.otherSide))) {
    target.push(spanArg(args.otherSide, home, null, homeFrom));
    args.steps.push(`target: «${args.otherSide.text}», the other side after بين, of the ${homeFrom === 'place' ? "event's place" : "article's country"}`);
  }
  // an object pronoun on the verb (مظاهرة فرقتها قوات الأمن، وهو ما نفته طهران، تتهمهم): the
  // target is what the pronoun refers back to, the nearest actor before the trigger in its
  // sentence that is not a source
  if (!target.length && source.length && !h.nominal && objectPronoun(w, h)) {
    const ante = antecedent(w, h, args.source);
    if (ante) {
      target.push(inferCountry(w, ante, 'target', home, location, source));
      args.steps.push(`target: «${ante.m.text}», which the object pronoun refers to`);
    } else {
      // … an event noun right before the verb (مظاهرة فرقتها قوات الأمن): its people, the source of
      // that event, are the ones acted upon
      const before = events[events.length - 1];
      const prevHit = k > 0 ? live[k - 1] : undefined;
      if (before && prevHit && prevHit.nominal && between(w, prevHit.last, h.first).words === 0 && before.source.length && !before.source.some((a) => source.some((b) => b.start === a.start))) {
        target.push(...before.source);
        args.steps.push(`target: the people of «${before.trigger.text}», which the object pronoun refers to`);
      }
    }
  }
  // قررت المحكمة إطلاق سراحهما، شككت الحكومة في جديته: a pronoun's agreeing antecedent
  if (!target.length && source.length) {
    const pro = pronounTarget(w, h, args.source, events);
    if (pro) {
      target.push(...(pro.args ?? pro.slots.map((i) => inferCountry(w, w.slots[i]!, 'target', home, location, source))));
      args.steps.push(`target: what the pronoun of «${pro.text}» stands for (${pro.args ? "an act's author" : pro.slots.map((i) => `«${w.slots[i]!.m.text}»`).join(', ')})`);
    }
  }
  // نفى نتنياهو التهم التي وجهتها إليه الشرطة، انتقد لافروف الضربة التي وجهتها أمريكا: a reaction's
  // target is the author of what it reacts to, named in that object's relative clause
  if (!target.length && source.length && REACTIONS.has(h.sense.type) && !h.nominal) {
    const author = claimAuthor(w, h, args.source);
    if (author >= 0) {
      for (const i of group(w, w.slots, author)) target.push(inferCountry(w, w.slots[i]!, 'target', home, location, source));
      args.steps.push(`target: «${w.slots[author]!.m.text}», the author of what it reacts to`);
    }
  }
  // ويرى مراقبون أن …: what commentators think is no news of an act, unless the text dates it (… منذ
  // استقالة الحريري في نوفمبر 2017)
  if (dates[k]! < 0 && commentaryFrom.has(h.sentence) && h.first > commentaryFrom.get(h.sentence)!) return;
  const why = [`trigger ${h.sense.id}${h.nominal ? ' (verbal noun)' : ''}`, ...args.steps];
  if (DEBUG) console.error(`[events] hit ${trigger.text}: ${why.join('; ')}`);
  let date: string | null = null;
  let timex: number | null = null;
  const ti = dates[k]!;
  // a habit (وكثيرا ما تنفذ تركيا ضربات), and an act its subject is carried to in the sentence
  // (… وتقول إنها بهدف ملاحقة المسلحين)
  const habit = habitual(w, h) || (args.carried && (habitFrom.get(h.sentence) ?? Infinity) < h.first);
  if (habit && !habitFrom.has(h.sentence)) habitFrom.set(h.sentence, h.first);
  if (ti >= 0 && fromReport.has(k)) {
    date = dayOfPartOfDay(timexes[ti]!.value);
    why.push(`date: of the statement that tells it (${timexes[ti]!.text})`);
  } else if (ti >= 0 && dct && !h.nominal && presentTense(w, h) && since(w, timexes[ti]!)) {
    // وتنشر كينيا 3600 جندي منذ 2012: a present act since a date goes on as the news is told (a
    // past one keeps the date: قطعت السلطات الإنترنت منذ صباح الخميس was done that morning)
    date = dct;
    why.push(`date: the publication date (going on since ${timexes[ti]!.text})`);
  } else if (ti >= 0) {
    date = dayOfPartOfDay(timexes[ti]!.value);
    timex = ti;
    why.push(`date: ${timexes[ti]!.text}`);
    // … a day off it after غداة / عشية (the date told before the word is the clause's)
    if (tokenAt(toks, timexes[ti]!.start) < h.first) date = dayOff(w, h, date, tokenAt(toks, timexes[ti]!.end - 1), why);
  } else if (dct && windowWords(w, h, 6, 'both').some((x) => lex.syntax.nowWords.has(w.keys[x]!))) {
    date = dct;
    why.push('date: publication date (الآن، حاليا)');
  } else if (dct && ongoing(w, h)) {
    date = dct;
    why.push('date: publication date (going on: تواصل، لا تزال)');
  } else if (dct && !background(w, h) && !backgroundSentence(w, h) && !habitClauses.has(w.clauseOf[h.first]!) && !habit && !(relativeVerb(w, h) && presentTense(w, h)) && !talksUnderway(h) && args.decisionOwner === undefined && (h.sentence < leadCount || (scenes.has(h.sentence) && !h.nominal && !(presentTense(w, h) && !pastSense(w, h))))) {
    // (not an act named as someone's decision, قرار روسيا إغلاق القنصلية: a decision told as known)
    // a present verb too: the present of a headline or lead (الصومال يقطع علاقاته، تتقدم القوات) tells
    // the news day's act — not a habit (تجتمع كل ثلاثة أشهر)
    // a past act the lead reports without a date of its own happened on the news day
    date = newsDay;
    why.push(date === dct ? 'date: the publication date, the news day (a past act in the lead)' : `date: the news day ${date} (a past act in the lead)`);
    if (date) date = dayOff(w, h, date, -1, why);
  }
  const mod = accusedOf.has(h)
    ? { modality: 'reported' as Modality, why: 'reported: the act someone is accused of' }
    : calledBy.has(h)
      ? { modality: 'expected' as Modality, why: 'expected: a protest called for (دعا إلى)' }
      : modalityOf(w, h, date, dct, args.source.map((x) => w.slots[x]!));
  why.push(mod.why);
  if (mod.modality !== 'asserted' && mod.modality !== 'reported' && timex === null && date !== null) {
    date = null;
    why.push(`date: none (${mod.modality}, and no date in the text)`);
  }
  let confidence = h.sense.confidence * (source.length ? 1 : 0.8) * (target.length ? 1 : 0.9) * (args.carried ? 0.9 : 1);
  confidence = Math.max(0.05, Math.min(1, confidence));
  const mention: EventMention = { trigger, sentence: { start: sentence.start, end: sentence.end } };
  if (joinedByWa(w, h)) coordinated.add(trigger.start);
  if (h.nominal && h.definite) definiteNouns.add(trigger.start);
  if (!h.nominal && args.speaker) spokenBy.add(trigger.start);
  if (h.first === h.last && lex.syntax.mannerAdverbs.has(h.key)) adverbStarts.add(trigger.start);
  // a verbal noun with no argument of its own — its only side the subject of another verb of the
  // sentence, no target (في إطار جهود المصالحة، خلال القمة، مع تصاعد القتال) — names an act, it does
  // not tell one: a mention of an event told elsewhere at most (a pronoun on the noun is an
  // argument: أعربت مصر عن إدانتها، لإدانتهم)
  const argless = h.nominal && args.carried && !target.length && (h.definite || !possessed(w, lastKey(w, h))) && !purposeComplement(w, h) && !calledBy.has(h);
  const clause = w.clauseOf[h.first]!;
  // triggers of one type in one clause are one event (توقيع + اتفاقية)
  const prev = events[events.length - 1];
  const prevHit = k > 0 ? live[k - 1] : undefined;
  // مذكرة التفاهم الأمني التي وقعها X: the verb after a relative pronoun tells the noun's event
  const relative = prevHit !== undefined && prevHit.nominal && !h.nominal && relativeLink(w, prevHit, h);
  // … but two verbs are two acts (هاجمت إسرائيل غزة وقصفت لبنان)
  // (one sense twice in a row is one act too: تلقى X اتصالا هاتفيا)
  const sameAct =
    prevHit !== undefined &&
    prev !== undefined &&
    prev.clause === clause &&
    // (… or further on, the noun the verb's sense requires near it: ووقع وزير الخارجية المصري سامح شكري
    // ونظيره السوداني علي الصادق «اتفاقية» — the verb is an act only with it)
    (between(w, prevHit.last, h.first).words <= 3 || requiredBy(w, prevHit, h)) &&
    (prevHit.nominal || h.nominal || (prevHit.sense === h.sense && between(w, prevHit.last, h.first).words === 0));
  // (the words and commas from the trigger before to this one, for the purpose and aim tests below)
  const gapToPrev = prevHit !== undefined ? between(w, prevHit.last, h.first) : null;
  // … and an act of force done to do another (أطلقت الغاز المسيل للدموع والرصاص في الهواء «لتفريق»
  // المحتجين): the purpose names the same act, and its object is the act's target
  const purposeOf =
    prevHit !== undefined &&
    prev !== undefined &&
    h.nominal &&
    prevHit.sentence === h.sentence &&
    purposeComplement(w, h) &&
    gapToPrev!.words <= 8 &&
    gapToPrev!.commas === 0;
  // … and a pursuit, expulsion or prevention (aim_senses) that is the aim of an attack or a deployment told just before (تنفذ
  // تركيا ضربات … بهدف ملاحقة مسلحي الحزب، توغلت قواتها … لملاحقة مقاتلي الحركة): no act of its
  // own — whom it pursues is the target of that act
  const aimOf =
    prevHit !== undefined &&
    prev !== undefined &&
    h.nominal &&
    lex.syntax.aimSenses.has(h.sense.id) &&
    (prev.type === 'ASSAULT' || prev.type === 'MOBILIZE') &&
    prevHit.sentence === h.sentence &&
    (purposeComplement(w, h) || (h.first > 0 && lex.syntax.aimWords.has(stripConj(w, w.keys[h.first - 1]!)))) &&
    gapToPrev!.words <= 8 &&
    gapToPrev!.commas === 0;
  if (aimOf) {
    events[events.length - 1] = {
      ...prev,
      target: prev.target.length ? prev.target : target,
      why: append(prev.why, [`the aim of the act: ${trigger.text}${!prev.target.length && target.length ? ', whose object is its target' : ''}`]),
    };
  }
  if (prev && prevHit && prev.type === h.sense.type && (sameAct || relative || purposeOf)) {
    const own = relative && !prev.target.length;
    events[events.length - 1] = {
      ...prev,
      source: own && source.length ? source : prev.source.length ? prev.source : source,
      target: own && target.length ? target : prev.target.length ? prev.target : target,
      // a date read from the text beats one the rules gave
      date: prev.timex !== null ? prev.date : timex !== null ? date : prev.date ?? date,
      timex: prev.timex ?? timex,
      location: prev.location ?? location,
      // appended in place (each event owns its lists): copying them made a long run of one
      // clause's triggers quadratic
      // (told by more words, the act is no less sure than its surest one: وصل … في زيارة رسمية)
      confidence: Math.max(prev.confidence, confidence),
      mentions: append(prev.mentions, [mention]),
      why: append(prev.why, [`same clause, same type: ${trigger.text}`]),
      argless: prev.argless && argless,
    };
    return;
  }
  events.push({
    type: h.sense.type,
    mode: h.sense.mode,
    cameo: h.sense.cameo,
    goldstein: h.sense.goldstein,
    sense: h.sense.id,
    trigger,
    sentence: mention.sentence,
    source,
    target,
    date,
    timex,
    location,
    modality: mod.modality,
    confidence,
    mentions: [mention],
    why,
    clause,
    // العقوبات الجديدة، الزيارة: a definite verbal noun with no side of its own names an event told before
    remention: h.nominal && h.definite && h.parts.length === 1 && !introducedByPreposition(w, h) && !target.length && (args.carried || !source.length),
    argless,
    needsTarget: h.sense.trigger.needs_target === true,
    // (kept in the list, so the next trigger is read against it as before, and left out at the end)
    aim: aimOf,
  });
}

/**
 * A reaction whose object is an event told right after it (انتقد لافروف … الضربة التي وجهتها أمريكا):
 * its target is that event's author.
 */
function reactionAuthors(w: Work, events: CodedEvent[]): void {
  const { toks } = w;
  for (let e = 0; e + 1 < events.length; e++) {
    const r = events[e]!;
    if (r.target.length || !r.source.length || !REACTIONS.has(r.type)) continue;
    const o = events[e + 1]!;
    if (o.sentence.start !== r.sentence.start || !o.source.length) continue;
    const from = tokenAt(toks, r.trigger.end - 1);
    const to = tokenAt(toks, o.trigger.start);
    const gap = between(w, from, to);
    const ownWords = r.source.reduce((n, a) => n + (a.start > r.trigger.end ? a.text.split(/\s+/).length : 0), 0);
    if (gap.words - ownWords > 3 || o.source.some((a) => r.source.some((b) => b.country === a.country))) continue;
    // … not past a comma that ends the object (تدعم المتشددين، الأمر الذي تنفيه السلطات): only one
    // setting off the reaction's own subject or a date may stand between
    const own = (x: number): boolean => w.inTimex[x] === 1 || r.source.some((a) => toks[x]!.start < a.end && a.start < toks[x]!.end);
    let cut = false;
    for (let x = from + 1; x < to && !cut; x++) if (isComma(toks[x]) && !own(x - 1) && !own(x + 1)) cut = true;
    if (cut) continue;
    events[e] = { ...r, target: [...o.source], why: [...r.why, `target: the author of the ${o.type} it reacts to («${o.trigger.text}»)`] };
  }
}

/**
 * A withdrawal from an agreement with no counterpart named, right before the relative clause that
 * tells the agreement (الانسحاب من الاتفاق النووي الذي أبرم عام 2015 بين طهران والقوى العالمية): its
 * counterpart is the agreement's party that is not the one withdrawing.
 */
function withdrawalCounterparts(w: Work, events: CodedEvent[]): void {
  const { toks, lex } = w;
  for (let e = 0; e + 1 < events.length; e++) {
    const r = events[e]!;
    if (r.sense !== 'withdraw-from-agreement' || r.target.length || !r.source.length) continue;
    const o = events[e + 1]!;
    if (o.type !== 'AGREE' || o.sentence.start !== r.sentence.start) continue;
    const from = tokenAt(toks, r.trigger.end - 1);
    const to = tokenAt(toks, o.trigger.start);
    if (between(w, from, to).words > 4 || !w.keys.slice(from + 1, to).some((k) => lex.syntax.relativePronouns.has(k))) continue;
    const own = new Set(r.source.map((a) => a.country));
    const other = [...o.source, ...o.target].filter((a) => a.country && !own.has(a.country));
    if (other.length) events[e] = { ...r, target: other, why: [...r.why, `target: the other party of the agreement it leaves («${o.trigger.text}»)`] };
  }
}

/**
 * A denial with no target of its own (or one naming only its own side) answers the accusation told
 * just before it against the denier (وتتهم عمّان ميليشيات مرتبطة بإيران … وهو ما تنفيه طهران; اتهمت
 * السلطات قوات الدعم السريع بنهب … وهو ما نفته القوات): its target is the accuser
 * … and a refusal so, the request told just before it to the refuser (دعا ميقاتي الوزير قرداحي إلى
 * الاستقالة … لكن قرداحي رفض): its target is the one who asked.
 */
function answeredClaims(w: Work, events: CodedEvent[]): void {
  const { toks } = w;
  for (let e = 1; e < events.length; e++) {
    const r = events[e]!;
    if (r.type !== 'REJECT' || !r.source.length) continue;
    const answers = r.sense === 'deny' ? 'ACCUSE' : 'REQUEST';
    const own = new Set(r.source.map((a) => a.country ?? a.actor));
    if (r.target.some((a) => !own.has(a.country ?? a.actor))) continue;
    const sentIdx = w.sentOf[tokenAt(toks, r.trigger.start)]!;
    for (let p = e - 1; p >= 0; p--) {
      const a = events[p]!;
      const aSent = w.sentOf[tokenAt(toks, a.trigger.start)]!;
      if (sentIdx - aSent > 1) break;
      if (a.type !== answers || !a.source.length || !a.target.some((x) => own.has(x.country ?? x.actor))) continue;
      events[e] = { ...r, target: [...a.source], why: [...r.why, answers === 'ACCUSE' ? `target: the accuser, «${a.trigger.text}» before it` : `target: the one who asked, «${a.trigger.text}» before it`] };
      break;
    }
  }
}

/** The same sides: the same countries for a mutual act (not a visit), else the same source and target. */
const sameSides = (lex: EventLexicon, m: Event, ev: Event): boolean =>
  lex.syntax.mutualTypes.has(ev.type) && m.mode !== 'visit'
    ? countriesOf([...m.source, ...m.target]) === countriesOf([...ev.source, ...ev.target])
    : sameSet(m.source, ev.source) && sameSet(m.target, ev.target);

/**
 * A re-mention that leaves one side unsaid (الزيارة ستستمر ثلاثة أيام): the other side agrees
 * (… or another word for a visit told in the same sentence: وصل … إلى الرياض في زيارة رسمية)
 */
const oneSideUnsaid = (m: Event, ev: Event): boolean =>
  (m.sense === ev.sense || (m.mode === 'visit' && ev.mode === 'visit' && sameSentence(m, ev))) &&
  // (… and a withdrawal from an agreement named by the same word: a party leaves one agreement once —
  // انسحبت من الاتفاق / انسحاب ترامب من الاتفاق النووي مع إيران; not اتفاق باريس and معاهدة الأجواء)
  (ev.type === 'CONSULT' || ev.type === 'AGREE' || (ev.sense === 'withdraw-from-agreement' && lastWordKey(m.trigger.text) === lastWordKey(ev.trigger.text))) &&
  ((sameSet(m.source, ev.source) && m.source.length > 0 && (!m.target.length || !ev.target.length)) ||
    (sameSet(m.target, ev.target) && m.target.length > 0 && (!m.source.length || !ev.source.length))) ||
  // (… or, for an attack, one side unsaid in the same sentence by the same attacker, at the same
  // place or with one place unsaid: اشتبكت شرطة مكافحة الشغب مع المحتجين وأطلقت الغاز المسيل للدموع
  // لتفريق الحشود — not strikes on two places, قصفت … مواقع في غزة، واستهدفت مواقع في لبنان)
  (ev.type === 'ASSAULT' &&
    sameSentence(m, ev) &&
    m.source.length > 0 &&
    sameSet(m.source, ev.source) &&
    (!m.target.length || !ev.target.length) &&
    (!m.location || !ev.location || m.location.name === ev.location.name));

/**
 * Two statements told by verbs with their speakers as subjects, in two sentences, by speakers of
 * different names (انتقدت الخارجية الروسية … / وانتقد ياكوفينكو …): two statements, even of one
 * country against another (a headline's noun, إدانة روسية, still restates one)
 */
const otherSpeaker = (m: Event, ev: Event, spokenBy: ReadonlySet<number>): boolean =>
  REACTIONS.has(ev.type) &&
  !sameSentence(m, ev) &&
  spokenBy.has(ev.trigger.start) &&
  m.mentions.some((x) => spokenBy.has(x.trigger.start)) &&
  m.source.length > 0 &&
  ev.source.length > 0 &&
  !m.source.some((a) => ev.source.some((b) => b.name === a.name));

/**
 * Step 7, one event, several mentions: the working list merged into the events of the article — same
 * type, sides and modality, compatible dates (the marks are trigger starts, see {@link codeEvents}).
 */
function mergeMentions(w: Work, events: readonly CodedEvent[], headEnd: number, marks: MentionMarks): Event[] {
  const { lex } = w;
  const { coordinated, definiteNouns, spokenBy, adverbStarts } = marks;
  const merged: Event[] = [];
  // (a body mention joining an event first told in the headline takes the lead: the body tells the
  // event, the headline restates it)
  const bodyTakesLead = (m: Event, ev: Event): boolean => m.trigger.start < headEnd && ev.trigger.start >= headEnd;
  for (const { clause: _c, remention, argless, needsTarget, aim, ...ev } of events) {
    if (aim) continue;
    if (remention) {
      let r = -1;
      for (let j = merged.length - 1; j >= 0 && r < 0; j--) if (merged[j]!.type === ev.type) r = j;
      if (r >= 0) {
        const m = merged[r]!;
        const lead = bodyTakesLead(m, ev) ? { trigger: ev.trigger, sentence: ev.sentence } : {};
        merged[r] = { ...m, ...lead, mentions: append(m.mentions, ev.mentions), why: append(m.why, [`re-mentioned as "${ev.trigger.text}"`]) };
        continue;
      }
    }
    if (!ev.source.length && !ev.target.length) continue;
    // a judgement of wrongdoing with no one judged (اعتبر أن الوضع خطير) accuses no one
    if (needsTarget && !ev.target.length) continue;
    // support and cooperation are between two parties: with one side unknown they are mostly no
    // event (support for a plan, cooperation in a field); tried for meetings and agreements too,
    // where it lost as many right events as wrong ones
    if (TWO_SIDED.has(ev.type) && ev.mode !== 'multilateral' && (!ev.source.length || !ev.target.length)) continue;
    // travel (وصل، توجه) is a visit only to another country's soil or people
    if (ev.sense === 'travel-to' && !ev.target.some((t) => t.country && !ev.source.some((x) => x.country === t.country))) continue;
    const same = merged.findIndex(
      (m) =>
        m.type === ev.type &&
        !otherSpeaker(m, ev, spokenBy) &&
        m.modality === ev.modality &&
        datesAgree(m.date, ev.date) &&
        ((sameSides(lex, m, ev) &&
          // told again: the same trigger sense; two undated acts of other senses are one only inside one
          // sentence (the items of one agreement: تبادل المعلومات الاستخباراتية … واقتناء معدات), not
          // across sentences (أخمدت السلطات الاحتجاجات … وسجنت المئات); two dated acts of other senses
          // are two acts even on one day (أمهلت … واستدعت … وقررت وقف الواردات؛ the tear gas and the
          // deaths of one day: merging them by date lost 4 right events and 3 right dates) — unless, in
          // another sentence, one is named by a definite verbal noun (تباحث … هاتفيا. … والتشاور الدوري
          // بين الرئيسين؛ اغتيال … مسؤوليتها عن الهجوم), a name of the act told before
          (m.sense === ev.sense ||
            (m.date === null && ev.date === null && sameSentence(m, ev) && !toldApart(m, ev, coordinated)) ||
            // (talks between the same two on the same day in one sentence are one exchange: اتصال هاتفي
            // بين ولي العهد الكويتي وولي العهد السعودي، بحثا خلاله …)
            (ev.type === 'CONSULT' && m.date !== null && m.date === ev.date && sameSentence(m, ev)) ||
            (m.date !== null && ev.date !== null && !sameSentence(m, ev) && [m, ev].some((x) => x.mentions.some((y) => definiteNouns.has(y.trigger.start)))))) ||
          oneSideUnsaid(m, ev) ||
          // the manner adverb of the act (تباحث مع الرئيس الفلسطيني هاتفيا): a side it leaves unsaid is the act's
          (adverbOf(m, ev, adverbStarts) && fits(m.source, ev.source) && fits(m.target, ev.target))),
    );
    if (same < 0) {
      if (argless) continue;
      merged.push(ev);
      continue;
    }
    const m0 = merged[same]!;
    // (… its trigger, sentence and sides; the headline's fill what it leaves unsaid)
    const m = bodyTakesLead(m0, ev) ? { ...m0, trigger: ev.trigger, sentence: ev.sentence, source: ev.source.length ? ev.source : m0.source, target: ev.target.length ? ev.target : m0.target, location: ev.location ?? m0.location } : m0;
    // تباحث … هاتفيا: the adverb tells the manner of the one act, its mode and closer CAMEO code
    const manner = m.mode === null && ev.mode !== null && adverbOf(m, ev, adverbStarts);
    merged[same] = {
      ...m,
      ...(manner ? { mode: ev.mode, cameo: ev.cameo, goldstein: ev.goldstein } : {}),
      source: m.source.length ? m.source : ev.source,
      target: m.target.length ? m.target : ev.target,
      // the date and the expression that gave it stay together: one read from the text beats a
      // rule's, a more precise one a coarser one
      ...datePair(m, ev),
      location: m.location ?? ev.location,
      confidence: Math.min(1, Math.max(m.confidence, ev.confidence) + 0.05),
      mentions: append(m.mentions, ev.mentions),
      why: append(m.why, [`merged with the mention "${ev.trigger.text}"`]),
    };
  }
  return merged;
}

/** The working state of one document: word keys, sentence and clause numbers, the actor slots (all before step 1). */
function newWork(doc: Doc, lex: EventLexicon): Work {
  const toks = requireLayer(doc, 'tokens');
  const sentences = requireLayer(doc, 'sentences');
  const timexes = doc.layers.timexes ?? [];
  const entities = doc.layers.entities ?? [];
  const mentions = doc.layers.actors ?? [];
  // (the per-token arrays are views of one buffer: one allocation per document, not ten; the four
  // that start at -1 come first)
  const n = toks.length;
  const buf = new Int32Array(8 * n + 2 + 2 * sentences.length);
  buf.fill(-1, 0, 4 * n);
  const w: Work = {
    doc,
    lex,
    toks,
    keys: toks.map((t) => (isWord(t) ? t.norm : '')),
    info: new Array(n),
    flags: buf.subarray(0, n),
    wordCache: wordCacheOf(lex),
    sentOf: buf.subarray(n, 2 * n),
    slotAt: buf.subarray(2 * n, 3 * n),
    unitFirst: buf.subarray(3 * n, 4 * n),
    clauseOf: buf.subarray(4 * n, 5 * n),
    clauseStart: buf.subarray(5 * n, 6 * n),
    wordsBefore: buf.subarray(6 * n, 7 * n + 1),
    commasBefore: buf.subarray(7 * n + 1, 8 * n + 2),
    slotRange: buf.subarray(8 * n + 2),
    slots: [],
    sentences,
    articleCountry: null,
    reported: new Map(),
    inTimex: new Uint8Array(n),
  };
  for (const t of timexes) for (let k = tokenAt(toks, t.start); k < toks.length && toks[k]!.start < t.end; k++) if (toks[k]!.end > t.start) w.inTimex[k] = 1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    w.wordsBefore[i + 1] = w.wordsBefore[i]! + (isWord(t) ? 1 : 0);
    w.commasBefore[i + 1] = w.commasBefore[i]! + (isComma(t) ? 1 : 0);
  }
  const byCountry = new Map<string, number>();
  for (const m of mentions) if (m.actor.country) byCountry.set(m.actor.country, (byCountry.get(m.actor.country) ?? 0) + 1);
  let most = 0;
  for (const [c, n] of byCountry) if (n > most) (most = n), (w.articleCountry = c);
  let si = 0;
  for (let i = 0; i < toks.length; i++) {
    while (si < sentences.length && sentences[si]!.end <= toks[i]!.start) si++;
    if (si < sentences.length && sentences[si]!.start <= toks[i]!.start) w.sentOf[i] = si;
  }
  cutClauses(w);
  for (let i = 0; i < toks.length; i++) w.clauseStart[i] = i > 0 && w.clauseOf[i - 1] === w.clauseOf[i] ? w.clauseStart[i - 1]! : i;
  w.slots = dropDatelines(w, buildSlots(w, mentions, entities));
  w.slotRange.fill(-1);
  w.slots.forEach((sl, i) => {
    for (let k = sl.first; k <= sl.last; k++) w.slotAt[k] = i;
    // (a person with the title chains around the name counts as one word: وصل صاحب السمو الملكي
    // الأمير محمد بن سلمان … وزير الدفاع اليوم إلى)
    const t = sl.m.titles;
    const a = t ? Math.min(sl.first, tokenAt(toks, t.start)) : sl.first;
    const b = t ? Math.max(sl.last, tokenAt(toks, t.end - 1)) : sl.last;
    for (let k = a; k <= b; k++) if (w.unitFirst[k]! < 0) w.unitFirst[k] = a;
    const sn = w.sentOf[sl.first]!;
    if (sn < 0) return;
    if (w.slotRange[2 * sn]! < 0) w.slotRange[2 * sn] = i;
    w.slotRange[2 * sn + 1] = i + 1;
  });
  return w;
}

/** Step 1: the trigger hits, sentence by sentence — none in a heading inside the body (see {@link bodyHeadings}). */
function triggerHits(w: Work, headEnd: number): Hit[] {
  const { doc, toks, sentences } = w;
  const headings = bodyHeadings(doc, headEnd >= 0 ? 2 : 1);
  const hits: Hit[] = [];
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    while (i < toks.length && w.sentOf[i]! < s) i++;
    let j = i;
    while (j < toks.length && w.sentOf[j] === s) j++;
    if (j > i && !headings.some((p) => sentences[s]!.start >= p.start && sentences[s]!.end <= p.end)) hits.push(...findTriggers(w, s, i, j));
    i = j;
  }
  return hits;
}

/** The hits that stand for acts of their own, and what the dropped ones tell about the others (see {@link liveHits}). */
interface LiveHits {
  live: Hit[];
  /** A reaction's object that is itself an event (نددت دمشق بالعقوبات). */
  reactsTo: Map<Hit, Hit>;
  /** Acts someone is accused of (اتهمت X بقصف …): kept, reported. */
  accusedOf: Set<Hit>;
  /** A protest called for (دعت إلى مسيرة): the call. */
  calledBy: Map<Hit, Hit>;
}

/**
 * The hits that are events: not a word of a named actor's name, a slogan denying a kind, an office,
 * an act embedded in a demand, threat or refusal, or aid named as what force falls on.
 */
function liveHits(w: Work, hits: readonly Hit[]): LiveHits {
  const { lex } = w;
  // a trigger word inside a named actor is part of its name (شرطة مكافحة الشغب، هيئة مكافحة الإرهاب،
  // لجنة حماية الصحفيين): no event; a group named by its act (متظاهرين) stays a cue
  const inName = (h: Hit): boolean => {
    const si = w.slotAt[h.first]!;
    if (si < 0 || si !== w.slotAt[h.last]) return false;
    const sl = w.slots[si]!;
    return sl.people === null && sl.m.rule !== 'events:people' && sl.first !== h.first;
  };
  // drop triggers embedded in a demand, threat or refusal
  // a reaction's object that is itself an event (نددت دمشق بالعقوبات): its type, for the target below
  const reactsTo = new Map<Hit, Hit>();
  const accusedOf = new Set<Hit>();
  // the demanded, threatened or refused acts dropped as complements: a list of them goes on with و
  // (طالبت الجماعة بـ"الإفراج عن المعتقلين، وإلغاء التهم، ومصادرة الأموال")
  const complements = new Set<Hit>();
  // a noun right after لا that denies its whole kind (لا تفاوض ولا شراكة، لا حوار مع القتلة) is a
  // slogan or a stance, no act (a verb after لا is a negated act: لا تعتزم، لا يزور)
  const denialOfKind = (h: Hit): boolean => {
    if (h.first === 0 || stripConj(w, w.keys[h.first - 1]!) !== 'لا') return false;
    // (a present verb and a noun are one word here, تفاوض: «لا X ولا Y» is the slogan)
    const listed = w.keys[h.last + 1] === 'ولا' || w.keys[h.last + 2] === 'ولا';
    return listed || (!presentTense(w, h) && !pastVerb(w, h) && !futureVerb(w, h));
  };
  // a call to protest (دعت إلى مسيرة): the protest, expected, stands for it; the call is no event of its
  // own (protest → call)
  const calledBy = new Map<Hit, Hit>();
  // a verbal noun after باسم names a title's office (المتحدث باسم المناورات), no act
  const office = (h: Hit): boolean => h.nominal && h.first > 0 && lex.syntax.officePrepositions.has(stripConj(w, w.keys[h.first - 1]!));
  const live = hits.filter((h) => !inName(h) && !denialOfKind(h) && !office(h)).filter((h, k, kept) => {
    const prev = kept[k - 1];
    // aid named as what an act of force falls on (إغلاق المعبر أمام المساعدات، بنهب ثلاث شاحنات
    // مساعدات، استهداف قافلة مساعدات) is no aid given — unlike aid agreed to, asked for or welcomed;
    // reinforcements so named are no mobilisation either (غارات استهدفت آليات وتعزيزات عسكرية للحوثيين)
    if (prev && h.nominal && (h.sense.type === 'AID' || h.sense.type === 'MOBILIZE') && FORCE_TYPES.has(prev.sense.type) && prev.sentence === h.sentence && w.clauseOf[prev.last] === w.clauseOf[h.first]) {
      const gap = between(w, prev.last, h.first);
      if (gap.words <= 3 && gap.commas === 0) return false;
    }
    if (prev && deniedRemention(w, h, prev)) {
      reactsTo.set(prev, h);
      return false;
    }
    if (prev && complements.has(prev) && listedAfter(w, prev, h)) {
      complements.add(h);
      return false;
    }
    if (prev && calledProtest(w, prev, h)) {
      calledBy.set(h, prev);
      return true;
    }
    if (!embedded(w, h, prev)) return true;
    if (prev) reactsTo.set(prev, h);
    // a condemned or criticised act is an event of its own (انتقدت فرنسا الهجوم الذي شنته روسيا); one
    // someone is accused of (اتهمت X بقصف …) is a claim: kept, reported
    if (prev?.sense.type === 'ACCUSE') {
      if (introducedByPreposition(w, h)) accusedOf.add(h);
      return true;
    }
    // (what is demanded, threatened or refused; not an agreement's own noun: توقيع اتفاقية …، واتفاقات)
    if (prev && lex.syntax.listedComplementTypes.has(prev.sense.type) && prev.sense.type !== h.sense.type) complements.add(h);
    return false;
  });
  return { live, reactsTo, accusedOf, calledBy };
}

/**
 * The calls to protest that are no event of their own: the protest, expected, stands for the call —
 * unless the call asks for more than the protest (دعت إلى مسيرة وإلى الإفراج عن المعتقلين: another act
 * after the protest in its clause keeps the call a request of its own).
 */
function callersOf(w: Work, live: readonly Hit[], calledBy: ReadonlyMap<Hit, Hit>): Set<Hit> {
  const callers = new Set<Hit>();
  for (const [protest, caller] of calledBy)
    if (!live.some((x) => x !== protest && x.sentence === protest.sentence && x.first > protest.last && w.clauseOf[x.first] === w.clauseOf[protest.first])) callers.add(caller);
  return callers;
}

/**
 * The acts a condemnation takes as its object (أدانت الوزارة الهجوم), not as what someone is accused
 * of (اتهمت X Y بقصف): their agent is not the condemner. The object stands right after the verb, or
 * after its subject (أدانت وزارة الخارجية المصرية الهجوم).
 */
function condemnedOf(w: Work, live: readonly Hit[], reactsTo: ReadonlyMap<Hit, Hit>, accusedOf: ReadonlySet<Hit>): Set<Hit> {
  const condemnedObjects = new Set<Hit>();
  for (const [r, o] of reactsTo) if (r.sense.type === 'ACCUSE' && !r.nominal && !accusedOf.has(o)) condemnedObjects.add(o);
  for (let k = 1; k < live.length; k++) {
    const r = live[k - 1]!;
    const o = live[k]!;
    if (r.sense.type !== 'ACCUSE' || r.nominal || !o.nominal || o.sentence !== r.sentence || introducedByPreposition(w, o)) continue;
    let free = 0;
    for (let i = r.last + 1; i < o.first; i++) if (isWord(w.toks[i]!) && w.slotAt[i]! < 0) free++;
    if (free === 0) condemnedObjects.add(o);
  }
  return condemnedObjects;
}

/**
 * Step 3 for every live hit, in order: its arguments (a source missing is carried over from the
 * sentence's earlier event), and the protest hits by their first token.
 */
function argsOfHits(w: Work, live: readonly Hit[], condemnedObjects: ReadonlySet<Hit>): { allArgs: Args[]; protestAt: Map<number, number> } {
  const allArgs: Args[] = [];
  // the protest hits by their first token (force used on a protest: its people are the target)
  const protestAt = new Map<number, number>();
  live.forEach((x, k) => x.sense.type === 'PROTEST' && !protestAt.has(x.first) && protestAt.set(x.first, k));
  let prevArgs: Args | null = null;
  let prevSent = -1;
  // the objects of the sentence's earlier events, which are no later event's subject
  let objects = new Set<number>();
  for (let k = 0; k < live.length; k++) {
    const h = live[k]!;
    if (h.sentence !== prevSent) (prevArgs = null), (prevSent = h.sentence), (objects = new Set());
    // (the next trigger bounds the scope of this one's target, but not a trigger that is itself a
    // side's own word — a group named by a protest word: أطلقوا النار باتجاه «متظاهرين» فلسطينيين)
    let n = k + 1;
    while (n < live.length && live[n]!.sentence === h.sentence && w.slotAt[live[n]!.first]! >= 0) n++;
    const args = findArgs(w, h, w.slots, prevArgs, live[n]?.sentence === h.sentence ? live[n] : undefined, objects, condemnedObjects.has(h));
    for (const t of args.target) objects.add(t);
    if (args.source.length || (args.accuses && args.target.length)) prevArgs = args;
    allArgs.push(args);
  }
  return { allArgs, protestAt };
}

/** The tokens of the hits. */
function hitTokens(hits: readonly Hit[]): Set<number> {
  const out = new Set<number>();
  for (const h of hits) for (let k = h.first; k <= h.last; k++) out.add(k);
  return out;
}

/** Steps 2–6 for every live hit, in order ({@link codeHit}). */
function codeHits(scope: HitScope): void {
  for (let k = 0; k < scope.live.length; k++) codeHit(scope, k);
}

/**
 * X اتخذت خطوات مماثلة، ردت X بالمثل: an act in kind answering the act told just before against X —
 * of that act's type, X its source and that act's author its target — inserted in text order.
 */
function insertReciprocal(w: Work, events: CodedEvent[]): void {
  for (const r of reciprocalActs(w, events)) {
    const at = events.findIndex((e) => e.trigger.start > r.trigger.start);
    events.splice(at < 0 ? events.length : at, 0, r);
  }
}

/**
 * Codes the events of a document.
 * @param doc a Doc with tokens, sentences, timexes, entities and actors
 * @param ctx the context (the publication date dates events placed "now")
 * @param lex the event lexicon (default: the project's)
 */
export function codeEvents(doc: Doc, ctx: Context, lex: EventLexicon = defaultEventLexicon()): Event[] {
  // (no loop of its own: each step is a function, which V8 optimises by itself — a loop here ran
  // on-stack-replaced code for the rest of the function, which deoptimised again on every document
  // whose arrays had another shape)
  const w = newWork(doc, lex);
  const { toks, sentences } = w;
  const timexes = doc.layers.timexes ?? [];
  // the end of the headline when the Doc opens with the title (as analyzeArticle builds it), else -1
  const headEnd = headlineFirst(doc) ? requireLayer(doc, 'paragraphs')[0]!.end : -1;
  const hits = triggerHits(w, headEnd);
  const { live, reactsTo, accusedOf, calledBy } = liveHits(w, hits);
  const callers = callersOf(w, live, calledBy);
  const dct = dayOf(ctx.referenceDate);
  const condemnedObjects = condemnedOf(w, live, reactsTo, accusedOf);
  // the arguments first: a date goes only to a trigger that names a side (a dropped one would lose it)
  const { allArgs, protestAt } = argsOfHits(w, live, condemnedObjects);
  // (a side found later counts too: a nisba after the verbal noun, a protesting crowd — تظاهر الآلاف)
  const named = live.map(
    (h, k) => allArgs[k]!.source.length > 0 || allArgs[k]!.target.length > 0 || (h.nominal && nisbaAfter(w, h) !== null) || (h.sense.type === 'PROTEST' && crowdNear(w, h) >= 0),
  );
  // (the hits dated by the statement that tells them: a date the text gives the act itself, in another
  // mention, wins over theirs)
  const fromReport = new Set<number>();
  // the tokens of the triggers the sense filters kept (also those dropped afterwards as complements,
  // offices or names): a relative verb that is one is dated with its act (الاتفاق الذي وقعته اليونان
  // ومصر في السادس من أغسطس), one the sense filters dropped is a verb of its own whose date stays in
  // its clause (بدورة الألعاب التي استضافتها برلين عام 1936)
  const triggerTokens = hitTokens(hits);
  const dates = assignDates(w, live, timexes, named, dct, fromReport, triggerTokens);
  if (DEBUG) live.forEach((h, i) => console.error(`[events] dated ${w.toks[h.first]!.text} → ${dates[i]! >= 0 ? timexes[dates[i]!]!.text : '-'}`));

  // 2–6. arguments, place, date, modality per hit; one event per type and clause
  const events: CodedEvent[] = [];
  // the trigger starts of verbs joined by و (وأغلقت، ورفعت): another act of their sentence (toldApart)
  const coordinated = new Set<number>();
  // the trigger starts of definite verbal nouns (الهجوم، الاغتيال): names of an act told before
  const definiteNouns = new Set<number>();
  // the trigger starts of verbs whose source is their subject (وانتقد ياكوفينكو): a statement someone made
  const spokenBy = new Set<number>();
  // the trigger starts of manner adverbs (هاتفيا)
  const adverbStarts = new Set<number>();
  /** Per sentence, the first token of a habitual act (habitual). */
  const habitFrom = new Map<number, number>();
  // clauses with a frequency (a SET timex: كل ثلاثة أشهر، سنويا): their acts are habits (لجنة تجتمع كل
  // ثلاثة أشهر), no one day's
  const habitClauses = new Set(timexes.filter((t) => t.type === 'SET').map((t) => w.clauseOf[tokenAt(toks, t.start)]!));
  // (the headline, when the Doc opens with it, counts as one sentence before the lead's — a headline
  // of two or three sentences, «… مباشر..», then shortens the lead; counting all of them moved two
  // dates off the annotators' and one onto them)
  const leadCount = (headEnd >= 0 ? 1 : 0) + LEAD_SENTENCES;
  const newsDay = newsDayOf(timexes, dct, sentences[Math.min(leadCount, sentences.length) - 1]?.end ?? 0);
  const commentaryFrom = commentaries(w);
  const scenes = sceneSentences(w);
  const scope: HitScope = { w, timexes, reactsTo, accusedOf, calledBy, callers, live, dct, allArgs, protestAt, fromReport, dates, events, coordinated, definiteNouns, spokenBy, adverbStarts, habitFrom, habitClauses, leadCount, newsDay, commentaryFrom, scenes };
  codeHits(scope);

  reactionAuthors(w, events);
  withdrawalCounterparts(w, events);
  answeredClaims(w, events);

  insertReciprocal(w, events);

  // 7. one event, several mentions: same type, sides and modality, compatible dates
  const merged = mergeMentions(w, events, headEnd, { coordinated, definiteNouns, spokenBy, adverbStarts });
  return meetingDates(headEnd >= 0 ? mergeHeadline(merged, headEnd) : merged, timexes);
}

/** The two countries of an event with a country on each side, as `countriesOf` writes them, or null. */
function countryPair(e: Event): string | null {
  if (!e.source.some((x) => x.country) || !e.target.some((x) => x.country)) return null;
  const pair = countriesOf([...e.source, ...e.target].filter((x) => x.country !== null));
  return pair.split(',').length === 2 ? pair : null;
}

/** What the two sides of a meeting do at it: the acts a dated meeting dates ({@link meetingDates}). */
const MEETING_ACTS: ReadonlySet<string> = new Set(['AGREE', 'SUPPORT', 'REQUEST', 'CONSULT']);

/**
 * An agreement, praise or request between the two countries of a dated meeting or call, told with
 * no date of its own (اجتمع الرئيس المصري بنظيره الفلسطيني اليوم … واتفق الرئيسان على مواصلة
 * التشاور; أعرب الرئيس الفلسطيني عن تقديره لمصر), is what was said at that meeting: it takes the
 * meeting's day. Only asserted acts between two named countries, and only a meeting dated to a day;
 * not an act told in a sentence that names times of its own (ومنذ استئناف العلاقات في نهاية العام
 * 2020 … أفضت إلى توقيع اتفاقية: a story of its own). (Every undated act between the countries of a
 * dated event lost 6 right dates: past acts the annotators leave undated, accusations and denials
 * among them.)
 */
function meetingDates(events: Event[], timexes: readonly Timex[]): Event[] {
  const meetings = new Map<string, Event>();
  for (const e of events) {
    const pair = e.type === 'CONSULT' && e.modality === 'asserted' && e.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? countryPair(e) : null;
    if (pair && !meetings.has(pair)) meetings.set(pair, e);
  }
  if (!meetings.size) return events;
  return events.map((e) => {
    if (e.date !== null || e.modality !== 'asserted' || !MEETING_ACTS.has(e.type)) return e;
    if (e.mentions.some((m) => timexes.some((t) => !NON_DATES.has(t.type) && t.start >= m.sentence.start && t.end <= m.sentence.end))) return e;
    const pair = countryPair(e);
    const m = pair ? meetings.get(pair) : undefined;
    return m ? { ...e, date: m.date, why: [...e.why, `date: ${m.date}, of the meeting of the two sides («${m.trigger.text}»)`] } : e;
  });
}

/**
 * The headline restates the article's news (an event told in headline and body is one event): when
 * the Doc's first paragraph is its title, an event only the headline tells joins a body event of its
 * type and modality whose sides agree with it (of its trigger sense first), as one more mention. The
 * body's sides and date win (taking the headline's date, or its date where the body has none, lost
 * more dates than it mended); a side the body leaves empty is taken from the headline.
 * @param end the end of the headline paragraph
 */
function mergeHeadline(events: Event[], end: number): Event[] {
  // two sides agree when one is unsaid or they share a country
  const agree = (a: readonly EventArg[], b: readonly EventArg[]): boolean => !a.length || !b.length || a.some((x) => b.some((y) => (x.country ?? x.actor) === (y.country ?? y.actor)));
  const out: Event[] = [];
  const absorbed = new Set<Event>();
  for (const e of events) {
    if (e.mentions.some((m) => m.trigger.start >= end)) continue;
    const fits = (f: Event): boolean =>
      f.type === e.type && f.modality === e.modality && f.trigger.start >= end && !absorbed.has(f) && agree(f.source, e.source) && agree(f.target, e.target);
    // the same trigger sense first (يقطع علاقاته … قطع العلاقات), else the first that fits
    let j = events.findIndex((f) => fits(f) && f.sense === e.sense);
    if (j < 0) j = events.findIndex(fits);
    if (j < 0) continue;
    const f = events[j]!;
    events[j] = {
      ...f,
      source: f.source.length ? f.source : e.source,
      target: f.target.length ? f.target : e.target,
      mentions: [...f.mentions, ...e.mentions],
      why: [...f.why, `told in the headline as "${e.trigger.text}"`],
    };
    absorbed.add(e);
  }
  for (const e of events) if (!absorbed.has(e)) out.push(e);
  return out;
}

/**
 * Appends `more` to `list` in place and returns it. Only for lists that belong to one event being
 * built in {@link codeEvents}, never shared with another.
 */
function append<T>(list: readonly T[], more: readonly T[]): T[] {
  const out = list as T[];
  for (const x of more) out.push(x);
  return out;
}

/** Code units the match view drops: diacritics, tatweel, superscript alef, Quranic marks, zero-width and bidi controls. */
const dropped = (c: number): boolean =>
  (c >= 0x064b && c <= 0x065f) || c === 0x0640 || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;

/** How many UTF-16 units of `text` hold its first `n` match-view letters (dropped marks are skipped). */
function cutChars(text: string, n: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < n) {
    const c = text.charCodeAt(i);
    i++;
    if (dropped(c)) continue;
    seen++;
  }
  while (i < text.length && dropped(text.charCodeAt(i))) i++;
  return i;
}
