/**
 * `npm run bench:load`: the HTTP API under load while an ingest writes to the same database
 * (issue #10). 1. The first half of each shared news file is ingested into a new database.
 * 2. `rasd serve` runs on it, loopback only. 3. `rasd ingest` of the second halves starts in its
 * own process, into the same database. 4. autocannon drives `/api/search` (a rotation of frequent
 * and rare queries) and `/api/articles/:id` for a fixed time each while that ingest runs. Prints
 * requests/s, p50/p99 latency and errors per endpoint, and what the ingest stored meanwhile.
 * Options: `--db PATH|postgres://…?schema=NAME` (default a temporary SQLite file; a PostgreSQL
 * schema is emptied first), `--duration S` (default 10), `--connections N` (default 10),
 * `--lines N` (lines per file in each half, default 500).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/data.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { missingDataMessage, sharedDataFile } from '../src/shared-data.ts';
import { openStore } from '../src/store/open.ts';
import { API_QUERIES, emptyDatabase, loadEndpoint, opt, startServe } from './common.ts';

const newsDir = sharedDataFile('news');
if (!newsDir) {
  console.log(missingDataMessage('news'));
  process.exit(0);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rasd-load-'));
const db = opt('--db') ?? path.join(tmp, 'load.db');
const duration = Number(opt('--duration') ?? 10);
const connections = Number(opt('--connections') ?? 10);
const lines = Number(opt('--lines') ?? 500);
const port = 19000 + Math.floor(Math.random() * 1000);

// the two halves of the corpus
const first: string[] = [];
const second: string[] = [];
for (const f of readdirSync(newsDir).filter((x) => x.endsWith('.jsonl')).sort()) {
  const all = readFileSync(path.join(newsDir, f), 'utf8').split('\n').filter((l) => l.trim());
  first.push(...all.slice(0, lines));
  second.push(...all.slice(lines, 2 * lines));
}
const firstFile = path.join(tmp, 'first.jsonl');
const secondFile = path.join(tmp, 'second.jsonl');
writeFileSync(firstFile, first.join('\n') + '\n');
writeFileSync(secondFile, second.join('\n') + '\n');

await emptyDatabase(db);

const store = openStore(db);
const pre = await ingest(store, { paths: [firstFile] }, {});
// a fresh database numbers its articles 1…N: 200 of them, spread over all
const ids = Array.from({ length: 200 }, (_, k) => 1 + Math.floor((k * pre.added) / 200));
await store.close();
console.log(`load: ${pre.added} articles stored first in ${store.description}; then ${second.length} more are ingested while ${connections} connections load the API for ${duration} s per endpoint (loopback, ${os.availableParallelism()} cores)`);

const rasd = (args: string[]): ChildProcess => spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'rasd.js'), ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
const server = await startServe(db, port);
const writer = rasd(['ingest', secondFile, '--db', db, '--json']);
let writerOut = '';
writer.stdout!.on('data', (b: Buffer) => { writerOut += b.toString(); });
const writing = (): boolean => writer.exitCode === null && writer.signalCode === null;

const runs: { name: string; paths: string[] }[] = [
  { name: '/api/search', paths: API_QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20`) },
  { name: '/api/articles/:id', paths: ids.map((id) => `/api/articles/${id}`) },
];
let totalErrors = 0;
try {
  // let the ingest get going (workers load their models) before the load starts
  await new Promise((r) => setTimeout(r, 3000));
  for (const r of runs) {
    const during = writing();
    const { line, errors } = await loadEndpoint(port, r.name, r.paths, connections, duration);
    totalErrors += errors;
    console.log(`${line}${during && writing() ? ' (ingest running throughout)' : ' (the ingest was not running throughout: raise --lines)'}`);
  }
} finally {
  if (writing()) writer.kill('SIGTERM');
  await new Promise((r) => (writer.exitCode !== null ? r(null) : writer.once('exit', r)));
  server.kill('SIGTERM');
}
const s = JSON.parse(writerOut.trim().split('\n').pop() ?? '{}') as { added?: number; seconds?: number; interrupted?: boolean };
console.log(`  the ingest meanwhile: ${s.added ?? 0} articles stored in ${(s.seconds ?? 0).toFixed(1)} s${s.interrupted ? ' (then stopped with SIGTERM; what was analysed is stored)' : ''}; ${totalErrors} API errors in all`);
if (!opt('--db')) rmSync(tmp, { recursive: true, force: true });
