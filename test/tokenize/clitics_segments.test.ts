import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { segmentClitics } from '../../src/tokenize/clitics.ts';
import type { Segment } from '../../src/doc/types.ts';

type Seg = readonly [start: number, end: number, role: Segment['role'], form: string];
type Case = readonly [word: string, segments: readonly Seg[] | undefined];

const seg = (word: string, offset = 0): readonly Seg[] | undefined =>
  segmentClitics(word, offset)?.map((g): Seg => [g.start, g.end, g.role, g.form]);

/** Words with clitics: exact segments (relative to the word; `لل` gives `ل` + `ال`). */
const SEGMENTED: readonly Case[] = [
  ["وقال", [[0,1,"proclitic","و"], [1,4,"stem","stem"]]],
  ["والعمل", [[0,1,"proclitic","و"], [1,3,"proclitic","ال"], [3,6,"stem","stem"]]],
  ["بالولايات", [[0,1,"proclitic","ب"], [1,3,"proclitic","ال"], [3,9,"stem","stem"]]],
  ["للقوات", [[0,1,"proclitic","ل"], [1,2,"proclitic","ال"], [2,6,"stem","stem"]]],
  ["للجنة", [[0,1,"proclitic","ل"], [1,5,"stem","stem"]]],
  ["لليبيا", [[0,1,"proclitic","ل"], [1,6,"stem","stem"]]],
  ["وسيتم", [[0,1,"proclitic","و"], [1,2,"proclitic","س"], [2,5,"stem","stem"]]],
  ["سيكون", [[0,1,"proclitic","س"], [1,5,"stem","stem"]]],
  ["وبالتالي", [[0,1,"proclitic","و"], [1,2,"proclitic","ب"], [2,4,"proclitic","ال"], [4,8,"stem","stem"]]],
  ["والله", [[0,1,"proclitic","و"], [1,5,"stem","stem"]]],
  ["والذين", [[0,1,"proclitic","و"], [1,6,"stem","stem"]]],
  ["فيه", [[0,2,"stem","stem"], [2,3,"enclitic","ه"]]],
  ["منها", [[0,2,"stem","stem"], [2,4,"enclitic","ها"]]],
  ["بينهم", [[0,3,"stem","stem"], [3,5,"enclitic","هم"]]],
  ["لأنه", [[0,1,"proclitic","ل"], [1,3,"stem","stem"], [3,4,"enclitic","ه"]]],
  ["بلادنا", [[0,4,"stem","stem"], [4,6,"enclitic","نا"]]],
  ["إنني", [[0,2,"stem","stem"], [2,4,"enclitic","ني"]]],
  ["دعمهم", [[0,3,"stem","stem"], [3,5,"enclitic","هم"]]],
  ["قاله", [[0,3,"stem","stem"], [3,4,"enclitic","ه"]]],
  ["وَالْعَمَلُ", [[0,2,"proclitic","و"], [2,5,"proclitic","ال"], [5,11,"stem","stem"]]],
  ["بالـقوات", [[0,1,"proclitic","ب"], [1,4,"proclitic","ال"], [4,8,"stem","stem"]]],
  ["ولكنها", [[0,1,"proclitic","و"], [1,4,"stem","stem"], [4,6,"enclitic","ها"]]],
  ["فإن", [[0,1,"proclitic","ف"], [1,3,"stem","stem"]]],
  ["وفي", [[0,1,"proclitic","و"], [1,3,"stem","stem"]]],
  ["دعمهم", [[0,3,"stem","stem"], [3,5,"enclitic","هم"]]],
  ["قاله", [[0,3,"stem","stem"], [3,4,"enclitic","ه"]]],
  ["وَالـمُعَلِّمُ", [[0,2,"proclitic","و"], [2,5,"proclitic","ال"], [5,14,"stem","stem"]]],
  ["ﻟﻠﻘﻮات", [[0,1,"proclitic","ل"], [1,2,"proclitic","ال"], [2,6,"stem","stem"]]],
  ["حولك", [[0, 3, "stem", "stem"], [3, 4, "enclitic", "ك"]]],
  ["أمامكم", [[0, 4, "stem", "stem"], [4, 6, "enclitic", "كم"]]],
  ["منكما", [[0, 2, "stem", "stem"], [2, 5, "enclitic", "كما"]]],
  ["مني", [[0, 2, "stem", "stem"], [2, 3, "enclitic", "ي"]]],
];

describe('clitics segmentation', () => {
  for (const [word, expected] of SEGMENTED) {
    test(`clitics segment ${word}`, () => assert.deepEqual(seg(word), expected));
  }
  test('clitics segments are absolute (offset added) and tile the word', () => {
    const got = segmentClitics('وبالتالي', 100)!;
    assert.deepEqual(
      got.map((g) => [g.start, g.end]),
      [[100, 101], [101, 102], [102, 104], [104, 108]],
    );
    assert.equal(got.filter((g) => g.role === 'stem').length, 1);
  });
});
