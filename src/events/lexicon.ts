/**
 * The trigger lexicon compiled for matching (issue #6): `data/events/triggers.json` and
 * `data/events/syntax.json` turned into lookup tables over match-view word keys.
 *
 * A word is looked up under its key (`normalizeForMatch`: diacritics and tatweel removed, أ إ آ ٱ →
 * ا, ى → ي, ة → ه) and under the keys left after taking off the proclitics و ف ب ل ك (the
 * gazetteer's rule, `procliticCuts`, shared with NER and the actor linker) and then ال. Enclitic
 * pronouns and the future prefix سـ are part of the listed forms. Words in `never_strip` are only
 * looked up whole (وزارة is not و + زارة), also after و / ف (وبحث is و + بحث, not و + ب + حث).
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../data.ts';
import { RasdError } from '../errors.ts';
import { normalizeForMatch } from '../lang/ar/normalize.ts';
import { procliticCuts } from '../ner/gazetteer.ts';
import { loadOntology, type Ontology, type PloverType, type Trigger } from './ontology.ts';
import type { Modality } from './types.ts';

/** One word of a cue or context phrase; `prefix` marks a preposition written on the next word (`بـ`). */
export interface CueWord {
  readonly key: string;
  readonly prefix: boolean;
}
export type Cue = readonly CueWord[];

/** Cues indexed by the key of their first word, so that a word is checked only against the cues it can start. */
export interface CueSet {
  readonly all: readonly Cue[];
  readonly byFirst: ReadonlyMap<string, readonly Cue[]>;
}
export function cueSet(cues: readonly Cue[]): CueSet {
  const byFirst = new Map<string, Cue[]>();
  for (const c of cues) {
    const k = c[0]!.key;
    const list = byFirst.get(k) ?? [];
    list.push(c);
    byFirst.set(k, list);
  }
  return { all: cues, byFirst };
}

export interface CompiledFilter {
  readonly near: CueSet;
  readonly window: number;
  readonly side: 'before' | 'after' | 'both';
  readonly note: string;
}

/** A trigger sense ready for matching. */
export interface Sense {
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string;
  readonly goldstein: number;
  readonly confidence: number;
  readonly requires: CompiledFilter | null;
  readonly notWhen: readonly CompiledFilter[];
  /** Prepositions (match keys; proclitic ones as one letter) that mark the target. */
  readonly targetPreps: ReadonlySet<string>;
  readonly inverted: boolean;
  readonly invertedWith: ReadonlySet<string>;
  readonly genitive: 'source' | 'target';
  /** The sense as written in triggers.json (its note, lemmas and flags such as participant_noun). */
  readonly trigger: Trigger;
}

export interface Phrase {
  /** Alternatives per position (match keys, without proclitics or ال). */
  readonly positions: readonly ReadonlySet<string>[];
  readonly gap: number;
  readonly sense: Sense;
}

export interface Syntax {
  readonly prepositions: ReadonlySet<string>;
  readonly procliticPrepositions: ReadonlySet<string>;
  readonly locationPrepositions: ReadonlySet<string>;
  readonly locationProclitic: string;
  readonly agentMarkers: readonly (readonly string[])[];
  readonly clausePunctuation: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  readonly genitiveTargetTypes: ReadonlySet<PloverType>;
  readonly mutualTypes: ReadonlySet<PloverType>;
  readonly presentPrefixes: ReadonlySet<string>;
  readonly futurePrefix: string;
  readonly nowWords: ReadonlySet<string>;
  /** Verbs of continuing (تواصل، لا تزال) before an undated trigger: the act goes on now (publication date). */
  readonly ongoingWords: ReadonlySet<string>;
  /** تابعة before a mention with ل: the mention owns what is named before, an agent (owner_words). */
  readonly ownerWords: ReadonlySet<string>;
  /** Word beginnings of people mostly foreign where acted upon (مهاجر، لاجئ): no country inferred for them (foreign_people). */
  readonly foreignPeople: readonly string[];
  /** Number words, quantities, prepositions, أغلبهم: a plural nisba right after one is a group of people (nisba_people_after). */
  readonly nisbaPeopleAfter: ReadonlySet<string>;
  /** Frequency adverbs (كثيرا ما، عادة ما) before a trigger: a habit, no news day (habit_words). */
  readonly habitWords: ReadonlySet<string>;
  /** Words of an aim (بهدف، بغرض) right before a verbal noun: the act it names is what another act is done for (aim_words). */
  readonly aimWords: ReadonlySet<string>;
  /** Complementizers with a pronoun (إنها، أنه) and the pronoun's gender, 'm' or 'f' (pronoun_complementizers). */
  readonly pronounComplementizers: ReadonlyMap<string, 'm' | 'f'>;
  /** Particles that stand between a subject pronoun and its verb (قد، لن، لم): verb_particles. */
  readonly verbParticles: ReadonlySet<string>;
  /** Types of a stance taken by saying it (stance_types). */
  readonly stanceTypes: ReadonlySet<string>;
  /** Verbs of bringing together (جمع) that name a meeting's sides after its noun (gather_verbs). */
  readonly gatherVerbs: ReadonlySet<string>;
  /** Words of affiliation between a group and the country it is tied to (affiliation_words). */
  readonly affiliationWords: ReadonlySet<string>;
  /** Trigger sense ids that, as such an aim of an attack or a deployment, are no act of their own (aim_senses). */
  readonly aimSenses: ReadonlySet<string>;
  /** منذ right before or opening the date of a trigger's clause: the act runs from that date on (since_words). */
  readonly sinceWords: ReadonlySet<string>;
  /** Nouns of decision (قرار، خطوة): a verbal noun after one and its owner is the owner's act (قرار روسيا إغلاق القنصلية). */
  readonly decisionNouns: ReadonlySet<string>;
  /** أن، لم، لما: a present form after one has a past sense (past_sense_particles). */
  readonly pastSenseParticles: ReadonlySet<string>;
  /** من، ما before a present verb: the relative «whom / what», no preposition (relatives_before_present). */
  readonly relativesBeforePresent: ReadonlySet<string>;
  /** جرح، أصيب: a verb of wounding joined by و right after an unvocalised verb makes both passive (قتل وجرح عدد من …; passive_pair_verbs). */
  readonly passivePairVerbs: ReadonlySet<string>;
  /** باسم: a verbal noun right after one names an office (المتحدث باسم المناورات), no act (office_prepositions). */
  readonly officePrepositions: ReadonlySet<string>;
  /** إلى: the preposition after a call (دعا) that a called-for protest follows (call_prepositions). */
  readonly callPrepositions: ReadonlySet<string>;
  /** في، خلال، أثناء: an act right before a verbal noun after one was done in that act and shares its date (setting_prepositions). */
  readonly settingPrepositions: ReadonlySet<string>;
  /** كذلك، ثم، كما: a verb right after one opens a new clause with its own subject (verb_coordinators). */
  readonly verbCoordinators: ReadonlySet<string>;
  /** القوى، الدول، المجتمع: the head of a group of states or powers, never a party of one state's own country (foreign_sides). */
  readonly foreignSides: ReadonlySet<string>;
  /** من جهته، في غضون ذلك: phrases that, opening a sentence, tell its act in the scene of the news day (scene_markers), as cues. */
  readonly sceneMarkers: CueSet;
  /** أما: scene markers that need the particle ف to answer them later in the sentence (answered_scene_markers), as word keys. */
  readonly answeredSceneMarkers: ReadonlySet<string>;
  /** قد، إن، لم: words the ف that answers أما may stand on besides a trigger or a verb (answer_particles). */
  readonly answerParticles: ReadonlySet<string>;
  /** بعد → أن: a cause word and the words after it that make it a conjunction of sequence, no cause phrase (sequence_conjunctions). */
  readonly sequenceConjunctions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Phrases of an act in kind (خطوات مماثلة، بالمثل), as word keys: reciprocal_phrases. */
  readonly reciprocalPhrases: readonly (readonly string[])[];
  /** The first-word keys of reciprocalPhrases. */
  readonly reciprocalFirsts: ReadonlySet<string>;
  /** Matches a text (without diacritics) that may hold one of reciprocal_phrases: their last words, ة/ه and ى/ي folded. */
  readonly reciprocalHint: RegExp;
  /** Verbs of opinion (يرى، اعتبر) and the commentators whose opinion after أنّ tells no act (opinion_verbs, commentators). */
  readonly opinionVerbs: ReadonlySet<string>;
  readonly commentators: ReadonlySet<string>;
  /** Prepositions meaning "against" (بحق، ضد) that mark the target of a hostile act (against_prepositions, hostile_types). */
  readonly againstPrepositions: ReadonlySet<string>;
  readonly hostileTypes: ReadonlySet<PloverType>;
  /** Words up to four before an undated trigger in its clause that make its act background, told before the news (كان، سبق، منذ، قبل). */
  readonly backgroundWords: ReadonlySet<string>;
  /** «After» words right before a verbal noun (بعد، إثر، عقب، أعقاب): the act it names came before the news. */
  readonly afterWords: ReadonlySet<string>;
  /** Types whose complement acts are no events and go on as a list with و (طالبت بـ"الإفراج …، وإلغاء …"). */
  readonly listedComplementTypes: ReadonlySet<string>;
  /** Words of support (بمساندة، بدعم، مدعومة) up to two words before a mention: the supporter, no subject. */
  readonly supportMarkers: ReadonlySet<string>;
  /** Unnamed groups of people (متظاهرين، صحافيين) → their sector. */
  readonly peopleNouns: ReadonlyMap<string, string>;
  /** Quantities standing for a crowd (الآلاف، المئات): a protest's subject when it names no side. */
  readonly crowdNouns: ReadonlySet<string>;
  /** Nouns of a part of a group (وحدات، عناصر، عدد): the actor after their من acts as the noun would. */
  readonly partitiveNouns: ReadonlySet<string>;
  /** Words after which a word is a noun (أي تدخل). */
  readonly quantifiers: ReadonlySet<string>;
  /** Places and objects named with a nisba (بلدات إسرائيلية): a side of that country. */
  readonly placeNouns: ReadonlySet<string>;
  /** Sectors of a state's own forces: their unnamed victims are of the same country. */
  readonly domesticSectors: ReadonlySet<string>;
  /** Speech and report verbs: a date nearest to one of them dates the statement, not an event. */
  readonly reportVerbs: ReadonlySet<string>;
  /** الجانبين، البلدين …: after بين they name the two parties mentioned before. */
  readonly bothSidesWords: ReadonlySet<string>;
  /** قام بها، شنها …: after a verbal noun they introduce its agent. */
  readonly supportVerbsAfter: ReadonlySet<string>;
  /** Denial verbs: the event they govern is negated. */
  readonly denials: ReadonlySet<string>;
  /** تعرض لـ، شهد: their subject undergoes the verbal noun that follows. */
  readonly undergoVerbs: ReadonlySet<string>;
  /** شهد، شن، عقد، أجرى …: their object is the event, their date its date. */
  readonly lightVerbs: ReadonlySet<string>;
  /** Heads an institution word completes (وزير الأمن، مجلس الأمن): whole keys. */
  readonly titleHeads: ReadonlySet<string>;
  /** The beginnings of title and organisation-head words before a name (نظيره، حركة): a test on a match key. */
  readonly titleWord: RegExp;
  /** The beginnings of nouns of a person's office (ونظيره): a test on a match key. */
  readonly titleHeadNoun: RegExp;
  /** Prepositions whose scope runs over the title words before a name (مع نظيره المصري سامح شكري). */
  readonly titleScopePrepositions: ReadonlySet<string>;
  /** Prepositions that put a verbal noun right after them in an adjunct (في هجوم): the clause's subject is not its agent. */
  readonly adjunctPrepositions: ReadonlySet<string>;
  /** Words that open a demand's or threat's complement (إلى، على، ضرورة). */
  readonly complementHeads: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  /** Places named with a masculine noun (لبنان، العراق): the antecedents of ه, not ها. */
  readonly masculinePlaces: ReadonlySet<string>;
  /** The singular relative pronouns (الذي، التي): their antecedent is one mention, not a coordination. */
  readonly singularRelatives: ReadonlySet<string>;
  /** Words that open a contrasting clause (بينما، لكن، أما). */
  readonly contrastWords: ReadonlySet<string>;
  /** Forms of كان (كان X قد فعل). */
  readonly kanaForms: ReadonlySet<string>;
  readonly demonstratives: ReadonlySet<string>;
  /** Currencies and measures, anywhere in a phrase's text (an amount, not a group acted upon). */
  readonly quantityWords: RegExp;
  /** نحو، أكثر من …: with a number, free words between the parts of a trigger phrase. */
  readonly approximators: ReadonlySet<string>;
  /** Types whose act may fall on a news outlet: there an outlet is a side, not the reporter. */
  readonly pressTypes: ReadonlySet<string>;
  /** مقتل، مصرع، وفاة: after a report verb their subject before announces the death, no killer. */
  readonly deathNouns: ReadonlySet<string>;
  /** هاتفيا: trigger forms that tell the manner of the act of the verb before them (one event with it). */
  readonly mannerAdverbs: ReadonlySet<string>;
  /** على خلفية، بسبب، بعد: a date after one (in its phrase) dates no trigger before it. */
  readonly causeWords: ReadonlySet<string>;
  /** غداة −1، عشية +1: the act after the word is that many days off its clause's date. */
  readonly relativeDayWords: ReadonlyMap<string, number>;
  /** بناء على: phrases before a request noun that make it "at the request of" (word keys). */
  readonly requestPhrases: readonly (readonly string[])[];
}

export interface EventLexicon {
  readonly ontology: Ontology;
  /** Single-word forms: key → senses. */
  readonly forms: ReadonlyMap<string, readonly Sense[]>;
  /** Phrases by every key of their first position. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  readonly modality: ReadonlyMap<Exclude<Modality, 'asserted'>, CueSet>;
  /** Claim words that make an event reported only when the cited source is not the actor itself. */
  readonly attributionOnly: readonly Cue[];
  readonly purpose: ReadonlySet<string>;
  readonly neverStrip: ReadonlySet<string>;
  readonly syntax: Syntax;
  /** The first-word keys of every cue set above (filters and modality): a word none of whose variants is here starts no cue. */
  readonly cueStarts: ReadonlySet<string>;
  /** The keys of every phrase position after the first: a word none of whose variants is here continues no phrase. */
  readonly phraseWords: ReadonlySet<string>;
}

export const keyOf = (w: string): string => normalizeForMatch(w);

/** A cue or phrase string as words; a trailing `ـ` (`بـ`, `لـ`) marks a proclitic on the next word. */
export function parseCue(s: string): Cue {
  return s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.endsWith('ـ') ? { key: keyOf(w.slice(0, -1)), prefix: true } : { key: keyOf(w), prefix: false }))
    .filter((w) => w.key.length > 0);
}

/**
 * The lookup keys of one word: the word itself, then without its proclitics, then without ال.
 * @param key the word's match key
 * @param neverStrip words looked up only whole
 * @returns the keys with how many leading key characters each drops (the proclitics, not ال)
 */
export function wordVariants(key: string, neverStrip: ReadonlySet<string>): { key: string; cut: number }[] {
  const out = [{ key, cut: 0 }];
  if (!neverStrip.has(key)) {
    // (a word kept whole keeps whole after و / ف too: وبحث is و + بحث, never و + ب + حث)
    const rest = key.slice(1);
    if ((key[0] === 'و' || key[0] === 'ف') && neverStrip.has(rest)) out.push({ key: rest, cut: 1 });
    else for (const v of procliticCuts(key)) out.push(v);
  }
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const v = out[i]!;
    if (v.key.length >= 4 && v.key.startsWith('ال')) out.push({ key: v.key.slice(2), cut: v.cut });
  }
  return out;
}

function compileFilter(f: { near: readonly string[]; window?: number; side?: 'before' | 'after' | 'both'; note?: string }, dflt: number): CompiledFilter {
  return { near: cueSet(f.near.map(parseCue).filter((c) => c.length)), window: f.window ?? dflt, side: f.side ?? 'both', note: f.note ?? '' };
}

interface SyntaxFile {
  prepositions: string[];
  proclitic_prepositions: string[];
  location_prepositions: string[];
  location_proclitic: string;
  agent_markers: string[][];
  clause_punctuation: string[];
  clause_openers: string[];
  complementizers: string[];
  genitive_target_types: PloverType[];
  mutual_types: PloverType[];
  present_prefixes: string[];
  future_prefix: string;
  now_words: string[];
  ongoing_words: string[];
  owner_words: string[];
  foreign_people: string[];
  nisba_people_after: string[];
  habit_words: string[];
  aim_words: string[];
  pronoun_complementizers: Record<string, 'm' | 'f'>;
  verb_particles: string[];
  stance_types: string[];
  gather_verbs: string[];
  affiliation_words: string[];
  aim_senses: string[];
  since_words: string[];
  decision_nouns: string[];
  past_sense_particles: string[];
  relatives_before_present: string[];
  passive_pair_verbs: string[];
  office_prepositions: string[];
  call_prepositions: string[];
  setting_prepositions: string[];
  verb_coordinators: string[];
  foreign_sides: string[];
  scene_markers: string[];
  answered_scene_markers: string[];
  answer_particles: string[];
  sequence_conjunctions: Record<string, string[]>;
  reciprocal_phrases: string[];
  opinion_verbs: string[];
  against_prepositions: string[];
  hostile_types: PloverType[];
  commentators: string[];
  background_words: string[];
  after_words: string[];
  support_markers: string[];
  listed_complement_types: string[];
  partitive_nouns: string[];
  quantifiers: string[];
  people_nouns: Record<string, string[] | string>;
  crowd_nouns: string[];
  place_nouns: string[];
  domestic_sectors: string[];
  report_verbs: string[];
  both_sides_words: string[];
  support_verbs_after: string[];
  denials: string[];
  undergo_verbs: string[];
  light_verbs: string[];
  title_heads: string[];
  title_word_prefixes: string[];
  title_head_noun_prefixes: string[];
  title_scope_prepositions: string[];
  adjunct_prepositions: string[];
  complement_heads: string[];
  relative_pronouns: string[];
  singular_relative_pronouns: string[];
  contrast_words: string[];
  kana_forms: string[];
  demonstratives: string[];
  quantity_words: string[];
  approximators: string[];
  press_types: string[];
  death_nouns: string[];
  manner_adverbs: string[];
  cause_words: string[];
  relative_day_words: Record<string, number>;
  request_phrases: string[];
  masculine_places: string[];
}

const SYNTAX_LISTS = [
  'prepositions', 'proclitic_prepositions', 'location_prepositions', 'agent_markers', 'clause_punctuation', 'clause_openers',
  'complementizers', 'genitive_target_types', 'mutual_types', 'present_prefixes', 'now_words', 'ongoing_words', 'owner_words', 'foreign_people', 'nisba_people_after', 'habit_words', 'aim_words', 'aim_senses', 'verb_particles', 'stance_types', 'gather_verbs', 'affiliation_words', 'since_words', 'background_words', 'after_words', 'support_markers', 'listed_complement_types', 'partitive_nouns', 'quantifiers', 'crowd_nouns', 'place_nouns', 'domestic_sectors',
  'report_verbs', 'both_sides_words', 'support_verbs_after', 'denials', 'undergo_verbs', 'light_verbs',
  'title_heads', 'title_word_prefixes', 'title_head_noun_prefixes', 'title_scope_prepositions', 'adjunct_prepositions', 'complement_heads',
  'relative_pronouns', 'singular_relative_pronouns', 'contrast_words', 'kana_forms', 'demonstratives', 'quantity_words', 'approximators', 'press_types', 'death_nouns', 'manner_adverbs', 'cause_words', 'request_phrases',
  'decision_nouns', 'past_sense_particles', 'relatives_before_present', 'passive_pair_verbs', 'office_prepositions', 'call_prepositions',
  'setting_prepositions', 'verb_coordinators', 'foreign_sides', 'scene_markers', 'answered_scene_markers', 'answer_particles',
  'reciprocal_phrases', 'opinion_verbs', 'against_prepositions', 'hostile_types', 'commentators',
  'masculine_places',
] as const;

const keySet = (ws: readonly string[]): Set<string> => new Set(ws.map(keyOf));
const escapeRe = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A test that holds nowhere (for an empty list: an empty alternation would hold everywhere). */
const NEVER = /(?!)/;
/** A test for match keys that start with one of the words' keys. */
const prefixTest = (ws: readonly string[]): RegExp => {
  // (a word that folds to nothing, diacritics only, would make the test hold for every word)
  const keys = ws.map(keyOf).filter((k) => k.length > 0);
  return keys.length ? new RegExp(`^(?:${keys.map(escapeRe).join('|')})`) : NEVER;
};

/**
 * Loads and compiles the event lexicon.
 * @param dir the data directory (default `data/events/`)
 * @throws RasdError E_MODEL when a file is missing or inconsistent
 */
export function loadEventLexicon(dir = path.join(PROJECT_ROOT, 'data', 'events')): EventLexicon {
  const ontology = loadOntology(dir);
  const sf = path.join(dir, 'syntax.json');
  if (!existsSync(sf)) throw new RasdError('E_MODEL', `event syntax file ${sf} is missing`);
  let raw: SyntaxFile;
  try {
    raw = JSON.parse(readFileSync(sf, 'utf8')) as SyntaxFile;
  } catch (e) {
    throw new RasdError('E_MODEL', `event syntax file ${sf} is not valid JSON: ${(e as Error).message}`);
  }
  // every list the coder reads must be there: a missing one is a coded error naming it, not a crash
  // (of words, or for agent_markers of word sequences: a number or an object in one would crash later)
  const isStr = (x: unknown): boolean => typeof x === 'string';
  for (const key of SYNTAX_LISTS) {
    const list: unknown = (raw as unknown as Record<string, unknown>)[key];
    if (!Array.isArray(list)) throw new RasdError('E_MODEL', `data/events/syntax.json: "${key}" is missing or not a list`);
    const ok = key === 'agent_markers' ? list.every((x) => Array.isArray(x) && x.every(isStr)) : list.every(isStr);
    if (!ok) throw new RasdError('E_MODEL', `data/events/syntax.json: "${key}" holds something other than ${key === 'agent_markers' ? 'lists of words' : 'words'}`);
  }
  if (typeof raw.people_nouns !== 'object' || raw.people_nouns === null) throw new RasdError('E_MODEL', 'data/events/syntax.json: "people_nouns" is missing');
  const rdw = raw.relative_day_words as unknown;
  if (typeof rdw !== 'object' || rdw === null || Array.isArray(rdw) || !Object.values(rdw).every((v) => Number.isInteger(v)))
    throw new RasdError('E_MODEL', 'data/events/syntax.json: "relative_day_words" must map words to whole numbers of days');
  const seq = raw.sequence_conjunctions as unknown;
  if (typeof seq !== 'object' || seq === null || Array.isArray(seq) || !Object.values(seq).every((v) => Array.isArray(v) && v.every(isStr)))
    throw new RasdError('E_MODEL', 'data/events/syntax.json: "sequence_conjunctions" must map words to lists of words');
  if (typeof raw.location_proclitic !== 'string' || typeof raw.future_prefix !== 'string') throw new RasdError('E_MODEL', 'data/events/syntax.json: "location_proclitic" and "future_prefix" must be strings');
  const syntax: Syntax = {
    prepositions: keySet(raw.prepositions),
    procliticPrepositions: keySet(raw.proclitic_prepositions),
    locationPrepositions: keySet(raw.location_prepositions),
    locationProclitic: keyOf(raw.location_proclitic),
    agentMarkers: raw.agent_markers.map((m) => m.map(keyOf)),
    clausePunctuation: new Set(raw.clause_punctuation),
    clauseOpeners: keySet(raw.clause_openers),
    complementizers: keySet(raw.complementizers),
    genitiveTargetTypes: new Set(raw.genitive_target_types),
    mutualTypes: new Set(raw.mutual_types),
    presentPrefixes: keySet(raw.present_prefixes),
    futurePrefix: keyOf(raw.future_prefix),
    nowWords: keySet(raw.now_words),
    ongoingWords: keySet(raw.ongoing_words),
    ownerWords: keySet(raw.owner_words),
    foreignPeople: raw.foreign_people.map(keyOf),
    nisbaPeopleAfter: keySet(raw.nisba_people_after),
    habitWords: keySet(raw.habit_words),
    aimWords: keySet(raw.aim_words),
    verbParticles: keySet(raw.verb_particles),
    stanceTypes: new Set(raw.stance_types),
    gatherVerbs: keySet(raw.gather_verbs),
    affiliationWords: keySet(raw.affiliation_words),
    pronounComplementizers: new Map(Object.entries(raw.pronoun_complementizers).map(([k, g]) => [keyOf(k), g])),
    aimSenses: new Set(raw.aim_senses),
    sinceWords: keySet(raw.since_words),
    decisionNouns: keySet(raw.decision_nouns),
    pastSenseParticles: keySet(raw.past_sense_particles),
    relativesBeforePresent: keySet(raw.relatives_before_present),
    passivePairVerbs: keySet(raw.passive_pair_verbs),
    officePrepositions: keySet(raw.office_prepositions),
    callPrepositions: keySet(raw.call_prepositions),
    settingPrepositions: keySet(raw.setting_prepositions),
    verbCoordinators: keySet(raw.verb_coordinators),
    foreignSides: keySet(raw.foreign_sides),
    sceneMarkers: cueSet(raw.scene_markers.map(parseCue).filter((c) => c.length)),
    answeredSceneMarkers: keySet(raw.answered_scene_markers),
    answerParticles: keySet(raw.answer_particles),
    sequenceConjunctions: new Map(Object.entries(raw.sequence_conjunctions).map(([k, v]) => [keyOf(k), keySet(v)])),
    opinionVerbs: keySet(raw.opinion_verbs),
    againstPrepositions: keySet(raw.against_prepositions),
    hostileTypes: new Set(raw.hostile_types),
    commentators: keySet(raw.commentators),
    reciprocalPhrases: raw.reciprocal_phrases.map((x) => x.split(/\s+/).filter(Boolean).map(keyOf)).filter((x) => x.length > 0),
    reciprocalFirsts: new Set(raw.reciprocal_phrases.map((x) => keyOf(x.split(/\s+/).filter(Boolean)[0] ?? '')).filter(Boolean)),
    reciprocalHint: new RegExp(
      [...new Set(raw.reciprocal_phrases.map((x) => x.split(/\s+/).filter(Boolean).pop() ?? '').filter(Boolean).map((x) => x.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[ةه]$/, '').replace(/[أإآ]/g, 'ا')))]
        .map((x) => x.replace(/ا/g, '[اأإآ]'))
        .join('|'),
    ),
    backgroundWords: keySet(raw.background_words),
    afterWords: keySet(raw.after_words),
    supportMarkers: keySet(raw.support_markers),
    listedComplementTypes: new Set(raw.listed_complement_types),
    peopleNouns: new Map(
      Object.entries(raw.people_nouns)
        .filter((e): e is [string, string[]] => Array.isArray(e[1]))
        .flatMap(([sector, ws]) => ws.flatMap((w) => [keyOf(w), keyOf(w).startsWith('ال') ? keyOf(w).slice(2) : 'ال' + keyOf(w)].map((k) => [k, sector] as [string, string]))),
    ),
    crowdNouns: keySet(raw.crowd_nouns),
    partitiveNouns: keySet(raw.partitive_nouns),
    quantifiers: keySet(raw.quantifiers),
    placeNouns: new Set(raw.place_nouns.flatMap((w) => [keyOf(w), 'ال' + keyOf(w)])),
    domesticSectors: new Set(raw.domestic_sectors),
    reportVerbs: keySet(raw.report_verbs),
    bothSidesWords: keySet(raw.both_sides_words),
    supportVerbsAfter: keySet(raw.support_verbs_after),
    denials: keySet(raw.denials),
    undergoVerbs: keySet(raw.undergo_verbs),
    lightVerbs: keySet(raw.light_verbs),
    titleHeads: keySet(raw.title_heads),
    titleWord: prefixTest(raw.title_word_prefixes),
    titleHeadNoun: prefixTest(raw.title_head_noun_prefixes),
    titleScopePrepositions: keySet(raw.title_scope_prepositions),
    adjunctPrepositions: keySet(raw.adjunct_prepositions),
    complementHeads: keySet(raw.complement_heads),
    relativePronouns: keySet(raw.relative_pronouns),
    masculinePlaces: keySet(raw.masculine_places),
    singularRelatives: keySet(raw.singular_relative_pronouns),
    contrastWords: keySet(raw.contrast_words),
    kanaForms: keySet(raw.kana_forms),
    demonstratives: keySet(raw.demonstratives),
    quantityWords: raw.quantity_words.some((x) => x.length > 0) ? new RegExp(raw.quantity_words.filter((x) => x.length > 0).map(escapeRe).join('|')) : NEVER,
    approximators: keySet(raw.approximators),
    pressTypes: new Set(raw.press_types),
    deathNouns: keySet(raw.death_nouns),
    mannerAdverbs: keySet(raw.manner_adverbs),
    causeWords: keySet(raw.cause_words),
    relativeDayWords: new Map(Object.entries(raw.relative_day_words).map(([k, v]) => [keyOf(k), v])),
    requestPhrases: raw.request_phrases.map((x) => x.split(/\s+/).filter(Boolean).map(keyOf)).filter((x) => x.length > 0),
  };

  const forms = new Map<string, Sense[]>();
  const phrases = new Map<string, Phrase[]>();
  const phraseWords = new Set<string>();
  for (const t of ontology.triggers) {
    const cameo = t.cameo ?? '';
    const code = ontology.cameo.get(cameo);
    if (!code) throw new RasdError('E_MODEL', `data/events/triggers.json: trigger ${t.id} has no CAMEO code`);
    const a = t.args ?? {};
    const sense: Sense = {
      id: t.id,
      type: t.type,
      mode: t.mode ?? null,
      cameo,
      goldstein: code.goldstein,
      confidence: t.confidence ?? 0.7,
      requires: t.requires ? compileFilter(t.requires, 6) : null,
      notWhen: (t.not_when ?? []).map((f) => compileFilter(f, 6)),
      targetPreps: keySet(a.target_preps ?? []),
      inverted: a.inverted === true,
      invertedWith: keySet(a.inverted_with ?? []),
      genitive: a.genitive ?? (syntax.genitiveTargetTypes.has(t.type) ? 'target' : 'source'),
      trigger: t,
    };
    for (const f of t.forms ?? []) {
      const k = keyOf(f);
      const list = forms.get(k) ?? [];
      if (!list.some((s) => s.id === sense.id)) list.push(sense);
      forms.set(k, list);
    }
    for (const p of t.phrases ?? []) {
      const positions = p.map((alts) => keySet(typeof alts === 'string' ? [alts] : alts));
      if (positions.length === 0) continue;
      const phrase: Phrase = { positions, gap: t.phrase_gap ?? 0, sense };
      for (const set of positions.slice(1)) for (const k of set) phraseWords.add(k);
      for (const k of positions[0]!) {
        const list = phrases.get(k) ?? [];
        list.push(phrase);
        phrases.set(k, list);
      }
    }
  }
  const modality = new Map<Exclude<Modality, 'asserted'>, CueSet>();
  for (const m of ['expected', 'negated', 'reported', 'hypothetical'] as const) {
    modality.set(m, cueSet((ontology.modalityCues[m] ?? []).filter((c) => c !== 'سـ').map(parseCue).filter((c) => c.length)));
  }
  // the first words of every cue set the coder looks up: the modality cues, the scene markers and each
  // sense's filters
  const cueStarts = new Set<string>();
  const senses = new Set([...[...forms.values()].flat(), ...[...phrases.values()].flat().map((p) => p.sense)]);
  const sets = [...modality.values(), syntax.sceneMarkers, ...[...senses].flatMap((s) => [s.requires, ...s.notWhen]).filter((f) => f !== null).map((f) => f.near)];
  for (const set of sets) for (const k of set.byFirst.keys()) cueStarts.add(k);
  return {
    ontology,
    forms,
    phrases,
    modality,
    cueStarts,
    phraseWords,
    attributionOnly: ontology.attributionOnly.map(parseCue).filter((c) => c.length),
    purpose: keySet(ontology.purposeAdverbs),
    neverStrip: keySet(ontology.neverStrip),
    syntax,
  };
}

let cached: EventLexicon | undefined;
/** The project's event lexicon, loaded once. */
export function defaultEventLexicon(): EventLexicon {
  return (cached ??= loadEventLexicon());
}
