import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readText } from '../../src/reader/text.ts';
import { RasdError } from '../../src/errors.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';

interface NewsRow {
  id: string;
  text: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
}

const NEWS = sharedDataFile('news');
const skip = NEWS === null ? missingDataMessage('news') : false;

function loadRows(file: string): NewsRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as NewsRow);
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
/** Reasons whose lines may be long (an app promotion sentence, a disclaimer, a linked headline). */
const LONG_DEBRIS = new Set(['app promo', 'disclaimer', 'related article', 'dateline']);
const WORD_RE = /\p{L}{2,}/gu;
const nonSpace = (s: string): number => s.replace(/\s+/gu, '').length;

describe('readText over the shared news corpora (robustness)', { skip }, () => {
  const files = NEWS === null ? [] : readdirSync(NEWS).filter((f) => f.endsWith('.jsonl')).sort();

  for (const f of files) {
    test(f, (t) => {
      const rows = loadRows(path.join(NEWS!, f));
      const reasons = new Map<string, number>();
      const errors = new Map<string, number>();
      let inChars = 0;
      let outChars = 0;
      const longDrops: string[] = [];
      for (const r of rows) {
        let a;
        try {
          a = readText(r.text, { title: r.title ?? null, published: r.published ?? null, url: r.url ?? null });
        } catch (e) {
          assert.ok(e instanceof RasdError, `${r.id}: threw ${String(e)}`);
          errors.set(e.code, (errors.get(e.code) ?? 0) + 1);
          assert.equal(e.code, 'E_EMPTY_INPUT', `${r.id}: ${e.message}`);
          continue;
        }
        assert.ok(a.paragraphs.length > 0, r.id);
        // control characters are replaced by spaces; everything else is a verbatim span of the input
        const source = r.text.replace(CONTROLS, ' ');
        for (const p of a.paragraphs) {
          assert.ok(p.length > 0 && p === p.trim(), `${r.id}: empty or untrimmed paragraph`);
          assert.ok(source.includes(p), `${r.id}: paragraph is not a span of the input: ${p.slice(0, 40)}`);
        }
        if (r.title) assert.equal(a.title, r.title.trim(), `${r.id}: the given title wins`);
        if (r.published) assert.equal(a.published, r.published, `${r.id}: the given date wins`);
        for (const d of a.dropped) {
          reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1);
          // a long dropped line must be boilerplate known to be long, never a paragraph
          if (d.text.length >= 120 && (d.text.match(WORD_RE) ?? []).length >= 8 && !LONG_DEBRIS.has(d.reason)) longDrops.push(`${r.id} [${d.reason}] ${d.text.slice(0, 60)}`);
        }
        inChars += nonSpace(r.text);
        outChars += nonSpace(a.paragraphs.join(''));
      }
      const kept = outChars / inChars;
      t.diagnostic(`${rows.length} articles, kept ${(100 * kept).toFixed(2)}% of non-space characters; errors ${JSON.stringify(Object.fromEntries(errors))}`);
      t.diagnostic(`dropped: ${JSON.stringify(Object.fromEntries([...reasons].sort((x, y) => y[1] - x[1])))}`);
      if (f.startsWith('ant_multisource')) {
        // Already clean texts: debris rules must not eat content.
        assert.ok(kept >= 0.9, `kept ${kept}`);
        assert.deepEqual(longDrops, []);
        // only the opinion pieces whose TEXT is the disclaimer alone are empty
        assert.ok((errors.get('E_EMPTY_INPUT') ?? 0) <= 5);
      }
    });
  }

  test('speed over ant_multisource (reported; loose floor)', { skip: sharedDataFile('news', 'ant_multisource.jsonl') === null }, (t) => {
    const rows = loadRows(sharedDataFile('news', 'ant_multisource.jsonl')!);
    const run = (): void => {
      for (const r of rows) {
        try {
          readText(r.text, { title: r.title ?? null, published: r.published ?? null });
        } catch {
          /* counted above */
        }
      }
    };
    run(); // warm-up
    const t0 = performance.now();
    let reps = 0;
    while (performance.now() - t0 < 1500) {
      run();
      reps++;
    }
    const perSecond = (reps * rows.length) / ((performance.now() - t0) / 1000);
    t.diagnostic(`readText: ${Math.round(perSecond)} articles/s on one core`);
    assert.ok(perSecond > 1000, `readText is far too slow: ${Math.round(perSecond)} articles/s`);
  });
});
