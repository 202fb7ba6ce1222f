import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { rng } from '../../src/random.ts';
import {
  dediacAr,
  isMatchIdentity,
  normalizeAlefAr,
  normalizeAlefMaksuraAr,
  normalizeDigits,
  normalizeForMatch,
  normalizeLetters,
  normalizeTehMarbutaAr,
  normalizeUnicode,
  normalizeView,
  removeBidiAndZeroWidth,
  removeTatweel,
  sourceSpan,
  toNormIndex,
} from '../../src/lang/ar/normalize.ts';

type ViewCase = readonly [name: string, source: string, text: string, toSource: readonly number[]];

const VIEW_CASES: readonly ViewCase[] = [
  ['diacritised word', 'العَرَبِيَّةُ', 'العربيه', [0, 1, 2, 4, 6, 8, 11, 13]],
  ['tatweel', 'العـــربية', 'العربيه', [0, 1, 2, 6, 7, 8, 9, 10]],
  ['lam-alef ligature expands', 'ﻻ', 'لا', [0, 0, 1]],
  ['lam-alef-hamza ligature', 'ﻷن', 'لان', [0, 0, 1, 2]],
  ['presentation forms', 'ﺍﻟﻌﺮﺑﻴﺔ', 'العربيه', [0, 1, 2, 3, 4, 5, 6, 7]],
  ['U+FDFA expands to 18 characters', 'محمد ﷺ', 'محمد صلي الله عليه وسلم', [0, 1, 2, 3, 4, ...Array<number>(18).fill(5), 6]],
  ['rial sign (camel char fix)', '\ufdfc', 'ريال', [0, 0, 0, 0, 1]],
  ['allah ligature', 'ﷲ', 'الله', [0, 0, 0, 0, 1]],
  ['alef + U+0654 composes then folds', 'ا\u0654ب', 'اب', [0, 2, 3]],
  ['Arabic-Indic and Persian digits, Arabic decimal separator', '٣٫٥ و۱۲', '3.5 و12', [0, 1, 2, 3, 4, 5, 6, 7]],
  ['bidi mark between letters', 'a\u200fb', 'ab', [0, 2, 3]],
  ['leading bidi mark belongs to the first character', '\u200fابc', 'ابc', [0, 2, 3, 4]],
  ['embedding around a word', '\u202bنص\u202c', 'نص', [0, 2, 4]],
  ['soft hyphen', 'ش\u00adمس', 'شمس', [0, 2, 3, 4]],
  ['surrogate pair', '😀x', '😀x', [0, 0, 2, 3]],
  ['emoji with skin tone', '👍🏽', '👍🏽', [0, 0, 2, 2, 4]],
  ['Latin combining accent composes', 'e\u0301', 'é', [0, 2]],
  ['mark after a space stays with it', 'ب \u064b', 'ب ', [0, 1, 3]],
  ['isolated presentation diacritic is dropped whole', 'ﹰ', '', [1]],
  ['alef, maksura and teh marbuta folds', 'إلى مدرسةٍ', 'الي مدرسه', [0, 1, 2, 3, 4, 5, 6, 7, 8, 10]],
  ['plain text is the identity', 'abc ١', 'abc 1', [0, 1, 2, 3, 4, 5]],
];

describe('normalizeView offset map', () => {
  for (const [name, source, text, toSource] of VIEW_CASES) {
    test(`normalizeView ${name}`, () => {
      const v = normalizeView(source);
      assert.equal(v.text, text);
      assert.equal(v.source, source);
      assert.deepEqual(Array.from(v.toSource), toSource);
      assert.equal(normalizeForMatch(source), text);
    });
  }
});

type SpanCase = readonly [name: string, source: string, nStart: number, nEnd: number, start: number, end: number];

const SPAN_CASES: readonly SpanCase[] = [
  ['a letter takes its diacritics', 'العَرَبِيَّةُ', 2, 4, 2, 6],
  ['the last letter takes the final diacritic', 'العَرَبِيَّةُ', 6, 7, 11, 13],
  ['a letter takes the tatweel after it', 'العـــربية', 2, 3, 2, 6],
  ['half of a ligature is the whole ligature', 'ﻻ', 1, 2, 0, 1],
  ['a word inside the ﷺ expansion is the one source character', 'محمد ﷺ قال', 9, 13, 5, 6],
  ['the word after an expansion', 'محمد ﷺ قال', 24, 27, 7, 10],
  ['a dropped bidi mark belongs to the left letter', 'a\u200fb', 0, 1, 0, 2],
  ['empty range', 'العَرَبِيَّةُ', 3, 3, 4, 4],
  ['whole view of an all-dropped source', 'ﹰ', 0, 0, 0, 1],
  ['whole view', '\u200fنص\u200f', 0, 2, 0, 4],
];

describe('sourceSpan', () => {
  for (const [name, source, ns, ne, start, end] of SPAN_CASES) {
    test(`sourceSpan ${name}`, () => {
      assert.deepEqual(sourceSpan(normalizeView(source), ns, ne), { start, end });
    });
  }
  test('sourceSpan rejects ranges outside the view', () => {
    const v = normalizeView('نص');
    assert.throws(() => sourceSpan(v, 1, 3), RangeError);
    assert.throws(() => sourceSpan(v, 2, 1), RangeError);
  });
  test('toNormIndex maps source offsets to view boundaries', () => {
    const v = normalizeView('العَرَبِيَّةُ كتاب');
    assert.equal(toNormIndex(v, 0), 0);
    assert.equal(toNormIndex(v, 4), 3); // ر
    assert.equal(toNormIndex(v, 14), 8); // ك after the space
    assert.equal(toNormIndex(v, v.source.length), v.text.length);
  });
});

describe('letter view', () => {
  test('normalizeLetters keeps hamza forms, ى and ة', () => {
    assert.equal(normalizeLetters('إِلَى المَكْتَبَةِ ٣'), 'إلى المكتبة 3');
    assert.equal(normalizeView('أَ', { foldLetters: false }).text, 'أ');
    assert.equal(normalizeView('ا\u0654', { foldLetters: false }).text, 'أ');
  });
  test('isMatchIdentity is true only for text the view keeps unchanged', () => {
    assert.equal(isMatchIdentity('قال الرئيس 2020'), true);
    assert.equal(isMatchIdentity('مدرسة'), false);
  });
});

// --- property test -------------------------------------------------------------------------

/** An alphabet of characters that exercise every path of the view. */
const ALPHABET: readonly string[] = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  ...'ةىأإآٱءؤئ',
  '\u064b', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0670', '\u0640',
  '\u0653', '\u0654', '\u0655', '\u0610', '\u06d6',
  'ﻻ', 'ﻷ', 'ﺍ', 'ﻟ', 'ﺔ', 'ﷺ', 'ﷲ', '\ufdfc', '\ufdfd', '\ufe70', '\ufe71', '\ufe77',
  '٣', '۳', '٫', '٬', '٪', '3', 'ی', 'ک',
  '\u200f', '\u200e', '\u202b', '\u202c', '\u2066', '\u2069', '\ufeff', '\u061c', '\u00ad', '\u200b', '\u200c', '\u200d',
  'a', 'e', '\u0301', 'é', 'ﬁ', '²', '①', ' ', '.', '،', '؟', '\n',
  '😀', '👍🏽', '\ud83d', '\ude00',
];

const DROPPED_FIRST_RE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad\u0640\ufe70-\ufe74\ufe76-\ufe7f]/g;
const EXTRA_MARKS_RE = /[\u0610-\u061a\u0653-\u065f\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u08d3-\u08e1\u08e3-\u08ff]/g;
const EXTRA_FOLDS: Readonly<Record<string, string>> = { 'ی': 'ي', 'ک': 'ك', '٫': '.', '٬': ',', '٪': '%' };

/**
 * The view's text composed from the string functions, applied to the whole string: the characters
 * the view drops that are not marks (bidi and zero-width characters, the soft hyphen, tatweel and
 * the presentation-form diacritics U+FE70–U+FE7F) go first, so that marks on either side of one
 * meet in NFKC as they meet in the view (else a second pass could reorder or compose them); then
 * camel NFKC, bidi removal, camel dediac, the extra marks, tatweel, the camel folds, digits and the
 * extra folds.
 */
function reference(s: string): string {
  let r = s.replace(DROPPED_FIRST_RE, '');
  r = normalizeUnicode(r);
  r = removeBidiAndZeroWidth(r);
  r = removeTatweel(dediacAr(r).replace(EXTRA_MARKS_RE, ''));
  r = normalizeDigits(normalizeTehMarbutaAr(normalizeAlefMaksuraAr(normalizeAlefAr(r))));
  return r.replace(/[یک٫٬٪]/g, (c) => EXTRA_FOLDS[c] ?? c);
}

describe('normalizeView properties over random strings', () => {
  test('normalizeView map is monotone, in range, and whole spans map to whole sources (2,000 strings)', () => {
    const next = rng(20240917);
    for (let round = 0; round < 2000; round++) {
      const len = Math.floor(next() * 24);
      let s = '';
      for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)]!;
      const v = normalizeView(s);
      const n = v.text.length;
      const m = v.toSource;
      const where = JSON.stringify(s);
      assert.equal(m.length, n + 1, where);
      assert.equal(m[n], s.length, where);
      if (n > 0) assert.equal(m[0], 0, where);
      for (let i = 0; i < n; i++) {
        assert.ok(m[i]! >= 0 && m[i]! < s.length, `${where}: toSource[${i}] out of range`);
        assert.ok(m[i + 1]! >= m[i]!, `${where}: toSource not monotone at ${i}`);
      }
      assert.deepEqual(sourceSpan(v, 0, n), { start: 0, end: s.length }, where);
      assert.equal(normalizeForMatch(s), v.text, where);
      assert.equal(normalizeLetters(s), normalizeView(s, { foldLetters: false }).text, where);
      assert.equal(v.text, reference(s), where);
      // every normalised character lies inside the source span of any range containing it
      const a = Math.floor(next() * (n + 1));
      const b = a + Math.floor(next() * (n - a + 1));
      const span = sourceSpan(v, a, b);
      assert.ok(span.start <= span.end && span.end <= s.length, where);
      for (let i = a; i < b; i++) assert.ok(m[i]! >= span.start && m[i]! < span.end, `${where}: [${a},${b}) misses ${i}`);
      if (b > a) assert.ok(span.end > span.start, where);
    }
  });
});

describe('normalizeView string building', () => {
  test('lone surrogates survive the buffer path (a ligature forces it) with the offset map intact', () => {
    for (const lone of ['\ud800', '\udc00', '\udbff']) {
      const v = normalizeView(`ﻻ${lone}ب`);
      assert.equal(v.text, `لا${lone}ب`);
      assert.deepEqual(Array.from(v.toSource), [0, 0, 1, 2, 3]);
    }
  });
  test('a long text (over 8,192 code units) comes back whole from the buffer path', () => {
    const src = 'ﻻ' + 'مَرحباً '.repeat(3000);
    const v = normalizeView(src);
    assert.equal(v.text, 'لا' + 'مرحبا '.repeat(3000));
    assert.equal(v.toSource.length, v.text.length + 1);
  });
});
