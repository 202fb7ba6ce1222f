import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from '../../src/reader/dateline.ts';

/** Lines that are not datelines: sentences that mention a date, impossible dates, partial dates. */
const NOT_DATELINES: string[] = [
  // body sentences and headlines that merely contain a date
  'وقعت الاتفاقية في 24 نوفمبر 2021 بالرباط.',
  'وقعت الاتفاقية في 24 نوفمبر 2021 بالرباط',
  'زار الرئيس 12 سبتمبر 2022',
  'انتخابات 12 سبتمبر 2022 تفرز برلمانا جديدا',
  'يبدأ وفد عسكري مغربي رفيع المستوى، اليوم الإثنين 12 سبتمبر 2022، زيارة إلى إسرائيل.',
  'الأحد 16 سبتمبر-أيلول 2012 الساعة 08 مساءً / 26سبتمبرنت :',
  'صنعاء 17-6-2012 وفا- يختتم منتخبنا الوطني الأول لكرة القدم معسكره التدريبي',
  'ما بين 12 و15 سبتمبر/أيلول الحالي في تل أبيب',
  'في العاشر من ديسمبر/كانون الأول 2020',
  // impossible dates
  '31 فبراير 2022',
  '29 فبراير 2023',
  '31 نيسان 2019',
  '32/01/2020',
  '13/13/2020',
  '31/31/2020',
  '2020-02-30',
  'نشر في: 2018-13-12 - 14:30',
  '30 صفر 1443 هـ',
  '12 سبتمبر 2022 25:00',
  // not complete dates
  'سبتمبر 2022',
  '12 سبتمبر',
  '2022',
  '14:30',
  '12/09',
  '1/2',
  'نشر في:',
  'آخر تحديث',
  // numbers that are not dates
  'صادرات الدولة ترتفع 10%',
  '26/ 24، 25/ 18، 25/ 21.',
  '88591 - Stc',
  '3.1 مليار ريال',
  // out-of-range years
  '12 سبتمبر 1850',
  '12 سبتمبر 2150',
  '',
];

describe('parseDateline: lines that are not datelines', () => {
  for (const line of NOT_DATELINES) {
    test(JSON.stringify(line), () => assert.equal(parseDateline(line), null));
  }
  test('very long lines are never datelines', () => {
    assert.equal(parseDateline(`12 سبتمبر 2022 ${'ـ'.repeat(300)}`), null);
  });
});
