/** Negative cases of the NER tagger: input that must not crash it and must not yield names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultNerTagger } from '../../src/ner/tagger.ts';
import { spansOf } from '../../src/ner/seqeval.ts';

const tagger = defaultNerTagger();
const words = (s: string): string[] => s.split(' ');

const ALL_O: [string, string[]][] = [
  ['digits only', words('2006 12 3.5 ١٢٣ 100')],
  ['punctuation only', words('. ، ( ) " « » - : ؟')],
  ['emoji', ['😀', '🇸🇦', '👍🏽', '❤️']],
  ['function words', words('في من على إلى عن أن التي الذي مع هذا')],
  ['ordinary words', words('قال إن الوضع صعب جدا في هذه الأيام .')],
  // (a price is not a negative case: ANERcorp labels currency names such as دولار B-MISC)
  ['casualty counts', words('قتل 30 شخصا وأصيب 12 آخرون .')],
  ['a percentage', words('ارتفعت الأسعار بنسبة 5 % خلال الشهر الماضي .')],
  ['page furniture', words('الصفحة 2 من 3')],
  ['a phone number', words('للاتصال 0021698123456')],
];

for (const [name, ws] of ALL_O) {
  test(`tagger negative case: ${name} → all O`, () => {
    assert.deepEqual(tagger.tag(ws), ws.map(() => 'O'));
  });
}

test('tagger: an empty sentence gives no labels', () => {
  assert.deepEqual(tagger.tag([]), []);
});

test('tagger: a 5,000-token sentence is tagged whole, with valid BIO, without crashing', () => {
  const base = words('وقال الرئيس محمد مرسي في القاهرة إن جامعة الدول العربية ستجتمع غدا .');
  const ws: string[] = [];
  while (ws.length < 5000) ws.push(...base);
  ws.length = 5000;
  const labels = tagger.tag(ws);
  assert.equal(labels.length, 5000);
  for (let i = 0; i < labels.length; i++) {
    if (labels[i]!.startsWith('I-')) assert.ok(i > 0 && labels[i - 1]!.slice(2) === labels[i]!.slice(2), `broken BIO at ${i}`);
  }
  assert.ok(spansOf(labels).length > 0);
});

test('tagger: Latin-script, mixed and empty-string tokens are tagged without crashing', () => {
  const ws = ['Reuters', 'AFP', 'iPhone', 'وCNN', '', 'x', '\u200f', 'ـــ'];
  assert.equal(tagger.tag(ws).length, ws.length);
});

test('tagger: a name at the seam of two pieces of a long sentence (> 400 tokens) stays one entity', () => {
  for (const filler of [297, 298, 299, 347, 348, 349, 397, 398, 399]) {
    const ws = [...Array.from({ length: filler }, () => 'في'), 'الرئيس', 'باراك', 'أوباما', ...Array.from({ length: 200 }, () => 'في')];
    const labels = tagger.tag(ws);
    assert.deepEqual(labels.slice(filler + 1, filler + 3), ['B-PERS', 'I-PERS'], `after ${filler} filler tokens`);
  }
});

test('tagger: a 30,000-token sentence is tagged in time linear in its length (no quadratic document features)', { timeout: 30_000 }, () => {
  const base = words('وقال الرئيس محمد مرسي في القاهرة إن جامعة الدول العربية ستجتمع غدا');
  const ws: string[] = [];
  while (ws.length < 30_000) ws.push(...base);
  const labels = tagger.tag(ws);
  assert.equal(labels.length, ws.length);
});
