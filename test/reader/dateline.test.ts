import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { hijriToIso, parseDateline, parseTimestamp } from '../../src/reader/dateline.ts';

/** [line, expected value, expected kind] */
const CASES: [string, string, 'published' | 'updated' | 'date'][] = [
  // Gregorian month names, the three regional systems and Moroccan names
  ['12 سبتمبر 2022', '2022-09-12', 'date'],
  ['الإثنين 12 سبتمبر/أيلول 2022', '2022-09-12', 'date'],
  ['الاثنين، 12 سبتمبر 2022', '2022-09-12', 'date'],
  ['يوم الأثنين 12 أيلول 2022', '2022-09-12', 'date'],
  ['8 فيفري 2019', '2019-02-08', 'date'],
  ['الخميس 26 جويلية 2012', '2012-07-26', 'date'],
  ['3 أوت 2016', '2016-08-03', 'date'],
  ['الأحد 15 جوان 2014', '2014-06-15', 'date'],
  ['12 شتنبر 2022', '2022-09-12', 'date'],
  ['3 دجنبر 2021', '2021-12-03', 'date'],
  ['14 غشت 2020', '2020-08-14', 'date'],
  ['20 نونبر 2019', '2019-11-20', 'date'],
  ['5 يوليوز 2018', '2018-07-05', 'date'],
  ['1 كانون الثاني 2020', '2020-01-01', 'date'],
  ['31 كانون الأول 2019', '2019-12-31', 'date'],
  ['24 تشرين الثاني 2021', '2021-11-24', 'date'],
  ['10 أيار/مايو 2018', '2018-05-10', 'date'],
  ['10 مايس 2018', '2018-05-10', 'date'],
  ['7 ابريل 2017', '2017-04-07', 'date'],
  ['7 إبريل 2017', '2017-04-07', 'date'],
  ['7 أفريل 2017', '2017-04-07', 'date'],
  ['28 اغسطس 2013', '2013-08-28', 'date'],
  ['30 یونیو 2012'.replace('یونیو', 'يونيه'), '2012-06-30', 'date'],
  ['2 دیسمبر 2015', '2015-12-02', 'date'],
  ['28 آب (أغسطس) 2013', '2013-08-28', 'date'],
  ['الأحد 16 سبتمبر-أيلول 2012', '2012-09-16', 'date'],
  ['الأربعاء, 28-مارس-2012', '2012-03-28', 'date'],
  ['الأحد, 25 مارس, 2012', '2012-03-25', 'date'],
  ['12 سبتمبر 2022م', '2022-09-12', 'date'],
  ['12 من شهر سبتمبر 2022', '2022-09-12', 'date'],
  // numeric Hijri dates (a year of 1300–1500 is Hijri), a 12-hour clock, an issue number
  ['بتاريخ 5-4-1433 هـ', '2012-02-27', 'date'],
  ['بتاريخ 9-9-1433 هـ ', '2012-07-28', 'date'],
  ['1433-08-03 06:28 AM', '2012-06-23T06:28', 'date'],
  ['1433-08-03 06:28 PM', '2012-06-23T18:28', 'date'],
  ['صحيفة الوطن - العدد 2403 الأثنين 9 يوليو 2012', '2012-07-09', 'date'],
  ['العدد 2403 - 9 يوليو 2012', '2012-07-09', 'date'],
  ['07-03-2012 09:08 PM', '2012-03-07T21:08', 'date'],
  ['07-03-2012 12:15 AM', '2012-03-07T00:15', 'date'],
  ['1er مارس 2019', '2019-03-01', 'date'],
  // Arabic-Indic and Persian digits
  ['١٢ آذار ٢٠٢٣', '2023-03-12', 'date'],
  ['الأحد ١٢ آذار ٢٠٢٣', '2023-03-12', 'date'],
  ['۱۲ مارس ۲۰۲۳', '2023-03-12', 'date'],
  ['٢٥/٠٥/٢٠١٨ ٠٩:٢٢', '2018-05-25T09:22', 'date'],
  // Numeric dates: day first, ISO, dotted, spaced
  ['17/04/2012', '2012-04-17', 'date'],
  ['الجمعة 06/07/2012', '2012-07-06', 'date'],
  ['22.11.2012', '2012-11-22', 'date'],
  ['25 - 10 - 2012', '2012-10-25', 'date'],
  ['2012-07-09', '2012-07-09', 'date'],
  ['2012.11.04', '2012-11-04', 'date'],
  ['12/09/22', '2022-09-12', 'date'],
  ['05/25/2018', '2018-05-25', 'date'],
  // Labels
  ['نشر في: 2018-08-12 - 14:30', '2018-08-12T14:30', 'published'],
  ['نشر في: 2019-02-08 - 14:30', '2019-02-08T14:30', 'published'],
  ['نُشر بتاريخ 12 سبتمبر 2022', '2022-09-12', 'published'],
  ['تاريخ النشر: 30 يونيو 2012', '2012-06-30', 'published'],
  ['تاريخ النشر :30 يونيو 2012', '2012-06-30', 'published'],
  ['تاريخ النشر: الخميس 19 يوليو 2012', '2012-07-19', 'published'],
  ['حُرر في 3 ربيع الأول 1444 هـ', '2022-09-29', 'published'],
  ['Published On 16/7/2024', '2024-07-16', 'published'],
  ['آخر تحديث: 25/05/2018 09:22', '2018-05-25T09:22', 'updated'],
  ['اخر تحديث : 25/05/2018 - 09:22', '2018-05-25T09:22', 'updated'],
  ['تم التحديث في 3 مارس 2020 الساعة 10:15', '2020-03-03T10:15', 'updated'],
  ['التاريخ: 18 يوليو 2012', '2012-07-18', 'date'],
  // Times, am/pm, seconds, zones
  ['الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)', '2013-08-28T14:00+04:00', 'date'],
  ['الإثنين، 12 سبتمبر 2022 - 14:30 بتوقيت غرينتش', '2022-09-12T14:30Z', 'date'],
  ['12 سبتمبر 2022 14:30 GMT', '2022-09-12T14:30Z', 'date'],
  ['12 سبتمبر 2022 14:30 (GMT+3)', '2022-09-12T14:30+03:00', 'date'],
  ['12 سبتمبر 2022 14:30 UTC-05:00', '2022-09-12T14:30-05:00', 'date'],
  ['2017-01-21T16:19:00+01:00', '2017-01-21T16:19:00+01:00', 'date'],
  ['الأحد, 25 مارس, 2012, 10:32 بتوقيت القدس', '2012-03-25T10:32', 'date'],
  ['الأربعاء 18 جويلية 2012 الساعة 10:56:09', '2012-07-18T10:56:09', 'date'],
  ['06/10/2012 12:00 صباحا', '2012-10-06T00:00', 'date'],
  ['07-08-2012 08:38 AM', '2012-08-07T08:38', 'date'],
  ['06-19-2012 04:47 PM', '2012-06-19T16:47', 'date'],
  ['الجمعة 15 يونيو-حزيران 2012 الساعة 09 مساءً', '2012-06-15T21:00', 'date'],
  ['12 سبتمبر 2022، 2:30 م', '2022-09-12T14:30', 'date'],
  ['12 سبتمبر 2022 18:25 ت م', '2022-09-12T18:25+03:00', 'date'],
  // Hijri with and without the Gregorian date
  ['الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس', '2015-08-10', 'date'],
  ['مكة المكرمة 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس', '2015-08-11', 'date'],
  ['جيزان 25 شوال 1436هـ الموافق 10 اغسطس 2015م واس', '2015-08-10', 'date'],
  ['الاربعاء,11 تموز 2012 الموافق 21 شعبان 1433', '2012-07-11', 'date'],
  ['الإثنين 16 صفر 1444 هـ', '2022-09-12', 'date'],
  ['1 رمضان 1444', '2023-03-23', 'date'],
  ['10 ذو الحجة 1443 هـ', '2022-07-09', 'date'],
  // A place before the date
  ['القاهرة، 12 سبتمبر 2022', '2022-09-12', 'date'],
  ['الرباط - 24 نوفمبر 2021', '2021-11-24', 'date'],
];

describe('parseDateline: lines that are datelines', () => {
  for (const [line, value, kind] of CASES) {
    test(line, () => {
      const d = parseDateline(line);
      assert.ok(d, `expected a dateline in ${JSON.stringify(line)}`);
      assert.equal(d.value, value);
      assert.equal(d.kind, kind);
      assert.ok(line.includes(d.text), 'text is a substring of the line');
    });
  }
});

describe('parseDateline: the text of the date', () => {
  test('leaves the label out and keeps the weekday', () => {
    assert.equal(parseDateline('نشر في: الإثنين 12 سبتمبر 2022')?.text, 'الإثنين 12 سبتمبر 2022');
  });
  test('keeps tatweel and harakat that folding removed (هـ, مساءً)', () => {
    assert.equal(parseDateline('حُرر في 3 ربيع الأول 1444 هـ')?.text, '3 ربيع الأول 1444 هـ');
    assert.equal(parseDateline('الأحد 16 سبتمبر 2012 الساعة 08 مساءً')?.text, 'الأحد 16 سبتمبر 2012 الساعة 08 مساءً');
  });
  test('leaves the place and the closing agency out', () => {
    assert.equal(parseDateline('الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس')?.text, '25 شوال 1436 هـ الموافق 10 اغسطس 2015 م');
  });
  test('ignores NBSP, bidi marks and surrounding spaces', () => {
    assert.equal(parseDateline('\u200f 12\u00a0سبتمبر\u00a02022 ')?.value, '2022-09-12');
  });
});

describe('parseTimestamp', () => {
  const cases: [string, string][] = [
    ['18:25 ت م', '18:25+03:00'],
    ['07h22', '07:22'],
    ['14:30 GMT', '14:30Z'],
    ['الساعة 9 مساء', '21:00'],
    ['09:05:33', '09:05:33'],
  ];
  for (const [line, value] of cases) test(line, () => assert.equal(parseTimestamp(line), value));
  test('not a time', () => {
    assert.equal(parseTimestamp('14:30 وصل الوفد'), null);
    assert.equal(parseTimestamp('25:10'), null);
    assert.equal(parseTimestamp('الساعة 9'), null);
  });
});

describe('hijriToIso (Umm al-Qura)', () => {
  test('known dates', () => {
    assert.equal(hijriToIso(1436, 10, 25), '2015-08-10');
    assert.equal(hijriToIso(1444, 9, 1), '2023-03-23');
    assert.equal(hijriToIso(1444, 3, 3), '2022-09-29');
    assert.equal(hijriToIso(1445, 1, 1), '2023-07-19');
  });
  test('impossible or out-of-range dates', () => {
    assert.equal(hijriToIso(1444, 13, 1), null);
    assert.equal(hijriToIso(1444, 1, 31), null);
    assert.equal(hijriToIso(900, 1, 1), null);
  });
});
