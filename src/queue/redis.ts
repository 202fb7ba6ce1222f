/**
 * Redis addresses for the job queue: parsing `redis://[user][:password@]host[:port][/db]` (and
 * `rediss://` for TLS), hiding the password in messages, and the connection options BullMQ gets.
 *
 * Connections fail fast while they are being opened: a wrong address or a Redis that is down
 * gives `E_QUEUE` within a few seconds instead of retrying forever. A long-running worker then
 * switches its connections to reconnecting for good, so a Redis restart only pauses it.
 */
import type { RedisOptions } from 'bullmq';
import { RasdError, redactUrl } from '../errors.ts';

/** Connection attempts while a connection is being opened, and the wait for each. */
const OPEN_RETRIES = 2;
const OPEN_RETRY_MS = 250;
const CONNECT_TIMEOUT_MS = 3000;
const DISCONNECT_TIMEOUT_MS = 200;

/** The queue address a command uses: the flag, else `$RASD_QUEUE`; none is an `E_QUEUE` error. */
export function queueUrl(flag?: string): string {
  const url = flag ?? process.env.RASD_QUEUE;
  if (url === undefined || url === '') {
    throw new RasdError('E_QUEUE', 'no queue address: give --queue redis://HOST:PORT or set $RASD_QUEUE');
  }
  return url;
}

export { redactUrl };

/** The host, port, credentials, database and TLS of a `redis://` or `rediss://` address. */
export function parseRedisUrl(url: string): RedisOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RasdError('E_USAGE', `not a Redis address: ${redactUrl(url)} (expected redis://[:password@]host:port[/db])`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new RasdError('E_USAGE', `not a Redis address: ${redactUrl(url)} (expected redis:// or rediss://)`);
  }
  const opts: RedisOptions = { host: u.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1', port: u.port ? Number(u.port) : 6379 };
  if (u.username) opts.username = decodeURIComponent(u.username);
  if (u.password) opts.password = decodeURIComponent(u.password);
  const db = u.pathname.replace(/^\//, '');
  if (db !== '') {
    if (!/^\d+$/.test(db)) throw new RasdError('E_USAGE', `the database of a Redis address is a number, not ${db} (in ${redactUrl(url)})`);
    opts.db = Number(db);
  }
  if (u.protocol === 'rediss:') opts.tls = {};
  return opts;
}

/**
 * Connection options that fail fast until `reconnectForGood()` is called (once the queue is
 * open), and then reconnect without end. The same options object serves every connection of a
 * queue handle and of its worker.
 */
export interface QueueConnection {
  readonly url: string;
  readonly options: RedisOptions;
  reconnectForGood(): void;
}

export function queueConnection(url: string): QueueConnection {
  let forGood = false;
  const options: RedisOptions = {
    ...parseRedisUrl(url),
    connectTimeout: CONNECT_TIMEOUT_MS,
    // ioredis waits this long for a closed socket's 'close' event before destroying it; the 2 s
    // default kept a process whose connection had failed alive for 2 s after its error
    disconnectTimeout: DISCONNECT_TIMEOUT_MS,
    // while opening: a few quick attempts, then give up (null ends the connection);
    // afterwards: BullMQ's own backoff, 1 to 20 seconds, forever
    retryStrategy: (times: number) => forGood ? Math.max(Math.min(Math.exp(times), 20_000), 1000) : times > OPEN_RETRIES ? null : OPEN_RETRY_MS,
  };
  return { url, options, reconnectForGood: () => { forGood = true; } };
}

/** The `E_QUEUE` error of a queue address that cannot be reached or used. */
export function queueError(url: string, err: unknown): RasdError {
  if (err instanceof RasdError) return err;
  const why = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown }).code;
  // a connection that was open and is gone (Redis stopped, restarted, or cut it) says so in words
  const lost = /^Connection is closed|^Command aborted due to connection close|^Stream isn't writeable/.test(why) || code === 'ECONNRESET' || code === 'EPIPE';
  return new RasdError('E_QUEUE', `cannot use the queue at ${redactUrl(url)}: ${lost ? `the connection to Redis was lost (${why})` : why}`, { cause: err });
}
