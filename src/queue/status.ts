/**
 * How a queue stands: its jobs by state, its dead letters, the workers connected, and throughput
 * from BullMQ's metrics (jobs completed per minute, kept by every worker in one-minute points).
 */
import type { Metrics } from 'bullmq';
import { openQueue, queueName, type IngestQueue } from './queue.ts';
import { queueError } from './redis.ts';

export interface QueueCounts {
  /** Waiting to be taken (prioritised jobs included). */
  waiting: number;
  /** Held by a worker now. */
  active: number;
  /** Waiting for their next attempt (backoff). */
  delayed: number;
  /** Completed jobs still kept in Redis (the last 10,000 by default; see `throughput.completedTotal`). */
  completed: number;
  /** Failed for good. */
  failed: number;
  /** Dead letters: failed for good, or could not be read. */
  dead: number;
}

export interface Throughput {
  /** Jobs completed per minute, averaged over the last 1, 5 and 15 minutes. */
  lastMinute: number;
  last5Minutes: number;
  last15Minutes: number;
  /** Jobs completed and failed for good since the queue's metrics began. */
  completedTotal: number;
  failedTotal: number;
}

export interface QueueStatus {
  queue: string;
  url: string;
  counts: QueueCounts;
  /** Nothing waiting, held or delayed: every job enqueued is completed or failed for good. */
  drained: boolean;
  /** Workers connected to the queue now. */
  workers: number;
  throughput: Throughput;
}

const MINUTE_MS = 60_000;

/**
 * Jobs completed per minute over the last `minutes` whole minutes and the current one, from
 * BullMQ's metrics: `meta.count` counts every completion, `meta.prevTS` is when the last data
 * point was closed (the completions since then, `count - prevCount`, belong to its minute), and
 * `data[i]` holds the completions of the (i+1)-th minute before that, newest first.
 */
export function perMinute(metrics: Metrics, now: number, minutes: number): number {
  const { count, prevTS, prevCount } = metrics.meta;
  if (!prevTS) return 0;
  const nowMinute = Math.floor(now / MINUTE_MS);
  const lastMinute = Math.floor(prevTS / MINUTE_MS);
  let sum = 0;
  const add = (minute: number, n: number): void => {
    if (minute >= nowMinute - minutes && minute <= nowMinute) sum += n;
  };
  add(lastMinute, count - prevCount);
  metrics.data.forEach((n, i) => add(lastMinute - 1 - i, n));
  return sum / (minutes + (now % MINUTE_MS) / MINUTE_MS);
}

/** The status of an open queue. */
export async function statusOf(q: IngestQueue): Promise<QueueStatus> {
  try {
    const [c, dead, workers, completed, failed] = await Promise.all([
      q.jobs.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed'),
      q.deadCount(),
      q.jobs.getWorkersCount(),
      q.jobs.getMetrics('completed', 0, 15),
      q.jobs.getMetrics('failed', 0, 0),
    ]);
    const n = (k: string): number => c[k] ?? 0;
    const counts: QueueCounts = {
      waiting: n('waiting') + n('prioritized'),
      active: n('active'),
      delayed: n('delayed'),
      completed: n('completed'),
      failed: n('failed'),
      dead,
    };
    const now = Date.now();
    return {
      queue: q.name,
      url: q.url,
      counts,
      drained: counts.waiting + counts.active + counts.delayed === 0,
      workers,
      throughput: {
        lastMinute: perMinute(completed, now, 1),
        last5Minutes: perMinute(completed, now, 5),
        last15Minutes: perMinute(completed, now, 15),
        completedTotal: completed.meta.count,
        failedTotal: failed.meta.count,
      },
    };
  } catch (err) {
    throw queueError(q.connection.url, err);
  }
}

/** The status of the queue `name` at a `redis://` address (opens and closes a connection). */
export async function queueStatus(url: string, name = queueName()): Promise<QueueStatus> {
  const q = await openQueue(url, name, { readOnly: true });
  try {
    return await statusOf(q);
  } finally {
    await q.close();
  }
}

/**
 * Waits until the queue is drained (nothing waiting, held or delayed) and returns its status;
 * rejects after `timeoutMs` (default 10 minutes) with the last status in the message.
 */
export async function waitUntilDrained(q: IngestQueue, options: { timeoutMs?: number; pollMs?: number } = {}): Promise<QueueStatus> {
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  for (;;) {
    const s = await statusOf(q);
    if (s.drained) return s;
    if (Date.now() > deadline) throw new Error(`the queue ${q.name} is not drained after ${(options.timeoutMs ?? 600_000) / 1000} s: ${JSON.stringify(s.counts)}`);
    await new Promise((r) => setTimeout(r, options.pollMs ?? 200));
  }
}
