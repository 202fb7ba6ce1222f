import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analyze.ts';
import { createDoc } from '../../src/doc/doc.ts';
import { dropHeadline, headlineFirst, withHeadline } from '../../src/doc/headline.ts';
import { checkDoc } from '../../src/doc/invariants.ts';
import type { ArticleMeta } from '../../src/doc/types.ts';
import { toOutputV1 } from '../../src/output/v1.ts';
import { readText } from '../../src/reader/text.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import '../../src/pipeline/components.ts';

// an article written for this test: the headline tells the downing and a threat; the body tells the
// downing without naming the drone's owner, and names the United States in another sentence
const TITLE = 'الحوثيون يعلنون إسقاط طائرة مسيرة أمريكية ويهددون السعودية';
const BODY = ['أعلنت الجماعة، اليوم السبت، إسقاط طائرة مسيرة فوق محافظة مأرب.', 'وقالت الولايات المتحدة إنها تتحقق من الأمر.'];
const analyzed = (title: string | null) => analyzeArticle(readText(BODY.join('\n'), { title, published: '2021-10-30' }));

describe('doc headline', () => {
  const cases: [string, string | null, string[], boolean][] = [
    ['a title is put first', 'عنوان الخبر', ['فقرة أولى', 'فقرة ثانية'], true],
    ['no title', null, ['فقرة أولى'], false],
    ['an empty title', '', ['فقرة أولى'], false],
    ['a body that already opens with the title', 'عنوان الخبر', ['عنوان الخبر', 'فقرة'], false],
    ['a title with surrounding spaces (not the same text as the meta title)', ' عنوان ', ['فقرة'], false],
    ['no body', 'عنوان الخبر', [], false],
  ];
  for (const [why, title, paras, added] of cases) {
    test(`withHeadline: ${why}`, () => {
      const r = withHeadline(title, paras);
      assert.equal(r.added, added);
      assert.deepEqual(r.paragraphs, added ? [title, ...paras] : paras);
    });
  }

  test('analyzeArticle analyses the title with the body but returns the body alone, every layer rebased', () => {
    const doc = analyzed(TITLE);
    assert.equal(doc.text, BODY.join('\n\n'));
    assert.equal(headlineFirst(doc), false);
    assert.deepEqual(checkDoc(doc), []);
    const out = toOutputV1('t', doc);
    const slices = [
      ...out.entities.map((e) => [e.text, out.article.text.slice(e.start, e.end)]),
      ...out.timexes.map((t) => [t.text, out.article.text.slice(t.start, t.end)]),
      ...out.events.flatMap((e) => [
        [e.trigger.text, out.article.text.slice(e.trigger.start, e.trigger.end)],
        ...[...e.source, ...e.target].map((a) => [a.text, out.article.text.slice(a.start, a.end)]),
        ...e.mentions.map((m) => [m.trigger.text, out.article.text.slice(m.trigger.start, m.trigger.end)]),
      ]),
    ];
    for (const [text, slice] of slices) assert.equal(slice, text);
  });

  test('an event the headline and the body tell keeps the body mention only, and a side only the headline names points at its body mention', () => {
    const events = toOutputV1('t', analyzed(TITLE)).events;
    const downing = events.filter((e) => e.type === 'ASSAULT');
    assert.equal(downing.length, 1);
    assert.deepEqual(downing[0]!.trigger, { text: 'إسقاط طائرة', start: 28, end: 39 });
    assert.equal(downing[0]!.mentions.length, 1);
    // the drone's owner, named by the headline's nisba (أمريكية), is the body's الولايات المتحدة
    assert.deepEqual(
      downing[0]!.target.map((a) => [a.country, a.text, a.start]),
      [['USA', 'الولايات المتحدة', 70]],
    );
    // without the title, the body leaves the target unsaid
    assert.deepEqual(toOutputV1('t', analyzed(null)).events.find((e) => e.type === 'ASSAULT')!.target, []);
  });

  test('an event only the headline tells has no evidence in the body and is left out', () => {
    const doc = analyzed(TITLE);
    assert.equal((doc.layers.events ?? []).some((e) => e.type === 'THREATEN'), false);
    // (the coder does find it in the headline, before the title is cut off)
    const whole = createDoc([TITLE, ...BODY], { title: TITLE, published: '2021-10-30', url: null, captions: [], dropped: [], format: 'text' });
    assert.equal(headlineFirst(whole), true);
    const threat = (runPipeline(whole, { referenceDate: '2021-10-30' }).layers.events ?? []).find((e) => e.type === 'THREATEN');
    assert.equal(threat?.trigger.text, 'يهددون');
    assert.ok(threat.trigger.start < TITLE.length);
  });

  test('dropHeadline on a Doc with the paragraphs layer only', () => {
    const meta: ArticleMeta = { title: 'عنوان', published: null, url: null, captions: [], dropped: [], format: 'text' };
    const doc = dropHeadline(createDoc(['عنوان', 'الفقرة الأولى', 'الثانية'], meta));
    assert.equal(doc.text, 'الفقرة الأولى\n\nالثانية');
    assert.deepEqual(doc.layers.paragraphs, [{ start: 0, end: 13 }, { start: 15, end: 22 }]);
    assert.deepEqual(Object.keys(doc.layers), ['paragraphs']);
  });
});
