import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayer } from '../../src/doc/doc.ts';
import { checkDoc } from '../../src/doc/invariants.ts';
import type { ArticleMeta } from '../../src/doc/types.ts';
import { splitSentences } from '../../src/tokenize/sentences.ts';
import { tokenize } from '../../src/tokenize/tokenizer.ts';

const META: ArticleMeta = { title: null, published: null, url: null, captions: [], dropped: [], format: 'text' };

type Sent = readonly [start: number, end: number, text: string];
/** Periods that must not end a sentence: each case is one sentence. */
type Case = readonly [name: string, paragraphs: readonly string[], sentences: readonly Sent[]];

const CASES: readonly Case[] = [
  [
    "abbreviations and initials",
    ["قال د. محمد و م. أحمد إن أ.ف.ب نقلت عن George W. Bush و U.S. officials."],
    [[0,71,"قال د. محمد و م. أحمد إن أ.ف.ب نقلت عن George W. Bush و U.S. officials."]],
  ],
  [
    "decimals, dates, times and URLs",
    ["بلغ 3.5 مليون في 12.09.2022 الساعة 14.30 حسب www.example.com/a.b وانتهى"],
    [[0,71,"بلغ 3.5 مليون في 12.09.2022 الساعة 14.30 حسب www.example.com/a.b وانتهى"]],
  ],
  [
    "a comma or colon after a final mark",
    ["أسس Apple Inc., في 1976... : نعم"],
    [[0,32,"أسس Apple Inc., في 1976... : نعم"]],
  ],
  [
    "a lowercase Latin word after a period",
    ["see fig. a for details"],
    [[0,22,"see fig. a for details"]],
  ],
  [
    "a lone final mark at the start",
    ["... ثم غادر."],
    [[0,12,"... ثم غادر."]],
  ],
  [
    "ellipsis inside a quotation",
    ["قال: \"ربما... لا أعرف\" ثم صمت"],
    [[0,29,"قال: \"ربما... لا أعرف\" ثم صمت"]],
  ],
];

describe('sentences negative cases', () => {
  for (const [title, paragraphs, expected] of CASES) {
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
});
