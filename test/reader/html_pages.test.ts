/**
 * The HTML reader on the three real pages of the shared corpus (skipped when it is missing).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RasdError } from '../../src/errors.ts';
import { readHtml } from '../../src/reader/html.ts';
import { tokenF1 } from '../../src/reader/token-f1.ts';
import type { ReadArticle } from '../../src/reader/types.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';

const CNN = 'arabic.cnn.com_2013-08-28_syria.clashes.html';
const CNN_GOLD = 'arabic.cnn.com_2013-08-28_syria.clashes.expected_newspaper3k.txt';
const ASSABAH = 'assabah.com.tn_article_164913.html';
const LISTING = 'aljazeera.net_palestine-section-listing_2024-07-16.html';

/**
 * TEST STUB standing in for `parseDateline` (src/reader/dateline.ts), which the lead wires in:
 * it knows only the CNN page's date line.
 */
const testStubFindOnPageDate = (line: string): string | null => (line.includes('28 آب/اغسطس 2013') ? '2013-08-28' : null);

function load(name: string): string | null {
  const f = sharedDataFile('html', name);
  return f ? readFileSync(f, 'utf8') : null;
}

/** Every string anywhere in the article (paragraphs, captions, dropped texts and reasons, metadata). */
function allStrings(a: ReadArticle): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(a);
  return out;
}

const NUMERIC_REF_RE = /&#(?:\d+|x[0-9a-f]+);/i;

describe('HTML reader: CNN Arabic page', () => {
  const html = load(CNN);
  const gold = load(CNN_GOLD);
  const skip = !html || !gold ? missingDataMessage('html', CNN) : false;

  test('title, date (test stub), url and a body close to the newspaper3k gold (token F1 ≥ 0.95)', { skip }, async (t) => {
    const a = await readHtml(html!, {}, {}, { findOnPageDate: testStubFindOnPageDate });
    assert.equal(a.format, 'html');
    assert.equal(a.title, 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق');
    assert.equal(a.published, '2013-08-28');
    assert.equal(a.url, 'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html');
    const f = tokenF1(a.paragraphs.join('\n\n'), gold!);
    t.diagnostic(`CNN token P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}`);
    assert.ok(f.f1 >= 0.95, `token F1 ${f.f1}`);
    assert.ok(a.paragraphs[0]!.startsWith('دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة'));
  });

  test('numeric character references are decoded everywhere; navigation, title copy, date line and comment notices are dropped with reasons', { skip }, async () => {
    const a = await readHtml(html!, {}, {}, { findOnPageDate: testStubFindOnPageDate });
    for (const s of allStrings(a)) assert.doesNotMatch(s, NUMERIC_REF_RE, s);
    const body = a.paragraphs.join('\n');
    for (const s of ['الصفحة الرئيسية', 'ترحب شبكة CNN بالنقاش', 'الآراء الواردة أدناه', 'آخر تحديث', 'الأكثر تصفحاً', 'Cable News Network']) {
      assert.ok(!body.includes(s), `body holds ${s}`);
    }
    const reasonOf = (needle: string): string | undefined => a.dropped.find((d) => d.text.includes(needle))?.reason;
    assert.equal(reasonOf('الصفحة الرئيسية'), 'page header'); // the decoded header navigation
    assert.equal(reasonOf('معارضون يسيطرون على مخازن'), 'repeated title');
    assert.equal(reasonOf('الأربعاء، 28 آب/اغسطس 2013'), 'dateline');
    assert.equal(reasonOf('ترحب شبكة CNN بالنقاش'), 'comments widget');
    assert.equal(reasonOf('الآراء الواردة أدناه'), 'disclaimer');
    assert.ok(a.dropped.length <= 50 && a.dropped.every((d) => d.text.length <= 200 && d.reason.length > 0));
  });

  test('without findOnPageDate the date line is still dropped, and published stays null (the page has no date metadata)', { skip }, async () => {
    const a = await readHtml(html!);
    assert.equal(a.published, null);
    assert.ok(a.dropped.some((d) => d.reason === 'dateline'));
    assert.ok(!a.paragraphs.some((p) => p.includes('آخر تحديث')));
  });

  test('given metadata wins over the page', { skip }, async () => {
    const a = await readHtml(html!, { title: 'عنوان معطى', published: '2013-08-27', url: 'https://example.org/x' }, {}, { findOnPageDate: testStubFindOnPageDate });
    assert.equal(a.title, 'عنوان معطى');
    assert.equal(a.published, '2013-08-27');
    assert.equal(a.url, 'https://example.org/x');
  });
});

describe('HTML reader: Assabah interview page', () => {
  const html = load(ASSABAH);
  const skip = !html ? missingDataMessage('html', ASSABAH) : false;

  test('title, date and the interview text', { skip }, async () => {
    const a = await readHtml(html!);
    assert.equal(a.title, 'الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا');
    assert.ok(a.published?.startsWith('2019-02-08'), String(a.published));
    assert.equal(a.published, '2019-02-08T00:00:00+01:00');
    assert.ok(a.url?.startsWith('http://www.assabah.com.tn/article/164913/'));
    const body = a.paragraphs.join('\n');
    for (const s of [
      'مالذي يحدث في السودان؟ والى أين يتجه البلد الذي يقوده الرئيس عمر البشير',
      '*ما الذي يحدث في السودان وهل أن عدوى الربيع العربي وصلت الخرطوم',
      '-نحن في السودان لا نعرف من الفصول غير الصيف والشتاء',
      '-قطعا لا، الجنوب دخل بدوره في صراع جنوبي جنوبي مع المعارضة',
      'وبالنسبة للنظام في الخرطوم فهو يعتمد سياسة جس النبض',
    ]) {
      assert.ok(body.includes(s), `body lacks ${s}`);
    }
    // Questions and answers separated by <br> are separate paragraphs.
    assert.ok(a.paragraphs.includes('*كيف يمكن تقييم حصيلة ثلاثة عقود في ظل حكم البشير؟'));
  });

  test('no menu items, sidebar lists, comment form or footer in the body; they are in dropped', { skip }, async () => {
    const a = await readHtml(html!);
    const body = a.paragraphs.join('\n');
    const absent = [
      // menus
      'تجاوز إلى المحتوى الرئيسي', 'الحياة الوطنية', 'قضايا المجتمع', 'صباح العالم', 'فكر و فن', 'استمارة البحث', 'ابحث في الموقع',
      // sidebar teasers and widgets (the page has no other related-article block)
      'جريدة الصباح بتاريخ 2019/02/09', 'جريدة الصباح بتاريخ 2019/02/05', 'آخر الأخبار', 'الأحوال الجوية', 'غائم جزئيا', 'الأبراج', 'تابعونا على',
      // comment form
      'إضافة تعليق جديد', 'اسمك', 'تعليقك', 'حفظ',
      // share / print widgets and footer
      'Tweet', 'نسخة للطباعة', 'جميع الحقوق', 'redaction@assabah.com.tn', 'فاكس التحرير', 'إعلانك على موقعنا',
    ];
    for (const s of absent) assert.ok(!body.includes(s), `body holds ${s}`);
    const reasonOf = (needle: string): string | undefined => a.dropped.find((d) => d.text.includes(needle))?.reason;
    assert.equal(reasonOf('إضافة تعليق جديد'), 'comments widget');
    assert.equal(reasonOf('تجاوز إلى المحتوى الرئيسي'), 'navigation');
    assert.equal(reasonOf('جريدة الصباح بتاريخ 2019/02/09'), 'sidebar');
    assert.equal(reasonOf('يومية اخبارية سياسية جامعة'), 'footer');
    assert.equal(reasonOf('الناشط الحقوقي السوداني'), 'repeated title');
  });
});

describe('HTML reader: Al Jazeera section listing (855 KB)', () => {
  const html = load(LISTING);
  const skip = !html ? missingDataMessage('html', LISTING) : false;

  test('is not an article: E_NO_ARTICLE, decided quickly', { skip }, async (t) => {
    const t0 = performance.now();
    await assert.rejects(readHtml(html!), (err: unknown) => err instanceof RasdError && err.code === 'E_NO_ARTICLE');
    const ms = performance.now() - t0;
    t.diagnostic(`listing rejected in ${ms.toFixed(0)} ms`);
    assert.ok(ms < 2000, `took ${ms} ms`);
  });

  test('is not an article even when the page metadata says og:type=article and the title is given', { skip }, async () => {
    await assert.rejects(readHtml(html!, { title: 'أخبار فلسطين' }), (err: unknown) => err instanceof RasdError && err.code === 'E_NO_ARTICLE');
  });
});
