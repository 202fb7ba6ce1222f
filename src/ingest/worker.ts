/**
 * The ingest worker: analyses one input into an article record. Runs in a worker thread (piscina)
 * or, with `--threads 0`, in the main thread. Never throws: a failure comes back as a coded error.
 */
import { toRasdError } from '../errors.ts';
import type { AnalyzeInput } from '../reader/input.ts';
import { analyzeToRecord } from '../store/records.ts';
import type { ArticleRecord, IngestErrorRecord } from '../store/types.ts';

export interface Task {
  readonly input: AnalyzeInput;
  readonly meta: { key: string; contentHash: string; origin: string };
}

export type Outcome = { readonly record: ArticleRecord; readonly error?: undefined } | { readonly error: IngestErrorRecord; readonly record?: undefined };

export default async function analyzeTask(task: Task): Promise<Outcome> {
  try {
    return { record: await analyzeToRecord(task.input, task.meta) };
  } catch (err) {
    const e = toRasdError(err, task.meta.origin);
    return { error: { item: task.meta.origin, code: e.code, message: e.message } };
  }
}
