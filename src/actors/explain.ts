/**
 * `rasd actors --explain "…"`: how a phrase is resolved — its entities and actor phrases, the
 * actor each got, the knowledge-base entry and the rule, step by step. What a user needs when a
 * result surprises them.
 */
import { createDoc, requireLayer, withLayer } from '../doc/doc.ts';
import type { EntityType } from '../doc/types.ts';
import { runPipeline } from '../pipeline/runner.ts';
import { RasdError } from '../errors.ts';
import { defaultKb, nameKeys, trieGet, type Kb, type KbEntry } from './kb.ts';
import { linkActors } from './link.ts';
import type { Actor } from './types.ts';

export interface ExplainedMention {
  text: string;
  start: number;
  end: number;
  /** The entity type, or `phrase` for a nameless actor phrase. */
  type: EntityType | 'phrase';
  actor: Actor;
  rule: string;
  kb: { id: string; kind: string; name: string; country: string | null; sector: string | null; note: string | null } | null;
  steps: string[];
  /** Mentions with the same key are one actor (coreference). */
  key: string;
}

export interface Explanation {
  phrase: string;
  referenceDate: string | null;
  mentions: ExplainedMention[];
  /** Entities that stayed unlinked, with why. */
  unlinked: { text: string; type: EntityType; why: string }[];
  /** What the knowledge base holds under the whole phrase as a name. */
  lookup: { id: string; kind: string; country: string | null; sector: string | null }[];
}

export interface ExplainOptions {
  /** Treat the whole phrase as one entity of this type (when the tagger does not mark it). */
  as?: EntityType;
  referenceDate?: string | null;
  kb?: Kb;
}

const kbView = (e: KbEntry | undefined): ExplainedMention['kb'] =>
  e ? { id: e.kb, kind: e.kind, name: e.name, country: e.country, sector: e.sector, note: e.note } : null;

/** Explains how rasd resolves the actors of a phrase (a few words or a sentence). */
export function explainActors(phrase: string, options: ExplainOptions = {}): Explanation {
  const text = phrase.trim();
  if (!text) throw new RasdError('E_USAGE', 'give a phrase to explain');
  const kb = options.kb ?? defaultKb();
  const ref = options.referenceDate ?? null;
  let doc = createDoc([text], { title: null, published: ref, url: null, captions: [], dropped: [], format: 'text' });
  doc = runPipeline(doc, { referenceDate: ref }, ['tokenize', 'sentences', 'ner']);
  if (options.as) doc = withLayer(doc, 'entities', [{ start: 0, end: text.length, type: options.as, text, name: text, tokens: { start: 0, end: text.length } }]);
  const entities = requireLayer(doc, 'entities');
  const mentions = linkActors(doc, { referenceDate: ref }, kb);
  const linkedEntities = new Set(mentions.filter((m) => m.entity !== null).map((m) => m.entity));
  return {
    phrase: text,
    referenceDate: ref,
    mentions: mentions.map((m) => ({
      text: m.text,
      start: m.start,
      end: m.end,
      type: m.entity === null ? 'phrase' : entities[m.entity]!.type,
      actor: m.actor,
      rule: m.rule,
      kb: kbView(m.kb ? kb.byId.get(m.kb) : undefined),
      steps: [...m.steps],
      key: m.key,
    })),
    unlinked: entities
      .map((e, i) => ({ e, i }))
      .filter(({ i }) => !linkedEntities.has(i))
      .map(({ e }) => ({ text: e.text, type: e.type, why: whyUnlinked(kb, e.name, e.type) })),
    lookup: trieGet(kb.names, nameKeys(text)).map((e) => ({ id: e.kb, kind: e.kind, country: e.country, sector: e.sector })),
  };
}

function whyUnlinked(kb: Kb, name: string, type: EntityType): string {
  const hits = trieGet(kb.names, nameKeys(name));
  if (hits.some((h) => h.kind === 'region')) return 'a region of no one country';
  if (hits.length) return `the knowledge base has ${hits.map((h) => h.kb).join(', ')}, none of a kind that fits ${type}`;
  return `no knowledge-base entry, title, institution noun, nisba or context country decides it`;
}

/** The explanation as text for a terminal. */
export function formatExplanation(x: Explanation): string {
  const lines: string[] = [`phrase: ${x.phrase}${x.referenceDate ? `  (reference date ${x.referenceDate})` : ''}`];
  if (x.lookup.length) lines.push(`knowledge base, whole phrase: ${x.lookup.map((l) => `${l.id} (${l.kind}${l.country ? ` ${l.country}` : ''}${l.sector ? ` ${l.sector}` : ''})`).join(', ')}`);
  if (!x.mentions.length) lines.push('no actor found');
  for (const m of x.mentions) {
    const a = m.actor;
    lines.push('');
    lines.push(`«${m.text}» [${m.start},${m.end}) ${m.type} → ${a.id}  country ${a.country ?? '-'}  sector ${a.sector ?? '-'}  name ${a.name}${a.role ? `  role ${a.role}` : ''}`);
    lines.push(`  rule: ${m.rule}`);
    if (m.kb) lines.push(`  knowledge base: ${m.kb.id} (${m.kb.kind}: ${m.kb.name}${m.kb.note ? ` — ${m.kb.note}` : ''})`);
    for (const s of m.steps) lines.push(`  · ${s}`);
  }
  for (const u of x.unlinked) lines.push('', `«${u.text}» ${u.type}: unlinked — ${u.why}`);
  return lines.join('\n') + '\n';
}
