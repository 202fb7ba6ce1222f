import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  dediacAr,
  normalizeAlefAr,
  normalizeAlefMaksuraAr,
  normalizeDigits,
  normalizeTehMarbutaAr,
  normalizeUnicode,
  removeBidiAndZeroWidth,
  removeTatweel,
} from '../../src/lang/ar/normalize.ts';
import {
  AR_ALEF_VARIANTS_CHARSET,
  AR_CHARSET,
  AR_DIAC_CHARSET,
  AR_LETTERS_CHARSET,
  BIDI_ZERO_WIDTH_CHARSET,
  TATWEEL,
} from '../../src/lang/ar/charsets.ts';

/** The sentence of the CAMeL Tools guided tour, with its documented outputs. */
const TOUR = 'هَلْ ذَهَبْتَ إِلَى المَكْتَبَةِ؟';

type Case = readonly [input: string, expected: string];

const table = (name: string, fn: (s: string) => string, cases: readonly Case[]): void => {
  describe(name, () => {
    for (const [input, expected] of cases) {
      test(`${name} ${JSON.stringify(input)}`, () => assert.equal(fn(input), expected));
    }
  });
};

describe('charsets match camel_tools charsets.py', () => {
  test('charsets AR_DIAC_CHARSET is U+064B–U+0652 and U+0670 (no tatweel)', () => {
    assert.deepEqual(
      [...AR_DIAC_CHARSET].map((c) => c.charCodeAt(0).toString(16)).sort(),
      ['64b', '64c', '64d', '64e', '64f', '650', '651', '652', '670'],
    );
    assert.equal(AR_DIAC_CHARSET.has(TATWEEL), false);
  });
  test('charsets AR_LETTERS_CHARSET has the 42 camel letters including tatweel', () => {
    assert.equal(AR_LETTERS_CHARSET.size, 42);
    assert.ok(AR_LETTERS_CHARSET.has(TATWEEL));
    for (const c of 'ٱپچڤگءيى') assert.ok(AR_LETTERS_CHARSET.has(c), c);
    assert.equal(AR_CHARSET.size, 51);
  });
  test('charsets alef variants and bidi set', () => {
    assert.deepEqual([...AR_ALEF_VARIANTS_CHARSET].sort(), ['آ', 'أ', 'إ', 'ٱ'].sort());
    assert.equal(BIDI_ZERO_WIDTH_CHARSET.size, 5 + 5 + 4 + 3);
  });
});

table('normalizeUnicode', normalizeUnicode, [
  ['\ufdfc', 'ريال'], // camel's char fix: NFKC alone would give a Persian yeh (ریال)
  ['\ufdfd', 'بسم الله الرحمن الرحيم'], // the basmala ligature has no decomposition
  ['ﷺ', 'صلى الله عليه وسلم'],
  ['ﻻ', 'لا'],
  ['ﻷ', 'لأ'],
  ['ﺍﻟﻌﺮﺑﻴﺔ', 'العربية'],
  ['ا\u0654', 'أ'], // NFKC composes alef + hamza above
  ['ﬁ ² ①', 'fi 2 1'],
  [TOUR, TOUR],
  ['', ''],
]);

describe('normalizeUnicode without compatibility is NFC', () => {
  test('normalizeUnicode compatibility=false keeps ﻻ and composes', () => {
    assert.equal(normalizeUnicode('ﻻ', false), 'ﻻ');
    assert.equal(normalizeUnicode('ا\u0654', false), 'أ');
  });
});

table('dediacAr', dediacAr, [
  [TOUR, 'هل ذهبت إلى المكتبة؟'],
  ['العَرَبِيَّةُ', 'العربية'],
  ['كتابٌ', 'كتاب'],
  ['الرَّحْمَٰن', 'الرحمن'], // superscript alef U+0670 is a diacritic
  ['العـــربية', 'العـــربية'], // tatweel is not
  ['أَ\u0654', 'أ\u0654'], // hamza above U+0654 is not
]);

table('normalizeAlefAr', normalizeAlefAr, [
  [TOUR, 'هَلْ ذَهَبْتَ اِلَى المَكْتَبَةِ؟'],
  ['إأٱآا', 'ااااا'],
  ['مسؤول', 'مسؤول'],
]);

table('normalizeAlefMaksuraAr', normalizeAlefMaksuraAr, [
  [TOUR, 'هَلْ ذَهَبْتَ إِلَي المَكْتَبَةِ؟'],
  ['مصطفى على', 'مصطفي علي'],
]);

table('normalizeTehMarbutaAr', normalizeTehMarbutaAr, [
  [TOUR, 'هَلْ ذَهَبْتَ إِلَى المَكْتَبَهِ؟'],
  ['مدرسة القاهرة', 'مدرسه القاهره'],
]);

table('removeTatweel', removeTatweel, [
  ['العـــربية', 'العربية'],
  ['هـ', 'ه'],
]);

table('normalizeDigits', normalizeDigits, [
  ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
  ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
  ['عام ٢٠٢٢ و۱۴۰۱', 'عام 2022 و1401'],
  ['٣٫٥', '3٫5'], // only digits
]);

table('removeBidiAndZeroWidth', removeBidiAndZeroWidth, [
  ['\u200fنص\u200e', 'نص'],
  ['\u202bنص\u202c \u2067x\u2069', 'نص x'],
  ['\ufeffa\u200bb\u200cc\u200dd\u061ce\u00adf', 'abcdef'],
]);
