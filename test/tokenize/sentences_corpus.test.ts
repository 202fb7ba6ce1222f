import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc, withLayer } from '../../src/doc/doc.ts';
import { checkDoc } from '../../src/doc/invariants.ts';
import type { ArticleMeta, Doc } from '../../src/doc/types.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';
import { splitSentences } from '../../src/tokenize/sentences.ts';
import { tokenize } from '../../src/tokenize/tokenizer.ts';

const META: ArticleMeta = { title: null, published: null, url: null, captions: [], dropped: [], format: 'text' };

/** Tokenises and splits a Doc built from paragraphs. */
function analyse(paragraphs: readonly string[]): Doc {
  const doc = createDoc(paragraphs, META);
  const tokens = tokenize(doc.text);
  return withLayer(withLayer(doc, 'tokens', tokens), 'sentences', splitSentences(doc.text, tokens, doc.layers.paragraphs!));
}

const SEED = ['seed', '000_e323fe3fe21d9f90.txt'] as const;
const SEED_FILE = sharedDataFile(...SEED);

describe('sentences on the seed article', () => {
  test('sentences seed body: valid Doc, 10 sentences, the long quotation is one sentence', { skip: SEED_FILE ? false : missingDataMessage(...SEED) }, () => {
    const lines = readFileSync(SEED_FILE!, 'utf8').split('\n');
    const from = lines.findIndex((l) => l.startsWith('يبدأ وفد عسكري'));
    const to = lines.findIndex((l) => l.trimEnd().endsWith('والتدريب المشترك.'));
    assert.ok(from >= 0 && to > from);
    const paragraphs = lines.slice(from, to + 1).map((l) => l.trim()).filter((l) => l.length > 0);
    assert.equal(paragraphs.length, 9);
    const doc = analyse(paragraphs);
    assert.deepEqual(checkDoc(doc), []);
    const sentences = doc.layers.sentences!;
    // one sentence per paragraph, except «وتأتي زيارة بلخير … وتل أبيب. وهي الزيارة …» which has two
    assert.equal(sentences.length, 10);
    const texts = sentences.map((s) => doc.text.slice(s.start, s.end));
    assert.ok(texts[1]!.startsWith('وأعلنت القيادة العامة'));
    assert.ok(texts[1]!.endsWith('في تل أبيب".'));
    assert.ok(texts[5]!.endsWith('بين الرباط وتل أبيب.'));
    assert.ok(texts[6]!.startsWith('وهي الزيارة التي'));
    for (const [i, p] of doc.layers.paragraphs!.entries()) {
      const inside = sentences.filter((s) => s.start >= p.start && s.end <= p.end);
      assert.equal(inside.length, i === 5 ? 2 : 1, `paragraph ${i}`);
    }
  });
});

const CORPUS = ['news', 'ant_multisource.jsonl'] as const;
const CORPUS_FILE = sharedDataFile(...CORPUS);

describe('sentences on the ANT multi-source corpus', () => {
  test('sentences every ant_multisource article gives a valid Doc', { skip: CORPUS_FILE ? false : missingDataMessage(...CORPUS) }, () => {
    let articles = 0;
    let sentences = 0;
    for (const line of readFileSync(CORPUS_FILE!, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { id: string; text: string };
      const paragraphs = record.text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
      const doc = analyse(paragraphs);
      const problems = checkDoc(doc);
      assert.deepEqual(problems, [], `article ${record.id}`);
      articles++;
      sentences += doc.layers.sentences!.length;
    }
    assert.ok(articles > 5000, `${articles} articles`);
    assert.ok(sentences > articles, `${sentences} sentences`);
  });
});
