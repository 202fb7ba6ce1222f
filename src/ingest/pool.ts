/**
 * The analysis pool: worker threads (piscina) that turn ingest tasks into article records, shared
 * by local ingest (`ingest.ts`) and the queue worker (`src/queue/worker.ts`). Each thread takes
 * one task at a time and runs with a heap limit, so an article that needs too much memory fails
 * alone with `E_TOO_LARGE` and the pool replaces the thread. Each task also has a time budget: a
 * task still running when it is spent is aborted (its thread is terminated and replaced) and
 * fails alone with `E_TIMEOUT`.
 */
import { Piscina } from 'piscina';
import { RasdError } from '../errors.ts';
import { formatMs } from '../pipeline/budget.ts';
import analyzeTask, { DEFAULT_TASK_TIMEOUT_MS, type Outcome, type Task } from './worker.ts';

export { DEFAULT_TASK_TIMEOUT_MS } from './worker.ts';

/**
 * The default old-generation heap limit of a worker thread in MB. The analysis needs about 100 MB
 * of models and lexicons and keeps bounded caches; without a limit, V8 lets a long-running
 * worker's heap grow far beyond what is live before it collects.
 */
export const DEFAULT_WORKER_HEAP_MB = 288;

export interface AnalysisPoolOptions {
  /** Worker threads; 0 analyses in the calling thread. */
  threads: number;
  /** The old-generation heap limit of each thread in MB (default DEFAULT_WORKER_HEAP_MB). */
  heapMb?: number;
  /**
   * The time budget of one task in milliseconds (default DEFAULT_TASK_TIMEOUT_MS, `Infinity` for
   * none), counted from when a thread takes the task: the analysis checks it between its stages,
   * and the pool terminates a thread still running the task when it is spent (not with
   * `threads: 0`, where nothing can stop a stage that never returns).
   */
  taskTimeoutMs?: number;
  /** The worker module (default `worker-boot.mjs`); tests give their own. */
  workerFile?: string;
}

export interface AnalysisPool {
  readonly threads: number;
  /**
   * Analyses one task. Resolves with the record, or with the coded error of an input that cannot
   * be analysed (an article that runs its thread out of memory is `E_TOO_LARGE`, one that runs
   * over its time budget `E_TIMEOUT`). Rejects only when the pool itself fails (a thread that
   * cannot start, a destroyed pool).
   */
  run(task: Task): Promise<Outcome>;
  /** Stops the threads (tasks still running are rejected). */
  destroy(): Promise<void>;
}

/** The largest delay setTimeout honours (a longer one fires at once). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Starts a pool of analysis threads (or none, with `threads: 0`). */
export function createAnalysisPool(options: AnalysisPoolOptions): AnalysisPool {
  const heapMb = options.heapMb ?? DEFAULT_WORKER_HEAP_MB;
  const timeoutMs = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new RasdError('E_USAGE', `the task time budget must be a positive number of milliseconds, not ${String(timeoutMs)}`);
  if (options.threads <= 0) {
    return { threads: 0, run: (task) => analyzeTask({ ...task, timeoutMs }), destroy: async () => undefined };
  }
  const pool = new Piscina<Task, Outcome>({
    filename: options.workerFile ?? new URL('./worker-boot.mjs', import.meta.url).href,
    minThreads: options.threads,
    maxThreads: options.threads,
    idleTimeout: 1000,
    // one task per worker at a time: a worker that dies (out of memory, over time) takes no other article with it
    concurrentTasksPerWorker: 1,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });

  // At most one task per thread is handed to piscina, so that a task's clock starts when a thread
  // takes it, not while it waits behind others; the rest wait here, in order.
  let running = 0;
  const waiting: (() => void)[] = [];
  const acquire = (): Promise<void> | void => {
    if (running < options.threads) {
      running++;
      return;
    }
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  const failure = (task: Task, code: 'E_TOO_LARGE' | 'E_TIMEOUT', message: string): Outcome => {
    const item = task.meta.origin;
    const e = new RasdError(code, message, { item });
    return { error: { item, code: e.code, message: e.message } };
  };

  const run = async (task: Task): Promise<Outcome> => {
    await acquire();
    const controller = new AbortController();
    const timer = timeoutMs <= MAX_TIMER_MS ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
    try {
      return await pool.run({ ...task, timeoutMs }, { signal: controller.signal });
    } catch (err) {
      if (controller.signal.aborted) {
        return failure(task, 'E_TIMEOUT', `the analysis took longer than its time budget of ${formatMs(timeoutMs)} and its thread was stopped (--timeout-ms raises it)`);
      }
      if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return failure(task, 'E_TOO_LARGE', `analysing the article needs more memory than an ingest worker may use (${heapMb} MB; --worker-heap-mb raises it)`);
      }
      throw err;
    } finally {
      clearTimeout(timer);
      release();
    }
  };
  return {
    threads: options.threads,
    run,
    destroy: async () => {
      await pool.destroy();
      // tasks still waiting for a thread go on to the destroyed pool, which rejects them
      for (const next of waiting.splice(0)) next();
    },
  };
}
