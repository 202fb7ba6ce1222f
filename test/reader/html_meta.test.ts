/**
 * Metadata helpers of the HTML reader: date normalisation, site-name stripping, JSON-LD repair,
 * entity decoding.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, normaliseDate, parseJsonLd, stripSiteName } from '../../src/reader/html-meta.ts';

describe('normaliseDate', () => {
  const table: [string, string | null][] = [
    ['2019-02-08T00:00:00+01:00', '2019-02-08T00:00:00+01:00'],
    ['2013-08-28 14:00:00+0400', '2013-08-28T14:00:00+04:00'],
    ['2024-07-16T09:05:33.123Z', '2024-07-16T09:05:33Z'],
    ['2024-07-16T09:05', '2024-07-16T09:05'],
    ['2024-07-16T09:05:00 GMT', '2024-07-16T09:05:00Z'],
    ['2024-07-16', '2024-07-16'],
    ['2024/7/6', '2024-07-06'],
    ['20130828', '2013-08-28'],
    ['٢٠٢٢-٠٩-١٢', '2022-09-12'],
    ['Wed, 28 Aug 2013 10:00:00 GMT', '2013-08-28T10:00:00Z'],
    ['28 August 2013', '2013-08-28'],
    ['August 28, 2013', '2013-08-28'],
    ['2013-02-30', null],
    ['2013-13-01', null],
    ['yesterday', null],
    ['', null],
    ['الأربعاء، 28 آب/اغسطس 2013', null],
  ];
  for (const [raw, expected] of table) test(JSON.stringify(raw), () => assert.equal(normaliseDate(raw), expected));

  test('a result always starts with YYYY-MM-DD', () => {
    for (const [raw] of table) {
      const v = normaliseDate(raw);
      if (v !== null) assert.match(v, /^\d{4}-\d{2}-\d{2}/);
    }
  });
});

describe('stripSiteName', () => {
  const table: [string, string[], boolean, string][] = [
    ['معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com', [], true, 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق'],
    ['أخبار فلسطين اليوم | الجزيرة نت', [], false, 'أخبار فلسطين اليوم'],
    ['الجزيرة نت | أخبار فلسطين اليوم', [], false, 'أخبار فلسطين اليوم'],
    ['عنوان طويل للخبر - الصباح | Assabah', [], true, 'عنوان طويل للخبر'],
    ['عنوان طويل للخبر - موقعنا', ['موقعنا'], false, 'عنوان طويل للخبر'],
    ['غزة - خان يونس: قصف عنيف', [], true, 'غزة - خان يونس: قصف عنيف'],
    ['عنوان | قسم الأخبار', [], false, 'عنوان | قسم الأخبار'],
    ['عنوان الخبر الكامل | قسم الأخبار', [], true, 'عنوان الخبر الكامل'],
    ['  مسافات   زائدة  ', [], true, 'مسافات زائدة'],
    ['غزة: ارتفاع الحصيلة - جريدة الأيام', [], false, 'غزة: ارتفاع الحصيلة'],
    ['موقع الخبر | عنوان طويل للخبر', [], false, 'عنوان طويل للخبر'],
  ];
  for (const [title, sites, generic, expected] of table) test(title, () => assert.equal(stripSiteName(title, sites, generic), expected));
});

describe('parseJsonLd', () => {
  test('valid, wrapped in an HTML comment or CDATA', () => {
    assert.deepEqual(parseJsonLd('{"a":1}'), { a: 1 });
    assert.deepEqual(parseJsonLd('<!-- {"a":1} -->'), { a: 1 });
    assert.deepEqual(parseJsonLd('//<![CDATA[\n{"a":1}\n//]]>'), { a: 1 });
  });
  test('raw newlines in strings and trailing commas are repaired', () => {
    assert.deepEqual(parseJsonLd('{"a":"x\ny", "b":[1,2,],}'), { a: 'x y', b: [1, 2] });
  });
  test('hopeless input gives undefined, never an exception', () => {
    assert.equal(parseJsonLd('{"a": '), undefined);
    assert.equal(parseJsonLd(''), undefined);
    assert.equal(parseJsonLd('<p>not json</p>'), undefined);
  });
});

describe('decodeEntities', () => {
  test('numeric references and basic named entities', () => {
    assert.equal(decodeEntities('&#1605;&#1589;&#1585; &amp; &#x627;&#x644;&#x623;&#x631;&#x62f;&#x646; &quot;x&quot;'), 'مصر & الأردن "x"');
  });
  test('invalid references are left alone', () => {
    assert.equal(decodeEntities('&#55296; &#99999999; &foo;'), '&#55296; &#99999999; &foo;');
  });
});
