/**
 * The linear pre-scan of the HTML reader: nesting depth, the inert copy, text statistics.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RasdError } from '../../src/errors.ts';
import { scanTextConfig } from '../../src/reader/html-body.ts';
import { scanHtml } from '../../src/reader/html-scan.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';

const depth = (html: string): number => scanHtml(html, 10_000).depth;
const tooDeep = (html: string, max = 500): boolean => {
  try {
    scanHtml(html, max);
    return false;
  } catch (err) {
    if (err instanceof RasdError && err.code === 'E_HTML_TOO_DEEP') return true;
    throw err;
  }
};

describe('scanHtml: nesting depth', () => {
  const table: [string, string, number][] = [
    ['html and body count as two', '<html><body>x</body></html>', 2],
    ['nested divs', '<div><div><div>x</div></div></div>', 5],
    ['void elements do not nest', '<div>' + '<br><img src=x><hr><input><meta><link>'.repeat(100) + '</div>', 3],
    ['/> on void elements', '<div>' + '<br/><img/>'.repeat(100) + '</div>', 3],
    ['/> inside svg closes', '<svg>' + '<path d="M0"/><g/>'.repeat(100) + '</svg>', 3],
    ['unclosed <p> close each other', '<div>' + '<p>x'.repeat(1000) + '</div>', 4],
    ['unclosed <li> close each other', '<ul>' + '<li>x'.repeat(1000) + '</ul>', 4],
    ['unclosed <li> with a <p> inside', '<ul>' + '<li><p>x'.repeat(1000) + '</ul>', 5],
    ['unclosed <dt>/<dd>', '<dl>' + '<dt>a<dd>b'.repeat(500) + '</dl>', 4],
    ['unclosed <option> (outside a select, which is cut)', '<div>' + '<option>a'.repeat(500) + '</div>', 4],
    ['unclosed cells and rows (implied tbody)', '<table>' + '<tr><td>a<td>b'.repeat(500) + '</table>', 6],
    ['a heading closes an open heading', '<h2>a' + '<h3>b'.repeat(100), 3],
    ['tags inside raw text do not count', '<script>' + '<div>'.repeat(1000) + '</script><textarea>' + '<div>'.repeat(1000) + '</textarea><title><div><div></title>x', 2],
    ['tags inside comments do not count', '<!--' + '<div>'.repeat(1000) + '-->x', 2],
    ['quoted > in attributes', '<div title="a > b <div>"><div data-x=\'<div><div>\'>x</div></div>', 4],
    ['end tags of unopened elements are ignored', '</div></span></p>' + '<div>x</div>'.repeat(10), 3],
    ['</div> closes implied children', '<div><span><b><i>x</div><div>y</div>', 6],
  ];
  for (const [name, html, expected] of table) {
    test(name, () => assert.equal(depth(html), expected));
  }

  test('a 100,000-deep <div> nest is rejected after a few hundred tags', () => {
    const html = '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000);
    const t0 = performance.now();
    assert.ok(tooDeep(html));
    assert.ok(performance.now() - t0 < 100);
  });

  test('nestings the parser keeps deep are counted (no way around the limit)', () => {
    const attacks = [
      '<div/>'.repeat(1000), // `/>` does not close a div in HTML
      '<span>'.repeat(1000), // unclosed phrasing elements
      '<b><div></b>'.repeat(1000), // misnested formatting: the div stays open
      '<p><table><tr><td>'.repeat(1000), // a <p> in a cell is a new scope
      '<div><table><tr><td></div>'.repeat(1000), // </div> cannot leave the cell
      '<svg><div/>'.repeat(1000), // HTML breaks out of svg; the div opens
      '<a href=x><div>'.repeat(1000), // an <a> inside a block does not close the outer <a>'s block
      '<svg><style>' + '<g>'.repeat(1000), // svg <style> is no raw text
    ];
    for (const html of attacks) assert.ok(tooDeep(html), html.slice(0, 40));
  });

  test('a custom limit', () => {
    assert.ok(tooDeep('<div><div><div><div>', 5));
    assert.ok(!tooDeep('<div><div><div>', 5));
  });

  test('linear time on a large flat page (4 MB)', () => {
    const html = '<div class="c" id="x">' + '<p class="para">نص عربي قصير <a href="/x?a=1&amp;b=2">رابط</a> وبقية الفقرة.</p>\n'.repeat(50_000) + '</div>';
    const t0 = performance.now();
    const r = scanHtml(html, 500, undefined, scanTextConfig());
    const ms = performance.now() - t0;
    assert.equal(r.depth, 5);
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
  });
});

describe('scanHtml: the inert copy', () => {
  test('iframes, frames, styles and scripts are cut; JSON-LD is kept', () => {
    const r = scanHtml(
      '<p>a<iframe src="x">fallback <b>text</b></iframe>b<frame src=y>c<style>p{color:red}</style>d' +
        '<script>var s = "</scr" + "ipt>";</script>e<script type="application/ld+json">{"@type":"NewsArticle"}</script>f',
      500,
    );
    assert.equal(r.html, '<p>abcde<script type="application/ld+json">{"@type":"NewsArticle"}</script>f');
    assert.deepEqual(r.cut, { iframe: 1, frame: 1, style: 1, script: 1, select: 0, datalist: 0, attributes: 0 });
  });

  test('selects are cut whole, where the tree builder ends them', () => {
    const cases: [string, string][] = [
      ['<p>a<select name=s><option>1<option>2</select>b', '<p>ab'],
      ['<p>a<select><optgroup><option>1</optgroup></select >b', '<p>ab'],
      // comments and scripts inside are skipped whole
      ['a<select><!-- </select> --><option>1</select>b', 'ab'],
      ['a<select><script>"</select>"</script><option>1</select>b', 'ab'],
      // a nested <select> acts as </select>; <input>, <keygen>, <textarea> close the select and stay
      ['a<select><option>1<select>b', 'ab'],
      ['a<select><option>1<input name=x>b', 'a<input name=x>b'],
      ['a<select><option>1<textarea>t</textarea>b', 'a<textarea>t</textarea>b'],
      // in a table, table tags close it; elsewhere they are ignored inside it
      ['<table><tr><td>a<select><option>1</td><td>b</td></tr></table>', '<table><tr><td>a</td><td>b</td></tr></table>'],
      ['a<select><option>1</td><div>x</div></select>b', 'ab'],
      // an unclosed select runs to the end of the page (its text is inside it, never shown)
      ['a<select><option>1<p>never', 'a'],
      // svg content is not HTML
      ['<svg><select></select></svg>x', '<svg><select></select></svg>x'],
    ];
    for (const [html, expected] of cases) assert.equal(scanHtml(html, 500).html, expected, html);
    assert.equal(scanHtml('<select><option>1</select><select></select>', 500).cut.select, 2);
  });

  test('the options of a datalist are cut, the datalist and what follows stay', () => {
    const r = scanHtml('<input list=l><datalist id=l><option value=a><option value=b>B</option><!-- c --></datalist>x', 500);
    assert.equal(r.html, '<input list=l><datalist id=l></datalist>x');
    assert.equal(r.cut.datalist, 1);
    // other content ends the run: it is kept, and so is the tree around it
    assert.equal(scanHtml('<datalist><option>a<p>text</p></datalist>', 500).html, '<datalist><p>text</p></datalist>');
  });

  test('tags keep at most maxAttributes attributes', () => {
    const attrs = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => ` a${from + i}="v${from + i}"`).join('');
    const r = scanHtml(`<div${attrs(70)} class="late">x</div><p${attrs(3)}>y</p>`, 500, undefined, undefined, { maxAttributes: 64 });
    assert.equal(r.html, `<div${attrs(64)} >x</div><p${attrs(3)}>y</p>`);
    assert.equal(r.cut.attributes, 7);
    assert.equal(scanHtml(`<br${attrs(5)}/>`, 500, undefined, undefined, { maxAttributes: 2 }).html, `<br${attrs(2)} />`);
    // the default is 64; a tag within it is untouched
    assert.equal(scanHtml(`<i${attrs(64)}>x</i>`, 500).html, `<i${attrs(64)}>x</i>`);
    // an attribute cut inside a cut element is no problem
    assert.equal(scanHtml(`a<iframe${attrs(10)}>x</iframe>b`, 500, undefined, undefined, { maxAttributes: 2 }).html, 'ab');
  });

  test('element count and widest element', () => {
    const r = scanHtml('<html><head><title>t</title><meta charset=utf-8></head><body><ul>' + '<li>x'.repeat(30) + '</ul><table><td>a<td>b</table><br><img src=x></body></html>', 500);
    // html, head, body, title, meta, ul, 30 li, table, tbody, tr, 2 td, br, img
    assert.equal(r.elements, 3 + 2 + 1 + 30 + 5 + 2);
    assert.deepEqual(r.widest, { children: 30, name: 'ul' });
    assert.equal(scanHtml('<select>' + '<option>x'.repeat(100) + '</select>', 500).elements, 3);
  });

  test('script data escapes: a </script> inside <!-- <script> … does not end the script', () => {
    const r = scanHtml('<script><!-- <script>x</script> y --></script>after', 500);
    assert.equal(r.html, 'after');
  });

  test('unterminated script: the rest of the page is script', () => {
    assert.equal(scanHtml('<p>a</p><script>var x = 1; <p>never</p>', 500).html, '<p>a</p>');
  });

  test('inside svg, <style> and <script> are left to the DOM side', () => {
    const html = '<svg><style>.a{}</style></svg><p>x</p>';
    assert.equal(scanHtml(html, 500).html, html);
  });
});

describe('scanHtml: text statistics', () => {
  test('an article body scores its paragraphs; a listing of teasers shows linked headlines', () => {
    const para = 'نص فقرة طويلة بما يكفي لتعد نصا جاريا في المقال، وفيها جملة ثانية أيضا.';
    const article = scanHtml(`<nav><a href="/">الرئيسية</a></nav><article><p>${para}</p><p>${para}</p><p>${para}</p></article>`, 500, undefined, scanTextConfig());
    assert.ok(article.text!.raw.bestScore >= 3 * para.length - 3);
    assert.equal(article.text!.raw.linkedHeadings, 0);
    const listing = scanHtml(`<ul>${`<li><h3><a href="/x">عنوان خبر</a></h3><p>${para}</p></li>`.repeat(10)}</ul>`, 500, undefined, scanTextConfig());
    assert.equal(listing.text!.raw.linkedHeadings, 10);
  });

  test('debris regions count in the raw view only', () => {
    const para = 'نص فقرة طويلة بما يكفي لتعد نصا جاريا في المقال، وفيها جملة ثانية أيضا.';
    const r = scanHtml(`<div class="sidebar"><p>${para}</p><p>${para}</p></div>`, 500, undefined, scanTextConfig());
    assert.ok(r.text!.raw.bestScore > 0);
    assert.equal(r.text!.clean.bestScore, 0);
  });

  const pages = ['arabic.cnn.com_2013-08-28_syria.clashes.html', 'assabah.com.tn_article_164913.html', 'aljazeera.net_palestine-section-listing_2024-07-16.html'];
  for (const name of pages) {
    const f = sharedDataFile('html', name);
    test(`the real page ${name} passes the default depth limit`, { skip: f ? false : missingDataMessage('html', name) }, () => {
      const r = scanHtml(readFileSync(f!, 'utf8'), 500, undefined, scanTextConfig());
      assert.ok(r.depth < 60, `depth ${r.depth}`);
      assert.ok(r.cut.iframe > 0);
    });
  }
});
