import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARHijriDateParser converts Hijri dates (Umm al-Qura)', () => {
  testCases('ARHijriDateParser', [
    { text: 'الرياض 25 شوال 1436 هـ واس', span: '25 شوال 1436 هـ', value: '2015-08-10' },
    { text: 'في التاسع من شهر رمضان 1436ه أعلن', span: 'التاسع من شهر رمضان 1436ه', value: '2015-06-26' },
    { text: 'في 20 ذي الحجة 1434هـ', span: '20 ذي الحجة 1434هـ', value: '2013-10-25' },
    { text: 'حتى 8 ذي الحجة أعلن', span: '8 ذي الحجة', value: '2022-07-07', ref: '2022-07-10' },
    { text: 'منذ شهر رجب الماضي', span: 'شهر رجب الماضي', value: '2013-05-11/2013-06-09', ref: '2013-11-05' },
    { text: 'خلال رمضان 1436 هـ', span: 'رمضان 1436 هـ', value: '2015-06-18/2015-07-16' },
  ]);
});
