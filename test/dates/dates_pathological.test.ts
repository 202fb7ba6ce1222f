/**
 * The date tagger on adversarial inputs of about 200 KB that used to take up to a minute
 * (window snapping rescanned a blank-free run once per hit; overlap removal compared every result
 * with every kept one; the anaphora refiner walked back over all results). Each must stay linear.
 * The per-test timeout guards against hangs only; it is no speed target (docs/dates.md, Speed,
 * has the measured times).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes, type Timex } from '../../src/dates/index.ts';
import { REF } from './helpers.ts';

const GUARD = { timeout: 10_000 };

/** Results are sorted by start, do not overlap and their text is their span of the input. */
function assertWellFormed(text: string, ts: Timex[]): void {
  let prevEnd = 0;
  for (const t of ts) {
    assert.ok(t.start >= prevEnd, `sorted and non-overlapping at ${t.start}`);
    assert.ok(t.end > t.start, `non-empty at ${t.start}`);
    assert.equal(text.slice(t.start, t.end), t.text);
    prevEnd = t.end;
  }
}

/** Tags `text` with and without a reference date, checks the results and returns them (with the reference date). */
function run(text: string): Timex[] {
  const ts = tagTimexes(text, { referenceDate: REF });
  assertWellFormed(text, ts);
  assertWellFormed(text, tagTimexes(text, { referenceDate: null }));
  return ts;
}

const lines = (n: number, line: string): string => Array.from({ length: n }, () => line).join('\n');

describe('date tagger: no superlinear paths', () => {
  const none: [string, string][] = [
    ["'1.' x100000", '1.'.repeat(100_000)],
    ["'1/' x100000", '1/'.repeat(100_000)],
    ["'1-' x100000", '1-'.repeat(100_000)],
    ["'1:' x100000", '1:'.repeat(100_000)],
    ["'١.' x100000 (Arabic-Indic)", '١.'.repeat(100_000)],
    ['200 KB line of digits and /', Array.from({ length: 40_000 }, (_, i) => String(i % 97)).join('/')],
    ["'12/09/2022' x20000 without spaces", '12/09/2022'.repeat(20_000)],
    ['200 KB Arabic-Indic digit run', '١'.repeat(200_000)],
    ['200 KB digit run', '1'.repeat(200_000)],
    ["'الساعة ' x50000", 'الساعة '.repeat(50_000)],
    ["'يوم ' x50000", 'يوم '.repeat(50_000)],
    ["'من 1 إلى 2 ' x20000", 'من 1 إلى 2 '.repeat(20_000)],
    ["'1.2.3.4.5.6.7.8.9.' x10000", '1.2.3.4.5.6.7.8.9.'.repeat(10_000)],
    ['a year then a 200 KB digit run', '2022' + '1'.repeat(200_000)],
  ];
  for (const [name, text] of none) {
    test(`${name}: no expression`, GUARD, () => {
      assert.deepEqual(run(text), []);
    });
  }

  test("'2022 ' x100000", GUARD, () => {
    run('2022 '.repeat(100_000));
  });

  test('month names x50000', GUARD, () => {
    const months = 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر ';
    run(months.repeat(Math.ceil(50_000 / 12)));
    const ts = run('سبتمبر '.repeat(50_000));
    assert.ok(ts.length > 0 && ts.every((t) => t.value.startsWith('2022-09')));
  });

  test("'12/09/2022 ' x20000: every date", GUARD, () => {
    const ts = run('12/09/2022 '.repeat(20_000));
    assert.equal(ts.length, 20_000);
    assert.ok(ts.every((t) => t.text === '12/09/2022' && t.value === '2022-09-12'));
  });

  test("'١٢/٠٩/٢٠٢٢ ' x20000 (Arabic-Indic digits): every date", GUARD, () => {
    const ts = run('١٢/٠٩/٢٠٢٢ '.repeat(20_000));
    assert.equal(ts.length, 20_000);
    assert.ok(ts.every((t) => t.value === '2022-09-12'));
  });

  test("'بين عامي 2011 و2014 ' x10000: every range", GUARD, () => {
    const ts = run('بين عامي 2011 و2014 '.repeat(10_000));
    assert.equal(ts.length, 10_000);
    assert.ok(ts.every((t) => t.value === '2011/2014'));
  });

  test('100000 lines of 12 سبتمبر 2022: every date', GUARD, () => {
    const ts = run(lines(100_000, '12 سبتمبر 2022'));
    assert.equal(ts.length, 100_000);
    assert.ok(ts.every((t) => t.text === '12 سبتمبر 2022' && t.value === '2022-09-12'));
  });

  test('dense relative days (overlap removal over 45000 results)', GUARD, () => {
    const ts = run('اليوم أمس غدا '.repeat(15_000));
    assert.equal(ts.length, 45_000);
  });

  test('anaphors without an antecedent (no walk back over all results)', GUARD, () => {
    const text = 'الأحد في اليوم نفسه '.repeat(10_000);
    const ts = tagTimexes(text, { referenceDate: null });
    assertWellFormed(text, ts);
    assert.ok(ts.every((t) => t.value === 'XXXX-WXX-7'));
  });

  test("'شهر رمضان ' x20000 (Hijri conversions remembered)", GUARD, () => {
    const ts = run('شهر رمضان '.repeat(20_000));
    assert.equal(ts.length, 20_000);
    assert.ok(ts.every((t) => t.value === ts[0]!.value));
  });

  test('a date, then 200 KB without blanks', GUARD, () => {
    run('عام 2022 ' + 'ب'.repeat(200_000));
    run('12/09/' + '1'.repeat(200_000));
    run('2022' + '\u2003'.repeat(200_000) + 'سبتمبر');
  });
});
