/**
 * Builds `data/actors/needs-entity.json`: the one-word names of the actor knowledge base that are
 * mostly ordinary words in real news (`بانه` a town in Iran and `بأنه` "that it", `مصيره` an island
 * and "its fate", `فتح` Fatah and "opened", `الحياة` a newspaper and "life"). The linker links such a
 * word only where the NER tagger marks it as a name, never as a nameless phrase.
 *
 * How: every article of `$RASD_DATA/news/*.jsonl` (the unlabelled news; no evaluation data) is read,
 * segmented and tagged; for each one-word knowledge-base name (with the proclitic variants the linker
 * uses) the script counts its occurrences and how many of them the tagger marks as an entity of their
 * own (the word alone, not a word inside a longer name such as `البيت` of `البيت الأبيض`). A name
 * seen at least MIN_SEEN times and tagged in less than half of them is written to the file, with
 * its counts. Only names of the kinds in {@link AUDITED} are audited. Deterministic (sorted; no timestamps).
 *
 * Run: `npm run build:actors:words` (about a minute).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/data.ts';
import { sharedDataFile, missingDataMessage } from '../src/shared-data.ts';
import { readText } from '../src/reader/text.ts';
import { analyzeArticle } from '../src/analyze.ts';
import { RasdError } from '../src/errors.ts';
import { loadKb } from '../src/actors/kb.ts';
import { keyVariants } from '../src/actors/link.ts';
import { wordKey } from '../src/ner/keys.ts';

const MIN_SEEN = 8;
const MAX_TAGGED_SHARE = 0.5;
/**
 * The kinds whose one-word names can be ordinary words. Aliases, IGOs, armed groups, movements and
 * named institutions are left out: the press uses those words as names (`الاحتلال`, `الحوثيون`,
 * `الكنيست`) even where the tagger, trained on names, does not mark them.
 */
const AUDITED = new Set(['place', 'country', 'media', 'business', 'party', 'religious', 'edu', 'ngo']);

const dir = sharedDataFile('news');
if (!dir) {
  console.error(missingDataMessage('news'));
  process.exit(2);
}
// the knowledge base's names (needs-entity.json, this script's output, does not change them)
const kb = loadKb();
/** one-word names → the kinds they are */
const single = new Map<string, Set<string>>();
for (const [k, node] of kb.names) {
  const kinds = new Set(node.vals.map((v) => v.kind));
  // Latin names (CNN, Facebook) are never Arabic words; the tagger just rarely marks Latin script
  if (kinds.size && [...kinds].every((kd) => AUDITED.has(kd)) && !/[a-z]/.test(k)) single.set(k, kinds);
}
const seen = new Map<string, { total: number; tagged: number }>();
let articles = 0;
for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text?: string; title?: string | null; published?: string | null };
    if (!r.text) continue;
    let doc;
    try {
      doc = analyzeArticle(readText(r.text, { title: r.title ?? null, published: null, url: null }), { pipeline: ['tokenize', 'sentences', 'ner'] });
    } catch (err) {
      if (err instanceof RasdError) continue;
      throw err;
    }
    articles++;
    const ents = doc.layers.entities ?? [];
    let e = 0;
    for (const t of doc.layers.tokens ?? []) {
      if (t.kind !== 'word') continue;
      while (e < ents.length && ents[e]!.end <= t.start) e++;
      // tagged as a name of its own: an entity that is this word (a proclitic may stay outside), not
      // a word inside a longer name (`البيت` of `البيت الأبيض`, `العربية` of `جامعة الدول العربية`)
      const inside = e < ents.length && ents[e]!.start >= t.start && ents[e]!.end === t.end;
      for (const v of keyVariants(wordKey(t.text))) {
        if (!single.has(v.key)) continue;
        const c = seen.get(v.key) ?? { total: 0, tagged: 0 };
        c.total++;
        if (inside) c.tagged++;
        seen.set(v.key, c);
        break;
      }
    }
  }
}
const words = [...seen]
  .filter(([, c]) => c.total >= MIN_SEEN && c.tagged / c.total < MAX_TAGGED_SHARE)
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .map(([key, c]) => ({ key, kinds: [...single.get(key)!].sort(), seen: c.total, tagged: c.tagged }));
const out = {
  description:
    'One-word names of the actor knowledge base that the shared news mostly uses as ordinary words: linked only where the NER tagger marks them as a name. Built by scripts/build-actor-words.ts (npm run build:actors:words) from $RASD_DATA/news/*.jsonl; keys are word keys (src/ner/keys.ts).',
  version: 1,
  articles,
  rule: `seen at least ${MIN_SEEN} times and tagged as part of an entity in under ${MAX_TAGGED_SHARE * 100}% of them`,
  words,
};
writeFileSync(path.join(PROJECT_ROOT, 'data', 'actors', 'needs-entity.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${articles} articles; ${seen.size} one-word names seen; ${words.length} written to data/actors/needs-entity.json`);
