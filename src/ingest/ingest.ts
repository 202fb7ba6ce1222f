/**
 * Ingest: reads inputs (files, directories, JSON lines on a stream), skips content already
 * stored, analyses the rest in worker threads over all cores and stores them in batches, each
 * batch in one transaction, in input order. A bad file or line becomes an error record and the
 * run goes on. Because batches commit in input order, an interrupted run has stored a prefix of
 * the inputs; running it again skips that prefix and gives the database one clean run gives.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RasdError, toRasdError } from '../errors.ts';
import { expandPaths, readInputFile, readJsonLines, type FileItem } from '../io/files.ts';
import { DEFAULT_MAX_LINE_BYTES } from '../io/lines.ts';
import type { AnalyzeInput } from '../reader/input.ts';
import { articleKey, contentHash } from '../store/records.ts';
import type { ArticleRecord, IngestErrorRecord, RunSummary, Store } from '../store/types.ts';
import { createAnalysisPool } from './pool.ts';
import type { Outcome, Task } from './worker.ts';

export interface IngestProgress extends RunSummary {
  /** Items read so far (stored, skipped or failed). */
  done: number;
  /** Items expected in all (an estimate from line counts), or null when reading a stream. */
  total: number | null;
  /** Seconds since the start. */
  elapsed: number;
}

export interface IngestOptions {
  /** Worker threads (default: the number of cores); 0 analyses in the main thread. */
  threads?: number;
  /** Articles per transaction (default 200). */
  batchSize?: number;
  /** Largest accepted file or JSON line in bytes. */
  maxBytes?: number;
  /** Called after each stored batch. */
  onProgress?: (p: IngestProgress) => void;
  /** Stops reading new inputs; what is done is stored and the run is marked interrupted. */
  signal?: AbortSignal;
  /** The command line, recorded with the run. */
  args?: string;
  /** The old-generation heap limit of each worker thread in MB (default 288, `DEFAULT_WORKER_HEAP_MB` in pool.ts). */
  workerHeapMb?: number;
  /** The time budget of one article in milliseconds (default 60,000, `DEFAULT_TASK_TIMEOUT_MS` in pool.ts): over it, the article fails with E_TIMEOUT. */
  taskTimeoutMs?: number;
}

export interface IngestSummary extends RunSummary {
  runId: number;
  items: number;
  seconds: number;
  articlesPerSecond: number;
  interrupted: boolean;
  /** The errors of this run (at most 100; all are in the store). */
  errors: IngestErrorRecord[];
}

/** An input to ingest: an item read from a file or stream, and the file when the item is a whole file. */
export interface SourceItem {
  readonly item: FileItem;
  readonly file?: string;
}

/**
 * The task of an input that was read: the input with its identity key, content hash and origin
 * (what a worker analyses, and what the job queue carries).
 */
export function taskOf(input: AnalyzeInput, origin: string, file?: string): Task {
  const hash = contentHash(input);
  return { input, meta: { key: articleKey(input, hash, file), contentHash: hash, origin } };
}

/** Counts the non-blank lines of a file quickly (for the progress estimate). */
function countLines(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n = 0;
    let lineHasText = false;
    for (;;) {
      const got = readSync(fd, buf, 0, buf.length, null);
      if (got === 0) break;
      for (let i = 0; i < got; i++) {
        const c = buf[i]!;
        if (c === 0x0a) {
          if (lineHasText) n++;
          lineHasText = false;
        } else if (c !== 0x20 && c !== 0x0d && c !== 0x09) lineHasText = true;
      }
    }
    return lineHasText ? n + 1 : n;
  } finally {
    closeSync(fd);
  }
}

/** The inputs of files and directories, in order. */
async function* pathItems(files: readonly string[], maxBytes: number): AsyncGenerator<SourceItem> {
  for (const file of files) {
    const whole = path.extname(file).toLowerCase() !== '.jsonl' && path.extname(file).toLowerCase() !== '.json';
    for await (const item of readInputFile(file, maxBytes)) yield whole ? { item, file: path.resolve(file) } : { item };
  }
}

/** What a caller asks to ingest: paths (files, directories, `-` for stdin). */
export interface IngestRequest {
  paths: readonly string[];
  /** The stream read for `-` (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * The inputs of a request, in order: first one error item for each path that does not exist, then
 * the items of the files and directories, then JSON lines on stdin for `-`. `total` estimates how
 * many items there will be (from line counts), or is null when stdin is read.
 */
export function inputSources(req: IngestRequest, maxBytes = DEFAULT_MAX_LINE_BYTES): { items: AsyncGenerator<SourceItem>; total: number | null } {
  const pathErrors: SourceItem[] = [];
  const files: string[] = [];
  let useStdin = false;
  for (const p of req.paths) {
    if (p === '-') { useStdin = true; continue; }
    try {
      files.push(...expandPaths([p]));
    } catch (err) {
      pathErrors.push({ item: { item: p, error: toRasdError(err, p) } });
    }
  }
  let total: number | null = null;
  if (!useStdin) {
    total = pathErrors.length;
    for (const f of files) {
      try {
        total += path.extname(f).toLowerCase() === '.jsonl' ? countLines(f) : 1;
      } catch {
        total += 1;
      }
    }
  }
  async function* all(): AsyncGenerator<SourceItem> {
    yield* pathErrors;
    yield* pathItems(files, maxBytes);
    if (useStdin) for await (const item of readJsonLines('stdin', req.stdin ?? process.stdin, maxBytes)) yield { item };
  }
  return { items: all(), total };
}

/**
 * The error that stopped a run, as a coded error whose message also says what the run stored
 * before it stopped and that running the same command again stores the rest.
 */
function stoppedBy(err: unknown, s: RunSummary): RasdError {
  const e = toRasdError(err);
  const stored = s.added + s.updated;
  const done = stored === 0 ? 'before it stored any article' : `after storing ${stored} article${stored === 1 ? '' : 's'}, in whole batches`;
  return new RasdError(e.code, `${e.message} — the ingest stopped ${done}; once the cause is fixed, the same command stores the rest`, { item: e.item, cause: err });
}

/**
 * Ingests files, directories and `-` (JSON lines on stdin) into a store.
 * A path that does not exist is recorded as an error of the run; the others go on.
 */
export async function ingest(store: Store, req: IngestRequest, options: IngestOptions = {}): Promise<IngestSummary> {
  const { items, total } = inputSources(req, options.maxBytes ?? DEFAULT_MAX_LINE_BYTES);
  return ingestItems(store, items, total, options);
}

async function ingestItems(store: Store, items: AsyncIterable<SourceItem>, total: number | null, options: IngestOptions): Promise<IngestSummary> {
  const threads = options.threads ?? os.availableParallelism();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const started = Date.now();
  const runId = await store.beginRun(options.args ?? 'ingest');
  const summary: RunSummary = { added: 0, updated: 0, unchanged: 0, failed: 0 };
  const runErrors: IngestErrorRecord[] = [];
  let done = 0;
  let interrupted = false;

  const pool = createAnalysisPool({ threads, heapMb: options.workerHeapMb, taskTimeoutMs: options.taskTimeoutMs });

  // outcomes in input order: analysed records, errors, or 'skip' for content already stored
  type Slot = Promise<Outcome | 'skip'>;
  const queue: Slot[] = [];
  const inRun = new Set<string>();
  let records: ArticleRecord[] = [];
  let errors: IngestErrorRecord[] = [];
  // enough queued work that the workers keep busy while the main thread writes a batch (~0.3 s)
  const maxInFlight = Math.max(16, threads * 48);

  let lastProgress = 0;
  const progress = (): void => {
    lastProgress = Date.now();
    options.onProgress?.({ ...summary, done, total, elapsed: (Date.now() - started) / 1000 });
  };
  const flush = async (): Promise<void> => {
    if (records.length === 0 && errors.length === 0) return;
    const statuses = await store.writeBatch(runId, records, errors);
    for (const s of statuses) summary[s]++;
    for (const e of errors) if (runErrors.length < 100) runErrors.push(e);
    records = [];
    errors = [];
    progress();
  };
  const settle = async (): Promise<void> => {
    const o = await queue.shift()!;
    done++;
    if (o === 'skip') summary.unchanged++;
    else if (o.error) { errors.push(o.error); summary.failed++; }
    else records.push(o.record);
    if (records.length + errors.length >= batchSize) await flush();
    else if (Date.now() - lastProgress > 250) progress();
  };

  try {
    for await (const { item, file } of items) {
      if (options.signal?.aborted) { interrupted = true; break; }
      if (item.error) {
        queue.push(Promise.resolve({ error: { item: item.item, code: item.error.code, message: item.error.message } }));
      } else {
        const task = taskOf(item.input, item.item, file);
        const hash = task.meta.contentHash;
        if (inRun.has(hash) || (await store.knownHashes([hash])).has(hash)) queue.push(Promise.resolve('skip'));
        else {
          inRun.add(hash);
          queue.push(pool.run(task).catch((err: unknown): Outcome => {
            const e = toRasdError(err, item.item);
            return { error: { item: item.item, code: e.code, message: e.message } };
          }));
        }
      }
      while (queue.length >= maxInFlight) await settle();
    }
    while (queue.length > 0) await settle();
    await flush();
  } catch (err) {
    // the store failed (a full disk, a lock, a lost connection …): the batch being written was
    // rolled back whole. Mark the run interrupted if the store still lets us, then report
    await store.finishRun(runId, summary, 'interrupted').catch(() => undefined);
    throw stoppedBy(err, summary);
  } finally {
    await pool.destroy();
  }
  if (options.signal?.aborted) interrupted = true;
  await store.finishRun(runId, summary, interrupted ? 'interrupted' : 'done');
  const seconds = (Date.now() - started) / 1000;
  return { ...summary, runId, items: done, seconds, articlesPerSecond: seconds > 0 ? (summary.added + summary.updated) / seconds : 0, interrupted, errors: runErrors };
}
