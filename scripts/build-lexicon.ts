/**
 * Builds `data/lang/ar/lexicon_counts.json`, the word-frequency lexicon the clitic segmenter uses to
 * check that what remains after removing a clitic is a word (see src/tokenize/clitics.ts).
 *
 * Counts every Arabic letter run in the `text` and `title` of the shared news corpora
 * (`$RASD_DATA/news/*.jsonl`), keyed by its letter view (`normalizeLetters`: NFKC, no diacritics or
 * tatweel, hamza forms, ى and ة kept). Words seen at least `MIN_COUNT` times are stored in
 * quarter-octave buckets (`bucket = round(4 · log2(count))`), which keeps the file small.
 *
 * Run: `npm run train:lexicon` (deterministic for a given corpus).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/data.ts';
import { sharedDataRoot } from '../src/shared-data.ts';
import { normalizeLetters } from '../src/lang/ar/normalize.ts';

/** Words seen fewer times than this are left out. */
const MIN_COUNT = 3;
/** An Arabic letter run: letters, presentation forms, tatweel and Arabic marks (no digits or punctuation). */
const AR_RUN_RE = /[\u0621-\u065f\u0670-\u06d3\ufb50-\ufdfb\ufe70-\ufefc]+/g;
/** A letter-view word made of Arabic letters only. */
const LETTERS_ONLY_RE = /^[\u0621-\u063a\u0641-\u064a\u0671]{2,}$/;

interface NewsRecord {
  readonly title?: string | null;
  readonly text?: string | null;
}

function main(): void {
  const dir = path.join(sharedDataRoot(), 'news');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const counts = new Map<string, number>();
  for (const f of files) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as NewsRecord;
      for (const field of [rec.title, rec.text]) {
        if (!field) continue;
        for (const m of field.matchAll(AR_RUN_RE)) {
          const w = normalizeLetters(m[0]);
          if (LETTERS_ONLY_RE.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
        }
      }
    }
  }
  const buckets = new Map<number, string[]>();
  for (const [w, c] of counts) {
    if (c < MIN_COUNT) continue;
    const b = Math.round(4 * Math.log2(c));
    let list = buckets.get(b);
    if (!list) buckets.set(b, (list = []));
    list.push(w);
  }
  const out: Record<string, string> = {};
  for (const b of [...buckets.keys()].sort((x, y) => x - y)) out[String(b)] = buckets.get(b)!.sort().join(' ');
  const file = {
    description:
      'Arabic word frequencies (letter view: NFKC, no diacritics or tatweel, hamza forms, alef maksura and teh marbuta kept) counted over the shared news corpora, for the clitic segmenter. Built by scripts/build-lexicon.ts (npm run train:lexicon).',
    scale: 'each key is a bucket b; the words in it were seen about 2^(b/4) times',
    minCount: MIN_COUNT,
    corpora: files,
    buckets: out,
  };
  const target = path.join(PROJECT_ROOT, 'data', 'lang', 'ar', 'lexicon_counts.json');
  writeFileSync(target, JSON.stringify(file, null, 1) + '\n');
  const kept = [...buckets.values()].reduce((a, l) => a + l.length, 0);
  console.log(`${counts.size} word types, ${kept} kept (count >= ${MIN_COUNT}) -> ${target}`);
}

// run only when executed as a script, never on import
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
