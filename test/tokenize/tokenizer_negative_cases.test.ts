import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/tokenize/tokenizer.ts';
import type { TokenKind } from '../../src/doc/types.ts';

/** Near misses: shapes that must not become one number, date, time, URL, mention or abbreviation. */
type Tok = readonly [start: number, end: number, text: string, kind: TokenKind];
type Case = readonly [name: string, text: string, tokens: readonly Tok[]];

const CASES: readonly Case[] = [
  [
    "prices keep currency signs apart",
    "50$ و$50 و100 دولار و50٪",
    [[0,2,"50","number"], [2,3,"$","symbol"], [4,5,"و","word"], [5,6,"$","symbol"], [6,8,"50","number"], [9,10,"و","word"], [10,13,"100","number"], [14,19,"دولار","word"], [20,21,"و","word"], [21,23,"50","number"], [23,24,"٪","symbol"]],
  ],
  [
    "scores",
    "فاز 3-1 على",
    [[0,3,"فاز","word"], [4,5,"3","number"], [5,6,"-","punct"], [6,7,"1","number"], [8,11,"على","word"]],
  ],
  [
    "ranges of years",
    "بين 2020-2021 و2020/2021",
    [[0,3,"بين","word"], [4,8,"2020","number"], [8,9,"-","punct"], [9,13,"2021","number"], [14,15,"و","word"], [15,19,"2020","number"], [19,20,"/","punct"], [20,24,"2021","number"]],
  ],
  [
    "ratios and impossible clock times are not times",
    "بنسبة 3:1 و25:30 و14:75",
    [[0,5,"بنسبة","word"], [6,7,"3","number"], [7,8,":","punct"], [8,9,"1","number"], [10,11,"و","word"], [11,13,"25","number"], [13,14,":","punct"], [14,16,"30","number"], [17,18,"و","word"], [18,20,"14","number"], [20,21,":","punct"], [21,23,"75","number"]],
  ],
  [
    "a period after a number at sentence end",
    "عام 2020.",
    [[0,3,"عام","word"], [4,8,"2020","number"], [8,9,".","punct"]],
  ],
  [
    "a period after a decimal at sentence end",
    "بلغ 3.5.",
    [[0,3,"بلغ","word"], [4,7,"3.5","number"], [7,8,".","punct"]],
  ],
  [
    "invalid dates",
    "32/13/2020 و2022-13-01 و12/9",
    [[0,2,"32","number"], [2,3,"/","punct"], [3,5,"13","number"], [5,6,"/","punct"], [6,10,"2020","number"], [11,12,"و","word"], [12,16,"2022","number"], [16,17,"-","punct"], [17,19,"13","number"], [19,20,"-","punct"], [20,22,"01","number"], [23,24,"و","word"], [24,26,"12","number"], [26,27,"/","punct"], [27,28,"9","number"]],
  ],
  [
    "mixed separators are not a date",
    "12/09-2022",
    [[0,2,"12","number"], [2,3,"/","punct"], [3,5,"09","number"], [5,6,"-","punct"], [6,10,"2022","number"]],
  ],
  [
    "a URL needs more than its prefix",
    "www. و http://",
    [[0,3,"www","word"], [3,4,".","punct"], [5,6,"و","word"], [7,11,"http","word"], [11,12,":","punct"], [12,13,"/","punct"], [13,14,"/","punct"]],
  ],
  [
    "an @ or # glued to a word, or with nothing after it",
    "a@b @ # #_ C#",
    [[0,1,"a","word"], [1,2,"@","symbol"], [2,3,"b","word"], [4,5,"@","symbol"], [6,7,"#","symbol"], [8,9,"#","symbol"], [9,10,"_","punct"], [11,12,"C","word"], [12,13,"#","symbol"]],
  ],
  [
    "a title glued to a name",
    "د.محمد",
    [[0,2,"د.","word"], [2,6,"محمد","word"]],
  ],
  [
    "hyphenated name with number",
    "كوفيد-19",
    [[0,5,"كوفيد","word"], [5,6,"-","punct"], [6,8,"19","number"]],
  ],
  [
    "signs are separate",
    "+20 و-5",
    [[0,1,"+","symbol"], [1,3,"20","number"], [4,5,"و","word"], [5,6,"-","punct"], [6,7,"5","number"]],
  ],
  [
    "a list of numbers with Arabic commas",
    "1، 2، 3",
    [[0,1,"1","number"], [1,2,"،","punct"], [3,4,"2","number"], [4,5,"،","punct"], [6,7,"3","number"]],
  ],
  [
    "title م. not after a number",
    "م. أحمد",
    [[0,2,"م.","word"], [3,7,"أحمد","word"]],
  ],
  [
    "multi-letter word before a period is not an abbreviation",
    "الرئيس. ثم",
    [[0,6,"الرئيس","word"], [6,7,".","punct"], [8,10,"ثم","word"]],
  ],
  [
    "digits do not join Arabic letters",
    "كوفيد19 و19كوفيد",
    [[0,5,"كوفيد","word"], [5,7,"19","number"], [8,9,"و","word"], [9,11,"19","number"], [11,16,"كوفيد","word"]],
  ],
];

describe('tokenizer negative cases', () => {
  for (const [name, text, expected] of CASES) {
    test(`tokenizer ${name}`, () => {
      assert.deepEqual(
        tokenize(text).map((t): Tok => [t.start, t.end, t.text, t.kind]),
        expected,
      );
    });
  }
});
