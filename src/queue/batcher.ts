/**
 * Group commits for the queue worker: articles finished by several jobs at about the same time
 * are written in one `writeBatch` (one transaction), instead of one transaction each. A write
 * waits at most `maxWaitMs` for companions, or goes as soon as `maxBatch` are waiting. Each job
 * learns its own article's status. When a batch's transaction fails, its articles are written
 * again one by one, so that an article that cannot be written (a poison write, a constraint) fails
 * its own job only and never takes its companions down with it; a job whose article fails alone is
 * retried by the queue (the store is idempotent: nothing is stored twice).
 */
import type { ArticleRecord, Store, WriteStatus } from '../store/types.ts';

interface Waiting {
  readonly record: ArticleRecord;
  readonly resolve: (s: WriteStatus) => void;
  readonly reject: (err: unknown) => void;
}

export class WriteBatcher {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** The batch being written: batches are written one after the other. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly runId: number,
    private readonly maxBatch = 50,
    private readonly maxWaitMs = 50,
  ) {}

  /** Writes a record with the next batch and returns its status. */
  write(record: ArticleRecord): Promise<WriteStatus> {
    return new Promise<WriteStatus>((resolve, reject) => {
      this.waiting.push({ record, resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxWaitMs);
    });
  }

  /** Starts writing what is waiting (after the batch being written, if any). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return this.writing;
    this.writing = this.writing.then(async () => {
      try {
        const statuses = await this.store.writeBatch(this.runId, batch.map((w) => w.record), []);
        batch.forEach((w, i) => w.resolve(statuses[i]!));
      } catch (err) {
        if (batch.length === 1) return batch[0]!.reject(err);
        for (const w of batch) {
          try {
            const [status] = await this.store.writeBatch(this.runId, [w.record], []);
            w.resolve(status!);
          } catch (one) {
            w.reject(one);
          }
        }
      }
    });
    return this.writing;
  }
}
