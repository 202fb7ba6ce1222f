/**
 * The event evaluation's pure scorer (eval/events.ts `scoreArticle`): matching rules, one-to-one
 * assignment, date and modality counts, sentence-level PROTEST/ASSAULT and distractors, on a short
 * hand-made text with hand-built gold and predicted events.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreArticle, type Distractor, type GoldEvent, type PredictedEvent } from '../../eval/events.ts';
import type { Span } from '../../src/doc/types.ts';

const SENTENCES = [
  'تظاهر آلاف الأساتذة أمام البرلمان في الرباط أمس.', // 0 PROTEST
  'والتقى وزير الخارجية المغربي نظيره الجزائري في تونس.', // 1 CONSULT
  'واتهمت الحكومة الجزائرية المغرب بالتصعيد.', // 2 ACCUSE
  'وقتل شرطي في هجوم على مركز أمني.', // 3 ASSAULT
  'ويقول محلل إن الاحتجاج أصبح لغة يومية.', // 4 distractor (PROTEST)
  'وشنت الصحف قصفا إعلاميا على الحكومة.', // 5 distractor (ASSAULT)
  'وحذر خبير من أن العقوبات لن تغير شيئا.', // 6 distractor (SANCTION)
];
const TEXT = SENTENCES.join(' ');
const SPANS: Span[] = SENTENCES.map((s) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length }));
const DCT = '2019-03-26';

const side = (cs: (string | null)[]): { country: string | null; sector: null; name: string }[] => cs.map((country) => ({ country, sector: null, name: '' }));

/** A gold event whose evidence is sentence `s`. */
function gold(type: string, trigger: string, s: number, src: (string | null)[], tgt: (string | null)[], o: { mode?: string; date?: string | null; modality?: string } = {}): GoldEvent {
  return { type, mode: o.mode ?? null, trigger, source: side(src), target: side(tgt), date: o.date ?? null, modality: o.modality ?? 'asserted', evidence: SENTENCES[s]! };
}

/** A predicted event on the first occurrence of `trigger`, in the sentence that holds it. */
function pred(type: string, trigger: string, src: (string | null)[], tgt: (string | null)[], o: { mode?: string; date?: string | null; modality?: string } = {}): PredictedEvent {
  const start = TEXT.indexOf(trigger);
  assert.ok(start >= 0, trigger);
  const t = { text: trigger, start, end: start + trigger.length };
  const sentence = SPANS.find((s) => s.start <= start && start < s.end)!;
  return { type, mode: o.mode ?? null, trigger: t, source: side(src), target: side(tgt), date: o.date ?? null, modality: o.modality ?? 'asserted', sentence, mentions: [{ trigger: t, sentence }] };
}

describe('scoreArticle: main matching (type + source country + target country)', () => {
  const cases: { name: string; gold: GoldEvent[]; pred: PredictedEvent[]; tp: number; typeOnly: number; swapped?: boolean }[] = [
    { name: 'exact match', gold: [gold('PROTEST', 'تظاهر', 0, ['MAR'], [])], pred: [pred('PROTEST', 'تظاهر', ['MAR'], [])], tp: 1, typeOnly: 1, swapped: false },
    { name: 'wrong target country: no main match, still a type-only match', gold: [gold('ACCUSE', 'اتهمت', 2, ['DZA'], ['MAR'])], pred: [pred('ACCUSE', 'اتهمت', ['DZA'], ['TUN'])], tp: 0, typeOnly: 1 },
    { name: 'wrong type: no match at all', gold: [gold('ACCUSE', 'اتهمت', 2, ['DZA'], ['MAR'])], pred: [pred('REJECT', 'اتهمت', ['DZA'], ['MAR'])], tp: 0, typeOnly: 0 },
    { name: 'CONSULT (meeting) with source and target swapped matches', gold: [gold('CONSULT', 'التقى', 1, ['MAR'], ['DZA'])], pred: [pred('CONSULT', 'التقى', ['DZA'], ['MAR'])], tp: 1, typeOnly: 1, swapped: true },
    { name: 'ACCUSE with source and target swapped does not match', gold: [gold('ACCUSE', 'اتهمت', 2, ['DZA'], ['MAR'])], pred: [pred('ACCUSE', 'اتهمت', ['MAR'], ['DZA'])], tp: 0, typeOnly: 1 },
    { name: 'CONSULT mode visit with source and target swapped does not match', gold: [gold('CONSULT', 'التقى', 1, ['MAR'], ['DZA'], { mode: 'visit' })], pred: [pred('CONSULT', 'التقى', ['DZA'], ['MAR'], { mode: 'visit' })], tp: 0, typeOnly: 1 },
    { name: 'both sides without a country match (a null country counts as none)', gold: [gold('ASSAULT', 'هجوم', 3, [], [])], pred: [pred('ASSAULT', 'هجوم', [null], [])], tp: 1, typeOnly: 1, swapped: false },
    { name: 'gold side empty, predicted side with a country: no match', gold: [gold('ASSAULT', 'هجوم', 3, [], ['MAR'])], pred: [pred('ASSAULT', 'هجوم', ['DZA'], ['MAR'])], tp: 0, typeOnly: 1 },
    { name: 'sides match when their countries intersect', gold: [gold('CONSULT', 'التقى', 1, ['MAR', 'DZA'], ['TUN'])], pred: [pred('CONSULT', 'التقى', ['DZA', null], ['TUN'])], tp: 1, typeOnly: 1, swapped: false },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const s = scoreArticle(c.gold, c.pred, TEXT, SPANS, DCT);
      assert.deepEqual(s.tallies.main, { tp: c.tp, predicted: c.pred.length, gold: c.gold.length });
      assert.deepEqual(s.tallies.typeOnly, { tp: c.typeOnly, predicted: c.pred.length, gold: c.gold.length });
      assert.equal(s.pairs.length, c.tp);
      assert.equal(s.missed.length, c.gold.length - c.tp);
      assert.equal(s.falsePositives.length, c.pred.length - c.tp);
      if (c.swapped !== undefined) assert.equal(s.pairs[0]!.swapped, c.swapped);
      const type = c.gold[0]!.type;
      assert.equal(s.tallies.byType[type]!.tp, c.tp);
      assert.equal(s.tallies.byType[type]!.gold, 1);
    });
  }

  test('one-to-one: two predictions for one gold event give one tp and one false positive, the trigger inside the evidence wins', () => {
    // the first prediction sits in the commentary sentence, the second on the gold trigger
    const g = [gold('PROTEST', 'تظاهر', 0, ['MAR'], [])];
    const p = [pred('PROTEST', 'الاحتجاج', ['MAR'], []), pred('PROTEST', 'تظاهر', ['MAR'], [])];
    const s = scoreArticle(g, p, TEXT, SPANS, DCT);
    assert.deepEqual(s.tallies.main, { tp: 1, predicted: 2, gold: 1 });
    assert.deepEqual(s.tallies.byType.PROTEST, { tp: 1, predicted: 2, gold: 1 });
    assert.deepEqual(s.pairs.map((m) => [m.gold, m.predicted, m.inside, m.distance]), [[0, 1, true, 0]]);
    assert.deepEqual(s.falsePositives, [0]);
    assert.deepEqual(s.missed, []);
  });

  test('a later mention inside the evidence makes a pair preferred', () => {
    const g = [gold('PROTEST', 'تظاهر', 0, ['MAR'], [])];
    const far = pred('PROTEST', 'الاحتجاج', ['MAR'], []);
    const near = pred('PROTEST', 'الاحتجاج', ['MAR'], []);
    const inEvidence = pred('PROTEST', 'تظاهر', ['MAR'], []);
    const withMention: PredictedEvent = { ...near, mentions: [...near.mentions, inEvidence.mentions[0]!] };
    const s = scoreArticle(g, [far, withMention], TEXT, SPANS, DCT);
    assert.deepEqual(s.pairs.map((m) => [m.predicted, m.inside]), [[1, true]]);
  });
});

describe('scoreArticle: date and modality on matched pairs', () => {
  test('counts right dates by gold null / dct / other, and modality', () => {
    const g = [
      gold('PROTEST', 'تظاهر', 0, ['MAR'], [], { date: null }),
      gold('CONSULT', 'التقى', 1, ['MAR'], ['DZA'], { date: DCT }),
      gold('ACCUSE', 'اتهمت', 2, ['DZA'], ['MAR'], { date: '2019-03-24', modality: 'reported' }),
      gold('ASSAULT', 'هجوم', 3, [], ['MAR'], { date: '2019-03' }), // not matched: not counted
    ];
    const p = [
      pred('PROTEST', 'تظاهر', ['MAR'], [], { date: null }),
      pred('CONSULT', 'التقى', ['DZA'], ['MAR'], { date: DCT }),
      pred('ACCUSE', 'اتهمت', ['DZA'], ['MAR'], { date: DCT }),
    ];
    const s = scoreArticle(g, p, TEXT, SPANS, DCT);
    assert.deepEqual(s.tallies.main, { tp: 3, predicted: 3, gold: 4 });
    assert.deepEqual(s.tallies.date, { right: 2, n: 3, goldNull: { right: 1, n: 1 }, goldDct: { right: 1, n: 1 }, goldOther: { right: 0, n: 1 } });
    assert.deepEqual(s.tallies.modality, { right: 2, n: 3 });
    assert.deepEqual(s.missed, [3]);
  });
});

describe('scoreArticle: sentence-level PROTEST and ASSAULT, distractors', () => {
  const distractors: Distractor[] = [
    { sentence: SENTENCES[4]!, kind: 'commentary', looks_like: 'PROTEST' },
    { sentence: SENTENCES[5]!, kind: 'figurative', looks_like: 'ASSAULT' },
    { sentence: SENTENCES[6]!, kind: 'commentary', looks_like: 'SANCTION' }, // not a PROTEST/ASSAULT distractor: left out
    { sentence: 'جملة ليست في النص.', kind: 'commentary', looks_like: null },
  ];
  const g = [gold('PROTEST', 'تظاهر', 0, ['MAR'], []), gold('ASSAULT', 'هجوم', 3, [], ['MAR'])];
  const p = [pred('PROTEST', 'تظاهر', ['MAR'], []), pred('PROTEST', 'الاحتجاج', [], [])];

  test('one true, one false PROTEST sentence; the ASSAULT sentence missed; the PROTEST distractor flagged', () => {
    const s = scoreArticle(g, p, TEXT, SPANS, DCT, { distractors });
    assert.equal(s.tallies.sentences, 7);
    assert.deepEqual(s.tallies.sentence.PROTEST, { tp: 1, fp: 1, fn: 0 });
    assert.deepEqual(s.tallies.sentence.ASSAULT, { tp: 0, fp: 0, fn: 1 });
    assert.deepEqual(s.tallies.distractors, { PROTEST: { flagged: 1, n: 1 }, ASSAULT: { flagged: 0, n: 1 }, none: { flagged: 0, n: 0 } });
    assert.equal(s.tallies.distractorsUnlocated, 1);
    assert.deepEqual(s.flaggedDistractors, [{ distractor: 0, type: 'PROTEST' }]);
  });

  test('with the first sentence as title, the body figures leave it out', () => {
    const s = scoreArticle(g, p, TEXT, SPANS, DCT, { distractors, titleEnd: SPANS[0]!.end });
    assert.equal(s.tallies.bodySentences, 6);
    assert.deepEqual(s.tallies.sentenceBody.PROTEST, { tp: 0, fp: 1, fn: 0 });
    assert.deepEqual(s.tallies.sentence.PROTEST, { tp: 1, fp: 1, fn: 0 });
  });

  test('a distractor that looks like nothing in particular is flagged by a PROTEST or ASSAULT event inside it', () => {
    const d: Distractor[] = [{ sentence: SENTENCES[5]!, kind: 'figurative', looks_like: null }];
    const s = scoreArticle([], [pred('ASSAULT', 'قصفا', [], [])], TEXT, SPANS, DCT, { distractors: d });
    assert.deepEqual(s.tallies.distractors.none, { flagged: 1, n: 1 });
    assert.deepEqual(s.tallies.sentence.ASSAULT, { tp: 0, fp: 1, fn: 0 });
    assert.deepEqual(s.tallies.main, { tp: 0, predicted: 1, gold: 0 });
  });
});
