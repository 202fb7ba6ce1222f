/**
 * The time budget of one article's analysis: a clock started when the article's analysis starts
 * and checked after reading and after every pipeline stage, so that an article that takes too long
 * is stopped with `E_TIMEOUT` (naming the stage and the budget) instead of holding up a batch.
 *
 * The checks run between stages: a stage that never returns cannot be stopped from inside its own
 * thread. The ingest pool (src/ingest/pool.ts) stops such a task by terminating its worker thread.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { RasdError } from '../errors.ts';

/** The default budget of `analyze()` and `rasd analyze`, in milliseconds. */
export const DEFAULT_TIME_BUDGET_MS = 30_000;

/** A started budget. */
export interface TimeBudget {
  /** The budget in milliseconds (`Infinity`: none). */
  readonly ms: number;
  /** `performance.now()` when the article's analysis started. */
  readonly start: number;
}

/** The budget of the analysis running in the current async context, if a caller set one ({@link withTimeBudget}). */
const ambient = new AsyncLocalStorage<TimeBudget>();

/**
 * Starts a budget of `ms` milliseconds now.
 * @throws RasdError `E_USAGE` when `ms` is not a positive number
 */
export function startBudget(ms: number = DEFAULT_TIME_BUDGET_MS): TimeBudget {
  if (typeof ms !== 'number' || !(ms > 0)) {
    throw new RasdError('E_USAGE', `a time budget must be a positive number of milliseconds, not ${String(ms)}`);
  }
  return { ms, start: performance.now() };
}

/**
 * Runs `fn` with `budget` as the budget of every analysis it starts that is not given one
 * explicitly (the ingest worker uses it: the store's `analyzeToRecord` reads and analyses in
 * two calls that must share one clock).
 */
export function withTimeBudget<T>(budget: TimeBudget, fn: () => T): T {
  return ambient.run(budget, fn);
}

/**
 * The budget an analysis uses: the one given, else a new one of `ms` when given, else the ambient
 * one ({@link withTimeBudget}), else a new default one.
 */
export function resolveBudget(given: TimeBudget | undefined, ms: number | undefined): TimeBudget {
  return given ?? (ms !== undefined ? startBudget(ms) : (ambient.getStore() ?? startBudget()));
}

/** A duration for messages: `20 ms`, `0.5 ms`, `1.5 s`, `30 s`. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Number(ms.toPrecision(3))} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * Throws `E_TIMEOUT` when the budget is spent.
 * @param stage the stage just finished (`read`, `tokenize`, `ner` …), named in the message
 * @param item the input's label for the error (file, line, id)
 */
export function checkBudget(budget: TimeBudget, stage: string, item?: string): void {
  const spent = performance.now() - budget.start;
  if (spent <= budget.ms) return;
  throw new RasdError(
    'E_TIMEOUT',
    `the analysis was stopped after the stage "${stage}": it took ${formatMs(spent)}, more than its time budget of ${formatMs(budget.ms)} (--timeout-ms, or the timeBudgetMs option of analyze(), raises it)`,
    item === undefined ? {} : { item },
  );
}
