/**
 * The event coder's fast word look-up (src/events/code.ts: a Bloom filter over the lexicon's keys,
 * then a flat table of word flags) must give every word exactly the flags the full look-up gives:
 * the filter may let a word through that has none (a false positive), never drop one that has some.
 * Checked on the lexicon's own words with every proclitic the variants strip (و ف ب ل ك, their
 * pairs, لل for ال), on the shipped examples, and on real news from the shared corpus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createDoc } from '../../src/doc/doc.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import '../../src/pipeline/components.ts';
import { wordFlagMismatches } from '../../src/events/code.ts';
import { defaultEventLexicon } from '../../src/events/lexicon.ts';
import { defaultKb } from '../../src/actors/kb.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';

const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'ال', 'وال', 'بال', 'وبال', 'كال', 'فال'];

/** The word keys of a text, as the coder sees them (the tokens' `norm`). */
function wordKeys(text: string): string[] {
  const doc = runPipeline(createDoc([text], { title: null, published: '2024-01-01', url: null, captions: [], dropped: [], format: 'text' }), { referenceDate: '2024-01-01' }, ['tokenize']);
  return (doc.layers.tokens ?? []).filter((t) => t.kind === 'word').map((t) => t.norm);
}

test('word flags: the lexicon\'s own words, with every proclitic, get the flags of the full look-up', () => {
  const lex = defaultEventLexicon();
  const kb = defaultKb();
  const base = new Set<string>([...lex.forms.keys(), ...lex.phrases.keys(), ...lex.cueStarts, ...lex.phraseWords, ...lex.purpose, ...lex.syntax.peopleNouns.keys(), ...lex.syntax.placeNouns, ...lex.syntax.opinionVerbs, ...lex.syntax.clauseOpeners, ...lex.syntax.complementizers, ...lex.syntax.causeWords, ...kb.nisbas.keys(), ...kb.needsEntity]);
  const keys: string[] = [];
  for (const k of base) {
    for (const p of PREFIXES) keys.push(p + k);
    // لل for ال (للرئاسة), and ولل / فلل
    if (k.startsWith('ال')) for (const p of ['ل', 'ول', 'فل']) keys.push(p + k.slice(1));
  }
  assert.ok(keys.length > 100_000, `only ${keys.length} words made`);
  assert.deepEqual(wordFlagMismatches(keys, lex), []);
});

test('word flags: every word of the shipped examples gets the flags of the full look-up', () => {
  const dir = new URL('../../examples/', import.meta.url);
  const keys = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => wordKeys(readFileSync(new URL(f, dir), 'utf8')));
  assert.ok(keys.length > 500, `only ${keys.length} words read`);
  assert.deepEqual(wordFlagMismatches(keys), []);
});

const corpus = sharedDataFile('news', 'ant_multisource.jsonl');
test('word flags: every word of 500 real articles gets the flags of the full look-up', { skip: corpus ? false : missingDataMessage('news', 'ant_multisource.jsonl') }, () => {
  const rows = readFileSync(corpus!, 'utf8').split('\n').filter(Boolean).slice(0, 500).map((l) => JSON.parse(l) as { text: string });
  const keys = new Set(rows.flatMap((r) => wordKeys(r.text)));
  assert.ok(keys.size > 20_000, `only ${keys.size} distinct words read`);
  assert.deepEqual(wordFlagMismatches(keys), []);
});
