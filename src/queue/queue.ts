/**
 * The ingest job queue (BullMQ over Redis): `rasd ingest --queue` enqueues every input as a job,
 * and `rasd worker` processes (see worker.ts) what any number of machines enqueued.
 *
 * - A job is one input's task (`taskOf` in src/ingest/ingest.ts: the input, its key, content hash
 *   and origin) and its **job id is the content hash**, so the same content is one job however
 *   often and from wherever it is enqueued.
 * - Jobs are tried `attempts` times (default 5) with exponential backoff (default 1 s, 2 s, 4 s …);
 *   the last 10,000 completed jobs are kept, failed ones are kept all.
 * - A **dead-letter queue** `<name>-dead`, which nothing processes, holds a letter for each input
 *   that failed for good: with its item, code, message, attempts made and input. Inputs that cannot
 *   even be read (a bad JSON line, an unreadable file) go there straight from the enqueuing side.
 */
import { createHash } from 'node:crypto';
import { Queue } from 'bullmq';
import { RasdError } from '../errors.ts';
import { taskOf, type SourceItem } from '../ingest/ingest.ts';
import type { Task } from '../ingest/worker.ts';
import type { AnalyzeInput } from '../reader/input.ts';
import { queueConnection, queueError, redactUrl, type QueueConnection } from './redis.ts';

export const DEFAULT_QUEUE_NAME = 'rasd-ingest';
export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BACKOFF_MS = 1000;
/** Completed jobs kept in Redis (older ones are removed; their results are in the store). */
export const DEFAULT_KEEP_COMPLETED = 10_000;
/** Jobs added to Redis in one round trip. */
const ENQUEUE_CHUNK = 500;
/** The longest wait for a queue's connections to be ready, whatever the retries. */
const OPEN_TIMEOUT_MS = 10_000;
const JOB_NAME = 'analyse';
const DEAD_JOB_NAME = 'dead';
const NAME_RE = /^[A-Za-z0-9_.-]+$/;

/** The queue a command uses: the flag, else `$RASD_QUEUE_NAME`, else `rasd-ingest`. */
export function queueName(flag?: string): string {
  const name = flag ?? process.env.RASD_QUEUE_NAME ?? DEFAULT_QUEUE_NAME;
  if (!NAME_RE.test(name)) throw new RasdError('E_USAGE', `a queue name is letters, digits, _ . and -, not ${JSON.stringify(name)}`);
  return name;
}

/** The dead-letter queue of a queue. */
export function deadLetterQueueName(name: string): string {
  return `${name}-dead`;
}

/** How the jobs of an enqueue are retried. */
export interface JobOptions {
  /** Tries in all (default 5). */
  attempts?: number;
  /** The first retry's delay in ms; each next one doubles it (default 1000). */
  backoffMs?: number;
  /** Completed jobs kept in Redis (default 10,000). */
  keepCompleted?: number;
}

/** An input that failed for good. */
export interface DeadLetter {
  /** Where it came from: `file.jsonl:12`, a path, `stdin:3`. */
  item: string;
  /** Its article key and content hash, or null for an input that could not be read. */
  key: string | null;
  contentHash: string | null;
  code: string;
  message: string;
  /** Attempts made (0 for an input that could not be read). */
  attempts: number;
  /** The input, or null for an input that could not be read. */
  input: AnalyzeInput | null;
  /** When it failed for good (ISO 8601). */
  failedAt: string;
}

export interface EnqueueSummary {
  /** The queue's name and address (without password). */
  queue: string;
  url: string;
  /** Inputs read. */
  items: number;
  /** Jobs added (those that failed before and were enqueued again included). */
  enqueued: number;
  /** Jobs that had failed for good and were enqueued again (their dead letters removed). */
  requeued: number;
  /** Inputs whose job is already in the queue (waiting, running, retrying or completed), or repeated in this enqueue. */
  duplicates: number;
  /** Inputs that could not be read, sent to the dead-letter queue. */
  dead: number;
  seconds: number;
}

export interface OpenQueueOptions {
  /**
   * Keep reconnecting once open (a long-running worker). Without it, a connection that is lost
   * fails the next command after a few attempts.
   */
  reconnect?: boolean;
  /** Connection errors after opening (default: ignored; the commands that fail say why). */
  onError?: (err: Error) => void;
  /** Only look (status, dead letters): a queue that does not exist is not created in Redis. */
  readOnly?: boolean;
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** The dead-letter job id of an input that could not be read (it has no content hash). */
function readErrorId(item: string): string {
  return `read-${createHash('sha256').update(item).digest('hex')}`;
}

/** An open ingest queue: its jobs, its dead letters, and the connection they share. */
export class IngestQueue {
  private constructor(
    readonly name: string,
    readonly connection: QueueConnection,
    /** The jobs (BullMQ queue `name`). */
    readonly jobs: Queue<Task>,
    /** The dead letters (BullMQ queue `name-dead`, never processed). */
    readonly dead: Queue<DeadLetter>,
  ) {}

  /**
   * Opens a queue: its connections are ready when this resolves. A Redis that cannot be reached
   * is an `E_QUEUE` error within a few seconds.
   */
  static async open(url: string, name: string, options: OpenQueueOptions = {}): Promise<IngestQueue> {
    const connection = queueConnection(url);
    const opts = { connection: connection.options, skipMetasUpdate: options.readOnly ?? false };
    const jobs = new Queue<Task>(name, opts);
    const dead = new Queue<DeadLetter>(deadLetterQueueName(name), opts);
    // a Queue emits its connection errors; without a listener they would be thrown
    const onError = (err: Error): void => options.onError?.(err);
    jobs.on('error', onError);
    dead.on('error', onError);
    try {
      await within(Promise.all([jobs.waitUntilReady(), dead.waitUntilReady()]), OPEN_TIMEOUT_MS, 'connecting');
    } catch (err) {
      await Promise.allSettled([jobs.close(), dead.close()]);
      throw queueError(url, err);
    }
    if (options.reconnect) connection.reconnectForGood();
    return new IngestQueue(name, connection, jobs, dead);
  }

  /** The queue's address without its password. */
  get url(): string {
    return redactUrl(this.connection.url);
  }

  /**
   * Enqueues inputs: one job per content (job id = content hash), added in chunks. An input whose
   * job is already in the queue is counted as a duplicate; one whose job failed for good is
   * enqueued again (as a re-run of local ingest retries what failed). An input that could not be
   * read goes to the dead-letter queue.
   */
  async enqueue(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, options: JobOptions = {}): Promise<EnqueueSummary> {
    const started = Date.now();
    const opts = {
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoff: { type: 'exponential', delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
      removeOnComplete: { count: options.keepCompleted ?? DEFAULT_KEEP_COMPLETED },
      removeOnFail: false,
    };
    const s = { items: 0, enqueued: 0, requeued: 0, duplicates: 0, dead: 0 };
    const seen = new Set<string>();
    let chunk: Task[] = [];
    const flush = async (): Promise<void> => {
      const tasks = chunk;
      chunk = [];
      const states = await Promise.all(tasks.map((t) => this.jobs.getJobState(t.meta.contentHash)));
      const fresh: Task[] = [];
      for (const [i, t] of tasks.entries()) {
        const state = states[i];
        if (state === 'unknown') fresh.push(t);
        else if (state === 'failed') {
          await this.jobs.remove(t.meta.contentHash);
          await this.dead.remove(t.meta.contentHash);
          fresh.push(t);
          s.requeued++;
        } else s.duplicates++;
      }
      if (fresh.length > 0) await this.jobs.addBulk(fresh.map((t) => ({ name: JOB_NAME, data: t, opts: { ...opts, jobId: t.meta.contentHash } })));
      s.enqueued += fresh.length;
    };
    try {
      for await (const { item, file } of items) {
        s.items++;
        if (item.error) {
          await this.bury(readErrorId(item.item), { item: item.item, key: null, contentHash: null, code: item.error.code, message: item.error.message, attempts: 0, input: null, failedAt: new Date().toISOString() });
          s.dead++;
          continue;
        }
        const task = taskOf(item.input, item.item, file);
        if (seen.has(task.meta.contentHash)) { s.duplicates++; continue; }
        seen.add(task.meta.contentHash);
        chunk.push(task);
        if (chunk.length >= ENQUEUE_CHUNK) await flush();
      }
      if (chunk.length > 0) await flush();
    } catch (err) {
      throw queueError(this.connection.url, err);
    }
    return { queue: this.name, url: this.url, ...s, seconds: (Date.now() - started) / 1000 };
  }

  /** Adds a dead letter (a letter already there under this id is kept). */
  async bury(jobId: string, letter: DeadLetter): Promise<void> {
    await this.dead.add(DEAD_JOB_NAME, letter, { jobId });
  }

  /** How many dead letters there are. */
  deadCount(): Promise<number> {
    return this.dead.getWaitingCount();
  }

  /** The dead letters, newest first. */
  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    if (limit <= 0) return [];
    const jobs = await this.dead.getJobs(['waiting'], 0, limit - 1);
    return jobs.map((j) => j.data);
  }

  /** Closes the connections (jobs and dead letters stay in Redis). */
  async close(): Promise<void> {
    await Promise.allSettled([this.jobs.close(), this.dead.close()]);
  }

  /** Removes the queue, its dead letters and their metrics from Redis (tests, and starting afresh). */
  async obliterate(): Promise<void> {
    await this.jobs.obliterate({ force: true });
    await this.dead.obliterate({ force: true });
  }
}

/** Opens the ingest queue `name` (default `$RASD_QUEUE_NAME` or `rasd-ingest`) at a `redis://` address. */
export function openQueue(url: string, name = queueName(), options: OpenQueueOptions = {}): Promise<IngestQueue> {
  return IngestQueue.open(url, name, options);
}
