/**
 * `npm run eval:events`: the event coder (issue #6) against annotated PLOVER events, on two sets:
 * dev-gold (`$RASD_DATA/dev-gold/`, 60 real articles, 346 events) and our own set
 * (`eval/gold/events/`, 20 articles written for evaluation, 207 events, with hard-negative
 * `distractors.jsonl`), both in the format of dev-gold's GUIDELINES.md; "all" pools the two.
 *
 * Each article is analysed as `rasd analyze --jsonl` analyses it (eval/sets.ts productDoc): its text
 * through the reader, the gold title and `dct` as given metadata, then `analyzeArticle`, which
 * analyses the title with the body and keeps what the body says; the predictions are
 * `toOutputV1(id, doc).events`, the interface users see. Gold evidence and triggers are located in
 * the body by substring search (they are exact copies; no gold event has its evidence in the title
 * alone). Until session 19 the evaluation kept the title as the Doc's first paragraph, which the
 * interface never did: an event only the headline told could match a gold event of the body.
 *
 * Measured (`scoreArticle`, a pure function, does all of it for one article):
 * - **main: P/R/F1 of (type + source country + target country)**. Predicted and gold events are
 *   matched one to one per article. A pair can match when the types are equal and both sides match;
 *   a side matches when the non-null countries of gold and prediction are both empty or intersect.
 *   AGREE, CONSULT and COOPERATE whose gold mode is not `visit` also match with source and target
 *   swapped (annotators order the parties of talks or an agreement arbitrarily; a visit has a
 *   direction). Greedy assignment over the candidate pairs: first the pairs whose predicted trigger
 *   (or one of its mentions' triggers) lies inside the gold evidence, then by distance between the
 *   nearest predicted trigger and the gold trigger, then in text order. Per-type figures use the
 *   same matching (tp under the common type, predicted under the predicted type, gold under the
 *   gold type).
 * - **type only** (diagnostic: detection without arguments): a separate one-to-one matching where a
 *   pair needs equal types and a predicted trigger inside the gold evidence.
 * - **date and modality accuracy on the main matched pairs**: exact string equality (null = null is
 *   right); dates broken down by gold null / gold = dct / gold another date.
 * - **sentence-level PROTEST and ASSAULT**: over every sentence of the Doc's sentence layer, gold
 *   positive = the sentence overlaps the evidence of a gold event of the type, predicted positive =
 *   a predicted event of the type has a mention whose sentence overlaps it. Given also with the
 *   title's sentences left out (a headline restating a body event is not gold evidence). On our
 *   set, the distractor sentences that look like PROTEST or ASSAULT (or like nothing in particular)
 *   count as flagged when a predicted event of the type they look like (of either type for
 *   `looks_like: null`) has a trigger inside them.
 *
 *   --verbose          per article: missed gold events, false positives, matched pairs with a wrong
 *                      date, flagged distractors
 *   --set dev-gold|ours  one set only
 *   --json             the structured result
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/data.ts';
import { requireLayer } from '../src/doc/doc.ts';
import type { Doc, Span } from '../src/doc/types.ts';
import { PLOVER_TYPES } from '../src/events/ontology.ts';
import { toOutputV1 } from '../src/output/v1.ts';
import { missingDataMessage, sharedDataFile } from '../src/shared-data.ts';
import { loadGoldSet, productDoc } from './sets.ts';

// ---------------------------------------------------------------------------------------------
// Inputs

/** One side's actor in the gold (GUIDELINES.md). */
export interface GoldActor {
  country: string | null;
  sector?: string | null;
  name?: string;
}
/** A gold event (GUIDELINES.md): `trigger` and `evidence` are exact substrings of title or text. */
export interface GoldEvent {
  type: string;
  mode?: string | null;
  trigger: string;
  source: readonly GoldActor[];
  target: readonly GoldActor[];
  date: string | null;
  modality: string;
  evidence: string;
}
/** What the scorer reads of a predicted event: the fields of output v1's EventV1 it needs. */
export interface PredictedEvent {
  type: string;
  mode: string | null;
  trigger: { text: string; start: number; end: number };
  source: readonly { country: string | null }[];
  target: readonly { country: string | null }[];
  date: string | null;
  modality: string;
  sentence: Span;
  mentions: readonly { trigger: { text: string; start: number; end: number }; sentence: Span }[];
}
/** A hard-negative sentence of `eval/gold/events/distractors.jsonl`. */
export interface Distractor {
  id?: string;
  sentence: string;
  kind?: string;
  looks_like: string | null;
}

// ---------------------------------------------------------------------------------------------
// Tallies

/** Counts behind a precision/recall pair. */
export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
}
/** Counts behind an accuracy. */
export interface Right {
  right: number;
  n: number;
}
/** Sentence-level counts of one type. */
export interface SentencePrf {
  tp: number;
  fp: number;
  fn: number;
}
export interface EventTallies {
  articles: number;
  /** Type + source country + target country. */
  main: Prf;
  /** Main matching, by PLOVER type (every type present, in PLOVER order; others appended). */
  byType: Record<string, Prf>;
  /** Type + predicted trigger inside the gold evidence. */
  typeOnly: Prf;
  /** On main matched pairs. */
  date: Right & { goldNull: Right; goldDct: Right; goldOther: Right };
  modality: Right;
  /** Sentences of the Doc (all, and outside the title). */
  sentences: number;
  bodySentences: number;
  sentence: Record<SentenceType, SentencePrf>;
  /** The same with the title's sentences left out. */
  sentenceBody: Record<SentenceType, SentencePrf>;
  /** Distractors looking like PROTEST, ASSAULT or nothing in particular, and how many were flagged. */
  distractors: Record<'PROTEST' | 'ASSAULT' | 'none', { flagged: number; n: number }>;
  /** Distractor sentences not found in the text (should be 0). */
  distractorsUnlocated: number;
  /** Gold events whose evidence was not found in the text (should be 0). */
  goldUnlocated: number;
}

export const SENTENCE_TYPES = ['PROTEST', 'ASSAULT'] as const;
export type SentenceType = (typeof SENTENCE_TYPES)[number];

/** Types whose two parties annotators order arbitrarily (unless the mode is `visit`). */
export const MUTUAL_TYPES: ReadonlySet<string> = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

const prf = (): Prf => ({ tp: 0, predicted: 0, gold: 0 });
const right = (): Right => ({ right: 0, n: 0 });
const sprf = (): SentencePrf => ({ tp: 0, fp: 0, fn: 0 });

export function emptyTallies(): EventTallies {
  return {
    articles: 0,
    main: prf(),
    byType: Object.fromEntries(PLOVER_TYPES.map((t) => [t, prf()])),
    typeOnly: prf(),
    date: { ...right(), goldNull: right(), goldDct: right(), goldOther: right() },
    modality: right(),
    sentences: 0,
    bodySentences: 0,
    sentence: { PROTEST: sprf(), ASSAULT: sprf() },
    sentenceBody: { PROTEST: sprf(), ASSAULT: sprf() },
    distractors: { PROTEST: { flagged: 0, n: 0 }, ASSAULT: { flagged: 0, n: 0 }, none: { flagged: 0, n: 0 } },
    distractorsUnlocated: 0,
    goldUnlocated: 0,
  };
}

/** Adds `b` into `a`, field by field (nested objects too; keys missing in `a` are added). */
export function addTallies(a: EventTallies, b: EventTallies): EventTallies {
  const add = (x: Record<string, unknown>, y: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(y)) {
      if (typeof v === 'number') x[k] = ((x[k] as number | undefined) ?? 0) + v;
      else if (v && typeof v === 'object') add((x[k] ??= {}) as Record<string, unknown>, v as Record<string, unknown>);
    }
  };
  add(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>);
  return a;
}

// ---------------------------------------------------------------------------------------------
// Scoring one article (pure)

/** A matched pair of the main matching. */
export interface MatchedPair {
  /** Index into the gold events. */
  gold: number;
  /** Index into the predicted events. */
  predicted: number;
  /** Matched with source and target swapped (mutual types only). */
  swapped: boolean;
  /** A predicted trigger lies inside the gold evidence. */
  inside: boolean;
  /** Characters between the nearest predicted trigger and the gold trigger (0 when they overlap). */
  distance: number;
}
export interface ArticleScore {
  tallies: EventTallies;
  pairs: MatchedPair[];
  /** Gold events left unmatched (indices). */
  missed: number[];
  /** Predicted events left unmatched (indices). */
  falsePositives: number[];
  /** Pairs of the type-only matching. */
  typeOnlyPairs: MatchedPair[];
  /** Where each gold event's evidence and trigger were found (empty / null when not found). */
  located: { evidence: Span[]; trigger: Span | null }[];
  /** Distractors flagged (indices into the given list) and with which type. */
  flaggedDistractors: { distractor: number; type: string }[];
}
export interface ScoreOptions {
  /** The article's distractor sentences (our set). */
  distractors?: readonly Distractor[];
  /** End of the title paragraph in the text (0 when there is no title): its sentences are left out of `sentenceBody`. */
  titleEnd?: number;
}

/** Every occurrence of `needle` in `text`. */
function findAll(text: string, needle: string): Span[] {
  const out: Span[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  return out;
}

const overlaps = (a: Span, b: Span): boolean => (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end);
const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
const gap = (a: Span, b: Span): number => (overlaps(a, b) ? 0 : Math.max(a.start - b.end, b.start - a.end, 0));

/** The non-null countries of one side. */
const countries = (side: readonly { country: string | null }[]): Set<string> =>
  new Set(side.map((a) => a.country).filter((c): c is string => c !== null));

/** Two sides match when both have no country or they share one. */
export function sideMatches(gold: readonly { country: string | null }[], pred: readonly { country: string | null }[]): boolean {
  const g = countries(gold);
  const p = countries(pred);
  if (g.size === 0 && p.size === 0) return true;
  for (const c of g) if (p.has(c)) return true;
  return false;
}

/**
 * Whether a gold and a predicted event can be a main pair: `'direct'`, `'swapped'` (mutual types
 * whose gold mode is not `visit`, with source and target exchanged) or null.
 */
export function pairMatch(g: GoldEvent, p: PredictedEvent): 'direct' | 'swapped' | null {
  if (g.type !== p.type) return null;
  if (sideMatches(g.source, p.source) && sideMatches(g.target, p.target)) return 'direct';
  if (MUTUAL_TYPES.has(g.type) && g.mode !== 'visit' && sideMatches(g.source, p.target) && sideMatches(g.target, p.source)) return 'swapped';
  return null;
}

/** The predicted event's trigger spans: its trigger and every mention's. */
const triggerSpans = (p: PredictedEvent): Span[] => [p.trigger, ...(p.mentions ?? []).map((m) => m.trigger)];
/** The predicted event's sentence spans: its sentence and every mention's. */
const sentenceSpans = (p: PredictedEvent): Span[] => [p.sentence, ...(p.mentions ?? []).map((m) => m.sentence)];

/**
 * Greedy one-to-one assignment: candidate pairs sorted by (trigger inside evidence first, then
 * distance, then gold and predicted order); a pair is taken when neither side is taken yet.
 */
function assign(cands: MatchedPair[]): MatchedPair[] {
  cands.sort((a, b) => Number(b.inside) - Number(a.inside) || (a.distance === b.distance ? 0 : a.distance < b.distance ? -1 : 1) || a.gold - b.gold || a.predicted - b.predicted);
  const g = new Set<number>();
  const p = new Set<number>();
  const out: MatchedPair[] = [];
  for (const c of cands) {
    if (g.has(c.gold) || p.has(c.predicted)) continue;
    g.add(c.gold);
    p.add(c.predicted);
    out.push(c);
  }
  return out.sort((a, b) => a.gold - b.gold);
}

/**
 * Scores one article's predicted events against its gold events.
 * @param text the Doc's text (title paragraph first), where evidence and triggers are searched
 * @param sentences the Doc's sentence layer
 * @param dct the publication date (for the date breakdown)
 */
export function scoreArticle(
  gold: readonly GoldEvent[],
  predicted: readonly PredictedEvent[],
  text: string,
  sentences: readonly Span[],
  dct: string,
  options: ScoreOptions = {},
): ArticleScore {
  const t = emptyTallies();
  t.articles = 1;

  // locate the gold evidence (every occurrence) and the trigger inside the first one
  const located = gold.map((g) => {
    const evidence = findAll(text, g.evidence);
    let trigger: Span | null = null;
    for (const e of evidence) {
      const i = text.slice(e.start, e.end).indexOf(g.trigger);
      if (i >= 0 && g.trigger) {
        trigger = { start: e.start + i, end: e.start + i + g.trigger.length };
        break;
      }
    }
    if (!trigger) trigger = findAll(text, g.trigger)[0] ?? null;
    return { evidence, trigger };
  });
  t.goldUnlocated = located.filter((l) => !l.evidence.length).length;

  const isInside = (gi: number, p: PredictedEvent): boolean => triggerSpans(p).some((s) => located[gi]!.evidence.some((e) => inside(s, e)));
  const distance = (gi: number, p: PredictedEvent): number => {
    const target = located[gi]!.trigger ?? located[gi]!.evidence[0];
    return target ? Math.min(...triggerSpans(p).map((s) => gap(s, target))) : Infinity;
  };

  // main matching
  const cands: MatchedPair[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const m = pairMatch(g, p);
      if (m) cands.push({ gold: gi, predicted: pi, swapped: m === 'swapped', inside: isInside(gi, p), distance: distance(gi, p) });
    }),
  );
  const pairs = assign(cands);
  const typeRow = (type: string): Prf => (t.byType[type] ??= prf());
  t.main = { tp: pairs.length, predicted: predicted.length, gold: gold.length };
  for (const g of gold) typeRow(g.type).gold++;
  for (const p of predicted) typeRow(p.type).predicted++;
  for (const m of pairs) typeRow(gold[m.gold]!.type).tp++;

  // type only: equal types, a predicted trigger inside the gold evidence
  const typeCands: MatchedPair[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (g.type === p.type && isInside(gi, p)) typeCands.push({ gold: gi, predicted: pi, swapped: false, inside: true, distance: distance(gi, p) });
    }),
  );
  const typeOnlyPairs = assign(typeCands);
  t.typeOnly = { tp: typeOnlyPairs.length, predicted: predicted.length, gold: gold.length };

  // date and modality on matched pairs
  for (const m of pairs) {
    const g = gold[m.gold]!;
    const p = predicted[m.predicted]!;
    const ok = (g.date ?? null) === (p.date ?? null);
    const bucket = g.date === null ? t.date.goldNull : g.date === dct ? t.date.goldDct : t.date.goldOther;
    t.date.n++;
    bucket.n++;
    if (ok) {
      t.date.right++;
      bucket.right++;
    }
    t.modality.n++;
    if (g.modality === p.modality) t.modality.right++;
  }

  // sentence-level PROTEST / ASSAULT
  const titleEnd = options.titleEnd ?? 0;
  t.sentences = sentences.length;
  t.bodySentences = sentences.filter((s) => s.start >= titleEnd).length;
  for (const type of SENTENCE_TYPES) {
    const goldSpans = gold.flatMap((g, gi) => (g.type === type ? located[gi]!.evidence : []));
    const predSpans = predicted.flatMap((p) => (p.type === type ? sentenceSpans(p) : []));
    for (const s of sentences) {
      const gp = goldSpans.some((e) => overlaps(s, e));
      const pp = predSpans.some((e) => overlaps(s, e));
      const rows = s.start >= titleEnd ? [t.sentence[type], t.sentenceBody[type]] : [t.sentence[type]];
      for (const r of rows) {
        if (gp && pp) r.tp++;
        else if (pp) r.fp++;
        else if (gp) r.fn++;
      }
    }
  }

  // distractors that look like PROTEST or ASSAULT, or like nothing in particular
  const flaggedDistractors: { distractor: number; type: string }[] = [];
  (options.distractors ?? []).forEach((d, di) => {
    const look = d.looks_like;
    if (look !== null && look !== 'PROTEST' && look !== 'ASSAULT') return;
    const span = findAll(text, d.sentence)[0];
    if (!span) {
      t.distractorsUnlocated++;
      return;
    }
    const row = t.distractors[look ?? 'none'];
    row.n++;
    const types: readonly string[] = look ? [look] : SENTENCE_TYPES;
    const hit = predicted.find((p) => types.includes(p.type) && triggerSpans(p).some((s) => inside(s, span)));
    if (hit) {
      row.flagged++;
      flaggedDistractors.push({ distractor: di, type: hit.type });
    }
  });

  const matchedGold = new Set(pairs.map((m) => m.gold));
  const matchedPred = new Set(pairs.map((m) => m.predicted));
  return {
    tallies: t,
    pairs,
    missed: gold.map((_, i) => i).filter((i) => !matchedGold.has(i)),
    falsePositives: predicted.map((_, i) => i).filter((i) => !matchedPred.has(i)),
    typeOnlyPairs,
    located,
    flaggedDistractors,
  };
}

// ---------------------------------------------------------------------------------------------
// Loading and running the pipeline

interface Article {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
}
interface GoldFile {
  id: string;
  dct: string;
  events: GoldEvent[];
}

export type SetKey = 'dev-gold' | 'ours';
export const SET_KEYS: readonly SetKey[] = ['dev-gold', 'ours'];

/** One line of the verbose report, kept structured for `--json`. */
export interface EventLine {
  type: string;
  source: string[];
  target: string[];
  trigger: string;
  /** The gold evidence, or the predicted event's sentence. */
  text: string;
}
export interface ArticleReport {
  id: string;
  dct: string;
  tallies: EventTallies;
  missed: EventLine[];
  falsePositives: EventLine[];
  wrongDates: { type: string; trigger: string; gold: string | null; predicted: string | null }[];
  flaggedDistractors: { sentence: string; looksLike: string | null; type: string }[];
}
export interface EventSetResult {
  key: SetKey;
  name: string;
  tallies: EventTallies;
  articles: ArticleReport[];
}
export interface EventEvalResult {
  sets: EventSetResult[];
  /** Both sets pooled (null unless both ran). */
  all: EventTallies | null;
  /** Messages for sets that could not be read. */
  skipped: string[];
}

const loadSet = (dir: string): { a: Article; g: GoldFile }[] => loadGoldSet<Article, GoldFile>(dir);

function loadDistractors(dir: string): Map<string, Distractor[]> {
  const out = new Map<string, Distractor[]>();
  const file = path.join(dir, 'distractors.jsonl');
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as Distractor & { id: string };
    (out.get(d.id) ?? out.set(d.id, []).get(d.id)!).push(d);
  }
  return out;
}

/** The article as `rasd analyze` reads and analyses it (eval/sets.ts productDoc). */
const docOf = (a: Article, dct: string): Doc => productDoc(a, dct);

const sideCountries = (side: readonly { country: string | null }[]): string[] => [...countries(side)];
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function evalSet(key: SetKey, name: string, pairs: { a: Article; g: GoldFile }[], distractors: Map<string, Distractor[]>): EventSetResult {
  const tallies = emptyTallies();
  const articles: ArticleReport[] = [];
  for (const { a, g } of pairs) {
    let doc: Doc;
    try {
      doc = docOf(a, g.dct);
    } catch (e) {
      throw new Error(`${name} ${a.id}: the pipeline failed: ${(e as Error).message}`, { cause: e });
    }
    const predicted = toOutputV1(a.id, doc).events;
    const ds = distractors.get(a.id) ?? [];
    // (the Doc is the body alone: no title sentences to leave out)
    const s = scoreArticle(g.events, predicted, doc.text, requireLayer(doc, 'sentences'), g.dct, { distractors: ds });
    addTallies(tallies, s.tallies);
    articles.push({
      id: a.id,
      dct: g.dct,
      tallies: s.tallies,
      missed: s.missed.map((i) => {
        const ge = g.events[i]!;
        return { type: ge.type, source: sideCountries(ge.source), target: sideCountries(ge.target), trigger: ge.trigger, text: ge.evidence };
      }),
      falsePositives: s.falsePositives.map((i) => {
        const p = predicted[i]!;
        return { type: p.type, source: sideCountries(p.source), target: sideCountries(p.target), trigger: p.trigger.text, text: doc.text.slice(p.sentence.start, p.sentence.end) };
      }),
      wrongDates: s.pairs
        .filter((m) => (g.events[m.gold]!.date ?? null) !== (predicted[m.predicted]!.date ?? null))
        .map((m) => ({ type: g.events[m.gold]!.type, trigger: g.events[m.gold]!.trigger, gold: g.events[m.gold]!.date, predicted: predicted[m.predicted]!.date })),
      flaggedDistractors: s.flaggedDistractors.map((f) => ({ sentence: ds[f.distractor]!.sentence, looksLike: ds[f.distractor]!.looks_like, type: f.type })),
    });
  }
  return { key, name, tallies, articles };
}

/** Runs the evaluation on the sets asked for (both by default); a missing dev-gold is skipped with a message. */
export function runEventEval(options: { sets?: readonly SetKey[] } = {}): EventEvalResult {
  const want = new Set(options.sets ?? SET_KEYS);
  const sets: EventSetResult[] = [];
  const skipped: string[] = [];
  if (want.has('dev-gold')) {
    const dev = sharedDataFile('dev-gold');
    if (dev && existsSync(path.join(dev, 'articles.jsonl'))) sets.push(evalSet('dev-gold', 'dev-gold', loadSet(dev), new Map()));
    else skipped.push(missingDataMessage('dev-gold'));
  }
  if (want.has('ours')) {
    const own = path.join(PROJECT_ROOT, 'eval', 'gold', 'events');
    if (existsSync(path.join(own, 'articles.jsonl'))) sets.push(evalSet('ours', 'eval/gold/events', loadSet(own), loadDistractors(own)));
    else skipped.push(`skipped: ${own}/articles.jsonl is missing`);
  }
  const all = sets.length > 1 ? sets.reduce((t, s) => addTallies(t, s.tallies), emptyTallies()) : null;
  return { sets, all, skipped };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '—');
const f1 = (tp: number, predicted: number, gold: number): string => {
  if (!predicted && !gold) return '—';
  return predicted + gold ? ((200 * tp) / (predicted + gold)).toFixed(1) : '0.0';
};

/** `P 50.0 R 25.0 F1 33.3 (tp 1, 2 predicted, 4 gold)`; P is `—` when nothing was predicted. */
export function formatPrf(c: Prf): string {
  return `P ${pct(c.tp, c.predicted)} R ${pct(c.tp, c.gold)} F1 ${f1(c.tp, c.predicted, c.gold)} (tp ${c.tp}, ${c.predicted} predicted, ${c.gold} gold)`;
}
const formatSentence = (c: SentencePrf): string => formatPrf({ tp: c.tp, predicted: c.tp + c.fp, gold: c.tp + c.fn });
const formatRight = (r: Right): string => `${r.right}/${r.n} (${pct(r.right, r.n)}%)`;

export const MATCHING_RULE =
  'one-to-one per article on type + source country + target country (a side matches when both have no country or they share one; ' +
  'AGREE/CONSULT/COOPERATE with gold mode other than visit also match with source and target swapped); ' +
  'preferred: predicted trigger inside the gold evidence, then nearest trigger';

function distractorLine(t: EventTallies): string | null {
  const d = t.distractors;
  const n = d.PROTEST.n + d.ASSAULT.n + d.none.n;
  if (!n) return null;
  const k = d.PROTEST.flagged + d.ASSAULT.flagged + d.none.flagged;
  return `distractors flagged ${k}/${n} (looking like PROTEST ${d.PROTEST.flagged}/${d.PROTEST.n}, ASSAULT ${d.ASSAULT.flagged}/${d.ASSAULT.n}, nothing in particular ${d.none.flagged}/${d.none.n})`;
}

/** The figures of one set (or the pooled sets), several lines. */
export function formatTallies(t: EventTallies): string[] {
  const out = [
    `main (type + source + target country): ${formatPrf(t.main)}`,
    `type only (trigger inside gold evidence): ${formatPrf(t.typeOnly)}`,
    `date on matched: ${formatRight(t.date)} · gold null ${formatRight(t.date.goldNull)} · gold = dct ${formatRight(t.date.goldDct)} · gold other date ${formatRight(t.date.goldOther)}`,
    `modality on matched: ${formatRight(t.modality)}`,
    `sentence level (${t.sentences} sentences): ${SENTENCE_TYPES.map((ty) => `${ty} ${formatSentence(t.sentence[ty])}`).join(' · ')}`,
  ];
  if (t.bodySentences !== t.sentences) out.push(`  titles left out (${t.bodySentences} sentences): ${SENTENCE_TYPES.map((ty) => `${ty} ${formatSentence(t.sentenceBody[ty])}`).join(' · ')}`);
  const d = distractorLine(t);
  if (d) out.push(d);
  if (t.goldUnlocated || t.distractorsUnlocated) out.push(`not found in the text: ${t.goldUnlocated} gold evidence, ${t.distractorsUnlocated} distractors`);
  return out;
}

/** The per-type table (PLOVER order, then any other type predicted). */
export function formatByType(t: EventTallies): string[] {
  return Object.entries(t.byType).map(([ty, c]) => `${ty.padEnd(9)} ${formatPrf(c)}`);
}

const setTitle = (s: EventSetResult): string =>
  `${s.name} (${s.tallies.articles} articles, ${s.tallies.main.gold} gold events, ${s.tallies.main.predicted} predicted)`;
const ALL_TITLE = (t: EventTallies): string =>
  `all (${t.articles} articles, ${t.main.gold} gold events, ${t.main.predicted} predicted; eval/gold/events was written and annotated by the project, so this is not an independent figure)`;

/** A short summary for `npm run eval`: main P/R/F1, date accuracy, PROTEST/ASSAULT sentence F1. */
export function formatEventSummary(r: EventEvalResult): string[] {
  const out = [...r.skipped];
  if (!r.sets.length) return out;
  out.push(`matching: ${MATCHING_RULE}`);
  const line = (label: string, t: EventTallies): string => {
    const sent = SENTENCE_TYPES.map((ty) => {
      const c = t.sentence[ty];
      return `${ty} ${f1(c.tp, c.tp + c.fp, c.tp + c.fn)}`;
    }).join(' ');
    const d = t.distractors;
    const dn = d.PROTEST.n + d.ASSAULT.n + d.none.n;
    const dist = dn ? ` · distractors flagged ${d.PROTEST.flagged + d.ASSAULT.flagged + d.none.flagged}/${dn}` : '';
    return `${label} ${formatPrf(t.main)} · date ${formatRight(t.date)} · sentence F1 ${sent}${dist}`;
  };
  for (const s of r.sets) out.push(line(`${s.name}:`.padEnd(18), s.tallies));
  if (r.all) out.push(line('all:'.padEnd(18), r.all));
  return out;
}

const cut = (s: string, n = 80): string => {
  const t = oneLine(s);
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const sides = (e: EventLine): string => `${e.source.join('+') || '-'}→${e.target.join('+') || '-'}`;

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const json = args.includes('--json');
  const setArg = args.find((x) => x.startsWith('--set='))?.slice(6) ?? (args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined);
  if (setArg !== undefined && !SET_KEYS.includes(setArg as SetKey)) {
    console.error(`--set takes ${SET_KEYS.join(' or ')}, not ${setArg}`);
    process.exitCode = 2;
    return;
  }
  const r = runEventEval(setArg ? { sets: [setArg as SetKey] } : {});
  if (json) {
    console.log(JSON.stringify(r, null, 2));
    return;
  }
  console.log('== events (toOutputV1(…).events of the default pipeline vs gold PLOVER events) ==');
  console.log(`matching: ${MATCHING_RULE}`);
  for (const m of r.skipped) console.log(m);
  const blocks: [string, EventTallies][] = r.sets.map((s) => [setTitle(s), s.tallies]);
  if (r.all) blocks.push([ALL_TITLE(r.all), r.all]);
  for (const [title, t] of blocks) {
    console.log(`\n${title}`);
    for (const l of formatTallies(t)) console.log(`  ${l}`);
    console.log('  by type (main matching):');
    for (const l of formatByType(t)) console.log(`    ${l}`);
  }
  if (!verbose) return;
  for (const s of r.sets) {
    console.log(`\n${s.name}: misses (- gold not matched), false positives (+), wrong dates on matched pairs (date), flagged distractors (!)`);
    for (const a of s.articles) {
      if (!a.missed.length && !a.falsePositives.length && !a.wrongDates.length && !a.flaggedDistractors.length) continue;
      console.log(`  ${a.id} (dct ${a.dct})`);
      for (const e of a.missed) console.log(`    - ${e.type} ${sides(e)} «${e.trigger}»: ${cut(e.text)}`);
      for (const e of a.falsePositives) console.log(`    + ${e.type} ${sides(e)} «${e.trigger}»: ${cut(e.text)}`);
      for (const d of a.wrongDates) console.log(`    date ${d.type} «${d.trigger}»: gold ${d.gold ?? 'null'}, predicted ${d.predicted ?? 'null'}`);
      for (const d of a.flaggedDistractors) console.log(`    ! ${d.type} on a distractor (looks like ${d.looksLike ?? 'nothing in particular'}): ${cut(d.sentence)}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
