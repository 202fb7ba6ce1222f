/**
 * `npm run bench:api -- --db PATH`: load on the HTTP API of a database (e.g. the one
 * `npm run bench:store -- --db PATH` leaves): `rasd serve` in its own process on loopback, then
 * autocannon for a fixed time against `/api/search` (a rotation of frequent and rare queries),
 * `/api/articles/:id` and `/api/events`. Prints requests/s, p50/p99 latency and errors per endpoint.
 * Options: `--duration S` (default 10), `--connections N` (default 10).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/data.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { opt } from './common.ts';

const db = opt('--db');
if (!db) {
  console.log('usage: npm run bench:api -- --db PATH (a database made by rasd ingest, e.g. by npm run bench:store -- --db PATH)');
  process.exit(0);
}
const duration = Number(opt('--duration') ?? 10);
const connections = Number(opt('--connections') ?? 10);
const port = 18000 + Math.floor(Math.random() * 1000);

const store = new SqliteStore(db);
const ids = (store.db.prepare('SELECT id FROM articles ORDER BY random() LIMIT 200').pluck().all() as number[]);
const articles = (await store.stats()).articles;
await store.close();

const server = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'rasd.js'), 'serve', '--db', db, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise<void>((resolve, reject) => {
  server.stderr.on('data', (b: Buffer) => { if (b.toString().includes('serving')) resolve(); });
  server.on('exit', (code) => reject(new Error(`rasd serve exited with ${code}`)));
});

const queries = ['إسرائيل', 'الحكومة', 'وزير الخارجية', 'تونس', 'غزة', 'الرئيس', 'الأمم المتحدة', 'مظاهرة', 'اعتقال', 'قصف', 'الانتخابات', 'السعودية', 'النفط', 'الجيش', 'المغرب', 'اتفاق', 'حماس', 'البرلمان', 'بوريطة', 'زلزال'];
const runs: { name: string; paths: string[] }[] = [
  { name: '/api/search', paths: queries.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20`) },
  { name: '/api/articles/:id', paths: ids.map((id) => `/api/articles/${id}`) },
  { name: '/api/events', paths: ['MAR', 'ISR', 'USA', 'IRN', 'EGY', 'TUN'].map((a) => `/api/events?actor=${a}&limit=100`) },
];

console.log(`API load: ${articles} articles in ${db}; ${connections} connections, ${duration} s per endpoint, loopback`);
try {
  for (const r of runs) {
    let i = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: r.paths[i++ % r.paths.length]! }) }],
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(`  ${r.name.padEnd(18)} ${result.requests.average.toFixed(0).padStart(6)} requests/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${result.requests.total} requests, ${errors} errors or non-2xx`);
  }
} finally {
  server.kill('SIGTERM');
}
