/**
 * The per-article time budget (src/pipeline/budget.ts): checked after reading and after every
 * pipeline stage, so that an article whose analysis runs too long stops with E_TIMEOUT, naming
 * the stage and the budget, while the rest of a batch goes on.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { analyze, analyzeArticle, readArticle } from '../../src/analyze.ts';
import { runJsonlBatch } from '../../src/batch.ts';
import { createDoc, withLayer } from '../../src/doc/doc.ts';
import type { ArticleMeta } from '../../src/doc/types.ts';
import { RasdError } from '../../src/errors.ts';
import { DEFAULT_TIME_BUDGET_MS, startBudget, withTimeBudget } from '../../src/pipeline/budget.ts';
import { registerComponent } from '../../src/pipeline/registry.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';

const meta: ArticleMeta = { title: null, published: '2022-09-12', url: null, captions: [], dropped: [], format: 'text' };
const TEXT = 'أعلنت وزارة الخارجية المغربية اليوم أن الوزير سيزور القاهرة الأسبوع المقبل.';

/** A stage that busy-waits `ms` milliseconds (stands for a stage that runs long on some input). */
const busy = (ms: number): void => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
registerComponent({ name: 'test-slow', requires: [], assigns: ['tokens'], description: 'busy-waits 60 ms', run: (doc) => (busy(60), withLayer(doc, 'tokens', [])) });
registerComponent({ name: 'test-quick', requires: ['tokens'], assigns: ['sentences'], description: 'adds no sentence', run: (doc) => withLayer(doc, 'sentences', []) });

const isTimeout = (stage: string, budget: string) => (e: unknown): boolean => {
  assert.ok(e instanceof RasdError, String(e));
  assert.equal(e.code, 'E_TIMEOUT');
  assert.match(e.message, new RegExp(`^the analysis was stopped after the stage "${stage}": it took [\\d.]+ m?s, more than its time budget of ${budget} \\(--timeout-ms, or the timeBudgetMs option of analyze\\(\\), raises it\\)$`));
  return true;
};

describe('pipeline time budget', () => {
  test('a stage that runs past the budget stops the pipeline with E_TIMEOUT naming the stage and the budget', () => {
    const doc = createDoc([TEXT], meta);
    assert.throws(() => runPipeline(doc, { referenceDate: null }, ['test-slow', 'test-quick'], { budget: startBudget(20), item: 'a1' }), (e: unknown) => {
      isTimeout('test-slow', '20 ms')(e);
      assert.equal((e as RasdError).item, 'a1');
      return true;
    });
    // within its budget the same pipeline runs to the end; without one nothing is checked
    const out = runPipeline(doc, { referenceDate: null }, ['test-slow', 'test-quick'], { budget: startBudget(10_000) });
    assert.deepEqual(out.layers.sentences, []);
    assert.deepEqual(runPipeline(doc, { referenceDate: null }, ['test-slow', 'test-quick']).layers.sentences, []);
  });

  test('analyze: reading counts too (a tiny budget stops it after "read"); the default budget is 30 s', async () => {
    assert.equal(DEFAULT_TIME_BUDGET_MS, 30_000);
    await assert.rejects(analyze({ text: TEXT }, { timeBudgetMs: 0.001 }), isTimeout('read', '0.001 ms'));
    await assert.rejects(analyze(TEXT, { timeBudgetMs: 10_000, pipeline: ['test-slow', 'test-quick'], budget: startBudget(30) }), isTimeout('test-slow', '30 ms'));
    const out = await analyze({ text: TEXT, published: '2022-09-12' });
    assert.ok(out.events.length > 0);
  });

  test('reading and the pipeline share one clock (an enclosing withTimeBudget, as the ingest worker sets)', async () => {
    const budget = startBudget(500);
    await withTimeBudget(budget, async () => {
      const article = await readArticle({ text: TEXT });
      busy(510);
      assert.throws(() => analyzeArticle(article), isTimeout('tokenize', '500 ms'));
    });
    // an explicit budget wins over the enclosing one
    await withTimeBudget(startBudget(0.001), async () => {
      const article = await readArticle({ text: TEXT }, { timeBudgetMs: 10_000 });
      assert.ok(analyzeArticle(article, { timeBudgetMs: 10_000 }).layers.events);
    });
  });

  test('a budget that is not a positive number is a usage error', async () => {
    for (const ms of [0, -1, Number.NaN]) {
      await assert.rejects(analyze(TEXT, { timeBudgetMs: ms }), (e: unknown) => e instanceof RasdError && e.code === 'E_USAGE');
    }
  });

  test('the JSON-lines batch: an article over its budget is one E_TIMEOUT line and the batch goes on', async () => {
    const lines = [JSON.stringify({ id: 'a', text: TEXT }), JSON.stringify({ id: 'b', text: TEXT })].join('\n') + '\n';
    const out: string[] = [];
    const r = await runJsonlBatch(Readable.from([Buffer.from(lines)]), (l) => void out.push(l), { timeBudgetMs: 0.001 });
    assert.deepEqual(r, { ok: 0, failed: 2 });
    assert.deepEqual(out.map((l) => (JSON.parse(l) as { id: string; error: { code: string }; line: number })).map((o) => [o.id, o.error.code, o.line]), [['a', 'E_TIMEOUT', 1], ['b', 'E_TIMEOUT', 2]]);
  });
});
