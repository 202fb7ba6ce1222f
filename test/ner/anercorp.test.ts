/**
 * The committed NER model on ANERcorp's test split (CAMeL Lab split), scored with seqeval's default
 * semantics: the floor is micro F1 ≥ 75.0. The figure itself is printed by `npm run eval:ner`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readConll } from '../../src/ner/conll.ts';
import { LABELS } from '../../src/ner/labels.ts';
import { seqeval } from '../../src/ner/seqeval.ts';
import { defaultNerTagger } from '../../src/ner/tagger.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';

const testPath = sharedDataFile('anercorp', 'test.txt');

test('NER on ANERcorp test.txt: seqeval micro F1 ≥ 75.0 (the floor of issue #3)', { skip: testPath ? false : missingDataMessage('anercorp', 'test.txt') }, () => {
  const sents = readConll(readFileSync(testPath!, 'utf8'), true);
  assert.equal(sents.reduce((a, s) => a + s.tokens.length, 0), 25007);
  const pred = defaultNerTagger()
    .tagDocument(sents.map((s) => s.tokens))
    .map((p) => Array.from(p, (l) => LABELS[l]!));
  const r = seqeval(sents.map((s) => s.labels!), pred);
  assert.ok(r.micro.f1 >= 75.0, `micro F1 ${r.micro.f1.toFixed(2)} is under the floor of 75.0`);
  for (const t of ['PERS', 'LOC', 'ORG', 'MISC']) assert.ok(r.byType[t]!.tp > 0, `${t} found at all`);
});
