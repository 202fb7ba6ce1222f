/**
 * Ingest from files, directories and stdin: bad items are recorded and the run goes on, a second
 * run adds nothing, a changed file updates its article, worker threads give what the main thread
 * gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ingest } from '../../src/ingest/ingest.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { tempDir } from '../helpers/store.ts';

const ARTICLE = 'الرباط - أجرى وزير الخارجية المغربي ناصر بوريطة اليوم الاثنين زيارة رسمية إلى القاهرة.\n\nوتعد مصر من أكبر الشركاء التجاريين للمغرب في القارة الأفريقية.';
const PAGE = '<!doctype html><html><head><title>اجتماع في عمان</title></head><body><article><h1>اجتماع في عمان</h1><p>عقد وزيرا خارجية الأردن ومصر اجتماعا في عمان يوم الأحد لبحث الأوضاع في المنطقة وسبل دعم الاستقرار.</p><p>وأكد الجانبان أهمية مواصلة التنسيق بين البلدين في مختلف الملفات، ولا سيما ملفات المياه والطاقة والنقل، واتفقا على عقد اجتماع للجنة العليا المشتركة في القاهرة قبل نهاية العام الجاري.</p><p>وكان الملك الأردني قد استقبل الوزير المصري في قصر الحسينية في وقت سابق من اليوم.</p></article></body></html>';

function corpus(dir: string): void {
  mkdirSync(path.join(dir, 'nested'), { recursive: true });
  writeFileSync(path.join(dir, 'visit.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'nested', 'page.html'), PAGE);
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 255, 254, 0, 0, 0, 7, 8, 0, 0, 0, 0, 0, 0]));
  writeFileSync(path.join(dir, 'notes.md'), 'not an input: skipped by extension');
  writeFileSync(path.join(dir, 'batch.jsonl'), [
    JSON.stringify({ id: 'j1', source: 'الأهرام', published: '2023-04-20', text: 'القاهرة - اجتمع ممثلو مصر وإسرائيل في القاهرة لبحث التهدئة في قطاع غزة.' }),
    '{"id": "j2", "text": "broken',
    JSON.stringify({ id: 'j3', title: 'بلا نص' }),
    '',
    JSON.stringify({ id: 'j4', published: '2023-05-02', text: 'القدس - قالت صحيفة محلية إن اسرائيل تدرس خفض عدد العمال القادمين من الضفة الغربية.' }),
  ].join('\n') + '\n');
}

test('ingest: files, directories and JSON lines; bad items are recorded by path and line and the rest is stored; a second run adds nothing', async () => {
  const { dir, cleanup } = tempDir('rasd-ingest-');
  try {
    corpus(dir);
    const store = new SqliteStore(path.join(dir, 'rasd.db'));
    const first = await ingest(store, { paths: [dir, path.join(dir, 'missing.txt')] }, { threads: 0, batchSize: 2 });
    assert.deepEqual([first.added, first.updated, first.unchanged, first.failed], [4, 0, 0, 4]);
    assert.equal(first.items, 8);
    const errs = new Map(first.errors.map((e) => [e.item.replace(dir, '<dir>'), e.code]));
    assert.deepEqual(Object.fromEntries(errs), {
      '<dir>/missing.txt': 'E_IO',
      '<dir>/batch.jsonl:2': 'E_BAD_JSON',
      '<dir>/batch.jsonl:3': 'E_BAD_INPUT',
      '<dir>/binary.txt': 'E_NOT_TEXT',
    });
    assert.equal((await store.errors(first.runId)).length, 4, 'the errors are stored with the run');
    const keys = (store.db.prepare('SELECT key FROM articles ORDER BY id').pluck().all() as string[]).map((k) => k.replace(dir, '<dir>'));
    assert.deepEqual(keys, ['id:j1', 'id:j4', 'file:<dir>/nested/page.html', 'file:<dir>/visit.txt'], 'stored in input order');
    const page = (await store.article(`file:${path.join(dir, 'nested', 'page.html')}`))!;
    assert.equal(page.analysis.article.title, 'اجتماع في عمان');

    const second = await ingest(store, { paths: [dir] }, { threads: 0 });
    assert.deepEqual([second.added, second.updated, second.unchanged, second.failed], [0, 0, 4, 3]);
    assert.equal((await store.stats()).articles, 4);

    // a changed file updates its article; the same content under another name is stored once
    writeFileSync(path.join(dir, 'visit.txt'), ARTICLE.replace('اليوم الاثنين', 'أمس الأحد'));
    writeFileSync(path.join(dir, 'copy.txt'), ARTICLE.replace('اليوم الاثنين', 'أمس الأحد'));
    const third = await ingest(store, { paths: [path.join(dir, 'visit.txt'), path.join(dir, 'copy.txt')] }, { threads: 0 });
    assert.deepEqual([third.added, third.updated, third.unchanged, third.failed], [0, 1, 1, 0]);
    assert.match((await store.article(`file:${path.join(dir, 'visit.txt')}`))!.analysis.article.text, /أمس الأحد/);
    const runs = (await store.stats()).runs;
    assert.deepEqual(runs.map((r) => r.status), ['done', 'done', 'done']);
    await store.close();
  } finally {
    cleanup();
  }
});

test('ingest: JSON lines on stdin (-), and worker threads store what the main thread stores', async () => {
  const { dir, cleanup } = tempDir('rasd-ingest-');
  try {
    corpus(dir);
    const lines = [
      JSON.stringify({ id: 's1', text: ARTICLE, published: '2023-03-06' }),
      'not json',
      JSON.stringify({ id: 's2', html: PAGE, published: '2023-03-05' }),
    ].join('\n');
    const dump = (s: SqliteStore): unknown => ({
      articles: s.db.prepare('SELECT id, key, content_hash, story_id, analysis FROM articles ORDER BY id').all(),
      events: s.db.prepare('SELECT * FROM events ORDER BY id').all(),
    });
    const a = new SqliteStore(path.join(dir, 'a.db'));
    const ra = await ingest(a, { paths: ['-', dir], stdin: Readable.from([lines]) }, { threads: 0 });
    const b = new SqliteStore(path.join(dir, 'b.db'));
    const rb = await ingest(b, { paths: ['-', dir], stdin: Readable.from([lines]) }, { threads: 2, batchSize: 3 });
    assert.deepEqual([ra.added, ra.failed], [6, 4]);
    assert.deepEqual([rb.added, rb.failed], [ra.added, ra.failed]);
    assert.deepEqual(ra.errors.find((e) => e.item === 'stdin:2')?.code, 'E_BAD_JSON');
    // a stdin line over the limit is E_TOO_LARGE (it was E_INTERNAL), and the next line is stored
    const c = new SqliteStore(path.join(dir, 'c.db'));
    const long = JSON.stringify({ id: 'long', text: 'ا'.repeat(2000) });
    const rc = await ingest(c, { paths: ['-'], stdin: Readable.from([`${long}\n${lines.split('\n')[0]}\n`]) }, { threads: 0, maxBytes: 1000 });
    assert.deepEqual(rc.errors.map((e) => [e.item, e.code]), [['stdin:1', 'E_TOO_LARGE']]);
    assert.equal(rc.added, 1);
    await c.close();
    assert.deepEqual(dump(b), dump(a));
    await a.close();
    await b.close();
  } finally {
    cleanup();
  }
});

test('ingest: an article that needs more memory than a worker may use fails alone with E_TOO_LARGE; the run goes on', { timeout: 120_000 }, async () => {
  const { dir, cleanup } = tempDir('rasd-ingest-');
  try {
    const sentence = 'قال وزير الخارجية المغربي ناصر بوريطة إن المغرب يدعم الحل السياسي في ليبيا. ';
    const lines = [
      JSON.stringify({ id: 'huge', text: sentence.repeat(Math.ceil(4_000_000 / sentence.length)).slice(0, 4_000_000) }),
      JSON.stringify({ id: 'small', text: ARTICLE }),
    ].join('\n');
    const store = new SqliteStore(path.join(dir, 'rasd.db'));
    const r = await ingest(store, { paths: ['-'], stdin: Readable.from([lines]) }, { threads: 1, workerHeapMb: 200 });
    assert.deepEqual([r.added, r.failed], [1, 1]);
    assert.equal(r.errors[0]!.item, 'stdin:1');
    assert.equal(r.errors[0]!.code, 'E_TOO_LARGE');
    assert.match(r.errors[0]!.message, /more memory than an ingest worker may use \(200 MB/);
    assert.ok(await store.article('small'));
    await store.close();
  } finally {
    cleanup();
  }
});
