/** The pure parts of cross-article merging and near-duplicate detection, table-driven. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockKey, firstDay, groupEvents, referenceDay, WINDOW_DAYS } from '../../src/store/merge.ts';
import { bandKeys, MIN_SHINGLES, signature, signatureFromBytes, signatureToBytes, similarity } from '../../src/store/minhash.ts';
import { indexText } from '../../src/store/search-text.ts';

test('firstDay and referenceDay: the own date first, coarse dates at their start, else the publication day', () => {
  const rows: [string | null, string | null][] = [
    ['2022-09-12', '2022-09-12'],
    ['2022-09-12T14:30', '2022-09-12'],
    ['2022-09-12TMO', '2022-09-12'],
    ['2022-09-12/2022-09-15', '2022-09-12'],
    ['2022-09', '2022-09-01'],
    ['2022', '2022-01-01'],
    ['2022-W37', '2022-09-12'],
    ['2021-W01', '2021-01-04'],
    ['PAST_REF', null],
    ['P3D', null],
    [null, null],
  ];
  for (const [v, d] of rows) assert.equal(firstDay(v), d, String(v));
  assert.equal(referenceDay('2021-11-24', '2022-09-12'), '2021-11-24');
  assert.equal(referenceDay(null, '2022-09-12T10:00:00+01:00'), '2022-09-12');
  assert.equal(referenceDay('PAST_REF', null), null);
});

test('blockKey: type, first source and target countries, modality class; no country, no block', () => {
  const side = (...cs: (string | null)[]) => cs.map((country) => ({ country }));
  assert.equal(blockKey({ type: 'CONSULT', modality: 'asserted', source: side('MAR'), target: side('ISR') }), 'CONSULT|MAR|ISR|pos');
  assert.equal(blockKey({ type: 'CONSULT', modality: 'reported', source: side(null, 'MAR'), target: side('ISR', 'USA') }), 'CONSULT|MAR|ISR|pos');
  assert.equal(blockKey({ type: 'CONSULT', modality: 'expected', source: side('MAR'), target: side('ISR') }), 'CONSULT|MAR|ISR|pos', 'an expected visit and the visit are one event');
  assert.equal(blockKey({ type: 'CONSULT', modality: 'negated', source: side('MAR'), target: side('ISR') }), 'CONSULT|MAR|ISR|neg');
  assert.equal(blockKey({ type: 'ASSAULT', modality: 'hypothetical', source: side(), target: side('PSE') }), 'ASSAULT|-|PSE|hyp');
  assert.equal(blockKey({ type: 'PROTEST', modality: 'asserted', source: side(null), target: side() }), null);
});

test('groupEvents: a group spans WINDOW_DAYS from its first event; blocks and undated events stay apart', () => {
  assert.equal(WINDOW_DAYS, 2);
  const g = groupEvents([
    { id: 5, block: 'A', refDay: '2023-03-07' },
    { id: 1, block: 'A', refDay: '2023-03-06' },
    { id: 9, block: 'A', refDay: '2023-03-08' },
    { id: 3, block: 'A', refDay: '2023-03-09' }, // three days after the first: a new group
    { id: 4, block: 'B', refDay: '2023-03-06' },
    { id: 6, block: 'A', refDay: null },
    { id: 7, block: null, refDay: '2023-03-06' },
    { id: 8, block: 'A', refDay: '2023-03-06' },
  ]);
  assert.deepEqual(Object.fromEntries([...g].sort((a, b) => a[0] - b[0])), { 1: 1, 3: 3, 4: 4, 5: 1, 6: 6, 7: 7, 8: 1, 9: 1 });
});

const TEXT = 'أعلنت الحكومة التونسية اليوم الخميس عن حزمة من الإجراءات الاقتصادية العاجلة لدعم المؤسسات الصغيرة والمتوسطة المتضررة من ارتفاع أسعار الطاقة، وتشمل الحزمة تأجيل سداد القروض لمدة ستة أشهر وتخفيض الضرائب على المواد الأولية المستوردة.';

test('MinHash: identical texts are equal, a light rewrite is similar, another text is not, a short text has no signature', () => {
  const a = signature(indexText(TEXT))!;
  assert.equal(similarity(a, signature(indexText(TEXT))!), 1);
  // the same words with other clitics and spellings are the same shingles
  const spelled = TEXT.replace('الإجراءات', 'الاجراءات').replace('وتشمل', 'فتشمل');
  assert.equal(similarity(a, signature(indexText(spelled))!), 1);
  const rewrite = TEXT.replace('اليوم الخميس', 'الخميس').replace('لمدة ستة أشهر', 'لستة أشهر');
  const s = similarity(a, signature(indexText(rewrite))!);
  assert.ok(s >= 0.5 && s < 1, `light rewrite: ${s}`);
  const other = signature(indexText('ارتفعت أسعار القمح في الأسواق العالمية للأسبوع الثالث على التوالي بسبب موجة الجفاف التي ضربت مناطق الإنتاج الرئيسية في أمريكا الشمالية.'))!;
  assert.ok(similarity(a, other) < 0.2);
  assert.equal(signature(indexText('وصل الوفد إلى القاهرة.')), null, `fewer than ${MIN_SHINGLES} shingles`);
  assert.deepEqual(signatureFromBytes(signatureToBytes(a)), a);
  assert.equal(bandKeys(a).length, 16);
  assert.ok(bandKeys(a).some((k, i) => k === bandKeys(signature(indexText(rewrite))!)[i]), 'the rewrite shares a band: it is found as a candidate');
});
