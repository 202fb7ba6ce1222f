/**
 * Headings inside a body (a subheading, or the headline of a linked story left in a scraped text)
 * tell no event of the article: the coder reads no trigger in a paragraph of at most 14 words that
 * does not end like a sentence — unless such lines make a third of the text or more (verse, a text
 * broken into lines), where they are the text itself.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/doc/doc.ts';
import { runPipeline, DEFAULT_PIPELINE } from '../../src/pipeline/runner.ts';
import '../../src/pipeline/components.ts';
import type { Event } from '../../src/events/types.ts';

const DCT = '2021-10-30';

function eventsOf(paragraphs: string[], title: string | null = null): readonly Event[] {
  const doc = createDoc(paragraphs, { title, published: DCT, url: null, captions: [], dropped: [], format: 'text' });
  return runPipeline(doc, { referenceDate: DCT }, DEFAULT_PIPELINE).layers.events ?? [];
}

const LEAD = 'أعلنت الحكومة الأردنية، السبت، خطة لإعادة تأهيل شبكة المياه في محافظات الشمال بكلفة تتجاوز مئتي مليون دينار.';
const BODY = 'وقال وزير المياه في مؤتمر صحفي إن الخطة تمتد خمس سنوات وتشمل استبدال الأنابيب القديمة في أكثر من ثلاثين بلدة.';
const BODY2 = 'وأضاف أن الحكومة ستطرح أولى المناقصات مطلع العام المقبل، مشيرا إلى أن الفاقد من المياه يبلغ نحو نصف الكمية.';
const LINKED = 'العراق يستدعي سفير تركيا لمطالبته بسحب قوات بلاده';
const PROSE = 'واستدعت وزارة الخارجية العراقية السفير التركي لمطالبته بسحب قوات بلاده من شمال العراق.';

describe('event coder: headings inside the body', () => {
  test('a linked headline between prose paragraphs tells no event; the same words as prose do', () => {
    const types = (ps: string[]): string[] => eventsOf(ps).map((e) => `${e.type}«${e.trigger.text}»`);
    assert.deepEqual(types([LEAD, BODY, LINKED, BODY2]), []);
    const prose = types([LEAD, BODY, PROSE, BODY2]);
    assert.ok(prose.some((t) => t.startsWith('ACCUSE') || t.startsWith('REQUEST')), prose.join(', '));
  });

  test('the first paragraph is never a heading, and a line ending with a comma is a broken sentence', () => {
    assert.ok(eventsOf([LINKED, BODY, BODY2]).length > 0);
    assert.ok(eventsOf([LEAD, BODY, `${LINKED}،`, BODY2]).length > 0);
  });

  test('a line whose full stop the outlet left out is prose when it opens like prose (و + a past verb, وفي) or has a comma', () => {
    const unstopped = 'واستدعت وزارة الخارجية العراقية السفير التركي لمطالبته بسحب قوات بلاده';
    assert.ok(eventsOf([LEAD, BODY, unstopped, BODY2]).length > 0);
    assert.ok(eventsOf([LEAD, BODY, 'العراق يستدعي السفير التركي، ويطالبه بسحب قوات بلاده', BODY2]).length > 0);
  });

  test('a heading has at most 14 words; with the headline as the first paragraph, the lead after it is never one', () => {
    const long = 'العراق يستدعي سفير تركيا لمطالبته بسحب قوات بلاده من شمال البلاد بعد قصف جوي استهدف قرى حدودية';
    assert.ok(long.split(' ').length > 14);
    assert.ok(eventsOf([LEAD, BODY, long, BODY2]).length > 0);
    const title = 'الأردن يطلق خطة لإعادة تأهيل شبكة المياه';
    assert.ok(eventsOf([title, LINKED, BODY, BODY2], title).length > 0);
  });

  test('in a text of short unpunctuated lines (a third of it or more), the lines are the text', () => {
    const lines = [LEAD, LINKED, 'وتظاهر آلاف الطلاب أمام البرلمان في بغداد', 'ورفعوا لافتات تطالب بالإصلاح'];
    assert.ok(eventsOf(lines).some((e) => e.trigger.text.includes('يستدعي')), eventsOf(lines).map((e) => e.trigger.text).join(', '));
  });
});
