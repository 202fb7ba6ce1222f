/**
 * The server's security, on each store engine: injection strings in every query and path
 * parameter of every endpoint are answered as data (a result or a coded 400), never reach the SQL
 * or the full-text query language, and leave the database as it was; no path traversal out of
 * the UI folder, even through raw request lines; no CORS; the security headers on every answer;
 * loopback by default.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/types.ts';
import { ENGINES, storeWith, type Engine, type TestStore } from '../helpers/engines.ts';
import { ISRAEL, tempDir, VISIT } from '../helpers/store.ts';

/** Strings that would change a query if they reached SQL, FTS5 or tsquery syntax. */
const HOSTILE = [
  "' OR '1'='1", "'; DROP TABLE articles; --", '" OR ""="', "1; DELETE FROM events", "1 UNION SELECT key, text FROM articles",
  "%' OR source LIKE '%", '%', '_', '\\', "\\' --", 'NEAR(إسرائيل مصر)', 'title:إسرائيل', 'إسرائيل OR مصر', '* AND *', '^إسرائيل',
  "'إسرائيل' & !'مصر'", 'إسرائيل:*', 'إسرائيل <-> مصر', '!!', '(((', '\u0000', '\u202e', 'MAR.%', 'MAR/', '../../etc/passwd',
  'a'.repeat(5000),
];

const ENDPOINTS = (x: string): string[] => {
  const e = encodeURIComponent(x);
  return [
    `/api/search?q=${e}`, `/api/search?q=${encodeURIComponent('إسرائيل')}&source=${e}`, `/api/search?q=${encodeURIComponent('إسرائيل')}&actor=${e}`,
    `/api/search?q=${encodeURIComponent('إسرائيل')}&type=${e}`, `/api/search?q=${encodeURIComponent('إسرائيل')}&from=${e}`, `/api/search?q=x&limit=${e}`, `/api/search?q=x&offset=${e}`,
    `/api/events?actor=${e}`, `/api/events?type=${e}`, `/api/events?from=${e}`, `/api/events?to=${e}`, `/api/events?dyad=${e}`, `/api/events?limit=${e}`, `/api/events?format=${e}`,
    `/api/articles/${e}`, `/api/events/${e}`, `/api/actors/${e}`, `/api/actors?limit=${e}`, `/api/dyads/${e}/MAR/timeline`, `/api/dyads/EGY/${e}/timeline`,
  ];
};

for (const engine of ENGINES) describe(`server security on ${engine.name}`, { skip: engine.skip }, () => security(engine));

function security(engine: Engine): void {
  let t: TestStore;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    ({ t, store } = await storeWith(engine, [...ISRAEL, ...VISIT]));
    app = createApp(store, { token: 'secret-token' });
  });
  after(() => t.dispose());

  test('injection strings in every parameter of every endpoint are data: a result or a coded 4xx, never a 500, and the database is unchanged', async () => {
    const before = await store.stats();
    const fingerprint = async (): Promise<unknown> => [(await store.events()).events.map((e) => e.id), (await store.search('إسرائيل')).total, await t.scalar('SELECT count(*) FROM entities')];
    const was = await fingerprint();
    let requests = 0;
    for (const x of HOSTILE) {
      for (const url of ENDPOINTS(x)) {
        const r = await app.request(url);
        requests++;
        const text = await r.text();
        assert.ok(r.status === 200 || r.status === 400 || r.status === 404, `${url.slice(0, 120)} → ${r.status} ${text.slice(0, 200)}`);
        if (r.status !== 200) {
          const body = JSON.parse(text) as { error: { code: string; message: string } };
          assert.match(body.error.code, /^E_(USAGE|NOT_FOUND)$/, url);
          assert.doesNotMatch(body.error.message, /SQLITE|syntax error|at .*\.ts:\d+/i, 'no engine error or stack trace leaks');
        }
        if (url.startsWith('/api/search?q=') && r.status === 200 && !/^[\p{L}\s]+$/u.test(x)) {
          // query syntax is not obeyed: an OR or a NOT never widens or narrows the match
          const hits = (JSON.parse(text) as { total: number }).total;
          assert.ok(hits <= (await store.search('إسرائيل')).total, `${x} → ${hits} hits`);
        }
      }
    }
    assert.ok(requests >= HOSTILE.length * 20);
    const after = await store.stats();
    assert.deepEqual({ ...after, runs: after.runs.length }, { ...before, runs: before.runs.length });
    assert.deepEqual(await fingerprint(), was);
  });

  test('hostile strings in a posted article are stored and answered as text', async () => {
    const text = `عمان - أعلن وزير الخارجية الأردني <script>alert(1)</script> ' OR 1=1 -- أن بلاده سلمت مذكرة احتجاج لإسرائيل "; DROP TABLE events; --.`;
    const r = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token' }, body: JSON.stringify({ id: 'hostile', text }) });
    assert.equal(r.status, 200, await r.clone().text());
    const a = await (await app.request('/api/articles/hostile')).json() as { analysis: { article: { text: string } } };
    assert.ok(a.analysis.article.text.includes("<script>alert(1)</script> ' OR 1=1 --"), 'kept as it was, as text');
    assert.ok((await store.stats()).events > 0, 'the events table is still there');
  });
}

describe('server boundaries', () => {
  let dir = '';
  let cleanup = (): void => {};
  let port = 0;
  let close = (): Promise<void> => Promise.resolve();
  let t: TestStore;
  before(async () => {
    ({ dir, cleanup } = tempDir('rasd-sec-'));
    // a UI folder, and a secret beside it that must never be served
    mkdirSync(path.join(dir, 'ui', 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'ui', 'index.html'), '<!doctype html><title>rasd</title>');
    writeFileSync(path.join(dir, 'ui', 'assets', 'app.js'), 'console.log("ui")');
    writeFileSync(path.join(dir, 'secret.txt'), 'TOP-SECRET-CONTENT');
    t = await ENGINES[0]!.open();
    const app = createApp(t.store, { uiDir: path.join(dir, 'ui') });
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    port = (server.address() as AddressInfo).port;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  });
  after(async () => {
    await close();
    await t.dispose();
    cleanup();
  });

  /** Sends a raw request line (no client-side normalisation of `..`) and returns the whole answer. */
  function raw(target: string, headers: Record<string, string> = {}, method = 'GET'): Promise<string> {
    return new Promise((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`);
      });
      let out = '';
      s.on('data', (b: Buffer) => { out += b.toString('utf8'); });
      s.on('end', () => resolve(out));
      s.on('error', reject);
    });
  }

  test('no path traversal out of the UI folder, however the path is written', async () => {
    assert.match(await raw('/assets/app.js'), /console\.log\("ui"\)/, 'the UI files are served');
    for (const target of ['/../secret.txt', '/assets/../../secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/assets/..\\..\\secret.txt',
      '/assets/%252e%252e/secret.txt', '/assets/....//....//secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%c0%ae%c0%ae/secret.txt', '/assets/app.js%00.txt']) {
      const answer = await raw(target);
      assert.doesNotMatch(answer, /TOP-SECRET-CONTENT|root:x:0:0/, target);
      assert.match(answer, /^HTTP\/1\.1 (200|400|404)/, `${target}: ${answer.slice(0, 60)}`);
    }
  });

  test('no CORS: a cross-origin request or preflight gets no Access-Control-Allow-* header', async () => {
    const get = await raw('/api/stats', { Origin: 'https://evil.example' });
    assert.match(get, /^HTTP\/1\.1 200/);
    assert.doesNotMatch(get, /access-control-allow/i);
    const pre = await raw('/api/articles', { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' }, 'OPTIONS');
    assert.doesNotMatch(pre, /access-control-allow/i);
  });

  test('security headers on API answers, errors and UI pages', async () => {
    for (const target of ['/api/stats', '/api/nope', '/', '/assets/app.js']) {
      const h = (await raw(target)).split('\r\n\r\n')[0]!.toLowerCase();
      assert.match(h, /content-security-policy: default-src 'self';.*frame-ancestors 'none'/, target);
      assert.match(h, /x-content-type-options: nosniff/, target);
      assert.match(h, /x-frame-options: sameorigin/, target);
      assert.match(h, /referrer-policy: no-referrer/, target);
      assert.doesNotMatch(h, /x-powered-by/, target);
    }
  });

  test('rasd serve binds to loopback unless told otherwise', async () => {
    const { registerServeCommand } = await import('../../src/cli/commands/serve.ts');
    const { Command } = await import('commander');
    const program = new Command();
    registerServeCommand(program);
    const serveCmd = program.commands.find((c) => c.name() === 'serve')!;
    assert.equal(serveCmd.opts().host ?? serveCmd.options.find((o) => o.long === '--host')!.defaultValue, '127.0.0.1');
  });
});
