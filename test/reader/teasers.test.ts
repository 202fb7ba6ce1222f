import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readText } from '../../src/reader/text.ts';
import { teaserStart } from '../../src/reader/teasers.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';

// An article of our own, then other stories' leads as a "more news" block prints them.
const LEAD = 'عمّان، الأردن -- أعلنت الحكومة الأردنية، الأحد، خطة لإعادة تأهيل شبكة المياه في محافظات الشمال بكلفة تتجاوز مئتي مليون دينار.';
const BODY1 = 'وقال وزير المياه في مؤتمر صحفي إن الخطة تمتد خمس سنوات وتشمل استبدال الأنابيب القديمة في أكثر من ثلاثين بلدة.';
const BODY2 = 'وأضاف أن الحكومة ستطرح أولى المناقصات مطلع العام المقبل، مشيراً إلى أن الفاقد من المياه يبلغ نحو نصف الكمية المضخوخة.';
const T1 = 'رحبت وزارة الخارجية الكويتية، الثلاثاء، بقرار مجلس الأمن تمديد ولاية البعثة الأممية في ليبيا عاماً إضافياً.';
const T2 = 'أعلن الجيش اللبناني، الاثنين، توقيف ثلاثة أشخاص يشتبه في تهريبهم أسلحة عبر الحدود الشمالية.';
const T3 = '"لن نقبل بأي تسوية على حساب شعبنا".. بهذه الكلمات ختم رئيس الوزراء خطابه أمام البرلمان.';
const T4 = 'شكر وزير الخارجية الفرنسي نظيره المغربي، خلال مكالمة هاتفية، على التعاون في ملف الهجرة.';

describe('other stories\' leads at the end of a text', () => {
  test('a trailing block of leads is dropped as related articles; the article stays whole', () => {
    const a = readText([LEAD, BODY1, BODY2, T1, T2, T3, T4].join('\n'));
    assert.deepEqual(a.paragraphs, [LEAD, BODY1, BODY2]);
    assert.deepEqual(
      a.dropped.map((d) => [d.text, d.reason]),
      [T1, T2, T3, T4].map((t) => [t, 'related article']),
    );
  });

  const kept: [string, string[]][] = [
    // one lead-like paragraph at the end is an article's own closing sentence
    ['a single trailing lead', [LEAD, BODY1, BODY2, T1]],
    // a paragraph opening with و + a lead verb continues the article: the leads before it are
    // the article's own paragraphs
    ['leads before a continuation', [LEAD, T1, T2, BODY1]],
    // leads mixed with other paragraphs under the share
    ['leads under the share of the block', [LEAD, BODY1, T1, T3, BODY2.replace('وأضاف', 'أما الوزير فأضاف'), T2, 'تبقى الخطة رهناً بموافقة مجلس النواب في دورته المقبلة.']],
    // a chain of quotations (`قال فلان: …`) is not a list of leads
    ['quotations introduced by قال', [LEAD, 'قال ابن خلدون: الظلم مؤذن بخراب العمران.', 'قال المتنبي: على قدر أهل العزم تأتي العزائم.', 'قالت العرب: الرائد لا يكذب أهله.']],
    // the lead of the article itself never counts
    ['two paragraphs', [T1, T2]],
    // a list the text announces with a colon is the article's own
    ['a list announced by a colon', [LEAD, 'وجاء في البيان الختامي للقمة ما يلي:', 'أدان القادة الاعتداءات على المنشآت المدنية في المنطقة.', 'دعا القادة إلى وقف فوري لإطلاق النار في السودان.', 'رحب القادة بالاتفاق الموقع بين الأطراف اليمنية.']],
    // a paragraph that goes on with كما or يذكر continues the article (continuations in teasers.json)
    ['leads before كما', [LEAD, BODY1, T1, T2, 'كما أكد الوزير أن الحكومة ستخصص موازنة إضافية للمشروع العام المقبل.']],
  ];
  for (const [name, paras] of kept) {
    test(`kept: ${name}`, () => {
      assert.equal(teaserStart(paras), paras.length);
      assert.deepEqual(readText(paras.join('\n')).paragraphs, paras);
    });
  }

  test('the block starts at the earliest lead that keeps the share (table of opening shapes)', () => {
    const rows: [string[], number][] = [
      [[LEAD, BODY1, T1, T2], 2],
      [[LEAD, BODY1, T1, T3, T2], 2],
      [[LEAD, BODY1, T3, T1, T2], 3],
      [[LEAD, T1, T2, T4], 1],
      [[LEAD, BODY1, T1, T3, T3, T2], 6],
      [[LEAD, T1, BODY1, T2, T4], 3],
    ];
    for (const [paras, start] of rows) assert.equal(teaserStart(paras), start, paras.map((p) => p.slice(0, 12)).join(' | '));
  });
});

const MULTI = sharedDataFile('news', 'ant_multisource.jsonl');

describe('other stories\' leads over the shared news corpus', { skip: MULTI === null ? missingDataMessage('news') : false }, () => {
  test('the block is found in CNN Arabic texts (whose pages print one) and in no other outlet', (t) => {
    const byOutlet = new Map<string, number>();
    for (const line of readFileSync(MULTI!, 'utf8').split('\n')) {
      if (line.length === 0) continue;
      const r = JSON.parse(line) as { id: string; text: string; title?: string | null };
      let a;
      try {
        a = readText(r.text, { title: r.title ?? null });
      } catch {
        continue;
      }
      // the block is dropped last: the last dropped line, a paragraph-long related article
      // found after the last paragraph kept
      const last = a.dropped.at(-1);
      if (last === undefined || last.reason !== 'related article' || last.text.length < 100) continue;
      if (r.text.lastIndexOf(last.text) < r.text.lastIndexOf(a.paragraphs.at(-1)!)) continue;
      const outlet = r.id.split('-')[0]!;
      byOutlet.set(outlet, (byOutlet.get(outlet) ?? 0) + 1);
    }
    t.diagnostic(`articles with a dropped block, by outlet: ${JSON.stringify(Object.fromEntries(byOutlet))}`);
    assert.deepEqual([...byOutlet.keys()].filter((o) => o !== 'CN'), []);
    assert.ok((byOutlet.get('CN') ?? 0) >= 150, `only ${byOutlet.get('CN') ?? 0} CNN articles`);
  });
});
