import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARHijriPeriodParser resolves Ramadan and the feasts', () => {
  testCases('ARHijriPeriodParser', [
    { text: 'مع حلول شهر رمضان المبارك', span: 'شهر رمضان المبارك', value: '2017-05-27/2017-06-24', ref: '2017-05-16', tag: 'ARHijriDateParser' },
    { text: 'خلال رمضان يزداد', span: 'رمضان', value: '2017-05-27/2017-06-24', ref: '2017-05-16' },
    { text: 'في أول أيام عيد الفطر', span: 'أول أيام عيد الفطر', value: '2017-06-25', ref: '2017-06-25' },
    { text: 'في ثاني أيام عيد الفطر المبارك', span: 'ثاني أيام عيد الفطر المبارك', value: '2015-07-18', ref: '2015-07-18' },
    { text: 'بمناسبة عيد الأضحى المبارك', span: 'عيد الأضحى المبارك', value: '2014-10-04', ref: '2014-10-04' },
    { text: 'بمناسبة رأس السنة الهجرية', span: 'رأس السنة الهجرية', value: '2013-11-04', ref: '2013-11-05' },
    { text: 'قبل شهر رمضان المقبل', span: 'شهر رمضان المقبل', value: '2023-03-23/2023-04-20', ref: '2023-03-12', tag: 'ARHijriDateParser' },
    { text: 'صلاة العيد في المساجد', span: 'العيد', value: '2023-04-21', ref: '2023-04-22' },
  ]);
});
