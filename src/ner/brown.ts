/**
 * Brown word clustering (Brown et al. 1992, "Class-based n-gram models of natural language") in the
 * windowed form of Percy Liang's `wcluster` ("Semi-supervised learning for natural language", MIT
 * 2005, §3): the C most frequent words start as C clusters; then the remaining words are added one at
 * a time in frequency order, and after each addition the two of the C+1 active clusters whose merge
 * loses the least average mutual information (AMI) of the cluster bigram distribution are merged.
 * When every word is in, the C clusters are merged down to one; that last phase builds the binary
 * hierarchy whose root-to-leaf paths (`0` = the child holding the more frequent word) are the bit
 * strings. As in `wcluster`'s `paths` file, every word of one of the C clusters gets its cluster's
 * bit string; the bit strings of the clusters are distinct and prefix-free.
 *
 * The quality of a clustering is the AMI of adjacent cluster pairs,
 *   I = Σ_{c,d} q(c,d),   q(c,d) = p(c,d) · log( p(c,d) / (pl(c) · pr(d)) ),
 * where p(c,d) is the relative frequency of the bigram (c, d) and pl, pr are its left and right
 * marginals. Marginals are taken from the bigrams of the whole corpus, so a cluster's marginals do
 * not depend on which other words are active; bigrams with a word that is not yet active simply do
 * not count yet (as in `wcluster`).
 *
 * Bookkeeping (Liang §3.2): for the active clusters we keep the bigram table P (and its transpose),
 * s(c) = Σ_d q(c,d) + Σ_d q(d,c) − q(c,c), and L(a,b), the AMI lost by merging a and b:
 *   L(a,b) = s(a) + s(b) − q(a,b) − q(b,a) − q(a+b, a+b) − Σ_{d≠a,b} [ q(a+b, d) + q(d, a+b) ].
 * Adding a cluster n or merging i and j into k changes, for every other pair (a,b), only the terms
 * that involve n, i, j or k, so all L(a,b) are updated in O(1) each (O(C²) per step). The pairs of the
 * new cluster are not summed from scratch as in `wcluster` (O(C) logarithms each): a per-pair sum A
 * and a per-cluster sum G (see `ClusterState`) are kept up to date as well, so that they cost
 * logarithms only where the sparser of the two merged clusters (or the added word) has bigrams, which
 * made training on the shared corpus about twice as fast. Whole steps are O(C²), and the whole run
 * O(V·C²) for V words. `test/ner/brown.test.ts` checks the result against a naive recomputation of
 * the AMI for every candidate merge.
 *
 * Everything is deterministic: the word order is by descending count then by id, equal losses are
 * broken by the most frequent words of the two clusters, and the arithmetic is done in a fixed order.
 */

/** Marks a sentence or document boundary in the corpus: no bigram spans it. */
export const BOUNDARY = -1;

export interface BrownProgress {
  /** `add`: words being added (window phase); `merge`: the final merges of the C clusters. */
  readonly phase: 'add' | 'merge';
  /** Words added so far (`add`) or merges done so far (`merge`). */
  readonly done: number;
  readonly total: number;
}

export interface BrownOptions {
  /** C, the number of active clusters while words are added (and of leaves in the hierarchy). */
  readonly clusters: number;
  /** Called every `progressEvery` words or merges, and at the end of each phase. */
  readonly onProgress?: (progress: BrownProgress) => void;
  /** Default 1000. */
  readonly progressEvery?: number;
}

/**
 * Clusters the words of `corpus` (see the module comment).
 *
 * @param corpus word ids in [0, vocabSize); any negative value (`BOUNDARY`) separates sentences or
 *   documents, and so does an occurrence of a word that is not clustered (count 0 in `counts`)
 * @param vocabSize the number of word ids
 * @param counts how often each word occurs, which sets the order in which words are added
 *   (descending count, then ascending id); `null` counts the corpus. Words with count ≤ 0 are not
 *   clustered.
 * @param options C and progress reporting
 * @returns for each word id its bit string; `''` for a word that is not clustered. With a single
 *   clustered word the hierarchy has one leaf, whose bit string is `0`.
 */
export function brownClusters(
  corpus: Int32Array,
  vocabSize: number,
  counts: ArrayLike<number> | null,
  options: BrownOptions,
): string[] {
  const C = options.clusters;
  if (!Number.isInteger(C) || C < 1) throw new RangeError(`clusters must be a positive integer, got ${C}`);
  // Bigrams are encoded as x·V + y in a double, exact while V² < 2^53.
  if (!Number.isInteger(vocabSize) || vocabSize < 0 || vocabSize > 0x4000000) throw new RangeError(`bad vocabSize ${vocabSize}`);
  if (counts && counts.length < vocabSize) throw new RangeError(`counts has ${counts.length} entries for ${vocabSize} words`);
  for (let t = 0; t < corpus.length; t++) {
    if (corpus[t]! >= vocabSize) throw new RangeError(`word id ${corpus[t]} at ${t} is not below vocabSize ${vocabSize}`);
  }

  const freq = new Float64Array(vocabSize);
  if (counts) for (let w = 0; w < vocabSize; w++) freq[w] = counts[w]!;
  else for (let t = 0; t < corpus.length; t++) if (corpus[t]! >= 0) freq[corpus[t]!]!++;

  // Clustered words in the order they are added: descending count, then ascending id.
  const order: number[] = [];
  for (let w = 0; w < vocabSize; w++) if (freq[w]! > 0) order.push(w);
  order.sort((a, b) => freq[b]! - freq[a]! || a - b);
  const M = order.length;
  const rank = new Int32Array(vocabSize).fill(-1);
  for (let r = 0; r < M; r++) rank[order[r]!] = r;

  const paths: string[] = new Array<string>(vocabSize).fill('');
  if (M === 0) return paths;

  const stats = bigramStats(corpus, vocabSize, rank);
  const state = new ClusterState(Math.min(C, M) + 1, stats, rank);
  const every = Math.max(1, options.progressEvery ?? 1000);
  const report = options.onProgress;

  // Window phase.
  for (let r = 0; r < M; r++) {
    state.add(order[r]!);
    if (state.activeCount > C) {
      const [a, b] = state.bestPair();
      state.merge(a, b, false);
    }
    if (report && ((r + 1) % every === 0 || r + 1 === M)) report({ phase: 'add', done: r + 1, total: M });
  }

  // The final clusters are the leaves of the hierarchy.
  const leafOfSlot = new Int32Array(state.S).fill(-1);
  let leaves = 0;
  for (let a = 0; a < state.S; a++) if (state.active[a]) leafOfSlot[a] = leaves++;
  const wordLeaf = new Int32Array(vocabSize).fill(-1);
  for (let w = 0; w < vocabSize; w++) if (rank[w]! >= 0) wordLeaf[w] = leafOfSlot[state.wordSlot[w]!]!;

  // Final phase: merge down to one cluster, recording the tree. Nodes 0..leaves-1 are the leaves.
  const nodes = 2 * leaves - 1;
  const child0 = new Int32Array(nodes).fill(-1);
  const child1 = new Int32Array(nodes).fill(-1);
  const nodeOfSlot = new Int32Array(state.S).fill(-1);
  for (let a = 0; a < state.S; a++) if (state.active[a]) nodeOfSlot[a] = leafOfSlot[a]!;
  let next = leaves;
  for (let m = 0; m < leaves - 1; m++) {
    const [a, b] = state.bestPair();
    // `0` goes to the child holding the more frequent word.
    const [first, second] = state.rep[a]! < state.rep[b]! ? [a, b] : [b, a];
    child0[next] = nodeOfSlot[first]!;
    child1[next] = nodeOfSlot[second]!;
    const kept = state.merge(a, b, m === leaves - 2);
    nodeOfSlot[kept] = next++;
    if (report && ((m + 1) % every === 0 || m + 2 === leaves)) report({ phase: 'merge', done: m + 1, total: leaves - 1 });
  }

  const nodePath: string[] = new Array<string>(nodes).fill('');
  if (leaves === 1) nodePath[0] = '0';
  for (let v = nodes - 1; v >= leaves; v--) {
    // Parents have larger ids than their children, so a downward sweep sees each parent first.
    nodePath[child0[v]!] = nodePath[v]! + '0';
    nodePath[child1[v]!] = nodePath[v]! + '1';
  }
  for (let w = 0; w < vocabSize; w++) if (wordLeaf[w]! >= 0) paths[w] = nodePath[wordLeaf[w]!]!;
  return paths;
}

/** The bigram counts of the clustered words, as adjacency lists by word. */
interface BigramStats {
  /** 1 / (number of bigrams), or 0 when there is none. */
  readonly scale: number;
  /** Right neighbours of word w: `rightNbr[rightStart[w] .. rightStart[w+1])`, counts in `rightCnt`. */
  readonly rightStart: Int32Array;
  readonly rightNbr: Int32Array;
  readonly rightCnt: Float64Array;
  /** Left neighbours, the same way. */
  readonly leftStart: Int32Array;
  readonly leftNbr: Int32Array;
  readonly leftCnt: Float64Array;
  /** How many bigrams have w on the left / on the right. */
  readonly asLeft: Float64Array;
  readonly asRight: Float64Array;
}

function bigramStats(corpus: Int32Array, V: number, rank: Int32Array): BigramStats {
  // Encode each bigram as x·V + y (exact in a double for V ≤ 2^26), sort, run-length.
  let n = 0;
  for (let t = 0; t + 1 < corpus.length; t++) {
    const x = corpus[t]!;
    const y = corpus[t + 1]!;
    if (x >= 0 && y >= 0 && rank[x]! >= 0 && rank[y]! >= 0) n++;
  }
  const keys = new Float64Array(n);
  n = 0;
  for (let t = 0; t + 1 < corpus.length; t++) {
    const x = corpus[t]!;
    const y = corpus[t + 1]!;
    if (x >= 0 && y >= 0 && rank[x]! >= 0 && rank[y]! >= 0) keys[n++] = x * V + y;
  }
  keys.sort();
  let distinct = 0;
  for (let t = 0; t < n; t++) if (t === 0 || keys[t] !== keys[t - 1]) distinct++;
  const pairX = new Int32Array(distinct);
  const pairY = new Int32Array(distinct);
  const pairC = new Float64Array(distinct);
  let p = -1;
  for (let t = 0; t < n; t++) {
    if (t === 0 || keys[t] !== keys[t - 1]) {
      p++;
      const k = keys[t]!;
      pairX[p] = Math.floor(k / V);
      pairY[p] = k - pairX[p]! * V;
    }
    pairC[p]!++;
  }

  const asLeft = new Float64Array(V);
  const asRight = new Float64Array(V);
  const rightStart = new Int32Array(V + 1);
  const leftStart = new Int32Array(V + 1);
  for (let q = 0; q < distinct; q++) {
    asLeft[pairX[q]!]! += pairC[q]!;
    asRight[pairY[q]!]! += pairC[q]!;
    rightStart[pairX[q]! + 1]!++;
    leftStart[pairY[q]! + 1]!++;
  }
  for (let w = 0; w < V; w++) {
    rightStart[w + 1]! += rightStart[w]!;
    leftStart[w + 1]! += leftStart[w]!;
  }
  // Pairs are sorted by x, so they already are the right-neighbour lists; bucket them by y for the left.
  const leftNbr = new Int32Array(distinct);
  const leftCnt = new Float64Array(distinct);
  const fill = leftStart.slice(0, V);
  for (let q = 0; q < distinct; q++) {
    const at = fill[pairY[q]!]!++;
    leftNbr[at] = pairX[q]!;
    leftCnt[at] = pairC[q]!;
  }
  return {
    scale: n > 0 ? 1 / n : 0,
    rightStart,
    rightNbr: pairY,
    rightCnt: pairC,
    leftStart,
    leftNbr,
    leftCnt,
    asLeft,
    asRight,
  };
}

/** q = p · log(p / (l · r)), 0 when p is 0. */
function q(p: number, l: number, r: number): number {
  return p > 0 ? p * Math.log(p / (l * r)) : 0;
}

/** p · (log p − lm), 0 when p is 0: a term of A or G (lm is the log of the other side's marginal). */
function g(p: number, lm: number): number {
  return p > 0 ? p * (Math.log(p) - lm) : 0;
}

/** log x, or 0 when x is 0 (it is then only ever multiplied by a zero probability). */
function safeLog(x: number): number {
  return x > 0 ? Math.log(x) : 0;
}

/**
 * The active clusters, held in S slots (C + 1 during the window phase), with their tables.
 *
 * Besides P (and Pᵀ), the marginals, s and L, two sums let the pairs of a new or merged cluster be
 * computed with logarithms only where the sparser side has bigrams:
 *   G(x)   = Σ_{d≠x} [ g(P(x,d), log pr(d)) + g(P(d,x), log pl(d)) ],
 *   A(a,b) = Σ_{d∉{a,b}} [ g(P(a,d) + P(b,d), log pr(d)) + g(P(d,a) + P(d,b), log pl(d)) ],
 * with g(p, m) = p·(log p − m), so that Σ_{d∉{a,b}} q(a+b, d) + q(d, a+b) = A(a,b) − Mr·log(pl(a) + pl(b))
 * − Mc·log(pr(a) + pr(b)), where Mr and Mc are the bigram masses of a+b with the other clusters
 * (from the row and column sums rs, cs). L and A are kept for slot pairs a < b at `[a·S + b]`.
 */
class ClusterState {
  readonly S: number;
  /** P[a·S + b]: relative frequency of the bigram (cluster a, cluster b); PT is its transpose. */
  private readonly P: Float64Array;
  private readonly PT: Float64Array;
  /** Left and right marginals of each slot, and their logs. */
  private readonly pl: Float64Array;
  private readonly pr: Float64Array;
  private readonly lpl: Float64Array;
  private readonly lpr: Float64Array;
  /** Row and column sums of P over the active slots. */
  private readonly rs: Float64Array;
  private readonly cs: Float64Array;
  private readonly s: Float64Array;
  private readonly G: Float64Array;
  private readonly L: Float64Array;
  private readonly A: Float64Array;
  /** Scratch: per-slot change of s during an update; new A values; nonzero lists. */
  private readonly delta: Float64Array;
  private readonly newA: Float64Array;
  private readonly touched: Uint8Array;
  private readonly nzRow: Int32Array;
  private readonly nzCol: Int32Array;
  private readonly touchedList: Int32Array;
  readonly active: Uint8Array;
  activeCount = 0;
  /** Rank (position in frequency order) of the most frequent word of each slot's cluster. */
  readonly rep: Int32Array;
  /** The words of each slot's cluster as a linked list (head and tail per slot, next per word), and its size. */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly size: Int32Array;
  private readonly nextWord: Int32Array;
  /** The slot of each active word, -1 before it is added. */
  readonly wordSlot: Int32Array;

  constructor(
    S: number,
    private readonly stats: BigramStats,
    private readonly rank: Int32Array,
  ) {
    this.S = S;
    this.P = new Float64Array(S * S);
    this.PT = new Float64Array(S * S);
    this.L = new Float64Array(S * S);
    this.A = new Float64Array(S * S);
    this.pl = new Float64Array(S);
    this.pr = new Float64Array(S);
    this.lpl = new Float64Array(S);
    this.lpr = new Float64Array(S);
    this.rs = new Float64Array(S);
    this.cs = new Float64Array(S);
    this.s = new Float64Array(S);
    this.G = new Float64Array(S);
    this.delta = new Float64Array(S);
    this.newA = new Float64Array(S);
    this.touched = new Uint8Array(S);
    this.nzRow = new Int32Array(S);
    this.nzCol = new Int32Array(S);
    this.touchedList = new Int32Array(S);
    this.active = new Uint8Array(S);
    this.rep = new Int32Array(S);
    this.head = new Int32Array(S).fill(-1);
    this.tail = new Int32Array(S).fill(-1);
    this.size = new Int32Array(S);
    const V = rank.length;
    this.nextWord = new Int32Array(V).fill(-1);
    this.wordSlot = new Int32Array(V).fill(-1);
  }

  /** Adds word w as a new cluster in a free slot and updates the tables. */
  add(w: number): void {
    const { S, P, PT, pl, pr, lpl, lpr, rs, cs, s, G, L, A, active, touched, delta, stats } = this;
    let n = 0;
    while (active[n]) n++;
    // Clear the slot's row and column (a freed slot keeps stale values).
    const rowN = n * S;
    P.fill(0, rowN, rowN + S);
    PT.fill(0, rowN, rowN + S);
    for (let a = 0; a < S; a++) {
      P[a * S + n] = 0;
      PT[a * S + n] = 0;
    }
    this.wordSlot[w] = n;
    this.head[n] = w;
    this.tail[n] = w;
    this.size[n] = 1;
    this.nextWord[w] = -1;
    this.rep[n] = this.rank[w]!;

    const scale = stats.scale;
    for (let e = stats.rightStart[w]!; e < stats.rightStart[w + 1]!; e++) {
      const t = this.wordSlot[stats.rightNbr[e]!]!;
      if (t < 0) continue;
      const v = stats.rightCnt[e]! * scale;
      P[rowN + t]! += v;
      PT[t * S + n]! += v;
    }
    for (let e = stats.leftStart[w]!; e < stats.leftStart[w + 1]!; e++) {
      const u = stats.leftNbr[e]!;
      if (u === w) continue; // the bigram (w, w) was counted with the right neighbours
      const t = this.wordSlot[u]!;
      if (t < 0) continue;
      const v = stats.leftCnt[e]! * scale;
      P[t * S + n]! += v;
      PT[rowN + t]! += v;
    }
    pl[n] = stats.asLeft[w]! * scale;
    pr[n] = stats.asRight[w]! * scale;
    lpl[n] = safeLog(pl[n]!);
    lpr[n] = safeLog(pr[n]!);
    const pln = pl[n]!;
    const prn = pr[n]!;
    const lpln = lpl[n]!;
    const lprn = lpr[n]!;

    // The other clusters that have a bigram with n; only their s, G, rs, cs and only the pairs
    // with one of them change: every other pair (a, b) gains the terms of d = n.
    let nt = 0;
    const list = this.touchedList;
    let rsn = P[rowN + n]!;
    let csn = P[rowN + n]!;
    for (let a = 0; a < S; a++) {
      delta[a] = 0;
      touched[a] = 0;
      if (!active[a]) continue;
      const an = PT[rowN + a]!; // P(a, n)
      const na = P[rowN + a]!;
      if (an > 0 || na > 0) {
        touched[a] = 1;
        list[nt++] = a;
        delta[a] = q(an, pl[a]!, prn) + q(na, pln, pr[a]!);
        s[a]! += delta[a]!;
        G[a]! += g(an, lprn) + g(na, lpln);
        rs[a]! += an;
        cs[a]! += na;
        rsn += na;
        csn += an;
      }
    }
    rs[n] = rsn;
    cs[n] = csn;
    for (let t = 0; t < nt; t++) {
      const a = list[t]!;
      const an = PT[rowN + a]!;
      const na = P[rowN + a]!;
      const da = delta[a]!;
      const pla = pl[a]!;
      const pra = pr[a]!;
      for (let b = 0; b < S; b++) {
        if (!active[b] || b === a || (touched[b] && b < a)) continue;
        const u = an + PT[rowN + b]!; // P(a+b, n)
        const v = na + P[rowN + b]!; // P(n, a+b)
        let dA = 0;
        let dQ = 0;
        if (u > 0) {
          const lu = Math.log(u) - lprn;
          dA += u * lu;
          dQ += u * (lu - Math.log(pla + pl[b]!));
        }
        if (v > 0) {
          const lv = Math.log(v) - lpln;
          dA += v * lv;
          dQ += v * (lv - Math.log(pra + pr[b]!));
        }
        const at = a < b ? a * S + b : b * S + a;
        A[at]! += dA;
        L[at]! += da + delta[b]! - dQ;
      }
    }

    active[n] = 1;
    this.activeCount++;
    this.freshSums(n);
    // A(n, b) = G(b) without its d = n term, plus what n's bigrams add.
    const { nzRow, nzCol } = this;
    let nr = 0;
    let nc = 0;
    for (let d = 0; d < S; d++) {
      if (!active[d] || d === n) continue;
      if (P[rowN + d]! > 0) nzRow[nr++] = d;
      if (PT[rowN + d]! > 0) nzCol[nc++] = d;
    }
    for (let b = 0; b < S; b++) {
      if (!active[b] || b === n) continue;
      const rowB = b * S;
      let a = G[b]! - g(P[rowB + n]!, lprn) - g(PT[rowB + n]!, lpln);
      for (let t = 0; t < nr; t++) {
        const d = nzRow[t]!;
        if (d === b) continue;
        const pbd = P[rowB + d]!;
        a += g(P[rowN + d]! + pbd, lpr[d]!) - g(pbd, lpr[d]!);
      }
      for (let t = 0; t < nc; t++) {
        const d = nzCol[t]!;
        if (d === b) continue;
        const pdb = PT[rowB + d]!;
        a += g(PT[rowN + d]! + pdb, lpl[d]!) - g(pdb, lpl[d]!);
      }
      A[n < b ? rowN + b : rowB + n] = a;
    }
    this.freshLosses(n);
  }

  /** The active pair with the least loss (ties: the pair whose most frequent words come first). */
  bestPair(): [number, number] {
    const { S, L, active } = this;
    let bestA = -1;
    let bestB = -1;
    let best = Infinity;
    for (let a = 0; a < S; a++) {
      if (!active[a]) continue;
      const row = a * S;
      for (let b = a + 1; b < S; b++) {
        if (!active[b]) continue;
        const l = L[row + b]!;
        if (l < best || (l === best && this.before(a, b, bestA, bestB))) {
          best = l;
          bestA = a;
          bestB = b;
        }
      }
    }
    return [bestA, bestB];
  }

  private before(a: number, b: number, c: number, d: number): boolean {
    const rep = this.rep;
    const x0 = Math.min(rep[a]!, rep[b]!);
    const y0 = Math.min(rep[c]!, rep[d]!);
    if (x0 !== y0) return x0 < y0;
    return Math.max(rep[a]!, rep[b]!) < Math.max(rep[c]!, rep[d]!);
  }

  /** How many other active clusters x has a bigram with. */
  private degree(x: number): number {
    const { S, P, PT, active } = this;
    let n = 0;
    for (let d = 0; d < S; d++) if (active[d] && d !== x && (P[x * S + d]! > 0 || PT[x * S + d]! > 0)) n++;
    return n;
  }

  /**
   * Merges the clusters in slots x and y; returns the slot that holds the merged cluster (the other
   * becomes free). With `last`, the tables are not updated (nothing is left to merge).
   */
  merge(x: number, y: number, last: boolean): number {
    const { S, P, PT, pl, pr, lpl, lpr, rs, cs, s, G, L, A, active, delta, newA } = this;
    // i: the cluster with fewer bigram partners, whose terms are added to those of j below.
    const [i, j] = this.degree(x) < this.degree(y) || (this.degree(x) === this.degree(y) && x > y) ? [x, y] : [y, x];
    // The merged cluster k takes the slot of the cluster with more words, so that relabelling words
    // is cheap (small into large); `free` is the other slot.
    const [k, free] = this.size[x]! > this.size[y]! || (this.size[x] === this.size[y] && x < y) ? [x, y] : [y, x];

    for (let w = this.head[free]!; w >= 0; w = this.nextWord[w]!) this.wordSlot[w] = k;
    this.nextWord[this.tail[k]!] = this.head[free]!;
    this.tail[k] = this.tail[free]!;
    this.size[k] = this.size[k]! + this.size[free]!;
    this.rep[k] = Math.min(this.rep[x]!, this.rep[y]!);
    this.head[free] = -1;
    this.tail[free] = -1;
    this.size[free] = 0;
    active[free] = 0;
    this.activeCount--;
    if (last) return k;
    active[k] = 0; // until the tables are folded, i and j are both out of the "other" slots below

    const plk = pl[i]! + pl[j]!;
    const prk = pr[i]! + pr[j]!;
    const lplk = safeLog(plk);
    const lprk = safeLog(prk);
    const lpli = lpl[i]!;
    const lplj = lpl[j]!;
    const lpri = lpr[i]!;
    const lprj = lpr[j]!;
    const rowI = i * S;
    const rowJ = j * S;

    // s(a) and G(a) for every other a: the terms with i and j become terms with k.
    for (let a = 0; a < S; a++) {
      delta[a] = 0;
      if (!active[a]) continue;
      const ai = PT[rowI + a]!; // P(a, i)
      const aj = PT[rowJ + a]!;
      const ia = P[rowI + a]!;
      const ja = P[rowJ + a]!;
      if (ai === 0 && aj === 0 && ia === 0 && ja === 0) continue;
      const d =
        q(ai + aj, pl[a]!, prk) + q(ia + ja, plk, pr[a]!) - q(ai, pl[a]!, pr[i]!) - q(ia, pl[i]!, pr[a]!) - q(aj, pl[a]!, pr[j]!) - q(ja, pl[j]!, pr[a]!);
      delta[a] = d;
      s[a]! += d;
      G[a]! += g(ai + aj, lprk) + g(ia + ja, lplk) - g(ai, lpri) - g(ia, lpli) - g(aj, lprj) - g(ja, lplj);
    }

    // A(a, b) and L(a, b) for every other pair: in A, the terms of d = i and d = j become one term
    // of d = k (their difference is f); L changes by Δs(a) + Δs(b) − f (the masses do not change).
    for (let a = 0; a < S; a++) {
      if (!active[a]) continue;
      const xi = PT[rowI + a]!;
      const xj = PT[rowJ + a]!;
      const yi = P[rowI + a]!;
      const yj = P[rowJ + a]!;
      const da = delta[a]!;
      const rowA = a * S;
      for (let b = a + 1; b < S; b++) {
        if (!active[b]) continue;
        const x1 = xi + PT[rowI + b]!; // P(a+b, i)
        const x2 = xj + PT[rowJ + b]!; // P(a+b, j)
        const y1 = yi + P[rowI + b]!; // P(i, a+b)
        const y2 = yj + P[rowJ + b]!; // P(j, a+b)
        let f = 0;
        if (x1 > 0) {
          if (x2 > 0) {
            const x = x1 + x2;
            f += x * Math.log(x) - x1 * Math.log(x1) - x2 * Math.log(x2) - x * lprk + x1 * lpri + x2 * lprj;
          } else f += x1 * (lpri - lprk);
        } else if (x2 > 0) f += x2 * (lprj - lprk);
        if (y1 > 0) {
          if (y2 > 0) {
            const y = y1 + y2;
            f += y * Math.log(y) - y1 * Math.log(y1) - y2 * Math.log(y2) - y * lplk + y1 * lpli + y2 * lplj;
          } else f += y1 * (lpli - lplk);
        } else if (y2 > 0) f += y2 * (lplj - lplk);
        A[rowA + b]! += f;
        L[rowA + b]! += da + delta[b]! - f;
      }
    }

    // A(k, b) = A(j, b) without its d = i term, plus what i's bigrams add to those of j and b.
    const { nzRow, nzCol } = this;
    let nr = 0;
    let nc = 0;
    for (let d = 0; d < S; d++) {
      if (!active[d]) continue; // i, j are inactive here
      if (P[rowI + d]! > 0) nzRow[nr++] = d;
      if (PT[rowI + d]! > 0) nzCol[nc++] = d;
    }
    for (let b = 0; b < S; b++) {
      newA[b] = 0;
      if (!active[b]) continue;
      const rowB = b * S;
      let a = A[j < b ? rowJ + b : rowB + j]! - g(P[rowJ + i]! + P[rowB + i]!, lpri) - g(P[rowI + j]! + P[rowI + b]!, lpli);
      for (let t = 0; t < nr; t++) {
        const d = nzRow[t]!;
        if (d === b) continue;
        const base = P[rowJ + d]! + P[rowB + d]!;
        a += g(P[rowI + d]! + base, lpr[d]!) - g(base, lpr[d]!);
      }
      for (let t = 0; t < nc; t++) {
        const d = nzCol[t]!;
        if (d === b) continue;
        const base = PT[rowJ + d]! + PT[rowB + d]!;
        a += g(PT[rowI + d]! + base, lpl[d]!) - g(base, lpl[d]!);
      }
      newA[b] = a;
    }

    // Fold rows and columns i and j into slot k.
    const self = P[rowI + i]! + P[rowI + j]! + P[rowJ + i]! + P[rowJ + j]!;
    const rowK = k * S;
    for (let a = 0; a < S; a++) {
      if (!active[a]) continue;
      const r = P[rowI + a]! + P[rowJ + a]!;
      const c = PT[rowI + a]! + PT[rowJ + a]!;
      P[rowK + a] = r;
      PT[a * S + k] = r;
      PT[rowK + a] = c;
      P[a * S + k] = c;
    }
    P[rowK + k] = self;
    PT[rowK + k] = self;
    rs[k] = rs[i]! + rs[j]!;
    cs[k] = cs[i]! + cs[j]!;
    pl[k] = plk;
    pr[k] = prk;
    lpl[k] = lplk;
    lpr[k] = lprk;
    active[k] = 1;
    this.freshSums(k);
    for (let b = 0; b < S; b++) if (active[b] && b !== k) A[k < b ? rowK + b : b * S + k] = newA[b]!;
    this.freshLosses(k);
    return k;
  }

  /** s(n) and G(n) from scratch (slot n is active). */
  private freshSums(n: number): void {
    const { S, P, PT, pl, pr, lpl, lpr, s, G, active } = this;
    const rowN = n * S;
    let sn = q(P[rowN + n]!, pl[n]!, pr[n]!);
    let gn = 0;
    for (let d = 0; d < S; d++) {
      if (!active[d] || d === n) continue;
      const nd = P[rowN + d]!;
      const dn = PT[rowN + d]!;
      if (nd > 0) {
        sn += q(nd, pl[n]!, pr[d]!);
        gn += g(nd, lpr[d]!);
      }
      if (dn > 0) {
        sn += q(dn, pl[d]!, pr[n]!);
        gn += g(dn, lpl[d]!);
      }
    }
    s[n] = sn;
    G[n] = gn;
  }

  /** L(n, b) for every other active b, from s, A and the row and column sums. */
  private freshLosses(n: number): void {
    const { S, P, pl, pr, rs, cs, s, L, A, active } = this;
    const rowN = n * S;
    const nn = P[rowN + n]!;
    for (let b = 0; b < S; b++) {
      if (!active[b] || b === n) continue;
      const rowB = b * S;
      const nb = P[rowN + b]!;
      const bn = P[rowB + n]!;
      const bb = P[rowB + b]!;
      const l = pl[n]! + pl[b]!;
      const r = pr[n]! + pr[b]!;
      const massRow = rs[n]! - nn - nb + rs[b]! - bn - bb;
      const massCol = cs[n]! - nn - bn + cs[b]! - nb - bb;
      const at = n < b ? rowN + b : rowB + n;
      L[at] =
        s[n]! + s[b]! - q(nb, pl[n]!, pr[b]!) - q(bn, pl[b]!, pr[n]!) - q(nn + nb + bn + bb, l, r) - A[at]! + massRow * safeLog(l) + massCol * safeLog(r);
    }
  }
}
