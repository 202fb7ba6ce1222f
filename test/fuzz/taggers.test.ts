/**
 * Property tests of the temporal tagger (src/dates) and the event coder (src/events) on hostile
 * text full of date-like and trigger-like fragments from the project's data files: spans inside
 * the text and equal to their slice, timex values well-formed TIMEX3 for their type, events
 * pointing to sentences that contain their trigger, arguments and places that are real spans.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeToDoc } from '../../src/analyze.ts';
import { tagTimexes, type Timex } from '../../src/dates/index.ts';
import type { Doc, Span } from '../../src/doc/types.ts';
import { checkDoc } from '../../src/doc/invariants.ts';
import { PLOVER_TYPES } from '../../src/events/ontology.ts';
import { MODALITIES, type TextSpan } from '../../src/events/types.ts';
import { normalizeView } from '../../src/lang/ar/normalize.ts';
import { articleLike, assertInputError, checkProperty, dateLike, hostileText, referenceDate, textInput, triggerLike } from './fuzz.ts';
import { timexValueProblem } from './timex.ts';

const FIELDS = new Set(['year', 'month', 'day', 'weekday', 'hour', 'minute']);
const SPACE_RE = /\s/u;

/** The tagger's contract on one text. */
function assertTimexes(text: string, ts: readonly Timex[]): void {
  let prevEnd = 0;
  for (const [i, t] of ts.entries()) {
    assert.ok(t.start >= prevEnd, `timexes[${i}] sorted and non-overlapping`);
    assert.ok(t.end > t.start && t.end <= text.length, `timexes[${i}] [${t.start}, ${t.end}) non-empty and inside the text`);
    assert.equal(t.text, text.slice(t.start, t.end), `timexes[${i}] text is its slice`);
    assert.ok(!SPACE_RE.test(t.text[0]!) && !SPACE_RE.test(t.text.at(-1)!), `timexes[${i}] ${JSON.stringify(t.text)} does not start or end with a blank`);
    assert.equal(timexValueProblem(t.type, t.value), null, `timexes[${i}] ${JSON.stringify(t.text)}`);
    assert.ok(t.tags.length > 0, `timexes[${i}] names its parser`);
    for (const f of [...t.stated, ...t.implied]) assert.ok(FIELDS.has(f), `timexes[${i}] field ${f}`);
    prevEnd = t.end;
  }
}

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

function assertSpanText(doc: Doc, s: TextSpan, what: string): void {
  assert.ok(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= doc.text.length, `${what} [${s.start}, ${s.end}) inside the text`);
  assert.equal(s.text, doc.text.slice(s.start, s.end), `${what} text is its slice`);
}

/** The event coder's contract on one analysed Doc. */
function assertEvents(doc: Doc): void {
  const sentences = doc.layers.sentences ?? [];
  const timexes = doc.layers.timexes ?? [];
  const entities = doc.layers.entities ?? [];
  const sentenceKeys = new Set(sentences.map((s) => `${s.start}:${s.end}`));
  for (const [i, e] of (doc.layers.events ?? []).entries()) {
    const at = `events[${i}] (${e.sense})`;
    assert.ok((PLOVER_TYPES as readonly string[]).includes(e.type), `${at} type ${e.type}`);
    assert.ok((MODALITIES as readonly string[]).includes(e.modality), `${at} modality ${e.modality}`);
    assert.match(e.cameo, /^\d{2,4}$/, `${at} CAMEO code`);
    assert.ok(e.confidence >= 0 && e.confidence <= 1, `${at} confidence ${e.confidence}`);
    assert.ok(Number.isFinite(e.goldstein), `${at} Goldstein score`);
    assertSpanText(doc, e.trigger, `${at} trigger`);
    assert.ok(sentenceKeys.has(`${e.sentence.start}:${e.sentence.end}`), `${at} sentence is one of the doc's sentences`);
    assert.ok(inside(e.trigger, e.sentence), `${at} sentence contains its trigger`);
    assert.ok(e.mentions.length > 0, `${at} has mentions`);
    assert.deepEqual(e.mentions[0], { trigger: e.trigger, sentence: e.sentence }, `${at} the first mention is the event's trigger and sentence`);
    let prev = -1;
    for (const [k, m] of e.mentions.entries()) {
      assertSpanText(doc, m.trigger, `${at} mentions[${k}].trigger`);
      assert.ok(sentenceKeys.has(`${m.sentence.start}:${m.sentence.end}`), `${at} mentions[${k}] sentence is one of the doc's sentences`);
      assert.ok(inside(m.trigger, m.sentence), `${at} mentions[${k}] sentence contains its trigger`);
      assert.ok(m.trigger.start > prev, `${at} mentions in text order`);
      prev = m.trigger.start;
    }
    for (const [side, args] of [['source', e.source], ['target', e.target]] as const) {
      for (const [k, a] of args.entries()) {
        assertSpanText(doc, a, `${at} ${side}[${k}]`);
        assert.ok(a.entity === null || (Number.isInteger(a.entity) && a.entity >= 0 && a.entity < entities.length), `${at} ${side}[${k}] entity index`);
        assert.ok(a.country === null || /^[A-Z]{3}$/.test(a.country), `${at} ${side}[${k}] country ${a.country}`);
      }
    }
    if (e.location) {
      assertSpanText(doc, e.location, `${at} location`);
      assert.ok(e.location.entity === null || (e.location.entity >= 0 && e.location.entity < entities.length), `${at} location entity index`);
    }
    if (e.timex !== null) {
      assert.ok(Number.isInteger(e.timex) && e.timex >= 0 && e.timex < timexes.length, `${at} timex index ${e.timex}`);
    }
    if (e.date !== null) {
      const type = e.date.startsWith('P') ? 'DURATION' : 'DATE';
      assert.equal(timexValueProblem(type, e.date), null, `${at} date`);
    }
  }
}

const dense = fc
  .array(fc.oneof(dateLike, triggerLike, hostileText(3)), { minLength: 1, maxLength: 30 })
  .chain((xs) => fc.constantFrom(' ', '. ', '، ', '\n', ' و').map((sep) => xs.join(sep)));

describe('fuzz: temporal tagger and event coder', () => {
  test('tagTimexes: spans sorted, inside the text and equal to their slice; values well-formed TIMEX3', async (t) => {
    await checkProperty(t, 'timex', 300, fc.property(fc.oneof(dense, textInput, hostileText(60)), referenceDate, (text, ref) => {
      const ts = tagTimexes(text, { referenceDate: ref });
      assertTimexes(text, ts);
      // the caller's view gives the same result
      assert.deepEqual(tagTimexes(text, { referenceDate: ref, view: normalizeView(text) }), ts);
    }));
  });

  test('codeEvents (through the pipeline): events point to sentences containing their trigger; arguments are spans of the text', async (t) => {
    await checkProperty(t, 'events', 150, fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: articleLike(6) }, { weight: 2, arbitrary: dense }), referenceDate, async (text, published) => {
      let doc: Doc;
      try {
        doc = await analyzeToDoc({ text, published });
      } catch (err) {
        assertInputError(err);
        return;
      }
      assert.deepEqual(checkDoc(doc), []);
      assertTimexes(doc.text, doc.layers.timexes ?? []);
      assertEvents(doc);
    }));
  });
});
