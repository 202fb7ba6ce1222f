/** Without a reference date, relative expressions keep unresolved values; nothing is invented. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../src/dates/index.ts';
import { testCases } from './helpers.ts';

describe('no reference date', () => {
  testCases('ARRelativeDayParser', [
    { text: 'وقال أمس إن', span: 'أمس', value: 'PAST_REF', ref: null },
    { text: 'يبدأ اليوم الإثنين زيارة', span: 'اليوم الإثنين', value: 'PRESENT_REF', ref: null },
    { text: 'يصل غدا إلى', span: 'غدا', value: 'FUTURE_REF', ref: null },
  ]);
  testCases('ARAgoLaterParser', [{ text: 'وصل منذ ثلاثة أيام', span: 'منذ ثلاثة أيام', value: 'PAST_REF', ref: null }]);
  testCases('ARRelativeUnitParser', [{ text: 'في العام الماضي قال', span: 'العام الماضي', value: 'PAST_REF', ref: null }]);
  testCases('ARMonthNameParser', [
    { text: 'في 12 سبتمبر 2022 وقع', span: '12 سبتمبر 2022', value: '2022-09-12', ref: null },
    { text: 'في 12 سبتمبر وقع', span: '12 سبتمبر', value: 'XXXX-09-12', ref: null },
  ]);
  test('anchors record the offset of unresolved expressions', () => {
    const [t] = tagTimexes('وصل منذ ثلاثة أيام', { referenceDate: null });
    assert.deepEqual(t?.anchor, { unit: 'day', offset: -3 });
    const [u] = tagTimexes('وقال أمس إن', { referenceDate: null });
    assert.deepEqual(u?.anchor, { unit: 'day', offset: -1 });
  });
  test('the clock is never read: same output whatever the date', () => {
    const a = tagTimexes('وقال أمس إن', { referenceDate: '2020-01-01' });
    assert.equal(a[0]?.value, '2019-12-31');
  });
});

describe('stated and implied fields', () => {
  test('a full date states year, month and day', () => {
    const [t] = tagTimexes('في 12 سبتمبر 2022', { referenceDate: '2022-09-12' });
    assert.deepEqual([...t!.stated].sort(), ['day', 'month', 'year']);
    assert.deepEqual(t!.implied, []);
  });
  test('a date without year implies the year', () => {
    const [t] = tagTimexes('في 12 سبتمبر', { referenceDate: '2022-09-12' });
    assert.deepEqual([...t!.stated].sort(), ['day', 'month']);
    assert.deepEqual(t!.implied, ['year']);
  });
  test('a weekday states the weekday and implies the date', () => {
    const [t] = tagTimexes('قال الأحد', { referenceDate: '2022-09-12' });
    assert.deepEqual(t!.stated, ['weekday']);
    assert.deepEqual(t!.implied, ['year', 'month', 'day']);
  });
});

describe('output invariants', () => {
  const text = 'وقال الوزيرُ، اليومَ الإثنين 12 سبتمبـر 2022، إن الاجتماع سيُعقد الأسبوع المقبل لمدة ثلاثة أيام منذ ٣ أشهر.';
  const ts = tagTimexes(text, { referenceDate: '2022-09-12' });
  test('spans are exact, sorted and non-overlapping', () => {
    assert.ok(ts.length >= 3);
    let last = -1;
    for (const t of ts) {
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(t.start >= last, 'sorted and non-overlapping');
      last = t.end;
    }
  });
  test('diacritics and tatweel inside expressions keep exact offsets', () => {
    assert.ok(ts.some((t) => t.text === 'اليومَ الإثنين' && t.value === '2022-09-12'), ts.map((t) => t.text).join(' | '));
    assert.ok(ts.some((t) => t.text === '12 سبتمبـر 2022' && t.value === '2022-09-12'), ts.map((t) => t.text).join(' | '));
  });
  test('an empty text gives no timex', () => {
    assert.deepEqual(tagTimexes('', { referenceDate: null }), []);
  });
});
