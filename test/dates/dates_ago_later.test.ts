import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARAgoLaterParser dates amounts counted from the reference date', () => {
  testCases('ARAgoLaterParser', [
    { text: 'وصل منذ ثلاثة أيام', span: 'منذ ثلاثة أيام', value: '2022-09-09', type: 'DATE' },
    { text: 'وصل قبل أسبوعين', span: 'قبل أسبوعين', value: '2018-07-08', ref: '2018-07-22' },
    { text: 'وصل منذ نحو أسبوعين', span: 'منذ نحو أسبوعين', value: '2018-07-08', ref: '2018-07-22' },
    { text: 'قتل منذ 9 أعوام', span: 'منذ 9 أعوام', value: '2009', ref: '2018-05-06' },
    { text: 'وصل منذ نحو عامين', span: 'منذ نحو عامين', value: '2016', ref: '2018-06-08' },
    { text: 'وصل قبل ثلاثة أشهر', span: 'قبل ثلاثة أشهر', value: '2022-06' },
    { text: 'وتأتي زيارة بلخير بعد نحو الشهرين من أول زيارة', span: 'بعد نحو الشهرين', value: '2022-07' },
    { text: 'وصل قبل سنوات إلى', span: 'قبل سنوات', value: 'PAST_REF' },
    { text: 'وصل منذ عام إلى', span: 'منذ عام', value: '2021' },
  ]);
});
