/**
 * Events (issue #6): who did what to whom, when and where — PLOVER-coded, with the closest CAMEO
 * code, each pointing to the trigger and the sentence that state it.
 */
import type { Span } from '../doc/types.ts';
import type { Sector } from '../actors/types.ts';
import type { PloverType } from './ontology.ts';

export const MODALITIES = ['asserted', 'expected', 'negated', 'reported', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

/** A span with its text (`doc.text.slice(start, end) === text`). */
export interface TextSpan extends Span {
  readonly text: string;
}

/** One side of an event: an actor mention of the `actors` layer (#5). */
export interface EventArg extends TextSpan {
  readonly country: string | null;
  readonly sector: Sector | null;
  /** The actor code (`MAR.MIL`, `IGO.UNO`). */
  readonly actor: string;
  /** The actor's name. */
  readonly name: string;
  /** Index into the `entities` layer, or null for a nameless actor phrase. */
  readonly entity: number | null;
  /**
   * Where the country came from when the text does not give it (an unnamed group such as
   * `ثمانية متظاهرين`): the source's own country (`source`), the event's place (`place`) or the
   * article's main country (`article`); null when the mention itself gives it.
   */
  readonly countryFrom: 'source' | 'place' | 'article' | null;
}

/** Where the event took place: a place named in its clause. */
export interface EventLocation extends TextSpan {
  readonly country: string | null;
  /** The place name as it reads on its own. */
  readonly name: string;
  readonly entity: number | null;
}

/** One place in the text that states the event (the headline, the lead, a later paragraph …). */
export interface EventMention {
  readonly trigger: TextSpan;
  readonly sentence: Span;
}

/** A coded event. The first mention gives `trigger` and `sentence`; later ones add evidence. */
export interface Event {
  readonly type: PloverType;
  readonly mode: string | null;
  /** The closest CAMEO code (2–4 digits). */
  readonly cameo: string;
  /** The Goldstein score of that CAMEO code (published table). */
  readonly goldstein: number;
  /** The trigger lexicon sense (`data/events/triggers.json` id). */
  readonly sense: string;
  readonly trigger: TextSpan;
  readonly sentence: Span;
  readonly source: readonly EventArg[];
  readonly target: readonly EventArg[];
  /** The event's own date (TIMEX3 value) or null. */
  readonly date: string | null;
  /** Index into the `timexes` layer of the expression that dates it, or null (publication date, none, or a date read in the headline only). */
  readonly timex: number | null;
  readonly location: EventLocation | null;
  readonly modality: Modality;
  /** 0–1: the trigger's prior, raised by found arguments and lowered by missing ones. */
  readonly confidence: number;
  /** Every mention, the first included, in text order. */
  readonly mentions: readonly EventMention[];
  /** How the arguments, date and modality were found, in short English (for explanations). */
  readonly why: readonly string[];
}
