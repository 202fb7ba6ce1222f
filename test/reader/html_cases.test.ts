/**
 * The HTML reader on small hand-written pages (table-driven), one behaviour each.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { RasdError, type ErrorCode } from '../../src/errors.ts';
import { readHtml, type HtmlReaderOptions } from '../../src/reader/html.ts';
import type { ReaderLimits, ReadArticle } from '../../src/reader/types.ts';
import type { GivenMeta } from '../../src/reader/text.ts';

/** Three paragraphs of running text (about 520 characters), enough to count as an article. */
const P1 = 'أعلنت وزارة الصحة في قطاع غزة اليوم الثلاثاء ارتفاع حصيلة الضحايا إلى أكثر من ثلاثين ألفا منذ بدء الحرب، وقالت في بيان إن فرق الإسعاف ما زالت تعمل في ظروف بالغة الصعوبة.';
const P2 = 'وأضاف البيان أن المستشفيات العاملة في شمال القطاع تعاني نقصا حادا في الوقود والأدوية، وأن عشرات الجرحى ينتظرون نقلهم إلى مستشفيات خارج القطاع لتلقي العلاج اللازم.';
const P3 = 'من جهتها دعت منظمة الصحة العالمية إلى فتح ممرات آمنة لإدخال المساعدات الطبية، مؤكدة أن الوضع الإنساني يزداد سوءا يوما بعد يوم في ظل استمرار القصف.';
const BODY = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;

function page(head: string, body: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

interface Case {
  name: string;
  html: string;
  given?: GivenMeta;
  limits?: Partial<ReaderLimits>;
  options?: HtmlReaderOptions;
  /** Expected error code, or a check of the result. */
  error?: ErrorCode;
  check?: (a: ReadArticle) => void;
  /** Upper bound on the time taken, in ms. */
  maxMs?: number;
}

const JSON_LD_GRAPH = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', name: 'موقع الأخبار', url: 'https://news.example/' },
    { '@type': 'WebPage', '@id': 'https://news.example/a/1', name: 'صفحة' },
    { '@type': ['NewsArticle'], headline: 'الصحة في غزة: ارتفاع حصيلة الضحايا', datePublished: '2024-03-05T09:30:00+02:00' },
  ],
});

const cases: Case[] = [
  {
    name: 'JSON-LD in @graph gives title and date, before og:title',
    html: page(`<script type="application/ld+json">${JSON_LD_GRAPH}</script><meta property="og:title" content="عنوان og مختلف">`, `<article>${BODY}</article>`),
    check: (a) => {
      assert.equal(a.title, 'الصحة في غزة: ارتفاع حصيلة الضحايا');
      assert.equal(a.published, '2024-03-05T09:30:00+02:00');
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
    },
  },
  {
    name: 'JSON-LD as a top-level array with ReportageNewsArticle',
    html: page(
      `<script type="application/ld+json">[{"@type":"Organization","name":"x"},{"@type":"ReportageNewsArticle","headline":"تقرير ميداني من غزة","datePublished":"2024-03-06"}]</script>`,
      `<article>${BODY}</article>`,
    ),
    check: (a) => {
      assert.equal(a.title, 'تقرير ميداني من غزة');
      assert.equal(a.published, '2024-03-06');
    },
  },
  {
    name: 'broken JSON-LD is skipped: og:title and article:published_time are used',
    html: page(
      `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "نص مكسور" "datePublished": }</script>` +
        `<meta property="og:title" content="عنوان من og"><meta property="article:published_time" content="2024-03-07T11:00:00Z">`,
      `<article>${BODY}</article>`,
    ),
    check: (a) => {
      assert.equal(a.title, 'عنوان من og');
      assert.equal(a.published, '2024-03-07T11:00:00Z');
    },
  },
  {
    name: 'slightly broken JSON-LD (raw newline in a string, trailing comma) is repaired',
    html: page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"سطر\nثان","datePublished":"2024-03-08",}</script>`, `<article>${BODY}</article>`),
    check: (a) => {
      assert.equal(a.title, 'سطر ثان');
      assert.equal(a.published, '2024-03-08');
    },
  },
  {
    name: 'og-only metadata: the site name is stripped from og:title; og:url gives the url',
    html: page(
      `<title>لا يستعمل</title><meta property="og:title" content="الصحة في غزة تحذر | الجزيرة نت"><meta property="og:url" content="https://www.aljazeera.net/news/2024/3/9/x">`,
      `<div class="story">${BODY}</div>`,
    ),
    check: (a) => {
      assert.equal(a.title, 'الصحة في غزة تحذر');
      assert.equal(a.url, 'https://www.aljazeera.net/news/2024/3/9/x');
      assert.equal(a.published, null);
    },
  },
  {
    name: '<title> alone: the site suffix is stripped; the canonical link wins over og:url',
    html: page(
      `<title>الصحة في غزة تحذر من كارثة - CNN Arabic</title><link rel="canonical" href="https://arabic.cnn.com/a/1"><meta property="og:url" content="https://arabic.cnn.com/other">`,
      `<div>${BODY}</div>`,
    ),
    check: (a) => {
      assert.equal(a.title, 'الصحة في غزة تحذر من كارثة');
      assert.equal(a.url, 'https://arabic.cnn.com/a/1');
    },
  },
  {
    name: 'the article <h1> is the title when there is no JSON-LD or og:title; its copy in the body is dropped',
    html: page(`<title>موقع | عنوان آخر طويل جدا للصفحة</title>`, `<header><h1>شعار</h1></header><article><h1>عنوان المقال من الرأس</h1>${BODY}</article>`),
    check: (a) => {
      assert.equal(a.title, 'عنوان المقال من الرأس');
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
      assert.ok(a.dropped.some((d) => d.reason === 'repeated title' && d.text === 'عنوان المقال من الرأس'));
    },
  },
  {
    name: '<time datetime> inside the article gives the date',
    html: page(`<meta property="og:title" content="عنوان">`, `<aside><time datetime="2020-01-01">قديم</time></aside><article><time datetime="2023-05-04T10:00:00Z">4 مايو 2023</time>${BODY}</article>`),
    check: (a) => assert.equal(a.published, '2023-05-04T10:00:00Z'),
  },
  {
    name: 'meta pubdate in compact form, itemprop and RDFa dates are read',
    html: page(`<meta name="pubdate" content="20130828">`, `<article>${BODY}</article>`),
    check: (a) => assert.equal(a.published, '2013-08-28'),
  },
  {
    name: 'itemprop="datePublished" on an element',
    html: page('', `<article><span itemprop="datePublished" content="2022-09-12">12 سبتمبر</span>${BODY}</article>`),
    check: (a) => assert.equal(a.published, '2022-09-12'),
  },
  {
    name: 'RDFa property="dc:date" with content (Drupal)',
    html: page('', `<article><span property="dc:date" datatype="xsd:dateTime" content="2019-02-08T00:00:00+01:00">الجمعة 8 فيفري 2019</span>${BODY}</article>`),
    check: (a) => assert.equal(a.published, '2019-02-08T00:00:00+01:00'),
  },
  {
    name: 'figcaption with a credit span: a caption with its credit, never a body paragraph',
    html: page('', `<article><figure><img src="a.jpg" alt=""><figcaption>وزير الصحة خلال المؤتمر الصحفي <span class="credit">رويترز</span></figcaption></figure>${BODY}</article>`),
    check: (a) => {
      assert.deepEqual(a.captions, [{ text: 'وزير الصحة خلال المؤتمر الصحفي', credit: 'رويترز' }]);
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
    },
  },
  {
    name: 'caption with a trailing (أ ف ب) credit',
    html: page('', `<article>${BODY}<figure><img src="b.jpg"><figcaption>فلسطينيون يتفقدون الدمار في خان يونس (أ ف ب)</figcaption></figure></article>`),
    check: (a) => {
      assert.deepEqual(a.captions, [{ text: 'فلسطينيون يتفقدون الدمار في خان يونس', credit: 'أ ف ب' }]);
      assert.ok(!a.paragraphs.some((p) => p.includes('خان يونس')));
    },
  },
  {
    name: 'a caption without a credit, in a caption-classed div',
    html: page('', `<article><div class="image-caption">صورة من المستشفى</div>${BODY}</article>`),
    check: (a) => {
      assert.deepEqual(a.captions, [{ text: 'صورة من المستشفى', credit: null }]);
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
    },
  },
  {
    name: 'entities and numeric character references are decoded (&amp; &#1605; &#x645; &quot;)',
    html: page(
      `<meta property="og:title" content="&#1605;&#1589;&#1585; &amp; &#x627;&#x644;&#x623;&#x631;&#x62f;&#x646;">`,
      `<article><p>&#1605;&#1589;&#1585; &amp; الأردن &quot;يتفقان&quot; ${P1}</p><p>${P2}</p><p>${P3}</p></article>`,
    ),
    check: (a) => {
      assert.equal(a.title, 'مصر & الأردن');
      assert.ok(a.paragraphs[0]!.startsWith('مصر & الأردن "يتفقان" أعلنت'));
      assert.ok(!JSON.stringify(a).includes('&#'));
    },
  },
  {
    name: 'a script (and a style) with Arabic text inside the article never reaches the body',
    html: page('', `<article><p>${P1}</p><script>var msg = "نص عربي داخل سكربت"; document.write(msg);</script><style>p:after{content:"نص في الأسلوب"}</style><p>${P2}</p><p>${P3}</p></article>`),
    check: (a) => {
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
      assert.ok(!JSON.stringify(a).includes('سكربت'));
    },
  },
  {
    name: '<br>-separated lines and a div with its own text become paragraphs; whitespace is collapsed',
    html: page('', `<div class="article-body">${P1}<br>\n   ${P2}<br/><br/>\t${P3}</div>`),
    check: (a) => assert.deepEqual(a.paragraphs, [P1, P2, P3]),
  },
  {
    name: 'an old layout-table page with <font> and <br><br> breaks; "جريدة …" is stripped from <title>',
    html:
      `<html><head><title>غزة: ارتفاع الحصيلة - جريدة الأيام</title></head><body><table width=100%><tr>` +
      `<td class="rightmenu"><a href="/">الرئيسية</a><br><a href="/s">سياسة</a><br><a href="/e">اقتصاد</a></td>` +
      `<td><font size=4 color=red><b>غزة: ارتفاع الحصيلة</b></font><br><br><font face=arial>${P1}<br><br>${P2}<br><br>${P3}</font></td></tr></table></body></html>`,
    check: (a) => {
      assert.equal(a.title, 'غزة: ارتفاع الحصيلة');
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
      const reasons = new Map(a.dropped.map((d) => [d.text, d.reason]));
      assert.equal(reasons.get('غزة: ارتفاع الحصيلة'), 'repeated title');
      for (const item of ['الرئيسية', 'سياسة', 'اقتصاد']) assert.ok([undefined, 'navigation'].includes(reasons.get(item)), item);
    },
  },
  {
    name: 'list items and subheadings inside the body are paragraphs',
    html: page('', `<article><p>${P1}</p><h2>ما الذي يحدث الآن؟</h2><ul><li>${P2}</li><li>${P3}</li></ul></article>`),
    check: (a) => assert.deepEqual(a.paragraphs, [P1, 'ما الذي يحدث الآن؟', P2, P3]),
  },
  {
    name: 'navigation, share widget, related links, comments and footer around the article are dropped with reasons',
    html: page(
      '',
      `<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li></ul></nav>` +
        `<article><div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div>${BODY}` +
        `<div class="related-articles"><h3>اقرأ أيضا</h3><ul><li><a href="/1">خبر ذو صلة أول</a></li><li><a href="/2">خبر ذو صلة ثان</a></li></ul></div></article>` +
        `<div id="comments"><h3>التعليقات</h3><p>تعليق من قارئ يقول إن الوضع صعب جدا ويجب التحرك فورا لإنقاذ المدنيين.</p></div>` +
        `<footer><p>جميع الحقوق محفوظة © 2024</p></footer>`,
    ),
    check: (a) => {
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
      const reasons = new Map(a.dropped.map((d) => [d.text, d.reason]));
      assert.equal(reasons.get('الرئيسية سياسة'), 'navigation');
      assert.equal(reasons.get('فيسبوك تويتر'), 'share widget');
      assert.equal(reasons.get('اقرأ أيضا خبر ذو صلة أول خبر ذو صلة ثان'), 'related article');
      assert.ok([...reasons].some(([t, r]) => t.startsWith('التعليقات') && r === 'comments widget'));
      assert.equal(reasons.get('جميع الحقوق محفوظة © 2024'), 'footer');
    },
  },
  {
    name: '"read also" lines inside the body are dropped as related articles (shared debris rules)',
    html: page('', `<article><p>${P1}</p><p>اقرأ أيضا: <a href="/x">الاحتلال يقصف مخيم النصيرات</a></p><p>${P2}</p><p>${P3}</p></article>`),
    check: (a) => {
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
      assert.ok(a.dropped.some((d) => d.reason === 'related article' && d.text.startsWith('اقرأ أيضا')));
    },
  },
  {
    name: 'a date line at the top goes through findOnPageDate (a test stub here) and is dropped',
    html: page(`<meta property="og:title" content="عنوان">`, `<article><p>الثلاثاء 5 مارس 2024</p>${BODY}</article>`),
    // TEST STUB for parseDateline: knows one line only.
    options: { findOnPageDate: (l) => (l === 'الثلاثاء 5 مارس 2024' ? '2024-03-05' : null) },
    check: (a) => {
      assert.equal(a.published, '2024-03-05');
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
      assert.deepEqual(a.dropped, [{ text: 'الثلاثاء 5 مارس 2024', reason: 'dateline' }]);
    },
  },
  {
    name: 'page metadata wins over an on-page date line',
    html: page(`<meta property="article:published_time" content="2024-03-04">`, `<article><p>الثلاثاء 5 مارس 2024</p>${BODY}</article>`),
    options: { findOnPageDate: (l) => (l === 'الثلاثاء 5 مارس 2024' ? '2024-03-05' : null) },
    check: (a) => assert.equal(a.published, '2024-03-04'),
  },
  {
    name: 'given metadata wins over everything on the page',
    html: page(`<script type="application/ld+json">${JSON_LD_GRAPH}</script><link rel="canonical" href="https://news.example/a/1">`, `<article>${BODY}</article>`),
    given: { title: 'عنوان المستخدم', published: '2024-01-01', url: 'https://given.example/' },
    check: (a) => {
      assert.equal(a.title, 'عنوان المستخدم');
      assert.equal(a.published, '2024-01-01');
      assert.equal(a.url, 'https://given.example/');
    },
  },
  {
    name: '100,000-deep <div> nesting is rejected fast',
    html: `<html><body>${'<div>'.repeat(100_000)}نص${'</div>'.repeat(100_000)}</body></html>`,
    error: 'E_HTML_TOO_DEEP',
    maxMs: 300,
  },
  {
    name: 'deep nesting of self-closed <div/> (which HTML does not close) is rejected too',
    html: `<html><body>${'<div/>'.repeat(1000)}${BODY}</body></html>`,
    error: 'E_HTML_TOO_DEEP',
  },
  {
    name: 'a lower maxHtmlDepth limit is honoured',
    html: page('', `<div><div><div><div><article>${BODY}</article></div></div></div></div>`),
    limits: { maxHtmlDepth: 5 },
    error: 'E_HTML_TOO_DEEP',
  },
  {
    name: 'thousands of unclosed <p> and <li> do not look deep',
    html: page('', `<article>${`<p>${P1}`.repeat(600)}<ul>${'<li>بند'.repeat(600)}</ul></article>`),
    check: (a) => assert.equal(a.paragraphs.length, 1200),
  },
  { name: 'empty string', html: '', error: 'E_EMPTY_INPUT' },
  { name: 'whitespace only', html: ' \n\t  ', error: 'E_EMPTY_INPUT' },
  { name: 'empty <html></html> is markup without an article: E_NO_ARTICLE', html: '<html></html>', error: 'E_NO_ARTICLE' },
  {
    name: 'a page with only a navigation list',
    html: page('<title>الرئيسية</title>', `<nav><ul>${['الرئيسية', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'منوعات'].map((x) => `<li><a href="/${x}">${x}</a></li>`).join('')}</ul></nav>`),
    error: 'E_NO_ARTICLE',
  },
  {
    name: 'a flat listing of teasers (linked headlines with excerpts) is no article',
    html: page(
      `<meta property="og:type" content="article">`,
      `<main><ul>${Array.from({ length: 12 }, (_, i) => `<li><h3><a href="/n/${i}">عنوان الخبر رقم ${i} عن غزة</a></h3><p>${P1.slice(0, 150)}</p></li>`).join('')}</ul></main>`,
    ),
    error: 'E_NO_ARTICLE',
  },
  {
    name: 'nested teaser cards (heading link + one excerpt each) are no article, even with a low minArticleChars',
    html: page(
      '',
      `<main><ul>${Array.from(
        { length: 5 },
        (_, i) => `<li><article class="card"><div class="card__content"><h3><a href="/n/${i}">عنوان الخبر رقم ${i}</a></h3><div class="card__body"><div class="card__excerpt"><p>${i} ${P2}</p></div></div></div></article></li>`,
      ).join('')}</ul></main>`,
    ),
    options: { minArticleChars: 100 },
    error: 'E_NO_ARTICLE',
  },
  {
    name: 'an article next to an unmarked box of teasers: still an article, the box is dropped as related articles',
    html: page(
      '',
      `<div class="wrap"><div class="story">${BODY}</div><div class="box">${Array.from({ length: 5 }, (_, i) => `<h3><a href="/n/${i}">عنوان الخبر رقم ${i}</a></h3><p>${P3.slice(0, 80)}</p>`).join('')}</div></div>`,
    ),
    check: (a) => {
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
      assert.ok(a.dropped.some((d) => d.reason === 'related article' && d.text.startsWith('عنوان الخبر رقم 0')));
    },
  },
  {
    name: 'a short text (under 250 characters of running text) is no article',
    html: page('', `<article><p>${P1}</p></article>`),
    error: 'E_NO_ARTICLE',
  },
  {
    name: '... unless minArticleChars is lowered',
    html: page('', `<article><p>${P1}</p></article>`),
    options: { minArticleChars: 100 },
    check: (a) => assert.deepEqual(a.paragraphs, [P1]),
  },
  {
    name: 'input over maxChars',
    html: page('', `<article>${BODY}</article>`),
    limits: { maxChars: 100 },
    error: 'E_TOO_LARGE',
  },
  {
    name: 'iframes are neither loaded nor read; their fallback text never reaches the body',
    html: page('', `<article><p>${P1}</p><iframe src="https://example.org/embed">نص بديل للإطار</iframe><p>${P2}</p><p>${P3}</p></article>`),
    check: (a) => {
      assert.deepEqual(a.paragraphs, [P1, P2, P3]);
      assert.ok(!JSON.stringify(a).includes('نص بديل'));
    },
  },
];

describe('readHtml on small pages', () => {
  for (const c of cases) {
    test(c.name, async () => {
      const t0 = performance.now();
      if (c.error) {
        await assert.rejects(readHtml(c.html, c.given, c.limits, c.options), (err: unknown) => {
          assert.ok(err instanceof RasdError, String(err));
          assert.equal(err.code, c.error, err.message);
          return true;
        });
      } else {
        const a = await readHtml(c.html, c.given, c.limits, c.options);
        assert.equal(a.format, 'html');
        for (const p of a.paragraphs) assert.ok(p.length > 0 && p === p.trim() && !/\s{2}/u.test(p), JSON.stringify(p));
        c.check?.(a);
      }
      const ms = performance.now() - t0;
      if (c.maxMs !== undefined) assert.ok(ms < c.maxMs, `took ${ms.toFixed(0)} ms`);
    });
  }

  test('the item label is carried on errors', async () => {
    await assert.rejects(readHtml('<html></html>', {}, {}, { item: 'page 7' }), (err: unknown) => err instanceof RasdError && err.item === 'page 7');
  });
});

describe('readHtml loads jsdom lazily', () => {
  test('importing the reader, and rejecting a page in the pre-scan, do not load jsdom; reading an article does', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = `
      import { createRequire } from 'node:module';
      const req = createRequire(import.meta.url);
      const loaded = () => Object.keys(req.cache).some((k) => k.includes('/node_modules/jsdom/'));
      const { readHtml } = await import('./src/reader/html.ts');
      const afterImport = loaded();
      await readHtml('<html></html>').catch(() => {});
      const afterEmptyPage = loaded();
      await readHtml('<html><body><article><p>' + 'نص عربي '.repeat(60) + '</p></article></body></html>');
      console.log(JSON.stringify([afterImport, afterEmptyPage, loaded()]));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: new URL('../..', import.meta.url), encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out.trim()), [false, false, true]);
  });
});
