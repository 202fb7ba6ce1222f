/**
 * PostgreSQL with several writers at once (as with many ingest workers): overlapping batches
 * written concurrently through separate connections store every article once, and the stories
 * and merged events equal those of one writer storing everything in one batch.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PostgresStore } from '../../src/store/pg.ts';
import type { ArticleRecord, Store } from '../../src/store/types.ts';
import { pgMissing, pgSchemaUrl } from '../helpers/engines.ts';
import { ISRAEL, recordOf, VISIT } from '../helpers/store.ts';

async function merged(store: Store): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await store.events()).events) {
    const keys = (await store.eventEvidence(e.id)).map((x) => x.key).sort();
    out.push(`${e.type} ${e.date} ${e.day} ${e.source.actor}>${e.target.actor} ${e.mentions}/${e.articles}/${e.sources} ${keys.join(',')}`);
  }
  return out.sort();
}

test('concurrent writers on PostgreSQL: each article once, the same merged events as one writer', { skip: pgMissing }, async () => {
  const records: ArticleRecord[] = await Promise.all([...VISIT, ...ISRAEL].map((i) => recordOf(i)));
  const one = pgSchemaUrl();
  const many = pgSchemaUrl();
  const single = new PostgresStore(one.url);
  const writers = Array.from({ length: 4 }, () => new PostgresStore(many.url));
  try {
    await single.writeBatch(await single.beginRun('one'), records, []);
    const runs = await Promise.all(writers.map((w, i) => w.beginRun(`writer ${i}`)));
    // each writer gets an overlapping, differently ordered share: every record is written by two writers
    const shares = writers.map((_, i) => records.filter((_, k) => k % 4 === i || (k + 1) % 4 === i).reverse());
    const statuses = await Promise.all(writers.map((w, i) => w.writeBatch(runs[i]!, shares[i]!, [])));
    const flat = statuses.flat();
    assert.equal(flat.filter((s) => s === 'added').length, records.length, 'each article added once');
    assert.equal(flat.filter((s) => s === 'unchanged').length, records.length, 'its second write found it stored');
    const s = await writers[0]!.stats();
    const t = await single.stats();
    assert.equal(s.articles, records.length);
    assert.deepEqual([s.stories, s.articleEvents, s.events, s.entities], [t.stories, t.articleEvents, t.events, t.entities]);
    assert.deepEqual(await merged(writers[0]!), await merged(single));
  } finally {
    await single.close();
    for (const w of writers) await w.close();
    await one.drop();
    await many.drop();
  }
});
