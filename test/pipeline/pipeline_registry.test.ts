import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listComponents, registerComponent, validatePipeline } from '../../src/pipeline/registry.ts';
import { DEFAULT_PIPELINE, runPipeline } from '../../src/pipeline/runner.ts';
import { createDoc } from '../../src/doc/doc.ts';
import { RasdError } from '../../src/errors.ts';
import type { ArticleMeta } from '../../src/doc/types.ts';

const meta: ArticleMeta = { title: null, published: '2022-09-12', url: null, captions: [], dropped: [], format: 'text' };

describe('pipeline registry', () => {
  test('pipeline registry pins the registered components and their contracts', () => {
    // Changing a contract is a deliberate act: update this table with it.
    const contracts = listComponents()
      .filter((c) => !c.name.startsWith('test-'))
      .map((c) => ({ name: c.name, requires: [...c.requires], assigns: [...c.assigns] }));
    assert.deepEqual(contracts, [
      { name: 'tokenize', requires: [], assigns: ['tokens'] },
      { name: 'sentences', requires: ['paragraphs', 'tokens'], assigns: ['sentences'] },
      { name: 'timex', requires: ['sentences'], assigns: ['timexes'] },
      { name: 'ner', requires: ['tokens', 'sentences'], assigns: ['entities'] },
      { name: 'actors', requires: ['tokens', 'sentences', 'entities'], assigns: ['actors'] },
      { name: 'events', requires: ['tokens', 'sentences', 'timexes', 'actors'], assigns: ['events'] },
    ]);
    assert.deepEqual([...DEFAULT_PIPELINE], ['tokenize', 'sentences', 'timex', 'ner', 'actors', 'events']);
  });

  test('pipeline validatePipeline rejects a stage whose requirements come later', () => {
    assert.throws(() => validatePipeline(['sentences', 'tokenize'], ['paragraphs']), (e: unknown) => e instanceof RasdError && e.code === 'E_PIPELINE' && /requires tokens/.test(e.message));
    assert.throws(() => validatePipeline(['nope'], []), (e: unknown) => e instanceof RasdError && e.code === 'E_PIPELINE');
    validatePipeline(DEFAULT_PIPELINE, ['paragraphs']);
  });

  test('pipeline runPipeline raises E_PIPELINE when a component does not assign what it declares', () => {
    registerComponent({ name: 'test-liar', requires: [], assigns: ['sentences'], description: 'declares sentences, assigns none', run: (doc) => doc });
    const doc = createDoc(['نص قصير'], meta);
    assert.throws(() => runPipeline(doc, { referenceDate: null }, ['test-liar']), (e: unknown) => e instanceof RasdError && e.code === 'E_PIPELINE' && /did not assign/.test(e.message));
  });

  test('pipeline registerComponent refuses a name twice', () => {
    assert.throws(() => registerComponent({ name: 'tokenize', requires: [], assigns: [], description: '', run: (d) => d }), /registered twice/);
  });

  test('pipeline runPipeline adds tokens and sentences and keeps the input Doc unchanged', () => {
    const doc = createDoc(['زار الوفد الرباط. ثم عاد إلى تونس.'], meta);
    const out = runPipeline(doc, { referenceDate: '2022-09-12' });
    assert.equal(doc.layers.tokens, undefined);
    assert.ok((out.layers.tokens?.length ?? 0) > 5);
    assert.equal(out.layers.sentences?.length, 2);
  });

  test('pipeline timex resolves relative dates against ctx.referenceDate, never the clock', () => {
    const doc = createDoc(['زار الوفد الرباط أمس.'], meta);
    const at = (referenceDate: string | null) => runPipeline(doc, { referenceDate }).layers.timexes?.map((t) => [t.text, t.value]);
    assert.deepEqual(at('2022-09-12'), [['أمس', '2022-09-11']]);
    assert.deepEqual(at('2015-01-01'), [['أمس', '2014-12-31']]);
    assert.deepEqual(at(null), [['أمس', 'PAST_REF']]);
  });
});
