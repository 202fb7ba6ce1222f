/**
 * The seed article's event table (`../shared/docs/seed-expected.md`, "Events"), row by row, and its
 * Morocco–Israel dyad timeline: each event carries its own date, not the publication date.
 * Rows the coder does not yet get fully right are marked todo with what is missing (issue #6).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeToDoc } from '../../src/analyze.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';
import { dyadTimeline } from '../../src/events/timeline.ts';
import type { Event } from '../../src/events/types.ts';
import type { Doc } from '../../src/doc/types.ts';

const seedPath = sharedDataFile('seed', '000_e323fe3fe21d9f90.txt');
const skip = seedPath ? false : missingDataMessage('seed', '000_e323fe3fe21d9f90.txt');

const countries = (xs: Event['source']): string[] => [...new Set(xs.map((x) => x.country ?? '?'))].sort();
const dyad = (e: Event): string => [...countries(e.source), '→', ...countries(e.target)].join(' ');
const isMarIsr = (e: Event): boolean => {
  const all = [...countries(e.source), ...countries(e.target)];
  return all.includes('MAR') && all.includes('ISR');
};

describe('seed article: events', { skip }, () => {
  let doc: Doc;
  let events: readonly Event[];
  const text = (e: Event): string => doc.text.slice(e.trigger.start, e.trigger.end);
  test('analyse', async () => {
    doc = await analyzeToDoc({ text: readFileSync(seedPath!, 'utf8') });
    events = doc.layers.events ?? [];
    assert.ok(events.length > 0);
    for (const e of events) assert.equal(text(e), e.trigger.text, 'trigger offsets point at the trigger');
    for (const e of events) assert.ok(e.sentence.start <= e.trigger.start && e.trigger.end <= e.sentence.end, 'the trigger is inside its sentence');
  });

  test('1: the visit of the Moroccan military delegation to Israel, 2022-09-12, asserted', () => {
    const e = events.find((x) => x.type === 'CONSULT' && x.mode === 'visit' && x.date === '2022-09-12');
    assert.ok(e, 'a visit dated 2022-09-12');
    assert.equal(dyad(e), 'MAR → ISR');
    assert.equal(e.source[0]!.sector, 'MIL');
    assert.equal(e.modality, 'asserted');
    assert.equal(e.cameo.slice(0, 2), '04');
  });

  test('2: taking part in the conference in Tel Aviv, 12–15 September', () => {
    const e = events.find((x) => x.type === 'CONSULT' && x.mode === 'multilateral');
    assert.ok(e);
    assert.equal(e.date, '2022-09-12/2022-09-15');
    assert.deepEqual(countries(e.source), ['MAR']);
    assert.equal(e.source[0]!.sector, 'MIL');
  });

  test('3: talks on the sidelines are expected (يرتقب)', () => {
    const e = events.find((x) => x.type === 'CONSULT' && x.modality === 'expected');
    assert.ok(e);
    assert.ok(/محادثات|لقاءات/.test(e.trigger.text));
    assert.ok([...countries(e.source), ...countries(e.target)].includes('ISR'));
  });

  test('3: the talks have both sides (MAR MIL ↔ ISR MIL)', () => {
    const e = events.find((x) => x.type === 'CONSULT' && x.modality === 'expected');
    assert.ok(e && isMarIsr(e));
    assert.deepEqual([...e.source, ...e.target].map((a) => `${a.country}/${a.sector}`).sort(), ['ISR/MIL', 'MAR/MIL']);
  });

  test('4: the resumption of relations, 2020-12-10, between Morocco and Israel', () => {
    const e = events.find((x) => x.date === '2020-12-10');
    assert.ok(e, 'an event dated 2020-12-10');
    assert.equal(e.type, 'SUPPORT');
    assert.ok(isMarIsr(e));
    assert.ok(e.mentions.length >= 2, 'told again later in the article: one event, several mentions');
  });

  test("5: Kochavi's visit to Morocco, about two months earlier (2022-07)", () => {
    const e = events.find((x) => x.type === 'CONSULT' && x.mode === 'visit' && x.date === '2022-07');
    assert.ok(e);
    assert.equal(dyad(e), 'ISR → MAR');
    assert.equal(e.source[0]!.sector, 'MIL');
  });

  test('6: the agreements signed between the two states (cyber, economic …), undated', () => {
    const e = events.find((x) => x.type === 'AGREE' && x.mode === 'sign' && x.date !== '2021-11-24' && /توقيع/.test(x.trigger.text));
    assert.ok(e, 'the signing of the other agreements is an event of its own');
    assert.equal(e.date, null, 'the article gives it no date');
    assert.ok(isMarIsr(e));
  });

  test('7: the security memorandum, signed on 2021-11-24 by Loudiyi (MAR GOV) and Gantz (ISR GOV)', () => {
    const e = events.find((x) => x.type === 'AGREE' && x.date === '2021-11-24');
    assert.ok(e);
    assert.ok(isMarIsr(e));
    assert.ok(e.source.some((x) => x.sector === 'GOV') && e.target.some((x) => x.sector === 'GOV'));
    assert.ok(e.mentions.some((m) => /وقعها/.test(m.trigger.text)), 'the noun and the relative verb that signs it are one event');
  });

  test('8: security and intelligence cooperation between the two states', () => {
    assert.ok(events.some((x) => x.type === 'COOPERATE' && isMarIsr(x)));
  });

  test('the Morocco–Israel timeline reads in the order of the events, not of the article', () => {
    const dates = dyadTimeline(events, 'MAR', 'ISR').map((e) => e.date);
    const wanted = ['2020-12-10', '2021-11-24', '2022-07', '2022-09-12'];
    assert.deepEqual(
      dates.filter((d) => wanted.includes(d!)),
      wanted,
    );
    assert.ok(!dates.includes(null));
  });
});
