/** ARAnaphoricDateParser + ARAnaphoraRefiner: dates that point back to a date already named. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../src/dates/index.ts';

describe('ARAnaphoraRefiner resolves dates that point back', () => {
  const cases: [string, string, string, string][] = [
    // [text, reference date, span, value]
    ['أفرج عنهم بين 14 و16 أبريل 2023، عقب اتفاق في مارس من العام نفسه.', '2024-07-02', 'مارس من العام نفسه', '2023-03'],
    ['بدأ الاعتصام في 3 أكتوبر 2019 وتوسع في السابع عشر من الشهر نفسه.', '2019-11-27', 'السابع عشر من الشهر نفسه', '2019-10-17'],
    ['وقعت الحادثة أمس الجمعة، ونقل المصاب في اليوم نفسه إلى المستشفى.', '2023-04-22', 'اليوم نفسه', '2023-04-21'],
  ];
  for (const [text, ref, span, value] of cases) {
    test(`«${span}» = ${value}`, () => {
      const ts = tagTimexes(text, { referenceDate: ref });
      const t = ts.find((x) => x.text === span);
      assert.ok(t, ts.map((x) => `${x.text}=${x.value}`).join(' | '));
      assert.equal(t.start, text.indexOf(span));
      assert.equal(t.value, value);
      assert.ok(t.tags.includes('refiner/ARAnaphoraRefiner'));
    });
  }
  test('without an antecedent, nothing is emitted', () => {
    assert.deepEqual(tagTimexes('في اليوم نفسه وصل', { referenceDate: '2023-04-22' }), []);
  });
});
