import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prf, seqeval, spansOf } from '../../src/ner/seqeval.ts';
import { readConll } from '../../src/ner/conll.ts';

const S = (labels: string): string[] => labels.split(' ');

// [labels, default-mode spans, strict-mode spans]; spans as "TYPE:start-end"
const CASES: [string, string[], string[]][] = [
  ['O O O', [], []],
  ['B-PERS I-PERS O', ['PERS:0-2'], ['PERS:0-2']],
  ['B-PERS B-PERS', ['PERS:0-1', 'PERS:1-2'], ['PERS:0-1', 'PERS:1-2']],
  ['I-LOC I-LOC O', ['LOC:0-2'], []],
  ['O I-ORG I-ORG', ['ORG:1-3'], []],
  ['B-ORG I-LOC', ['ORG:0-1', 'LOC:1-2'], ['ORG:0-1']],
  ['B-ORG I-ORG I-LOC I-LOC', ['ORG:0-2', 'LOC:2-4'], ['ORG:0-2']],
  ['B-MISC O I-MISC', ['MISC:0-1', 'MISC:2-3'], ['MISC:0-1']],
  ['B-LOC I-LOC B-LOC', ['LOC:0-2', 'LOC:2-3'], ['LOC:0-2', 'LOC:2-3']],
  ['B-PERS I-PERS I-PERS', ['PERS:0-3'], ['PERS:0-3']],
  ['X-FOO B-LOC', ['LOC:1-2'], ['LOC:1-2']],
  ['', [], []],
];

for (const [labels, def, strict] of CASES) {
  test(`seqeval spans of [${labels}]`, () => {
    const ls = labels === '' ? [] : S(labels);
    assert.deepEqual(spansOf(ls, 'default').map((s) => `${s.type}:${s.start}-${s.end}`), def);
    assert.deepEqual(spansOf(ls, 'strict').map((s) => `${s.type}:${s.start}-${s.end}`), strict);
  });
}

test('seqeval micro and per-type counts (the example of seqeval README)', () => {
  const gold = [S('O O O B-MISC I-MISC I-MISC O'), S('B-PER I-PER O')];
  const pred = [S('O O B-MISC I-MISC I-MISC I-MISC O'), S('B-PER I-PER O')];
  const r = seqeval(gold, pred);
  assert.equal(r.byType.MISC!.tp, 0);
  assert.equal(r.byType.PER!.tp, 1);
  assert.equal(r.micro.tp, 1);
  assert.equal(r.micro.fp, 1);
  assert.equal(r.micro.fn, 1);
  assert.equal(r.micro.f1, 50);
});

test('seqeval refuses sequences of different lengths', () => {
  assert.throws(() => seqeval([S('O O')], [S('O')]), /sentence 1/);
  assert.throws(() => seqeval([S('O')], []), /1 gold sentences, 0 predicted/);
});

test('prf with no predictions or no gold is 0, not NaN', () => {
  assert.deepEqual(prf(0, 0, 0), { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  assert.equal(prf(1, 1, 0).precision, 50);
});

test('readConll: sentences, blank-line runs, CRLF, extra columns, labels', () => {
  const text = 'أعلن O\r\nاتحاد B-ORG\r\n\r\n\r\nفي POS O\nألمانيا X B-LOC\n';
  assert.deepEqual(readConll(text, true), [
    { tokens: ['أعلن', 'اتحاد'], labels: ['O', 'B-ORG'] },
    { tokens: ['في', 'ألمانيا'], labels: ['O', 'B-LOC'] },
  ]);
  assert.deepEqual(readConll('a\nb\n\nc', false), [
    { tokens: ['a', 'b'], labels: null },
    { tokens: ['c'], labels: null },
  ]);
  assert.deepEqual(readConll('', false), []);
  assert.throws(() => readConll('a O\nb\n', true), /line 2/);
});
