/**
 * The headline as the Doc's first paragraph, for the analysis only.
 *
 * `analyzeArticle` runs the pipeline over the title and the body together, the title first (as the
 * reader of the page sees it and as the annotators read it): the headline names the story's actors
 * for the body's actor linking, and the event coder joins an event the headline tells to the body's
 * mention of it (docs/events.md, "The headline"). Output v1 speaks of the cleaned body only —
 * `article.text` is the body and every offset points into it — so once the pipeline has run, the
 * title paragraph is cut off again with `dropHeadline`: every layer is rebased onto the body.
 *
 * What lay in the title goes: its tokens, sentences, time expressions, entities and actor mentions,
 * an event's mentions there, and an event the title alone tells (the body has no mention of it, so it
 * has no evidence in `article.text`). A side an event took from the headline stays, pointed at a body
 * mention of the same actor (the nearest to the event's trigger, not one another side uses), else it
 * goes, as does a side whose country the coder inferred from the headline's clause; a location
 * likewise. A date read in the headline stays, with the body's expression of the same value as its
 * `timex` when there is one (else null, and a `why` step says so).
 */
import type { ActorMention } from '../actors/types.ts';
import type { Timex } from '../dates/types.ts';
import type { Event, EventArg, EventLocation, EventMention } from '../events/types.ts';
import { RasdError } from '../errors.ts';
import { PARAGRAPH_SEPARATOR } from './doc.ts';
import type { Doc, Entity, Layers, Span, Token } from './types.ts';

/**
 * Is the Doc's first paragraph the title, a body after it (the shape `withHeadline` builds, or a Doc
 * a caller built so)? Spaces around either are no difference.
 */
export function headlineFirst(doc: Doc): boolean {
  const p = doc.layers.paragraphs;
  const title = doc.meta.title?.trim();
  return !!title && !!p && p.length >= 2 && doc.text.slice(p[0]!.start, p[0]!.end).trim() === title;
}

/**
 * The paragraphs to analyse: the title first when there is one and the body does not already open
 * with it (a body of the title alone keeps its one paragraph).
 */
export function withHeadline(title: string | null, paragraphs: readonly string[]): { paragraphs: readonly string[]; added: boolean } {
  const t = title?.trim();
  if (!t || t !== title || !paragraphs.length || paragraphs[0] === t) return { paragraphs, added: false };
  return { paragraphs: [t, ...paragraphs], added: true };
}

/**
 * The Doc without its first paragraph (the title `withHeadline` added): text, spans and indexes
 * rebased onto the body.
 */
export function dropHeadline(doc: Doc): Doc {
  const paras = doc.layers.paragraphs ?? [];
  if (paras.length < 2) return doc;
  const cut = paras[1]!.start;
  if (cut !== paras[0]!.end + PARAGRAPH_SEPARATOR.length) throw new RasdError('E_PIPELINE', 'dropHeadline: the first two paragraphs are not joined by the paragraph separator');
  const inBody = (s: Span): boolean => s.start >= cut;
  const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start - cut, end: s.end - cut });
  const L = doc.layers;
  const layers: Partial<Layers> = {};

  layers.paragraphs = paras.slice(1).map(shift);

  if (L.tokens) {
    // (plain literals, not spreads: the tokens are most of what is copied)
    const tokens: Token[] = [];
    for (const t of L.tokens) {
      if (t.start < cut) continue;
      const segments = t.segments?.map((g) => ({ start: g.start - cut, end: g.end - cut, form: g.form, role: g.role }));
      tokens.push(segments ? { start: t.start - cut, end: t.end - cut, text: t.text, kind: t.kind, norm: t.norm, segments } : { start: t.start - cut, end: t.end - cut, text: t.text, kind: t.kind, norm: t.norm });
    }
    layers.tokens = tokens;
  }
  if (L.sentences) layers.sentences = L.sentences.filter(inBody).map(shift);

  // layers others point into by index: old index → new index (or null when in the title)
  const remap = <T extends Span>(items: readonly T[] | undefined): { kept: T[]; index: (i: number | null) => number | null } => {
    const map = new Map<number, number>();
    const kept: T[] = [];
    (items ?? []).forEach((x, i) => {
      if (!inBody(x)) return;
      map.set(i, kept.length);
      kept.push(x);
    });
    return { kept, index: (i) => (i === null ? null : map.get(i) ?? null) };
  };
  const timexes = remap<Timex>(L.timexes);
  if (L.timexes) layers.timexes = timexes.kept.map(shift);
  const entities = remap<Entity>(L.entities);
  if (L.entities) {
    layers.entities = entities.kept.map((e): Entity => ({ ...shift(e), tokens: shift(e.tokens) }));
  }
  const actors = (L.actors ?? []).filter(inBody);
  if (L.actors) {
    layers.actors = actors.map(
      (m): ActorMention => ({ ...shift(m), entity: entities.index(m.entity), ...(m.titles ? { titles: shift(m.titles) } : {}) }),
    );
  }

  if (L.events) {
    const events: Event[] = [];
    for (const ev of L.events) {
      const mentions = ev.mentions.filter((m) => inBody(m.trigger));
      if (!mentions.length) continue;
      const lead = inBody(ev.trigger) ? { trigger: ev.trigger, sentence: ev.sentence } : mentions[0]!;
      const at = lead.trigger.start;
      const why = [...ev.why];
      // a side the headline named points at the body's nearest mention of the same actor — not one
      // the other side names, nor for a side whose country the coder inferred from its clause (its
      // words are no mention of that actor); else it goes
      const used = new Set([...ev.source, ...ev.target].filter(inBody).map((a) => a.start));
      const args = (side: readonly EventArg[]): EventArg[] => {
        const out: EventArg[] = [];
        for (const a of side) {
          let b: EventArg | null = a;
          if (!inBody(a)) {
            b = a.countryFrom === null ? bodyMention(a, actors, at, used) : null;
            why.push(b ? `side «${a.text}» named in the headline: its body mention «${b.text}»` : `side «${a.text}» named in the headline only: left out`);
            if (b) used.add(b.start);
          }
          if (b) out.push({ ...shift(b), entity: entities.index(b.entity) });
        }
        return out;
      };
      const source = args(ev.source);
      const target = args(ev.target);
      const location = ev.location && (inBody(ev.location) ? ev.location : bodyLocation(ev.location, actors, at));
      // a date read in the headline: the body's expression of the same value, if any, dates it
      let timex = timexes.index(ev.timex);
      if (ev.timex !== null && timex === null) {
        const same = timexes.kept.findIndex((t) => t.value === ev.date);
        if (same >= 0) timex = same;
        else why.push('date: read in the headline');
      }
      events.push({
        ...ev,
        trigger: shift(lead.trigger),
        sentence: shift(lead.sentence),
        source,
        target,
        timex,
        location: location && { ...shift(location), entity: entities.index(location.entity) },
        mentions: mentions.map((m): EventMention => ({ trigger: shift(m.trigger), sentence: shift(m.sentence) })),
        why,
      });
    }
    // (in the order of their triggers, as the coder lists a body's events)
    layers.events = events.sort((a, b) => a.trigger.start - b.trigger.start);
  }
  return { text: doc.text.slice(cut), meta: doc.meta, layers };
}

/** The body actor mention nearest `at` that `fits`, else null. */
function nearestMention(actors: readonly ActorMention[], at: number, fits: (m: ActorMention) => boolean): ActorMention | null {
  let best: ActorMention | null = null;
  for (const m of actors) if (fits(m) && (!best || Math.abs(m.start - at) < Math.abs(best.start - at))) best = m;
  return best;
}

/** The body mention of the actor a headline side names (the same actor) nearest the event's trigger, not one the event's other sides use; else null. */
function bodyMention(a: EventArg, actors: readonly ActorMention[], at: number, used: ReadonlySet<number>): EventArg | null {
  const m = nearestMention(actors, at, (x) => x.actor.id === a.actor && !used.has(x.start));
  return m && { ...a, start: m.start, end: m.end, text: m.text, entity: m.entity };
}

/** The body mention of a headline location's place (the same words) nearest the event's trigger, else null. */
function bodyLocation(l: EventLocation, actors: readonly ActorMention[], at: number): EventLocation | null {
  const m = nearestMention(actors, at, (x) => x.text === l.text);
  return m && { ...l, start: m.start, end: m.end, text: m.text, entity: m.entity };
}
