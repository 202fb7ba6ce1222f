import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readText } from '../../src/reader/text.ts';
import { PROJECT_ROOT } from '../../src/data.ts';

function example(name: string): string {
  return readFileSync(path.join(PROJECT_ROOT, 'examples', name), 'utf8');
}

interface Golden {
  file: string;
  title: string | null;
  published: string | null;
  captions: { text: string; credit: string | null }[];
  dropped: [string, string][];
  paragraphs: number;
  first: string;
  last: string;
}

const GOLDEN: Golden[] = [
  {
    file: '01_gulf_kuwait_saudi_visit.txt',
    title: 'وزير الخارجية الكويتي يبحث في الرياض تعزيز التنسيق الخليجي قبل اجتماع مسقط',
    published: '2022-09-12',
    captions: [{ text: 'وزير الخارجية الكويتي لدى وصوله إلى مطار الملك خالد الدولي في الرياض', credit: 'رويترز' }],
    dropped: [
      ['وزير الخارجية الكويتي يبحث في الرياض تعزيز التنسيق الخليجي قبل اجتماع مسقط', 'repeated title'],
      ['الإثنين 12 سبتمبر/أيلول 2022', 'dateline'],
      ['شارك', 'share widget'],
      ['فيسبوك تويتر واتساب', 'share widget'],
      ['طباعة', 'print widget'],
      ['اقرأ أيضاً: مجلس التعاون الخليجي يرحب بتمديد الهدنة في اليمن شهرين إضافيين', 'related article'],
      ['الكلمات المفتاحية: الكويت، السعودية، مجلس التعاون الخليجي', 'tags line'],
      ['المصدر: وكالات', 'source line'],
    ],
    paragraphs: 6,
    first: 'وصل وزير الخارجية الكويتي فهد ناصر العتيبي، اليوم الإثنين، إلى الرياض في زيارة رسمية تستغرق يومين، يلتقي خلالها عدداً من كبار المسؤولين السعوديين لبحث العلاقات الثنائية وتعزيز التنسيق الخليجي إزاء القضايا الإقليمية.',
    last: 'وقال المصدر الدبلوماسي الكويتي إن الزيارة تأتي بعد أسبوعين من اتصال هاتفي بين ولي العهد الكويتي وولي العهد السعودي، بحثا خلاله مستجدات الأوضاع في المنطقة، واتفقا على مواصلة التشاور قبل القمة الخليجية المقبلة في ديسمبر/كانون الأول.',
  },
  {
    file: '02_maghreb_tunisia_algeria_border.txt',
    title: 'تونس والجزائر توقعان اتفاقية لتسهيل عبور المسافرين والبضائع في المعابر الحدودية',
    published: '2019-02-08T14:30',
    captions: [{ text: 'وزيرا الداخلية التونسي والجزائري خلال مراسم التوقيع بقصر الحكومة بالقصبة', credit: 'أ ف ب' }],
    dropped: [
      ['نشر في: 2019-02-08 - 14:30', 'dateline'],
      ['+ الخط -', 'font-size widget'],
      ['© جميع الحقوق محفوظة لموقع أخبار المغرب العربي 2019', 'copyright'],
      ['تابعونا على فيسبوك', 'follow-us'],
    ],
    paragraphs: 5,
    first: 'وقّع وزير الداخلية التونسي منير الحامدي ونظيره الجزائري عبد الكريم بوزيد، يوم الجمعة 8 فيفري 2019 بتونس العاصمة، اتفاقية ثنائية تهدف إلى تسهيل عبور المسافرين والبضائع في المعابر الحدودية البرية بين البلدين، وتقليص مدة الإجراءات الجمركية والأمنية.',
    last: 'وتأتي الاتفاقية بعد أسابيع من وقفة احتجاجية نظمها تجار مدينة القصرين في منتصف جانفي الماضي أمام مقر الولاية، طالبوا فيها بتخفيف القيود المفروضة على التجارة الحدودية مع ولاية تبسة الجزائرية، وهو ما وعدت الحكومة التونسية بالنظر فيه.',
  },
  {
    file: '03_levant_jordan_iraq_transport.txt',
    title: 'وفد وزاري أردني في بغداد لتمديد اتفاقية النقل البري وإعادة فتح معبر طريبيل أمام الشاحنات',
    published: '2018-05-25T09:22',
    captions: [],
    dropped: [
      ['آخر تحديث: 25/05/2018 09:22', 'dateline'],
      ['عمّان - ليلى الزعبي', 'byline'],
    ],
    paragraphs: 6,
    first: 'يبدأ وفد وزاري أردني برئاسة وزير النقل سامر الحديدي، اليوم الجمعة، زيارة إلى بغداد تستمر ثلاثة أيام، يبحث خلالها مع المسؤولين العراقيين تمديد اتفاقية النقل البري بين البلدين وتسهيل حركة الشاحنات عبر معبر طريبيل الحدودي.',
    last: 'ويأتي ذلك بعد أسبوع من احتجاج نفذه عشرات سائقي الشاحنات الأردنيين أمام مبنى وزارة النقل في عمّان، طالبوا فيه الحكومة بالتدخل لدى السلطات العراقية لتخفيف إجراءات التفتيش على الحدود.',
  },
  {
    file: '04_plain_muscat_talks.txt',
    title: null,
    published: null,
    captions: [],
    dropped: [],
    paragraphs: 5,
    first: 'استضافت العاصمة العُمانية مسقط، يوم الثلاثاء 7 مارس 2023، جولة جديدة من المشاورات بين وفدين يمنيين برعاية مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن، خُصصت لبحث فتح الطرق الرئيسية المغلقة في محافظة تعز.',
    last: 'ورحبت وزارة الخارجية العُمانية بنتائج الجولة، وأكدت في بيان أن السلطنة "ستواصل جهودها لتقريب وجهات النظر بين الأشقاء اليمنيين"، فيما دعا الاتحاد الأوروبي الطرفين إلى البناء على ما تحقق وتمديد الهدنة الإنسانية.',
  },
];

describe('readText on the examples', () => {
  for (const g of GOLDEN) {
    test(g.file, () => {
      const raw = example(g.file);
      const a = readText(raw);
      assert.equal(a.title, g.title);
      assert.equal(a.published, g.published);
      assert.deepEqual(a.captions, g.captions);
      assert.deepEqual(
        a.dropped.map((d) => [d.text, d.reason]),
        g.dropped,
      );
      assert.equal(a.paragraphs.length, g.paragraphs);
      assert.equal(a.paragraphs[0], g.first);
      assert.equal(a.paragraphs.at(-1), g.last);
      // every paragraph is an input line, unchanged
      const inputLines = new Set(raw.split('\n').map((l) => l.trim()));
      for (const p of a.paragraphs) assert.ok(inputLines.has(p), `paragraph is an input line: ${p.slice(0, 40)}`);
    });
  }

  test('the Levantine example keeps its Arabic-Indic dates in the body', () => {
    const a = readText(example('03_levant_jordan_iraq_transport.txt'));
    assert.ok(a.paragraphs.some((p) => p.includes('١٢ آذار ٢٠٢٣')));
  });

  test('body sentences naming المصدر or a news agency are kept', () => {
    const a = readText(example('01_gulf_kuwait_saudi_visit.txt'));
    assert.ok(a.paragraphs.some((p) => p.startsWith('وقال المصدر الدبلوماسي')));
    assert.ok(a.paragraphs.some((p) => p.includes('لوكالة الأنباء الكويتية (كونا)')));
  });
});
