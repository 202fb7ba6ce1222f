import { describe } from 'node:test';
import { testCases } from './helpers.ts';

// 2022-09-12 is a Monday.
describe('ARWeekdayParser resolves weekdays by modifier and tense', () => {
  testCases('ARWeekdayParser', [
    { text: 'وقال الوزير الأحد إن', span: 'الأحد', value: '2022-09-11' },
    { text: 'وقال الوزير الإثنين إن', span: 'الإثنين', value: '2022-09-12' },
    { text: 'وقال الوزير يوم الخميس إن', span: 'يوم الخميس', value: '2022-09-08' },
    { text: 'وقال يوم الأحد الماضي إن', span: 'يوم الأحد الماضي', value: '2022-09-11' },
    { text: 'وقال الجمعة الماضي إن', span: 'الجمعة الماضي', value: '2022-09-09' },
    { text: 'يصل الأحد المقبل إلى', span: 'الأحد المقبل', value: '2022-09-18' },
    { text: 'وسيزور الوزير الرباط الأربعاء', span: 'الأربعاء', value: '2022-09-14' },
    { text: 'من المقرر أن يصل الخميس', span: 'الخميس', value: '2022-09-15' },
    { text: 'اجتمعوا يوم أحد', span: 'يوم أحد', value: '2022-09-11' },
    { text: 'قال الوزير الاثنين', span: 'الاثنين', value: 'XXXX-WXX-1', ref: null },
  ]);
});
