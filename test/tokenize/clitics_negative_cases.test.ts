import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { segmentClitics } from '../../src/tokenize/clitics.ts';

/**
 * Words that start or end with clitic letters but carry no clitic (or whose remainder would be
 * too short): the segmenter must leave them whole.
 */
const WHOLE: readonly string[] = [
  "وزير",
  "وحدة",
  "بريطانيا",
  "فلسطين",
  "لبنان",
  "كانت",
  "لجنة",
  "سيارة",
  "سنوات",
  "الله",
  "الذين",
  "إلى",
  "الى",
  "ألمانيا",
  "هناك",
  "ذلك",
  "اتجاه",
  "مياه",
  "بشار",
  "لها",
  "له",
  "والدة",
  "كاليفورنيا",
  "التقى",
  "كما",
  "لكن",
  "الآن",
  "المانيا",
  "قال",
  "كلي",
  "عربي",
  "دولي",
  "ألمانية",
  "وفاة",
];

describe('clitics negative cases', () => {
  for (const word of WHOLE) {
    test(`clitics leave ${word} whole`, () => assert.equal(segmentClitics(word, 0), undefined));
  }
  test('clitics leave non-Arabic and mixed words whole', () => {
    for (const w of ['word', 'و2', 'والـBBC', '']) assert.equal(segmentClitics(w, 0), undefined);
  });
});
