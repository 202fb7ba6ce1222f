import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARDayOfRelativeMonthParser reads a day of a relative month', () => {
  testCases('ARDayOfRelativeMonthParser', [
    { text: 'في الثامن من الشهر الحالي قال', span: 'الثامن من الشهر الحالي', value: '2018-07-08', ref: '2018-07-22' },
    { text: 'في 15 من الشهر المقبل قال', span: '15 من الشهر المقبل', value: '2022-10-15' },
  ]);
});
