/**
 * Actors (issue #5): who an entity mention or a nameless actor phrase stands for, in PLOVER/CAMEO
 * terms — a country (ISO 3166-1 alpha-3) and a sector, or an international organisation.
 */
import type { Span } from '../doc/types.ts';

/** PLOVER/CAMEO sector codes the knowledge base uses (see docs/actors.md). */
export const SECTORS = [
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'PTY', 'OPP', 'REB', 'SPY', 'IGO', 'MED', 'BUS', 'CVL', 'REL', 'EDU', 'HLH',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The actor of output v1 (`entities[].actor`): fields may be added, never renamed. */
export interface Actor {
  /**
   * The actor code: `MAR`, `MAR.MIL`, `IGO.UNO`, `LBN.PTY.HEZ` — country (or `IGO` / `INT` for
   * actors without one), sector, and the organisation's code when the knowledge base has one.
   */
  readonly id: string;
  readonly country: string | null;
  readonly sector: Sector | null;
  /** The actor's name: the knowledge-base name, else the longest name the article uses. */
  readonly name: string;
  /** A person's role (the title in the text, else the knowledge base's role for the article's year). */
  readonly role: string | null;
}

/** How a mention was resolved: the rule and the steps, for `rasd actors --explain`. */
export interface LinkTrace {
  /** The deciding rule (`kb:person`, `org:institution+nisba`, `per:title`, `coref`, `loc:context` …). */
  readonly rule: string;
  /** The knowledge-base entry used, if any (`person:donald-trump`, `org:un`, `country:MAR` …). */
  readonly kb: string | null;
  /** Each step in order, in short English. */
  readonly steps: readonly string[];
}

/** One mention of an actor: an entity mention (`entity` is its index) or a nameless actor phrase. */
export interface ActorMention extends Span, LinkTrace {
  readonly text: string;
  /** Index into the `entities` layer, or null for a phrase that is not an entity (`وفد عسكري مغربي`). */
  readonly entity: number | null;
  readonly actor: Actor;
  /** Mentions with the same key are the same actor in this article (coreference). */
  readonly key: string;
  /**
   * A person's name with the title chains around it (`صاحب السمو الملكي الأمير محمد بن سلمان … ولي
   * ولي العهد … وزير الدفاع`), where they reach past the name: one phrase for the words that count
   * distances (the event coder's context windows).
   */
  readonly titles?: Span;
}
