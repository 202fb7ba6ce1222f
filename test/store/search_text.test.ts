/** Arabic search terms (index and query side), query parsing and snippets, with exact values. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMatches, indexText, makeSnippet, parseQuery, queryTermSet, toFts5Match } from '../../src/store/search-text.ts';

test('index terms: clitics, the article, hamza, ة and diacritics are folded; words stay one term each', () => {
  const rows: [string, string][] = [
    // the cases: إسرائيل must find لإسرائيل، وإسرائيل، اسرائيل
    ['لإسرائيل وإسرائيل اسرائيل بإسرائيل', 'اسرائيل اسرائيل اسرائيل اسرائيل'],
    // a nisba or a feminine form is another word, not a clitic
    ['الإسرائيلي إسرائيلية', 'اسرائيلي اسرائيليه'],
    ['وزير الخارجية المغربي ناصر بوريطة', 'وزير خارجيه مغربي ناصر بوريطه'],
    ['فالحكومة وبالمغرب للأمم المتحدة', 'حكومه مغرب امم متحده'],
    // conservative segmentation: ليبيا and والد are words that start with a clitic letter
    ['ليبيا وليبيا والدها كتابها', 'ليبيا ليبيا والد كتاب'],
    // diacritics, punctuation and quotes go; digits are read in Western form; Latin is lower-cased
    ['قالَ الرئيسُ: "سنعود" ١٢٣ 2023 COVID-19 #غزة', 'قال رئيس نعود 123 2023 covid 19 غزه'],
    ['', ''],
  ];
  for (const [text, terms] of rows) assert.equal(indexText(text), terms, text);
});

test('queries: words are all required, quotes keep a phrase, FTS5 syntax cannot leak in', () => {
  assert.deepEqual(parseQuery('إسرائيل'), { terms: ['اسرائيل'], phrases: [] });
  assert.deepEqual(parseQuery('لإسرائيل'), { terms: ['اسرائيل'], phrases: [] }, 'a clitic typed in the query is removed too');
  const q = parseQuery('"وزير الخارجية" المغربي')!;
  assert.deepEqual(q, { terms: ['مغربي'], phrases: [['وزير', 'خارجيه']] });
  assert.equal(toFts5Match(q), '"مغربي" AND "وزير خارجيه"');
  assert.deepEqual(parseQuery('«الأمم المتحدة»'), { terms: [], phrases: [['امم', 'متحده']] });
  // operators and quotes are words or nothing, never syntax
  assert.equal(toFts5Match(parseQuery('a"b OR NEAR(c)')!), '"a" AND "b" AND "or" AND "near" AND "c"');
  assert.equal(parseQuery('،،، ...'), null);
  assert.equal(parseQuery('مصر مصر')!.terms.length, 1, 'a repeated word is asked once');
});

test('snippets: the window with the matches, cut at spaces, highlights as offsets into the snippet', () => {
  const text = 'قال مسؤول إن وفدا من إسرائيل وصل. ثم عاد الوفد إلى تل أبيب، وأكدت لإسرائيل مصادر ذلك.';
  const sn = makeSnippet(text, queryTermSet(parseQuery('إسرائيل')!), 60);
  assert.equal(sn.text, '…إن وفدا من إسرائيل وصل. ثم عاد الوفد إلى تل أبيب، وأكدت…');
  assert.deepEqual(sn.highlights, [{ start: 12, end: 19 }]);
  assert.equal(sn.text.slice(12, 19), 'إسرائيل');
  // the whole text fits: no ellipses, both matches (with and without the clitic) marked
  const all = makeSnippet(text, queryTermSet(parseQuery('اسرائيل')!), 500);
  assert.equal(all.text, text);
  assert.deepEqual(all.highlights.map((h) => all.text.slice(h.start, h.end)), ['إسرائيل', 'لإسرائيل']);
  // no match (a phrase found by the index but not by word): the start of the text
  const none = makeSnippet(text, new Set(['غزه']), 30);
  assert.equal(none.start, 0);
  assert.deepEqual(none.highlights, []);
});

test('findMatches: words whose stem is a term, after proclitics and the article, as exact source spans', () => {
  const text = 'وبالمغرب والمغربي للأمم إسرائيلَ، لإسرائيل مصر';
  const rows: [string, string[]][] = [
    ['مغرب', ['وبالمغرب']],
    ['مغربي', ['والمغربي']],
    ['امم', ['للأمم']],
    ['اسرائيل', ['إسرائيلَ', 'لإسرائيل']],
    ['مصر', ['مصر']],
    ['غزه', []],
  ];
  for (const [term, words] of rows) assert.deepEqual(findMatches(text, new Set([term])).map((m) => text.slice(m.start, m.end)), words, term);
  assert.deepEqual(findMatches(text, new Set(['امم'])), [{ start: 18, end: 23 }]);
});
