import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('refiners merge weekdays, double dates and ranges', () => {
  testCases('ARMergeWeekdayDateRefiner', [
    { text: 'الإثنين 12 سبتمبر 2022', span: 'الإثنين 12 سبتمبر 2022', value: '2022-09-12' },
    { text: 'يوم الأربعاء 8 أكتوبر سيعقد', span: 'يوم الأربعاء 8 أكتوبر', value: '2014-10-08', ref: '2014-10-04' },
  ]);
  testCases('ARMergeEquivalentDateRefiner', [
    { text: 'في الخامس عشر من محرم 1435هـ الموافق 18 نوفمبر 2013م', span: 'الخامس عشر من محرم 1435هـ الموافق 18 نوفمبر 2013م', value: '2013-11-18' },
  ]);
  testCases('ARMergeDateRangeRefiner', [
    { text: 'ما بين شتنبر 2015 ونونبر 2016 ارتفعت', span: 'ما بين شتنبر 2015 ونونبر 2016', value: '2015-09/2016-11' },
    { text: 'من 3 مارس 2020 إلى 5 أبريل 2020 أغلقت', span: 'من 3 مارس 2020 إلى 5 أبريل 2020', value: '2020-03-03/2020-04-05' },
  ]);
});
