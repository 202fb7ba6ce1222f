/** Runs the default pipeline (tokenize → … → ner → actors) over one paragraph and returns its actor mentions. */
import { createDoc, withLayer } from '../../src/doc/doc.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import type { ActorMention } from '../../src/actors/types.ts';
import type { Doc, Entity, EntityType } from '../../src/doc/types.ts';
import { linkActors } from '../../src/actors/link.ts';
import { defaultKb } from '../../src/actors/kb.ts';

export function analyzeParagraphs(paragraphs: readonly string[], published: string | null = null): Doc {
  const doc = createDoc(paragraphs, { title: null, published, url: null, captions: [], dropped: [], format: 'text' });
  return runPipeline(doc, { referenceDate: published });
}

export function actorMentions(text: string, published: string | null = null): ActorMention[] {
  return [...(analyzeParagraphs([text], published).layers.actors ?? [])];
}

/**
 * The actor mentions of one paragraph whose entity layer is the given spans (each the first
 * occurrence of its text, typed as given) instead of the tagger's: the linker alone, as the
 * evaluation's gold-mentions mode runs it.
 */
export function actorMentionsOf(text: string, spans: readonly [string, EntityType][], published: string | null = null): ActorMention[] {
  const doc = runPipeline(createDoc([text], { title: null, published, url: null, captions: [], dropped: [], format: 'text' }), { referenceDate: published }, ['tokenize', 'sentences', 'ner']);
  const entities: Entity[] = spans.map(([s, type]) => {
    const start = doc.text.indexOf(s);
    if (start < 0) throw new Error(`«${s}» is not in the text`);
    return { start, end: start + s.length, type, text: s, name: s, tokens: { start, end: start + s.length } };
  });
  return linkActors(withLayer(doc, 'entities', entities), { referenceDate: published }, defaultKb());
}
