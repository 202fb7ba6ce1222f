/**
 * The bag-of-tokens F1 used to compare extracted bodies with gold texts (src/reader/token-f1.ts).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { comparisonTokens, tokenF1 } from '../../src/reader/token-f1.ts';

describe('comparisonTokens', () => {
  test('splits on whitespace, Arabic and Latin punctuation and symbols', () => {
    assert.deepEqual(comparisonTokens('دمشق، سوريا (CNN) -- أكدت بـ"الجيش الحر" 2013؟'), ['دمشق', 'سوريا', 'cnn', 'أكدت', 'بـ', 'الجيش', 'الحر', '2013']);
    assert.deepEqual(comparisonTokens('  \n '), []);
  });
});

describe('tokenF1', () => {
  test('identical texts score 1 whatever the layout', () => {
    const f = tokenF1('أ ب\n\nج', 'أ  ب ج');
    assert.equal(f.f1, 1);
    assert.equal(f.common, 3);
  });
  test('precision and recall on partial overlap, duplicates counted', () => {
    const f = tokenF1('أ أ ب د', 'أ ب ج');
    assert.equal(f.common, 2);
    assert.equal(f.precision, 2 / 4);
    assert.equal(f.recall, 2 / 3);
    assert.ok(Math.abs(f.f1 - (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3)) < 1e-12);
  });
  test('disjoint and empty texts', () => {
    assert.equal(tokenF1('أ', 'ب').f1, 0);
    assert.equal(tokenF1('', 'ب').f1, 0);
    assert.equal(tokenF1('أ', '').f1, 0);
    assert.equal(tokenF1('', '').f1, 1);
  });
});
