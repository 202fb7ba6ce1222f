/** The HTTP API in-process (no port), on each store engine: every endpoint, its validation, its errors and the token. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, tokenMatches } from '../../src/server/app.ts';
import type { Store } from '../../src/store/types.ts';
import type { AnalyzeInput } from '../../src/reader/input.ts';
import { CSV_COLUMNS } from '../../src/store/export.ts';
import { ENGINES, storeWith, type Engine, type TestStore } from '../helpers/engines.ts';
import { ISRAEL, VISIT } from '../helpers/store.ts';

const ARTICLES: AnalyzeInput[] = [ISRAEL[0]!, ISRAEL[1]!, VISIT[0]!, VISIT[1]!, VISIT[2]!];
const TOKEN = 'a-long-random-token';

for (const engine of ENGINES) describe(`HTTP API on ${engine.name}`, { skip: engine.skip }, () => api(engine));

function api(engine: Engine): void {
let t: TestStore;
let store: Store;
let app: ReturnType<typeof createApp>;

before(async () => {
  ({ t, store } = await storeWith(engine, ARTICLES));
  app = createApp(store, { token: TOKEN, maxBodyBytes: 64 * 1024 });
});
after(() => t.dispose());

async function get(path: string): Promise<{ status: number; body: any; text: string; type: string | null }> {
  const r = await app.request(path);
  const text = await r.text();
  let body: unknown = null;
  try { body = JSON.parse(text); } catch { /* CSV or JSONL */ }
  return { status: r.status, body, text, type: r.headers.get('content-type') };
}

async function post(path: string, body: string, token?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await app.request(path, { method: 'POST', body, headers });
  return { status: r.status, body: await r.json() };
}

const errorOf = (r: { body: any }): string => r.body?.error?.code;

test('GET /api/search: Arabic search with filters and snippets; bad parameters are E_USAGE naming the parameter', async () => {
  const r = await get(`/api/search?q=${encodeURIComponent('إسرائيل')}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.total, 2);
  assert.deepEqual(r.body.hits.map((h: any) => h.key).sort(), ['id:c1', 'id:c2']);
  const h = r.body.hits[0].snippet;
  assert.match(h.text.slice(h.highlights[0].start, h.highlights[0].end), /[إا]سرائيل$/u);
  assert.equal((await get(`/api/search?q=${encodeURIComponent('إسرائيل')}&actor=egy`)).body.total, 1, 'actor codes are upper-cased');
  for (const [qs, field] of [['', 'q'], ['q=x&from=2023-4-1', 'from'], ['q=x&limit=0', 'limit'], ['q=x&type=VISIT', 'type'], ['q=x&actor=Morocco', 'actor']] as const) {
    const bad = await get(`/api/search?${qs}`);
    assert.equal(bad.status, 400, qs);
    assert.equal(errorOf(bad), 'E_USAGE');
    assert.match(bad.body.error.message, new RegExp(`^${field}`), qs);
  }
  const none = await get(`/api/search?q=${encodeURIComponent('،،،')}`);
  assert.equal(none.status, 400);
});

test('GET /api/articles/:id by key or number; a missing one is 404 E_NOT_FOUND', async () => {
  const r = await get('/api/articles/c2');
  assert.equal(r.status, 200);
  assert.equal(r.body.key, 'id:c2');
  assert.equal(r.body.analysis.article.text, ARTICLES[1]!.text);
  const byId = await get(`/api/articles/${r.body.id}`);
  assert.equal(byId.body.key, 'id:c2');
  const missing = await get('/api/articles/nope');
  assert.equal(missing.status, 404);
  assert.equal(errorOf(missing), 'E_NOT_FOUND');
});

test('GET /api/events: filters, paging, CSV and JSONL downloads; GET /api/events/:id with its evidence', async () => {
  const r = await get('/api/events?dyad=MAR,EGY&type=consult');
  assert.equal(r.status, 200);
  assert.equal(r.body.total, 1);
  const visit = r.body.events[0];
  assert.deepEqual([visit.date, visit.mentions, visit.articles, visit.sources], ['2023-03-06', 3, 3, 2]);
  const one = await get(`/api/events/${visit.id}`);
  assert.deepEqual(one.body.evidence.map((e: any) => e.key), ['id:v1', 'id:v2', 'id:v3']);
  assert.equal((await get('/api/events/999999')).status, 404);
  const csv = await get('/api/events?format=csv');
  assert.match(csv.type!, /^text\/csv/);
  assert.equal(csv.text.split('\n')[0], CSV_COLUMNS.join(','));
  const all = await get('/api/events');
  assert.equal(csv.text.trim().split('\n').length, all.body.events.length + 1);
  const jsonl = await get('/api/events?format=jsonl&limit=2');
  assert.equal(jsonl.text.trim().split('\n').length, Math.min(2, all.body.total));
  const page = await get('/api/events?limit=1&offset=1');
  assert.equal(page.body.events[0].id, all.body.events[1].id);
  assert.equal((await get('/api/events?dyad=MAR')).status, 400);
});

test('GET /api/dyads/:a/:b/timeline, /api/actors, /api/actors/:code, /api/stats', async () => {
  const t = await get('/api/dyads/EGY/MAR/timeline');
  assert.equal(t.status, 200);
  assert.deepEqual(t.body.events.map((e: any) => e.date), ['2023-03-06']);
  const actors = await get('/api/actors?limit=3');
  assert.ok(actors.body.actors.length >= 1);
  const mar = await get('/api/actors/mar');
  assert.equal(mar.body.actor, 'MAR');
  assert.ok(mar.body.byType.CONSULT >= 1);
  assert.ok(mar.body.byMonth.some((m: any) => m.month === '2023-03'));
  assert.ok(mar.body.counterparts.some((c: any) => c.actor.startsWith('EGY')));
  assert.equal((await get('/api/actors/ZZZ')).status, 404);
  const s = await get('/api/stats');
  assert.equal(s.body.articles, ARTICLES.length);
});

test('POST /api/analyze and /api/articles: the token, size limit, coded errors; storing is idempotent', async () => {
  const input = JSON.stringify({ id: 'p1', published: '2023-06-01', text: 'تونس - تظاهر مئات المعلمين أمس أمام مقر وزارة التربية في العاصمة تونس للمطالبة بتحسين أجورهم.' });
  assert.equal((await post('/api/analyze', input)).status, 401);
  assert.equal(errorOf(await post('/api/analyze', input, 'wrong')), 'E_UNAUTHORIZED');
  const a = await post('/api/analyze', input, TOKEN);
  assert.equal(a.status, 200);
  assert.equal(a.body.id, 'p1');
  assert.ok(a.body.events.some((e: any) => e.type === 'PROTEST'));
  assert.equal((await get('/api/articles/p1')).status, 404, 'analyze does not store');
  assert.equal(errorOf(await post('/api/analyze', '{"id": ', TOKEN)), 'E_BAD_JSON');
  assert.equal(errorOf(await post('/api/analyze', '{"id": "x"}', TOKEN)), 'E_BAD_INPUT');
  const empty = await post('/api/analyze', '{"text": "   "}', TOKEN);
  assert.deepEqual([empty.status, errorOf(empty)], [422, 'E_EMPTY_INPUT']);
  const big = await post('/api/analyze', JSON.stringify({ text: 'ا'.repeat(70 * 1024) }), TOKEN);
  assert.deepEqual([big.status, errorOf(big)], [413, 'E_TOO_LARGE']);
  const s1 = await post('/api/articles', input, TOKEN);
  assert.deepEqual([s1.status, s1.body.status, s1.body.key], [200, 'added', 'id:p1']);
  const s2 = await post('/api/articles', input, TOKEN);
  assert.deepEqual([s2.body.status, s2.body.id], ['unchanged', s1.body.id]);
  assert.equal((await get(`/api/search?q=${encodeURIComponent('المعلمين')}`)).body.total, 1);
  assert.equal((await post('/api/articles', input)).status, 401);
});

test('errors are JSON without stack traces; unknown endpoints are 404; the OpenAPI description lists the endpoints', async () => {
  const r = await get('/api/nothing');
  assert.equal(r.status, 404);
  assert.equal(errorOf(r), 'E_NOT_FOUND');
  for (const path of ['/api/search', '/api/articles/nope', '/api/events?limit=x', '/api/nothing']) {
    assert.doesNotMatch((await get(path)).text, /\bat .+\.(ts|js):\d+/, path);
  }
  const doc = await get('/openapi.json');
  for (const p of ['/api/search', '/api/articles/{id}', '/api/events', '/api/events/{id}', '/api/actors', '/api/actors/{code}', '/api/dyads/{a}/{b}/timeline', '/api/stats', '/api/analyze', '/api/articles']) {
    assert.ok(doc.body.paths[p], p);
  }
});
}

test('tokenMatches compares in constant time whatever the lengths', () => {
  assert.equal(tokenMatches('abc', 'abc'), true);
  assert.equal(tokenMatches('abd', 'abc'), false);
  assert.equal(tokenMatches('a', 'a much longer token'), false);
  assert.equal(tokenMatches(undefined, 'abc'), false);
});
