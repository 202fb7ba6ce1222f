import type { ArticleMeta, Doc, LayerName, Layers, Paragraph } from './types.ts';

/** The separator between paragraphs in `Doc.text` (output v1: one blank line). */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * Builds a Doc from body paragraphs: joins them with a blank line and records each
 * paragraph's span, so that `text.slice(p.start, p.end) === paragraphs[i]`.
 */
export function createDoc(paragraphs: readonly string[], meta: ArticleMeta): Doc {
  const spans: Paragraph[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    if (spans.length > 0) offset += PARAGRAPH_SEPARATOR.length;
    spans.push({ start: offset, end: offset + p.length });
    offset += p.length;
  }
  return { text: paragraphs.join(PARAGRAPH_SEPARATOR), meta, layers: { paragraphs: spans } };
}

/** Returns a new Doc with one layer set (Docs are never mutated in place). */
export function withLayer<K extends LayerName>(doc: Doc, name: K, value: Layers[K]): Doc {
  return { ...doc, layers: { ...doc.layers, [name]: value } };
}

/** Reads a layer that a stage declared it requires; throws if it is missing. */
export function requireLayer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const layer = doc.layers[name];
  if (layer === undefined) throw new Error(`layer "${name}" is missing`);
  return layer as Layers[K];
}
