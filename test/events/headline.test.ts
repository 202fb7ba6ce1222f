/**
 * The headline restates the news: when a Doc's first paragraph is its title, an event only the
 * headline tells is the body's event of its type told again (one event, two mentions) — when their
 * sides agree. Sentences written for the test.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/doc/doc.ts';
import { runPipeline, DEFAULT_PIPELINE } from '../../src/pipeline/runner.ts';
import '../../src/pipeline/components.ts';
import type { Event } from '../../src/events/types.ts';

const DCT = '2021-10-30';

function eventsOf(title: string | null, paragraphs: string[]): readonly Event[] {
  const paras = title ? [title, ...paragraphs] : paragraphs;
  const doc = runPipeline(createDoc(paras, { title, published: DCT, url: null, captions: [], dropped: [], format: 'text' }), { referenceDate: DCT }, DEFAULT_PIPELINE);
  return doc.layers.events ?? [];
}
const show = (es: readonly Event[]): string => es.map((e) => `${e.type}«${e.trigger.text}» ${e.source.map((a) => a.country).join('+')}→${e.target.map((a) => a.country).join('+')} ×${e.mentions.length}`).join('; ');

describe('events: the headline and the body tell one event', () => {
  const title = 'الصومال يقطع علاقاته الدبلوماسية';
  const body = ['أعلنت الحكومة الصومالية، اليوم السبت، قطع العلاقات الدبلوماسية مع كينيا، متهمة نيروبي بالتدخل في شؤونها الداخلية.'];

  test('a headline event that leaves a side unsaid joins the body event of its type, as its last mention', () => {
    const es = eventsOf(title, body).filter((e) => e.type === 'SANCTION');
    assert.equal(es.length, 1, show(es));
    const e = es[0]!;
    assert.ok(e.trigger.start > title.length, `the body's trigger leads: ${show(es)}`);
    assert.deepEqual(e.mentions[0], { trigger: e.trigger, sentence: e.sentence });
    assert.equal(e.mentions.length, 2, show(es));
    assert.ok(e.mentions[1]!.trigger.start < title.length, 'the headline mention comes last');
    assert.deepEqual([...new Set(e.source.map((a) => a.country))], ['SOM']);
    assert.deepEqual([...new Set(e.target.map((a) => a.country))], ['KEN']);
  });

  test('without a title paragraph the same text is two sentences of the body: nothing is a headline', () => {
    const doc = eventsOf(null, [title, ...body]).filter((e) => e.type === 'SANCTION');
    assert.ok(doc.some((e) => e.trigger.start < title.length), show(doc));
  });

  test('a headline event whose sides disagree with the body event stays its own', () => {
    const es = eventsOf('تركيا تقطع علاقاتها مع النمسا', body).filter((e) => e.type === 'SANCTION');
    assert.equal(es.length, 2, show(es));
    assert.ok(es.some((e) => e.trigger.start < 30 && e.source.some((a) => a.country === 'TUR')), show(es));
  });
});
