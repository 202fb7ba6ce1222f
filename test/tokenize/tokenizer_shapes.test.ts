import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/tokenize/tokenizer.ts';
import type { TokenKind } from '../../src/doc/types.ts';

type Tok = readonly [start: number, end: number, text: string, kind: TokenKind];
type Case = readonly [name: string, text: string, tokens: readonly Tok[]];

const CASES: readonly Case[] = [
  [
    "quote with abbreviation",
    "قال د. محمد: \"الوضع مستقر.\"",
    [[0,3,"قال","word"], [4,6,"د.","word"], [7,11,"محمد","word"], [11,12,":","punct"], [13,14,"\"","punct"], [14,19,"الوضع","word"], [20,25,"مستقر","word"], [25,26,".","punct"], [26,27,"\"","punct"]],
  ],
  [
    "numbers with separators and percent",
    "ارتفع بنسبة 3.5% إلى 1,200 دولار و٣٫٥ و١٬٢٠٠ و12,5",
    [[0,5,"ارتفع","word"], [6,11,"بنسبة","word"], [12,15,"3.5","number"], [15,16,"%","symbol"], [17,20,"إلى","word"], [21,26,"1,200","number"], [27,32,"دولار","word"], [33,34,"و","word"], [34,37,"٣٫٥","number"], [38,39,"و","word"], [39,44,"١٬٢٠٠","number"], [45,46,"و","word"], [46,50,"12,5","number"]],
  ],
  [
    "dates",
    "في 12/09/2022 و12-9-2022 و2022-09-12 و2022/9/12 و12.09.2022",
    [[0,2,"في","word"], [3,13,"12/09/2022","date"], [14,15,"و","word"], [15,24,"12-9-2022","date"], [25,26,"و","word"], [26,36,"2022-09-12","date"], [37,38,"و","word"], [38,47,"2022/9/12","date"], [48,49,"و","word"], [49,59,"12.09.2022","date"]],
  ],
  [
    "times",
    "الساعة 14:30 و09:22 و9:05:30",
    [[0,6,"الساعة","word"], [7,12,"14:30","time"], [13,14,"و","word"], [14,19,"09:22","time"], [20,21,"و","word"], [21,28,"9:05:30","time"]],
  ],
  [
    "urls keep no final period, comma or closing bracket",
    "زوروا https://www.aljazeera.net/news/2022/9/12/x. أو (www.bbc.com/arabic)، أو http://ar.wikipedia.org/wiki/Foo_(bar).",
    [[0,5,"زوروا","word"], [6,48,"https://www.aljazeera.net/news/2022/9/12/x","url"], [48,49,".","punct"], [50,52,"أو","word"], [53,54,"(","punct"], [54,72,"www.bbc.com/arabic","url"], [72,73,")","punct"], [73,74,"،","punct"], [75,77,"أو","word"], [78,116,"http://ar.wikipedia.org/wiki/Foo_(bar)","url"], [116,117,".","punct"]],
  ],
  [
    "e-mail, mention, hashtags",
    "راسلنا على info@rasd.org، أو @rasd_news #الرئيس_الفلسطيني #عاجل.",
    [[0,6,"راسلنا","word"], [7,10,"على","word"], [11,24,"info@rasd.org","email"], [24,25,"،","punct"], [26,28,"أو","word"], [29,39,"@rasd_news","mention"], [40,57,"#الرئيس_الفلسطيني","hashtag"], [58,63,"#عاجل","hashtag"], [63,64,".","punct"]],
  ],
  [
    "Arabic dotted abbreviations",
    "أ.ف.ب ق.م ص.ب 300 ق.م. إلخ.",
    [[0,5,"أ.ف.ب","word"], [6,9,"ق.م","word"], [10,13,"ص.ب","word"], [14,17,"300","number"], [18,21,"ق.م","word"], [21,22,".","punct"], [23,26,"إلخ","word"], [26,27,".","punct"]],
  ],
  [
    "era markers after numbers keep their period out",
    "عام 2014م. وفي 1443هـ، وعام 1443 هـ.",
    [[0,3,"عام","word"], [4,8,"2014","number"], [8,9,"م","word"], [9,10,".","punct"], [11,14,"وفي","word"], [15,19,"1443","number"], [19,21,"هـ","word"], [21,22,"،","punct"], [23,27,"وعام","word"], [28,32,"1443","number"], [33,35,"هـ","word"], [35,36,".","punct"]],
  ],
  [
    "Latin initials and abbreviations",
    "George W. Bush و U.S. و Dr. Smith و J.K. Rowling",
    [[0,6,"George","word"], [7,9,"W.","word"], [10,14,"Bush","word"], [15,16,"و","word"], [17,21,"U.S.","word"], [22,23,"و","word"], [24,27,"Dr.","word"], [28,33,"Smith","word"], [34,35,"و","word"], [36,40,"J.K.","word"], [41,48,"Rowling","word"]],
  ],
  [
    "Latin words",
    "O'Brien G20 MH17 10km",
    [[0,7,"O'Brien","word"], [8,11,"G20","word"], [12,16,"MH17","word"], [17,19,"10","number"], [19,21,"km","word"]],
  ],
  [
    "punctuation",
    "(قال) [نص] … ... !! ؟! - – — / : ;",
    [[0,1,"(","punct"], [1,4,"قال","word"], [4,5,")","punct"], [6,7,"[","punct"], [7,9,"نص","word"], [9,10,"]","punct"], [11,12,"…","punct"], [13,16,"...","punct"], [17,19,"!!","punct"], [20,22,"؟!","punct"], [23,24,"-","punct"], [25,26,"–","punct"], [27,28,"—","punct"], [29,30,"/","punct"], [31,32,":","punct"], [33,34,";","punct"]],
  ],
  [
    "emoji and currency",
    "😀 👍🏽 ❤️ 🇸🇦 👨‍👩‍👧 $50 €",
    [[0,2,"😀","symbol"], [3,7,"👍🏽","symbol"], [8,10,"❤️","symbol"], [11,15,"🇸🇦","symbol"], [16,24,"👨‍👩‍👧","symbol"], [25,26,"$","symbol"], [26,28,"50","number"], [29,30,"€","symbol"]],
  ],
  [
    "Arabic initials",
    "هـ أ. ب. ع.",
    [[0,2,"هـ","word"], [3,5,"أ.","word"], [6,8,"ب.","word"], [9,11,"ع.","word"]],
  ],
  [
    "tatweel-joined prefixes before other scripts and quotes",
    "لـ«حماس» بـ CNN الـBBC",
    [[0,2,"لـ","word"], [2,3,"«","punct"], [3,7,"حماس","word"], [7,8,"»","punct"], [9,11,"بـ","word"], [12,15,"CNN","word"], [16,19,"الـ","word"], [19,22,"BBC","word"]],
  ],
  [
    "diacritics, tatweel and bidi marks",
    "\u200fوَقَالَ الرئيـــس\u200f: نعم",
    [[1,8,"وَقَالَ","word"], [9,18,"الرئيـــس","word"], [19,20,":","punct"], [21,24,"نعم","word"]],
  ],
  [
    "Arabic question mark and comma",
    "هل انتهى؟ نعم، انتهى.",
    [[0,2,"هل","word"], [3,8,"انتهى","word"], [8,9,"؟","punct"], [10,13,"نعم","word"], [13,14,"،","punct"], [15,20,"انتهى","word"], [20,21,".","punct"]],
  ],
];

describe('tokenizer shapes', () => {
  for (const [name, text, expected] of CASES) {
    test(`tokenizer ${name}`, () => {
      const got = tokenize(text).map((t): Tok => [t.start, t.end, t.text, t.kind]);
      assert.deepEqual(got, expected);
      for (const [s, e, t] of got) assert.equal(text.slice(s, e), t);
    });
  }
});

describe('tokenizer norm and segments', () => {
  test('tokenizer norm is the match view of the token text', () => {
    const toks = tokenize('إلى المدرسةِ ٣٫٥ الرئيـــس ﻻ');
    assert.deepEqual(
      toks.map((t) => t.norm),
      ['الي', 'المدرسه', '3.5', 'الرئيس', 'لا'],
    );
  });
  test('tokenizer segments tile Arabic words with absolute offsets', () => {
    const text = 'قال والعمل بالولايات';
    const toks = tokenize(text);
    assert.equal(toks[0]!.segments, undefined);
    assert.deepEqual(toks[1]!.segments, [
      { start: 4, end: 5, form: 'و', role: 'proclitic' },
      { start: 5, end: 7, form: 'ال', role: 'proclitic' },
      { start: 7, end: 10, form: 'stem', role: 'stem' },
    ]);
    assert.deepEqual(toks[2]!.segments, [
      { start: 11, end: 12, form: 'ب', role: 'proclitic' },
      { start: 12, end: 14, form: 'ال', role: 'proclitic' },
      { start: 14, end: 20, form: 'stem', role: 'stem' },
    ]);
  });
  test('tokenizer gives no segments to non-words', () => {
    for (const t of tokenize('#والعمل @x 2020 www.x.com ، .')) assert.equal(t.segments, undefined);
  });
  test('tokenizer never splits a surrogate pair or detaches a mark', () => {
    const text = 'a😀b َب ﻻ e\u0301';
    const toks = tokenize(text);
    for (const t of toks) {
      const first = t.text.charCodeAt(0);
      assert.ok(!(first >= 0xdc00 && first <= 0xdfff), `${t.text} starts with a low surrogate`);
      const last = t.text.charCodeAt(t.text.length - 1);
      assert.ok(!(last >= 0xd800 && last <= 0xdbff), `${t.text} ends with a high surrogate`);
    }
    assert.deepEqual(
      toks.map((t) => t.text),
      ['a', '😀', 'b', 'َب', 'ﻻ', 'e\u0301'],
    );
  });
  test('tokenizer keeps a stray mark with the punctuation or symbol before it', () => {
    assert.deepEqual(
      tokenize('نعم.\u064b و$\u0301').map((t) => [t.start, t.end, t.kind]),
      [[0, 3, 'word'], [3, 5, 'punct'], [6, 7, 'word'], [7, 9, 'symbol']],
    );
  });
  test('tokenizer empty and whitespace-only texts give no tokens', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(tokenize(' \n\t\u200f\u00a0'), []);
  });
});
