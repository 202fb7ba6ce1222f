/**
 * The job queue's commands (docs/queue.md): `rasd worker` processes ingest jobs until it is
 * stopped; `rasd queue status` and `rasd queue dead` show how a queue stands and what failed for
 * good. (`rasd ingest --queue` enqueues; see ingest.ts.) The queue modules load only when one of
 * these commands runs, so the other commands do not pay for BullMQ.
 */
import type { Command } from 'commander';
import { once } from 'node:events';
import os from 'node:os';
import type { DeadLetter, EnqueueSummary } from '../../queue/queue.ts';
import type { QueueStatus } from '../../queue/status.ts';
import type { WorkerProgress, WorkerSummary } from '../../queue/worker.ts';
import { DB_OPTION_HELP, dbSpec, openStore } from '../../store/open.ts';
import { positiveInt } from './ingest.ts';

const QUEUE_OPTION = ['--queue <url>', 'the Redis job queue, redis://[:password@]host:port[/db] (default $RASD_QUEUE)'] as const;
const QUEUE_NAME_OPTION = ['--queue-name <name>', 'the queue\'s name (default $RASD_QUEUE_NAME or rasd-ingest)'] as const;

async function out(s: string): Promise<void> {
  if (!process.stdout.write(s)) await once(process.stdout, 'drain');
}

/** The readable summary of `rasd ingest --queue` on a terminal. */
export function formatEnqueueSummary(s: EnqueueSummary): string {
  const lines = [`enqueued ${s.enqueued} of ${s.items} inputs on ${s.queue} at ${s.url} in ${s.seconds.toFixed(1)} s`];
  if (s.requeued > 0) lines.push(`  ${s.requeued} of them had failed before and are tried again`);
  lines.push(`  ${s.duplicates} already in the queue, ${s.dead} could not be read (rasd queue dead lists them)`);
  return lines.join('\n') + '\n';
}

function formatWorkerLine(p: WorkerProgress, rate: number): string {
  return `rasd worker: ${p.processed} processed (+${p.added} ~${p.updated} =${p.unchanged} !${p.failed}, ${p.retried} retried), ${rate.toFixed(1)}/s lately, ${(p.processed / Math.max(p.elapsed, 0.001)).toFixed(1)}/s since the start\n`;
}

function formatWorkerSummary(s: WorkerSummary, store: string): string {
  return `stopped after ${s.elapsed.toFixed(1)} s: ${s.processed} jobs into ${store} (run ${s.runId})\n  added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed}; ${s.retried} attempts to be retried\n`;
}

export function formatQueueStatus(s: QueueStatus): string {
  const c = s.counts;
  const t = s.throughput;
  const n = (x: number): string => x.toLocaleString('en');
  const rate = (x: number): string => x.toFixed(1);
  return [
    `queue       ${s.queue} at ${s.url} (${s.workers} workers connected)`,
    `waiting     ${n(c.waiting)}`,
    `active      ${n(c.active)}`,
    `delayed     ${n(c.delayed)}  (waiting to be retried)`,
    `completed   ${n(c.completed)}  (kept in Redis)`,
    `failed      ${n(c.failed)}`,
    `dead        ${n(c.dead)}  (rasd queue dead lists them)`,
    `throughput  ${rate(t.lastMinute)} jobs/min over the last minute, ${rate(t.last5Minutes)} over 5, ${rate(t.last15Minutes)} over 15`,
    `            ${n(t.completedTotal)} completed and ${n(t.failedTotal)} failed in all`,
    s.drained ? 'drained: nothing waiting, active or delayed' : '',
  ].filter(Boolean).join('\n') + '\n';
}

function formatDeadLetters(letters: DeadLetter[], total: number): string {
  const lines = letters.map((d) => `${d.failedAt.slice(0, 19)}  ${d.item}  ${d.code}  (${d.attempts} attempts)  ${d.message}`);
  lines.push(`${letters.length} of ${total} dead letters`);
  return lines.join('\n') + '\n';
}

export function registerQueueCommands(program: Command): void {
  program
    .command('worker')
    .description('take ingest jobs from the Redis job queue (rasd ingest --queue), analyse them and store them, until SIGTERM or Ctrl-C')
    .option(...QUEUE_OPTION)
    .option(...QUEUE_NAME_OPTION)
    .option('--db <path|url>', DB_OPTION_HELP)
    .option('--concurrency <n>', 'analysis threads (default: the number of cores); the worker holds eight jobs per thread, so that the analysis never waits for the store or the queue, and writes the articles finished together in one transaction')
    .option('--lock-ms <n>', 'how long a job stays locked without renewal; a stopped worker\'s jobs go back to the queue after about this long (ms)', '30000')
    .option('--worker-heap-mb <n>', 'heap limit of each analysis thread in MB; an article that needs more fails with E_TOO_LARGE', '288')
    .option('--timeout-ms <n>', 'time budget of one article in ms; an article whose analysis takes longer is stopped and fails with E_TIMEOUT', '60000')
    .option('--log-every <s>', 'seconds between progress lines on stderr (when something was processed)', '10')
    .option('--json', 'print the final summary as one JSON line (the default when stdout is not a terminal)')
    .addHelpText('after', '\nSIGTERM or Ctrl-C once: take no new job, finish those in hand, exit 0. Twice: exit at once (the jobs in hand go back to the queue when their locks expire).')
    .action(async (f: { queue?: string; queueName?: string; db?: string; concurrency?: string; lockMs: string; workerHeapMb: string; timeoutMs: string; logEvery: string; json?: boolean }) => {
      const concurrency = positiveInt(f.concurrency, '--concurrency') ?? os.availableParallelism();
      const lockMs = positiveInt(f.lockMs, '--lock-ms', 1000)!;
      const workerHeapMb = positiveInt(f.workerHeapMb, '--worker-heap-mb', 64)!;
      const taskTimeoutMs = positiveInt(f.timeoutMs, '--timeout-ms')!;
      const logEvery = positiveInt(f.logEvery, '--log-every')!;
      const { queueUrl, redactUrl } = await import('../../queue/redis.ts');
      const { queueName } = await import('../../queue/queue.ts');
      const { runWorker } = await import('../../queue/worker.ts');
      const url = queueUrl(f.queue);
      const name = queueName(f.queueName);
      const db = dbSpec(f.db);
      const store = openStore(db);
      const controller = new AbortController();
      const onSignal = (): void => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write('rasd worker: stopping after the jobs in hand (again to exit at once)\n');
        controller.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      let last = { processed: 0, elapsed: 0 };
      let summary: WorkerSummary;
      try {
        summary = await runWorker({
          queueUrl: url, queueName: name, store, concurrency, lockMs, workerHeapMb, taskTimeoutMs, signal: controller.signal,
          args: ['worker', '--queue', redactUrl(url), '--queue-name', name, '--concurrency', String(concurrency)].join(' '),
          progressMs: logEvery * 1000,
          onReady: () => process.stderr.write(`rasd worker: taking jobs from ${name} at ${redactUrl(url)} into ${store.description}, ${concurrency} analysis thread${concurrency > 1 ? 's' : ''}\n`),
          onProgress: (p) => {
            if (p.processed === last.processed) return;
            process.stderr.write(formatWorkerLine(p, (p.processed - last.processed) / Math.max(p.elapsed - last.elapsed, 0.001)));
            last = p;
          },
        });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
      }
      await out(f.json || !process.stdout.isTTY ? JSON.stringify({ db: store.description, queue: name, url: redactUrl(url), ...summary }) + '\n' : formatWorkerSummary(summary, store.description));
    });

  const queue = program
    .command('queue')
    .description('the Redis job queue: how it stands (status) and what failed for good (dead)');

  queue
    .command('status')
    .description('jobs by state, dead letters, workers connected, and throughput (jobs completed per minute)')
    .option(...QUEUE_OPTION)
    .option(...QUEUE_NAME_OPTION)
    .option('--json', 'print as JSON')
    .action(async (f: { queue?: string; queueName?: string; json?: boolean }) => {
      const { queueUrl } = await import('../../queue/redis.ts');
      const { queueName } = await import('../../queue/queue.ts');
      const { queueStatus } = await import('../../queue/status.ts');
      const s = await queueStatus(queueUrl(f.queue), queueName(f.queueName));
      await out(f.json ? JSON.stringify(s) + '\n' : formatQueueStatus(s));
    });

  queue
    .command('dead')
    .description('the dead letters, newest first: inputs that failed for good or could not be read, with their code, message and attempts')
    .option(...QUEUE_OPTION)
    .option(...QUEUE_NAME_OPTION)
    .option('--limit <n>', 'at most this many', '20')
    .option('--json', 'print them as a JSON array (their keys, content hashes and inputs included)')
    .action(async (f: { queue?: string; queueName?: string; limit: string; json?: boolean }) => {
      const limit = positiveInt(f.limit, '--limit', 0)!;
      const { queueUrl, queueError } = await import('../../queue/redis.ts');
      const { openQueue, queueName } = await import('../../queue/queue.ts');
      const url = queueUrl(f.queue);
      const q = await openQueue(url, queueName(f.queueName), { readOnly: true });
      try {
        const [letters, total] = await Promise.all([q.deadLetters(limit), q.deadCount()]).catch((err: unknown) => {
          throw queueError(url, err);
        });
        await out(f.json ? JSON.stringify(letters) + '\n' : formatDeadLetters(letters, total));
      } finally {
        await q.close();
      }
    });
}
