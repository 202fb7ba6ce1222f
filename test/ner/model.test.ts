import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ALLOWED, LABELS, NUM_LABELS, labelIndex } from '../../src/ner/labels.ts';
import { LinearChainModel, readModelFile, viterbi, writeModelFile } from '../../src/ner/model.ts';
import { DEFAULT_MODEL_PATH, loadNerTagger } from '../../src/ner/tagger.ts';
import { FEATURE_VERSION } from '../../src/ner/features.ts';
import { RasdError } from '../../src/errors.ts';
import { loadNerResources } from '../../src/ner/resources.ts';

const L = NUM_LABELS;

test('BIO constraints: I-X only after B-X or I-X, never first', () => {
  const ok = (p: string | null, c: string): boolean => ALLOWED[(p === null ? L : labelIndex(p)) * L + labelIndex(c)] === 1;
  assert.equal(ok(null, 'I-PERS'), false);
  assert.equal(ok(null, 'B-PERS'), true);
  assert.equal(ok('O', 'I-LOC'), false);
  assert.equal(ok('B-LOC', 'I-LOC'), true);
  assert.equal(ok('I-LOC', 'I-LOC'), true);
  assert.equal(ok('B-ORG', 'I-LOC'), false);
  assert.equal(ok('I-ORG', 'B-ORG'), true);
  assert.equal(ok('B-MISC', 'O'), true);
});

test('viterbi never outputs an I- that breaks BIO, even when emissions prefer it', () => {
  const n = 3;
  const emit = new Float64Array(n * L);
  // every token prefers I-PERS strongly, B-LOC a little
  for (let i = 0; i < n; i++) {
    emit[i * L + labelIndex('I-PERS')] = 10;
    emit[i * L + labelIndex('B-LOC')] = 1;
  }
  const out = new Int32Array(n);
  viterbi(emit, n, new Float32Array((L + 1) * L), out);
  assert.deepEqual(Array.from(out, (l) => LABELS[l]), ['B-PERS', 'I-PERS', 'I-PERS']);
});

test('viterbi follows transitions: a strong O→O bonus beats weak emissions', () => {
  const n = 2;
  const emit = new Float64Array(n * L);
  emit[labelIndex('B-ORG')] = 1;
  const trans = new Float32Array((L + 1) * L);
  trans[L * L + 0] = 5; // start → O
  const out = new Int32Array(n);
  viterbi(emit, n, trans, out);
  assert.deepEqual(Array.from(out, (l) => LABELS[l]), ['O', 'O']);
  viterbi(emit, 0, trans, out); // empty sentence: no crash
});

test('model file round-trips (weights quantised to int16, hash lookups, header)', () => {
  const keys = Uint32Array.from([7, 3, 0xfffffff1]);
  const weights = new Float32Array(3 * L).map((_, i) => (i % 5) - 2);
  const transitions = new Float32Array((L + 1) * L).map((_, i) => i / 10);
  const bytes = LinearChainModel.serialize(
    { featureVersion: FEATURE_VERSION, labels: LABELS, resources: { clusters: 'abc' }, lexicon: { مصر: [3, 0, 3, 0, 0] }, training: {} },
    { keys, weights, transitions },
  );
  const file = writeModelFile([bytes, bytes]);
  const stages = readModelFile(file);
  assert.equal(stages.length, 2);
  const m = stages[0]!;
  assert.equal(m.header.rows, 3);
  assert.deepEqual(m.header.lexicon, { مصر: [3, 0, 3, 0, 0] });
  for (let r = 0; r < 3; r++) {
    const row = m.row(keys[r]!);
    assert.ok(row >= 0);
    for (let l = 0; l < L; l++) assert.ok(Math.abs(m.weights[row * L + l]! - weights[r * L + l]!) < 1e-3);
  }
  assert.equal(m.row(12345), -1);
  assert.deepEqual(Array.from(m.transitions), Array.from(transitions));
  // deterministic bytes
  assert.deepEqual(LinearChainModel.serialize({ featureVersion: FEATURE_VERSION, labels: LABELS, resources: { clusters: 'abc' }, lexicon: { مصر: [3, 0, 3, 0, 0] }, training: {} }, { keys, weights, transitions }), bytes);
});

test('a missing, corrupt or truncated model file gives E_MODEL naming the file and how to retrain', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-ner-'));
  const cases: [string, Buffer | null][] = [
    ['missing.bin', null],
    ['garbage.bin', Buffer.from('not a model at all')],
    ['wrong-magic.bin', gzipSync(Buffer.from('XXXXXXXX\0\0\0\0'))],
    ['truncated.bin', writeModelFile([Buffer.concat([Buffer.from('RASDNER1'), Buffer.from([10, 0, 0, 0]), Buffer.from('{"format":1')])])],
    ['cut-short.bin', gzipSync(gunzipSync(readFileSync(DEFAULT_MODEL_PATH)).subarray(0, 5000))],
  ];
  for (const [name, bytes] of cases) {
    const p = path.join(dir, name);
    if (bytes) writeFileSync(p, bytes);
    assert.throws(
      () => loadNerTagger(p),
      (err: unknown) => err instanceof RasdError && err.code === 'E_MODEL' && err.message.includes(p) && err.message.includes('npm run train:ner'),
      name,
    );
  }
});

test('the committed model loads and matches this code and the resource files', () => {
  const t = loadNerTagger();
  assert.equal(t.model.header.featureVersion, FEATURE_VERSION);
  assert.ok(t.model.header.rows > 1000);
});

test('a corrupt clusters or gazetteers file gives E_MODEL naming the file and how to rebuild', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-ner-res-'));
  const badClusters = path.join(dir, 'clusters.tsv');
  writeFileSync(badClusters, '0101\tword-without-count\n');
  const badGaz = path.join(dir, 'gazetteers.json');
  writeFileSync(badGaz, '{"classes": ');
  for (const [opts, file] of [[{ clustersPath: badClusters }, badClusters], [{ gazetteersPath: badGaz }, badGaz]] as const) {
    assert.throws(
      () => loadNerResources(opts),
      (err: unknown) => err instanceof RasdError && err.code === 'E_MODEL' && err.message.includes(file) && err.message.includes('npm run train:ner'),
    );
  }
});

test('a model trained with other resource files is refused (E_MODEL, says why)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-ner-res2-'));
  const otherClusters = path.join(dir, 'clusters.tsv');
  writeFileSync(otherClusters, '0\tمصر\t5\n1\tفي\t9\n');
  const res = loadNerResources({ clustersPath: otherClusters });
  assert.throws(
    () => loadNerTagger(DEFAULT_MODEL_PATH, res),
    (err: unknown) => err instanceof RasdError && err.code === 'E_MODEL' && /trained with another clusters/.test(err.message),
  );
});
