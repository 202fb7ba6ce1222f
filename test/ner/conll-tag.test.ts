/** tagConllStream: the library behind `rasd tag --conll` (line structure, streaming, bad lines). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { tagConllStream } from '../../src/ner/conll-tag.ts';
import { defaultNerTagger } from '../../src/ner/tagger.ts';

async function run(input: string, maxLineBytes?: number): Promise<{ out: string; problems: readonly string[]; sentences: number; tokens: number }> {
  let out = '';
  const r = await tagConllStream(Readable.from([Buffer.from(input)]), (s) => void (out += s), defaultNerTagger(), maxLineBytes);
  return { out, problems: r.problems, sentences: r.sentences, tokens: r.tokens };
}

test('tagConllStream: empty input gives empty output', async () => {
  const r = await run('');
  assert.equal(r.out, '');
  assert.equal(r.sentences, 0);
});

test('tagConllStream: only blank lines come back as blank lines', async () => {
  assert.equal((await run('\n\n\n')).out, '\n\n\n');
});

test('tagConllStream: a line over the limit is reported, written back as its label, and the rest goes on', async () => {
  const long = 'x'.repeat(100);
  const r = await run(`في\n${long}\nبغداد\n\nقال\n`, 50);
  const lines = r.out.split('\n');
  assert.equal(lines.length, 6);
  assert.match(lines[0]!, /^في O$/);
  assert.match(lines[1]!, /^(O|[BI]-[A-Z]+)$/, 'the long line is its label alone');
  assert.match(lines[2]!, /^بغداد [BI]-LOC$/);
  assert.equal(lines[3], '');
  assert.match(lines[4]!, /^قال O$/);
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0]!, /line 2: longer than 50 bytes/);
  assert.equal(r.sentences, 2);
  assert.equal(r.tokens, 4);
});

test('tagConllStream: invalid UTF-8 and binary bytes do not stop the stream', async () => {
  let out = '';
  const bytes = Buffer.concat([Buffer.from('في\n'), Buffer.from([0xff, 0xfe, 0x00, 0x41]), Buffer.from('\nمصر\n')]);
  const r = await tagConllStream(Readable.from([bytes]), (s) => void (out += s), defaultNerTagger());
  assert.equal(out.split('\n').length, 4);
  assert.equal(r.tokens, 3);
});

test('tagConllStream: output keeps its order across the stage-two window (more sentences than the window)', async () => {
  const sentences = Array.from({ length: 60 }, (_, i) => `جملة\nرقم\n${i}`);
  const r = await run(sentences.join('\n\n') + '\n');
  const outTokens = r.out.split('\n').filter(Boolean).map((l) => l.split(' ')[0]);
  const inTokens = sentences.join('\n').split('\n');
  assert.deepEqual(outTokens, inTokens);
  assert.equal(r.sentences, 60);
});

test('tagConllStream: a run of token lines with no blank line is tagged in pieces, every line kept', async () => {
  const n = 25_000;
  const r = await run(Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 'بغداد' : 'في')).join('\n') + '\n');
  const lines = r.out.split('\n');
  assert.equal(lines.length, n + 1);
  assert.equal(lines[n], '');
  assert.ok(lines.slice(0, n).every((l, i) => l.startsWith(i % 7 === 0 ? 'بغداد ' : 'في ')));
  assert.equal(r.tokens, n);
  assert.equal(r.sentences, 3, 'pieces of 10,000 lines');
});
