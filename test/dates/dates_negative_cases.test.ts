/** Near-misses that are not time expressions (chrono's negative_cases.test.ts). */
import { describe } from 'node:test';
import { testUnexpectedResult } from './helpers.ts';

describe('negative cases: scores, prices, quantities, ages, numbers and page furniture', () => {
  testUnexpectedResult('فاز الفريق 2-1 على ضيفه');
  testUnexpectedResult('بلغت النتيجة 3:1 في الشوط الأول', '3:1');
  testUnexpectedResult('بلغت الكلفة 100 دولار للبرميل');
  testUnexpectedResult('أكثر من 1900 آلية من زوارق');
  testUnexpectedResult('وصل عدد القتلى إلى 2000 شخص');
  testUnexpectedResult('تعرف باسم القضية 2000، بارتكاب');
  testUnexpectedResult('توفي عن عمر يناهز 83 عاماً في');
  testUnexpectedResult('الرجل البالغ 45 عاما من');
  testUnexpectedResult('تتراوح أعمارهم بين 22 و35 عاما في');
  // عاما as the adjective "general" after an indefinite accusative noun
  testUnexpectedResult('نفذت مدينة المتلوي اليوم إضرابا عاما دعا إليه الاتحاد', 'عاما');
  testUnexpectedResult('انتخب المؤتمر أمينا عاماً جديدا للحزب', 'عاماً');
  testUnexpectedResult('للاتصال: 0021698123456');
  testUnexpectedResult('قال تعالى في الآية 255 من سورة البقرة');
  testUnexpectedResult('بموجب المادة 102 من الدستور');
  testUnexpectedResult('+ الخط -');
  testUnexpectedResult('المساهمون');
  testUnexpectedResult('شارك في اليوم الوطني للسعودية');
  testUnexpectedResult('احتفل المغرب باليوم الوطني.');
  testUnexpectedResult('نظمت الجامعة اليوم المفتوح للطلبة');
  testUnexpectedResult('في اليوم الذي سبق الانتخابات');
  testUnexpectedResult('في اليوم الثالث من المؤتمر');
  testUnexpectedResult('أدى صلاة الجمعة في المسجد');
  testUnexpectedResult('قال أحد المسؤولين إن');
  testUnexpectedResult('ماي مصدومة بعد وفاة امرأة');
  testUnexpectedResult('وقعت الشركة عقدا مع الحكومة');
  testUnexpectedResult('اتفقتا على تمديد ساعات العمل بالمعبر');
  testUnexpectedResult('سيطرت القوات على المدينة');
  testUnexpectedResult('حصل على 7.8 درجات');
  // a number word glued to a unit inside one word: ستعقد = "will hold", not ست + عقد (60 years)
  testUnexpectedResult('وأشار إلى أن اللجنة الفنية المشتركة ستعقد اجتماعها الأول في عمّان');
  testUnexpectedResult('قال إن الحكومة ستعقد مؤتمرا صحفيا');
  // impossible dates and absurd years are not dates
  testUnexpectedResult('في 31 فبراير 2022 وقع', '31 فبراير 2022');
  testUnexpectedResult('بتاريخ 31/02/2022 وقع', '31/02/2022');
  testUnexpectedResult('في عام 3500 سيكون', '3500');
  testUnexpectedResult('الرقم 9999 هو', '9999');
});
