/** Table-driven sentence-splitter cases: paragraphs in, exact sentence spans out, Doc invariants held. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayer } from '../../src/doc/doc.ts';
import { checkDoc } from '../../src/doc/invariants.ts';
import type { ArticleMeta } from '../../src/doc/types.ts';
import { splitSentences } from '../../src/tokenize/sentences.ts';
import { tokenize } from '../../src/tokenize/tokenizer.ts';

export const META: ArticleMeta = { title: null, published: null, url: null, captions: [], dropped: [], format: 'text' };

export type Sent = readonly [start: number, end: number, text: string];
/** A case: its name, the paragraphs, and the exact sentences expected. */
export type SentenceCase = readonly [name: string, paragraphs: readonly string[], sentences: readonly Sent[]];

/** Registers one test per case (call inside a `describe`). */
export function runSentenceCases(cases: readonly SentenceCase[]): void {
  for (const [title, paragraphs, expected] of cases) {
    test(`sentences ${title}`, () => {
      const doc = createDoc(paragraphs, META);
      const tokens = tokenize(doc.text);
      const sentences = splitSentences(doc.text, tokens, doc.layers.paragraphs!);
      assert.deepEqual(
        sentences.map((s): Sent => [s.start, s.end, doc.text.slice(s.start, s.end)]),
        expected,
      );
      assert.deepEqual(checkDoc(withLayer(withLayer(doc, 'tokens', tokens), 'sentences', sentences)), []);
    });
  }
}
