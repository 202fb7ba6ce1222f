import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARYearParser reads years', () => {
  testCases('ARYearParser', [
    { text: 'في عام 2011 اندلعت', span: 'عام 2011', value: '2011' },
    { text: 'منذ سنة 2016 وهو', span: 'سنة 2016', value: '2016' },
    { text: 'في 2014 قررت', span: '2014', value: '2014' },
    { text: 'في نهاية العام 2020، تسير', span: 'نهاية العام 2020', value: '2020-12' },
    { text: 'في منتصف عام 2014 قررت', span: 'منتصف عام 2014', value: '2014' },
    { text: 'في أواخر 2019 قررت', span: 'أواخر 2019', value: '2019' },
    { text: 'في العام الجاري 2018 قررت', span: 'العام الجاري 2018', value: '2018' },
    { text: 'في عام ٢٠١٢ قررت', span: 'عام ٢٠١٢', value: '2012' },
  ]);
});
