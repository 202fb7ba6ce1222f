import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARDayRangeParser reads ranges of days in one month', () => {
  testCases('ARDayRangeParser', [
    { text: 'الذي ينعقد ما بين 12 و15 سبتمبر/أيلول الحالي في تل أبيب', span: 'ما بين 12 و15 سبتمبر/أيلول الحالي', value: '2022-09-12/2022-09-15' },
    { text: 'خلال الفترة 1-4 يونيو 2015م بالرياض', span: '1-4 يونيو 2015م', value: '2015-06-01/2015-06-04' },
    { text: 'تعقد يومي 19 و20 أكتوبر القادم', span: 'يومي 19 و20 أكتوبر القادم', value: '2022-10-19/2022-10-20' },
    { text: 'تقام من 4 إلى 10 يونيو الجاري', span: 'من 4 إلى 10 يونيو الجاري', value: '2022-06-04/2022-06-10' },
  ]);
});
