import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARSeasonParser reads seasons', () => {
  testCases('ARSeasonParser', [
    { text: 'في الصيف المقبل سيزور', span: 'الصيف المقبل', value: '2018-SU', ref: '2018-03-22' },
    { text: 'في خريف 2019 بدأت', span: 'خريف 2019', value: '2019-FA' },
  ]);
});
