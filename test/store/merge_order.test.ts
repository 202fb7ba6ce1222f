/**
 * Merged events do not depend on the order articles are stored in (many workers store them in
 * any order): 400 real news articles stored in file order and in reverse give the same merged
 * events — members, date, sides, first report and evidence — compared by article key, since
 * storage ids differ. (A bug fixed here: ties between equally frequent sides or equally early
 * reports went to the lower storage id.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';
import type { AnalyzeInput } from '../../src/reader/input.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { ArticleRecord } from '../../src/store/types.ts';
import { recordOf } from '../helpers/store.ts';

const NEWS = ['news', 'aljazeera_palestine_excerpts.jsonl'];
const news = sharedDataFile(...NEWS);

async function mergedByKey(records: readonly ArticleRecord[]): Promise<string[]> {
  const store = new SqliteStore(':memory:');
  const run = await store.beginRun('t');
  for (let i = 0; i < records.length; i += 50) await store.writeBatch(run, records.slice(i, i + 50), []);
  const out: string[] = [];
  for (const e of (await store.events()).events) {
    const keys = (await store.eventEvidence(e.id)).map((x) => `${x.key}#${x.eventId}`).sort();
    const first = (await store.article(e.firstArticleId))!.key;
    out.push(JSON.stringify({ ...e, id: 0, firstArticleId: first, keys }));
  }
  await store.close();
  return out.sort();
}

test('merged events are the same whatever order the articles were stored in (400 real articles, forward and reversed)', { skip: news ? false : missingDataMessage(...NEWS), timeout: 120_000 }, async () => {
  const lines = readFileSync(news!, 'utf8').split('\n').filter((l) => l.trim()).slice(0, 400);
  const records = await Promise.all(lines.map((l, i) => recordOf(JSON.parse(l) as AnalyzeInput, `news:${i + 1}`)));
  const forward = await mergedByKey(records);
  const reversed = await mergedByKey([...records].reverse());
  assert.ok(forward.length > 300, `${forward.length} merged events`);
  assert.deepEqual(reversed, forward);
});
