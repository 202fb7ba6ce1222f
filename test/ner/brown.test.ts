import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BOUNDARY, brownClusters } from '../../src/ner/brown.ts';
import { loadClusters, parseClusters } from '../../src/ner/clusters.ts';
import { PROJECT_ROOT } from '../../src/data.ts';

import { rng } from '../../src/random.ts';

const WORDS = ['the', 'a', 'cat', 'dog', 'runs', 'sleeps', 'fast', 'now', '.'] as const;
const ID = new Map<string, number>(WORDS.map((w, i) => [w, i]));

/**
 * Sentences "DET NOUN VERB ADV ." from a tiny grammar, run together (so `.` precedes a determiner) or
 * with a boundary after each. (With boundaries, `.` is never on the left of a bigram and a
 * determiner never on the right, so merging them costs no information: the objective sees no
 * difference between them.)
 */
function grammarCorpus(sentences: number, seed: number, boundaries = false): Int32Array {
  const r = rng(seed);
  const pick = (xs: readonly string[]): number => ID.get(xs[Math.floor(r() * xs.length)]!)!;
  const out: number[] = [];
  for (let s = 0; s < sentences; s++) {
    out.push(pick(['the', 'a']), pick(['cat', 'dog']), pick(['runs', 'sleeps']), pick(['fast', 'now']), ID.get('.')!);
    if (boundaries) out.push(BOUNDARY);
  }
  return Int32Array.from(out);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function assertPrefixFree(paths: readonly string[]): void {
  const distinct = [...new Set(paths.filter((p) => p !== ''))].sort();
  for (let i = 0; i + 1 < distinct.length; i++) {
    assert.ok(!distinct[i + 1]!.startsWith(distinct[i]!), `${distinct[i]} is a prefix of ${distinct[i + 1]}`);
  }
  for (const p of distinct) assert.match(p, /^[01]+$/);
}

/**
 * The same windowed algorithm done naively: the AMI after every candidate merge is recomputed from
 * the bigram counts (O(C⁴) per step). Same word order, tie rule and bit assignment as brown.ts.
 */
function naiveBrown(corpus: Int32Array, V: number, C: number): string[] {
  const count = new Float64Array(V);
  for (const w of corpus) if (w >= 0) count[w]!++;
  const order = [...Array(V).keys()].filter((w) => count[w]! > 0).sort((a, b) => count[b]! - count[a]! || a - b);
  const rank = new Map(order.map((w, r) => [w, r]));
  const big = new Map<string, number>();
  const asL = new Float64Array(V);
  const asR = new Float64Array(V);
  let N = 0;
  for (let t = 0; t + 1 < corpus.length; t++) {
    const x = corpus[t]!;
    const y = corpus[t + 1]!;
    if (x < 0 || y < 0) continue;
    big.set(`${x},${y}`, (big.get(`${x},${y}`) ?? 0) + 1);
    asL[x]!++;
    asR[y]!++;
    N++;
  }
  type Cl = number[]; // words
  const ami = (cls: Cl[]): number => {
    const of = new Map<number, number>();
    cls.forEach((c, i) => c.forEach((w) => of.set(w, i)));
    const p = new Map<string, number>();
    for (const [k, c] of big) {
      const [x, y] = k.split(',').map(Number) as [number, number];
      const a = of.get(x);
      const b = of.get(y);
      if (a === undefined || b === undefined) continue;
      p.set(`${a},${b}`, (p.get(`${a},${b}`) ?? 0) + c / N);
    }
    const pl = cls.map((c) => c.reduce((s, w) => s + asL[w]! / N, 0));
    const pr = cls.map((c) => c.reduce((s, w) => s + asR[w]! / N, 0));
    let I = 0;
    for (const [k, v] of p) {
      const [a, b] = k.split(',').map(Number) as [number, number];
      I += v * Math.log(v / (pl[a]! * pr[b]!));
    }
    return I;
  };
  const repOf = (c: Cl): number => Math.min(...c.map((w) => rank.get(w)!));
  const best = (cls: Cl[]): [number, number] => {
    let bi = -1;
    let bj = -1;
    let bl = Infinity;
    const base = ami(cls);
    for (let i = 0; i < cls.length; i++) {
      for (let j = i + 1; j < cls.length; j++) {
        const merged = cls.filter((_, t) => t !== i && t !== j);
        merged.push([...cls[i]!, ...cls[j]!]);
        const loss = base - ami(merged);
        const key = (x: number, y: number): [number, number] => {
          const a = repOf(cls[x]!);
          const b = repOf(cls[y]!);
          return [Math.min(a, b), Math.max(a, b)];
        };
        const [p0, p1] = key(i, j);
        const [q0, q1] = bi < 0 ? [Infinity, Infinity] : key(bi, bj);
        if (loss < bl - 1e-12 || (Math.abs(loss - bl) <= 1e-12 && (p0 < q0 || (p0 === q0 && p1 < q1)))) {
          bl = loss;
          bi = i;
          bj = j;
        }
      }
    }
    return [bi, bj];
  };
  let cls: Cl[] = [];
  for (const w of order) {
    cls.push([w]);
    if (cls.length > C) {
      const [i, j] = best(cls);
      cls = [...cls.filter((_, t) => t !== i && t !== j), [...cls[i]!, ...cls[j]!]];
    }
  }
  // Hierarchy: a tree node is a leaf index or [child0, child1].
  type Node = { words: number[]; kids?: [Node, Node] };
  let nodes: Node[] = cls.map((c) => ({ words: c }));
  while (nodes.length > 1) {
    const [i, j] = best(nodes.map((n) => n.words));
    const [a, b] = repOf(nodes[i]!.words) < repOf(nodes[j]!.words) ? [nodes[i]!, nodes[j]!] : [nodes[j]!, nodes[i]!];
    nodes = [...nodes.filter((_, t) => t !== i && t !== j), { words: [...a.words, ...b.words], kids: [a, b] }];
  }
  const out: string[] = new Array<string>(V).fill('');
  const walk = (n: Node, p: string): void => {
    if (!n.kids) for (const w of n.words) out[w] = p;
    else {
      walk(n.kids[0], p + '0');
      walk(n.kids[1], p + '1');
    }
  };
  if (nodes.length === 1) walk(nodes[0]!, nodes[0]!.kids ? '' : '0');
  return out;
}

describe('brownClusters', () => {
  test('a tiny grammar: words of one part of speech share longer prefixes', () => {
    const corpus = grammarCorpus(400, 1);
    const paths = brownClusters(corpus, WORDS.length, null, { clusters: WORDS.length });
    const p = (w: string): string => paths[ID.get(w)!]!;
    assertPrefixFree(paths);
    assert.equal(new Set(paths).size, WORDS.length, 'one leaf per word when C ≥ vocabulary');
    for (const [x, y] of [
      ['cat', 'dog'],
      ['runs', 'sleeps'],
      ['the', 'a'],
      ['fast', 'now'],
    ] as const) {
      const inside = commonPrefix(p(x), p(y));
      for (const other of WORDS) {
        if (other === x || other === y) continue;
        assert.ok(inside > commonPrefix(p(x), p(other)), `${x}/${y} (${p(x)}, ${p(y)}) vs ${other} (${p(other)})`);
      }
    }
  });

  test('a tiny grammar with C smaller than the vocabulary: parts of speech become clusters', () => {
    const paths = brownClusters(grammarCorpus(400, 2), WORDS.length, null, { clusters: 5 });
    const p = (w: string): string => paths[ID.get(w)!]!;
    assert.equal(p('cat'), p('dog'));
    assert.equal(p('runs'), p('sleeps'));
    assert.equal(p('the'), p('a'));
    assert.equal(p('fast'), p('now'));
    assert.equal(new Set(paths).size, 5);
    assertPrefixFree(paths);
  });

  test('agrees with a naive recomputation of the mutual information on random corpora', () => {
    for (const seed of [3, 4, 5, 6]) {
      const r = rng(seed);
      const V = 14;
      const out: number[] = [];
      // Zipf-like unigrams with a little Markov structure so that counts and losses are not tied.
      let prev = 0;
      for (let t = 0; t < 600; t++) {
        if (r() < 0.08) {
          out.push(BOUNDARY);
          continue;
        }
        const w = r() < 0.5 ? (prev * 3 + 1 + Math.floor(r() * 3)) % V : Math.min(V - 1, Math.floor(-Math.log(r()) * 3.5));
        out.push(w);
        prev = w;
      }
      const corpus = Int32Array.from(out);
      for (const C of [3, 6]) {
        assert.deepEqual(brownClusters(corpus, V, null, { clusters: C }), naiveBrown(corpus, V, C), `seed ${seed}, C ${C}`);
      }
    }
  });

  test('is deterministic', () => {
    const corpus = grammarCorpus(300, 7);
    const a = brownClusters(corpus, WORDS.length, null, { clusters: 3 });
    const b = brownClusters(corpus, WORDS.length, null, { clusters: 3 });
    assert.deepEqual(a, b);
  });

  test('boundaries break bigrams', () => {
    // Sentences separated by boundaries: their order does not matter.
    const corpus = grammarCorpus(300, 10, true);
    const sentences: number[][] = [];
    let cur: number[] = [];
    for (const w of corpus) {
      cur.push(w);
      if (w === BOUNDARY) {
        sentences.push(cur);
        cur = [];
      }
    }
    const reversed = Int32Array.from(sentences.reverse().flat());
    const paths = brownClusters(corpus, WORDS.length, null, { clusters: 4 });
    assert.deepEqual(brownClusters(reversed, WORDS.length, null, { clusters: 4 }), paths);
    // A boundary after every token leaves no bigram: the same tokens in another order give the same
    // result, and the grammar's structure is gone.
    const isolated = (xs: Int32Array): Int32Array => Int32Array.from([...xs].filter((w) => w >= 0).flatMap((w) => [w, BOUNDARY]));
    const a = brownClusters(isolated(corpus), WORDS.length, null, { clusters: 4 });
    const b = brownClusters(isolated(reversed.reverse()), WORDS.length, null, { clusters: 4 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, paths);
    assertPrefixFree(a);
  });

  test('counts given by the caller set the order; words with count 0 are not clustered', () => {
    const corpus = grammarCorpus(100, 8);
    const counts = new Float64Array(WORDS.length);
    for (const w of corpus) if (w >= 0) counts[w]!++;
    assert.deepEqual(brownClusters(corpus, WORDS.length, counts, { clusters: 4 }), brownClusters(corpus, WORDS.length, null, { clusters: 4 }));
    counts[ID.get('now')!] = 0;
    const paths = brownClusters(corpus, WORDS.length, counts, { clusters: 4 });
    assert.equal(paths[ID.get('now')!], '');
    assert.ok(paths.every((p, w) => w === ID.get('now') || p !== ''));
  });

  test('degenerate inputs', () => {
    assert.deepEqual(brownClusters(new Int32Array(0), 0, null, { clusters: 10 }), []);
    assert.deepEqual(brownClusters(new Int32Array(0), 3, null, { clusters: 10 }), ['', '', '']);
    assert.deepEqual(brownClusters(Int32Array.from([BOUNDARY, BOUNDARY]), 2, null, { clusters: 10 }), ['', '']);
    assert.deepEqual(brownClusters(Int32Array.from([1, 1, 1]), 2, null, { clusters: 10 }), ['', '0']);
    assert.deepEqual(brownClusters(Int32Array.from([1, 0, 1]), 2, null, { clusters: 1 }), ['0', '0']);
    // Fewer words than clusters: one leaf per word.
    const small = brownClusters(Int32Array.from([0, 1, 2, 0, 1, 2, 0]), 3, null, { clusters: 100 });
    assert.equal(new Set(small).size, 3);
    assertPrefixFree(small);
    // Counts for words that never occur: clustered with no statistics, no crash.
    const none = brownClusters(new Int32Array(0), 3, [3, 2, 1], { clusters: 2 });
    assert.equal(new Set(none).size, 2);
    assertPrefixFree(none);
    assert.throws(() => brownClusters(Int32Array.from([5]), 3, null, { clusters: 2 }), RangeError);
    assert.throws(() => brownClusters(Int32Array.from([0]), 3, null, { clusters: 0 }), RangeError);
  });

  test('reports progress', () => {
    const seen: string[] = [];
    brownClusters(grammarCorpus(50, 9), WORDS.length, null, {
      clusters: 3,
      progressEvery: 4,
      onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`),
    });
    assert.deepEqual(seen, ['add 4/9', 'add 8/9', 'add 9/9', 'merge 2/2']);
  });
});

describe('loadClusters', () => {
  test('reads bit string, key and count lines and skips comments', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rasd-clusters-'));
    try {
      const file = path.join(dir, 'clusters.tsv');
      writeFileSync(file, '# C=2 minCount=1\n00\tقال\t10\n00\tاضاف\t3\n1\tمصر\t7\n\n');
      const m = loadClusters(file);
      assert.deepEqual([...m], [
        ['قال', '00'],
        ['اضاف', '00'],
        ['مصر', '1'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('rejects malformed lines', () => {
    assert.throws(() => parseClusters('0101\tword\n'), /line 1/);
    assert.throws(() => parseClusters('01a1\tword\t3\n'), /line 1/);
  });

  test('the shipped cluster file parses, with prefix-free bit strings', (t) => {
    const file = path.join(PROJECT_ROOT, 'data', 'ner', 'clusters.tsv');
    if (!existsSync(file)) return t.skip('data/ner/clusters.tsv is not built (npm run train:clusters)');
    const m = loadClusters(file);
    assert.ok(m.size > 1000);
    assertPrefixFree([...m.values()]);
  });
});
