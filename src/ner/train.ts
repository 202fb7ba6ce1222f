/**
 * Training of the linear-chain model: an averaged structured perceptron (Collins 2002) with
 * Viterbi decoding under BIO constraints, in a fixed-seed order. Features are interned to dense
 * rows before training (features seen fewer than `minCount` times are dropped); the averaged
 * weights use the lazy-sum trick (w − u/c), so an epoch costs one decode per sentence plus the
 * updates of the mislabelled tokens.
 */
import { NUM_LABELS } from './labels.ts';
import type { SentenceFeatures } from './features.ts';
import { viterbi, type ModelWeights } from './model.ts';

export interface TrainingSentence {
  readonly feats: SentenceFeatures;
  /** Gold label indexes. */
  readonly gold: Int32Array;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Drop features seen fewer times than this in the training data (default 1). */
  readonly minCount?: number;
  /** Called after each epoch with the averaged weights so far (for development-set tuning). */
  readonly onEpoch?: (epoch: number, weights: ModelWeights, mistakes: number) => void;
}

import { rng } from '../random.ts';

/** Interned training data: feature hashes → dense rows (features seen fewer than `minCount` times dropped). */
export interface Interned {
  readonly keys: number[];
  readonly rows: { rows: Int32Array; offs: Int32Array }[];
}

export function internFeatures(data: readonly TrainingSentence[], minCount: number): Interned {
  const counts = new Map<number, number>();
  for (const s of data) for (const f of s.feats.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  for (const [k, c] of counts) {
    if (c < minCount) continue;
    rowOf.set(k, keys.length);
    keys.push(k);
  }
  counts.clear();
  const rows = data.map((s) => {
    const out = new Int32Array(s.feats.feats.length);
    const offs = new Int32Array(s.feats.offsets.length);
    let o = 0;
    for (let i = 0; i + 1 < s.feats.offsets.length; i++) {
      offs[i] = o;
      for (let f = s.feats.offsets[i]!; f < s.feats.offsets[i + 1]!; f++) {
        const r = rowOf.get(s.feats.feats[f]!);
        if (r !== undefined) out[o++] = r;
      }
    }
    offs[s.feats.offsets.length - 1] = o;
    return { rows: out.subarray(0, o), offs };
  });
  return { keys, rows };
}

/**
 * Emission scores of an interned sentence: `emit[i * L + l]` = `scale` × the sum of the weights of
 * token i's feature rows (both trainers; the CRF keeps its L2 decay in `scale`).
 */
export function sumRows(W: Float64Array, rows: Int32Array, offs: Int32Array, n: number, emit: Float64Array, scale: number): void {
  const L = NUM_LABELS;
  emit.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    const b = i * L;
    for (let f = offs[i]!; f < offs[i + 1]!; f++) {
      const wb = rows[f]! * L;
      for (let l = 0; l < L; l++) emit[b + l]! += W[wb + l]!;
    }
    if (scale !== 1) for (let l = 0; l < L; l++) emit[b + l]! *= scale;
  }
}

/** Shuffles `order` in place (Fisher–Yates) with the given PRNG. */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

/** Trains the model and returns its averaged weights. */
export function trainPerceptron(data: readonly TrainingSentence[], opts: TrainOptions): ModelWeights {
  const L = NUM_LABELS;
  const minCount = opts.minCount ?? 1;
  const { keys: keyList, rows } = internFeatures(data, minCount);
  const R = keyList.length;
  const W = new Float64Array(R * L);
  const U = new Float64Array(R * L);
  const TW = new Float64Array((L + 1) * L);
  const TU = new Float64Array((L + 1) * L);
  let c = 1;
  const random = rng(opts.seed);
  const order = data.map((_, i) => i);
  const maxN = data.reduce((m, s) => Math.max(m, s.gold.length), 0);
  const emit = new Float64Array(maxN * L);
  const pred = new Int32Array(maxN);
  const trans = new Float64Array((L + 1) * L);

  const snapshot = (): ModelWeights => {
    const w = new Float32Array(R * L);
    for (let i = 0; i < w.length; i++) w[i] = W[i]! - U[i]! / c;
    const t = new Float32Array((L + 1) * L);
    for (let i = 0; i < t.length; i++) t[i] = TW[i]! - TU[i]! / c;
    return { keys: Uint32Array.from(keyList), weights: w, transitions: t };
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    for (const si of order) {
      const gold = data[si]!.gold;
      const n = gold.length;
      if (n === 0) continue;
      const { rows: rr, offs } = rows[si]!;
      sumRows(W, rr, offs, n, emit, 1);
      for (let k = 0; k < trans.length; k++) trans[k] = TW[k]!;
      viterbi(emit, n, trans, pred);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          mistakes++;
          for (let f = offs[i]!; f < offs[i + 1]!; f++) {
            const wb = rr[f]! * L;
            W[wb + g]! += 1;
            U[wb + g]! += c;
            W[wb + p]! -= 1;
            U[wb + p]! -= c;
          }
        }
        const pg = i === 0 ? L : gold[i - 1]!;
        const pp = i === 0 ? L : pred[i - 1]!;
        if (pg !== pp || g !== p) {
          TW[pg * L + g]! += 1;
          TU[pg * L + g]! += c;
          TW[pp * L + p]! -= 1;
          TU[pp * L + p]! -= c;
        }
      }
      c++;
    }
    opts.onEpoch?.(epoch, snapshot(), mistakes);
  }
  return snapshot();
}

/**
 * Drops rows whose weights are all below `threshold` in absolute value (default: exactly zero,
 * features that never took part in an update).
 */
export function pruneZeroRows(w: ModelWeights, threshold = 1e-6): ModelWeights {
  const L = NUM_LABELS;
  const keep: number[] = [];
  for (let r = 0; r < w.keys.length; r++) {
    for (let l = 0; l < L; l++) {
      if (Math.abs(w.weights[r * L + l]!) > threshold) {
        keep.push(r);
        break;
      }
    }
  }
  const keys = new Uint32Array(keep.length);
  const weights = new Float32Array(keep.length * L);
  keep.forEach((r, i) => {
    keys[i] = w.keys[r]!;
    weights.set(w.weights.subarray(r * L, r * L + L), i * L);
  });
  return { keys, weights, transitions: w.transitions };
}
