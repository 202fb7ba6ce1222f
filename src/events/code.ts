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
import type { Context, Doc, Entity, Sentence, Token } from '../doc/types.ts';
import type { ActorMention } from '../actors/types.ts';
import type { Timex } from '../dates/types.ts';
import { requireLayer } from '../doc/doc.ts';
import { defaultKb } from '../actors/kb.ts';
import { defaultEventLexicon, wordVariants, type Cue, type CueSet, type CompiledFilter, type EventLexicon, type Sense } from './lexicon.ts';
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

/** Prepositions whose scope runs over the title words before a name (مع نظيره المصري سامح شكري). */
const TITLE_SCOPE_PREPS = new Set(['مع', 'الي', 'على', 'ضد', 'بين', 'لدي']);

/** Per-document working state. */
interface Work {
  doc: Doc;
  lex: EventLexicon;
  toks: readonly Token[];
  /** Match keys per token (empty for punctuation). */
  keys: string[];
  /** Variants per token (lazily). */
  vars: ({ key: string; cut: number }[] | undefined)[];
  sentOf: Int32Array;
  clauseOf: Int32Array;
  slots: Slot[];
  sentences: readonly Sentence[];
  /** The country the article's actors belong to most often, or null. */
  articleCountry: string | null;
  /** Reported-speech cues per sentence (computed on first use). */
  reported: Map<number, { i: number; cue: Cue }[]>;
}

const DEBUG = process.env.RASD_EVENTS_DEBUG === '1';
const VARIANT_CACHE = new Map<string, { key: string; cut: number }[]>();
function variantsOf(w: Work, i: number): { key: string; cut: number }[] {
  let v = w.vars[i];
  if (v) return v;
  const k = w.keys[i]!;
  v = VARIANT_CACHE.get(k);
  if (!v) {
    v = k ? wordVariants(k, w.lex.neverStrip) : [];
    if (VARIANT_CACHE.size > 100_000) VARIANT_CACHE.clear();
    VARIANT_CACHE.set(k, v);
  }
  return (w.vars[i] = v);
}

const isWord = (t: Token): boolean => t.kind === 'word' || t.kind === 'number' || t.kind === 'date' || t.kind === 'time' || t.kind === 'hashtag';

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
function windowWords(w: Work, h: { first: number; last: number; sentence: number }, n: number, side: 'before' | 'after' | 'both'): number[] {
  const out: number[] = [];
  const s = w.sentences[h.sentence]!;
  if (side !== 'after') {
    let c = 0;
    for (let i = h.first - 1; i >= 0 && c < n && w.toks[i]!.start >= s.start; i--) if (isWord(w.toks[i]!)) (out.push(i), c++);
  }
  if (side !== 'before') {
    let c = 0;
    for (let i = h.last + 1; i < w.toks.length && c < n && w.toks[i]!.end <= s.end; i++) if (isWord(w.toks[i]!)) (out.push(i), c++);
  }
  return out;
}

/** The first cue of the set that starts at token `i`, or null. */
function cueFrom(w: Work, i: number, set: CueSet): Cue | null {
  for (const v of variantsOf(w, i)) {
    const cands = set.byFirst.get(v.key);
    if (cands) for (const c of cands) if (cueAt(w, i, c) >= 0) return c;
  }
  return null;
}

function filterHolds(w: Work, h: Hit, f: CompiledFilter): boolean {
  for (const i of windowWords(w, h, f.window, f.side)) if (cueFrom(w, i, f.near)) return true;
  return false;
}

/** Step 1: the trigger hits of one sentence, filtered, longest first, not overlapping. */
function findTriggers(w: Work, si: number, from: number, to: number): Hit[] {
  const cands: Hit[] = [];
  const { lex } = w;
  for (let i = from; i < to; i++) {
    const t = w.toks[i]!;
    if (t.kind !== 'word') continue;
    const vars = variantsOf(w, i);
    if (vars.some((v) => lex.purpose.has(v.key))) continue;
    let formFound = false;
    let phraseFound = false;
    for (const v of vars) {
      // a verbal noun: with ال, after a proclitic preposition, or ending in ة / ات (no verb does)
      const nominal =
        (v.key.startsWith('ال') && !lex.forms.has(v.key)) || v.key.length < w.keys[i]!.length - v.cut || (v.cut > 0 && /[بلك]/.test(w.keys[i]!.slice(0, v.cut))) || /(ة|ات)[\u064B-\u0652]*$/.test(t.text);
      if (!phraseFound) {
        for (const p of lex.phrases.get(v.key) ?? []) {
          let j = i;
          let ok = true;
          const parts = [i];
          for (let q = 1; q < p.positions.length && ok; q++) {
            let gap = 0;
            let k = j + 1;
            ok = false;
            while (k < to) {
              const tk = w.toks[k]!;
              if (!isWord(tk)) break;
              if (variantsOf(w, k).some((x) => p.positions[q]!.has(x.key))) {
                ok = true;
                j = k;
                parts.push(k);
                break;
              }
              if (++gap > p.gap) break;
              k++;
            }
          }
          if (ok) {
            cands.push({ first: i, last: j, sense: p.sense, cut: v.cut, nominal, key: v.key, sentence: si, parts });
            phraseFound = true;
          }
        }
      }
      if (!formFound) {
        const senses = lex.forms.get(v.key);
        if (senses) {
          for (const s of senses) cands.push({ first: i, last: i, sense: s, cut: v.cut, nominal, key: v.key, sentence: si, parts: [i] });
          formFound = true;
        }
      }
    }
  }
  const kept = cands.filter((h) => (!h.sense.requires || filterHolds(w, h, h.sense.requires)) && !h.sense.notWhen.some((f) => filterHolds(w, h, f)));
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
      if (syntax.clausePunctuation.has(t.text)) c++;
      w.clauseOf[i] = c;
      continue;
    }
    const k = w.keys[i]!;
    const bare = k.length > 2 && (k[0] === 'و' || k[0] === 'ف') ? k.slice(1) : k;
    if (syntax.clauseOpeners.has(k) || syntax.clauseOpeners.has(bare)) c++;
    w.clauseOf[i] = c;
  }
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

/** The actor mentions as slots: not overlapping (the longest kept), with their preposition. */
function buildSlots(w: Work, mentions: readonly ActorMention[], entities: readonly Entity[]): Slot[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Slot[] = [];
  let lastEnd = -1;
  const { syntax } = w.lex;
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
      let j = first - 1;
      const pk = w.keys[j] ?? '';
      const pkBare = pk.length > 2 && (pk[0] === 'و' || pk[0] === 'ف') ? pk.slice(1) : pk;
      if (syntax.prepositions.has(pk) || syntax.prepositions.has(pkBare)) {
        prep = syntax.prepositions.has(pk) ? pk : pkBare;
        if (pk !== pkBare && pk[0] === 'و') coord = true;
        // two-word agent markers (من قبل، على يد)
        for (const am of syntax.agentMarkers) {
          if (am.length === 2 && am[1] === pkBare && j > 0 && w.keys[j - 1]!.replace(/^و/, '') === am[0]) prep = 'agent';
          if (am.length === 1 && am[0] === pkBare) prep = 'agent';
        }
      } else if (pk === 'و') coord = true;
      else {
        // مع نظيره المصري سامح شكري: the preposition before the title words governs the name
        for (let back = 2, seen = 1; j - 1 >= 0 && seen < 4; back++) {
          j--;
          const t = w.toks[j]!;
          if (!isWord(t) || out.some((o) => o.last === j)) break;
          seen++;
          const bk = w.keys[j]!;
          const bb = bk.length > 2 && (bk[0] === 'و' || bk[0] === 'ف') ? bk.slice(1) : bk;
          if (syntax.prepositions.has(bb)) {
            if (TITLE_SCOPE_PREPS.has(bb)) prep = bb;
            break;
          }
          if (!/^(ال|نظير|وزير|رئيس|الملك|العاهل|الأمير|الشيخ|الجنرال|المبعوث|السفير|نائب|زعيم|قائد)/.test(bb)) break;
        }
      }
    }
    const entity = m.entity !== null ? entities[m.entity] ?? null : null;
    const place = (m.kb?.startsWith('country:') || m.kb?.startsWith('place:') || m.kb?.startsWith('region:') || entity?.type === 'LOC') === true;
    const capital = m.kb?.startsWith('place:') === true && defaultKb().byId.get(m.kb)?.note === 'capital';
    out.push({ m, first, last, prep, coord, place, capital, people: null, entity });
  }
  // unnamed groups of people the linker gives no actor (ثمانية متظاهرين)
  const covered = new Uint8Array(w.toks.length);
  for (const sl of out) for (let i = sl.first; i <= sl.last; i++) covered[i] = 1;
  for (let i = 0; i < w.toks.length; i++) {
    if (covered[i] || w.toks[i]!.kind !== 'word') continue;
    const v = variantsOf(w, i).find((x) => syntax.peopleNouns.has(x.key));
    if (!v) continue;
    const sector = syntax.peopleNouns.get(v.key)!;
    const tok = w.toks[i]!;
    const start = tok.start + cutChars(tok.text, v.cut);
    const k = w.keys[i]!;
    const pre = k.slice(0, v.cut).replace(/^[وف]/, '');
    const prevKey = w.keys[i - 1] ?? '';
    const prevBare = prevKey.length > 2 && (prevKey[0] === 'و' || prevKey[0] === 'ف') ? prevKey.slice(1) : prevKey;
    const prep = pre && syntax.procliticPrepositions.has(pre[0]!) ? pre[0]! : syntax.prepositions.has(prevBare) ? prevBare : null;
    const m: ActorMention = {
      start,
      end: tok.end,
      text: w.doc.text.slice(start, tok.end),
      entity: null,
      actor: { id: sector, country: null, sector: sector as ActorMention['actor']['sector'], name: w.doc.text.slice(start, tok.end), role: null },
      key: `people:${i}`,
      rule: 'events:people',
      kb: null,
      steps: [],
    };
    out.push({ m, first: i, last: i, prep, coord: k[0] === 'و' && v.cut > 0, place: false, capital: false, people: sector, entity: null });
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

/** A mention and the mentions joined to it by و right after it. */
function group(w: Work, slots: readonly Slot[], i: number): number[] {
  const out = [i];
  for (let j = i + 1; j < slots.length; j++) {
    const prev = slots[out[out.length - 1]!]!;
    const s = slots[j]!;
    if (!s.coord || w.sentOf[s.first] !== w.sentOf[prev.last]) break;
    // adjacent: nothing but a standalone و between them
    let ok = true;
    for (let k = prev.last + 1; k < s.first && ok; k++) ok = w.keys[k] === 'و';
    if (!ok) break;
    out.push(j);
  }
  return out;
}

/**
 * `بين البلدين` (الجانبين، الطرفين …) within four words after the trigger: the slots of the last two
 * different countries named before it in the article.
 */
function bothSidesPair(w: Work, h: Hit, slots: readonly Slot[]): [number, number] | null {
  const { syntax } = w.lex;
  let found = false;
  let words = 0;
  for (let k = h.last + 1; k < w.toks.length && words <= 4 && w.sentOf[k] === h.sentence; k++) {
    if (!isWord(w.toks[k]!)) continue;
    words++;
    if (variantsOf(w, k).some((v) => v.key === 'بين') && k + 1 < w.toks.length && variantsOf(w, k + 1).some((v) => syntax.bothSidesWords.has(v.key))) {
      found = true;
      break;
    }
    const v = variantsOf(w, k);
    if (v.some((x) => x.key.startsWith('بين') && syntax.bothSidesWords.has(x.key.slice(3)))) {
      found = true;
      break;
    }
  }
  if (!found) return null;
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

/** A passive verb written with its damma (قُتل، يُتهم، اُعتقل): the grammatical subject is the target. */
function passive(w: Work, h: Hit): boolean {
  if (h.nominal) return false;
  const t = w.toks[h.first]!.text;
  const i = cutChars(t, h.cut);
  // the damma on the first letter (past) or on the present prefix (يُ / تُ)
  return t.charCodeAt(i + 1) === 0x064f;
}
const args_agent = (steps: readonly string[]): boolean => steps.some((x) => x.startsWith('source: agent'));

/** Is the mention inside parentheses (a credit such as "(CNN)", an aside)? */
function enclosed(w: Work, s: Slot): boolean {
  const prev = w.toks[s.first - 1];
  const next = w.toks[s.last + 1];
  return prev?.text === '(' && next?.text === ')';
}

interface Args {
  source: number[];
  target: number[];
  carried: boolean;
  steps: string[];
}

/** Is this slot an armed or state actor (an agent rather than a victim)? */
const isAgentLike = (s: Slot): boolean => {
  const sec = s.m.actor.sector;
  return sec === 'MIL' || sec === 'COP' || sec === 'GOV' || sec === 'REB' || sec === 'SPY' || sec === 'IGO' || (s.place && s.m.kb?.startsWith('country:') === true);
};

/** Step 3: the arguments of one hit. */
function findArgs(w: Work, h: Hit, slots: readonly Slot[], prevInSentence: Args | null, next: Hit | undefined): Args {
  const { syntax } = w.lex;
  const clause = w.clauseOf[h.first]!;
  const lastClause = w.clauseOf[h.last]!;
  const sent = h.sentence;
  const steps: string[] = [];
  const inClause = (s: Slot): boolean => w.sentOf[s.first] === sent && w.clauseOf[s.first]! >= clause && w.clauseOf[s.first]! <= lastClause;
  const isLocation = (s: Slot): boolean =>
    s.place && s.prep !== null && (syntax.locationPrepositions.has(s.prep) || s.prep === syntax.locationProclitic || s.prep === 'من' || s.prep === 'عبر');
  const usable = (s: Slot): boolean =>
    !isLocation(s) && s.prep !== 'منذ' && ((s.prep !== 'من' && s.prep !== 'عن') || h.sense.targetPreps.has(s.prep));
  // a town or province is where something happens or what is hit, not who acts (a capital may be its state)
  const cityOnly = (i: number): boolean => slots[i]!.m.kb?.startsWith('place:') === true && !slots[i]!.capital;
  const idx = slots.map((_, i) => i);
  const inTrigger = (s: Slot): boolean => h.parts.some((p) => p >= s.first && p <= s.last);
  // (stopping a trigger's arguments at the next trigger was tried: it lost more than it won)
  const stop = Infinity;
  const after = idx.filter((i) => slots[i]!.first > h.first && slots[i]!.first < stop && !inTrigger(slots[i]!) && inClause(slots[i]!) && usable(slots[i]!) && !enclosed(w, slots[i]!));
  const before = idx.filter((i) => slots[i]!.last < h.first && inClause(slots[i]!) && usable(slots[i]!) && !enclosed(w, slots[i]!)).reverse();
  const bare = (i: number): boolean => slots[i]!.prep === null;
  const dist = (i: number): number => {
    let n = 0;
    for (let k = h.first + 1; k < slots[i]!.first; k++) if (isWord(w.toks[k]!) && !h.parts.includes(k)) n++;
    return n;
  };
  const targetPrep = (i: number): boolean => {
    const p = slots[i]!.prep;
    return p !== null && p !== 'agent' && (h.sense.targetPreps.has(p) || (p === 'إلى' && h.sense.type === 'CONSULT'));
  };
  let source: number[] = [];
  let target: number[] = [];
  // بين X و Y: both sides
  const betweenSlot = after.find((i) => slots[i]!.prep === 'بين' && dist(i) <= 4);
  // بين البلدين / الجانبين: the last two countries named before
  const pair = betweenSlot === undefined ? bothSidesPair(w, h, slots) : null;
  if (pair) {
    source = [pair[0]];
    target = [pair[1]];
    steps.push('both sides: بين الجانبين → the two countries named before');
  }
  if (betweenSlot !== undefined) {
    const g = group(w, slots, betweenSlot);
    if (g.length >= 2) {
      source = [g[0]!];
      target = g.slice(1);
      steps.push('both sides: بين X و Y');
    } else {
      source = g;
      steps.push('one side: بين X و … (the other is no known actor)');
    }
  }
  if (!source.length && syntax.mutualTypes.has(h.sense.type)) {
    // لقاءات بين المسؤولين المغاربة والإسرائيليين … أفضت إلى توقيع: the two sides named before
    const b = idx.filter((i) => slots[i]!.last < h.first && w.sentOf[slots[i]!.first] === sent && slots[i]!.prep === 'بين').pop();
    if (b !== undefined && !after.some((i) => bare(i) || targetPrep(i))) {
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
    steps.push('source: agent after من قبل / على يد');
  }
  const inverted = h.sense.inverted || (h.sense.invertedWith.size > 0 && windowWords(w, h, 3, 'before').some((i) => variantsOf(w, i).some((v) => h.sense.invertedWith.has(v.key))));
  const firstBareAfter = after.find((i) => bare(i) && dist(i) <= 8);
  const nearestBareBefore = before.find((i) => bare(i) && !cityOnly(i));
  // the target: a slot after one of the sense's prepositions, or within three words of one
  // (عقوبات على ثمانية مسؤولين في الأجهزة الأمنية السورية)
  const nextStart = next ? next.first : Infinity;
  let prepTarget = after.find((i) => targetPrep(i) && slots[i]!.first < nextStart);
  if (prepTarget === undefined && h.sense.targetPreps.size) {
    for (let k = h.last + 1; k < w.toks.length && k < nextStart && w.clauseOf[k] === w.clauseOf[h.last] && prepTarget === undefined; k++) {
      const key = w.keys[k]!;
      const bareKey = key.length > 2 && key[0] === 'و' ? key.slice(1) : key;
      const isPrep = h.sense.targetPreps.has(bareKey) || (bareKey.length > 2 && h.sense.targetPreps.has(bareKey[0]!) && syntax.procliticPrepositions.has(bareKey[0]!));
      if (!isPrep) continue;
      prepTarget = after.find((i) => slots[i]!.first >= k && slots[i]!.first <= k + 4 && !isLocation(slots[i]!));
    }
  }
  // زيارة قام بها X / غارات شنها X: the agent of the verbal noun
  if (!source.length && h.nominal) {
    let k = h.last + 1;
    while (k < w.toks.length && !isWord(w.toks[k]!)) k++;
    if (k < w.toks.length && variantsOf(w, k).some((v) => syntax.supportVerbsAfter.has(v.key))) {
      const ag = after.find((i) => slots[i]!.first > k && bare(i) && between(w, k, slots[i]!.first).words <= 6);
      if (ag !== undefined) {
        source = group(w, slots, ag);
        steps.push('source: agent after قام بها / شنها');
      }
    }
  }
  if (!source.length) {
    if (h.nominal && h.sense.genitive === 'target') {
      // اعتقال الناشط / قصف المدينة: the genitive is acted upon, unless an agent with its own target
      if (firstBareAfter !== undefined && dist(firstBareAfter) <= 1) {
        if (isAgentLike(slots[firstBareAfter]!) && (prepTarget !== undefined)) {
          source = group(w, slots, firstBareAfter);
          steps.push('source: agent genitive of the verbal noun');
        } else {
          target = group(w, slots, firstBareAfter);
          steps.push('target: genitive of the verbal noun');
        }
      }
      if (nearestBareBefore !== undefined && !source.length) {
        source = [nearestBareBefore];
        steps.push('source: subject before the verbal noun');
      }
    } else {
      const svo = nearestBareBefore !== undefined && between(w, slots[nearestBareBefore]!.last, h.first).words <= 1;
      const vso = !svo && !h.nominal && firstBareAfter !== undefined && dist(firstBareAfter) <= 8;
      if (!vso && nearestBareBefore !== undefined && (h.nominal ? firstBareAfter === undefined || dist(firstBareAfter) > 1 : true)) {
        source = [nearestBareBefore];
        steps.push('source: subject before the trigger (SVO)');
        if (firstBareAfter !== undefined && !h.nominal) {
          target = group(w, slots, firstBareAfter);
          steps.push('target: object after the verb');
        }
      } else if (firstBareAfter !== undefined && !cityOnly(firstBareAfter)) {
        source = group(w, slots, firstBareAfter);
        steps.push(h.nominal ? 'source: genitive of the verbal noun' : 'source: subject after the verb (VSO)');
        const last = source[source.length - 1]!;
        // the object: a later bare mention, not one standing right after the subject (its apposition)
        const obj = after.find(
          (i) => i > last && bare(i) && !h.nominal && (between(w, slots[last]!.last, slots[i]!.first).words > 0 || slots[i]!.m.actor.country !== slots[last]!.m.actor.country),
        );
        if (obj !== undefined && !target.length) {
          target = group(w, slots, obj);
          steps.push('target: object after the subject');
        }
      }
    }
  }
  if (!target.length && prepTarget !== undefined && !source.includes(prepTarget)) {
    target = group(w, slots, prepTarget);
    steps.push(`target: after ${slots[prepTarget]!.prep}`);
  }
  let carried = false;
  if (!source.length) {
    if (prevInSentence && prevInSentence.source.length) {
      source = prevInSentence.source;
      carried = true;
      steps.push('source: carried over from the previous event of the sentence');
    } else {
      const pick = idx
        .filter((i) => slots[i]!.last < h.first && w.sentOf[slots[i]!.first] === sent && bare(i) && !cityOnly(i) && !slots[i]!.people && !enclosed(w, slots[i]!))
        .pop();
      if (pick !== undefined) {
        source = [pick];
        carried = true;
        steps.push("source: the sentence's subject before the trigger's clause");
      }
    }
  }
  if (passive(w, h) && source.length && !target.length && !args_agent(steps)) {
    [source, target] = [target, source];
    steps.push('passive verb (ُ): the subject is the target');
  }
  if (inverted && source.length) {
    [source, target] = [target, source];
    steps.push('inverted sense: the subject is the target');
  }
  // no actor on both sides
  const srcKeys = new Set(source.map((i) => slots[i]!.m.key));
  target = target.filter((i) => !srcKeys.has(slots[i]!.m.key));
  return { source, target, carried, steps };
}

/** Step 4: a place named after في / بـ in the trigger's clause. */
function findLocation(w: Work, h: Hit, slots: readonly Slot[]): EventLocation | null {
  const { syntax } = w.lex;
  for (const s of slots) {
    if (w.sentOf[s.first] !== h.sentence || s.first <= h.last) continue;
    if (w.clauseOf[s.first]! > w.clauseOf[h.last]! + 1) break;
    if (!s.place || s.prep === null) continue;
    if (syntax.locationPrepositions.has(s.prep) || s.prep === syntax.locationProclitic) {
      return { text: s.m.text, start: s.m.start, end: s.m.end, country: s.m.actor.country, name: s.entity?.name ?? s.m.text, entity: s.m.entity };
    }
  }
  return null;
}

const NON_DATES = new Set(['DURATION', 'SET']);

/** Words and commas between two token indexes (exclusive). */
function between(w: Work, a: number, b: number): { words: number; commas: number } {
  let words = 0;
  let commas = 0;
  for (let k = a + 1; k < b; k++) {
    const t = w.toks[k]!;
    if (isWord(t)) words++;
    else if (t.text === '،' || t.text === ',') commas++;
  }
  return { words, commas };
}

/**
 * Step 5: which timex governs each hit (index into timexes, or -1). Each date goes to the nearest
 * trigger or report verb of its sentence: a date after its verb is preferred (أعلنت، اليوم، …;
 * وقعها … في 24 نوفمبر), commas and clause boundaries count as distance, and a date nearest a
 * report verb dates the statement, so no event gets it.
 */
function assignDates(w: Work, hits: readonly Hit[], timexes: readonly Timex[]): Int32Array {
  const out = new Int32Array(hits.length).fill(-1);
  const best = new Float64Array(hits.length).fill(Infinity);
  const { reportVerbs } = w.lex.syntax;
  for (let ti = 0; ti < timexes.length; ti++) {
    const t = timexes[ti]!;
    if (NON_DATES.has(t.type) || /^P/.test(t.value)) continue;
    const first = tokenAt(w.toks, t.start);
    const last = tokenAt(w.toks, t.end - 1);
    const sent = w.sentOf[first]!;
    const cost = (a: number, b: number): number => {
      // a: the verb's token; the date after the verb is cheaper
      const after = first > a;
      const gap = after ? between(w, b, first) : between(w, last, a);
      const clauses = Math.abs(w.clauseOf[first]! - w.clauseOf[a]!);
      return (after ? 0.3 : 1) * gap.words + (after ? 0 : 2) + 4 * gap.commas + 8 * clauses;
    };
    const nominalAfter = (h: Hit): number => (h.nominal && h.first > last ? 6 : 0);
    let bi = -1;
    let bd = Infinity;
    for (let hi = 0; hi < hits.length; hi++) {
      const h = hits[hi]!;
      if (h.sentence !== sent) continue;
      const score = cost(h.first, h.last) + nominalAfter(h);
      if (DEBUG) console.error(`[events] date ${t.text} → ${w.toks[h.first]!.text}: ${score}`);
      if (score < bd) (bd = score), (bi = hi);
    }
    // بعد نحو الشهرين من أول زيارة …: a date offset "from" an event dates that event
    let j = last + 1;
    while (j < w.toks.length && !isWord(w.toks[j]!)) j++;
    if (j < w.toks.length && w.keys[j] === 'من') {
      for (let hi = 0; hi < hits.length; hi++) {
        const h = hits[hi]!;
        if (h.first > j && between(w, j, h.first).words <= 1) {
          bi = hi;
          bd = -1;
        }
      }
    }
    if (bi < 0) continue;
    // a report verb nearer than every trigger keeps the date
    const s = w.sentences[sent]!;
    let absorbed = false;
    for (let k = tokenAt(w.toks, s.start); k < w.toks.length && w.toks[k]!.start < s.end && !absorbed; k++) {
      if (k >= first && k <= last) continue;
      const key = w.keys[k]!;
      const bare = key.length > 3 && (key[0] === 'و' || key[0] === 'ف') ? key.slice(1) : key;
      if ((reportVerbs.has(key) || reportVerbs.has(bare)) && cost(k, k) < bd) absorbed = true;
    }
    if (absorbed) continue;
    if (bd < best[bi]!) (best[bi] = bd), (out[bi] = ti);
  }
  return out;
}

/** The date part of an ISO value (`2022-09-12T10:00` → `2022-09-12`). */
const dayOf = (iso: string | null): string | null => (iso ? iso.slice(0, 10) : null);

/** Is the hit a present-tense verb (يزور، تستقبل، نرفض)? */
function presentTense(w: Work, h: Hit): boolean {
  if (h.nominal) return false;
  const k = h.key;
  if (k.length < 3 || !w.lex.syntax.presentPrefixes.has(k[0]!)) return false;
  if (k[0] === 'ي') return true;
  // ت / ن: a present verb only if the same word with يـ is a form of the sense (تتهم ~ يتهم; not توقيع)
  return (w.lex.forms.get('ي' + k.slice(1)) ?? []).some((s) => s.id === h.sense.id);
}
const futureVerb = (w: Work, h: Hit): boolean =>
  !h.nominal && h.key.length >= 5 && h.key[0] === w.lex.syntax.futurePrefix && w.lex.syntax.presentPrefixes.has(h.key[1]!);

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
    if (cue) found.push({ i, cue });
  }
  w.reported.set(sentence, found);
  return found;
}

/** Step 6: the modality of one hit. */
function modalityOf(w: Work, h: Hit, date: string | null, dct: string | null, source: readonly Slot[]): { modality: Modality; why: string } {
  const { lex } = w;
  const clause = w.clauseOf[h.first]!;
  const cueBefore = (cues: CueSet, n: number, sameClause: boolean): string | null => {
    for (const i of windowWords(w, h, n, 'before')) {
      if (sameClause && w.clauseOf[i]! !== clause) continue;
      const c = cueFrom(w, i, cues);
      if (c) return c.map((x) => x.key).join(' ');
    }
    return null;
  };
  const neg = cueBefore(lex.modality.get('negated')!, 2, true);
  if (neg) return { modality: 'negated', why: `negated: ${neg}` };
  const hyp = cueBefore(lex.modality.get('hypothetical')!, 6, false);
  if (hyp) return { modality: 'hypothetical', why: `hypothetical: ${hyp}` };
  if (futureVerb(w, h)) return { modality: 'expected', why: 'expected: future verb' };
  const exp = cueBefore(lex.modality.get('expected')!, 6, false);
  if (exp) return { modality: 'expected', why: `expected: ${exp}` };
  if (date && dct && /^\d{4}/.test(date) && date.slice(0, Math.min(date.length, 10)) > dct.slice(0, Math.min(date.length, 10)))
    return { modality: 'expected', why: 'expected: dated after publication' };
  for (const { i, cue: c } of reportedCues(w, h.sentence)) {
    const isAttribution = lex.attributionOnly.some((a) => a.length === c.length && a.every((x, j) => x.key === c[j]!.key));
    if (!isAttribution) return { modality: 'reported', why: `reported: ${c.map((x) => x.key).join(' ')}` };
    // حسب / وفق: reported only when the cited source is not the actor itself nor a news outlet
    const cited = w.slots.find((sl) => sl.first >= i && sl.first <= i + 3);
    if (cited && (source.some((x) => x.m.key === cited.m.key || x.m.actor.country === cited.m.actor.country) || cited.m.actor.sector === 'MED')) continue;
    return { modality: 'reported', why: `reported: ${c.map((x) => x.key).join(' ')}` };
  }
  return { modality: 'asserted', why: 'asserted' };
}

/** Triggers in the complement of a demand, threat or refusal (دعا إلى وقف …، هدد بقصف …) are not events. */
function embedded(w: Work, h: Hit, prev: Hit | undefined): boolean {
  if (!prev || prev.sentence !== h.sentence) return false;
  if (!['REQUEST', 'THREATEN', 'REJECT', 'ACCUSE', 'AGREE'].includes(prev.sense.type)) return false;
  let words = 0;
  for (let k = prev.last + 1; k < h.first; k++) if (isWord(w.toks[k]!)) words++;
  if (words > 3) return false;
  const k = w.keys[h.first]!;
  const hasPrep = h.cut > 0 && /[بلك]/.test(k.slice(0, h.cut));
  const prevWord = w.keys[h.first - 1] ?? '';
  return hasPrep || ['الى', 'على', 'عن', 'ب', 'ضروره', 'اجل'].includes(prevWord) || words <= 1;
}

const countriesOf = (a: readonly EventArg[]): string => [...new Set(a.map((x) => x.country ?? x.actor))].sort().join(',');
/** Dates that can be one event's: equal, one unknown, or one a coarser form of the other (2020-12, 2020-12-10). */
const datesAgree = (a: string | null, b: string | null): boolean => a === null || b === null || a.startsWith(b) || b.startsWith(a);
const sameSet = (a: readonly EventArg[], b: readonly EventArg[]): boolean => {
  const ka = [...new Set(a.map((x) => x.country ?? x.actor))].sort().join(',');
  const kb = [...new Set(b.map((x) => x.country ?? x.actor))].sort().join(',');
  return ka === kb;
};

/**
 * Codes the events of a document.
 * @param doc a Doc with tokens, sentences, timexes, entities and actors
 * @param ctx the context (the publication date dates events placed "now")
 * @param lex the event lexicon (default: the project's)
 */
export function codeEvents(doc: Doc, ctx: Context, lex: EventLexicon = defaultEventLexicon()): Event[] {
  const toks = requireLayer(doc, 'tokens');
  const sentences = requireLayer(doc, 'sentences');
  const timexes = doc.layers.timexes ?? [];
  const entities = doc.layers.entities ?? [];
  const mentions = doc.layers.actors ?? [];
  const w: Work = {
    doc,
    lex,
    toks,
    keys: toks.map((t) => (isWord(t) ? t.norm : '')),
    vars: new Array(toks.length),
    sentOf: new Int32Array(toks.length).fill(-1),
    clauseOf: new Int32Array(toks.length),
    slots: [],
    sentences,
    articleCountry: null,
    reported: new Map(),
  };
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
  w.slots = buildSlots(w, mentions, entities);

  // 1. triggers, sentence by sentence
  const hits: Hit[] = [];
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    while (i < toks.length && w.sentOf[i]! < s) i++;
    let j = i;
    while (j < toks.length && w.sentOf[j] === s) j++;
    if (j > i) hits.push(...findTriggers(w, s, i, j));
    i = j;
  }
  // drop triggers embedded in a demand, threat or refusal
  const live = hits.filter((h, k) => !embedded(w, h, hits[k - 1]));
  const dates = assignDates(w, live, timexes);
  const dct = dayOf(ctx.referenceDate);

  // 2–6. arguments, place, date, modality per hit; one event per type and clause
  const events: (Event & { clause: number })[] = [];
  let prevArgs: Args | null = null;
  let prevSent = -1;
  for (let k = 0; k < live.length; k++) {
    const h = live[k]!;
    if (h.sentence !== prevSent) (prevArgs = null), (prevSent = h.sentence);
    const args = findArgs(w, h, w.slots, prevArgs, live[k + 1]?.sentence === h.sentence ? live[k + 1] : undefined);
    if (args.source.length) prevArgs = args;
    const firstTok = toks[h.first]!;
    const start = firstTok.start + cutChars(firstTok.text, h.cut);
    const end = toks[h.last]!.end;
    const trigger: TextSpan = { text: doc.text.slice(start, end), start, end };
    const sentence = sentences[h.sentence]!;
    const location = findLocation(w, h, w.slots);
    const infer = (sl: Slot, side: 'source' | 'target', src: readonly EventArg[]): EventArg => {
      if (!sl.people) return argOf(sl);
      const own = side === 'target' ? src.find((a) => a.country && a.sector && lex.syntax.domesticSectors.has(a.sector)) : undefined;
      if (own?.country) return argOf(sl, { country: own.country, from: 'source' });
      if (location?.country) return argOf(sl, { country: location.country, from: 'place' });
      if (w.articleCountry) return argOf(sl, { country: w.articleCountry, from: 'article' });
      return argOf(sl);
    };
    const source = args.source.map((x) => infer(w.slots[x]!, 'source', []));
    const target = args.target.map((x) => infer(w.slots[x]!, 'target', source));
    const why = [`trigger ${h.sense.id}${h.nominal ? ' (verbal noun)' : ''}`, ...args.steps];
    let date: string | null = null;
    let timex: number | null = null;
    const ti = dates[k]!;
    if (ti >= 0) {
      date = timexes[ti]!.value;
      timex = ti;
      why.push(`date: ${timexes[ti]!.text}`);
    } else if (dct && (presentTense(w, h) || windowWords(w, h, 6, 'both').some((x) => lex.syntax.nowWords.has(w.keys[x]!)))) {
      date = dct;
      why.push('date: publication date (the text places it now)');
    }
    const mod = modalityOf(w, h, date, dct, args.source.map((x) => w.slots[x]!));
    why.push(mod.why);
    if (mod.modality === 'expected' && timex === null) date = null;
    let confidence = h.sense.confidence * (source.length ? 1 : 0.8) * (target.length ? 1 : 0.9) * (args.carried ? 0.9 : 1);
    confidence = Math.max(0.05, Math.min(1, confidence));
    const mention: EventMention = { trigger, sentence: { start: sentence.start, end: sentence.end } };
    const clause = w.clauseOf[h.first]!;
    // triggers of one type in one clause are one event (توقيع + اتفاقية)
    const prev = events[events.length - 1];
    const prevHit = k > 0 ? live[k - 1] : undefined;
    if (prev && prevHit && prev.clause === clause && prev.type === h.sense.type && between(w, prevHit.last, h.first).words <= 3) {
      events[events.length - 1] = {
        ...prev,
        source: prev.source.length ? prev.source : source,
        target: prev.target.length ? prev.target : target,
        date: prev.date ?? date,
        timex: prev.timex ?? timex,
        location: prev.location ?? location,
        mentions: [...prev.mentions, mention],
        why: [...prev.why, `same clause, same type: ${trigger.text}`],
      };
      continue;
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
    });
  }

  // 7. one event, several mentions: same type, sides and modality, compatible dates
  const merged: Event[] = [];
  for (const { clause: _c, ...ev } of events) {
    if (!ev.source.length && !ev.target.length) continue;
    const same = merged.findIndex(
      (m) =>
        m.type === ev.type &&
        m.modality === ev.modality &&
        (lex.syntax.mutualTypes.has(ev.type) && m.mode !== 'visit'
          ? countriesOf([...m.source, ...m.target]) === countriesOf([...ev.source, ...ev.target])
          : sameSet(m.source, ev.source) && sameSet(m.target, ev.target)) &&
        datesAgree(m.date, ev.date) &&
        // told again: the same trigger sense, or the same dates (a dated signing and an undated one
        // of other agreements between the same two states are two events)
        (m.sense === ev.sense || (m.date === null) === (ev.date === null)),
    );
    if (same < 0) {
      merged.push(ev);
      continue;
    }
    const m = merged[same]!;
    merged[same] = {
      ...m,
      date: m.date && ev.date ? (ev.date.length > m.date.length ? ev.date : m.date) : m.timex !== null ? m.date : ev.timex !== null ? ev.date : m.date ?? ev.date,
      timex: m.timex ?? ev.timex,
      location: m.location ?? ev.location,
      confidence: Math.min(1, Math.max(m.confidence, ev.confidence) + 0.05),
      mentions: [...m.mentions, ...ev.mentions],
      why: [...m.why, `merged with the mention "${ev.trigger.text}"`],
    };
  }
  return merged;
}

/** How many UTF-16 units of `text` hold its first `n` match-view letters (diacritics are skipped). */
function cutChars(text: string, n: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < n) {
    const c = text.charCodeAt(i);
    i++;
    if ((c >= 0x064b && c <= 0x0652) || c === 0x0640 || c === 0x0670) continue;
    seen++;
  }
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x0652) || c === 0x0640 || c === 0x0670) i++;
    else break;
  }
  return i;
}
