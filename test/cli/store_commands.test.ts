/**
 * The store's commands through the real binary, on each engine (a SQLite file, and a PostgreSQL
 * database when one is reachable): ingest the bundled examples and the seed, then search, events
 * (table, JSONL, CSV), the Morocco–Israel timeline, actors --top and stats.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../src/data.ts';
import { CSV_COLUMNS } from '../../src/store/export.ts';
import { sharedDataFile } from '../../src/shared-data.ts';
import { runCli } from '../helpers/cli.ts';
import { ENGINES, pgSchemaUrl, type Engine } from '../helpers/engines.ts';
import { tempDir } from '../helpers/store.ts';

const seedDir = sharedDataFile('seed');

for (const engine of ENGINES) describe(`store commands on ${engine.name}`, { skip: engine.skip }, () => commands(engine));

function commands(engine: Engine): void {
let dir = '';
let db = '';
const cleanups: (() => unknown)[] = [];
/** A new empty database of the engine: a file in the temporary folder, or a fresh PostgreSQL schema. */
const newDb = (name: string): string => {
  if (engine.name === 'sqlite') return path.join(dir, `${name}.db`);
  const s = pgSchemaUrl();
  cleanups.push(s.drop);
  return s.url;
};

before(async () => {
  const t = tempDir('rasd-cli-store-');
  dir = t.dir;
  cleanups.push(t.cleanup);
  db = newDb('rasd');
  const paths = [path.join(PROJECT_ROOT, 'examples'), ...(seedDir ? [seedDir] : [])];
  const r = await runCli(['ingest', ...paths, '--db', db, '--threads', '0']);
  assert.equal(r.code, 0, r.stderr);
});
after(async () => {
  for (const c of cleanups) await c();
});

test('rasd ingest prints a one-line JSON summary when not on a terminal, and a second run adds nothing', async () => {
  const r = await runCli(['ingest', path.join(PROJECT_ROOT, 'examples'), '--db', db, '--threads', '0']);
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout) as { added: number; updated: number; unchanged: number; failed: number; db: string };
  assert.deepEqual([s.added, s.updated, s.failed], [0, 0, 0]);
  assert.ok(s.unchanged >= 5);
  assert.equal(s.db, db);
  if (engine.name === 'postgres') {
    // a password in the address is never printed (the test server trusts local logins, so any password connects)
    const withPassword = db.replace('postgres://root@', 'postgres://root:secret@');
    const p = await runCli(['ingest', path.join(PROJECT_ROOT, 'examples'), '--db', withPassword, '--threads', '0']);
    assert.equal(p.code, 0, p.stderr);
    assert.doesNotMatch(p.stdout + p.stderr, /secret/);
    assert.equal((JSON.parse(p.stdout) as { db: string }).db, db.replace('postgres://root@', 'postgres://root:***@'));
  }
});

test('rasd ingest: a missing path is an error of the run, the rest is stored, exit status 1', async () => {
  const other = newDb('other');
  const r = await runCli(['ingest', path.join(dir, 'nope.txt'), path.join(PROJECT_ROOT, 'examples'), '--db', other, '--threads', '0']);
  assert.equal(r.code, 1);
  const s = JSON.parse(r.stdout) as { added: number; failed: number; errors: { item: string; code: string }[] };
  assert.ok(s.added >= 5);
  assert.deepEqual(s.errors.map((e) => e.code), ['E_IO']);
  assert.ok(s.errors[0]!.item.endsWith('nope.txt'));
});

test('rasd search finds Arabic words with clitics, with snippets marked, and --json', async () => {
  const r = await runCli(['search', 'الأردن', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^\d+ articles\n/);
  assert.match(r.stdout, /«[وبلف]?الأردن»/u, 'the match is marked in the snippet');
  const j = await runCli(['search', 'الأردن', '--db', db, '--json', '--limit', '1']);
  const res = JSON.parse(j.stdout) as { total: number; hits: { snippet: { text: string; highlights: { start: number; end: number }[] } }[] };
  assert.ok(res.total >= 1);
  assert.equal(res.hits.length, 1);
  const h = res.hits[0]!.snippet;
  assert.match(h.text.slice(h.highlights[0]!.start, h.highlights[0]!.end), /الأردن$/u);
  const bad = await runCli(['search', 'x', '--db', db, '--from', '12/09/2022']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /E_USAGE.*--from/);
  if (engine.name === 'sqlite') {
    const none = await runCli(['search', 'x', '--db', path.join(dir, 'absent.db')]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /E_STORE: no database at .*absent\.db/);
  } else {
    const none = await runCli(['search', 'x', '--db', 'postgres://rasd:secret@127.0.0.1:1/none']);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /E_STORE: cannot .*postgres:\/\/rasd:\*\*\*@127\.0\.0\.1:1\/none/);
    assert.doesNotMatch(none.stderr, /secret/);
  }
});

test('rasd events --format csv: event-data columns, one row per merged event; jsonl agrees', async () => {
  const r = await runCli(['events', '--db', db, '--format', 'csv']);
  assert.equal(r.code, 0, r.stderr);
  const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]!), [...CSV_COLUMNS]);
  const j = await runCli(['events', '--db', db, '--format', 'jsonl']);
  const events = j.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; type: string; cameo: string; quad: number; mentions: number });
  assert.equal(rows.length, events.length);
  for (const [i, row] of rows.entries()) {
    const e = events[i]!;
    assert.equal(Number(row.event_id), e.id);
    assert.equal(row.plover_type, e.type);
    assert.equal(row.cameo, e.cameo);
    assert.ok(['1', '2', '3', '4'].includes(row.quad_class!), `quad class ${row.quad_class}`);
    assert.ok(Number(row.num_mentions) >= 1 && Number(row.num_articles) >= 1);
    assert.ok(row.evidence!.length > 0);
  }
  const typed = await runCli(['events', '--db', db, '--type', 'consult', '--format', 'jsonl']);
  for (const l of typed.stdout.trim().split('\n')) assert.equal((JSON.parse(l) as { type: string }).type, 'CONSULT');
  const bad = await runCli(['events', '--db', db, '--type', 'VISIT']);
  assert.equal(bad.code, 2);
});

test('rasd timeline MAR ISR: the seed\'s Morocco–Israel events in the order of their own dates', async (t) => {
  if (!seedDir) return t.skip('the seed is missing (set RASD_DATA to the shared data folder)');
  const r = await runCli(['timeline', 'MAR', 'ISR', '--db', db, '--format', 'jsonl']);
  assert.equal(r.code, 0, r.stderr);
  const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { date: string; type: string; mode: string | null; source: { country: string } });
  const dated = events.map((e) => `${e.date} ${e.type}/${e.mode ?? ''} ${e.source.country}`);
  for (const want of ['2020-12-10 SUPPORT', '2021-11-24 AGREE/sign MAR', '2022-07 CONSULT/visit ISR', '2022-09-12 CONSULT/visit MAR']) {
    assert.ok(dated.some((d) => d.startsWith(want)), `${want} in ${dated.join(' | ')}`);
  }
  const order = ['2020-12-10', '2021-11-24', '2022-07', '2022-09-12'].map((d) => events.findIndex((e) => e.date === d));
  assert.deepEqual([...order].sort((a, b) => a - b), order, 'in date order');
  const table = await runCli(['timeline', 'ISR', 'MAR', '--db', db]);
  assert.match(table.stdout, /2022-09-12\s+CONSULT\/visit\s+MAR\.MIL → ISR/);
});

test('rasd actors --top and rasd stats', async () => {
  const a = await runCli(['actors', '--top', '5', '--db', db, '--json']);
  assert.equal(a.code, 0, a.stderr);
  const top = JSON.parse(a.stdout) as { actor: string; events: number; byType: Record<string, number> }[];
  assert.ok(top.length > 0 && top.length <= 5);
  for (let i = 1; i < top.length; i++) assert.ok(top[i - 1]!.events >= top[i]!.events, 'most active first');
  for (const x of top) assert.equal(Object.values(x.byType).reduce((s, n) => s + n, 0), x.events);
  const s = await runCli(['stats', '--db', db, '--json']);
  const st = JSON.parse(s.stdout) as { articles: number; events: number; articleEvents: number; runs: { status: string }[] };
  assert.ok(st.articles >= 5);
  assert.ok(st.events > 0 && st.events <= st.articleEvents);
  assert.ok(st.runs.every((r) => r.status === 'done'));
  const text = await runCli(['stats', '--db', db]);
  assert.match(text.stdout, /^articles\s+\d+ \(\d+ stories/);
  const bad = await runCli(['actors', '--db', db]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--top N/);
});
}
