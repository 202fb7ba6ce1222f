import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayer } from '../../src/doc/doc.ts';
import { checkDoc } from '../../src/doc/invariants.ts';
import type { ArticleMeta, Token } from '../../src/doc/types.ts';

const meta: ArticleMeta = { title: null, published: null, url: null, captions: [], dropped: [], format: 'text' };
const tok = (text: string, start: number, extra: Partial<Token> = {}): Token => ({ start, end: start + text.length, text, kind: 'word', norm: text, ...extra });

describe('doc createDoc and checkDoc', () => {
  test('doc createDoc joins paragraphs with a blank line and records exact spans', () => {
    const doc = createDoc(['زار الوفد الرباط.', 'ثم عاد.'], meta);
    assert.equal(doc.text, 'زار الوفد الرباط.\n\nثم عاد.');
    assert.deepEqual(doc.layers.paragraphs, [{ start: 0, end: 17 }, { start: 19, end: 26 }]);
    assert.deepEqual(checkDoc(doc), []);
  });

  const base = createDoc(['زار الوفد الرباط'], meta);
  const cases: [string, Token[], { start: number; end: number }[], RegExp | null][] = [
    ['valid tokens and sentence', [tok('زار', 0), tok('الوفد', 4), tok('الرباط', 10)], [{ start: 0, end: 16 }], null],
    ['token text differs from slice', [{ ...tok('زار', 0), text: 'زور' }], [{ start: 0, end: 16 }], /differs from its slice/],
    ['overlapping tokens', [tok('زار', 0), { ...tok('ار ا', 1) }], [{ start: 0, end: 16 }], /overlaps/],
    ['empty token', [{ start: 3, end: 3, text: '', kind: 'punct', norm: '' }], [{ start: 0, end: 16 }], /is empty/],
    ['token outside the text', [{ start: 10, end: 99, text: 'x', kind: 'word', norm: 'x' }], [{ start: 0, end: 16 }], /outside the text/],
    ['token outside any sentence', [tok('زار', 0), tok('الرباط', 10)], [{ start: 0, end: 9 }], /not inside one sentence/],
    ['sentence with trailing space', [tok('زار', 0)], [{ start: 0, end: 4 }], /whitespace/],
    [
      'segments that do not tile the token',
      [tok('الوفد', 4, { segments: [{ start: 4, end: 6, form: 'ال', role: 'proclitic' }, { start: 7, end: 9, form: 'stem', role: 'stem' }] })],
      [{ start: 0, end: 16 }],
      /segments/,
    ],
  ];
  for (const [name, tokens, sentences, expected] of cases) {
    test(`doc checkDoc ${name}`, () => {
      const doc = withLayer(withLayer(base, 'tokens', tokens), 'sentences', sentences);
      const problems = checkDoc(doc);
      if (expected === null) assert.deepEqual(problems, []);
      else assert.ok(problems.some((p) => expected.test(p)), `expected ${expected} in ${JSON.stringify(problems)}`);
    });
  }
  test('doc withLayer returns a new Doc and leaves the old one unchanged', () => {
    const next = withLayer(base, 'sentences', [{ start: 0, end: 16 }]);
    assert.notEqual(next, base);
    assert.equal(base.layers.sentences, undefined);
    assert.equal(next.text, base.text);
  });
});
