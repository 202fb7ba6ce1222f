/** What the benchmarks share: their command-line options, emptying a benchmark database, and loading the API. */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { PROJECT_ROOT } from '../src/data.ts';
import { isPostgresUrl, redactUrl } from '../src/store/pg.ts';

const argv = process.argv.slice(2);

/** The value after `--name` on the command line, or undefined. */
export function opt(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Whether `--name` is on the command line. */
export function flag(name: string): boolean {
  return argv.includes(name);
}

/** Empties a benchmark database: removes the SQLite file, or drops the PostgreSQL schema named in the address (which it must name). */
export async function emptyDatabase(db: string): Promise<void> {
  if (!isPostgresUrl(db)) return rmSync(db, { force: true });
  const u = new URL(db);
  const schema = u.searchParams.get('schema');
  if (!schema) throw new Error(`give the benchmark its own schema (${redactUrl(db)}?schema=rasd_bench): it is emptied first`);
  u.searchParams.delete('schema');
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema.replace(/[^a-z0-9_]/g, '')} CASCADE`);
  await c.end();
}

/** The search queries the API benchmarks rotate through: frequent and rare words, a phrase. */
export const API_QUERIES = ['إسرائيل', 'الحكومة', 'وزير الخارجية', 'تونس', 'غزة', 'الرئيس', 'الأمم المتحدة', 'مظاهرة', 'اعتقال', 'قصف', 'الانتخابات', 'السعودية', 'النفط', 'الجيش', 'المغرب', 'اتفاق', 'حماس', 'البرلمان', 'بوريطة', 'زلزال'];

/** Starts `rasd serve` on a database and port, resolving once it listens. */
export async function startServe(db: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'rasd.js'), 'serve', '--db', db, '--port', String(port)], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    server.stderr!.on('data', (b: Buffer) => { if (b.toString().includes('serving')) resolve(); });
    server.on('exit', (code) => reject(new Error(`rasd serve exited with ${code}`)));
  });
  return server;
}

/** autocannon on one endpoint (its paths in turn) for a fixed time; a printable line and the errors. */
export async function loadEndpoint(port: number, name: string, paths: readonly string[], connections: number, duration: number): Promise<{ line: string; errors: number }> {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    errors,
    line: `  ${name.padEnd(18)} ${result.requests.average.toFixed(0).padStart(6)} requests/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${result.requests.total} requests, ${errors} errors or non-2xx`,
  };
}
