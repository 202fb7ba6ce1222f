/** `rasd tag --conll`: output-format.md's pre-tokenised interface, through the real binary. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/cli.ts';
import { sharedDataFile, missingDataMessage } from '../../src/shared-data.ts';
import { readConll } from '../../src/ner/conll.ts';
import { defaultNerTagger } from '../../src/ner/tagger.ts';
import { LABELS } from '../../src/ner/labels.ts';
import { seqeval } from '../../src/ner/seqeval.ts';

const LABEL_RE = /^(O|[BI]-(PERS|LOC|ORG|MISC))$/;

test('rasd tag --conll keeps every line, appends one label, keeps blank lines (tabs, CRLF, extra columns, leading blanks)', async () => {
  const input = '\nقال\tVBD\nالرئيس\tNN\nمحمد\tNNP\nمرسي\tNNP\r\n\r\n\n في\nالقاهرة\n.\n';
  const r = await runCli(['tag', '--conll'], input);
  assert.equal(r.code, 0, r.stderr);
  const inLines = input.replace(/\r/g, '').split('\n');
  const outLines = r.stdout.split('\n');
  assert.equal(outLines.length, inLines.length);
  for (let i = 0; i < inLines.length; i++) {
    const a = inLines[i]!.trimEnd();
    const b = outLines[i]!;
    if (a.trim() === '') {
      assert.equal(b, '', `line ${i + 1} stays blank`);
      continue;
    }
    const sep = a.includes('\t') ? '\t' : ' ';
    assert.ok(b.startsWith(a + sep), `line ${i + 1}: ${JSON.stringify(b)} starts with the input line`);
    assert.match(b.slice(a.length + 1), LABEL_RE);
  }
});

test('rasd tag without --conll, or with a missing file, is a coded usage/IO error', async () => {
  const a = await runCli(['tag'], 'x\n');
  assert.equal(a.code, 2);
  assert.match(a.stderr, /E_USAGE/);
  const b = await runCli(['tag', '--conll', '/nonexistent/file.conll']);
  assert.equal(b.code, 1);
  assert.match(b.stderr, /E_IO/);
});

const testPath = sharedDataFile('anercorp', 'test.txt');
test('rasd tag --conll round-trips ANERcorp test.txt (same tokens and lines) and its labels score as the library does', { skip: testPath ? false : missingDataMessage('anercorp', 'test.txt') }, async () => {
  const text = readFileSync(testPath!, 'utf8');
  // feed only the tokens (the gold column is ignored anyway, but keep the test honest)
  const tokensOnly = text.split('\n').map((l) => l.split(' ')[0] ?? '').join('\n');
  const r = await runCli(['tag', '--conll'], tokensOnly);
  assert.equal(r.code, 0, r.stderr);
  const inLines = tokensOnly.split('\n');
  const outLines = r.stdout.split('\n');
  assert.equal(outLines.length, inLines.length, 'same number of lines');
  const pred: string[][] = [];
  let cur: string[] = [];
  for (let i = 0; i < inLines.length; i++) {
    if (inLines[i] === '') {
      assert.equal(outLines[i], '');
      if (cur.length) pred.push(cur);
      cur = [];
      continue;
    }
    const [tok, lab, ...rest] = outLines[i]!.split(' ');
    assert.equal(tok, inLines[i]);
    assert.equal(rest.length, 0);
    assert.match(lab!, LABEL_RE);
    cur.push(lab!);
  }
  if (cur.length) pred.push(cur);
  const gold = readConll(text, true);
  assert.equal(pred.length, gold.length);
  const lib = defaultNerTagger().tagDocument(gold.map((s) => s.tokens)).map((p) => Array.from(p, (l) => LABELS[l]!));
  assert.deepEqual(pred, lib, 'the streaming CLI gives exactly the labels of tagDocument over the whole file');
  const f1 = seqeval(gold.map((s) => s.labels!), pred).micro.f1;
  assert.ok(f1 > 0);
});

test('rasd tag --conll reads a named pipe (FIFO) and refuses a directory with E_IO', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'rasd-fifo-')), 'in.conll');
  execFileSync('mkfifo', [fifo]);
  const [a] = await Promise.all([runCli(['tag', '--conll', fifo]), writeFile(fifo, 'بغداد\n')]);
  assert.equal(a.code, 0, a.stderr);
  assert.match(a.stdout, /^بغداد [BI]-LOC\n$/);
  const b = await runCli(['tag', '--conll', 'src']);
  assert.equal(b.code, 1);
  assert.match(b.stderr, /E_IO: src: is a directory/);
});
