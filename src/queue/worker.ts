/**
 * The queue worker (`rasd worker`): takes ingest jobs from the queue, analyses them in a pool of
 * worker threads (so the main thread stays free for BullMQ's lock renewals) and writes each
 * article to the store.
 *
 * - **Exactly-once results.** Content already stored is skipped before analysis, and the store is
 *   idempotent on the content hash: a job retried after its write committed (its worker died
 *   before BullMQ heard of it) stores nothing new and counts as unchanged.
 * - **Poison inputs** (the analysis refuses them: `E_EMPTY_INPUT`, `E_NO_ARTICLE`, `E_TOO_LARGE` …)
 *   fail at once, unrecoverable. **Transient failures** (the store cannot be written, a lost
 *   connection) are retried with backoff until the job's attempts are spent. Either way, an input
 *   that fails for good gets a dead letter and a row in the store's `ingest_errors`.
 * - **Stalled jobs.** A job whose worker stops renewing its lock (killed, frozen) is moved back to
 *   waiting by another worker's stalled check and tried again, up to MAX_STALLED_COUNT times.
 * - **Shutdown.** When `signal` aborts, the worker takes no new job, finishes those it holds,
 *   stops its threads, finishes its run in the store and closes its connections.
 */
import os from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { toRasdError } from '../errors.ts';
import { createAnalysisPool } from '../ingest/pool.ts';
import type { Task } from '../ingest/worker.ts';
import type { IngestErrorRecord, RunSummary, Store, WriteStatus } from '../store/types.ts';
import { WriteBatcher } from './batcher.ts';
import { openQueue, queueName } from './queue.ts';

export const DEFAULT_LOCK_MS = 30_000;
/** How often a job may be found stalled (its lock lost) and moved back before it fails. */
export const MAX_STALLED_COUNT = 2;
/** Minutes of throughput kept by BullMQ's metrics (one data point a minute: a day). */
export const METRICS_MINUTES = 24 * 60;
const ERROR_REPEAT_MS = 10_000;

export interface WorkerProgress extends RunSummary {
  /** Jobs finished by this worker: stored, unchanged, or failed for good. */
  processed: number;
  /** Failed attempts that will be tried again. */
  retried: number;
  /** Seconds since the start. */
  elapsed: number;
}

export interface WorkerSummary extends WorkerProgress {
  runId: number;
}

export interface RunWorkerOptions {
  /** The queue's `redis://` address and name (default `$RASD_QUEUE_NAME` or `rasd-ingest`). */
  queueUrl: string;
  queueName?: string;
  /** Where articles are written (the caller opens and closes it). */
  store: Store;
  /** Jobs processed at once, and analysis threads (default: the number of cores). */
  concurrency?: number;
  /**
   * Jobs held per analysis thread (default 8): while some jobs' articles are written to the store
   * and the next jobs are fetched, the thread analyses another, so it never waits for I/O; and
   * the articles finished meanwhile are written together (`batcher.ts`), one transaction for
   * several articles.
   */
  jobsPerThread?: number;
  /**
   * Analysis threads (default `concurrency`); 0 analyses in the main thread, which then cannot
   * renew locks while it analyses: only for tests and short inputs.
   */
  threads?: number;
  /** How long a job's lock lasts without renewal, and how often stalled jobs are looked for (ms, default 30,000). */
  lockMs?: number;
  /** The heap limit of each analysis thread in MB (default 288). */
  workerHeapMb?: number;
  /** The time budget of one article in ms (default 60,000): over it, the job fails with E_TIMEOUT. */
  taskTimeoutMs?: number;
  /** Stops the worker gracefully: the jobs it holds are finished first. */
  signal?: AbortSignal;
  /** The command line, recorded with the run. */
  args?: string;
  /** Called every `progressMs` (default 10,000) with the counts so far. */
  onProgress?: (p: WorkerProgress) => void;
  progressMs?: number;
  /** Called once the worker takes jobs. */
  onReady?: () => void;
  /** Errors that do not stop the worker: lost connections, a dead letter the store could not record (default: stderr). */
  onError?: (err: Error) => void;
}

/** Whether the attempt in progress is the job's last one. */
function lastAttempt(job: Job<Task>): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/**
 * Passes each error message on at most once every ERROR_REPEAT_MS: while Redis is down, each of
 * the worker's connections reports every reconnection attempt.
 */
function onceInAWhile(onError: (err: Error) => void): (err: Error) => void {
  const last = new Map<string, number>();
  return (err) => {
    const now = Date.now();
    if (now - (last.get(err.message) ?? -Infinity) < ERROR_REPEAT_MS) return;
    if (last.size > 1000) last.clear();
    last.set(err.message, now);
    onError(err);
  };
}

function aborted(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return new Promise(() => undefined);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

/**
 * Runs a worker until `signal` aborts, and returns what it did. Opening the queue fails fast
 * (`E_QUEUE`); once open, lost connections are retried without end.
 */
export async function runWorker(options: RunWorkerOptions): Promise<WorkerSummary> {
  const { store } = options;
  const concurrency = Math.max(1, options.concurrency ?? os.availableParallelism());
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  const onError = onceInAWhile(options.onError ?? ((err: Error) => process.stderr.write(`rasd worker: ${err.message}\n`)));
  const started = Date.now();
  const queue = await openQueue(options.queueUrl, options.queueName ?? queueName(), { reconnect: true, onError });
  const counts: RunSummary & { retried: number } = { added: 0, updated: 0, unchanged: 0, failed: 0, retried: 0 };
  const progress = (): WorkerProgress => ({
    ...counts,
    processed: counts.added + counts.updated + counts.unchanged + counts.failed,
    elapsed: (Date.now() - started) / 1000,
  });

  let runId: number;
  try {
    runId = await store.beginRun(options.args ?? 'worker');
  } catch (err) {
    await queue.close();
    throw err;
  }
  const threads = options.threads ?? concurrency;
  const pool = createAnalysisPool({ threads, heapMb: options.workerHeapMb, taskTimeoutMs: options.taskTimeoutMs });
  const jobsInHand = Math.max(1, threads) * (options.jobsPerThread ?? 8);
  const batcher = new WriteBatcher(store, runId, Math.max(1, Math.ceil(jobsInHand / 2)));
  // jobs this worker buried itself, so that the 'failed' event does not bury them again
  const buried = new Set<string>();
  const pending = new Set<Promise<void>>();

  /** Sends a job that failed for good to the dead-letter queue and records the error in the store. */
  const bury = async (job: Job<Task>, error: IngestErrorRecord, attempts: number): Promise<void> => {
    const { meta, input } = job.data;
    const jobId = job.id ?? meta.contentHash;
    await queue.bury(jobId, { item: error.item, key: meta.key, contentHash: meta.contentHash, code: error.code, message: error.message, attempts, input, failedAt: new Date().toISOString() });
    buried.add(jobId);
    counts.failed++;
    try {
      await store.writeBatch(runId, [], [error]);
    } catch (err) {
      onError(new Error(`${error.item}: the dead letter (${error.code}) could not be recorded in the store: ${toRasdError(err).message}`));
    }
  };

  const processor = async (job: Job<Task>): Promise<WriteStatus> => {
    const { meta } = job.data;
    let failure: IngestErrorRecord | undefined;
    try {
      if ((await store.knownHashes([meta.contentHash])).has(meta.contentHash)) {
        counts.unchanged++;
        return 'unchanged';
      }
      const outcome = await pool.run(job.data);
      if (outcome.error) failure = outcome.error;
      else {
        const status = await batcher.write(outcome.record);
        counts[status]++;
        return status;
      }
    } catch (err) {
      // the store, the pool or the connection failed: worth another attempt
      const e = toRasdError(err, meta.origin);
      if (lastAttempt(job)) await bury(job, { item: meta.origin, code: e.code, message: e.message }, job.attemptsMade + 1);
      else counts.retried++;
      throw new Error(`${e.code}: ${e.message}`);
    }
    // the analysis refused the input: it would refuse it again
    await bury(job, failure, job.attemptsMade + 1);
    throw new UnrecoverableError(`${failure.code}: ${failure.message}`);
  };

  const worker = new Worker<Task, WriteStatus>(queue.name, processor, {
    connection: queue.connection.options,
    name: `rasd-worker@${os.hostname()}:${process.pid}`,
    autorun: false,
    concurrency: jobsInHand,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    maxStalledCount: MAX_STALLED_COUNT,
    metrics: { maxDataPoints: METRICS_MINUTES },
  });
  worker.on('error', onError);
  // BullMQ keeps lost connections to itself (it reconnects quietly): say that the worker lost
  // Redis and is reconnecting, so that a pause in its progress has a visible cause
  worker.on('ioredis:close', () => onError(new Error(`lost the connection to the queue at ${queue.url}; reconnecting`)));
  // jobs BullMQ itself fails for good (stalled too often): bury them too
  worker.on('failed', (job, err) => {
    if (!job?.id || buried.delete(job.id)) return;
    if (err.name !== 'UnrecoverableError' && job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const item = job.data.meta.origin;
    const p: Promise<void> = bury(job, { item, code: 'E_QUEUE', message: `the queue failed the job: ${err.message}` }, job.attemptsMade)
      .catch((failed: unknown) => onError(new Error(`${item}: its dead letter could not be written: ${toRasdError(failed).message}`)))
      .finally(() => pending.delete(p));
    pending.add(p);
  });

  let timer: NodeJS.Timeout | undefined;
  let runStatus: 'done' | 'interrupted' = 'done';
  let failure: unknown;
  try {
    const running = worker.run();
    running.catch(() => undefined); // seen by the race below, or after a failed start by nobody
    await worker.waitUntilReady();
    options.onReady?.();
    if (options.onProgress) {
      const onProgress = options.onProgress;
      timer = setInterval(() => onProgress(progress()), options.progressMs ?? 10_000);
      timer.unref();
    }
    await Promise.race([aborted(options.signal), running]);
  } catch (err) {
    runStatus = 'interrupted';
    failure = err;
  } finally {
    clearInterval(timer);
    // waits for the jobs in hand; a second signal (handled by the caller) exits at once
    await worker.close().catch(onError);
    await batcher.flush();
    await Promise.allSettled(pending);
    await pool.destroy();
    const { added, updated, unchanged, failed } = counts;
    await store.finishRun(runId, { added, updated, unchanged, failed }, runStatus).catch(onError);
    await queue.close();
  }
  if (failure !== undefined) throw failure;
  return { ...progress(), runId };
}
