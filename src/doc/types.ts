/**
 * The central document model. `Doc.text` is the cleaned article body and never changes;
 * every annotation is a stand-off span over it. All offsets are half-open `[start, end)`
 * indexes in UTF-16 code units (JavaScript string indexes, not code points).
 */

import type { Timex } from '../dates/types.ts';
import type { ActorMention } from '../actors/types.ts';
import type { Event } from '../events/types.ts';

/** A half-open `[start, end)` range of UTF-16 code units in `Doc.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a token is, decided by the tokeniser from its shape. */
export type TokenKind =
  | 'word' // Arabic or other letters (may carry clitics)
  | 'number' // 12, 3.5, 1,200, ١٢٣
  | 'date' // 12/09/2022, 2022-09-12
  | 'time' // 14:30
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'punct'
  | 'symbol';

/** One clitic or the stem inside a word token; offsets are absolute into `Doc.text`. */
export interface Segment extends Span {
  /** The clitic as written in normalised form (e.g. `و`, `ال`, `ها`) or `stem`. */
  readonly form: string;
  readonly role: 'proclitic' | 'stem' | 'enclitic';
}

export interface Token extends Span {
  readonly text: string;
  readonly kind: TokenKind;
  /** The normalised form used for matching (see `lang/ar/normalize.ts`); never written back. */
  readonly norm: string;
  /** Clitic segmentation (proclitics, stem, enclitics) for Arabic words; absent when there is none. */
  readonly segments?: readonly Segment[];
}

export interface Paragraph extends Span {}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A named-entity mention (src/ner). The span leaves out proclitics (و ف ب ك ل) of the first word. */
export interface Entity extends Span {
  readonly type: EntityType;
  /** `text.slice(start, end)`. */
  readonly text: string;
  /** The name as it reads on its own: `text`, except that an ال absorbed by ل (`للأمم` → `لأمم`) is restored (`الأمم`). */
  readonly name: string;
  /** The whole tokens the entity came from (from the first token's start, clitics included). */
  readonly tokens: Span;
}
export interface Sentence extends Span {}

/** The layers a Doc may carry. Later issues add entities and events here. */
export interface Layers {
  paragraphs: readonly Paragraph[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Time expressions with TIMEX3 values (src/dates). */
  timexes: readonly Timex[];
  /** Named entities (src/ner). */
  entities: readonly Entity[];
  /** Actor mentions (src/actors): linked entities and nameless actor phrases, in text order. */
  actors: readonly ActorMention[];
  /** PLOVER-coded events (src/events), in order of first mention. */
  events: readonly Event[];
}
export type LayerName = keyof Layers;

/** Article-level facts found by the reader (metadata given by the user wins over detection). */
export interface ArticleMeta {
  readonly title: string | null;
  /** ISO 8601 date or date-time. */
  readonly published: string | null;
  readonly url: string | null;
  readonly captions: readonly Caption[];
  readonly dropped: readonly Dropped[];
  /** Where the input came from: `text` (scraped text) or `html`. */
  readonly format: 'text' | 'html';
}

export interface Caption {
  readonly text: string;
  /** The agency or photographer credit (`Getty`, `رويترز`, `أ ف ب`) or null. */
  readonly credit: string | null;
}

export interface Dropped {
  readonly text: string;
  /** Why the line was dropped, in a short stable English phrase (see `reader/reasons.ts`). */
  readonly reason: string;
}

export interface Doc {
  /** The cleaned body: paragraphs separated by one blank line, words unchanged. */
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly layers: Readonly<Partial<Layers>>;
}

/** Context passed to every stage. The reference date comes from here, never from the clock. */
export interface Context {
  /** The reference date (the publication date when known), ISO 8601, or null. */
  readonly referenceDate: string | null;
}
