/**
 * Word embeddings learnt from the unlabelled corpus, and k-means clusterings of them, for the NER
 * tagger's features (Guo et al. 2014, "Revisiting embedding features for simple semi-supervised
 * learning": clusters of embeddings complement Brown clusters).
 *
 * `trainSkipGram` is word2vec's skip-gram with negative sampling (SGNS; Mikolov et al. 2013,
 * "Distributed representations of words and phrases and their compositionality"), following the
 * reference `word2vec.c`:
 * - every occurrence of a word w predicts each word c within a dynamic window (a size drawn
 *   uniformly from 1..window per occurrence) by logistic regression of v_w · u_c against `negatives`
 *   words drawn from the unigram distribution raised to the power 0.75 (a precomputed table);
 * - frequent words are subsampled: an occurrence of a word of relative frequency f is kept with
 *   probability (√(f/t) + 1)·t/f (word2vec's form of Mikolov's 1 − √(t/f)), and dropped occurrences
 *   are removed before windows are drawn (so windows reach further past frequent words);
 * - the learning rate decays linearly from `alpha` to `alpha`·1e-4 over all epochs;
 * - input vectors start uniform in ±0.5/dim, output vectors at zero; the input vectors are returned.
 * Windows never span a boundary (any negative id, as in src/ner/brown.ts) nor an occurrence of a word
 * whose count is 0.
 *
 * `kmeans` is spherical k-means (cosine similarity on L2-normalised vectors, centroids renormalised
 * means) with k-means++ seeding.
 *
 * Both are single-threaded and deterministic: all randomness comes from the seeded PRNG `rng`
 * (src/ner/train.ts) consumed in a fixed order, and the arithmetic is done in a fixed order, so the
 * same inputs give bit-identical outputs on the same JavaScript engine.
 */
import { rng } from '../random.ts';

export interface SkipGramProgress {
  readonly epoch: number;
  /** Corpus positions processed so far in all epochs (kept or subsampled away). */
  readonly done: number;
  readonly total: number;
  /** The current learning rate. */
  readonly alpha: number;
}

export interface SkipGramOptions {
  /** Vector size. Default 100. */
  readonly dim?: number;
  /** Maximum distance of a context word; each occurrence draws its window from 1..window. Default 5. */
  readonly window?: number;
  /** Negative samples per (word, context) pair. Default 5. */
  readonly negatives?: number;
  /** Passes over the corpus. Default 3. */
  readonly epochs?: number;
  /** Starting learning rate. Default 0.025. */
  readonly alpha?: number;
  /** Subsampling threshold t; 0 turns subsampling off. Default 1e-4. */
  readonly sample?: number;
  /** Entries in the negative-sampling table. Default 1e7 (word2vec: 1e8). */
  readonly tableSize?: number;
  /** PRNG seed. Default 1. */
  readonly seed?: number;
  /** Called about every `progressEvery` corpus positions and at the end of each epoch. */
  readonly onProgress?: (progress: SkipGramProgress) => void;
  /** Default 1,000,000. */
  readonly progressEvery?: number;
}

function positiveInt(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a positive integer, got ${v}`);
  return v;
}

/** The unigram^0.75 table of word2vec: word w fills a share of the entries proportional to count^0.75. */
function negativeTable(counts: ArrayLike<number>, vocabSize: number, size: number): Int32Array {
  let z = 0;
  for (let w = 0; w < vocabSize; w++) if (counts[w]! > 0) z += Math.pow(counts[w]!, 0.75);
  if (z === 0) return new Int32Array(0);
  const table = new Int32Array(size);
  let w = 0;
  while (counts[w]! <= 0) w++;
  let cum = Math.pow(counts[w]!, 0.75) / z;
  for (let i = 0; i < size; i++) {
    table[i] = w;
    if (i / size > cum) {
      let next = w + 1;
      while (next < vocabSize && counts[next]! <= 0) next++;
      if (next < vocabSize) {
        w = next;
        cum += Math.pow(counts[w]!, 0.75) / z;
      }
    }
  }
  return table;
}

/**
 * Trains skip-gram vectors with negative sampling (see the module comment).
 *
 * @param corpus word ids in [0, vocabSize); any negative value (`BOUNDARY`) separates sentences or
 *   documents
 * @param vocabSize the number of word ids
 * @param counts how often each word occurs (for subsampling and the negative table); `null` counts
 *   the corpus. An occurrence of a word with count ≤ 0 acts as a boundary, and such words keep their
 *   random initial vectors.
 * @param options sizes, rates, seed and progress reporting
 * @returns the input vectors, `vocabSize × dim` (word w at offset w·dim)
 */
export function trainSkipGram(
  corpus: Int32Array,
  vocabSize: number,
  counts: ArrayLike<number> | null,
  options: SkipGramOptions = {},
): Float32Array {
  const dim = positiveInt('dim', options.dim ?? 100);
  const window = positiveInt('window', options.window ?? 5);
  const negatives = Math.max(0, Math.floor(options.negatives ?? 5));
  const epochs = positiveInt('epochs', options.epochs ?? 3);
  const alpha0 = options.alpha ?? 0.025;
  const sample = options.sample ?? 1e-4;
  const tableSize = positiveInt('tableSize', options.tableSize ?? 1e7);
  const progressEvery = positiveInt('progressEvery', options.progressEvery ?? 1_000_000);
  if (!Number.isInteger(vocabSize) || vocabSize < 0) throw new RangeError(`bad vocabSize ${vocabSize}`);
  if (counts && counts.length < vocabSize) throw new RangeError(`counts has ${counts.length} entries for ${vocabSize} words`);
  for (let t = 0; t < corpus.length; t++) {
    if (corpus[t]! >= vocabSize) throw new RangeError(`word id ${corpus[t]} at ${t} is not below vocabSize ${vocabSize}`);
  }
  if (!counts) {
    const c = new Float64Array(vocabSize);
    for (let t = 0; t < corpus.length; t++) if (corpus[t]! >= 0) c[corpus[t]!]!++;
    counts = c;
  }

  const random = rng(options.seed ?? 1);
  const syn0 = new Float32Array(vocabSize * dim);
  for (let i = 0; i < syn0.length; i++) syn0[i] = (random() - 0.5) / dim;
  const syn1 = new Float32Array(vocabSize * dim);

  // Keep probabilities for subsampling; words with count <= 0 get -1 (they break sentences).
  let trainWords = 0;
  for (let w = 0; w < vocabSize; w++) if (counts[w]! > 0) trainWords += counts[w]!;
  const keep = new Float64Array(vocabSize);
  for (let w = 0; w < vocabSize; w++) {
    const c = counts[w]!;
    if (c <= 0) keep[w] = -1;
    else if (sample > 0) {
      const st = sample * trainWords;
      keep[w] = (Math.sqrt(c / st) + 1) * (st / c);
    } else keep[w] = 2;
  }
  const table = negativeTable(counts, vocabSize, tableSize);
  const tableLen = table.length;

  const neu1e = new Float64Array(dim);
  const sentence = new Int32Array(Math.max(1, corpus.length));
  const total = corpus.length * epochs;
  const minAlpha = alpha0 * 1e-4;
  let alpha = alpha0;
  let nextReport = progressEvery;

  for (let epoch = 0; epoch < epochs; epoch++) {
    let t = 0;
    while (t < corpus.length) {
      // Collect the next sentence (subsampled) up to a boundary.
      let len = 0;
      for (; t < corpus.length; t++) {
        const w = corpus[t]!;
        if (w < 0 || keep[w]! < 0) {
          t++;
          break;
        }
        if (keep[w]! < 1 && keep[w]! < random()) continue;
        sentence[len++] = w;
      }
      const done = epoch * corpus.length + t;
      alpha = Math.max(minAlpha, alpha0 * (1 - done / (total + 1)));
      if (done >= nextReport) {
        nextReport = done + progressEvery;
        options.onProgress?.({ epoch, done, total, alpha });
      }
      if (len < 2) continue;

      for (let pos = 0; pos < len; pos++) {
        const word = sentence[pos]!;
        const b = Math.floor(random() * window);
        const span = window - b;
        const lo = Math.max(0, pos - span);
        const hi = Math.min(len - 1, pos + span);
        for (let cpos = lo; cpos <= hi; cpos++) {
          if (cpos === pos) continue;
          // As in word2vec.c: the context word's input vector is trained to predict `word`.
          const l1 = sentence[cpos]! * dim;
          for (let i = 0; i < dim; i++) neu1e[i] = 0;
          for (let d = 0; d <= negatives; d++) {
            let target: number;
            let label: number;
            if (d === 0) {
              target = word;
              label = 1;
            } else {
              target = table[Math.floor(random() * tableLen)]!;
              if (target === word) continue;
              label = 0;
            }
            const l2 = target * dim;
            let f = 0;
            for (let i = 0; i < dim; i++) f += syn0[l1 + i]! * syn1[l2 + i]!;
            let g: number;
            if (f > 6) g = (label - 1) * alpha;
            else if (f < -6) g = label * alpha;
            else g = (label - 1 / (1 + Math.exp(-f))) * alpha;
            for (let i = 0; i < dim; i++) {
              neu1e[i]! += g * syn1[l2 + i]!;
              syn1[l2 + i]! += g * syn0[l1 + i]!;
            }
          }
          for (let i = 0; i < dim; i++) syn0[l1 + i]! += neu1e[i]!;
        }
      }
    }
    options.onProgress?.({ epoch, done: (epoch + 1) * corpus.length, total, alpha });
  }
  return syn0;
}

export interface KMeansOptions {
  /** PRNG seed for the k-means++ seeding. Default 1. */
  readonly seed?: number;
  /** Stop after this many assignment rounds even if points still move. Default 30. */
  readonly maxIterations?: number;
  /** Called after each assignment round with the number of points that changed cluster. */
  readonly onIteration?: (iteration: number, changed: number) => void;
}

/** Copies `vectors` (n × dim) with every row scaled to unit length (all-zero rows stay zero). */
export function normalizeRows(vectors: ArrayLike<number>, dim: number): Float32Array {
  const n = Math.floor(vectors.length / dim);
  const out = new Float32Array(n * dim);
  for (let p = 0; p < n; p++) {
    const o = p * dim;
    let s = 0;
    for (let i = 0; i < dim; i++) s += vectors[o + i]! * vectors[o + i]!;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let i = 0; i < dim; i++) out[o + i] = vectors[o + i]! * inv;
  }
  return out;
}

/** Cosine similarity of rows a and b of `vectors` (0 if either is all zero). */
export function cosine(vectors: ArrayLike<number>, dim: number, a: number, b: number): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < dim; i++) {
    const x = vectors[a * dim + i]!;
    const y = vectors[b * dim + i]!;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

function dot(x: Float32Array, xo: number, y: Float32Array, yo: number, dim: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < dim; i += 4) {
    s0 += x[xo + i]! * y[yo + i]!;
    s1 += x[xo + i + 1]! * y[yo + i + 1]!;
    s2 += x[xo + i + 2]! * y[yo + i + 2]!;
    s3 += x[xo + i + 3]! * y[yo + i + 3]!;
  }
  for (; i < dim; i++) s0 += x[xo + i]! * y[yo + i]!;
  return s0 + s1 + s2 + s3;
}

/**
 * Squared Euclidean distance of a unit-or-zero row of `x` (squared norm `xx`) and one of `y` (`yy`):
 * xx + yy − 2·x·y; below 1e-6 (float32 rounding of equal vectors) it is 0.
 */
function sqDistance(x: Float32Array, xo: number, xx: number, y: Float32Array, yo: number, yy: number, dim: number): number {
  const d = xx + yy - 2 * dot(x, xo, y, yo, dim);
  return d < 1e-6 ? 0 : d;
}

/**
 * Spherical k-means with k-means++ seeding: the rows of `vectors` (n × dim) are L2-normalised; the
 * first centre is a uniformly drawn point, each further centre a point drawn with probability
 * proportional to its squared Euclidean distance to the nearest centre so far (2 − 2·cosine on unit
 * vectors; an all-zero row is at distance 1 from every unit vector). Then rounds of assignment (to
 * the centre of highest cosine, ties to the lower centre) and update (centre = normalised mean of
 * its points) until no point moves or `maxIterations` rounds. A cluster left empty takes over the point least similar to its own centre (taken in order
 * of the empty clusters; every donor keeps at least one point).
 *
 * If the points have fewer than k distinct directions, seeding stops when every point coincides
 * with a centre, and fewer than k clusters are used.
 *
 * @returns a cluster id per point, numbered in order of first occurrence (point 0 is in cluster 0,
 *   the next point not in cluster 0 is in cluster 1, …), so ids are in [0, min(k, n))
 */
export function kmeans(vectors: ArrayLike<number>, dim: number, k: number, options: KMeansOptions = {}): Int32Array {
  positiveInt('dim', dim);
  positiveInt('k', k);
  const maxIterations = Math.max(0, Math.floor(options.maxIterations ?? 30));
  const n = Math.floor(vectors.length / dim);
  const assign = new Int32Array(n);
  if (n === 0) return assign;
  const x = normalizeRows(vectors, dim);
  const random = rng(options.seed ?? 1);

  // k-means++ seeding.
  const centres = new Float32Array(Math.min(k, n) * dim);
  const nearest = new Float64Array(n); // squared distance to the nearest centre so far
  const norm2 = new Float64Array(n);
  for (let p = 0; p < n; p++) norm2[p] = dot(x, p * dim, x, p * dim, dim);
  const first = Math.floor(random() * n);
  centres.set(x.subarray(first * dim, first * dim + dim), 0);
  let kk = 1;
  for (let p = 0; p < n; p++) nearest[p] = sqDistance(x, p * dim, norm2[p]!, centres, 0, norm2[first]!, dim);
  while (kk < k && kk < n) {
    let sum = 0;
    for (let p = 0; p < n; p++) sum += nearest[p]!;
    if (!(sum > 0)) break;
    let r = random() * sum;
    let pick = -1;
    for (let p = 0; p < n; p++) {
      if (nearest[p]! <= 0) continue;
      pick = p;
      r -= nearest[p]!;
      if (r < 0) break;
    }
    const co = kk * dim;
    centres.set(x.subarray(pick * dim, pick * dim + dim), co);
    kk++;
    for (let p = 0; p < n; p++) {
      const d = sqDistance(x, p * dim, norm2[p]!, centres, co, norm2[pick]!, dim);
      if (d < nearest[p]!) nearest[p] = d;
    }
  }

  // Lloyd rounds.
  const best = new Float64Array(n);
  const size = new Int32Array(kk);
  const sums = new Float64Array(kk * dim);
  assign.fill(-1);
  for (let iter = 1; iter <= Math.max(1, maxIterations); iter++) {
    let changed = 0;
    size.fill(0);
    for (let p = 0; p < n; p++) {
      const po = p * dim;
      let bc = 0;
      let bs = -Infinity;
      for (let c = 0; c < kk; c++) {
        const s = dot(x, po, centres, c * dim, dim);
        if (s > bs) {
          bs = s;
          bc = c;
        }
      }
      best[p] = bs;
      if (assign[p] !== bc) changed++;
      assign[p] = bc;
      size[bc]!++;
    }
    // Empty clusters take the point least similar to its centre (from a cluster of ≥ 2 points).
    for (let c = 0; c < kk; c++) {
      if (size[c]! > 0) continue;
      let worst = -1;
      for (let p = 0; p < n; p++) {
        if (size[assign[p]!]! < 2) continue;
        if (worst < 0 || best[p]! < best[worst]!) worst = p;
      }
      if (worst < 0) break;
      size[assign[worst]!]!--;
      assign[worst] = c;
      size[c] = 1;
      best[worst] = Infinity;
      changed++;
    }
    options.onIteration?.(iter, changed);
    if (changed === 0 || iter >= maxIterations) break;
    // Update: centre = normalised mean (a zero mean keeps the old centre).
    sums.fill(0);
    for (let p = 0; p < n; p++) {
      const so = assign[p]! * dim;
      const po = p * dim;
      for (let i = 0; i < dim; i++) sums[so + i]! += x[po + i]!;
    }
    for (let c = 0; c < kk; c++) {
      const co = c * dim;
      let s = 0;
      for (let i = 0; i < dim; i++) s += sums[co + i]! * sums[co + i]!;
      if (!(s > 0)) continue;
      const inv = 1 / Math.sqrt(s);
      for (let i = 0; i < dim; i++) centres[co + i] = sums[co + i]! * inv;
    }
  }

  // Renumber by first occurrence.
  const renum = new Int32Array(kk).fill(-1);
  let next = 0;
  for (let p = 0; p < n; p++) {
    const c = assign[p]!;
    if (renum[c]! < 0) renum[c] = next++;
    assign[p] = renum[c]!;
  }
  return assign;
}
