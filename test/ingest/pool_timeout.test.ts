/**
 * The analysis pool's time budget (src/ingest/pool.ts): a task that never ends is aborted with
 * E_TIMEOUT (its thread is terminated and replaced), the tasks around it still succeed, and a
 * task's clock starts when a thread takes it, not while it waits for one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysisPool } from '../../src/ingest/pool.ts';
import type { Task } from '../../src/ingest/worker.ts';
import { RasdError } from '../../src/errors.ts';

const WORKER = new URL('./hang-worker.mjs', import.meta.url).href;
const TEXT = 'أعلنت وزارة الخارجية المغربية اليوم أن الوزير سيزور القاهرة الأسبوع المقبل لبحث التعاون بين البلدين.';
const task = (text: string, n: number): Task => ({ input: { text }, meta: { key: `k${n}`, contentHash: `h${n}`, origin: `item ${n}` } });

test('pool: a task that never ends is aborted with E_TIMEOUT and the next tasks still succeed', { timeout: 120_000 }, async () => {
  // one thread: the hanging task holds it until its budget is spent; the others wait their turn
  const pool = createAnalysisPool({ threads: 1, taskTimeoutMs: 8_000, workerFile: WORKER });
  try {
    const first = await pool.run(task(TEXT, 1)); // warms the thread (models loaded) so its budget is not spent booting
    assert.equal(first.error, undefined, JSON.stringify(first.error));
    const t0 = performance.now();
    const [hung, after] = await Promise.all([pool.run(task('__hang__', 2)), pool.run(task(TEXT, 3))]);
    const waited = performance.now() - t0;
    assert.deepEqual(hung.error && { item: hung.error.item, code: hung.error.code }, { item: 'item 2', code: 'E_TIMEOUT' });
    assert.match(hung.error!.message, /^the analysis took longer than its time budget of 8 s and its thread was stopped \(--timeout-ms raises it\)$/);
    assert.ok(waited >= 8_000, `stopped after its budget (${Math.round(waited)} ms)`);
    // the task queued behind the hanging one had its own full budget on the new thread
    assert.equal(after.error, undefined, JSON.stringify(after.error));
    assert.equal(after.record!.key, 'k3');
    assert.ok(after.record!.analysis.events.length > 0);
  } finally {
    await pool.destroy();
  }
});

test('pool: the budget is checked in the thread too (a tiny budget gives E_TIMEOUT from the stages)', { timeout: 60_000 }, async () => {
  const pool = createAnalysisPool({ threads: 0, taskTimeoutMs: 0.001 });
  const out = await pool.run(task(TEXT, 4));
  assert.equal(out.error?.code, 'E_TIMEOUT');
  assert.match(out.error!.message, /^the analysis was stopped after the stage "read": it took [\d.]+ ms, more than its time budget of 0.001 ms/);
});

test('pool: a budget that is not a positive number is refused', () => {
  assert.throws(() => createAnalysisPool({ threads: 0, taskTimeoutMs: 0 }), (e: unknown) => e instanceof RasdError && e.code === 'E_USAGE');
  assert.throws(() => createAnalysisPool({ threads: 0, taskTimeoutMs: Number.NaN }), (e: unknown) => e instanceof RasdError && e.code === 'E_USAGE');
});
