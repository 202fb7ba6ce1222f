/**
 * The headline cut (src/doc/headline.ts) on real news: articles with titles from the shared corpus go
 * through the reader and analyzeArticle, and every span of the result must lie in the body and read
 * its own text — what output v1 promises (skipped when the corpus is missing).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../src/analyze.ts';
import { checkDoc } from '../../src/doc/invariants.ts';
import { toOutputV1 } from '../../src/output/v1.ts';
import { readText } from '../../src/reader/text.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';

const FILES = ['ant_multisource.jsonl', 'aljazeera_palestine_excerpts.jsonl'];
const PER_FILE = 250;

for (const name of FILES) {
  const file = sharedDataFile('news', name);
  test(`headline cut on ${name}: every span of the output lies in the body and reads its text`, { skip: file ? false : missingDataMessage('news', name) }, () => {
    const rows = readFileSync(file!, 'utf8').split('\n').filter(Boolean).slice(0, PER_FILE).map((l) => JSON.parse(l) as { id: string; title?: string; text: string; published?: string });
    let titled = 0;
    let events = 0;
    let headlineMentions = 0;
    for (const r of rows) {
      if (!r.title?.trim() || !r.text?.trim()) continue;
      let read;
      try {
        read = readText(r.text, { title: r.title, published: r.published ?? null });
      } catch (err) {
        // (an article whose lines are all page debris has no body: a coded error, nothing to cut)
        assert.equal((err as { code?: string }).code, 'E_EMPTY_INPUT', r.id);
        continue;
      }
      titled++;
      const doc = analyzeArticle(read);
      assert.deepEqual(checkDoc(doc), [], r.id);
      const out = toOutputV1(r.id, doc);
      const text = out.article.text;
      const reads = (s: { start: number; end: number; text: string }, what: string): void => {
        assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end, `${r.id} ${what} ${s.start}-${s.end} outside the body`);
        assert.equal(text.slice(s.start, s.end), s.text, `${r.id} ${what}`);
      };
      for (const t of out.timexes) reads(t, 'timex');
      for (const e of out.entities) reads(e, 'entity');
      for (const e of out.events) {
        events++;
        reads(e.trigger, 'trigger');
        assert.deepEqual(e.trigger, e.mentions[0]!.trigger, `${r.id}: the trigger is the first mention's`);
        assert.ok(e.trigger.start >= e.sentence.start && e.trigger.end <= e.sentence.end, `${r.id}: the trigger lies in its sentence`);
        for (const m of e.mentions) reads(m.trigger, 'mention');
        for (const side of [e.source, e.target]) {
          for (const a of side) reads(a, 'side');
          assert.equal(new Set(side.map((a) => a.start)).size, side.length, `${r.id}: a side named twice`);
        }
        if (e.location) reads(e.location, 'location');
        if (e.timex !== null) assert.ok(out.timexes.some((t) => t.id === e.timex), `${r.id}: timex ${e.timex} exists`);
      }
      for (const e of doc.layers.events ?? []) if (e.why.some((w) => w.includes('headline'))) headlineMentions++;
    }
    assert.ok(titled >= 100, `${titled} titled articles read`);
    assert.ok(events > 0, 'events found');
    // (the headline did inform some of them: a side or a mention from it)
    assert.ok(headlineMentions > 0, 'some events drew on the headline');
  });
}
