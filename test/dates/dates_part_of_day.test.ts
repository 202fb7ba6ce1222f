import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARPartOfDayParser reads parts of named days', () => {
  testCases('ARPartOfDayParser', [
    { text: 'وقع صباح الأحد هجوم', span: 'صباح الأحد', value: '2018-05-06TMO', ref: '2018-05-06' },
    { text: 'توفيت مساء الأحد امرأة', span: 'مساء الأحد', value: '2018-07-08TEV', ref: '2018-07-09' },
    { text: 'وصل بعد ظهر السبت إلى', span: 'بعد ظهر السبت', value: '2022-09-10TAF' },
    { text: 'قتل فجر السبت جندي', span: 'فجر السبت', value: '2022-09-10TMO' },
    { text: 'وقع الهجوم فجرا في', span: 'فجرا', value: '2022-09-12TMO' },
  ]);
});
