/** Helpers for the job-queue tests: the Redis they use, unique queue names, inputs written for the tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { openQueue, type IngestQueue } from '../../src/queue/queue.ts';
import type { AnalyzeInput } from '../../src/reader/input.ts';
import { ISRAEL, VISIT } from '../helpers/store.ts';

/** The Redis of the tests: `$RASD_TEST_REDIS`, else the local default. */
export const REDIS_URL = process.env.RASD_TEST_REDIS ?? 'redis://127.0.0.1:6379';

/** Null when the tests' Redis answers, else why not (the reason a test is skipped). */
export async function redisMissing(): Promise<string | null> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: 2000, disconnectTimeout: 100 });
  let why: string | undefined;
  r.on('error', (err: Error) => { why ??= err.message; });
  try {
    await r.connect();
    await r.ping();
    return null;
  } catch (err) {
    return `no Redis at ${REDIS_URL.replace(/:[^:@/]*@/, ':***@')} ($RASD_TEST_REDIS): ${why ?? (err as Error).message}`;
  } finally {
    r.disconnect();
  }
}

let serial = 0;
/** A queue name no other test (or test run) uses. */
export function uniqueName(what: string): string {
  return `rasd-test-${what}-${process.pid}-${Date.now().toString(36)}-${serial++}`;
}

/** Opens a uniquely named queue, runs `f`, then removes the queue from Redis. */
export async function withQueue<T>(what: string, f: (q: IngestQueue) => Promise<T>): Promise<T> {
  const q = await openQueue(REDIS_URL, uniqueName(what));
  try {
    return await f(q);
  } finally {
    await q.obliterate();
    await q.close();
  }
}

/** The store tests' articles, as the inputs of a queue test. */
export const ARTICLES: readonly AnalyzeInput[] = [...ISRAEL, ...VISIT];

/** Writes inputs as JSON lines (raw strings are written as they are, for bad lines) and returns the file. */
export function writeJsonl(dir: string, name: string, lines: readonly (AnalyzeInput | string)[]): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

/** The same articles made distinct `copies` times over (another id and another last word each time). */
export function manyArticles(copies: number): AnalyzeInput[] {
  const out: AnalyzeInput[] = [];
  for (let i = 0; i < copies; i++) {
    for (const a of ARTICLES) out.push({ ...a, id: `${a.id}-${i}`, text: `${a.text}\n\nتحديث رقم ${i + 1}.` });
  }
  return out;
}
