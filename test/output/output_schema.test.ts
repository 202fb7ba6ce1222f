import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { checkOutputV1 } from '../../src/output/check.ts';
import { schemaErrors } from '../helpers/schema.ts';

const TEXT = 'قمة عربية في الرباط\n\nاستقبل العاهل المغربي الملك محمد السادس اليوم وفدا أردنيا رفيعا. وبحث الجانبان التعاون الثنائي.';

describe('output v1 schema', () => {
  test('output v1 real output validates and its offsets hold', async () => {
    const out = await analyze({ id: 'x', text: TEXT, published: '2022-09-12' });
    assert.deepEqual(schemaErrors(out), []);
    assert.deepEqual(checkOutputV1(out), []);
    assert.equal(out.article.title, 'قمة عربية في الرباط');
    assert.deepEqual(out.sentences.map((s) => out.article.text.slice(s.start, s.end)), [
      'استقبل العاهل المغربي الملك محمد السادس اليوم وفدا أردنيا رفيعا.',
      'وبحث الجانبان التعاون الثنائي.',
    ]);
  });

  const valid = {
    id: 'a', article: { title: null, published: '2022-09-12', url: null, text: 'نص', captions: [], dropped: [] },
    sentences: [{ start: 0, end: 2 }], entities: [], actors: [], timexes: [], events: [],
  };
  const broken: [string, unknown][] = [
    ['missing article', { ...valid, article: undefined }],
    ['negative offset', { ...valid, sentences: [{ start: -1, end: 2 }] }],
    ['published not ISO', { ...valid, article: { ...valid.article, published: '12 سبتمبر 2022' } }],
    ['unknown entity type', { ...valid, entities: [{ id: 'e1', type: 'PERSON', text: 'نص', start: 0, end: 2, actor: null }] }],
    ['unknown event type', { ...valid, events: [{ id: 'v1', type: 'VISIT', mode: null, cameo: '042', trigger: { text: 'نص', start: 0, end: 2 }, source: [], target: [], date: null, modality: 'asserted', sentence: { start: 0, end: 2 } }] }],
    ['bad modality', { ...valid, events: [{ id: 'v1', type: 'CONSULT', mode: null, cameo: '042', trigger: { text: 'نص', start: 0, end: 2 }, source: [], target: [], date: null, modality: 'maybe', sentence: { start: 0, end: 2 } }] }],
    ['country not alpha-3', { ...valid, entities: [{ id: 'e1', type: 'LOC', text: 'نص', start: 0, end: 2, actor: { id: 'MA', country: 'MA', sector: null } }] }],
    ['error line with a bad code', { id: null, error: { code: 'oops', message: 'x' } }],
    ['both error and article', { ...valid, error: { code: 'E_BAD_INPUT', message: 'x' } }],
  ];
  test('output v1 schema accepts a minimal valid line and an added field', () => {
    assert.deepEqual(schemaErrors(valid), []);
    assert.deepEqual(schemaErrors({ ...valid, extra: 1 }), []);
  });
  for (const [name, value] of broken) {
    test(`output v1 schema rejects ${name}`, () => assert.notDeepEqual(schemaErrors(value), []));
  }
  test('output v1 checkOutputV1 catches a span whose text differs from its slice', () => {
    const out = { ...valid, paragraphs: [], entities: [{ id: 'e1', type: 'LOC' as const, text: 'نس', start: 0, end: 2, actor: null, name: 'نس', tokens: { start: 0, end: 2 } }] };
    assert.match(checkOutputV1(out).join('\n'), /differs/);
  });
});
