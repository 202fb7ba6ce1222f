/**
 * The HTML reader on adversarial pages under 1 MB that used to take tens of seconds in jsdom or
 * Readability (quadratic paths): each is now refused with `E_TOO_LARGE` before jsdom runs, or
 * read correctly. Pages are generated here. The per-test timeout guards against hangs only; it is
 * no speed target (see docs/html-reader.md, Limits, for measured times).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { RasdError } from '../../src/errors.ts';
import { readHtml, type HtmlReaderOptions } from '../../src/reader/html.ts';
import { loadData } from '../../src/data.ts';
import type { ReadArticle } from '../../src/reader/types.ts';

const GUARD = { timeout: 15_000 };
const { maxElements, maxChildren } = loadData<{ maxElements: number; maxChildren: number }>('reader/html.json');

const PARA = 'هذا نص عربي طويل بما يكفي ليكون فقرة من مقال إخباري حقيقي عن الأحداث الجارية في المنطقة. '.repeat(5).trim();
const TITLE = 'عنوان المقال';
/** A page whose article is two long paragraphs around `middle`. */
const page = (middle: string, head = ''): string =>
  `<!doctype html><html><head><title>t</title>${head}</head><body><article><h1>${TITLE}</h1><p>${PARA}</p>${middle}<p>${PARA}</p></article></body></html>`;

/** `count` copies of `item(i)` in `<tag>` groups of at most `size` (to stay under `maxChildren`). */
function groups(count: number, size: number, item: (i: number) => string, tag = 'div'): string {
  let out = '';
  for (let i = 0; i < count; i += size) {
    let g = '';
    for (let k = i; k < Math.min(count, i + size); k++) g += item(k);
    out += `<${tag}>${g}</${tag}>`;
  }
  return out;
}

async function tooLarge(html: string, message: RegExp, options: HtmlReaderOptions = {}): Promise<void> {
  await assert.rejects(readHtml(html, {}, {}, options), (err: unknown) => {
    assert.ok(err instanceof RasdError, String(err));
    assert.equal(err.code, 'E_TOO_LARGE');
    assert.match(err.message, message);
    return true;
  });
}

/** The article's own paragraphs come first and last; `inner` more in between. */
function assertArticle(a: ReadArticle, inner: number | ((n: number) => boolean)): void {
  assert.equal(a.title, TITLE);
  assert.equal(a.paragraphs[0], PARA);
  assert.equal(a.paragraphs.at(-1), PARA);
  const n = a.paragraphs.length - 2;
  if (typeof inner === 'number') assert.equal(n, inner);
  else assert.ok(inner(n), `${n} inner paragraphs`);
}

const elementsMessage = (limit = maxElements): RegExp => new RegExp(`^the page has \\d+ elements; the limit is ${limit}$`);

describe('HTML reader: pages over the element limit are refused before jsdom runs', () => {
  test('the limit fits the real pages', () => {
    assert.ok(maxElements >= 9_892 && maxElements <= 15_000, String(maxElements)); // the largest real page: 9,892
    assert.ok(maxChildren >= 345, String(maxChildren)); // the widest element of the real pages: 345 children
  });

  const cases: [string, () => string][] = [
    ['20,000 <meta> in the body (743 KB)', () => page('<meta property="og:title" content="x">'.repeat(20_000))],
    ['20,000 <meta> in the head', () => page('', '<meta property="og:title" content="x">'.repeat(20_000))],
    ['20,000 sibling <div>s (235 KB)', () => page('<div>ب</div>'.repeat(20_000))],
    ['a table of 20,000 cells in one row (99 KB)', () => page('<table>' + '<td>ب'.repeat(20_000) + '</table>')],
    ['100,000 <p> (392 KB)', () => page('<p>ب'.repeat(100_000))],
    ['20,000 <time datetime>', () => page('<time datetime="2022-09-12">x</time>'.repeat(20_000))],
    ['20,000 <option> outside any select', () => page('<div>' + '<option>x'.repeat(20_000) + '</div>')],
  ];
  for (const [name, make] of cases) {
    test(name, GUARD, async () => {
      const html = make();
      const t0 = performance.now();
      await tooLarge(html, elementsMessage());
      assert.ok(performance.now() - t0 < 5_000); // refused by the pre-scan: no DOM is built
    });
  }

  test('the count is exact and the limit is an option', GUARD, async () => {
    // html, head, title, body, article, h1, two <p> of the page + 30 <b>
    const html = page('<b>x</b>'.repeat(30));
    await tooLarge(html, /^the page has 38 elements; the limit is 37$/, { maxElements: 37 });
    const a = await readHtml(html, {}, {}, { maxElements: 38 });
    assertArticle(a, 1); // the run of <b> is one line
  });

  test('the parsed document is counted too (misnested formatting tags are cloned by the parser)', GUARD, async () => {
    // The pre-scan counts ~8,000 elements; the parser builds three times as many.
    const html = page(groups(2_000, 500, () => '<b><i><u><p>x</b>'));
    await tooLarge(html, elementsMessage());
  });

  test('one element with too many children', GUARD, async () => {
    const n = maxChildren + 200;
    await tooLarge(page('<p>ب</p>'.repeat(n)), new RegExp(`^the page has a <article> element with ${n + 3} child elements; the limit is ${maxChildren}$`));
    await tooLarge(page('<table><tr>' + '<td>ب'.repeat(n) + '</table>'), new RegExp(`^the page has a <tr> element with ${n} child elements; the limit is ${maxChildren}$`));
    await tooLarge(page('<ul>' + '<li>ب'.repeat(n) + '</ul>'), /<ul> element/);
  });
});

describe('HTML reader: adversarial pages under the limits are read', () => {
  test('a <select> of 20,000 options (177 KB) is cut by the pre-scan', GUARD, async () => {
    assertArticle(await readHtml(page('<select name="s">' + '<option>x'.repeat(20_000) + '</select>')), 0);
  });

  test('a <datalist> of 20,000 options is cut by the pre-scan', GUARD, async () => {
    assertArticle(await readHtml(page('<input list="l"><datalist id="l">' + '<option value="x">'.repeat(20_000) + '</datalist>')), 0);
  });

  test('one tag with 50,000 attributes (527 KB) keeps 64', GUARD, async () => {
    const attrs = Array.from({ length: 50_000 }, (_, i) => `a${i}="v"`).join(' ');
    assertArticle(await readHtml(page(`<div ${attrs}>نص قصير</div>`)), (n) => n === 1);
  });

  test('one tag with 50,000 copies of one attribute', GUARD, async () => {
    assertArticle(await readHtml(page(`<div ${'a="v" '.repeat(50_000)}>نص قصير</div>`)), 1);
  });

  test('a 1 MB page of 9,600 mixed elements', GUARD, async () => {
    const unit = (i: number): string =>
      `<div class="row"><span>وسم ${i}</span> <a href="/n/${i}">رابط ${i}</a><p>${PARA.slice(0, 345 + (i % 90))}</p><ul><li>أ</li><li>ب</li></ul><img src="/i/${i}.jpg" alt=""></div>\n`;
    const html = page(groups(1_200, 250, unit, 'section'));
    assert.ok(Buffer.byteLength(html) > 1_000_000, String(Buffer.byteLength(html)));
    const a = await readHtml(html);
    assertArticle(a, (n) => n >= 1_200);
    assert.ok(a.paragraphs.includes(PARA.slice(0, 345 + (1_199 % 90))));
  });

  test('a table of 5,000 cells (500 rows of 10)', GUARD, async () => {
    const rows = Array.from({ length: 500 }, (_, r) => '<tr>' + Array.from({ length: 10 }, (_, c) => `<td>خلية ${r}-${c}`).join('')).join('');
    const a = await readHtml(page(`<table>${rows}</table>`));
    assertArticle(a, 5_000);
    assert.equal(a.paragraphs[1], 'خلية 0-0');
    assert.equal(a.paragraphs.at(-2), 'خلية 499-9');
  });

  test('2,000 small tables', GUARD, async () => {
    const a = await readHtml(page(groups(2_000, 250, (i) => `<table><tr><td>جدول ${i}</td></tr></table>`)));
    assertArticle(a, (n) => n === 2_000);
  });

  test('figures with 2,000 distinct captions', GUARD, async () => {
    const a = await readHtml(page(groups(2_000, 500, (i) => `<figure><img src="x"><figcaption>صورة ${i} (رويترز)</figcaption></figure>`)));
    assertArticle(a, 0);
    assert.equal(a.captions.length, 2_000);
    assert.deepEqual(a.captions[0], { text: 'صورة 0', credit: 'رويترز' });
  });
});
