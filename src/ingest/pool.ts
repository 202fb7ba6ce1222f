/**
 * The analysis pool: worker threads (piscina) that turn ingest tasks into article records, shared
 * by local ingest (`ingest.ts`) and the queue worker (`src/queue/worker.ts`). Each thread takes
 * one task at a time and runs with a heap limit, so an article that needs too much memory fails
 * alone with `E_TOO_LARGE` and the pool replaces the thread.
 */
import { Piscina } from 'piscina';
import { RasdError } from '../errors.ts';
import analyzeTask, { type Outcome, type Task } from './worker.ts';

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
}

export interface AnalysisPool {
  readonly threads: number;
  /**
   * Analyses one task. Resolves with the record, or with the coded error of an input that cannot
   * be analysed (an article that runs its thread out of memory is `E_TOO_LARGE`). Rejects only
   * when the pool itself fails (a thread that cannot start, a destroyed pool).
   */
  run(task: Task): Promise<Outcome>;
  /** Stops the threads (tasks still running are rejected). */
  destroy(): Promise<void>;
}

/** Starts a pool of analysis threads (or none, with `threads: 0`). */
export function createAnalysisPool(options: AnalysisPoolOptions): AnalysisPool {
  const heapMb = options.heapMb ?? DEFAULT_WORKER_HEAP_MB;
  if (options.threads <= 0) {
    return { threads: 0, run: analyzeTask, destroy: async () => undefined };
  }
  const pool = new Piscina<Task, Outcome>({
    filename: new URL('./worker-boot.mjs', import.meta.url).href,
    minThreads: options.threads,
    maxThreads: options.threads,
    idleTimeout: 1000,
    // one task per worker at a time: a worker that dies (out of memory) takes no other article with it
    concurrentTasksPerWorker: 1,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  return {
    threads: options.threads,
    run: (task) => pool.run(task).catch((err: unknown): Outcome => {
      if ((err as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw err;
      const item = task.meta.origin;
      const e = new RasdError('E_TOO_LARGE', `analysing the article needs more memory than an ingest worker may use (${heapMb} MB; --worker-heap-mb raises it)`, { item });
      return { error: { item, code: e.code, message: e.message } };
    }),
    destroy: () => pool.destroy(),
  };
}
