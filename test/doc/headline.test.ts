import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analyze.ts';
import { createDoc, withLayer } from '../../src/doc/doc.ts';
import type { ActorMention } from '../../src/actors/types.ts';
import type { Timex } from '../../src/dates/types.ts';
import type { EventArg } from '../../src/events/types.ts';
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

  test('dropHeadline on a Doc whose paragraphs are not joined by the separator: a coded error', () => {
    const meta: ArticleMeta = { title: 'عنوان', published: null, url: null, captions: [], dropped: [], format: 'text' };
    const odd = { ...createDoc(['عنوان', 'فقرة'], meta), layers: { paragraphs: [{ start: 0, end: 5 }, { start: 6, end: 10 }] } };
    assert.throws(() => dropHeadline(odd), (e: unknown) => (e as { code?: string }).code === 'E_PIPELINE');
  });

  test('dropHeadline on a Doc with the paragraphs layer only', () => {
    const meta: ArticleMeta = { title: 'عنوان', published: null, url: null, captions: [], dropped: [], format: 'text' };
    const doc = dropHeadline(createDoc(['عنوان', 'الفقرة الأولى', 'الثانية'], meta));
    assert.equal(doc.text, 'الفقرة الأولى\n\nالثانية');
    assert.deepEqual(doc.layers.paragraphs, [{ start: 0, end: 13 }, { start: 15, end: 22 }]);
    assert.deepEqual(Object.keys(doc.layers), ['paragraphs']);
  });
  describe('dropHeadline on hand-built layers (exact offsets)', () => {
    // title 0–22, separator, body from 24
    const title = 'مصر تستضيف السودان غدا';
    const body = 'يزور وفد من السودان مصر غدا السبت، ويلتقي مسؤولين في القاهرة.';
    const meta: ArticleMeta = { title, published: '2021-10-30', url: null, captions: [], dropped: [], format: 'text' };
    const cut = title.length + 2;
    const at = (t: string, from = 0): { start: number; end: number; text: string } => {
      const start = (title + '\n\n' + body).indexOf(t, from);
      return { start, end: start + t.length, text: t };
    };
    const mention = (t: string, from: number, id: string, country: string): ActorMention => ({
      ...at(t, from), entity: null, actor: { id, country, sector: null, name: t, role: null }, key: id, rule: 'kb:country', kb: null, steps: [],
    });
    const arg = (t: string, from: number, actor: string, country: string, countryFrom: EventArg['countryFrom'] = null): EventArg => ({
      ...at(t, from), country, sector: null, actor, name: t, entity: null, countryFrom,
    });
    const timex = (t: string, from: number): Timex => ({ ...at(t, from), type: 'DATE', value: '2021-10-31', tags: [], stated: [], implied: [] });
    const doc = withLayer(
      withLayer(
        withLayer(createDoc([title, body], meta), 'actors', [
          mention('مصر', 0, 'EGY', 'EGY'),
          mention('السودان', 0, 'SDN', 'SDN'),
          mention('السودان', cut, 'SDN', 'SDN'),
          mention('مصر', cut, 'EGY', 'EGY'),
        ]),
        'timexes',
        [timex('غدا', 0), timex('غدا السبت', cut)],
      ),
      'events',
      [
        {
          type: 'CONSULT', mode: 'visit', cameo: '042', goldstein: 1.9, sense: 'host',
          trigger: at('تستضيف'), sentence: { start: 0, end: title.length },
          // the host twice (once as a side inferred from the clause), the visitor: all named in the headline
          source: [arg('السودان', 0, 'SDN', 'SDN')],
          target: [arg('مصر', 0, 'EGY', 'EGY'), arg('مصر', 0, 'EGY.GOV', 'EGY', 'source')],
          date: '2021-10-31', timex: 0, location: null, modality: 'expected', confidence: 0.8,
          mentions: [
            { trigger: at('تستضيف'), sentence: { start: 0, end: title.length } },
            { trigger: at('يزور', cut), sentence: { start: cut, end: cut + body.length } },
          ],
          why: [],
        },
      ],
    );
    const out = dropHeadline(doc);
    const ev = out.layers.events![0]!;

    test('the lead is the body mention; the sides point at the body mentions of the same actors', () => {
      assert.deepEqual(ev.trigger, { start: 0, end: 4, text: 'يزور' });
      assert.deepEqual(ev.mentions.map((m) => m.trigger.start), [0]);
      assert.deepEqual(ev.source.map((a) => [a.text, a.start]), [['السودان', 12]]);
      assert.equal(out.text.slice(12, 19), 'السودان');
      assert.deepEqual(ev.target.map((a) => [a.text, a.start]), [['مصر', 20]]);
    });

    test('a side the coder inferred from the headline\'s clause is left out, with a why step', () => {
      assert.equal(ev.target.length, 1);
      assert.ok(ev.why.some((w) => w.includes('named in the headline only')));
    });

    test('a date read in the headline takes the body\'s expression of the same value', () => {
      assert.deepEqual(out.layers.timexes!.map((t) => [t.text, t.start]), [['غدا السبت', 24]]);
      assert.equal(ev.timex, 0);
      assert.equal(ev.date, '2021-10-31');
    });

    test('actor mentions in the headline go; the body\'s are rebased', () => {
      assert.deepEqual(out.layers.actors!.map((m) => [m.text, m.start]), [['السودان', 12], ['مصر', 20]]);
      assert.deepEqual(checkDoc(out), []);
    });

    test('a side whose country the coder inferred is not pointed at a body mention of that country', () => {
      const inferred = withLayer(doc, 'events', [{ ...doc.layers.events![0]!, target: [arg('مصر', 0, 'EGY', 'EGY', 'article')] }]);
      assert.deepEqual(dropHeadline(inferred).layers.events![0]!.target, []);
    });

    test('two headline sides of one actor do not both take its one body mention', () => {
      const twice = withLayer(doc, 'events', [{ ...doc.layers.events![0]!, target: [arg('مصر', 0, 'EGY', 'EGY'), arg('مصر', 0, 'EGY', 'EGY')] }]);
      assert.deepEqual(dropHeadline(twice).layers.events![0]!.target.map((a) => a.start), [20]);
    });

    test('a headline side is not pointed at the mention another side uses', () => {
      // the visitor named in the body as the source; the headline's target of the same actor has no other body mention
      const taken = withLayer(doc, 'events', [{ ...doc.layers.events![0]!, source: [arg('السودان', cut, 'SDN', 'SDN')], target: [arg('السودان', 0, 'SDN', 'SDN')] }]);
      const e = dropHeadline(taken).layers.events![0]!;
      assert.deepEqual(e.source.map((a) => a.start), [12]);
      assert.deepEqual(e.target, []);
    });
  });
});
