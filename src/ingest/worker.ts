/**
 * The ingest worker: analyses one input into an article record. Runs in a worker thread (piscina)
 * or, with `--threads 0`, in the main thread. Never throws: a failure comes back as a coded error.
 */
import { toRasdError } from '../errors.ts';
import { startBudget, withTimeBudget } from '../pipeline/budget.ts';
import type { AnalyzeInput } from '../reader/input.ts';
import { analyzeToRecord } from '../store/records.ts';
import type { ArticleRecord, IngestErrorRecord } from '../store/types.ts';

/** The default time budget of one ingest task in milliseconds (`--timeout-ms`). */
export const DEFAULT_TASK_TIMEOUT_MS = 60_000;

export interface Task {
  readonly input: AnalyzeInput;
  readonly meta: { key: string; contentHash: string; origin: string };
  /**
   * The article's time budget in milliseconds (default DEFAULT_TASK_TIMEOUT_MS), checked between
   * the analysis stages (`E_TIMEOUT`); the pool also stops a thread that runs over it.
   */
  readonly timeoutMs?: number;
}

export type Outcome = { readonly record: ArticleRecord; readonly error?: undefined } | { readonly error: IngestErrorRecord; readonly record?: undefined };

export default async function analyzeTask(task: Task): Promise<Outcome> {
  try {
    const budget = startBudget(task.timeoutMs ?? DEFAULT_TASK_TIMEOUT_MS);
    return { record: await withTimeBudget(budget, () => analyzeToRecord(task.input, task.meta)) };
  } catch (err) {
    const e = toRasdError(err, task.meta.origin);
    return { error: { item: task.meta.origin, code: e.code, message: e.message } };
  }
}
