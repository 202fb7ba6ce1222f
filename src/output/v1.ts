/**
 * Output v1 (`docs/output-format.md`, schema in `docs/output-v1.schema.json`): the one shape
 * that the library, CLI, HTTP API and exports speak. Fields may be added, never renamed.
 */
import type { Caption, Doc, Dropped } from '../doc/types.ts';
import type { ErrorCode } from '../errors.ts';
import type { Actor, ActorMention } from '../actors/types.ts';
import type { EventArg } from '../events/types.ts';

export const OUTPUT_VERSION = 1;

export interface SpanV1 { start: number; end: number }

export interface ArticleV1 {
  title: string | null;
  published: string | null;
  url: string | null;
  /** The cleaned body: paragraphs separated by one blank line; all offsets point into it. */
  text: string;
  captions: Caption[];
  dropped: Dropped[];
}

/** Entities, timexes and events are filled by later stages (issues #3–#6); empty lists until then. */
export interface EntityV1 {
  id: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  text: string;
  start: number;
  end: number;
  /** Linked actor (issue #5): `{id, country, sector, name, role}`; null when unlinked. */
  actor: Actor | null;
  /** Added field: the name as it reads on its own (an ال absorbed by ل restored: `لأمم المتحدة` → `الأمم المتحدة`). */
  name: string;
  /** Added field: the span of the whole tokens the entity came from, proclitics included (`لإسرائيل` for `إسرائيل`). */
  tokens: SpanV1;
}
export interface TimexV1 {
  id: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  text: string;
  start: number;
  end: number;
  value: string;
  /** Added field: which parsers and refiners made it (`parser/ARMonthNameParser` …). */
  tags: string[];
  /** Added field: calendar fields read from the text. */
  stated: string[];
  /** Added field: calendar fields filled in from the publication date. */
  implied: string[];
}
/** One side of an event (output-format.md), with added fields `actor` (the actor code), `name`, `start`, `end`. */
export interface EventArgV1 {
  country: string | null;
  sector: string | null;
  /** The entity id (`e3`) or null for a nameless actor phrase (`وفد عسكري مغربي`). */
  entity: string | null;
  text: string;
  actor: string;
  name: string;
  start: number;
  end: number;
}
/** Added field: one place in the text that states the event. */
export interface EventMentionV1 {
  trigger: { text: string; start: number; end: number };
  sentence: SpanV1;
}
export interface EventV1 {
  id: string;
  type: string;
  mode: string | null;
  cameo: string;
  trigger: { text: string; start: number; end: number };
  source: EventArgV1[];
  target: EventArgV1[];
  date: string | null;
  location: { country: string | null; name: string; entity: string | null; text: string; start: number; end: number } | null;
  modality: string;
  sentence: SpanV1;
  confidence: number;
  /** Added field: the Goldstein score of the CAMEO code. */
  goldstein: number;
  /** Added field: the timex id (`t2`) that dates the event, or null. */
  timex: string | null;
  /** Added field: the trigger sense of data/events/triggers.json. */
  sense: string;
  /** Added field: every mention of the event (headline, lead, body …), the first included. */
  mentions: EventMentionV1[];
}

/** Added field: one mention of an actor (an entity's, or a nameless phrase such as `وفد عسكري مغربي`). */
export interface ActorMentionV1 {
  text: string;
  start: number;
  end: number;
  /** The entity id (`e3`) when the mention is an entity, else null. */
  entity: string | null;
  /** The rule that linked it (`kb:person`, `per:title`, `coref(…)`, `institution+nisba` …; docs/actors.md). */
  rule: string;
}
/** Added field: an actor of the article with all its mentions (persons merged by coreference). */
export interface ArticleActorV1 extends Actor {
  /** The knowledge-base entry (`person:mohammed-vi`, `org:un`, `country:MAR` …) or null. */
  kb: string | null;
  mentions: ActorMentionV1[];
}

export interface AnalysisV1 {
  id: string;
  article: ArticleV1;
  /** Added field (allowed by the contract): paragraph spans in `article.text`. */
  paragraphs: SpanV1[];
  sentences: SpanV1[];
  entities: EntityV1[];
  /** Added field: the article's actors (issue #5), in order of first mention. */
  actors: ArticleActorV1[];
  timexes: TimexV1[];
  events: EventV1[];
}

export interface ErrorLineV1 {
  id: string | null;
  error: { code: ErrorCode; message: string };
  /** Added field: the 1-based input line of a failed JSON line. */
  line?: number;
}

const spans = (xs: readonly { start: number; end: number }[] | undefined): SpanV1[] =>
  (xs ?? []).map((s) => ({ start: s.start, end: s.end }));

const actorOf = (a: Actor): Actor => ({ id: a.id, country: a.country, sector: a.sector, name: a.name, role: a.role });

/** The article's actors: mentions grouped by their coreference key, in order of first mention. */
export function articleActors(mentions: readonly ActorMention[]): ArticleActorV1[] {
  const byKey = new Map<string, ArticleActorV1>();
  for (const m of mentions) {
    let a = byKey.get(m.key);
    if (!a) byKey.set(m.key, (a = { ...actorOf(m.actor), kb: m.kb, mentions: [] }));
    a.mentions.push({ text: m.text, start: m.start, end: m.end, entity: m.entity === null ? null : `e${m.entity + 1}`, rule: m.rule });
  }
  return [...byKey.values()];
}

const entityId = (i: number | null): string | null => (i === null ? null : `e${i + 1}`);
const argV1 = (a: EventArg): EventArgV1 => ({
  country: a.country,
  sector: a.sector,
  entity: entityId(a.entity),
  text: a.text,
  actor: a.actor,
  name: a.name,
  start: a.start,
  end: a.end,
});

/** Serialises a Doc as output v1. */
export function toOutputV1(id: string, doc: Doc): AnalysisV1 {
  const entityActors = new Map<number, Actor>();
  for (const m of doc.layers.actors ?? []) if (m.entity !== null) entityActors.set(m.entity, actorOf(m.actor));
  return {
    id,
    article: {
      title: doc.meta.title,
      published: doc.meta.published,
      url: doc.meta.url,
      text: doc.text,
      captions: doc.meta.captions.map((c) => ({ text: c.text, credit: c.credit })),
      dropped: doc.meta.dropped.map((d) => ({ text: d.text, reason: d.reason })),
    },
    paragraphs: spans(doc.layers.paragraphs),
    sentences: spans(doc.layers.sentences),
    entities: (doc.layers.entities ?? []).map((e, i) => ({
      id: `e${i + 1}`,
      type: e.type,
      text: e.text,
      start: e.start,
      end: e.end,
      actor: entityActors.get(i) ?? null,
      name: e.name,
      tokens: { start: e.tokens.start, end: e.tokens.end },
    })),
    actors: articleActors(doc.layers.actors ?? []),
    timexes: (doc.layers.timexes ?? []).map((t, i) => ({
      id: `t${i + 1}`,
      type: t.type,
      text: t.text,
      start: t.start,
      end: t.end,
      value: t.value,
      tags: [...t.tags],
      stated: [...t.stated],
      implied: [...t.implied],
    })),
    events: (doc.layers.events ?? []).map((ev, i) => ({
      id: `v${i + 1}`,
      type: ev.type,
      mode: ev.mode,
      cameo: ev.cameo,
      trigger: { text: ev.trigger.text, start: ev.trigger.start, end: ev.trigger.end },
      source: ev.source.map(argV1),
      target: ev.target.map(argV1),
      date: ev.date,
      location: ev.location && {
        country: ev.location.country,
        name: ev.location.name,
        entity: entityId(ev.location.entity),
        text: ev.location.text,
        start: ev.location.start,
        end: ev.location.end,
      },
      modality: ev.modality,
      sentence: { start: ev.sentence.start, end: ev.sentence.end },
      confidence: Math.round(ev.confidence * 100) / 100,
      goldstein: ev.goldstein,
      timex: ev.timex === null ? null : `t${ev.timex + 1}`,
      sense: ev.sense,
      mentions: ev.mentions.map((m) => ({
        trigger: { text: m.trigger.text, start: m.trigger.start, end: m.trigger.end },
        sentence: { start: m.sentence.start, end: m.sentence.end },
      })),
    })),
  };
}
