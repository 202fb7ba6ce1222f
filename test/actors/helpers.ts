/** Runs the default pipeline (tokenize → … → ner → actors) over one paragraph and returns its actor mentions. */
import { createDoc } from '../../src/doc/doc.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import type { ActorMention } from '../../src/actors/types.ts';
import type { Doc } from '../../src/doc/types.ts';

export function analyzeParagraphs(paragraphs: readonly string[], published: string | null = null): Doc {
  const doc = createDoc(paragraphs, { title: null, published, url: null, captions: [], dropped: [], format: 'text' });
  return runPipeline(doc, { referenceDate: published });
}

export function actorMentions(text: string, published: string | null = null): ActorMention[] {
  return [...(analyzeParagraphs([text], published).layers.actors ?? [])];
}
