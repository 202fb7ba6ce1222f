/**
 * The store, one suite run on every engine (SQLite, and PostgreSQL when reachable), on articles
 * written for these tests: idempotent writes and updates, Arabic search with its filters, errors,
 * all-or-nothing batches, near-duplicate stories, and events merged across articles. Then what
 * each engine adds: schema versions and refusals.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { MIGRATIONS } from '../../src/store/schema.ts';
import { RasdError } from '../../src/errors.ts';
import { PostgresStore } from '../../src/store/pg.ts';
import { PG_MIGRATIONS } from '../../src/store/pg-schema.ts';
import type { ArticleRecord } from '../../src/store/types.ts';
import { ENGINES, pgMissing, pgSchemaUrl, storeWith, type Engine } from '../helpers/engines.ts';
import { ISRAEL, recordOf, tempDir, VISIT } from '../helpers/store.ts';

for (const engine of ENGINES) describe(`store on ${engine.name}`, { skip: engine.skip }, () => suite(engine));

function suite(engine: Engine): void {
const keysOf = (hits: { key: string }[]): string[] => hits.map((h) => h.key).sort();

test('search: إسرائيل finds لإسرائيل، وإسرائيل، اسرائيل, and not the nisba الإسرائيلي nor an unrelated article', async () => {
  const { store, t } = await storeWith(engine, ISRAEL);
  for (const q of ['إسرائيل', 'اسرائيل', 'لإسرائيل', 'وإسرائيل']) {
    const r = await store.search(q);
    assert.deepEqual(keysOf(r.hits), ['id:c1', 'id:c2', 'id:c3'], q);
    assert.equal(r.total, 3);
  }
  const r = await store.search('إسرائيل');
  for (const h of r.hits) {
    assert.ok(h.snippet.highlights.length > 0, `${h.key} has a highlighted match`);
    for (const m of h.snippet.highlights) assert.match(h.snippet.text.slice(m.start, m.end), /^[وبل]?[إا]سرائيل$/u);
  }
  assert.deepEqual(keysOf((await store.search('الإسرائيلي')).hits), ['id:c5']);
  assert.deepEqual(keysOf((await store.search('"المسجد الأقصى"')).hits), ['id:c1'], 'a phrase');
  assert.deepEqual((await store.search('"الأقصى المسجد"')).hits, [], 'a phrase keeps its order');
  await assert.rejects(store.search('،،،'), (e: RasdError) => e.code === 'E_USAGE');
  await t.dispose();
});

test('search filters: publication range, outlet, actor, event type, paging', async () => {
  const { store, t } = await storeWith(engine, ISRAEL);
  assert.deepEqual(keysOf((await store.search('إسرائيل', { from: '2023-04-10' })).hits), ['id:c2', 'id:c3']);
  assert.deepEqual(keysOf((await store.search('إسرائيل', { to: '2023-04-20' })).hits), ['id:c1', 'id:c2']);
  assert.deepEqual(keysOf((await store.search('إسرائيل', { source: 'أهرام' })).hits), ['id:c2', 'id:c3']);
  assert.deepEqual(keysOf((await store.search('إسرائيل', { actor: 'EGY' })).hits), ['id:c2']);
  assert.deepEqual(keysOf((await store.search('إسرائيل', { actor: 'JOR' })).hits), ['id:c1']);
  const consult = await store.search('إسرائيل', { type: 'CONSULT' });
  assert.deepEqual(keysOf(consult.hits), ['id:c2'], 'only c2 reports a meeting');
  const page1 = await store.search('إسرائيل', { limit: 2 });
  const page2 = await store.search('إسرائيل', { limit: 2, offset: 2 });
  assert.equal(page1.total, 3);
  assert.equal(page1.hits.length, 2);
  assert.equal(page2.hits.length, 1);
  assert.equal(new Set([...page1.hits, ...page2.hits].map((h) => h.key)).size, 3);
  await t.dispose();
});

test('writes are idempotent by content hash; a new content under the same key replaces the article and its layers', async () => {
  const { store, run, t } = await storeWith(engine, ISRAEL.slice(0, 2));
  const again = await store.writeBatch(run, [await recordOf(ISRAEL[0]!)], []);
  assert.deepEqual(again, ['unchanged']);
  const changed = { ...ISRAEL[0]!, text: 'عمان - استدعت وزارة الخارجية الأردنية السفير الإسرائيلي احتجاجا على اقتحام المسجد الأقصى.' };
  assert.deepEqual(await store.writeBatch(run, [await recordOf(changed)], []), ['updated']);
  const s = await store.stats();
  assert.equal(s.articles, 2);
  const a = (await store.article('c1'))!;
  assert.equal(a.analysis.article.text, changed.text);
  assert.deepEqual(keysOf((await store.search('مذكرة')).hits), [], 'the old text is no longer indexed');
  assert.deepEqual(keysOf((await store.search('استدعت')).hits), ['id:c1']);
  const entities = Number(await t.scalar('SELECT count(*) FROM entities WHERE article_id = ?', [a.id]));
  assert.equal(entities, a.analysis.entities.length, 'the entity layer was replaced, not added to');
  const events = Number(await t.scalar('SELECT count(*) FROM article_events WHERE article_id = ?', [a.id]));
  assert.equal(events, a.analysis.events.length);
  await t.dispose();
});

test('a batch is all or nothing, and errors are recorded with their item and code', async () => {
  const { store, run, t } = await storeWith(engine, ISRAEL.slice(0, 1));
  const good = await recordOf(ISRAEL[1]!);
  const broken = { ...(await recordOf(ISRAEL[2]!)) } as ArticleRecord;
  (broken as { analysis: unknown }).analysis = { ...broken.analysis, entities: null };
  await assert.rejects(store.writeBatch(run, [good, broken], [{ item: 'x.jsonl:3', code: 'E_BAD_JSON', message: 'bad' }]), (e: RasdError) => e.code === 'E_STORE');
  assert.equal((await store.stats()).articles, 1, 'the good article of the failed batch was not stored either');
  assert.deepEqual(await store.errors(), []);
  await store.writeBatch(run, [good], [{ item: 'x.jsonl:3', code: 'E_BAD_JSON', message: 'the line is not valid JSON' }]);
  assert.equal((await store.stats()).articles, 2);
  assert.deepEqual(await store.errors(run), [{ runId: run, item: 'x.jsonl:3', code: 'E_BAD_JSON', message: 'the line is not valid JSON' }]);
  await t.dispose();
});

test('an id, title or outlet holding U+0000 is stored, found and listed on every engine (PostgreSQL text cannot hold it: U+FFFD there)', async () => {
  const nul = { id: 'n\u0000ul', title: 'عنوان\u0000', source: 'وكالة\u0000', published: '2023-05-05', text: ISRAEL[0]!.text! };
  const { store, t } = await storeWith(engine, [nul]);
  const a = await store.article('n\u0000ul');
  assert.ok(a, 'found by its id');
  assert.equal(a.analysis.article.text, ISRAEL[0]!.text);
  assert.equal((await store.search('مذكرة', { source: 'وكالة\u0000' })).total, 1);
  assert.equal((await store.stats()).articles, 1);
  await t.dispose();
});

// --- events across articles -------------------------------------------------------------------


test('three articles reporting one visit give one event with three mentions, three articles and two sources', async () => {
  const { store, t } = await storeWith(engine, VISIT);
  const { events, total } = await store.events({ dyad: ['MAR', 'EGY'], type: 'CONSULT' });
  assert.equal(total, 2, 'the March visit and the April visit');
  const [march, april] = events;
  assert.equal(march!.date, '2023-03-06');
  assert.equal(march!.mode, 'visit');
  assert.deepEqual([march!.mentions, march!.articles, march!.sources], [3, 3, 2]);
  assert.equal(march!.source.country, 'MAR');
  assert.equal(march!.target.country, 'EGY');
  const evidence = await store.eventEvidence(march!.id);
  assert.deepEqual(evidence.map((e) => e.key), ['id:v1', 'id:v2', 'id:v3']);
  for (const e of evidence) assert.ok(e.sentence.includes(e.trigger.text), 'each report points to its sentence and trigger');
  assert.equal(april!.date, '2023-04-11');
  assert.deepEqual([april!.mentions, april!.articles, april!.sources], [1, 1, 1]);
  assert.deepEqual((await store.timeline('EGY', 'MAR')).map((e) => e.date), ['2023-03-06', '2023-04-11'], 'either order of the dyad');
  await t.dispose();
});

test('merging does not depend on the order articles were stored in', async () => {
  const groups = async (order: number[], batches: number): Promise<string[]> => {
    const t = await engine.open();
    const store = t.store;
    const run = await store.beginRun('t');
    const recs = await Promise.all(order.map((i) => recordOf(VISIT[i]!)));
    const size = Math.ceil(recs.length / batches);
    for (let i = 0; i < recs.length; i += size) await store.writeBatch(run, recs.slice(i, i + size), []);
    const out: string[] = [];
    for (const e of (await store.events()).events) {
      const keys = (await store.eventEvidence(e.id)).map((x) => x.key).sort();
      out.push(`${e.type} ${e.date} ${e.mentions}/${e.articles}/${e.sources} ${keys.join(',')}`);
    }
    await t.dispose();
    return out.sort();
  };
  const a = await groups([0, 1, 2, 3], 1);
  assert.deepEqual(await groups([3, 2, 1, 0], 4), a);
  assert.deepEqual(await groups([2, 0, 3, 1], 2), a);
});

// --- near-duplicate stories -------------------------------------------------------------------

const STORY = 'أعلنت الحكومة التونسية اليوم الخميس عن حزمة من الإجراءات الاقتصادية العاجلة لدعم المؤسسات الصغيرة والمتوسطة المتضررة من ارتفاع أسعار الطاقة، وتشمل الحزمة تأجيل سداد القروض لمدة ستة أشهر وتخفيض الضرائب على المواد الأولية المستوردة.\n\nوقال وزير الاقتصاد في مؤتمر صحفي بالعاصمة إن هذه الإجراءات ستكلف خزينة الدولة نحو ثلاثمئة مليون دينار، مؤكدا أن الحكومة تسعى إلى الحفاظ على مواطن الشغل في القطاع الخاص.';

test('near-duplicates: a reprint and a light rewrite join the story; another article does not', async () => {
  const reprint = STORY.replace('اليوم الخميس', 'الخميس').replace('بالعاصمة', 'بتونس العاصمة') + '\n\nوكانت نقابات رجال الأعمال قد طالبت بهذه الإجراءات منذ أشهر.';
  const { store, t } = await storeWith(engine, [
    { id: 's1', source: 'جوهرة أف أم', published: '2023-02-02', text: STORY },
    { id: 's2', source: 'وكالة تونس أفريقيا للأنباء', published: '2023-02-02', text: reprint },
    { id: 's3', source: 'جوهرة أف أم', published: '2023-02-03', text: ISRAEL[3]!.text! + ' ' + STORY.split('\n\n')[1]!.split('،')[0] },
    ISRAEL[1]!,
  ]);
  const story = async (k: string): Promise<unknown> => t.scalar('SELECT story_id FROM articles WHERE key = ?', [`id:${k}`]);
  const s1 = await story('s1');
  assert.equal(await story('s2'), s1, 'the rewrite is the same story');
  assert.notEqual(await story('s3'), s1);
  assert.notEqual(await story('c2'), s1);
  assert.equal((await store.stats()).stories, 3);
  await t.dispose();
});
}

// --- what each engine adds ------------------------------------------------------------------

test('SQLite schema: migrations set the version; a newer database or a file that is not one is a coded error naming it', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = path.join(dir, 'a.db');
    const s = new SqliteStore(file);
    assert.equal(s.schemaVersion, MIGRATIONS.length);
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
    await s.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    assert.throws(() => new SqliteStore(file), (e: RasdError) => e.code === 'E_STORE' && e.message.includes(file) && /newer/.test(e.message));
    const junk = path.join(dir, 'junk.db');
    writeFileSync(junk, Buffer.from('this is not a database, just some text that is long enough to look like a header '.repeat(20)));
    assert.throws(() => new SqliteStore(junk), (e: RasdError) => e.code === 'E_STORE' && e.message.includes(junk));
  } finally {
    cleanup();
  }
});

test('PostgreSQL schema: migrations set the version in the schema asked for; a newer database is refused, an unreachable server is a coded error naming it', { skip: pgMissing }, async () => {
  const { url, schema, drop } = pgSchemaUrl();
  try {
    const s = new PostgresStore(url);
    assert.equal(await s.schemaVersion(), PG_MIGRATIONS.length);
    assert.equal(s.schema, schema);
    await s.query('UPDATE rasd_schema SET version = $1', [PG_MIGRATIONS.length + 1]);
    await s.close();
    const newer = new PostgresStore(url);
    await assert.rejects(newer.stats(), (e: RasdError) => e.code === 'E_STORE' && /newer/.test(e.message) && e.message.includes(schema));
    await newer.close();
  } finally {
    await drop();
  }
  const gone = new PostgresStore('postgres://rasd:secret@127.0.0.1:1/none');
  await assert.rejects(gone.stats(), (e: RasdError) => e.code === 'E_STORE' && e.message.includes('127.0.0.1:1') && !e.message.includes('secret'));
  await gone.close();
  assert.throws(() => new PostgresStore('postgres://root@127.0.0.1/test?schema=Bad-Name'), (e: RasdError) => e.code === 'E_USAGE');
});
