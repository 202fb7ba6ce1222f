/**
 * `rasd ingest PATH…` stores articles in the database: files, directories (recursively) and `-`
 * for JSON lines on stdin. A progress bar on a terminal, a one-line JSON summary otherwise.
 * With `--queue redis://…` (or `$RASD_QUEUE`) it enqueues the inputs on a job queue instead, for
 * `rasd worker`s to analyse and store (docs/queue.md).
 */
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { RasdError } from '../../errors.ts';
import { ingest, inputSources, type IngestProgress, type IngestSummary } from '../../ingest/ingest.ts';
import { DEFAULT_TASK_TIMEOUT_MS, DEFAULT_WORKER_HEAP_MB } from '../../ingest/pool.ts';
import { DEFAULT_MAX_LINE_BYTES } from '../../io/lines.ts';
import { DB_OPTION_HELP, dbSpec, openStore } from '../../store/open.ts';
import { redactUrl } from '../../store/pg.ts';

interface IngestFlags {
  db?: string; threads?: string; batch?: string; maxBytes?: string; workerHeapMb?: string; timeoutMs?: string; json?: boolean; progress?: boolean;
  queue?: string; queueName?: string; attempts?: string; backoffMs?: string;
}

/** A whole number of at least `min` from an option, or undefined when the option is not given. */
export function positiveInt(v: string | undefined, name: string, min = 1): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new RasdError('E_USAGE', `${name} must be an integer ≥ ${min}, not ${v}`);
  return n;
}

/** The readable summary printed on a terminal. */
export function formatIngestSummary(s: IngestSummary, db: string): string {
  const lines = [
    `${s.interrupted ? 'interrupted' : 'done'}: ${s.items} items in ${s.seconds.toFixed(1)} s (${s.articlesPerSecond.toFixed(1)} articles/s) into ${db}`,
    `  added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed}`,
  ];
  for (const e of s.errors.slice(0, 10)) lines.push(`  ! ${e.item}: ${e.code}: ${e.message}`);
  if (s.failed > 10) lines.push(`  … ${s.failed - 10} more errors (all are in the database's ingest_errors table)`);
  return lines.join('\n') + '\n';
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them in the database (idempotent: stored content is skipped, changed articles are updated)')
    .argument('<paths...>', 'files, directories (read recursively: .txt .html .htm .json .jsonl) or - for JSON lines on stdin')
    .option('--db <path|url>', DB_OPTION_HELP)
    .option('--threads <n>', 'worker threads for analysis (default: the number of cores; 0: none)')
    .option('--batch <n>', 'articles per transaction', '200')
    .option('--max-bytes <n>', 'largest accepted file or JSON line, in bytes', String(DEFAULT_MAX_LINE_BYTES))
    .option('--worker-heap-mb <n>', 'heap limit of each worker thread in MB; an article that needs more fails with E_TOO_LARGE', String(DEFAULT_WORKER_HEAP_MB))
    .option('--timeout-ms <n>', 'time budget of one article in ms; an article whose analysis takes longer is stopped and fails with E_TIMEOUT', String(DEFAULT_TASK_TIMEOUT_MS))
    .option('--json', 'print the summary as one JSON line (the default when stdout is not a terminal)')
    .option('--no-progress', 'no progress bar')
    .option('--queue <url>', 'enqueue the inputs on this Redis job queue instead, for rasd worker to analyse and store (default $RASD_QUEUE)')
    .option('--queue-name <name>', 'with --queue: the queue\'s name (default $RASD_QUEUE_NAME or rasd-ingest)')
    .option('--attempts <n>', 'with --queue: tries per input before it goes to the dead-letter queue', '5')
    .option('--backoff-ms <n>', 'with --queue: the wait before the first retry, doubled for each next one', '1000')
    .addHelpText('after', '\nExit status: 0 every item stored or already there, 1 some items failed (they are listed) or the database failed (E_STORE), 2 bad usage, 130 interrupted.\nCtrl-C or SIGTERM stops reading: what is analysed is stored, the run is marked interrupted, and a re-run finishes the rest.\nWith --queue: 0 every input enqueued or already in the queue, 1 some could not be read (rasd queue dead lists them).')
    .action(async (paths: string[], flags: IngestFlags) => {
      const queue = flags.queue ?? process.env.RASD_QUEUE;
      if (queue) return enqueueInputs(paths, queue, flags);
      const threads = positiveInt(flags.threads, '--threads', 0);
      const batchSize = positiveInt(flags.batch, '--batch');
      const maxBytes = positiveInt(flags.maxBytes, '--max-bytes');
      const workerHeapMb = positiveInt(flags.workerHeapMb, '--worker-heap-mb', 64);
      const taskTimeoutMs = positiveInt(flags.timeoutMs, '--timeout-ms');
      const db = dbSpec(flags.db);
      const store = openStore(db);
      const controller = new AbortController();
      const onSignal = (): void => {
        if (controller.signal.aborted) process.exit(130);
        controller.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const tty = process.stderr.isTTY === true && flags.progress !== false;
      let bar: SingleBar | null = null;
      const onProgress = (p: IngestProgress): void => {
        if (!tty) return;
        const payload = { added: p.added, updated: p.updated, unchanged: p.unchanged, failed: p.failed, rate: (p.done / Math.max(p.elapsed, 0.001)).toFixed(1) };
        if (!bar) {
          bar = new SingleBar({
            format: p.total !== null
              ? 'ingest [{bar}] {value}/{total} | {rate} items/s | ETA {eta_formatted} | +{added} ~{updated} ={unchanged} !{failed}'
              : 'ingest {value} items | {rate} items/s | +{added} ~{updated} ={unchanged} !{failed}',
            hideCursor: true,
            etaBuffer: 50,
            stream: process.stderr,
          }, Presets.shades_classic);
          bar.start(p.total ?? 0, p.done, payload);
        } else bar.update(p.done, payload);
      };
      let summary: IngestSummary;
      try {
        summary = await ingest(store, { paths, stdin: process.stdin }, {
          threads, batchSize, maxBytes, workerHeapMb, taskTimeoutMs, onProgress, signal: controller.signal, args: ['ingest', ...paths].join(' '),
        });
      } finally {
        (bar as SingleBar | null)?.stop();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
      }
      // the database as given, without a password
      const shown = redactUrl(db);
      if (flags.json || !process.stdout.isTTY) process.stdout.write(JSON.stringify({ db: shown, ...summary }) + '\n');
      else process.stdout.write(formatIngestSummary(summary, shown));
      process.exitCode = summary.interrupted ? 130 : summary.failed > 0 ? 1 : 0;
    });
}

/** `rasd ingest --queue`: reads the inputs as ingest does and enqueues them, one job per content. */
async function enqueueInputs(paths: string[], url: string, flags: IngestFlags): Promise<void> {
  if (flags.db !== undefined || flags.threads !== undefined) {
    throw new RasdError('E_USAGE', '--db and --threads are for the workers that analyse the queue (rasd worker --db …), not for enqueuing with --queue');
  }
  const maxBytes = positiveInt(flags.maxBytes, '--max-bytes');
  const attempts = positiveInt(flags.attempts, '--attempts');
  const backoffMs = positiveInt(flags.backoffMs, '--backoff-ms', 0);
  const { openQueue, queueName } = await import('../../queue/queue.ts');
  const { formatEnqueueSummary } = await import('./queue.ts');
  const q = await openQueue(url, queueName(flags.queueName));
  let summary;
  try {
    summary = await q.enqueue(inputSources({ paths, stdin: process.stdin }, maxBytes).items, { attempts, backoffMs });
  } finally {
    await q.close();
  }
  process.stdout.write(flags.json || !process.stdout.isTTY ? JSON.stringify(summary) + '\n' : formatEnqueueSummary(summary));
  process.exitCode = summary.dead > 0 ? 1 : 0;
}
