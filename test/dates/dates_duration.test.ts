import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARDurationParser reads durations and vague amounts', () => {
  testCases('ARDurationParser', [
    { text: 'استمر ثلاثة أيام متواصلة', span: 'ثلاثة أيام', value: 'P3D', type: 'DURATION' },
    { text: 'استمر 3 أيام', span: '3 أيام', value: 'P3D' },
    { text: 'حكم عشرين عاما البلاد', span: 'عشرين عاما', value: 'P20Y' },
    { text: 'استمر يومين كاملين', span: 'يومين', value: 'P2D' },
    { text: 'استمر نحو الشهرين', span: 'نحو الشهرين', value: 'P2M' },
    { text: 'دام عقدين من الزمن', span: 'عقدين', value: 'P20Y' },
    { text: 'دام نحو 20 عاما', span: 'نحو 20 عاما', value: 'P20Y' },
    { text: 'دام أكثر من عقد', span: 'أكثر من عقد', value: 'P10Y' },
    { text: 'دام نحو أربعة عقود', span: 'نحو أربعة عقود', value: 'P40Y' },
    { text: 'استغرق ساعة واحدة', span: 'ساعة واحدة', value: 'PT1H' },
    { text: 'سجن عشر سنوات ونصف سنة', span: 'عشر سنوات ونصف سنة', value: 'P10Y6M' },
    { text: 'سجن ثماني سنوات وتسعة أشهر', span: 'ثماني سنوات وتسعة أشهر', value: 'P8Y9M' },
    { text: 'بعد الخمس ساعات من', span: 'الخمس ساعات', value: 'PT5H' },
    { text: 'خلال الـ24 ساعة الماضية', span: 'الـ24 ساعة الماضية', value: 'PT24H' },
    { text: 'خلال الأيام العشرة القادمة', span: 'الأيام العشرة القادمة', value: 'P10D' },
    { text: 'خلال اليومين الماضيين', span: 'اليومين الماضيين', value: 'P2D' },
    { text: 'خلال الأسابيع الثلاثة الماضية', span: 'الأسابيع الثلاثة الماضية', value: 'P3W' },
    { text: 'استمر 19 شهرا', span: '19 شهرا', value: 'P19M' },
    { text: 'استمر أسبوعا في', span: 'أسبوعا', value: 'P1W' },
    // a year after a verb or a pronoun stays a year (عاما is "general" only after an indefinite noun)
    { text: 'قضوا عاما في السجن', span: 'عاما', value: 'P1Y' },
    { text: 'بقي فيها عاما كاملا', span: 'عاما', value: 'P1Y' },
    { text: 'بعد أيام من الهجوم', span: 'أيام', value: 'PXD' },
    { text: 'منذ سنوات طويلة', span: 'سنوات طويلة', value: 'PXY' },
    { text: 'في غضون أيام سيعلن', span: 'غضون أيام', value: 'PXD' },
    { text: 'خلال بضعة أيام سيعلن', span: 'بضعة أيام', value: 'PXD' },
    { text: 'بعد أيام قليلة سيعلن', span: 'أيام قليلة', value: 'PXD' },
    { text: 'منذ عقود طويلة', span: 'عقود طويلة', value: 'PXDE' },
    { text: 'بعد دقائق من', span: 'دقائق', value: 'PTXM' },
    { text: 'تُوّج في الأشهر الماضية بعقد', span: 'الأشهر الماضية', value: 'PAST_REF' },
    { text: 'سبع سنوات تقريبا من', span: 'سبع سنوات تقريبا', value: 'P7Y' },
    { text: 'قبل يومين من مصرعه', span: 'يومين', value: 'P2D' },
    { text: 'بعد أكثر من ساعتين من المناقشات', span: 'أكثر من ساعتين', value: 'PT2H' },
  ]);
});
