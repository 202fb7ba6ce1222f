import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BOUNDARY } from '../../src/ner/brown.ts';
import { cosine, kmeans, trainSkipGram } from '../../src/ner/embeddings.ts';
import { parseEmbClusters } from '../../src/ner/embclusters.ts';
import { rng } from '../../src/random.ts';
import { PROJECT_ROOT } from '../../src/data.ts';

/** Roles of a tiny grammar, "DET NOUN VERB PREP PLACE", several words each. */
const ROLES = [
  ['the', 'a', 'this', 'that'],
  ['cat', 'dog', 'bird', 'fox', 'cow'],
  ['runs', 'sleeps', 'sits', 'waits'],
  ['in', 'near', 'under'],
  ['paris', 'cairo', 'tunis', 'rome', 'doha'],
] as const;
const WORDS = ROLES.flat();
const ID = new Map<string, number>(WORDS.map((w, i) => [w, i]));
const ROLE_OF = ROLES.flatMap((ws, r) => ws.map(() => r));

function grammarCorpus(sentences: number, seed: number): Int32Array {
  const r = rng(seed);
  const out: number[] = [];
  for (let s = 0; s < sentences; s++) {
    for (const ws of ROLES) out.push(ID.get(ws[Math.floor(r() * ws.length)]!)!);
    out.push(BOUNDARY);
  }
  return Int32Array.from(out);
}

const SGNS = { dim: 20, window: 2, negatives: 5, epochs: 3, sample: 0, tableSize: 100_000, seed: 7 } as const;

describe('trainSkipGram', () => {
  const corpus = grammarCorpus(4000, 3);
  const vectors = trainSkipGram(corpus, WORDS.length, null, SGNS);

  test('returns vocabSize × dim finite numbers', () => {
    assert.equal(vectors.length, WORDS.length * SGNS.dim);
    assert.ok(vectors.every((x) => Number.isFinite(x)));
  });

  test('words of one role are closer than words of different roles', () => {
    let same = 0;
    let sameN = 0;
    let diff = 0;
    let diffN = 0;
    for (let a = 0; a < WORDS.length; a++) {
      // every word's nearest neighbour has its role
      let best = -1;
      let bestSim = -Infinity;
      for (let b = 0; b < WORDS.length; b++) {
        if (a === b) continue;
        const s = cosine(vectors, SGNS.dim, a, b);
        if (s > bestSim) {
          bestSim = s;
          best = b;
        }
        if (b > a) {
          if (ROLE_OF[a] === ROLE_OF[b]) {
            same += s;
            sameN++;
          } else {
            diff += s;
            diffN++;
          }
        }
      }
      assert.equal(ROLE_OF[best], ROLE_OF[a], `nearest neighbour of ${WORDS[a]} is ${WORDS[best]}`);
    }
    assert.ok(same / sameN > diff / diffN + 0.3, `mean cosine same role ${same / sameN}, different roles ${diff / diffN}`);
  });

  test('is deterministic', () => {
    const again = trainSkipGram(corpus, WORDS.length, null, SGNS);
    assert.deepEqual(again, vectors);
    const other = trainSkipGram(corpus, WORDS.length, null, { ...SGNS, seed: 8 });
    assert.notDeepEqual(other, vectors);
  });

  test('subsampling and explicit counts run; words with count 0 keep their initial vectors', () => {
    const counts = new Float64Array(WORDS.length + 1);
    for (const w of corpus) if (w >= 0) counts[w]!++;
    const withUnseen = trainSkipGram(corpus, WORDS.length + 1, counts, { ...SGNS, sample: 1e-2 });
    const untrained = trainSkipGram(new Int32Array(0), WORDS.length + 1, counts, { ...SGNS, sample: 1e-2 });
    const u = WORDS.length * SGNS.dim;
    assert.deepEqual(withUnseen.subarray(u), untrained.subarray(u));
    assert.ok(withUnseen.every((x) => Number.isFinite(x)));
  });

  test('empty corpus, boundaries only and bad ids', () => {
    assert.equal(trainSkipGram(new Int32Array(0), 0, null, SGNS).length, 0);
    assert.equal(trainSkipGram(Int32Array.from([BOUNDARY, BOUNDARY]), 3, null, SGNS).length, 3 * SGNS.dim);
    assert.throws(() => trainSkipGram(Int32Array.from([0, 5]), 3, null, SGNS), /not below vocabSize/);
    assert.throws(() => trainSkipGram(Int32Array.from([0, 1]), 2, null, { dim: 0 }), /dim/);
  });
});

/** `groups` tight groups of points around random directions in `dim` dimensions. */
function blobs(groups: number, perGroup: number, dim: number, seed: number): { points: Float32Array; truth: number[] } {
  const r = rng(seed);
  const centres: number[][] = [];
  for (let g = 0; g < groups; g++) centres.push(Array.from({ length: dim }, () => r() * 2 - 1));
  const points = new Float32Array(groups * perGroup * dim);
  const truth: number[] = [];
  let p = 0;
  // interleave the groups so that point order says nothing
  for (let i = 0; i < perGroup; i++) {
    for (let g = 0; g < groups; g++) {
      const scale = 0.5 + r() * 3; // k-means is on directions: the length must not matter
      for (let d = 0; d < dim; d++) points[p * dim + d] = (centres[g]![d]! + (r() - 0.5) * 0.1) * scale;
      truth.push(g);
      p++;
    }
  }
  return { points, truth };
}

describe('kmeans', () => {
  test('recovers well-separated groups', () => {
    const { points, truth } = blobs(6, 30, 8, 11);
    const got = kmeans(points, 8, 6, { seed: 5 });
    assert.equal(got.length, truth.length);
    // a bijection between found clusters and groups
    const map = new Map<number, number>();
    for (let p = 0; p < truth.length; p++) {
      const g = map.get(got[p]!);
      if (g === undefined) map.set(got[p]!, truth[p]!);
      else assert.equal(g, truth[p], `point ${p}`);
    }
    assert.equal(new Set(map.values()).size, 6);
    assert.equal(got[0], 0); // numbered by first occurrence
    assert.ok(Math.max(...got) === 5);
  });

  test('is deterministic', () => {
    const { points } = blobs(10, 20, 5, 12);
    assert.deepEqual(kmeans(points, 5, 7, { seed: 3 }), kmeans(points, 5, 7, { seed: 3 }));
  });

  test('k larger than the number of points, duplicates, zero vectors and empty input', () => {
    const three = Float32Array.from([1, 0, 0, 1, -1, 0]);
    const got = kmeans(three, 2, 10);
    assert.deepEqual([...got], [0, 1, 2]);
    const dupes = Float32Array.from([1, 0, 2, 0, 0, 1, 0, 3, 0, 0]);
    const d = kmeans(dupes, 2, 5);
    assert.equal(d[0], d[1]);
    assert.equal(d[2], d[3]);
    assert.notEqual(d[0], d[2]);
    assert.ok(Math.max(...d) < 5);
    assert.equal(kmeans(new Float32Array(0), 4, 3).length, 0);
    assert.deepEqual([...kmeans(Float32Array.from([1, 1]), 2, 1)], [0]);
    assert.throws(() => kmeans(three, 2, 0), /k must be/);
  });
});

describe('parseEmbClusters', () => {
  test('parses lines and skips comments and blank lines', () => {
    const m = parseEmbClusters('# header\nفي\t0\t0\t0\r\nقال\t3\t17\t1023\n\n');
    assert.deepEqual([...m.keys()], ['في', 'قال']);
    assert.deepEqual([...m.get('قال')!], [3, 17, 1023]);
  });

  test('errors name the line', () => {
    assert.throws(() => parseEmbClusters('# h\nفي\t0\t0\t0\nقال\t3\t17\n'), /line 3/);
    assert.throws(() => parseEmbClusters('a\t1\t2\tx'), /line 1/);
    assert.throws(() => parseEmbClusters('a\t1\t2\t3\nb\t1\t2\t3\t4'), /line 2/);
    assert.throws(() => parseEmbClusters('a\t1\t2\t70000'), /line 1/);
    assert.throws(() => parseEmbClusters('a\t1\t2\t3\na\t1\t2\t3'), /line 2.*twice/);
  });
});

describe('shipped data/ner/embclusters.tsv', () => {
  const file = path.join(PROJECT_ROOT, 'data', 'ner', 'embclusters.tsv');
  const missing = !existsSync(file);
  test('parses, with three cluster columns in range', { skip: missing && 'data/ner/embclusters.tsv is missing (npm run train:embeddings)' }, () => {
    const text = readFileSync(file, 'utf8');
    assert.match(text.split('\n')[0]!, /^# .*dim=\d+.*k=64,256,1024/);
    const m = parseEmbClusters(text);
    assert.ok(m.size > 1000, `${m.size} words`);
    const ks = [64, 256, 1024];
    const used = ks.map(() => new Set<number>());
    for (const ids of m.values()) {
      assert.equal(ids.length, 3);
      ids.forEach((c, i) => {
        assert.ok(c < ks[i]!, `cluster ${c} in column ${i + 2}`);
        used[i]!.add(c);
      });
    }
    used.forEach((s, i) => assert.ok(s.size > ks[i]! / 2, `${s.size} clusters used of ${ks[i]}`));
  });
});
