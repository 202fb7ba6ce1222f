import { describe } from 'node:test';
import { runSentenceCases, type SentenceCase } from '../helpers/sentences.ts';

/** Periods that must not end a sentence: each case is one sentence. */
const CASES: readonly SentenceCase[] = [
  [
    "abbreviations and initials",
    ["قال د. محمد و م. أحمد إن أ.ف.ب نقلت عن George W. Bush و U.S. officials."],
    [[0,71,"قال د. محمد و م. أحمد إن أ.ف.ب نقلت عن George W. Bush و U.S. officials."]],
  ],
  [
    "decimals, dates, times and URLs",
    ["بلغ 3.5 مليون في 12.09.2022 الساعة 14.30 حسب www.example.com/a.b وانتهى"],
    [[0,71,"بلغ 3.5 مليون في 12.09.2022 الساعة 14.30 حسب www.example.com/a.b وانتهى"]],
  ],
  [
    "a comma or colon after a final mark",
    ["أسس Apple Inc., في 1976... : نعم"],
    [[0,32,"أسس Apple Inc., في 1976... : نعم"]],
  ],
  [
    "a lowercase Latin word after a period",
    ["see fig. a for details"],
    [[0,22,"see fig. a for details"]],
  ],
  [
    "a lone final mark at the start",
    ["... ثم غادر."],
    [[0,12,"... ثم غادر."]],
  ],
  [
    "ellipsis inside a quotation",
    ["قال: \"ربما... لا أعرف\" ثم صمت"],
    [[0,29,"قال: \"ربما... لا أعرف\" ثم صمت"]],
  ],
];

describe('sentences negative cases', () => runSentenceCases(CASES));

