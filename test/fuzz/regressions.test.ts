/**
 * Inputs the fuzz suite (test/fuzz/) found that broke a promise of the output contract, each kept
 * here, shrunk, after its fix (docs/reliability.md lists them).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { tagTimexes } from '../../src/dates/index.ts';
import { normalizeForMatch, normalizeLetters, normalizeView } from '../../src/lang/ar/normalize.ts';
import { readHtml } from '../../src/reader/html.ts';
import { parseJsonLd } from '../../src/reader/html-meta.ts';
import { contentId } from '../../src/reader/input.ts';
import { schemaErrors } from '../helpers/schema.ts';

const PARA = 'هذا نص عربي طويل بما يكفي ليكون فقرة من مقال إخباري حقيقي عن الأحداث الجارية في المنطقة. '.repeat(4).trim();

describe('fuzz regressions', () => {
  test('HTML with two lone low surrogates in a row is read (parse5 threw "Invalid code point 1114112": E_INTERNAL)', async () => {
    const html = `<html><body><article><h1>عنوان</h1><p>${PARA}</p><p>قبل\udc00\udc00بعد ${PARA}</p></article></body></html>`;
    const a = await readHtml(html);
    assert.equal(a.paragraphs[0], PARA);
    // the lone halves become U+FFFD, one code unit each, as a decoder would have made them
    assert.equal(a.paragraphs[1], `قبل\ufffd\ufffdبعد ${PARA}`);
  });

  test('an empty id counts as absent: the output id is the content hash (output v1 ids are never empty)', async () => {
    const text = 'قال الوزير إن الوفد سيصل غدا إلى الرباط.';
    const out = await analyze({ text, id: '' });
    assert.equal(out.id, contentId(text));
    assert.deepEqual(schemaErrors(out), []);
  });

  const values = (text: string, ref: string | null = '2022-09-12'): [string, string, string][] =>
    tagTimexes(text, { referenceDate: ref }).map((t) => [t.text, t.type, t.value]);

  test('a day a month never has is no date without a year either (XXXX-02-30 was given)', () => {
    assert.deepEqual(values('الثلاثون فبراير', null), []);
    assert.deepEqual(values('31 أبريل', null), []);
    assert.deepEqual(values('29 فبراير', null), [['29 فبراير', 'DATE', 'XXXX-02-29']]);
    assert.deepEqual(values('30 يناير', null), [['30 يناير', 'DATE', 'XXXX-01-30']]);
  });

  test('minutes added to a time that has them are no time of day (T00:60 was given)', () => {
    assert.deepEqual(values('0:30 والنصف'), []);
    assert.deepEqual(values('الساعة 10 والنصف'), [['الساعة 10 والنصف', 'TIME', '2022-09-12T10:30']]);
  });

  test('a duration too small to write, or with an exponent, is no duration (P and P24Y were given)', () => {
    assert.deepEqual(values('0.000000001 سنة'), []);
    assert.deepEqual(values('كل 0.0000001 يوم'), []);
    assert.deepEqual(values('1234567890123456789012345 سنة'), []);
    assert.deepEqual(values('1.5 سنة'), [['1.5 سنة', 'DURATION', 'P1Y6M']]);
  });

  test('a date ago before year 1 stays unresolved; years under 1000 get four digits (-2978, -81311-0-6 and 522 were given)', () => {
    assert.deepEqual(values('منذ 5000 سنة'), [['منذ 5000 سنة', 'DATE', 'PAST_REF']]);
    assert.deepEqual(values('منذ 999999 شهر'), [['منذ 999999 شهر', 'DATE', 'PAST_REF']]);
    assert.deepEqual(values('منذ 99999999 يوم'), [['منذ 99999999 يوم', 'DATE', 'PAST_REF']]);
    assert.deepEqual(values('منذ 1500 سنة'), [['منذ 1500 سنة', 'DATE', '0522']]);
    assert.deepEqual(values('منذ 3 سنوات'), [['منذ 3 سنوات', 'DATE', '2019']]);
  });

  // The two quadratic regexes test/fuzz/redos.test.ts found became loops; what they strip is unchanged.
  test('JSON-LD wrappers are still stripped (the suffix regex was quadratic on a run of blanks)', () => {
    for (const t of ['{"a":1} -->', '<!-- {"a":1}\n-->', '// <![CDATA[\n{"a":1}\n// ]]>', '<![CDATA[{"a":1}]]>', '{"a":1}//]]>', '{"a":1} \t\n ]]>', '{"a":1}']) {
      assert.deepEqual(parseJsonLd(t), { a: 1 }, JSON.stringify(t));
    }
    assert.equal(parseJsonLd('-->'), undefined);
    assert.deepEqual(parseJsonLd(`{"a": "x${' '.repeat(50_000)}y"}`), { a: `x${' '.repeat(50_000)}y` });
  });

  test('a caption credit loses its brackets and blanks (the edge regex was quadratic on a run of ")")', async () => {
    const page = (credit: string): string =>
      `<html><body><article><h1>عنوان</h1><p>${PARA}</p><figure><img src="a.jpg"><figcaption>وزير الصحة خلال المؤتمر <span class="credit">${credit}</span></figcaption></figure><p>${PARA}</p></article></body></html>`;
    for (const [credit, want] of [['(رويترز)', 'رويترز'], ['© Getty Images ]', 'Getty Images'], ['  (( أ ف ب ))  ', 'أ ف ب']]) {
      const a = await readHtml(page(credit!));
      assert.deepEqual(a.captions, [{ text: 'وزير الصحة خلال المؤتمر', credit: want }], credit);
    }
  });

  test('normalising twice is stable when a dropped character stands between two marks (the second pass reordered them)', () => {
    // Syriac marks around U+FE70, Latin marks around an RLM: the view joins the marks, so NFKC must see them together
    for (const s of ['\u0732\ufe70\u073b', 'a\u0301\u200f\u0323', 'ب\u0732\u0640\u0640\u073b', '\u0627\u0640\u0654']) {
      const once = normalizeForMatch(s);
      assert.equal(normalizeForMatch(once), once, JSON.stringify(s));
      const letters = normalizeLetters(s);
      assert.equal(normalizeLetters(letters), letters, JSON.stringify(s));
    }
    assert.equal(normalizeForMatch('\u0732\ufe70\u073b'), '\u073b\u0732');
    assert.equal(normalizeLetters('\u0627\u0640\u0654'), 'أ'); // a hamza written through a tatweel composes with its alef
    // the offset map still gives every output character to a source character at or before it
    const v = normalizeView('ب\u0732\u0640\u073bج');
    assert.equal(v.text, 'ب\u073b\u0732ج');
    assert.deepEqual([...v.toSource], [0, 0, 0, 4, 5]);
  });
});
