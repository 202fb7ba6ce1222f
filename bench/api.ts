/**
 * `npm run bench:api -- --db PATH`: load on the HTTP API of a database (e.g. the one
 * `npm run bench:store -- --db PATH` leaves): `rasd serve` in its own process on loopback, then
 * autocannon for a fixed time against `/api/search` (a rotation of frequent and rare queries),
 * `/api/articles/:id` and `/api/events`. Prints requests/s, p50/p99 latency and errors per endpoint.
 * Options: `--duration S` (default 10), `--connections N` (default 10).
 */
import { SqliteStore } from '../src/store/sqlite.ts';
import { API_QUERIES, loadEndpoint, opt, startServe } from './common.ts';

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

const server = await startServe(db, port);

const runs: { name: string; paths: string[] }[] = [
  { name: '/api/search', paths: API_QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20`) },
  { name: '/api/articles/:id', paths: ids.map((id) => `/api/articles/${id}`) },
  { name: '/api/events', paths: ['MAR', 'ISR', 'USA', 'IRN', 'EGY', 'TUN'].map((a) => `/api/events?actor=${a}&limit=100`) },
];

console.log(`API load: ${articles} articles in ${db}; ${connections} connections, ${duration} s per endpoint, loopback`);
try {
  for (const r of runs) console.log((await loadEndpoint(port, r.name, r.paths, connections, duration)).line);
} finally {
  server.kill('SIGTERM');
}
