import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stackDocument, stackFeatures, type StageOne } from '../../src/ner/stack.ts';
import { lexiconView } from '../../src/ner/lexicon.ts';
import { NUM_LABELS, isInside } from '../../src/ner/labels.ts';
import { rng } from '../../src/random.ts';

/** A random document: short keys drawn from a small vocabulary (many repeats, some non-content), BIO-valid labels. */
function randomDoc(seed: number, sentences: number): StageOne {
  const r = rng(seed);
  const vocab = ['في', 'محمد', 'عباس', 'غزه', 'الامم', 'المتحده', 'و', '،', '2020', 'قال', 'ان', 'abc', 'x'];
  const keys: string[][] = [];
  const labels: Int32Array[] = [];
  for (let s = 0; s < sentences; s++) {
    const n = Math.floor(r() * 12);
    const ks: string[] = [];
    const ls = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      ks.push(vocab[Math.floor(r() * vocab.length)]!);
      let l = Math.floor(r() * NUM_LABELS);
      // an I- label only continues its own type
      if (isInside(l) && (i === 0 || (ls[i - 1] !== l && ls[i - 1] !== l - 1))) l = l - 1;
      ls[i] = l;
    }
    keys.push(ks);
    labels.push(ls);
  }
  return { keys, labels };
}

test('stackDocument gives every sentence exactly the features of stackFeatures', () => {
  const news = lexiconView(new Map([['محمد', [40, 30, 2, 1, 0]], ['غزه', [100, 0, 90, 0, 1]], ['قال', [500, 0, 0, 0, 0]]]));
  for (let seed = 1; seed <= 40; seed++) {
    const doc = randomDoc(seed, 1 + (seed % 17) * 3);
    for (const window of [0, 1, 2, 5, 20]) {
      for (const lex of [null, news]) {
        const all = stackDocument(doc, window, lex);
        assert.equal(all.length, doc.keys.length);
        doc.keys.forEach((_, s) => assert.deepEqual(all[s], stackFeatures(doc, s, window, lex), `seed ${seed}, window ${window}, sentence ${s}`));
      }
    }
  }
});
