/** Every date of ../shared/docs/seed-expected.md comes out with the value given there. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tagTimexes } from '../../src/dates/index.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';

const SEED = ['seed', '000_e323fe3fe21d9f90.txt'] as const;
const file = sharedDataFile(...SEED);

/** [expression as written in the seed, TIMEX3 value] — the table "Dates" of seed-expected.md. */
const EXPECTED: [string, string][] = [
  ['12 سبتمبر 2022', '2022-09-12'],
  ['اليوم الإثنين', '2022-09-12'],
  ['اليوم', '2022-09-12'],
  ['العاشر من ديسمبر/كانون الأول 2020', '2020-12-10'],
  ['ما بين 12 و15 سبتمبر/أيلول الحالي', '2022-09-12/2022-09-15'],
  ['بعد نحو الشهرين', '2022-07'],
  ['نهاية العام 2020', '2020-12'],
  ['الأشهر الماضية', 'PAST_REF'],
  ['24 نوفمبر/تشرين الثاني 2021', '2021-11-24'],
];

describe('seed article dates (reference date 2022-09-12)', () => {
  if (!file) {
    test('seed article', { skip: missingDataMessage(...SEED) }, () => {});
    return;
  }
  const text = readFileSync(file, 'utf8');
  const timexes = tagTimexes(text, { referenceDate: '2022-09-12' });
  for (const [expr, value] of EXPECTED) {
    test(`«${expr}» = ${value}`, () => {
      const hits = timexes.filter((t) => t.text === expr);
      assert.ok(hits.length > 0, `«${expr}» not found; got: ${timexes.map((t) => t.text).join(' | ')}`);
      for (const h of hits) {
        assert.equal(h.value, value);
        assert.equal(text.slice(h.start, h.end), expr);
      }
    });
  }
  test('no other timex in the seed article', () => {
    const extra = timexes.filter((t) => !EXPECTED.some(([e]) => e === t.text));
    assert.deepEqual(extra.map((t) => t.text), []);
  });
});
